// Issue 10.10, setup half: dropdowns, checkboxes and date rules cover every data row and follow the rows as they
// are added (through the shipped bundle): the demo's tabs after setup, a repair of rules that fall short, rows the
// store adds. Inherited rules on inserted rows: test/emulator/fidelity-insertedRowsInherit.test.ts.
import { CONTACTS, ENGAGEMENTS, SENDS, type TabDef } from '../../../sheets-templates';
import { matchHeaders } from '../../../src/core/workbook/headerMatch';
import { validationOf } from '../../../src/core/workbook/tabDecorations';
import { Emulator } from '../../../src/emulator';
import type { SheetModel } from '../../../src/emulator/services/spreadsheet/install';
import { createWorkbook } from '../../../src/workbench/newWorkbook';
import { headers, OWNER, ok, setUpWorkbook, sheet, writeCalls } from '../workbook/harness';

const LISTS = { languages: ['en', 'fr', 'ar'], topics: ['Prevention'] };

/** 1-based columns of the tab that setup gives a rule. */
function ruledColumns(emu: Emulator, def: TabDef): { header: string; col: number }[] {
  const match = matchHeaders(def, headers(emu, def.name));
  return def.columns
    .filter((c) => validationOf(c, LISTS) && match.index[c.key] !== undefined)
    .map((c) => ({ header: c.header, col: match.index[c.key]! + 1 }));
}

/** Ruled columns lacking a rule on `row`. */
function unruledAt(emu: Emulator, def: TabDef, row: number): string[] {
  const s = sheet(emu, def.name);
  return ruledColumns(emu, def)
    .filter(({ col }) => s.formats.validation.get(row, col) === undefined)
    .map(({ header }) => `${header}@${row}`);
}

/** What a person removing the rules of the rows from `from` down (or an old setup that stopped there) leaves. */
function cutRules(s: SheetModel, from: number): void {
  s.formats.validation.set(
    { row: from, col: 1, numRows: s.maxRows - from + 1, numCols: s.maxColumns },
    undefined,
  );
}

function addContact(emu: Emulator, n: number): void {
  ok(emu, 'saveRecord', [
    { tab: 'Contacts', fields: { orgId: 'CTY-000001', name: `Person ${n}`, email: `p${n}@city.example` } },
  ]);
}

describe('data validation rules follow the rows (issue 10.10)', () => {
  it("the demo's Contacts, Engagements and Sends have their rules to the last row after setup", () => {
    const emu = new Emulator();
    const report = createWorkbook(emu, OWNER, 'demo');
    expect(report.setup).toBe('ran');
    for (const def of [CONTACTS, ENGAGEMENTS, SENDS]) {
      const s = sheet(emu, def.name);
      expect(s.lastRow()).toBeGreaterThan(1000);
      expect(ruledColumns(emu, def).length).toBeGreaterThan(0);
      expect([...unruledAt(emu, def, s.lastRow()), ...unruledAt(emu, def, s.maxRows)]).toEqual([]);
    }
    // Setup on the grown demo re-lays what depends on the grid size (protections, colours) and the demo's
    // Staff; run once more, it finds nothing to extend and writes nothing.
    ok(emu, 'setupWorkbook');
    const again = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    expect(again.value!.changes).toEqual([]);
    expect(writeCalls(again.execution.records)).toEqual([]);
  });

  it('setup/repair extends rules that fall short of the grid, then writes nothing', () => {
    const emu = setUpWorkbook();
    const contacts = sheet(emu, 'Contacts');
    const engagements = sheet(emu, 'Engagements');
    // Engagements: the grid grew (rows appended without rules); Contacts: the rules stop at row 600 of 1,000.
    engagements.insertRows(engagements.maxRows + 1, 2000);
    cutRules(engagements, 1001);
    cutRules(contacts, 601);
    expect(unruledAt(emu, ENGAGEMENTS, 3000).length).toBeGreaterThan(0);
    expect(unruledAt(emu, CONTACTS, 1000).length).toBeGreaterThan(0);

    const repair = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    expect(repair.value!.changes).toEqual(
      expect.arrayContaining([
        'Contacts: dropdowns, checkboxes and date rules extended to row 1000.',
        expect.stringMatching(/^Engagements: /),
      ]),
    );
    expect(unruledAt(emu, ENGAGEMENTS, 3000)).toEqual([]);
    expect(unruledAt(emu, CONTACTS, 1000)).toEqual([]);
    expect(unruledAt(emu, CONTACTS, 700)).toEqual([]);

    const again = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    expect(again.value!.changes).toEqual([]);
    expect(writeCalls(again.execution.records)).toEqual([]);
  });

  it('rows the store adds in a block are covered, even below rules that fell short', () => {
    const emu = setUpWorkbook();
    const contacts = sheet(emu, 'Contacts');
    // A three-row grid whose last row lost its rules: inheriting from the row above would give the new rows none.
    contacts.deleteRows(4, contacts.maxRows - 3);
    cutRules(contacts, 3);
    for (let n = 1; n <= 3; n++) addContact(emu, n);
    expect(contacts.lastRow()).toBe(4);
    expect(contacts.maxRows).toBeGreaterThan(4);
    expect(unruledAt(emu, CONTACTS, 4)).toEqual([]);
    expect(unruledAt(emu, CONTACTS, contacts.maxRows)).toEqual([]);
  });

  it("rows the store adds in a block take '@' in every text column and no other, in one format call", () => {
    const emu = setUpWorkbook();
    const contacts = sheet(emu, 'Contacts');
    // A three-row grid that lost its formats: inheriting from the row above would give the new rows none.
    contacts.deleteRows(4, contacts.maxRows - 3);
    contacts.formats.numberFormat.set(
      { row: 2, col: 1, numRows: 2, numCols: contacts.maxColumns },
      undefined,
    );
    for (let n = 1; n <= 2; n++) addContact(emu, n);
    const grown = ok(emu, 'saveRecord', [
      { tab: 'Contacts', fields: { orgId: 'CTY-000001', name: 'Person 3', email: 'p3@city.example' } },
    ]);
    const match = matchHeaders(CONTACTS, headers(emu, 'Contacts'));
    const wrong = CONTACTS.columns
      .filter((c) => match.index[c.key] !== undefined)
      .filter(
        (c) =>
          (contacts.formats.numberFormat.get(contacts.maxRows, match.index[c.key]! + 1) === '@') !==
          c.textOnly,
      )
      .map((c) => c.header);
    expect(contacts.maxRows).toBeGreaterThan(4);
    expect(wrong).toEqual([]);
    const formatCalls = writeCalls(grown.execution.records).filter((c) => /NumberFormat/.test(c.method));
    expect(formatCalls.map((c) => `${c.type}.${c.method}`)).toEqual(['RangeList.setNumberFormat']);
  });
});
