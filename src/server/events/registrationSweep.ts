// The daily sweep of registration forms: every event not over yet has its form's responses applied, so one whose
// form-submit trigger never ran (quota, a failure, a form made elsewhere) is applied within a day.

import { EVENTS } from '../../../sheets-templates';
import type { WorkbookSession } from '../store/session';
import { applyRegistrations_ } from './registrationSubmit';

export interface RegistrationSweepReport {
  events: number;
  applied: number;
}

/**
 * Reads the Events tab's id, form and end columns (one row per event: it grows with events, not with history) and
 * applies the responses of each event with a form whose last day is today or later. Call under the lock.
 */
export function sweepRegistrations_(session: WorkbookSession): RegistrationSweepReport {
  const out: RegistrationSweepReport = { events: 0, applied: 0 };
  const et = session.table(EVENTS);
  if (!et.exists()) return out;
  const dayAgo = new Date(session.now().getTime() - 86_400_000);
  for (const r of et.rows()) {
    const id = String(et.cell(r, 'id') ?? '').trim();
    if (id === '' || String(et.cell(r, 'registrationFormId') ?? '').trim() === '') continue;
    const end = et.cell(r, 'endsOn') ?? et.cell(r, 'startsOn');
    if (end instanceof Date && end.getTime() < dayAgo.getTime()) continue;
    out.events++;
    out.applied += applyRegistrations_(session, id).applied;
  }
  return out;
}
