// Hardening (issue 10, item 5): the page's selection reaches the script. In Sheets, "City profile", "Contact",
// "New contact", "Partner" and Log engagement act on the selected row; the workbench must pass the person's
// selection (mouse and keyboard) as the active range and current cell, and a script's activate()/setActiveRange()
// must move the page's selection and scroll to it — Validate workbook's links select the cell with the problem.
// Through the shipped bundle in Chromium. On main every menu item fell back to Find and the links did nothing.
import type { Page } from 'playwright-core';
import { describeBrowser, waitFor } from '../../browser/harness';
import { openTab } from '../workbench/support';
import {
  columnOf,
  currentCell,
  type DemoWorkbench,
  demoWorkbench,
  lastSidebarContext,
  runMenu,
  sidebarTitled,
  valueAt,
} from './workbenchSupport';

jest.setTimeout(120_000);

describeBrowser('workbench: the selection reaches the script and the script moves the selection', () => {
  let d: DemoWorkbench;
  let page: Page;

  beforeAll(async () => {
    d = await demoWorkbench();
    page = d.page;
  }, 120_000);

  afterAll(async () => {
    await d?.close();
  });

  it('City profile opens the city whose row was clicked', async () => {
    await openTab(page, 'Cities');
    await page.locator('#cell-5-2').click();
    await runMenu(page, 'Members', 'City profile (selected city)');
    await sidebarTitled(page, 'City profile');
    expect(lastSidebarContext(d.wb)).toEqual({ id: valueAt(d.wb, 'Cities', 5, 1) });
  });

  it('Contact opens the contact reached with the arrow keys', async () => {
    await openTab(page, 'Contacts');
    await page.locator('#cell-2-3').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await currentCell(page)).toEqual({ row: 5, col: 3 });
    await runMenu(page, 'Members', 'Contact (selected contact)');
    await sidebarTitled(page, 'Contact');
    expect(lastSidebarContext(d.wb)).toEqual({ id: valueAt(d.wb, 'Contacts', 5, 1) });
  });

  it('Partner and New contact act on the selected partner', async () => {
    await openTab(page, 'Partners');
    await page.locator('#cell-4-2').click();
    await runMenu(page, 'Members', 'Partner (selected partner)');
    await sidebarTitled(page, 'Partner');
    const partnerId = valueAt(d.wb, 'Partners', 4, 1);
    expect(lastSidebarContext(d.wb)).toEqual({ id: partnerId });
    await page.locator('#cell-4-3').click();
    await runMenu(page, 'Members', 'New contact for the selected city or partner');
    await waitFor(() => lastSidebarContext(d.wb).orgId === partnerId, 'the new contact for the partner');
  });

  it('Log engagement is pre-filled with the city of the current cell of a range stretched with Shift', async () => {
    await openTab(page, 'Cities');
    // Clicked on row 9, then Shift+click on row 7: the range is rows 7–9 and the current cell stays on row 9,
    // as in Sheets; the record the coordinator is on is the current cell's.
    await page.locator('#cell-9-2').click();
    await page.locator('#cell-7-4').click({ modifiers: ['Shift'] });
    expect(await page.locator('.cell.in-range').count()).toBe(3 * 3);
    expect(await currentCell(page)).toEqual({ row: 9, col: 2 });
    await runMenu(page, 'Engagement', 'Log engagement');
    await sidebarTitled(page, 'Log engagement');
    expect(lastSidebarContext(d.wb)).toEqual({ cityId: valueAt(d.wb, 'Cities', 9, 1) });
    // The active range is the whole stretched range, its current cell the one the person started from.
    const a = d.wb.engine.model.activeRange;
    expect(a?.rect).toEqual({ row: 7, col: 2, numRows: 3, numCols: 3 });
    expect(a?.current).toEqual({ row: 9, col: 2 });
  });

  it("Validate workbook's link selects the problem's cell, on its tab, scrolled into view", async () => {
    const email = columnOf(d.wb, 'Contacts', 'Email');
    d.wb.engine.model.sheetByName('Contacts')!.setValuesRaw(1200, email, [['not-an-email']]);
    await openTab(page, 'Cities');
    await page.locator('#cell-3-3').click();
    await runMenu(page, 'Data', 'Validate workbook');
    await sidebarTitled(page, 'Validate workbook');
    const frame = page.frameLocator('iframe.sidebar-frame');
    await frame.locator('a', { hasText: 'Contacts · row 1200 · Email' }).click();
    await page.locator('.tab[aria-selected="true"]', { hasText: 'Contacts' }).waitFor();
    await waitFor(
      async () => (await currentCell(page)).row === 1200 && (await currentCell(page)).col === email,
      'the grid to select Contacts row 1200',
    );
    const cell = page.locator(`#cell-1200-${email}`);
    await cell.waitFor();
    expect(await cell.getAttribute('class')).toContain('selected');
    const grid = (await page.locator('.grid').boundingBox())!;
    const box = (await cell.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(grid.y);
    expect(box.y + box.height).toBeLessThanOrEqual(grid.y + grid.height);
    expect(await cell.textContent()).toBe('not-an-email');
    expect(d.s.errors).toEqual([]);
  });
});
