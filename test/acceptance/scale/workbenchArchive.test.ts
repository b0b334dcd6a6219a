// Archive history through the workbench: the yearly archives the script creates are saved beside the workbook and
// come back after a restart with their ids, rows, owner and Drive folder; a rerun creates no second archive.
import fs from 'node:fs';
import path from 'node:path';
import { AUDIT, ENGAGEMENTS, SENDS, type TabDef } from '../../../sheets-templates';
import type { SheetModel } from '../../../src/emulator/services/spreadsheet/install';
import { filesDirOf, safeFileName } from '../../../src/workbench/persistence/createdFiles';
import { readXlsx } from '../../../src/workbench/persistence/xlsxRead';
import type { Workbench } from '../../../src/workbench/workbench';
import { start, tempWorkbook } from '../workbench/support';
import { OWNER, rowsOf } from './archiveFixture';

const OLD_YEARS = [2021, 2022];

/** Old rows appended host-side (as an old workbook holds them): dated in 2021 and 2022, long past the window. */
function seedOldRows(sheet: SheetModel, def: TabDef, prefix: string, n: number): string[] {
  const headers = sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!.map(String);
  const ids: string[] = [];
  const rows = Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.UTC(OLD_YEARS[i % 2]!, i % 12, 3 + (i % 20), 10));
    const id = `${prefix}-${String(800 + i).padStart(6, '0')}`;
    ids.push(id);
    const fields: Record<string, unknown> = {
      id,
      date: at,
      at,
      sentAt: at,
      createdAt: at,
      updatedAt: at,
      version: 1,
      type: 'meeting',
      summary: i % 5 === 0 ? '=1+1 stays text' : `Old ${prefix} ${i}`,
      source: 'manual',
      sourceRef: '01234',
      status: 'sent',
      email: 'someone@city.example',
      language: 'en',
      user: OWNER,
      action: 'update',
      tab: 'Cities',
      changes: '{}',
    };
    return headers.map((h) => {
      const c = def.columns.find((x) => x.header === h);
      const v = c ? fields[c.key] : undefined;
      return v === undefined ? '' : (v as never);
    });
  });
  const first = sheet.lastRow() + 1;
  if (sheet.maxRows < first + rows.length)
    sheet.insertRows(sheet.maxRows + 1, first + rows.length - sheet.maxRows);
  sheet.setValuesRaw(first, 1, rows);
  return ids;
}

const archivesOf = (w: Workbench) =>
  w.engine.emu.backend.stores.spreadsheets.all().filter((m) => /^SCN CRM archive \d{4}$/.test(m.name));

const idsIn = (sheet: SheetModel | undefined) => rowsOf(sheet).map((r) => r.id);

/** In Chromium: the top bar's Files list names the archive; following it shows its rows, with nothing to edit. */
async function checkInBrowser(
  url: string,
  archive: { id: string; name: string; rows: Map<string, string[]> },
) {
  const { openBrowser } = await import('../workbench/support');
  const s = await openBrowser(url);
  try {
    await s.page.getByText('Files', { exact: true }).click();
    const link = s.page.locator('.files-list a', { hasText: archive.name });
    await link.waitFor();
    await s.page.goto(new URL(`/files/${archive.id}?tab=Engagements`, url).href);
    const cells = await s.page.locator('table.file-sheet tbody tr td:first-child').allTextContents();
    expect(cells).toEqual(archive.rows.get('Engagements'));
    expect(await s.page.locator('input, textarea, [contenteditable="true"]').count()).toBe(0);
    expect(s.errors).toEqual([]);
  } finally {
    await s.browser.close();
  }
}

describe('Archive history in the workbench', () => {
  jest.setTimeout(240_000);

  it('saves the archives beside the workbook and restores them after a restart; a rerun creates none', async () => {
    const file = tempWorkbook();
    const seeded = new Map<string, string[]>();
    let before: {
      id: string;
      name: string;
      owner: string;
      editors: string[];
      folder: string[];
      rows: Map<string, string[]>;
    }[];
    let w = await start(file, { demo: 'none', user: OWNER });
    try {
      const book = w.engine.model;
      seeded.set('Engagements', seedOldRows(book.sheetByName('Engagements')!, ENGAGEMENTS, 'ENG', 30));
      seeded.set('Sends', seedOldRows(book.sheetByName('Sends')!, SENDS, 'SND', 20));
      seeded.set('Audit', seedOldRows(book.sheetByName('Audit')!, AUDIT, 'AUD', 16));
      await w.saver.request();
      const run = w.engine.runMenuItem('archiveHistory');
      expect(run).toMatchObject({ ok: true });
      await w.saver.flush();
      const drive = w.engine.emu.backend.stores.drive;
      before = archivesOf(w).map((a) => ({
        id: a.id,
        name: a.name,
        owner: a.owner,
        editors: [...a.editors],
        folder: drive.pathOf(a.id),
        rows: new Map(['Engagements', 'Sends', 'Audit'].map((t) => [t, idsIn(a.sheetByName(t))])),
      }));
      expect(before.map((a) => a.name).sort()).toEqual(OLD_YEARS.map((y) => `SCN CRM archive ${y}`));
      for (const [tab, ids] of seeded) {
        expect(before.flatMap((a) => a.rows.get(tab)!).sort()).toEqual([...ids].sort());
        for (const id of ids) expect(idsIn(book.sheetByName(tab))).not.toContain(id);
      }
      expect(before.every((a) => a.folder.length === 1)).toBe(true);
    } finally {
      await w.close();
    }

    // The archives are files beside the workbook, readable by the project's xlsx reader.
    const dir = filesDirOf(file);
    expect(
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.xlsx'))
        .sort(),
    ).toEqual(before.map((a) => `${safeFileName(a.name)}.xlsx`).sort());
    for (const a of before) {
      const read = await readXlsx(path.join(dir, `${safeFileName(a.name)}.xlsx`), 'Europe/London');
      for (const tab of ['Engagements', 'Sends', 'Audit']) {
        const sheet = read.sheets.find((s) => s.name === tab)!;
        const ids = sheet.values
          .slice(1)
          .map((r) => String(r[0]).trim())
          .filter(Boolean);
        expect([a.name, tab, ids.sort()]).toEqual([a.name, tab, [...a.rows.get(tab)!].sort()]);
      }
    }

    w = await start(file, { user: OWNER });
    try {
      expect(w.summary.warnings).toEqual([]);
      const g = w.engine.emu.backend;
      const after = archivesOf(w);
      expect(after.map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
      for (const a of before) {
        // Same id through openById's store, same owner, editors, folder and rows.
        const m = g.stores.spreadsheets.get(a.id)!;
        expect([m.name, m.owner, [...m.editors], g.stores.drive.pathOf(a.id)]).toEqual([
          a.name,
          a.owner,
          a.editors,
          a.folder,
        ]);
        for (const [tab, ids] of a.rows) expect(idsIn(m.sheetByName(tab))).toEqual(ids);
      }
      const book = w.engine.model;
      for (const [tab, ids] of seeded)
        for (const id of ids) expect(idsIn(book.sheetByName(tab))).not.toContain(id);

      // The page lists the archives beside the workbook and shows each read-only, cells as text.
      const list = await (await fetch(`${w.url}files`)).text();
      for (const a of before) expect(list).toContain(`/files/${a.id}`);
      const first = before[0]!;
      const view = await fetch(`${w.url}files/${first.id}?tab=Engagements`);
      expect(view.headers.get('content-security-policy')).toContain("script-src 'none'");
      const html = await view.text();
      for (const id of first.rows.get('Engagements')!) expect(html).toContain(`<td>${id}</td>`);
      expect(html).toContain('<td>=1+1 stays text</td>');
      expect(html).not.toMatch(/<input|contenteditable|<form/i);
      const state = (await (await fetch(`${w.url}api/state`)).json()) as {
        files: { id: string; rows: number }[];
      };
      expect(state.files.map((f) => f.id).sort()).toEqual(before.map((a) => a.id).sort());
      if (process.env.SKIP_BROWSER_TESTS !== '1') await checkInBrowser(w.url, first);

      // A second run finds the same archives (by the ids it recorded, in the same folder) and creates none.
      const items = g.stores.drive.visibleTo(OWNER).length;
      expect(w.engine.runMenuItem('archiveHistory')).toMatchObject({ ok: true });
      await w.saver.flush();
      expect(
        archivesOf(w)
          .map((a) => a.id)
          .sort(),
      ).toEqual(before.map((a) => a.id).sort());
      expect(g.stores.drive.visibleTo(OWNER).length).toBe(items);
      for (const a of before)
        for (const [tab, ids] of a.rows)
          expect(idsIn(g.stores.spreadsheets.get(a.id)!.sheetByName(tab))).toEqual(ids);
    } finally {
      await w.close();
    }
  });
});
