// Issue 10 item 8, the Settings tab (through the shipped bundle): the Notes column setup writes is in the workbook's
// language like the header notes; a built-in note is rewritten when the language changes, a note someone wrote is
// kept, and a setting added by setup to a French workbook comes with its French note.
import { SETTING_KEYS } from '../../../sheets-templates/settingsKeys';
import { settingNoteFr } from '../../../src/core/messages/settingNotesFr';
import { setSetting } from '../intake/harness';
import { ok, setUpWorkbook, sheet, values } from '../workbook/harness';

const ENGLISH = /\b(the|when|every|of|to|is|are|means|days to)\b/;

function notesByKey(emu: ReturnType<typeof setUpWorkbook>): Map<string, string> {
  const rows = values(emu, 'Settings');
  const h = rows[0]!.map(String);
  const k = h.indexOf('Key');
  const n = h.indexOf('Notes');
  return new Map(rows.slice(1).map((r) => [String(r[k]), String(r[n] ?? '')]));
}

describe('the Settings tab’s notes follow the workbook’s language (issue 10 item 8)', () => {
  it('every setting has a French note that names it', () => {
    const missing = SETTING_KEYS.filter((d) => settingNoteFr(d.field) === undefined).map((d) => d.key);
    expect(missing).toEqual([]);
    for (const d of SETTING_KEYS) expect(settingNoteFr(d.field)).not.toMatch(ENGLISH);
  });

  it('setup rewrites the built-in notes in French, keeps a written note, and adds a missing key in French', () => {
    const emu = setUpWorkbook();
    const english = notesByKey(emu);
    expect(english.get('SLA working days')).toMatch(/^Working days to answer/);
    // Someone's own note on one key; one key removed (as if added by a later version).
    const rows = values(emu, 'Settings');
    const notesCol = rows[0]!.map(String).indexOf('Notes') + 1;
    const holidays = rows.findIndex((r) => r[0] === 'Holidays');
    sheet(emu, 'Settings').setValuesRaw(holidays + 1, notesCol, [
      ['Jours fériés du Royaume-Uni, tenus par Amal.'],
    ]);
    const last = rows.length;
    const lastKey = SETTING_KEYS[SETTING_KEYS.length - 1]!;
    expect(rows[last - 1]![0]).toBe(lastKey.key);
    sheet(emu, 'Settings').setValuesRaw(last, 1, [['', '', '']]);
    setSetting(emu, 'Default language', 'fr');
    ok(emu, 'setupWorkbook');
    const french = notesByKey(emu);
    expect(french.get('SLA working days')).toBe(settingNoteFr('slaWorkingDays'));
    expect(french.get('Holidays')).toBe('Jours fériés du Royaume-Uni, tenus par Amal.');
    expect(french.get(lastKey.key)).toBe(settingNoteFr(lastKey.field));
    const englishLeft = [...french.entries()].filter(([k, n]) => k !== '' && ENGLISH.test(n));
    expect(englishLeft).toEqual([]);
    // Back to English: the French built-in notes become English again; the written note stays.
    setSetting(emu, 'Default language', 'en');
    ok(emu, 'setupWorkbook');
    const back = notesByKey(emu);
    expect(back.get('SLA working days')).toBe(english.get('SLA working days'));
    expect(back.get('Holidays')).toBe('Jours fériés du Royaume-Uni, tenus par Amal.');
  });
});
