// Acceptance (issue 7): `npm start`'s workbench in real headless Chromium on a temporary demo workbook — the menu
// built by the bundle's onOpen, tabs, an edit through onEdit, validation messages, save and restart, the .xlsx read
// by an independent reader, and the Google Forms created by setup filled in and submitted.
// The full membership journey (enquiry → approval → welcome → restart) is in workbench/journey.test.ts; a small
// inline script drives prompts, forms of every question type, the outbox and restoring state in workbench/scriptUi.test.ts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { CONTACTS } from '../../sheets-templates';
import type { Workbench } from '../../src/workbench/workbench';
import { describeBrowser, waitFor } from '../browser/harness';
import {
  type BrowserSession,
  cellText,
  openBrowser,
  openTab,
  start,
  tempWorkbook,
  typeInto,
} from './workbench/support';

/** Contacts columns, 1-based, in the order setup writes them (from the tab definition). */
const contactColumn = (key: string) => CONTACTS.columns.findIndex((c) => c.key === key) + 1;
const TITLE = contactColumn('title');
const CATEGORY = contactColumn('category');
const VERSION = contactColumn('version');

describeBrowser('workbench (npm start) on the demo workbook', () => {
  const file = tempWorkbook();
  let wb: Workbench;
  let s: BrowserSession;

  beforeAll(async () => {
    wb = await start(file);
    s = await openBrowser(wb.url);
  }, 120_000);

  afterAll(async () => {
    await s?.browser.close();
    await wb?.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('prints a summary and shows the SCN CRM menu built by onOpen and every tab', async () => {
    expect(wb.summary.created).toBe(true);
    expect(wb.summary.tabs).toBeGreaterThanOrEqual(18);
    expect(wb.summary.rows).toBeGreaterThan(3000);
    const menu = s.page.getByRole('menuitem', { name: 'SCN CRM' });
    await menu.waitFor();
    for (const tab of ['Cities', 'Contacts', 'Applications', 'Staff', 'Settings'])
      await s.page.getByRole('tab', { name: tab, exact: true }).waitFor();
  });

  it('reaches the menu with the keyboard and opens a group', async () => {
    await s.page.keyboard.press('Alt+m');
    await expect(s.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('SCN CRM');
    await s.page.keyboard.press('Enter');
    const first = s.page.locator('.menu:not([hidden]) > li > .menu-item').first();
    await first.waitFor();
    await expect(first.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await s.page.keyboard.press('ArrowRight');
    await s.page.locator('.submenu:not([hidden])').first().waitFor();
    await s.page.keyboard.press('Escape');
    await s.page.keyboard.press('Escape');
    await waitFor(async () => (await s.page.locator('.menu:not([hidden])').count()) === 0, 'menus closed');
  });

  it("edits a cell through onEdit (the row's version goes up) and moves down on Enter", async () => {
    await openTab(s.page, 'Contacts');
    const version = Number(await cellText(s.page, 2, VERSION));
    await typeInto(s.page, 2, TITLE, 'Head of Prevention');
    await waitFor(async () => (await cellText(s.page, 2, TITLE)) === 'Head of Prevention', 'the edited cell');
    await waitFor(
      async () => Number(await cellText(s.page, 2, VERSION)) === version + 1,
      'onEdit to bump the version',
    );
    await expect(s.page.locator('#cell-3-4').getAttribute('aria-selected')).resolves.toBe('true');
    // The keyboard alone: arrows move the selection, typing starts an edit, Escape cancels it.
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.type('z');
    await s.page.keyboard.press('Escape');
    await expect(s.page.locator('.cell-editor').count()).resolves.toBe(0);
    expect(await cellText(s.page, 3, CATEGORY)).not.toBe('z');
  });

  it("refuses a value the column's validation rejects and says why", async () => {
    const before = await cellText(s.page, 2, CATEGORY);
    await typeInto(s.page, 2, CATEGORY, 'sometimes');
    const problem = s.page.locator('.problem');
    await problem.waitFor({ state: 'visible' });
    expect(await problem.textContent()).toMatch(/sometimes|invalid|must|enter/i);
    expect(await cellText(s.page, 2, CATEGORY)).toBe(before);
  });

  it('saves, restarts on the same file and still shows the edit; the .xlsx holds what the grid shows', async () => {
    await wb.close();
    wb = await start(file);
    expect(wb.summary.created).toBe(false);
    await s.page.goto(wb.url);
    await openTab(s.page, 'Contacts');
    await waitFor(
      async () => (await cellText(s.page, 2, TITLE)) === 'Head of Prevention',
      'the edit after restart',
    );

    // The file read back with exceljs (the writer's own library) and LibreOffice when installed (not in CI); the
    // reader sharing no code with the writer is workbench/independentReader.test.ts.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('Contacts');
    expect(sheet).toBeDefined();
    const shown: string[][] = [];
    for (let r = 1; r <= 6; r++) {
      const line: string[] = [];
      for (const c of [1, 2, 3, TITLE, 6]) line.push(await cellText(s.page, r, c));
      shown.push(line);
    }
    const inFile = shown.map((_, i) =>
      [1, 2, 3, TITLE, 6].map((c) => String(sheet!.getRow(i + 1).getCell(c).value ?? '')),
    );
    expect(inFile).toEqual(shown);
    expect(sheet!.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const office = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
    if (office) {
      const out = path.join(path.dirname(file), 'csv');
      execFileSync(
        office,
        [
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2',
          '--outdir',
          out,
          file,
        ],
        { timeout: 120_000 },
      );
      const csv = fs.readdirSync(out).find((f) => /Contacts/.test(f));
      if (csv) expect(fs.readFileSync(path.join(out, csv), 'utf8')).toContain('Head of Prevention');
    }
  }, 120_000);

  it('renders the enquiry form created by setup, shows its validation, and submits through the form-submit path', async () => {
    const forms = [...wb.engine.emu.backend.stores.comms.forms.forms.values()];
    const enquiry = forms.find((f) => /enquiry/i.test(f.title));
    if (!enquiry)
      throw new Error(`setup created no enquiry form (forms: ${forms.map((f) => f.title).join(', ')})`);
    const page = await s.context.newPage();
    await page.goto(`${wb.server.origin}/forms/d/e/${enquiry.publishedId}/viewform`);
    await page.getByRole('heading', { name: enquiry.title }).waitFor();
    expect(await page.locator('.req').count()).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.locator('.error', { hasText: 'This is a required question' }).first().waitFor();

    // Fill every question with a valid answer, by type (the form's questions belong to the intake feature).
    for (const q of await page.locator('.question').all()) {
      if (await q.locator('input[type=email]').count())
        await q.locator('input[type=email]').fill('ana.silva@example.org');
      else if (await q.locator('input[type=text]').count())
        await q.locator('input[type=text]').first().fill('Lisbon');
      else if (await q.locator('textarea').count())
        await q.locator('textarea').fill('We would like to join the network.');
      else if (await q.locator('select').count()) {
        const options = await q.locator('option').allTextContents();
        await q
          .locator('select')
          .selectOption({ label: options.find((o) => o === 'Portugal') ?? options[1] });
      } else if (await q.locator('input[type=radio]').count())
        await q.locator('input[type=radio]').first().check();
      else if (await q.locator('input[type=checkbox]').count())
        for (const box of await q.locator('input[type=checkbox]').all()) await box.check();
      else if (await q.locator('input[type=date]').count())
        await q.locator('input[type=date]').fill('2026-03-20');
    }
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.locator('.confirmation').waitFor();
    expect(enquiry.responses).toHaveLength(1);
    const tab = enquiry.destination && wb.engine.model.sheetByName(enquiry.destination.sheetName);
    if (tab) expect(tab.lastRow()).toBe(2);
    await page.close();
  });
});
