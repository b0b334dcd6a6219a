// A workbook holding one person (Amina) everywhere the CRM keeps people, beside another (Omar) in the same rows.
//
// Amina: a contact (with phone and notes), the enquiry and application she sent (raw responses too), an engagement
// with Omar, a send, an event participation, a suppression, the audit rows of all that, and an old engagement and
// send and a 2022 event participation that Archive history moved to the 2022 archive. Omar is in the same
// application, engagement, event and archive.

import { ENGAGEMENTS, SENDS, type TabDef } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import type { SheetModel } from '../../../src/emulator/services/spreadsheet/install';
import {
  applicationAnswers,
  applicationRows,
  enquiryAnswers,
  formId,
  intakeWorkbook,
  ok,
  sheet,
} from '../intake/harness';

export { ok };

export const AMINA = {
  name: 'Amina Haddad',
  email: 'amina.haddad@irbid.example',
  phone: '+962 2 724 0000',
};
export const OMAR = { name: 'Omar Khalil', email: 'omar.khalil@irbid.example', phone: '+962 7 999 1234' };

function writeRows(s: SheetModel, def: TabDef, records: Record<string, unknown>[]): void {
  const headers = s.getValues(1, 1, 1, s.lastColumn())[0]!.map(String);
  const rows = records.map((r) =>
    headers.map((h) => {
      const c = def.columns.find((x) => x.header === h);
      const v = c ? r[c.key] : undefined;
      return v === undefined || v === null ? '' : (v as never);
    }),
  );
  const first = s.lastRow() + 1;
  if (s.maxRows < first + rows.length) s.insertRows(s.maxRows + 1, first + rows.length - s.maxRows);
  s.setValuesRaw(first, 1, rows);
}

export interface PrivacyWorld {
  emu: Emulator;
  ids: Record<string, string>;
}

export function privacyWorld(): PrivacyWorld {
  const emu = intakeWorkbook();
  const save = (tab: string, fields: Record<string, unknown>) =>
    ok<{ id: string }>(emu, 'saveRecord', [{ tab, fields }]).value!.id;
  const ids: Record<string, string> = {};
  submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
  ids.application = String(applicationRows(emu)[0]!['Application ID']);
  submitFormResponse(emu, {
    formId: formId(emu, 'application'),
    answers: applicationAnswers(ids.application, {
      'Contact 2: phone': OMAR.phone,
    }),
  });
  ids.irbid = save('Cities', { name: 'Irbid', country: 'Jordan', status: 'member' });
  ids.amina = save('Contacts', {
    orgId: ids.irbid,
    name: AMINA.name,
    email: AMINA.email,
    phone: AMINA.phone,
    title: '=1+1 adviser',
    category: "mayor's office",
    language: 'en',
    notes: `Met ${AMINA.name} in Amman.`,
  });
  ids.omar = save('Contacts', {
    orgId: ids.irbid,
    name: OMAR.name,
    email: OMAR.email,
    phone: OMAR.phone,
    category: 'practitioner',
    language: 'en',
  });
  ids.engagement = save('Engagements', {
    date: '2025-12-01',
    type: 'meeting',
    cityIds: [ids.irbid],
    contactIds: [ids.amina, ids.omar],
    summary: `Prevention board visit with ${AMINA.name}`,
    source: 'manual',
  });
  ids.omarOnly = save('Engagements', {
    date: '2025-12-02',
    type: 'bi-weekly call',
    cityIds: [ids.irbid],
    contactIds: [ids.omar],
    summary: 'Youth centres call',
    source: 'manual',
  });
  ids.event = save('Events', {
    name: 'Youth forum',
    type: 'workshop',
    startsOn: '2026-02-10',
    endsOn: '2026-02-11',
    status: 'planned',
  });
  ids.participant = save('Participants', {
    eventId: ids.event,
    contactId: ids.amina,
    role: 'speaker',
    status: 'invited',
    notes: 'Vegetarian',
  });
  ids.omarParticipant = save('Participants', {
    eventId: ids.event,
    contactId: ids.omar,
    role: 'participant',
    status: 'invited',
  });
  // An event of 2022: Archive history moves its participants to the 2022 archive (her row names her).
  ids.oldEvent = save('Events', {
    name: 'Prevention workshop',
    type: 'workshop',
    startsOn: '2022-03-10',
    endsOn: '2022-03-11',
    status: 'held',
  });
  ids.oldParticipant = save('Participants', {
    eventId: ids.oldEvent,
    contactId: ids.amina,
    role: 'speaker',
    status: 'attended',
    notes: `Slides sent to ${AMINA.name}`,
  });
  ids.omarOldParticipant = save('Participants', {
    eventId: ids.oldEvent,
    contactId: ids.omar,
    role: 'participant',
    status: 'attended',
  });
  ids.suppression = save('Suppressions', { email: AMINA.email, reason: 'opted out', addedOn: '2025-11-01' });
  const send = (id: string, who: string, email: string, at: Date) => ({
    id,
    mailingId: 'MLG-000001',
    contactId: who,
    email,
    language: 'en',
    status: 'sent',
    sentAt: at,
    messageId: `msg-${id}`,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
  const now = new Date(Date.UTC(2025, 11, 20));
  const old = new Date(Date.UTC(2022, 2, 1));
  writeRows(sheet(emu, 'Sends'), SENDS, [
    send('SND-000901', ids.amina, AMINA.email, now),
    send('SND-000902', ids.omar, OMAR.email, now),
    send('SND-000903', ids.amina, AMINA.email, old),
    send('SND-000904', ids.omar, OMAR.email, old),
  ]);
  const eng = (id: string, who: string[], summary: string) => ({
    id,
    date: old,
    type: 'meeting',
    cityIds: ids.irbid,
    contactIds: who.join(', '),
    summary,
    source: 'manual',
    createdAt: old,
    updatedAt: old,
    version: 1,
  });
  writeRows(sheet(emu, 'Engagements'), ENGAGEMENTS, [
    eng('ENG-000901', [ids.amina!], `First visit, ${AMINA.name}`),
    eng('ENG-000902', [ids.omar!], 'Omar alone'),
  ]);
  ok(emu, 'archiveHistory');
  return { emu, ids };
}
