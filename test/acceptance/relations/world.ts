// The relations test network through the shipped bundle: staff (coordinator, hub officer, comms), a hub, a member
// city with its mayor's-office, policy and practitioner contacts, set up as a coordinator would.

import { Emulator } from '../../../src/emulator';
import { COORDINATOR, OWNER, ok, outbox, tabRows } from '../intake/harness';

export { COORDINATOR, OWNER, ok, outbox, tabRows };
export const HUB_OFFICER = 'hub.officer@strongcities.org';
export const COMMS = 'comms@strongcities.org';
export const VIEWER = 'viewer@strongcities.org';
export const TODAY = new Date('2026-06-01T09:00:00Z');

export interface RelationsWorld {
  emu: Emulator;
  hubId: string;
  cityId: string;
  otherCityId: string;
  contacts: { mayor: string; policy: string; practitioner: string };
}

export const save = (emu: Emulator, tab: string, fields: Record<string, unknown>, user = OWNER) =>
  ok<{ id: string }>(emu, 'saveRecord', [{ tab, fields }], user).value!.id;

export function relationsWorld(): RelationsWorld {
  const emu = new Emulator({ start: TODAY });
  ok(emu, 'setupWorkbook');
  const hubId = save(emu, 'Hubs', { name: 'East Africa', countries: ['Kenya', 'Uganda'] });
  save(emu, 'Staff', { name: 'Coordinator', email: COORDINATOR, role: 'coordinator', active: true });
  save(emu, 'Staff', { name: 'Hub Officer', email: HUB_OFFICER, role: 'hub', hubId, active: true });
  save(emu, 'Staff', { name: 'Comms', email: COMMS, role: 'comms', active: true });
  save(emu, 'Staff', { name: 'Viewer', email: VIEWER, role: 'viewer', active: true });
  const city = (name: string, country: string) =>
    save(emu, 'Cities', { name, country, hubId, status: 'member', languages: ['en'] });
  const cityId = city('Mombasa', 'Kenya');
  const otherCityId = city('Kampala', 'Uganda');
  const person = (name: string, category: string) =>
    save(emu, 'Contacts', {
      orgId: cityId,
      name,
      category,
      email: `${name.toLowerCase().replace(/ /g, '.')}@mombasa.example`,
      language: 'en',
      primary: category === "mayor's office",
      lawfulBasis: 'legitimate interests',
    });
  const contacts = {
    mayor: person('Amina Said', "mayor's office"),
    policy: person('Juma Otieno', 'policy team'),
    practitioner: person('Grace Wanjiru', 'practitioner'),
  };
  return { emu, hubId, cityId, otherCityId, contacts };
}

export interface FollowUpsViewLike {
  me: string;
  today: string;
  mine: { id: string; version: number; what: string; due: string; state: string; owner: string }[];
  team: { id: string; version: number; what: string; due: string; state: string; owner: string }[] | null;
}

export const followUps = (emu: Emulator, user: string) =>
  ok<FollowUpsViewLike>(emu, 'getFollowUps', [], user).value!;
