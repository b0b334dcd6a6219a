// Pure rules of retention (issue 13 item 4): when a closed application, an inactive contact or a raw form
// response falls due for anonymising, given the Settings' periods. Nothing here reads or writes a sheet.
//
// Definitions (README, "Data protection"):
// - a closed application is declined, withdrawn, or abandoned: left at "application form sent" or "more info
//   requested" (the network waits for the applicant) with no step since; it falls due when it closed (its
//   decision, or its last step or edit) more than "Keep declined or abandoned applications" months ago;
// - an inactive contact left their role ("Active to" set) more than "Keep inactive contacts" months ago and no
//   engagement naming them is dated after that cut-off; a contact whose address another, active contact row
//   shares is not due (the person is still in the network in another role);
// - a raw form response falls due once it is recorded (an Applications row carries its response id) and was
//   received more than "Keep raw form responses" months ago.

import { ERASED } from './erasure';

export type RetentionKind = 'application' | 'contact' | 'response';

/** The stages at which the network waits for the applicant: left there, an application is abandoned. */
export const ABANDONABLE_STAGES: readonly string[] = ['application form sent', 'more info requested'];

/** The date `months` calendar months before `now` (UTC; the 31st falls back to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - months;
  const target = new Date(Date.UTC(y, m, 1, now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return target;
}

const time = (d: Date | null | undefined) => (d instanceof Date && !Number.isNaN(d.getTime()) ? d : null);

/** The latest of the dates given, or null. */
export function latest(dates: readonly (Date | null | undefined)[]): Date | null {
  let out: Date | null = null;
  for (const d of dates) {
    const t = time(d);
    if (t && (!out || t.getTime() > out.getTime())) out = t;
  }
  return out;
}

export interface ApplicationFacts {
  stage: string;
  declinedAt: Date | null;
  withdrawnAt: Date | null;
  /** The latest step or edit: stage stamps and Updated at. */
  lastStepAt: Date | null;
}

export interface Closure {
  reason: 'declined' | 'withdrawn' | 'abandoned';
  since: Date;
}

/** How and since when an application is closed, or null when it is open or approved. */
export function closureOf(a: ApplicationFacts): Closure | null {
  if (a.stage === 'declined') {
    const since = time(a.declinedAt) ?? time(a.lastStepAt);
    return since ? { reason: 'declined', since } : null;
  }
  if (a.stage === 'withdrawn') {
    const since = time(a.withdrawnAt) ?? time(a.lastStepAt);
    return since ? { reason: 'withdrawn', since } : null;
  }
  if (ABANDONABLE_STAGES.indexOf(a.stage) >= 0) {
    const since = time(a.lastStepAt);
    return since ? { reason: 'abandoned', since } : null;
  }
  return null;
}

/** The closure when it is older than `cutoff`, else null. */
export function applicationDue(a: ApplicationFacts, cutoff: Date): Closure | null {
  const c = closureOf(a);
  return c && c.since.getTime() < cutoff.getTime() ? c : null;
}

export interface ContactFacts {
  activeTo: Date | null;
  /** The latest engagement naming the contact, or null. */
  lastEngagement: Date | null;
  /** Another contact row with the same address is still active. */
  sharedWithActive: boolean;
}

/** True when the contact left their role before `cutoff` and has no engagement since. */
export function contactDue(c: ContactFacts, cutoff: Date): boolean {
  const left = time(c.activeTo);
  if (!left || left.getTime() >= cutoff.getTime() || c.sharedWithActive) return false;
  const engaged = time(c.lastEngagement);
  return !engaged || engaged.getTime() < cutoff.getTime();
}

/** True when a recorded raw response was received before `cutoff`. */
export function responseDue(receivedAt: Date | null, cutoff: Date): boolean {
  const t = time(receivedAt);
  return t !== null && t.getTime() < cutoff.getTime();
}

/** A cell already anonymised (or emptied) by an erasure or an earlier retention run. */
export function isErasedText(v: unknown): boolean {
  const t = String(v ?? '').trim();
  return t === '' || t.indexOf(ERASED) >= 0;
}

/** The key of an item in the Retention due tab: one row per item, whatever day it was listed. */
export function retentionKey(kind: RetentionKind, id: string): string {
  return `${kind}:${id}`;
}

/** Two times within `ms` of each other (a destination row's Timestamp and its response's, to the second). */
export function sameMoment(a: unknown, b: Date | null, ms = 2000): boolean {
  return a instanceof Date && b instanceof Date && Math.abs(a.getTime() - b.getTime()) <= ms;
}

/** The addresses in a points-of-contact text (a JSON list, or JSON objects joined by ", "), normalised. */
export function peopleEmails(text: string): string[] {
  const t = String(text ?? '').trim();
  if (t === '') return [];
  let list: unknown;
  try {
    list = JSON.parse(t.startsWith('[') ? t : `[${t}]`);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const p of list) {
    if (!p || typeof p !== 'object') continue;
    const email = String((p as Record<string, unknown>).email ?? '')
      .trim()
      .toLowerCase();
    if (email !== '' && !isErasedText(email) && out.indexOf(email) < 0) out.push(email);
  }
  return out;
}
