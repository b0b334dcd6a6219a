// Roles against every sidebar server function, called as google.script.run does and directly with emu.run.
import { CITIES } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { demoEmulator, recordById, records, runOk, STRANGER, type StaffByRole, scriptRun } from './harness';
import { EVERY, REFUSED, type RoleWorld, roleWorld, sidebarCalls, type Who } from './roleTables';

let emu: Emulator;
let world: RoleWorld;
let staff: StaffByRole;
let cityId: string;
const CALLS = sidebarCalls(() => world);
const email = (who: Who) => world.email(who);
const version = (def: typeof CITIES, id: string) => Number(recordById(emu, def, id).version) || 1;

beforeAll(() => {
  emu = demoEmulator();
  world = roleWorld(emu);
  ({ staff, cityId } = world);
});

describe('every sidebar server function checks the caller itself', () => {
  for (const call of CALLS) {
    for (const who of EVERY) {
      const allowed = call.allowed.indexOf(who) >= 0;
      it(`${call.name}: ${who} is ${allowed ? 'allowed' : 'refused with a message'} (through google.script.run)`, () => {
        const r = scriptRun(emu, email(who), call.name, ...call.args(who));
        if (allowed) {
          expect(r.ok ? 'ok' : r.error.message).toBe('ok');
          if (r.ok && r.value && typeof r.value === 'object' && 'ok' in r.value)
            expect((r.value as { ok: boolean }).ok).toBe(true);
        } else {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.message).toMatch(REFUSED);
        }
      });
    }
  }
});

describe('direct calls, not through any sidebar (emu.run)', () => {
  it('an unknown user can read nothing and write nothing', () => {
    const before = records(emu, CITIES).find((c) => c.id === cityId);
    for (const call of CALLS) {
      const r = emu.run(call.name, call.args(), { user: STRANGER });
      expect(r.status).toBe('error');
      expect(r.error).toMatch(/not listed as active staff/);
    }
    expect(records(emu, CITIES).find((c) => c.id === cityId)).toEqual(before);
  });

  it('a viewer cannot save a crafted request; hub staff cannot edit another hub or move a city to another hub', () => {
    // The demo's staff read in their own Google locale (some French); this test reads the English words.
    for (const u of [staff.viewer, staff.otherHub, staff.hub]) runOk(emu, u, 'setUiLanguage', 'en');
    const v = version(CITIES, cityId);
    const viewer = emu.run('saveCity', [{ id: cityId, version: v, fields: { name: 'Hacked' } }], {
      user: staff.viewer,
    });
    expect(viewer.error).toMatch(/Your role \(viewer\) does not allow you to edit city profiles/);
    const other = emu.run('saveCity', [{ id: cityId, version: v, fields: { notes: 'x' } }], {
      user: staff.otherHub,
    });
    expect(other.error).toMatch(/is not in your hub/);
    const otherHubId = String(records(emu, CITIES).find((c) => c.hubId !== staff.hubId)!.hubId);
    const move = emu.run('saveCity', [{ id: cityId, version: v, fields: { hubId: otherHubId } }], {
      user: staff.hub,
    });
    expect(move.error).toMatch(/only coordinators move a city to another hub/);
    const engagement = emu.run(
      'logEngagement',
      [{ fields: { date: '2026-01-05', type: 'meeting', cityIds: [cityId], summary: 'x' } }],
      { user: staff.otherHub },
    );
    expect(engagement.error).toMatch(/is not in your hub/);
    expect(String(recordById(emu, CITIES, cityId).name)).not.toBe('Hacked');
  });

  it('helpers ending in "_" cannot be called through google.script.run', () => {
    const r = scriptRun(emu, staff.admin, 'uiLanguage_');
    expect(r.ok).toBe(false);
  });

  it('hub staff only see their own hub’s cities in the Log engagement form', () => {
    const form = runOk<{ cities: { hubId: string }[] }>(emu, staff.hub, 'getEngagementForm', null);
    expect(form.cities.length).toBeGreaterThan(0);
    expect(form.cities.every((c) => c.hubId === staff.hubId)).toBe(true);
  });
});
