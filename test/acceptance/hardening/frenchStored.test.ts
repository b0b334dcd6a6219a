// Issue 10 item 8, the rest of the English (through the shipped bundle): text stored in a French workbook (header
// notes, date-rule help, Issues found lines, Audit lines of refused grid edits) is written in French, the workbook's
// language (Settings › Default language); setup's toast and Settings problems are shown in the reader's language.
import { AUDIT, CONTACTS, ENGAGEMENTS, STAFF } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { fireEdit } from '../../../src/emulator/events';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { columnLetters } from '../../../src/emulator/services/spreadsheet/install';
import { applicationRows, enquiryAnswers, formId, intakeWorkbook, setSetting } from '../intake/harness';
import { bound, demoEmulator, OWNER, records, runOk } from '../sidebars/harness';
import { headers, ok, setUpWorkbook, sheet } from '../workbook/harness';

/** Words only an English sentence has. */
const ENGLISH = /\b(the|was|were|is not|changed|directly|but|replaced|setting|using|tab created)\b/i;

function frenchWorkbook(emu: Emulator): void {
  setSetting(emu, 'Default language', 'fr');
}

describe('stored text follows the workbook’s language, shown text the reader’s (issue 10 item 8)', () => {
  it('setup writes the header notes and the date rule’s help text in French for a French workbook', () => {
    const emu = setUpWorkbook();
    const englishNote = sheet(emu, CONTACTS.name).formats.note.get(1, 1);
    expect(englishNote).toMatch(/^Set by the add-on/);
    frenchWorkbook(emu);
    ok(emu, 'setupWorkbook');
    const contacts = sheet(emu, CONTACTS.name);
    expect(contacts.formats.note.get(1, 1)).toMatch(/^Renseigné par le module/);
    const notes = headers(emu, CONTACTS.name).map((_h, i) =>
      String(contacts.formats.note.get(1, i + 1) ?? ''),
    );
    expect(notes.filter((n) => n !== '' && ENGLISH.test(n))).toEqual([]);
    const audit = sheet(emu, AUDIT.name);
    const auditNotes = headers(emu, AUDIT.name).map((_h, i) =>
      String(audit.formats.note.get(1, i + 1) ?? ''),
    );
    expect(auditNotes.filter((n) => n !== '' && ENGLISH.test(n))).toEqual([]);
    const dateCol = ENGAGEMENTS.columns.findIndex((c) => c.key === 'date') + 1;
    const rule = sheet(emu, ENGAGEMENTS.name).formats.validation.get(2, dateCol);
    expect(rule?.helpText).toBe('Une date, par ex. 2025-03-31.');
  });

  it('setup’s toast is in the language of the person who ran it', () => {
    const emu = setUpWorkbook();
    runOk(emu, OWNER, 'setUiLanguage', 'fr');
    const toasts = bound(emu).ui.toasts;
    const before = toasts.length;
    ok(emu, 'setupWorkbook');
    frenchWorkbook(emu);
    ok(emu, 'setupWorkbook');
    const shown = toasts.slice(before).map((t) => `${t.title} — ${t.message}`);
    expect(shown[0]).toBe(
      'Installer ou réparer le classeur — Tout est en ordre : rien à installer ni à réparer.',
    );
    expect(shown[1]).toMatch(
      /^Installer ou réparer le classeur — \d+ modification\(s\) faite\(s\)\. (Settings : \d+ note\(s\) écrite\(s\) dans la langue du classeur\. )?\w+ : notes/,
    );
    expect(shown.filter((s) => ENGLISH.test(s))).toEqual([]);
  });

  it('intake writes Issues found lines in French for a French workbook (markers kept)', () => {
    const emu = intakeWorkbook();
    frenchWorkbook(emu);
    submitFormResponse(emu, {
      formId: formId(emu, 'enquiry'),
      answers: enquiryAnswers({ city: 'Irbid\nGovernorate' }),
    });
    const issues = String(applicationRows(emu)[0]!['Issues found']);
    expect(issues).toMatch(/^\[error\] City : les retours à la ligne ont été remplacés par des espaces/m);
    expect(issues.split('\n').filter((l) => ENGLISH.test(l))).toEqual([]);
  });

  it('a field check’s own words in Issues found are French too, whatever the trigger owner’s language', () => {
    const emu = intakeWorkbook();
    frenchWorkbook(emu);
    // Someone removed the email question's validation in Forms, so an invalid address reaches the trigger.
    const form = emu.backend.stores.comms.forms.get(formId(emu, 'enquiry'))!;
    for (const item of form.items) delete (item as { validation?: unknown }).validation;
    submitFormResponse(emu, {
      formId: formId(emu, 'enquiry'),
      answers: enquiryAnswers({ email: 'amina.haddad@' }),
    });
    const issues = String(applicationRows(emu)[0]!['Issues found']);
    expect(issues).toMatch(/n’est pas une adresse e-mail valable/);
    expect(issues.split('\n').filter((l) => ENGLISH.test(l) || /not a valid/.test(l))).toEqual([]);
  });

  it('a refused grid edit is written to Audit in French; Validate words its flag in the reader’s language', () => {
    const emu = demoEmulator();
    ok(emu, 'setupWorkbook');
    frenchWorkbook(emu);
    const contact = records(emu, CONTACTS)[0]!;
    const viewer = String(records(emu, STAFF).find((s) => s.role === 'viewer' && s.active === true)!.email);
    const before = records(emu, AUDIT).length;
    const col = CONTACTS.columns.findIndex((c) => c.key === 'notes') + 1;
    const a1 = `${columnLetters(col)}${contact._row}`;
    fireEdit(emu, { user: viewer, sheetName: CONTACTS.name, a1, values: [['typed by a viewer']] });
    const paste = `${columnLetters(col)}${contact._row}:${columnLetters(col)}${contact._row + 1}`;
    fireEdit(emu, { user: viewer, sheetName: CONTACTS.name, a1: paste, values: [['a'], ['b']] });
    const added = records(emu, AUDIT)
      .slice(before)
      .map((r) => String(r.summary));
    expect(added[0]).toMatch(/^Annulée : .* a modifié .* directement dans la feuille, mais les lecteurs/);
    expect(added[1]).toMatch(/^NOT ALLOWED, vérifiez cette ligne : /);
    expect(added.filter((s) => ENGLISH.test(s.replace('NOT ALLOWED', '')))).toEqual([]);
    // Validate reads the flag to an English reader in English, from its code.
    const report = ok<{ problems: { message: string }[] }>(emu, 'checkWorkbook').value!;
    expect(report.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/was changed directly in the sheet by .*, but viewers read the workbook only/),
    );
  });

  it('Settings problems are shown in the reader’s language', () => {
    const emu = setUpWorkbook();
    setSetting(emu, 'SLA working days', 'trois');
    runOk(emu, OWNER, 'setUiLanguage', 'fr');
    const report = ok<{ problems: { message: string }[] }>(emu, 'checkWorkbook').value!;
    expect(report.problems.map((p) => p.message)).toContainEqual(
      'SLA working days : “trois” n’est pas un nombre entier ; la valeur 3 est utilisée.',
    );
  });
});
