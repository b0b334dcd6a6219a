// The daily email of each follow-up owner who reads no digest (issue 17): their own follow-ups due or overdue.

import { displayDay } from '../../core/calendar/displayDate';
import { type Language, message } from '../../core/messages';
import { isValidEmail, normaliseEmail } from '../../core/schema/text';
import { type SendStatus, sendTracked } from '../mail/trackedMail';
import type { WorkbookSession } from '../store/session';
import { activeStaff } from './followUpRows';
import { type RelationsDigestData, relationsDigestFields_ } from './relationsDigest';

export interface FollowUpMailOutcome {
  readonly to: string;
  /** How many follow-ups the email lists (due today or overdue). */
  readonly followUps: number;
  readonly status: SendStatus;
}

/**
 * Sends, once per person per day, the follow-ups due or overdue of every owner who is not a digest reader: the
 * Sends key names the day and the owner only, so a rerun of the trigger, a kill after the intent, or the menu's
 * "Send daily digest now" never sends a second one that day. Owners no longer active staff are not written to
 * (their follow-ups stay in the coordinators' team list). Call under the lock, after the digest's reads.
 */
export function sendFollowUpMail_(
  session: WorkbookSession,
  data: RelationsDigestData,
  day: string,
  readers: readonly string[],
  link: string,
): FollowUpMailOutcome[] {
  const skip = new Set(readers.map(normaliseEmail));
  const staff = activeStaff(session);
  const owners = [...new Set(data.due.map((f) => f.owner))]
    .filter((o) => o && !skip.has(o) && isValidEmail(o) && staff.has(o))
    .sort();
  return owners.map((owner) => {
    const person = staff.get(owner)!;
    // The lines are written in English or French (the digest's own languages), so the email is too.
    const lang: Language = person.languages[0] === 'fr' ? 'fr' : 'en';
    const fields = relationsDigestFields_(data, owner, lang);
    const o = sendTracked(session, {
      key: `followups:${day}:${owner}`,
      scope: `followups:${day}:`,
      templateKey: 'followUpDigest',
      language: lang,
      to: owner,
      fields: {
        Recipient: person.name,
        Date: displayDay(day, lang),
        FollowUpsCount: fields.FollowUpsCount,
        FollowUpsList: fields.FollowUpsList,
        WorkbookLink: link,
      },
    });
    return { to: owner, followUps: fields.FollowUpsCount, status: o.status };
  });
}

/** The toast's words for the owners emailed, '' when none were. */
export function followUpMailNote(outcomes: readonly FollowUpMailOutcome[], lang: Language): string {
  const n = outcomes.filter((o) => o.status === 'sent').length;
  return n === 0 ? '' : ` ${message('toast.digestFollowUps', { n }, lang)}`;
}
