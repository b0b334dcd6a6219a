// Issue 18: the googleapis CLI, run with the real `googleapis` client against the local fake Google
// (src/fakeGoogle, on 127.0.0.1 through the client's rootUrl). This file: the benchmark workbook backed up
// and restored into a new spreadsheet, losslessly. More in test/acceptance/googleapis/: restore and diff in place,
// resuming, quotas and errors, provisioning, the fake's fidelity.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { benchEmulator } from '../../bench/benchWorkbook';
import { sha256 } from '../../src/cli/backup/backupFolder';
import type { SheetModel } from '../../src/emulator/services/spreadsheet/install';
import type { FakeGoogle } from '../../src/fakeGoogle/fakeGoogle';
import { crm, OWNER, startFake, tempDir, workbookDifferences } from '../support/googleapis/harness';

jest.setTimeout(600_000);

function column(sheet: SheetModel, header: string): number {
  const i = sheet.getValues(1, 1, 1, sheet.maxColumns)[0]!.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${sheet.name}`);
  return i + 1;
}

describe('backup → restore of the benchmark workbook (issue 18)', () => {
  let fake: FakeGoogle;
  afterAll(() => fake?.stop());

  it('restores into a new spreadsheet every value, date, formula, note, number format, rule and protection', async () => {
    const emu = benchEmulator('bench');
    const book = emu.backend.stores.spreadsheets.bound;
    // Content that a careless round trip breaks: text that looks like a formula, a number or a boolean, a real
    // formula, a note on a data cell, a date with a time of day.
    const cities = book.sheetByName('Cities')!;
    const notes = column(cities, 'Notes');
    cities.setValuesRaw(2, notes, [['=SUM(A1:A2)']]);
    cities.setValuesRaw(3, notes, [['00123']]);
    cities.setValuesRaw(4, notes, [['TRUE']]);
    cities.setValuesRaw(5, notes, [['1e5']]);
    cities.writeContents(6, notes, [[{ value: '', formula: '=B6&" (copy)"' }]]);
    cities.formats.note.set({ row: 7, col: notes, numRows: 1, numCols: 1 }, 'Checked by phone');
    cities.setValuesRaw(8, column(cities, 'Joined on'), [[new Date(Date.UTC(2024, 2, 31, 0, 30, 15, 250))]]);
    fake = await startFake(emu);
    const out = tempDir('scn-backup-');
    const backup = await crm(fake, ['backup', '--spreadsheet', book.id, '--out', out]);
    expect(backup.err).toMatch(/Backed up "Strong Cities CRM": \d+ tabs/);
    expect(backup.code).toBe(0);
    const dir = backup.out.at(-1)!;
    const backupRequests = fake.count('sheets');

    // The folder: a manifest with a checksum per tab that matches each file, and an .xlsx that opens.
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.complete).toBe(true);
    expect(manifest.tabs.map((t: { title: string }) => t.title)).toEqual(book.sheets.map((s) => s.name));
    for (const t of manifest.tabs)
      expect(sha256(fs.readFileSync(path.join(dir, t.file), 'utf8'))).toBe(t.sha256);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, manifest.xlsx));
    expect(wb.getWorksheet('Cities')?.getCell(2, notes).value).toBe('=SUM(A1:A2)');
    // Batch reads: a handful of requests for the whole workbook, not one per tab row or cell.
    expect(backupRequests).toBeLessThan(60);

    const target = emu.backend.stores.spreadsheets.create('Restored', { owner: OWNER });
    const restore = await crm(fake, ['restore', '--from', dir, '--spreadsheet', target.id, '--yes']);
    expect(restore.code).toBe(0);
    expect(restore.out.join('\n')).toMatch(/Restored \d+ rows in \d+ tabs/);
    expect(workbookDifferences(book, target)).toEqual([]);
    const restored = target.sheetByName('Cities')!;
    expect(restored.formulas[1]?.[notes - 1]).toBeUndefined();
    expect(restored.getValues(2, notes, 4, 1).flat()).toEqual(['=SUM(A1:A2)', '00123', 'TRUE', '1e5']);
    expect(restored.formulas[5]?.[notes - 1]).toBe('=B6&" (copy)"');
    // And the restored workbook diffs clean against the backup.
    const diff = await crm(fake, ['diff', '--spreadsheet', target.id, '--from', dir]);
    expect(diff.out.join('\n')).toContain('No differences');
  });
});
