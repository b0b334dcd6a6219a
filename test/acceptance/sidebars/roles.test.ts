// Roles against every sidebar server function, called as google.script.run does and directly with emu.run.
import { CITIES, CONTACTS, PARTNERS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import {
  demoEmulator,
  recordById,
  records,
  runOk,
  STRANGER,
  type StaffByRole,
  scriptRun,
  staffByRole,
} from './harness';

type Who = keyof Omit<StaffByRole, 'hubId'> | 'stranger';
const EVERY: Who[] = ['admin', 'coordinator', 'hub', 'otherHub', 'comms', 'viewer', 'inactive', 'stranger'];
const READERS: Who[] = ['admin', 'coordinator', 'hub', 'otherHub', 'comms', 'viewer'];
const CITY_EDITORS: Who[] = ['admin', 'coordinator', 'hub'];
const NETWORK_EDITORS: Who[] = ['admin', 'coordinator'];
const LOGGERS: Who[] = ['admin', 'coordinator', 'hub', 'comms'];

/** The messages a refusal may give: not staff, wrong role, or another hub's record. */
const REFUSED = /not listed as active staff|does not allow you|not in your hub|only coordinators/;

let emu: Emulator;
let staff: StaffByRole;
let cityId: string;
let sameHubCityId: string;
let contactId: string;
let partnerId: string;

const email = (who: Who) => (who === 'stranger' ? STRANGER : staff[who]);
const version = (def: typeof CITIES | typeof CONTACTS | typeof PARTNERS, id: string) =>
  Number(recordById(emu, def, id).version) || 1;

/** Each function with arguments built fresh for every call (versions move as allowed saves succeed). */
const CALLS: { name: string; allowed: Who[]; args: () => unknown[] }[] = [
  { name: 'getSearchIndex', allowed: READERS, args: () => [] },
  { name: 'getCityProfile', allowed: READERS, args: () => [cityId] },
  { name: 'getContact', allowed: READERS, args: () => [contactId, null] },
  { name: 'getPartner', allowed: READERS, args: () => [partnerId] },
  { name: 'getStaleProfiles', allowed: READERS, args: () => [] },
  { name: 'openSidebar', allowed: READERS, args: () => [{ page: 'city', id: cityId }] },
  { name: 'setUiLanguage', allowed: READERS, args: () => ['fr'] },
  // Any hub's staff may open the form; it offers only their own hub's cities (tested below).
  { name: 'getEngagementForm', allowed: [...LOGGERS, 'otherHub'], args: () => [cityId] },
  {
    name: 'saveCity',
    allowed: CITY_EDITORS,
    args: () => [
      { id: cityId, version: version(CITIES, cityId), fields: { notes: `checked ${Math.random()}` } },
    ],
  },
  { name: 'markProfileReviewed', allowed: CITY_EDITORS, args: () => [cityId, version(CITIES, cityId)] },
  {
    name: 'saveContact',
    allowed: CITY_EDITORS,
    args: () => [
      { id: contactId, version: version(CONTACTS, contactId), fields: { title: `Officer ${Math.random()}` } },
    ],
  },
  {
    name: 'moveContact',
    allowed: CITY_EDITORS,
    args: () => [
      contactId,
      version(CONTACTS, contactId),
      String(recordById(emu, CONTACTS, contactId).orgId) === cityId ? sameHubCityId : cityId,
    ],
  },
  { name: 'deactivateContact', allowed: CITY_EDITORS, args: () => [contactId, version(CONTACTS, contactId)] },
  {
    name: 'savePartner',
    allowed: NETWORK_EDITORS,
    args: () => [
      { id: partnerId, version: version(PARTNERS, partnerId), fields: { notes: `n ${Math.random()}` } },
    ],
  },
  {
    name: 'deactivatePartner',
    allowed: NETWORK_EDITORS,
    args: () => [partnerId, version(PARTNERS, partnerId)],
  },
  {
    name: 'logEngagement',
    allowed: LOGGERS,
    args: () => [
      { fields: { date: '2026-01-05', type: 'meeting', cityIds: [cityId], summary: 'Role check' } },
    ],
  },
  { name: 'requestProfileReviews', allowed: NETWORK_EDITORS, args: () => [staff.hubId] },
];

beforeAll(() => {
  emu = demoEmulator();
  const cities = records(emu, CITIES);
  const first = cities[0]!;
  cityId = String(first.id);
  sameHubCityId = String(cities.find((c) => c.hubId === first.hubId && c.id !== first.id)!.id);
  staff = staffByRole(emu, String(first.hubId));
  contactId = String(records(emu, CONTACTS).find((c) => c.orgId === cityId)!.id);
  partnerId = String(records(emu, PARTNERS)[0]!.id);
});

describe('every sidebar server function checks the caller itself', () => {
  for (const call of CALLS) {
    for (const who of EVERY) {
      const allowed = call.allowed.indexOf(who) >= 0;
      it(`${call.name}: ${who} is ${allowed ? 'allowed' : 'refused with a message'} (through google.script.run)`, () => {
        const r = scriptRun(emu, email(who), call.name, ...call.args());
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
