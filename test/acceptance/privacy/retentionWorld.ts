// A workbook where retention has something of each kind to find, three years on, beside records it must keep.
//
// Amina's application (Omar as its second contact) was declined; Lina's enquiry is still open but its raw response
// is old; Karim left his role at Irbid and nobody engaged with him since; Nadia left too but had a meeting last
// year; Sami is still in his role. Then the clock moves 37 months on.

import type { Emulator } from '../../../src/emulator';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { COORDINATOR, enquiryAnswers, formId, ok, tabRows } from '../intake/harness';
import { JOURNEY_APP, workbookAt } from '../intake/journey';
import { AMINA, OMAR } from './privacyWorld';

export { AMINA, OMAR };
export const LINA = { name: 'Lina Saleh', email: 'lina.saleh@zarqa.example' };
export const KARIM = { name: 'Karim Nasser', email: 'karim.nasser@irbid.example', phone: '+962 2 724 5555' };
export const NADIA = { name: 'Nadia Fares', email: 'nadia.fares@irbid.example' };
export const SAMI = { name: 'Sami Aziz', email: 'sami.aziz@irbid.example' };

const DAY = 24 * 60 * 60 * 1000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

export interface RetentionWorld {
  emu: Emulator;
  ids: Record<string, string>;
}

export function retentionWorld(): RetentionWorld {
  const emu = workbookAt('under review');
  const ids: Record<string, string> = { declined: JOURNEY_APP };
  ok(emu, 'declineApplication', [JOURNEY_APP, 'Outside the network’s remit for now'], COORDINATOR);
  submitFormResponse(emu, {
    formId: formId(emu, 'enquiry'),
    answers: enquiryAnswers({ name: LINA.name, email: LINA.email, city: 'Zarqa' }),
  });
  ids.open = String(
    tabRows(emu, 'Applications').find((a) => a['Submitter email'] === LINA.email)!['Application ID'],
  );
  const save = (tab: string, fields: Record<string, unknown>) =>
    ok<{ id: string }>(emu, 'saveRecord', [{ tab, fields }]).value!.id;
  ids.irbid = save('Cities', { name: 'Irbid', country: 'Jordan', status: 'member' });
  const yesterday = iso(new Date(emu.backend.clock.now() - DAY));
  const contact = (p: { name: string; email: string; phone?: string }, activeTo: string) =>
    save('Contacts', {
      orgId: ids.irbid,
      name: p.name,
      email: p.email,
      ...(p.phone ? { phone: p.phone } : {}),
      category: 'practitioner',
      language: 'en',
      activeTo,
      notes: `${p.name} ran the youth centres.`,
    });
  ids.karim = contact(KARIM, yesterday);
  ids.nadia = contact(NADIA, yesterday);
  ids.sami = contact(SAMI, '');
  ids.karimMeeting = save('Engagements', {
    date: yesterday,
    type: 'meeting',
    cityIds: [ids.irbid],
    contactIds: [ids.karim],
    summary: `Handover with ${KARIM.name}`,
    source: 'manual',
  });
  emu.backend.clock.advance(37 * 31 * DAY);
  // The clock jumped: the time-driven triggers are taken as having fired meanwhile (their next run is after now),
  // so a test's advanceClock runs one day's jobs, not three years of them.
  const store = emu.backend.stores.script.triggers;
  for (const t of [...store.triggers])
    if (t.nextRunMs !== undefined && t.nextRunMs < emu.backend.clock.now())
      store.advance(t, emu.backend.clock.now());
  // Nadia's meeting last year keeps her: an engagement after the cut-off.
  ids.nadiaMeeting = save('Engagements', {
    date: iso(new Date(emu.backend.clock.now() - 300 * DAY)),
    type: 'meeting',
    cityIds: [ids.irbid],
    contactIds: [ids.nadia],
    summary: 'Follow-up on the prevention board',
    source: 'manual',
  });
  return { emu, ids };
}

/** Every cell of every tab of every spreadsheet and every form's stored responses, lower-cased. */
export function allText(emu: Emulator): string {
  const parts: string[] = [];
  for (const book of emu.backend.stores.spreadsheets.all())
    for (const s of book.sheets)
      if (s.lastRow() > 0) parts.push(JSON.stringify(s.getValues(1, 1, s.lastRow(), s.lastColumn())));
  for (const form of emu.backend.stores.comms.forms.forms.values())
    parts.push(JSON.stringify(form.responses));
  return parts.join('\n').toLowerCase();
}

/** The text of one tab of the bound workbook, lower-cased. */
export function tabText(emu: Emulator, name: string): string {
  const book = emu.backend.stores.spreadsheets.all().find((b) => b.name === 'Strong Cities CRM')!;
  const s = book.sheets.find((x) => x.name === name);
  if (!s || s.lastRow() === 0) return '';
  return JSON.stringify(s.getValues(1, 1, s.lastRow(), s.lastColumn())).toLowerCase();
}

/** The forms' raw response tabs (their first header is Timestamp), as text, lower-cased. */
export function rawText(emu: Emulator): string {
  const book = emu.backend.stores.spreadsheets.all().find((b) => b.name === 'Strong Cities CRM')!;
  return book.sheets
    .filter((s) => s.lastRow() > 0 && s.getValues(1, 1, 1, 1)[0]![0] === 'Timestamp')
    .map((s) => JSON.stringify(s.getValues(1, 1, s.lastRow(), s.lastColumn())))
    .join('\n')
    .toLowerCase();
}

export function rowCounts(emu: Emulator): Record<string, number> {
  const out: Record<string, number> = {};
  for (const book of emu.backend.stores.spreadsheets.all())
    for (const s of book.sheets) out[`${book.name} › ${s.name}`] = s.lastRow();
  return out;
}
