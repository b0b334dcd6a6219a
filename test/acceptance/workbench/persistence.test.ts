// Acceptance (issue 7, "saved after every execution without losing earlier writes if the process is killed"): the
// state file (with the rows not yet in the .xlsx) is on disk when an execution returns, the .xlsx follows from a
// worker thread; what a kill leaves at any moment — copied here right after an edit, before the .xlsx is rewritten —
// opens with every saved change. Also: a new workbook's tab bar starts with the CRM's tabs (no blank 'Sheet1').
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { statePathOf } from '../../../src/workbench/persistence/workbookFile';
import type { Workbench } from '../../../src/workbench/workbench';
import { start, tempWorkbook } from './support';
import { XlsxByHand } from './xlsxByHand';

/** The file pair as a kill at this instant leaves it (temporary files included), in a new folder. */
function copyAsKilled(file: string): string {
  const copy = tempWorkbook();
  for (const f of fs.readdirSync(path.dirname(file)))
    fs.copyFileSync(path.join(path.dirname(file), f), path.join(path.dirname(copy), f));
  return copy;
}

function cell(wb: Workbench, tab: string, row: number, col: number): unknown {
  return wb.engine.model.sheetByName(tab)!.getValues(row, col, 1, 1)[0]![0];
}

// Each test opens the workbook once or twice (about 7 s each on a loaded 2-core machine, with the .xlsx's rules): 3 min.
describe('workbench saves: state file at once, .xlsx in the background', () => {
  const file = tempWorkbook();
  let wb: Workbench;
  const others: Workbench[] = [];

  beforeAll(async () => {
    wb = await start(file);
    await wb.saver.flush();
  }, 180_000);

  afterAll(async () => {
    for (const w of [wb, ...others]) await w?.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it("starts a new workbook with the CRM's tabs: the blank 'Sheet1' is gone", () => {
    const names = wb.engine.model.sheets.map((s) => s.name);
    expect(names).not.toContain('Sheet1');
    expect(names[0]).toBe('Cities');
  });

  it('an edit is in the state file when the execution returns; a kill before the .xlsx is rewritten keeps it', async () => {
    const xlsxBefore = fs.readFileSync(file);
    const r = wb.engine.editCell('Contacts', 2, 4, 'Killed before the xlsx');
    expect(r.ok).toBe(true);
    // The edit and the copy run in one turn of the event loop, so the .xlsx cannot have been replaced in between:
    // the copy holds the previous .xlsx byte for byte, without the edit — only the state file can bring it back.
    const killed = copyAsKilled(file);
    expect(fs.readFileSync(killed).equals(xlsxBefore)).toBe(true);
    const contacts = new XlsxByHand(fs.readFileSync(killed)).sheet('Contacts').cells;
    expect(contacts.get('D2')).toBeDefined();
    expect(contacts.get('D2')).not.toBe('Killed before the xlsx');
    const second = await start(killed);
    others.push(second);
    expect(second.summary.warnings).toEqual([]);
    expect(cell(second, 'Contacts', 2, 4)).toBe('Killed before the xlsx');
    // onEdit's own writes in the same row (the version) are kept too.
    expect(cell(second, 'Contacts', 2, 19)).toBe(cell(wb, 'Contacts', 2, 19));
  }, 180_000);

  it('edits made while an .xlsx is being written are coalesced into the next one, and the pair opens the same', async () => {
    for (let i = 1; i <= 5; i++) expect(wb.engine.editCell('Contacts', 3, 4, `Edit ${i}`).ok).toBe(true);
    const killed = copyAsKilled(file);
    await wb.saver.flush();
    // Fewer .xlsx files than saved states: edits that came in during a write share the next one.
    expect(wb.saver.saves).toBeLessThan(wb.saver.generation);
    const fromKill = await start(killed);
    others.push(fromKill);
    expect(cell(fromKill, 'Contacts', 3, 4)).toBe('Edit 5');

    // After the flush, the .xlsx alone holds the edits (an independent reader sees them), and the journal is empty.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.getWorksheet('Contacts')!.getRow(3).getCell(4).value).toBe('Edit 5');
    const state = JSON.parse(fs.readFileSync(statePathOf(file), 'utf8')) as {
      journal: { sheets: { lines: unknown[] }[] };
    };
    expect(state.journal.sheets.every((s) => s.lines.length === 0)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 180_000);
});
