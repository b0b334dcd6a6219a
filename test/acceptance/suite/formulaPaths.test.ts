// Issue 19 item 4: formula-like text driven through every write path onto cells whose '@' format was cleared (a user
// can "Clear formatting"), then the emulator's cells read host-side: no formula anywhere, the text read back as typed.

import { TABLE_TABS } from '../../../sheets-templates';
import { APPLICATION_FORM, questionsOf } from '../../../sheets-templates/forms';
import { normaliseShortText } from '../../../src/core/schema/cells';
import { restoreText } from '../../../src/core/schema/text';
import type { Emulator } from '../../../src/emulator';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { formulaLikeStrings } from '../../support/reliability/corpus';
import { COORDINATOR, call, SEED, seededWorkbook } from '../../support/reliability/fixtures';
import {
  APP_ID,
  applicationAnswers,
  enquiryAnswers,
  formIdOf,
  intakeWorkbook,
} from '../../support/reliability/intakeFixtures';
import type { Violation } from '../../support/reliability/invariants';
import { editCell } from '../../support/reliability/operations';
import { OWNER, recordRows, sheetOf } from '../../support/reliability/workbookView';

/** The formula-like strings a spreadsheet would evaluate: starting with =, +, -, @, tab or CR. */
const FORMULAS = formulaLikeStrings().filter((s) => /^[=+\-@\t\r]/.test(s));

/** Clears every format of the tabs, host-side, as "Clear formatting" does: the '@' plain-text format is gone. */
function clearFormats(emu: Emulator, tabs: readonly string[]): void {
  for (const tab of tabs) {
    const sheet = sheetOf(emu, tab);
    if (!sheet) throw new Error(`no tab ${tab}`);
    sheet.clearFormat(sheet.fullRect());
  }
}

/** Every formula in the table tabs (Audit included), read from the emulator's cells with getFormulas. */
function formulasIn(emu: Emulator, where: string): Violation[] {
  const out: Violation[] = [];
  for (const def of TABLE_TABS) {
    const sheet = sheetOf(emu, def.name);
    if (!sheet || sheet.lastRow() === 0) continue;
    sheet.getFormulas(1, 1, sheet.lastRow(), sheet.lastColumn()).forEach((line, i) => {
      line.forEach((f, j) => {
        if (f !== '')
          out.push({ check: 'formula', detail: `${where}: ${def.name}!R${i + 1}C${j + 1} = ${f}` });
      });
    });
  }
  return out;
}

/** The text a field reads back host-side (restoreText: the read rule every product read applies). */
function readBack(emu: Emulator, tab: string, id: string, key: string): unknown {
  const def = TABLE_TABS.find((d) => d.name === tab)!;
  const v = recordRows(emu, def).find((r) => r.id === id)?.cells[key];
  return typeof v === 'string' ? restoreText(v) : v;
}

/** The documented rule (README, "Text kept as typed"): one-line text trimmed, paragraph text kept exactly. */
function expectedText(tab: string, key: string, s: string): string {
  const column = TABLE_TABS.find((d) => d.name === tab)!.columns.find((c) => c.key === key)!;
  if (column.type === 'text') return normaliseShortText(s);
  return s;
}

/**
 * Each field reads back as typed (after the documented normalisation); `trimmed` accepts the answer trimmed of
 * surrounding white space, as form answers are recorded (see intakeBadInput.test.ts, TRIMMED).
 */
function exact(
  emu: Emulator,
  tab: string,
  id: string,
  keys: string[],
  s: string,
  where: string,
  trimmed = false,
): Violation[] {
  return keys.flatMap((k) => {
    const got = readBack(emu, tab, id, k);
    const want = expectedText(tab, k, s);
    return got === want || (trimmed && got === want.trim())
      ? []
      : [
          {
            check: 'stored',
            detail: `${where}: ${tab} ${id} ${k} reads ${JSON.stringify(got)}, not ${JSON.stringify(want)}`,
          },
        ];
  });
}

const short = (s: string) => JSON.stringify(s.length > 30 ? `${s.slice(0, 30)}…` : s);

describe("formula-like text on cells whose '@' format was cleared", () => {
  it.each(FORMULAS.map((s) => [short(s), s] as const))(
    'sidebar saves of cities, contacts, partners, hubs and engagements: %s stays text',
    (label, s) => {
      const emu = seededWorkbook();
      clearFormats(emu, ['Cities', 'Contacts', 'Partners', 'Hubs', 'Engagements', 'Audit']);
      const found: Violation[] = [];
      const saved = <T>(fn: string, args: unknown[]): T => {
        const r = emu.run<T & { ok?: boolean; message?: string }>(fn, args, { user: OWNER });
        if (r.status !== 'ok' || r.value?.ok === false)
          throw new Error(`${fn} with ${label}: ${r.error ?? r.value?.message}`);
        return r.value as T;
      };
      saved('saveCity', [{ id: SEED.cities[1], version: 1, fields: { localName: s, notes: s } }]);
      found.push(...exact(emu, 'Cities', SEED.cities[1]!, ['localName', 'notes'], s, 'saveCity'));
      saved('saveContact', [{ id: SEED.contacts[1], version: 1, fields: { title: s, notes: s } }]);
      found.push(...exact(emu, 'Contacts', SEED.contacts[1]!, ['title', 'notes'], s, 'saveContact'));
      const contact = saved<{ record: { id: string } }>('saveContact', [
        { fields: { orgId: SEED.cities[0], name: s, category: 'other', language: 'en', notes: s } },
      ]);
      found.push(...exact(emu, 'Contacts', contact.record.id, ['name', 'notes'], s, 'saveContact create'));
      saved('savePartner', [{ id: SEED.partner, version: 1, fields: { name: s, notes: s } }]);
      found.push(...exact(emu, 'Partners', SEED.partner, ['name', 'notes'], s, 'savePartner'));
      const hub = saved<{ id: string }>('saveRecord', [{ tab: 'Hubs', fields: { name: s } }]);
      found.push(...exact(emu, 'Hubs', hub.id, ['name'], s, 'saveRecord Hubs'));
      const engagement = saved<{ record: { id: string } }>('logEngagement', [
        { fields: { date: '2025-03-01', type: 'meeting', cityIds: [SEED.cities[1]], summary: s } },
      ]);
      found.push(...exact(emu, 'Engagements', engagement.record.id, ['summary'], s, 'logEngagement'));
      found.push(...formulasIn(emu, `sidebar saves of ${label}`));
      expect(found).toEqual([]);
    },
  );

  it.each(FORMULAS.map((s) => [short(s), s] as const))(
    'onEdit audit rows (Audit formats cleared): %s typed in a cell and pasted over an id stays text',
    (label, s) => {
      const emu = seededWorkbook();
      clearFormats(emu, ['Audit']);
      // Typed into Notes and over the row's id: both columns keep their '@' format, so the cells hold the text.
      const typed = editCell(emu, 'Cities', 'Notes', 2, s);
      const pasted = editCell(emu, 'Cities', 'City ID', 3, s);
      expect([typed.status, pasted.status]).toEqual(['ok', 'ok']);
      const audit = recordRows(emu, TABLE_TABS.find((d) => d.name === 'Audit')!);
      const ids = audit.map((a) =>
        typeof a.cells['recordId'] === 'string' ? restoreText(a.cells['recordId']) : a.cells['recordId'],
      );
      expect(ids).toContain(s);
      expect(formulasIn(emu, `onEdit with ${label}`)).toEqual([]);
    },
  );

  it.each(FORMULAS.map((s) => [short(s), s] as const))(
    'form intake, then approval creating the city, contacts and needs: %s stays text',
    (label, s) => {
      const emu = intakeWorkbook();
      clearFormats(emu, ['Applications', 'Cities', 'Contacts', 'Needs', 'Audit', 'Sends']);
      const title = (key: string) => questionsOf(APPLICATION_FORM).find((q) => q.key === key)!.title;
      const submit = (kind: 'enquiry' | 'application', answers: Record<string, string | string[]>) => {
        const r = submitFormResponse(emu, { formId: formIdOf(emu, kind), answers });
        expect(r.triggers.map((t) => t.status)).toEqual(['ok']);
      };
      submit('enquiry', enquiryAnswers({ message: s, position: s }));
      call(emu, 'sendApplicationLink', [APP_ID], COORDINATOR);
      submit(
        'application',
        applicationAnswers(APP_ID, {
          [title('contact1Title')]: s,
          [title('contact2Title')]: s,
          [title('background')]: s,
        }),
      );
      const found = [...formulasIn(emu, `intake of ${label}`)];
      found.push(
        ...exact(
          emu,
          'Applications',
          APP_ID,
          ['enquiryMessage', 'background', 'submitterPosition'],
          s,
          'intake',
          true,
        ),
      );
      call(emu, 'getApplicationReview', [APP_ID], COORDINATOR);
      const approval = emu.run('approveApplication', [APP_ID], { user: COORDINATOR });
      expect(approval.status).toBe('ok');
      const contacts = recordRows(emu, TABLE_TABS.find((d) => d.name === 'Contacts')!);
      expect(contacts.length).toBe(2);
      for (const c of contacts) found.push(...exact(emu, 'Contacts', c.id, ['title'], s, 'approval', true));
      found.push(...formulasIn(emu, `approval of ${label}`));
      expect(found).toEqual([]);
    },
  );
});
