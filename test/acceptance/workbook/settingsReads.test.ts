// DESIGN §2.3 / issue 3 item 6: the Settings tab is read once per execution, however many checks use it.

import { jest } from '@jest/globals';
import type { Emulator } from '../../../src/emulator';
import { OWNER, ok, setUpWorkbook, sheet } from './harness';

/** Runs an entry point and counts the reads (getValues, getDisplayValues…) served from the Settings sheet. */
function settingsReads(emu: Emulator, fn: string, args: unknown[]): number {
  const model = sheet(emu, 'Settings');
  const spies = [jest.spyOn(model, 'getValues'), jest.spyOn(model, 'getFormulas')];
  try {
    ok(emu, fn, args, OWNER);
    return spies.reduce((n, s) => n + s.mock.calls.length, 0);
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

describe('Settings read once per execution', () => {
  it('a contact save (language checked against Settings) reads the Settings sheet exactly once', () => {
    const emu = setUpWorkbook();
    ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'MENA' } }]);
    const city = { name: 'Amman', country: 'Jordan', hubId: 'HUB-000001', status: 'member' };
    ok(emu, 'saveRecord', [{ tab: 'Cities', fields: city }]);
    const contact = { orgId: 'CTY-000001', name: 'Rana', category: 'practitioner', language: 'ar' };
    expect(settingsReads(emu, 'saveContact', [{ fields: contact }])).toBe(1);
    const update = { id: 'CON-000001', version: 1, fields: { language: 'fr', title: 'Officer' } };
    expect(settingsReads(emu, 'saveContact', [update])).toBe(1);
  });
});
