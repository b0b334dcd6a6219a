// Shared world of the travel-retention tests (issue 16): a past conference with two travelling participants whose
// visa letters were made, one registered through the form, and a later event; and a run of the daily jobs at a time.

import type { Emulator } from '../../../src/emulator';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { dailyTriggerEvent } from '../../support/reliability/intakeFixtures';
import { COORDINATOR, EVENT_FIELDS, eventWorld, ok, registration } from './eventHarness';

export const NADIA = {
  name: 'Nadia Ben Salah',
  email: 'nadia.bensalah@tunis.example',
  passportNumber: 'TN7788123',
  nationality: 'Tunisian',
  travelFrom: 'Tunis-Carthage',
  dietary: 'Halal, no nuts',
  access: 'Step-free room near the lift',
  notes: 'Arrives with a carer',
};
export const AMINA_ANSWERS = {
  travelFrom: 'Irbid bus station',
  nationality: 'Jordanian',
  passportNumber: 'N1234567',
  dietary: 'Vegetarian, gluten-free',
};
/** What no cell, note or stored response may hold once retention has run. */
export const GONE = [
  NADIA.passportNumber,
  NADIA.travelFrom,
  NADIA.dietary,
  NADIA.access,
  NADIA.notes,
  AMINA_ANSWERS.passportNumber,
  AMINA_ANSWERS.travelFrom,
  AMINA_ANSWERS.dietary,
];

/** Every cell and note of every spreadsheet, and every form's stored responses, as one lower-cased text. */
export function everything(emu: Emulator): string {
  const parts: string[] = [];
  for (const book of emu.backend.stores.spreadsheets.all())
    for (const s of book.sheets) {
      if (s.lastRow() === 0) continue;
      parts.push(JSON.stringify(s.getValues(1, 1, s.lastRow(), s.lastColumn())));
      const grid = { row: 1, col: 1, numRows: s.lastRow(), numCols: s.lastColumn() };
      parts.push(JSON.stringify(s.formats.note.getGrid(grid)));
    }
  for (const form of emu.backend.stores.comms.forms.forms.values())
    parts.push(JSON.stringify(form.responses));
  return parts.join('\n').toLowerCase();
}

export interface TravelWorld {
  emu: Emulator;
  eventId: string;
  laterId: string;
  nadiaId: string;
  aminaId: string;
  larsId: string;
  formId: string;
}

/** A conference on 10–11 June 2026 with two travelling participants (letters made), and one in September. */
/** `lettersBy`: who makes the visa letters (Drive lets only a file's owner move it to the bin). */
export function travelWorld(lettersBy = 'owner@strongcities.org'): TravelWorld {
  const w = eventWorld(new Date('2026-05-20T09:00:00Z'));
  const { emu } = w;
  const save = (fields: Record<string, unknown>) =>
    ok<{ record: { id: string } }>(emu, 'saveEvent', [{ fields }], COORDINATOR).value!.record.id;
  const eventId = save({ ...EVENT_FIELDS, capacity: 10 });
  const laterId = save({
    ...EVENT_FIELDS,
    name: 'Autumn Workshop',
    startsOn: '2026-09-01',
    endsOn: '2026-09-02',
  });
  const add = (event: string, fields: Record<string, unknown>) =>
    ok<{ ok: boolean; record: { id: string } }>(
      emu,
      'saveParticipant',
      [{ eventId: event, fields }],
      COORDINATOR,
    ).value!.record.id;
  const nadiaId = add(eventId, {
    ...NADIA,
    gender: 'woman',
    country: 'Tunisia',
    status: 'confirmed',
    role: 'speaker',
    travel: 'booked',
    visa: 'letter requested',
    accommodation: 'booked',
    arrivesOn: '2026-06-09',
    departsOn: '2026-06-12',
  });
  const aminaId = add(eventId, { contactId: w.amina });
  const formId = ok<{ formId: string }>(emu, 'createRegistrationForm', [eventId]).value!.formId;
  const yes = 'Yes / Oui';
  const sent = submitFormResponse(emu, {
    formId,
    answers: registration({
      reference: aminaId,
      name: 'Amina Haddad',
      email: 'amina@irbid.example',
      attending: yes,
      travel: yes,
      arrivesOn: '2026-06-09',
      departsOn: '2026-06-11',
      accommodation: yes,
      visa: yes,
      ...AMINA_ANSWERS,
    }),
  });
  expect(sent.triggers.map((t) => t.status)).toEqual(['ok']);
  const letters = ok<{ created: string[] }>(emu, 'generateVisaLetters', [eventId], lettersBy).value!.created;
  expect(letters.sort()).toEqual([aminaId, nadiaId].sort());
  const larsId = add(laterId, { contactId: w.lars, dietary: 'Vegan', travelFrom: 'Aarhus' });
  return { emu, eventId, laterId, nadiaId, aminaId, larsId, formId };
}

/** Runs the daily jobs at `iso` as their trigger does; returns the travel part of the report. */
export function dailyAt(emu: Emulator, iso: string): unknown {
  emu.backend.clock.set(new Date(iso).getTime());
  const run = emu.run('runDailyJobs', [dailyTriggerEvent(emu)], {
    user: 'owner@strongcities.org',
    authMode: 'FULL',
  });
  expect([run.status, run.error]).toEqual(['ok', undefined]);
  return (run.value as { travelData: unknown }).travelData;
}
