// Built-in templates in old workbooks (issue 12): setup/repair brings a keyed Templates row nobody edited — its text
// is one an earlier version seeded — to the current built-in text, and keeps a row someone edited, naming it.

import { EMAIL_TEMPLATES } from '../../../sheets-templates/emails';
import type { Emulator } from '../../../src/emulator';
import { intakeWorkbook, ok, sheet, values } from '../intake/harness';

/** The Daily digest body as setup seeded it before the unknown-sends lines were added (issue 12 item 7). */
const OLDER: Record<string, string> = {
  en: 'Mailing emails to check by hand in the Sent folder ({{UnknownSendsCount|0}}):\n{{UnknownSendsList|None.}}\n\n',
  es: 'Correos de envíos por comprobar a mano en la carpeta Enviados ({{UnknownSendsCount|0}}):\n{{UnknownSendsList|Ninguno.}}\n\n',
};
/** The lines issue 17 added after them (follow-ups and incidents): the older text had neither. */
const RELATIONS: Record<string, RegExp> = {
  en: /Your follow-ups due or overdue[\s\S]*?\{\{IncidentsList\|None\.\}\}\n\n/,
  es: /Sus seguimientos pendientes[\s\S]*?\{\{IncidentsList\|Ninguna\.\}\}\n\n/,
};
const current = (language: string) => EMAIL_TEMPLATES.dailyDigest.variants[language]!.body;

function rowOf(emu: Emulator, key: string, language: string): { row: number; body: string; col: number } {
  const rows = values(emu, 'Templates');
  const head = rows[0]!.map(String);
  const i = rows.findIndex(
    (r) => r[head.indexOf('Built-in email')] === key && r[head.indexOf('Language')] === language,
  );
  if (i < 0) throw new Error(`no Templates row for ${key} ${language}`);
  const col = head.indexOf('Body');
  return { row: i + 1, body: String(rows[i]![col]), col: col + 1 };
}

function setBody(emu: Emulator, key: string, language: string, body: string): void {
  const r = rowOf(emu, key, language);
  sheet(emu, 'Templates').setValuesRaw(r.row, r.col, [[body]]);
}

describe('setup refreshes the built-in templates nobody edited', () => {
  const emu = intakeWorkbook();
  const older = (language: string) =>
    current(language).replace(RELATIONS[language]!, '').replace(OLDER[language]!, '');

  it('brings the rows holding an older seeded text to the current one, keeps an edited row and names it', () => {
    expect(older('en')).not.toBe(current('en'));
    setBody(emu, 'dailyDigest', 'en', older('en'));
    setBody(emu, 'dailyDigest', 'es', older('es'));
    setBody(emu, 'dailyDigest', 'fr', 'Bonjour {{Recipient}}, notre propre texte.');
    const arBefore = rowOf(emu, 'dailyDigest', 'ar').body;
    const report = ok<{ changes: string[] }>(emu, 'setupWorkbook').value!;
    expect(report.changes).toContain(
      'Templates: 2 row(s) of the built-in emails never edited brought to the current text (dailyDigest en, dailyDigest es).',
    );
    expect(report.changes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Templates: 1 row\(s\) of the built-in emails were edited and are kept as they are \(Daily digest fr\)/,
        ),
      ]),
    );
    expect(rowOf(emu, 'dailyDigest', 'en').body).toBe(current('en'));
    expect(rowOf(emu, 'dailyDigest', 'es').body).toBe(current('es'));
    expect(rowOf(emu, 'dailyDigest', 'fr').body).toBe('Bonjour {{Recipient}}, notre propre texte.');
    expect(rowOf(emu, 'dailyDigest', 'ar').body).toBe(arBefore);
  });

  it('changes nothing the second time, and still names the edited row', () => {
    const report = ok<{ changes: string[] }>(emu, 'setupWorkbook').value!;
    expect(report.changes.filter((c) => /never edited brought/.test(c))).toEqual([]);
    expect(report.changes.filter((c) => /were edited and are kept/.test(c))).toHaveLength(1);
  });

  it('a text edited by only one character is kept (not mistaken for an older seeded one)', () => {
    setBody(emu, 'dailyDigest', 'en', `${older('en')} `);
    ok(emu, 'setupWorkbook');
    expect(rowOf(emu, 'dailyDigest', 'en').body).toBe(`${older('en')} `);
  });
});
