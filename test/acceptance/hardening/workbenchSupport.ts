// Shared steps of the hardening suite's workbench tests (issue 10, items 5–7): a demo workbench in Chromium, the
// SCN CRM menu driven with the mouse, the sidebar the bundle showed and the grid's selection as the page shows it.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Workbench } from '../../../src/workbench/workbench';
import { type BrowserSession, openBrowser, start, tempWorkbook } from '../workbench/support';

export interface DemoWorkbench {
  wb: Workbench;
  s: BrowserSession;
  page: Page;
  close(): Promise<void>;
}

/** A workbench on a new demo workbook, with a 1280×800 Chromium page on it and the bundle's menu shown. */
export async function demoWorkbench(): Promise<DemoWorkbench> {
  const file = tempWorkbook();
  const wb = await start(file);
  const s = await openBrowser(wb.url);
  s.context.setDefaultTimeout(45_000); // room for a second jest worker on a 2-core machine
  await s.page.getByRole('menuitem', { name: 'SCN CRM' }).waitFor();
  return {
    wb,
    s,
    page: s.page,
    close: async () => {
      await s.browser.close();
      await wb.close();
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    },
  };
}

/** Runs an item of the SCN CRM menu with the mouse. */
export async function runMenu(page: Page, group: string, item: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'SCN CRM' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${group}`) }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** The 1-based column of a header in a tab, read from the workbook (columns may be added or moved). */
export function columnOf(wb: Workbench, tab: string, header: string): number {
  const sheet = wb.engine.model.sheetByName(tab)!;
  const headers = sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!.map(String);
  const i = headers.indexOf(header);
  if (i < 0) throw new Error(`No column ${header} in ${tab}: ${headers.join(', ')}`);
  return i + 1;
}

export function valueAt(wb: Workbench, tab: string, row: number, col: number): string {
  return String(wb.engine.model.sheetByName(tab)!.valueAt(row, col));
}

/** The title of the sidebar the page shows, once it is the one expected. */
export async function sidebarTitled(page: Page, title: string): Promise<void> {
  await page.locator('.side-panel:not([hidden]) .panel-title', { hasText: title }).waitFor();
}

/** The context (record ids) the bundle gave the last sidebar it showed. */
export function lastSidebarContext(wb: Workbench): Record<string, string> {
  const dialogs = wb.engine.model.ui.dialogs;
  const html = dialogs[dialogs.length - 1]?.html ?? '';
  const m = /<script type="application\/json" id="scn-context">([^<]*)<\/script>/.exec(html);
  return m ? JSON.parse(m[1]!) : {};
}

/** The grid's current cell as the page marks it (row and column, 1-based). */
export async function currentCell(page: Page): Promise<{ row: number; col: number }> {
  const id = (await page.locator('.grid').getAttribute('aria-activedescendant')) ?? '';
  const m = /^cell-(\d+)-(\d+)$/.exec(id);
  return m ? { row: Number(m[1]), col: Number(m[2]) } : { row: 0, col: 0 };
}
