// Every top-level function of the shipped bundle is either in a role table, with each role's outcome asserted
// through google.script.run, or in the short list of harmless functions (roleTables.ts says why each is).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CITIES, PARTNERS } from '../../../sheets-templates';
import { CompiledBundle, type Emulator } from '../../../src/emulator';
import { callableFunctionNames } from '../../../src/emulator/scriptRun';
import { demoEmulator, records, scriptRun } from './harness';
import {
  EVERY,
  HARMLESS,
  intakeAndDataCalls,
  REFUSED,
  type RoleWorld,
  roleWorld,
  sidebarCalls,
} from './roleTables';

let emu: Emulator;
let world: RoleWorld;
const SIDEBAR = sidebarCalls(() => world);
const INTAKE_AND_DATA = intakeAndDataCalls(() => world);

/** Top-level functions of dist/Code.js (built by Jest's global setup), as Apps Script lists them. */
function bundleFunctions(): string[] {
  const source = readFileSync(join(__dirname, '../../../dist/Code.js'), 'utf8');
  return callableFunctionNames(new CompiledBundle(source));
}

beforeAll(() => {
  emu = demoEmulator();
  world = roleWorld(emu);
  // The welcome email names both links; the demo Settings may leave them empty.
  const settings = emu.backend.stores.spreadsheets.bound.sheetByName('Settings')!;
  const rows = settings.getValues(1, 1, settings.lastRow(), 1).map((r) => String(r[0]));
  for (const [key, url] of [
    ['Terms of Reference link', 'https://strongcities.example/tor'],
    ['Online Hub link', 'https://hub.strongcities.example'],
  ])
    settings.setValuesRaw(rows.indexOf(key!) + 1, 2, [[url]]);
});

describe('every export of src/server/main.ts is accounted for', () => {
  it('is in a role table or in the harmless list, and every listed name exists', () => {
    const tabled = [...SIDEBAR, ...INTAKE_AND_DATA].map((c) => c.name);
    const harmless = HARMLESS.map((h) => h.name);
    const exported = bundleFunctions();
    expect(exported.length).toBeGreaterThan(30);
    expect(exported.filter((n) => !tabled.includes(n) && !harmless.includes(n))).toEqual([]);
    expect([...tabled, ...harmless].filter((n) => !exported.includes(n))).toEqual([]);
    expect(tabled.filter((n) => harmless.includes(n))).toEqual([]);
  });
});

describe('intake and Data functions check the caller themselves', () => {
  for (const call of INTAKE_AND_DATA) {
    for (const who of EVERY) {
      const allowed = call.allowed.indexOf(who) >= 0;
      it(`${call.name}: ${who} is ${allowed ? 'allowed' : 'refused with a message'} (through google.script.run)`, () => {
        const r = scriptRun(emu, world.email(who), call.name, ...call.args(who));
        if (allowed) expect(r.ok ? 'ok' : r.error.message).toBe('ok');
        else {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.message).toMatch(REFUSED);
        }
      });
    }
  }
});

describe('harmless functions', () => {
  it('called by an unknown user change no record', () => {
    const before = [records(emu, CITIES), records(emu, PARTNERS)];
    for (const { name } of HARMLESS) scriptRun(emu, world.email('stranger'), name);
    expect([records(emu, CITIES), records(emu, PARTNERS)]).toEqual(before);
  });
});
