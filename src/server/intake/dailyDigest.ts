// The daily digest to coordinators (applications due today and overdue, one email per recipient per day), and each
// other follow-up owner's own short email of their follow-ups due.

import { APPLICATIONS, STAFF } from '../../../sheets-templates';
import { displayDay } from '../../core/calendar/displayDate';
import type { DigestItem } from '../../core/intake/digest';
import { attentionFields, digestFields } from '../../core/intake/digest';
import { type Language, message, messageLanguage } from '../../core/messages';
import { isValidEmail, normaliseEmail } from '../../core/schema/text';
import { requireRole, STRUCTURE_ROLES } from '../access/roles';
import { unknownDigestFields_ } from '../mail/sending/unknownSends';
import { type SendOutcome, sendTracked } from '../mail/trackedMail';
import { type FollowUpMailOutcome, followUpMailNote, sendFollowUpMail_ } from '../relations/followUpMail';
import { relationsDigestData_, relationsDigestFields_ } from '../relations/relationsDigest';
import type { WorkbookSession } from '../store/session';
import { workbook } from '../store/session';
import { hubName, hubNames, intakeContext } from './applicationRows';

export interface DigestReport {
  date: string;
  dueToday: number;
  overdue: number;
  /** Open applications with an [error] in Issues found, and responses the sweep could not record. */
  needsAttention: number;
  unrecorded: number;
  /** Mailing sends left unknown after the sent-folder search gave up (issue 12 item 7). */
  unknownSends: number;
  sent: { to: string; status: SendOutcome['status'] }[];
  /** Follow-ups listed in the digest readers' own lists and in the other owners' emails (issue 17). */
  followUpsDue: number;
  /** The email of each follow-up owner who reads no digest: at most one per person per day. */
  followUpMail: FollowUpMailOutcome[];
}

interface Recipient {
  email: string;
  name: string;
  language: Language;
}

/** Settings › Digest recipients, or else every active coordinator (admins when there is none). */
function recipients(session: WorkbookSession): Recipient[] {
  const listed = intakeContext(session).settings.digestRecipients;
  const t = session.table(STAFF);
  const staff = t.rows().map((r) => t.values(r));
  const byEmail = (email: string) => staff.find((s) => String(s['email'] ?? '').toLowerCase() === email);
  const person = (email: string): Recipient => {
    const s = byEmail(email);
    const langs = (s?.['languages'] as string[] | undefined) ?? [];
    return {
      email: normaliseEmail(email),
      name: String(s?.['name'] ?? ''),
      language: langs.indexOf('fr') === 0 ? 'fr' : 'en',
    };
  };
  if (listed.length > 0) return listed.map(person);
  const active = staff.filter((s) => s['active'] !== false && isValidEmail(String(s['email'] ?? '')));
  const coordinators = active.filter((s) => s['role'] === 'coordinator');
  const chosen = coordinators.length > 0 ? coordinators : active.filter((s) => s['role'] === 'admin');
  return chosen.map((s) => person(String(s['email']).toLowerCase()));
}

/**
 * Sends the digest (under the lock, like every send). `runKey` keeps it to one per recipient per day when
 * the trigger runs; the menu passes its own time so "Send daily digest now" always sends. `unrecorded` lists the
 * form responses the sweep could not record (a structural fault), which the digest counts.
 */
export function sendDigest(
  session: WorkbookSession,
  runKey: string,
  unrecorded: readonly string[] = [],
): DigestReport {
  return session.write(() => {
    const { calendar } = intakeContext(session);
    const t = session.table(APPLICATIONS);
    const hubs = hubNames(session);
    const items: DigestItem[] = t.rows().map((r) => ({
      id: String(t.cell(r, 'id')),
      stage: String(t.cell(r, 'stage')),
      cityName: String(t.cell(r, 'cityName')),
      country: String(t.cell(r, 'country')),
      dueBy: t.cell(r, 'dueBy') instanceof Date ? (t.cell(r, 'dueBy') as Date) : null,
      hubName: hubName(hubs, t.cell(r, 'hubId')),
      issuesFound: String(t.cell(r, 'issuesFound')),
    }));
    // The lists in each recipient's language: stages and dates as that person reads them.
    // Follow-ups and incidents (issue 17): read once, then each reader's own follow-ups apart from the team's.
    const relations = relationsDigestData_(session);
    const fieldsIn = (lang: Language, reader = '') => ({
      ...digestFields(items, session.now(), calendar.timeZone, lang),
      ...attentionFields(items, unrecorded, lang),
      ...unknownDigestFields_(session, lang),
      ...relationsDigestFields_(relations, reader, lang),
    });
    const fields = fieldsIn('en');
    const link = session.spreadsheet.getUrl();
    const readers = recipients(session);
    const sent = readers.map((p) => {
      const o = sendTracked(session, {
        key: `digest:${fields.Day}:${runKey}:${p.email}`,
        scope: `digest:${fields.Day}:`,
        templateKey: 'dailyDigest',
        language: p.language,
        to: p.email,
        fields: { ...fieldsIn(p.language, p.email), Recipient: p.name, WorkbookLink: link },
      });
      return { to: p.email, status: o.status };
    });
    const followUpMail = sendFollowUpMail_(
      session,
      relations,
      fields.Day,
      readers.map((p) => p.email),
      link,
    );
    return {
      date: fields.Day,
      dueToday: fields.DueTodayCount,
      overdue: fields.OverdueCount,
      needsAttention: fields.NeedsAttentionCount,
      unrecorded: fields.UnrecordedCount,
      unknownSends: fields.UnknownSendsCount,
      sent,
      followUpsDue: relations.due.length,
      followUpMail,
    };
  });
}

/** Menu action: SCN CRM › Applications › Send daily digest now. */
export function sendDailyDigestNow(): DigestReport {
  const session = workbook();
  requireRole(session, STRUCTURE_ROLES, 'send the daily digest');
  const report = sendDigest(session, `menu-${session.now().getTime()}`);
  const counts = { due: report.dueToday, overdue: report.overdue, n: report.sent.length };
  const lang = messageLanguage();
  session.spreadsheet.toast(
    message('toast.digest', { ...counts, date: displayDay(report.date, lang) }, lang) +
      followUpMailNote(report.followUpMail, lang),
    message('toast.digestTitle'),
    10,
  );
  return report;
}
