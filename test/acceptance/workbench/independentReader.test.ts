// Acceptance (issue 7, "A test opens the saved .xlsx with an independent reader and finds the same values the
// workbench shows"): the file is unzipped with node's zlib and its XML read by hand (xlsxByHand.ts), sharing no code
// with exceljs, which writes it; what the page shows comes from the page's own API (/api/sheet, the grid's data).
import fs from 'node:fs';
import path from 'node:path';
import type { SheetWindow } from '../../../src/workbench/http/sheetWindow';
import { LIST_SHEET } from '../../../src/workbench/persistence/xlsxValidations';
import type { Workbench } from '../../../src/workbench/workbench';
import { start, tempWorkbook } from './support';
import { a1, serialToDay, XlsxByHand } from './xlsxByHand';

const ROWS = 40;

describe('the saved .xlsx read without exceljs holds what the workbench shows', () => {
  const file = tempWorkbook();
  let wb: Workbench;
  let xlsx: XlsxByHand;
  const shown: Record<string, SheetWindow> = {};

  beforeAll(async () => {
    wb = await start(file);
    // An edit through the page's API, so the file is checked after a save of a change, not only the first write.
    const edit = await fetch(`${wb.url}api/edit`, {
      method: 'POST',
      body: JSON.stringify({ sheet: 'Contacts', row: 2, col: 4, value: 'Édile adjoint — «test» & <co>' }),
    });
    expect(((await edit.json()) as { ok: boolean }).ok).toBe(true);
    await wb.saver.flush();
    for (const tab of ['Cities', 'Contacts'])
      shown[tab] = (await (
        await fetch(`${wb.url}api/sheet?name=${encodeURIComponent(tab)}&start=1&count=${ROWS}`)
      ).json()) as SheetWindow;
    xlsx = new XlsxByHand(fs.readFileSync(file));
  }, 120_000);

  afterAll(async () => {
    await wb?.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  const column = (tab: string, header: string): number => {
    const c = shown[tab]!.rows[0]!.indexOf(header);
    if (c < 0) throw new Error(`No ${header} column in ${tab}`);
    return c + 1;
  };

  it('lists the same tabs, in the same order', () => {
    const tabs = wb.engine.model.sheets.map((s) => s.name);
    // …and, last, the hidden sheet the long list rules refer to (xlsxValidations.ts).
    expect([...xlsx.sheets.keys()]).toEqual([...tabs, LIST_SHEET]);
  });

  it.each(['Cities', 'Contacts'])('has the text cells of %s as the grid shows them', (tab) => {
    const { cells } = xlsx.sheet(tab);
    const grid = shown[tab]!;
    const textColumns =
      tab === 'Cities' ? ['City ID', 'Name', 'Country'] : ['Contact ID', 'Name', 'Title', 'Email'];
    let compared = 0;
    for (let r = 1; r <= grid.rows.length; r++)
      for (const header of textColumns) {
        const c = grid.rows[0]!.indexOf(header) + 1;
        if (c === 0) continue;
        const text = grid.rows[r - 1]![c - 1]!;
        expect([a1(r, c), cells.get(a1(r, c)) ?? '']).toEqual([a1(r, c), text]);
        if (text) compared++;
      }
    expect(compared).toBeGreaterThan(ROWS);
    if (tab === 'Contacts')
      expect(cells.get(a1(2, column('Contacts', 'Title')))).toBe('Édile adjoint — «test» & <co>');
  });

  it('stores a date as an Excel serial of the day the grid shows, and a number as a number', () => {
    const { cells } = xlsx.sheet('Cities');
    const rows = shown.Cities!.rows;
    const joined = column('Cities', 'Joined on');
    const r = rows.findIndex((line, i) => i > 0 && line[joined - 1] !== '') + 1;
    expect(r).toBeGreaterThan(1);
    const serial = cells.get(a1(r, joined));
    expect(typeof serial).toBe('number');
    const day = serialToDay(serial as number);
    // The grid shows the day in the sheet's date format; its parts are the same year, month and day.
    const [y, m, d] = day.split('-').map(Number);
    const shownDay = rows[r - 1]![joined - 1]!;
    expect(shownDay.match(/\d+/g)!.map(Number).sort()).toEqual([y, m, d].sort());
    // …and the day the workbook holds, in the script's time zone (Excel serials are wall-clock days).
    const held = wb.engine.model.sheetByName('Cities')!.getValues(r, joined, 1, 1)[0]![0];
    expect(held).toBeInstanceOf(Date);
    expect(day).toBe((held as Date).toLocaleDateString('en-CA', { timeZone: wb.engine.model.timeZone }));

    const population = column('Cities', 'Population');
    const p = rows.findIndex((line, i) => i > 0 && line[population - 1] !== '') + 1;
    const n = cells.get(a1(p, population));
    expect(typeof n).toBe('number');
    expect(Number(rows[p - 1]![population - 1]!.replace(/[^\d.-]/g, ''))).toBe(n);
  });

  it("keeps the membership status column's list validation with the values the grid offers", () => {
    const { lists } = xlsx.sheet('Cities');
    const status = column('Cities', 'Membership status');
    const letter = a1(1, status).replace(/\d+$/, '');
    const rule = lists.find((l) => l.sqref.split(' ').some((ref) => ref.startsWith(`${letter}2`)));
    expect(rule).toBeDefined();
    const offered = shown.Cities!.lists[String(status)];
    expect(offered?.length).toBeGreaterThan(1);
    expect(rule!.formula.split(',')).toEqual(offered);
    // Every status the grid shows is one of the list's values.
    const values = new Set(rule!.formula.split(','));
    for (const line of shown.Cities!.rows.slice(1))
      if (line[status - 1]) expect(values).toContain(line[status - 1]);
  });
});
