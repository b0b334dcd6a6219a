// Records an enquiry form response as a new Applications row at "enquiry received", linked to its city and flagged if repeated.

import { APPLICATIONS, HUBS } from '../../../sheets-templates';
import { matchExistingCity } from '../../core/intake/cityMatching';
import { countryKey } from '../../core/intake/countryNames';
import { parseEnquiry } from '../../core/intake/enquiry';
import { findingsText } from '../../core/intake/findings';
import { issuesFoundText, oneLine, recordableFields } from '../../core/intake/recordable';
import { planStageChange } from '../../core/intake/stages';
import { type Language, languageOf, message } from '../../core/messages';
import type { WorkbookSession } from '../store/session';
import type { StoredRecord } from '../store/table';
import type { IntakeContext } from './applicationRows';
import { candidateLists, matchCandidates } from './matchCandidates';
import type { ReceivedResponse } from './responseAnswers';

export type Recorded = { kind: 'ghost' } | { kind: 'recorded'; record: StoredRecord };

/** The hub covering a country (Hubs › Countries), or null. */
export function hubForCountry(session: WorkbookSession, country: string): string | null {
  const t = session.table(HUBS);
  if (!t.exists()) return null;
  const key = countryKey(country);
  for (const r of t.rows()) {
    const v = t.values(r);
    const countries = (v['countries'] as string[] | undefined) ?? [];
    if (countries.some((c) => countryKey(c) === key)) return String(v['id']);
  }
  return null;
}

/** Problems with the answers, one "[error] …" line each, for the Issues found column (the workbook's language). */
export function problemLines(
  problems: readonly { message: { en: string; fr?: string } }[],
  lang: Language = 'en',
): string[] {
  return problems.map((p) => `[error] ${p.message[lang] ?? p.message.en}`);
}

/**
 * Parses, validates and records the enquiry (call under the lock). Values go to the store as typed into text-only
 * ('@') cells, so a formula-like answer is never evaluated (src/core/schema/text.ts); an answer the Applications
 * columns refuse (a line break in the city…) is neutralised or left out and flagged (core/intake/recordable.ts),
 * so bad content never stops the enquiry from being recorded. Same city and country as an open application → this row is linked
 * to it (Duplicate of) and flagged; an existing city is linked, never created again.
 */
export function recordEnquiry(
  session: WorkbookSession,
  ctx: IntakeContext,
  received: ReceivedResponse,
): Recorded {
  const parsed = parseEnquiry(received.response, ctx.lists);
  if (parsed.kind === 'ghost') return { kind: 'ghost' };
  const e = parsed.value;
  const at = e.submittedAt ?? session.now();
  const plan = planStageChange(null, 'enquiry received', at, {
    calendar: ctx.calendar,
    slaWorkingDays: ctx.settings.slaWorkingDays,
  });
  if (!plan.ok) throw new Error(plan.message.en);
  const match = matchExistingCity(
    { cityName: e.cityName, country: e.country },
    ...candidateLists(matchCandidates(session, e.cityName)),
  );
  // Issues found is stored and read later by anyone: the workbook's language.
  const lang = languageOf(ctx.settings.defaultLanguage);
  const answers = recordableFields(
    APPLICATIONS,
    {
      cityName: e.cityName,
      country: e.country,
      submitterName: e.name,
      submitterEmail: e.email,
      submitterPosition: e.position || null,
      enquiryMessage: e.message || null,
    },
    lang,
  );
  const issues = [
    ...problemLines(parsed.problems, lang),
    ...answers.issues,
    findingsText(match.findings, lang),
  ].filter((l) => l !== '');
  if (!e.consent) issues.push(`[warning] ${message('intake.noConsent', {}, lang)}`);
  const [record] = session.table(APPLICATIONS).insert(
    [
      {
        ...plan.patch,
        ...answers.fields,
        language: e.language,
        newsletterConsent: e.newsletter,
        newsletterConsentOn: e.newsletter === 'not asked' ? null : at,
        enquiryResponseId: received.id,
        cityId: match.city?.id ?? null,
        hubId: hubForCountry(session, e.country),
        duplicateOf: match.openApplication?.id ?? null,
        issuesFound: issuesFoundText(issues, lang),
      },
    ],
    { summary: oneLine(`Enquiry received from ${e.name} (${e.cityName}, ${e.country})`) },
  );
  return { kind: 'recorded', record: record! };
}
