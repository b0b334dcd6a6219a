// Records a needs-survey response: one Surveys row (the idempotency key), its Needs and Offers, the city's languages and expertise.
//
// Every step is idempotent and keyed, so a response delivered twice, or a run stopped half-way, ends recorded once:
// the Surveys row is written first (keyed on the response id), then each need and offer not yet found under that
// row's id (Source reference, keyed reads), then the city's lists, then the row's Needs and Offers columns. A
// response whose city is not known is recorded and flagged; once a person fills its City column, the sweep
// (Applications › Process unprocessed responses now) completes it with the same steps.

import { CITIES, NEEDS, OFFERS, SURVEYS } from '../../../sheets-templates';
import { localDateOf, startOfDay } from '../../core/calendar/localDate';
import { matchExistingCity } from '../../core/intake/cityMatching';
import { issuesFoundText, oneLine, recordableFields } from '../../core/intake/recordable';
import { languageOf } from '../../core/messages';
import { type NeedsSurvey, parseNeedsSurvey, type SurveyProblem } from '../../core/peers/needsSurvey';
import { surveyCityProblem } from '../../core/peers/surveyProblems';
import { intakeContext } from '../intake/applicationRows';
import { candidateLists, matchCandidates } from '../intake/matchCandidates';
import type { ReceivedResponse } from '../intake/responseAnswers';
import type { WorkbookSession } from '../store/session';
import type { StoredRecord } from '../store/table';

export interface SurveyOutcome {
  responseId: string;
  status: 'recorded' | 'already recorded' | 'ghost';
  surveyId?: string;
  needs?: number;
  offers?: number;
}

/** The Surveys row that recorded this response, if any (a keyed read of Response ID). */
export function surveyOfResponse(session: WorkbookSession, responseId: string): StoredRecord | undefined {
  const t = session.table(SURVEYS);
  const row = t
    .findRows('responseId', [responseId])
    .find((r) => String(t.cell(r, 'responseId')) === responseId);
  return row ? t.stored(row) : undefined;
}

/** The city a response is about: its pre-filled reference when that city exists, else the same name and country. */
function cityOf(session: WorkbookSession, s: NeedsSurvey): string | null {
  const cities = session.table(CITIES);
  if (s.cityRef !== '' && cities.has(s.cityRef)) return s.cityRef;
  const match = matchExistingCity(
    { cityName: s.cityName, country: s.country },
    ...candidateLists(matchCandidates(session, s.cityName)),
  );
  return match.city?.id ?? null;
}

function union(current: unknown, added: readonly string[]): string[] | null {
  const list = Array.isArray(current) ? (current as string[]).slice() : [];
  const missing = added.filter((x, i) => list.indexOf(x) < 0 && added.indexOf(x) === i);
  return missing.length > 0 ? list.concat(missing) : null;
}

/** Inserts the needs and offers of `s` not yet recorded under `surveyId`, and completes the city's lists. */
function completeSurvey(
  session: WorkbookSession,
  survey: StoredRecord,
  s: NeedsSurvey,
  surveyedOn: Date,
  lang: 'en' | 'fr',
): { needIds: string[]; offerIds: string[]; issues: string[] } {
  const cityId = String(survey.values['cityId'] ?? '');
  const issues: string[] = [];
  const needs = session.table(NEEDS);
  const offers = session.table(OFFERS);
  const haveNeeds = needs.findRows('sourceRef', [survey.id]).map((r) => needs.values(r));
  const haveOffers = offers.findRows('sourceRef', [survey.id]).map((r) => offers.values(r));
  const needTopics = haveNeeds.map((v) => String(v['topic']));
  const newNeeds = s.needs
    .filter((n) => needTopics.indexOf(n.topic) < 0)
    .map((n) => {
      const r = recordableFields(
        NEEDS,
        { description: s.description || null, supportWanted: s.supportWanted || null },
        lang,
      );
      issues.push(...r.issues);
      return {
        ...r.fields,
        cityId,
        topic: n.topic,
        priority: n.priority,
        surveyedOn,
        source: 'needs survey',
        sourceRef: survey.id,
        status: 'open',
      };
    });
  const offerKeys = haveOffers.map((v) => `${String(v['topic'])}|${String(v['description'] ?? '')}`);
  const newOffers = s.practices
    .filter((p) => offerKeys.indexOf(`${p.topic}|${p.description}`) < 0)
    .map((p) => {
      const r = recordableFields(OFFERS, { description: p.description || null }, lang);
      issues.push(...r.issues);
      return {
        ...r.fields,
        orgId: cityId,
        topic: p.topic,
        sinceYear: p.sinceYear,
        languages: s.languages,
        source: 'needs survey',
        sourceRef: survey.id,
        recordedOn: surveyedOn,
        status: 'current',
      };
    });
  const summary = oneLine(`Needs survey ${survey.id}`);
  const addedNeeds = newNeeds.length > 0 ? needs.insert(newNeeds, { summary }) : [];
  const addedOffers = newOffers.length > 0 ? offers.insert(newOffers, { summary }) : [];
  const cities = session.table(CITIES);
  const city = cities.get(cityId);
  const patch: Record<string, unknown> = {};
  const languages = union(city.values['languages'], s.languages);
  const expertise = union(
    city.values['expertise'],
    s.practices.map((p) => p.topic),
  );
  const priorities = union(
    city.values['priorities'],
    s.needs.map((n) => n.topic),
  );
  if (languages) patch['languages'] = languages;
  if (expertise) patch['expertise'] = expertise;
  if (priorities) patch['priorities'] = priorities;
  if (Object.keys(patch).length > 0) cities.update(cityId, patch, city.version, { summary });
  return {
    needIds: [...haveNeeds.map((v) => String(v['id'])), ...addedNeeds.map((r) => r.id)],
    offerIds: [...haveOffers.map((v) => String(v['id'])), ...addedOffers.map((r) => r.id)],
    issues,
  };
}

/** Records one survey response (call under the lock, e.g. through processSurveyResponse). */
export function recordSurvey(session: WorkbookSession, received: ReceivedResponse): SurveyOutcome {
  const ctx = intakeContext(session);
  const lang = languageOf(ctx.settings.defaultLanguage); // Issues found is stored: the workbook's language
  const parsed = parseNeedsSurvey(received.response, ctx.lists);
  const existing = surveyOfResponse(session, received.id);
  if (parsed.kind === 'ghost' && !existing) return { responseId: received.id, status: 'ghost' };
  if (parsed.kind === 'ghost')
    return { responseId: received.id, status: 'already recorded', surveyId: existing!.id };
  const s = parsed.value;
  const at = s.submittedAt ?? session.now();
  const tz = Session.getScriptTimeZone();
  const surveyedOn = startOfDay(localDateOf(at, tz), tz);
  const table = session.table(SURVEYS);
  let survey = existing;
  if (!survey) {
    const cityId = cityOf(session, s);
    const answers = recordableFields(
      SURVEYS,
      {
        cityAnswer: `${s.cityName}, ${s.country}`,
        respondentName: s.name || null,
        respondentEmail: s.email || null,
        supportWanted: s.supportWanted || null,
      },
      lang,
    );
    const problems: SurveyProblem[] = [...parsed.problems];
    if (!cityId) problems.push(surveyCityProblem(s));
    [survey] = table.insert(
      [
        {
          ...answers.fields,
          responseId: received.id,
          submittedAt: at,
          cityId,
          languages: s.languages,
          issuesFound: issuesFoundText(
            [...problems.map((p) => `[error] ${p[lang]}`), ...answers.issues],
            lang,
          ),
        },
      ],
      { summary: oneLine(`Needs survey from ${s.name} (${s.cityName}, ${s.country})`) },
    );
  }
  const rec = survey!;
  if (String(rec.values['cityId'] ?? '') === '' || !session.table(CITIES).has(String(rec.values['cityId']))) {
    return { responseId: received.id, status: existing ? 'already recorded' : 'recorded', surveyId: rec.id };
  }
  const done = completeSurvey(session, rec, s, surveyedOn, lang);
  const same = (a: unknown, b: string[]) => Array.isArray(a) && a.join(',') === b.join(',');
  const patch: Record<string, unknown> = {};
  if (!same(rec.values['needIds'], done.needIds)) patch['needIds'] = done.needIds;
  if (!same(rec.values['offerIds'], done.offerIds)) patch['offerIds'] = done.offerIds;
  const current = String(rec.values['issuesFound'] ?? '');
  const added = done.issues.filter((l) => current.indexOf(l) < 0);
  if (added.length > 0) patch['issuesFound'] = issuesFoundText([current, ...added], lang);
  if (Object.keys(patch).length > 0)
    table.update(rec.id, patch, rec.version, { summary: oneLine(`Needs survey ${rec.id}`) });
  return {
    responseId: received.id,
    status: existing ? 'already recorded' : 'recorded',
    surveyId: rec.id,
    needs: done.needIds.length,
    offers: done.offerIds.length,
  };
}
