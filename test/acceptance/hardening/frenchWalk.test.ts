// Issue 10 item 8 through the shipped bundle: everything the server shows a French reader — the SCN CRM menu,
// menu actions' toasts, Validate workbook's problems, a damaged tab's structure error and the daily digest — is
// walked and checked word by word for English left in it (englishWords.ts), while an English reader keeps English.
import { CITIES, STAFF } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { MENU } from '../../../src/server/menu/menuDefinition';
import { bound, demoEmulator, OWNER, records, runOk, scriptRun, staffByRole } from '../sidebars/harness';
import { ENGLISH_ONLY_SIZE, englishWordsIn } from './englishWords';

let emu: Emulator;
let coordinator: string;

/** Every text a French reader was shown that still holds English words, with those words. */
function english(texts: readonly string[]): string[] {
  return texts
    .map((t) => [t, englishWordsIn(t).join(' ')])
    .filter(([, w]) => w !== '')
    .map(([t, w]) => `${t}  ⟵ ${w}`);
}

function menuCaptions(user: string, authMode: 'NONE' | 'LIMITED'): string[] {
  const ui = bound(emu).ui;
  ui.menus.splice(0, ui.menus.length);
  expect(emu.run('onOpen', [{ authMode, user }], { authMode, user }).status).toBe('ok');
  const out: string[] = [];
  const walk = (items: readonly unknown[]) => {
    for (const i of items as { kind: string; caption?: string; items?: unknown[] }[]) {
      if (i.caption) out.push(i.caption);
      if (i.items) walk(i.items);
    }
  };
  walk(ui.menus.find((m) => m.caption === 'SCN CRM')!.items);
  return out;
}

function column(tab: string, header: string): number {
  const sheet = bound(emu).sheetByName(tab)!;
  return sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!.map(String).indexOf(header) + 1;
}

beforeAll(() => {
  emu = demoEmulator();
  coordinator = staffByRole(emu, String(records(emu, CITIES)[0]!.hubId)).coordinator;
  runOk(emu, OWNER, 'setUiLanguage', 'fr');
  runOk(emu, coordinator, 'setUiLanguage', 'fr');
});

describe('a French reader sees no English from the server (issue 10 item 8)', () => {
  it('the check knows the English words of every table', () => {
    expect(ENGLISH_ONLY_SIZE).toBeGreaterThan(300);
    expect(englishWordsIn('Possible duplicate: same email as row 4.')).toEqual(
      expect.arrayContaining(['same', 'row']),
    );
    expect(englishWordsIn('Doublon possible : e-mail identiques à ceux de la ligne 4.')).toEqual([]);
  });

  it('the SCN CRM menu is French for a French reader (LIMITED: their switch; NONE: their locale), English otherwise', () => {
    const french = menuCaptions(OWNER, 'LIMITED');
    const items = MENU.flatMap((g) => [
      g.caption,
      ...g.items.flatMap((i) => (i === 'separator' ? [] : [i.caption])),
    ]);
    expect(french).toHaveLength(items.length);
    expect(french.slice(0, 2)).toEqual(['Membres', 'Rechercher une ville, un contact ou un partenaire…']);
    expect(english(french)).toEqual([]);
    // Before authorisation the Properties service is refused: the Google locale decides.
    emu.backend.stores.script.session.locales.set(OWNER, 'fr_FR');
    expect(english(menuCaptions(OWNER, 'NONE'))).toEqual([]);
    emu.backend.stores.script.session.locales.set(OWNER, 'en');
    expect(menuCaptions(OWNER, 'NONE')).toEqual(items);
  });

  it('the toasts of Process unprocessed responses and Send daily digest now are French', () => {
    const toasts = bound(emu).ui.toasts;
    const before = toasts.length;
    expect(emu.run('processUnprocessedResponses', [], { user: OWNER }).status).toBe('ok');
    expect(emu.run('sendDailyDigestNow', [], { user: OWNER }).status).toBe('ok');
    const shown = toasts.slice(before).flatMap((t) => [String(t.title), String(t.message)]);
    expect(shown).toHaveLength(4);
    expect(shown[1]).toMatch(/réponse\(s\) vérifiée\(s\)/);
    expect(shown[3]).toMatch(/^Récapitulatif du \d{2}\/\d{2}\/\d{4} :/);
    expect(english(shown)).toEqual([]);
  });

  it('the daily digest to a French coordinator is French: stages, dates and list lines', () => {
    const staff = bound(emu).sheetByName(STAFF.name)!;
    const row = records(emu, STAFF).find((s) => s.email === coordinator)!._row;
    staff.setValuesRaw(row, column(STAFF.name, 'Languages'), [['fr']]);
    const outbox = emu.backend.stores.comms.mail.outbox;
    const before = outbox.length;
    expect(emu.run('sendDailyDigestNow', [], { user: OWNER }).status).toBe('ok');
    const mail = outbox.slice(before).find((m) => m.to.includes(coordinator))!;
    expect(mail.subject).toMatch(/à traiter aujourd’hui/);
    const lines = mail.body.split('\n').filter((l) => l.startsWith('• '));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/ – échéance le \d{2}\/\d{2}\/\d{4}/);
    expect(lines.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(english([mail.subject, ...mail.body.split('\n')])).toEqual([]);
  });

  it('Validate workbook: missing tab, missing and doubled columns, duplicate ids and field problems are French', () => {
    const model = bound(emu);
    const contacts = model.sheetByName('Contacts')!;
    // Damage: a doubled Email column header, a pasted-over id, a bad email, a renamed optional column.
    const email = column('Contacts', 'Email');
    contacts.setValuesRaw(3, email, [['pas-une-adresse']]);
    contacts.setValuesRaw(4, 1, [[contacts.valueAt(3, 1)]]);
    contacts.setValuesRaw(1, column('Contacts', 'Notes'), [['Email']]);
    const cities = model.sheetByName('Cities')!;
    cities.setValuesRaw(1, column('Cities', 'Notes'), [['Remarks']]);
    model.deleteSheet(model.sheetByName('Participants')!);
    const report = runOk<{ problems: { message: string }[]; language: string }>(
      emu,
      OWNER,
      'checkWorkbook',
      'full',
    );
    expect(report.language).toBe('fr');
    const messages = report.problems.map((p) => p.message);
    expect(messages).toContain('L’onglet « Participants » manque. Lancez Installer ou réparer le classeur.');
    expect(messages.some((m) => m.startsWith('La colonne « Email » apparaît deux fois (colonnes '))).toBe(
      true,
    );
    expect(messages.some((m) => m.startsWith('La colonne facultative « Notes » manque.'))).toBe(true);
    expect(messages.some((m) => / figure aussi à la ligne 3\. Chaque fiche/.test(m))).toBe(true);
    expect(messages.some((m) => m.startsWith('E-mail : '))).toBe(true);
    expect(english(messages)).toEqual([]);
  });

  it('a tab the store cannot work with says so in French, naming the tab', () => {
    const id = String(records(emu, CITIES)[0]!.id);
    bound(emu).deleteSheet(bound(emu).sheetByName('Cities')!);
    const r = scriptRun(emu, coordinator, 'getCityProfile', id);
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.error.message;
    expect(text).toBe(
      'L’onglet « Cities » manque. Lancez SCN CRM › Données › Installer ou réparer le classeur pour le recréer.',
    );
    expect(english([text])).toEqual([]);
  });
});
