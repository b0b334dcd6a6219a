// Shared helpers for issue 16's tests: a set-up workbook with two cities and three contacts, an event, answers.

import { REGISTRATION_QUESTIONS } from '../../../sheets-templates/forms/eventRegistration';
import type { Emulator } from '../../../src/emulator';
import { intakeWorkbook, ok } from '../intake/harness';

export { COORDINATOR, ok, tabRows, VIEWER } from '../intake/harness';

export interface EventWorld {
  emu: Emulator;
  amina: string;
  omar: string;
  lars: string;
  irbid: string;
  aarhus: string;
}

const contact = (emu: Emulator, orgId: string, name: string, email: string, language: string) =>
  ok<{ id: string }>(emu, 'saveRecord', [
    {
      tab: 'Contacts',
      fields: { orgId, name, email, category: 'practitioner', language, lawfulBasis: 'legitimate interests' },
    },
  ]).value!.id;

export function eventWorld(start = new Date('2026-03-01T09:00:00Z')): EventWorld {
  const emu = intakeWorkbook({ start });
  const irbid = ok<{ id: string }>(emu, 'saveRecord', [
    { tab: 'Cities', fields: { name: 'Irbid', country: 'Jordan', hubId: 'HUB-000001', status: 'member' } },
  ]).value!.id;
  const aarhus = ok<{ id: string }>(emu, 'saveRecord', [
    { tab: 'Cities', fields: { name: 'Aarhus', country: 'Denmark', hubId: 'HUB-000002', status: 'member' } },
  ]).value!.id;
  return {
    emu,
    irbid,
    aarhus,
    amina: contact(emu, irbid, 'Amina Haddad', 'amina@irbid.example', 'fr'),
    omar: contact(emu, irbid, 'Omar Khalil', 'omar@irbid.example', 'ar'),
    lars: contact(emu, aarhus, 'Lars Jensen', 'lars@aarhus.example', 'en'),
  };
}

export const EVENT_FIELDS = {
  name: 'MENA Regional Conference 2026',
  type: 'conference',
  status: 'planned',
  startsOn: '2026-06-10',
  endsOn: '2026-06-11',
  timeZone: 'Asia/Amman',
  online: false,
  place: 'Amman, City Hall',
  country: 'Jordan',
  languages: ['en', 'fr', 'ar'],
  capacity: 2,
  visaLeadDays: 30,
  purpose: 'Bring MENA members together on youth engagement.',
  budget: JSON.stringify([
    { line: 'Venue', planned: 5000, actual: 4800 },
    { line: 'Interpretation', planned: 3000, actual: 3300 },
  ]),
  sessions: 'Opening plenary; youth councils workshop: three cities will pilot one.',
};

/** Registration answers by question key, as the form shows them. */
export function registration(byKey: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(byKey)) {
    const q = REGISTRATION_QUESTIONS.find((x) => x.key === k);
    if (!q) throw new Error(`no registration question ${k}`);
    out[q.title] = v;
  }
  return out;
}
