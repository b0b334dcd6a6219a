// Records an application form response on its enquiry's Applications row (found by the pre-filled reference, else by city).

import { APPLICATIONS } from '../../../sheets-templates';
import { type Application, parseApplication } from '../../core/intake/application';
import { matchExistingCity } from '../../core/intake/cityMatching';
import { findingsText, validationFindings } from '../../core/intake/findings';
import { issuesFoundText, oneLine, recordableFields } from '../../core/intake/recordable';
import { canMove, isClosedStage, isStage, planStageChange, type StagePatch } from '../../core/intake/stages';
import { languageOf, message } from '../../core/messages';
import { hasLineBreak, isValidEmail, isValidPhone } from '../../core/schema/text';
import type { WorkbookSession } from '../store/session';
import { type IntakeContext, POPULATION_NOTE, type StoredContact } from './applicationRows';
import { candidateLists, matchCandidates } from './matchCandidates';
import { hubForCountry, problemLines, type Recorded } from './recordEnquiry';
import type { ReceivedResponse } from './responseAnswers';

/**
 * The contacts the Points of contact column can hold (its JSON schema wants a valid email and phone): one
 * with an invalid email is left out and one with an invalid phone keeps no phone; both stay visible in
 * Issues found (the findings name them) and in the raw response tab.
 */
function contactsOf(a: Application, language: string): StoredContact[] {
  return a.contacts
    .filter((c) => isValidEmail(c.email))
    .map((c) => ({
      name: oneLine(c.name || c.email)
        .trim()
        .slice(0, 120),
      email: c.email,
      position: oneLine(c.title).trim().slice(0, 160),
      category: c.category ?? 'other',
      phone: c.phone !== '' && isValidPhone(c.phone) ? c.phone : '',
      language,
    }));
}

/** Notes keep the population (Applications has no column for it) above whatever a coordinator wrote. */
function notesWith(population: number | null, notes: unknown): string | null {
  const rest = String(notes ?? '')
    .split('\n')
    .filter((l) => l.indexOf(POPULATION_NOTE) !== 0)
    .join('\n')
    .trim();
  const head = population === null ? '' : `${POPULATION_NOTE}${population}`;
  return [head, rest].filter((s) => s !== '').join('\n') || null;
}

/**
 * Parses and records the application form (call under the lock). The row is the one named by the pre-filled
 * reference; failing that, the open application for the same city and country (linked and flagged); failing
 * that, a new row at "application received". Its findings (fewer than 2 contacts, no political or policy
 * contact, principles not all accepted, invalid emails…) go to Issues found.
 */
export function recordApplicationForm(
  session: WorkbookSession,
  ctx: IntakeContext,
  received: ReceivedResponse,
): Recorded {
  const parsed = parseApplication(received.response, ctx.lists);
  if (parsed.kind === 'ghost') return { kind: 'ghost' };
  const a = parsed.value;
  const table = session.table(APPLICATIONS);
  const at = a.submittedAt ?? session.now();
  const byReference = a.applicationId !== '' ? table.findRow(a.applicationId) : undefined;
  const match = matchExistingCity(
    { cityName: a.cityName, country: a.country, selfId: a.applicationId },
    ...candidateLists(matchCandidates(session, a.cityName)),
  );
  const target =
    byReference && !isClosedStage(String(table.cell(byReference, 'stage')))
      ? table.stored(byReference)
      : match.openApplication
        ? table.get(match.openApplication.id)
        : null;
  const findings = validationFindings(a).filter((f) => !(target && f.code === 'missingApplicationId'));
  // Issues found is stored and read later by anyone: the workbook's language.
  const lang = languageOf(ctx.settings.defaultLanguage);
  const issues = [
    ...problemLines(parsed.problems, lang),
    findingsText(findings, lang),
    findingsText(match.findings, lang),
  ];
  for (const c of a.contacts)
    if (hasLineBreak(c.name) || hasLineBreak(c.title))
      issues.push(`[error] ${message('intake.contactLineBreaks', { n: c.index }, lang)}`);
  if (target && !byReference)
    issues.push(`[warning] ${message('intake.linkedByCity', { id: target.id }, lang)}`);
  const language = target ? String(target.values['language']) : firstKnown(a.languages, ctx);
  const answers = recordableFields(
    APPLICATIONS,
    {
      cityName: a.cityName,
      country: a.country,
      pointsOfContact: contactsOf(a, language),
      background: a.background || null,
    },
    lang,
  );
  issues.push(...answers.issues);
  const fields = {
    ...answers.fields,
    priorityTopics: a.priorityTopics.filter((t) => ctx.lists.topics.indexOf(t) >= 0),
    languages: a.languages.filter((l) => ctx.lists.languages.indexOf(l) >= 0),
    principlesAccepted: a.principlesAccepted.slice(),
    applicationResponseId: received.id,
    // A skipped newsletter question keeps the enquiry's answer; an answer given now replaces it (issue 13).
    ...(a.newsletter === 'not asked' ? {} : { newsletterConsent: a.newsletter, newsletterConsentOn: at }),
    cityId: match.city?.id ?? (target ? (target.values['cityId'] as string | null) : null),
    issuesFound: issuesFoundText(issues, lang),
  };
  const options = { calendar: ctx.calendar, slaWorkingDays: ctx.settings.slaWorkingDays };
  if (target) {
    // The enquiry's own findings (consent not ticked, no acknowledgement sent…) stay for the reviewer to see.
    const earlier = target.values['issuesFound'];
    fields.issuesFound = issuesFoundText([typeof earlier === 'string' ? earlier : null, ...issues], lang);
    const from = String(target.values['stage']);
    let patch: StagePatch = {};
    if (isStage(from) && canMove(from, 'application received')) {
      const plan = planStageChange(from, 'application received', at, options);
      if (plan.ok) patch = plan.patch;
    } else {
      fields.issuesFound = issuesFoundText(
        [fields.issuesFound, `[warning] ${message('intake.anotherForm', { stage: from }, lang)}`],
        lang,
      );
    }
    const record = table.update(
      target.id,
      { ...patch, ...fields, notes: notesWith(a.population, target.values['notes']) },
      target.version,
      { summary: oneLine(`Application form received for ${a.cityName}`) },
    );
    return { kind: 'recorded', record };
  }
  const plan = planStageChange(null, 'application received', at, options);
  if (!plan.ok) throw new Error(plan.message.en);
  const first = a.contacts[0];
  const submitter = recordableFields(
    APPLICATIONS,
    {
      submitterName: first?.name || a.cityName,
      submitterEmail: first?.email ?? '',
      submitterPosition: first?.title || null,
    },
    lang,
  );
  const issuesFound = issuesFoundText([fields.issuesFound, ...submitter.issues], lang);
  const [record] = table.insert(
    [
      {
        ...plan.patch,
        ...fields,
        ...submitter.fields,
        issuesFound,
        language,
        hubId: hubForCountry(session, a.country),
        notes: notesWith(a.population, null),
      },
    ],
    { summary: oneLine(`Application form received for ${a.cityName} (no enquiry on record)`) },
  );
  return { kind: 'recorded', record: record! };
}

function firstKnown(languages: readonly string[], ctx: IntakeContext): string {
  return languages.find((l) => ctx.lists.languages.indexOf(l) >= 0) ?? ctx.settings.defaultLanguage;
}
