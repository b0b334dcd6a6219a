// Issue 10 item 8 through the shipped bundle: a French reader's refusals, field problems and stale saves come back
// in French, from the one message table, while an English reader gets the same message in English.
// (Before: "Action impossible : Your role (viewer) does not allow you to …" and English field problems.)

import { CITIES, CONTACTS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import {
  demoEmulator,
  records,
  runOk,
  STRANGER,
  type StaffByRole,
  scriptRun,
  staffByRole,
} from '../sidebars/harness';

let emu: Emulator;
let staff: StaffByRole;
let cityId: string;

function speaks(user: string, language: 'en' | 'fr'): void {
  runOk(emu, user, 'setUiLanguage', language);
}

function refusal(user: string, name: string, ...args: unknown[]): string {
  const r = scriptRun(emu, user, name, ...args);
  if (r.ok) throw new Error(`${name} as ${user} was not refused`);
  return r.error.message;
}

/** Words that only an English sentence has; none may appear in a French message. */
const ENGLISH = /\b(your|role|does not|allow|cannot|the|is not|was changed|since you)\b/i;

beforeAll(() => {
  emu = demoEmulator();
  const city = records(emu, CITIES)[0]!;
  cityId = String(city.id);
  staff = staffByRole(emu, String(city.hubId));
});

describe('a French reader reads the server’s messages in French (issue 10 item 8)', () => {
  it('a role refusal: the role, the action and the roles needed are all in French', () => {
    speaks(staff.viewer, 'fr');
    const fr = refusal(staff.viewer, 'saveCity', { id: cityId, version: 1, fields: { notes: 'x' } });
    expect(fr).toMatch(/^Votre rôle \(lecture seule\) ne vous permet pas de modifier/);
    expect(fr).toMatch(/administrateur ou coordinateur ou équipe de hub\.$/);
    expect(fr).not.toMatch(ENGLISH);
    speaks(staff.viewer, 'en');
    const en = refusal(staff.viewer, 'saveCity', { id: cityId, version: 1, fields: { notes: 'x' } });
    expect(en).toMatch(
      /^Your role \(viewer\) does not allow you to edit .*; this needs admin or coordinator or hub\.$/,
    );
  });

  it('another hub’s city: the refusal names the city and says why, in French', () => {
    speaks(staff.otherHub, 'fr');
    const fr = refusal(staff.otherHub, 'saveCity', { id: cityId, version: 1, fields: { notes: 'x' } });
    expect(fr).toMatch(/n’est pas dans votre hub : vous ne pouvez donc pas modifier cette ville\./);
    expect(fr).not.toMatch(ENGLISH);
  });

  it('someone not in Staff, with a French Google locale and no switch, is refused in French', () => {
    emu.backend.stores.script.session.locales.set(STRANGER, 'fr_FR');
    const fr = refusal(STRANGER, 'getCityProfile', cityId);
    expect(fr).toBe(
      `${STRANGER} ne figure pas parmi le personnel actif de l’onglet Staff : vous ne pouvez donc pas consulter les fiches ville. Demandez à un administrateur de vous ajouter.`,
    );
  });

  it('a refused field names the field in French and says what is wrong in French', () => {
    speaks(staff.coordinator, 'fr');
    const outcome = runOk<{ ok: boolean; kind?: string; problems?: { key: string; message: string }[] }>(
      emu,
      staff.coordinator,
      'saveContact',
      { fields: { orgId: cityId, name: 'Amina Diallo', category: 'other', language: 'fr', email: 'amina@' } },
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.kind).toBe('invalid');
    const email = outcome.problems!.find((p) => p.key === 'email')!;
    expect(email.message).toBe('E-mail : “amina@” n’est pas une adresse e-mail valable.');
  });

  it('a refused dropdown value lists the allowed values, and the rule is said in French', () => {
    speaks(staff.coordinator, 'fr');
    const outcome = runOk<{ ok: boolean; problems?: { key: string; message: string }[] }>(
      emu,
      staff.coordinator,
      'saveContact',
      { fields: { orgId: cityId, name: 'Amina Diallo', category: 'mayor', language: 'fr' } },
    );
    const category = outcome.problems!.find((p) => p.key === 'category')!;
    expect(category.message).toMatch(/^Catégorie : “mayor” ne fait pas partie de : mayor's office, /);
  });

  it('a stale save says who changed the record, in French, and the changed fields by their French labels', () => {
    speaks(staff.coordinator, 'fr');
    const contact = records(emu, CONTACTS).find((c) => c.orgId === cityId && c.activeTo === '')!;
    const id = String(contact.id);
    const before = runOk<{ contact: { version: number; values: Record<string, unknown> } }>(
      emu,
      staff.coordinator,
      'getContact',
      id,
      null,
    );
    const version = before.contact.version;
    runOk(emu, staff.admin, 'saveContact', { id, version, fields: { title: 'Maire adjointe' } });
    const stale = runOk<{ ok: boolean; kind?: string; message?: string }>(
      emu,
      staff.coordinator,
      'saveContact',
      {
        id,
        version,
        read: before.contact.values,
        fields: { notes: 'Appel prévu' },
      },
    );
    expect(stale.kind).toBe('stale');
    expect(stale.message).toMatch(
      new RegExp(`^${id} a été modifié par ${staff.admin} depuis que vous l’avez ouvert`),
    );
    expect(stale.message).toMatch(/Modifié depuis : Fonction : désormais « Maire adjointe »/);
    expect(stale.message).not.toMatch(/Changed since|was changed/);
  });
});
