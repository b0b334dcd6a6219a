// Fresh workbooks for the reliability suites: empty, set up with a small network, and damaged.

import type { Emulator } from '../../../src/emulator';
import { newEmulator } from './stableDist';
import { OWNER } from './workbookView';

export const COORDINATOR = 'coordinator@strongcities.org';

/** Runs a function of the bundle and throws with its error when it did not return. */
export function call<T>(emu: Emulator, fn: string, args: unknown[] = [], user = OWNER): T {
  const r = emu.run<T>(fn, args, { user });
  if (r.status !== 'ok') throw new Error(`${fn} ${r.status}: ${r.error}`);
  return r.value as T;
}

/** Ids of the records `seededWorkbook` creates. */
export const SEED = {
  hub: 'HUB-000001',
  cities: ['CTY-000001', 'CTY-000002'],
  contacts: ['CON-000001', 'CON-000002'],
  partner: 'PTN-000001',
};

/**
 * A set-up workbook holding a hub, two cities, two contacts, a partner and an engagement, saved through the
 * bundle (so versions and audit rows are the product's own), and a coordinator on the Staff tab.
 */
export function seededWorkbook(): Emulator {
  const emu = newEmulator();
  call(emu, 'setupWorkbook');
  const save = (tab: string, fields: Record<string, unknown>) =>
    call<{ id: string }>(emu, 'saveRecord', [{ tab, fields }]).id;
  save('Staff', { name: 'Coordinator', email: COORDINATOR, role: 'coordinator', active: true });
  const hub = save('Hubs', { name: 'MENA' });
  const amman = save('Cities', { name: 'Amman', country: 'Jordan', hubId: hub, status: 'member' });
  save('Cities', { name: 'Irbid', country: 'Jordan', hubId: hub, status: 'prospect' });
  for (const [name, email] of [
    ['Rana', 'rana@amman.gov.jo'],
    ['Omar', 'omar@amman.gov.jo'],
  ]) {
    save('Contacts', {
      orgId: amman,
      name,
      email,
      category: 'practitioner',
      language: 'ar',
      phone: '+962 6 000 0000',
    });
  }
  save('Partners', { name: 'Institute', type: 'academic', country: 'France' });
  save('Engagements', {
    date: '2025-01-15',
    type: 'meeting',
    cityIds: [amman],
    summary: 'First call',
    source: 'manual',
  });
  return emu;
}

/** A seeded workbook with the kinds of damage setup repairs: a renamed header, a deleted column, a deleted tab. */
export function damagedWorkbook(): Emulator {
  const emu = seededWorkbook();
  const book = emu.backend.stores.spreadsheets.bound;
  const contacts = book.sheetByName('Contacts')!;
  const headers = contacts.getValues(1, 1, 1, contacts.lastColumn())[0]!.map(String);
  contacts.setValuesRaw(1, headers.indexOf('Email') + 1, [['E-mail address']]);
  contacts.deleteColumns(headers.indexOf('Title') + 1, 1);
  book.deleteSheet(book.sheetByName('Needs')!);
  const cities = book.sheetByName('Cities')!;
  cities.setValuesRaw(1, cities.lastColumn() + 1, [['My own column'], ['kept']]);
  return emu;
}
