// Hardening (issue 10, item 6): the grid and the top bar behave as in Sheets. The frozen header row stayed blank for
// good after an edit made while scrolled down (the virtualised grid re-read only the edited row's chunk and never the
// header's); the top bar wrapped onto a second line as the Outbox count grew; Ctrl+Down moved one row instead of to
// the edge of the data. Through the shipped bundle in Chromium, on the demo workbook.
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { SentMessage } from '../../../src/emulator/services/comms/mailStore';
import type { Workbench } from '../../../src/workbench/workbench';
import { describeBrowser, waitFor } from '../../browser/harness';
import { openTab } from '../workbench/support';
import { columnOf, currentCell, type DemoWorkbench, demoWorkbench } from './workbenchSupport';

jest.setTimeout(120_000);

/** Whether a cell holds something (a value or a formula), read from the workbook itself. */
function filled(wb: Workbench, tab: string, row: number, col: number): boolean {
  const sheet = wb.engine.model.sheetByName(tab)!;
  return sheet.formulas[row - 1]?.[col - 1] !== undefined || String(sheet.valueAt(row, col)) !== '';
}

describeBrowser('workbench: the frozen row, the top bar and Ctrl+arrows', () => {
  let d: DemoWorkbench;
  let page: Page;

  beforeAll(async () => {
    d = await demoWorkbench();
    page = d.page;
  }, 120_000);

  afterAll(async () => {
    await d?.close();
  });

  it('keeps the frozen header row after an edit made far down the tab', async () => {
    await openTab(page, 'Contacts');
    expect(await page.locator('.grid-frozen #cell-1-1').textContent()).toBe('Contact ID');
    const title = columnOf(d.wb, 'Contacts', 'Title');
    await page.locator('#cell-2-1').click();
    await page.keyboard.press('Control+End');
    await waitFor(async () => (await currentCell(page)).row === 1501, 'Ctrl+End to reach the last contact');
    await page.locator(`#cell-1500-${title}`).click();
    await page.keyboard.press('Enter');
    await page.locator('.cell-editor').fill('Head of Prevention');
    await page.locator('.cell-editor').press('Enter');
    await waitFor(
      () => String(d.wb.engine.model.sheetByName('Contacts')!.valueAt(1500, title)) === 'Head of Prevention',
      'the edit to reach the workbook',
    );
    await page.locator(`#cell-1500-${title}`, { hasText: 'Head of Prevention' }).waitFor();
    // Past the next poll too: the header must come back and stay.
    await waitFor(
      async () => (await page.locator('#cell-1-1').textContent()) === 'Contact ID',
      'the header row',
    );
    await page.waitForTimeout(2500);
    const header = await page.locator('.grid-frozen .grid-row').first().locator('.cell').allTextContents();
    expect(header.slice(0, 3)).toEqual(['Contact ID', 'City or partner ID', 'Name']);
    await page
      .screenshot({ path: path.join(os.tmpdir(), 'hardening-frozen-row.png') })
      .catch(() => undefined);
  });

  it('keeps the top bar on one line however large the Outbox count grows', async () => {
    const outbox = d.wb.engine.emu.backend.stores.comms.mail.outbox;
    const sample: SentMessage = {
      id: 'sample',
      service: 'MailApp',
      from: d.wb.engine.emu.backend.owner,
      name: null,
      to: ['someone@example.org'],
      cc: [],
      bcc: [],
      subject: 'Newsletter',
      body: 'Hello',
      htmlBody: null,
      replyTo: null,
      noReply: false,
      attachments: [],
      inlineImages: [],
      sentAt: new Date(d.wb.engine.emu.backend.clock.now()),
      executionId: 0,
      subjectHadLineBreak: false,
      threadId: 'sample',
      messageIdHeader: '<sample@mail.gmail.com>',
      headers: {},
      parts: [],
      mailbox: d.wb.engine.emu.backend.owner,
    } as SentMessage;
    for (let i = outbox.length; i < 12_345; i++) outbox.push({ ...sample, id: `sample-${i}` });
    await page.locator('.outbox-button', { hasText: '12345' }).waitFor();
    const bar = (await page.locator('.topbar').boundingBox())!;
    const button = (await page.locator('.outbox-button').boundingBox())!;
    expect(bar.height).toBeLessThan(button.height * 2);
    const parts = await page.locator('.topbar > *').evaluateAll((els) =>
      els
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0) // hidden parts (the Files list before any archive exists) take no room
        .map((r) => ({ mid: r.top + r.height / 2, right: r.right })),
    );
    const mid = parts[0]!.mid;
    for (const p of parts) {
      expect(Math.abs(p.mid - mid)).toBeLessThan(6);
      expect(p.right).toBeLessThanOrEqual(1280);
    }
    await page.screenshot({ path: path.join(os.tmpdir(), 'hardening-top-bar.png') }).catch(() => undefined);
  });

  it('Ctrl+arrows move to the edge of the data region, as in Sheets', async () => {
    await openTab(page, 'Cities');
    const local = columnOf(d.wb, 'Cities', 'Local name');
    const last = d.wb.engine.model.sheetByName('Cities')!.lastRow();
    // From a filled cell whose neighbour below is empty: the next filled cell down the column.
    let start = 2;
    while (!(filled(d.wb, 'Cities', start, local) && !filled(d.wb, 'Cities', start + 1, local))) start++;
    let next = start + 1;
    while (!filled(d.wb, 'Cities', next, local)) next++;
    await page.locator(`#cell-${start}-${local}`).click();
    await page.keyboard.press('Control+ArrowDown');
    await waitFor(async () => (await currentCell(page)).row === next, `Ctrl+Down to row ${next}`);
    expect(await currentCell(page)).toEqual({ row: next, col: local });

    // Inside a full column (the ids): to its last filled cell, then back up to the header.
    await page.locator('#cell-2-1').click();
    await page.keyboard.press('Control+ArrowDown');
    await waitFor(async () => (await currentCell(page)).row === last, `Ctrl+Down to row ${last}`);
    await page.keyboard.press('Control+ArrowUp');
    await waitFor(async () => (await currentCell(page)).row === 1, 'Ctrl+Up to row 1');

    // Along the header row: to its last filled column; Ctrl+Left back to A.
    const lastCol = d.wb.engine.model.sheetByName('Cities')!.lastColumn();
    let edge = 1;
    while (edge < lastCol && filled(d.wb, 'Cities', 1, edge + 1)) edge++;
    await page.keyboard.press('Control+ArrowRight');
    await waitFor(async () => (await currentCell(page)).col === edge, `Ctrl+Right to column ${edge}`);
    await page.keyboard.press('Control+ArrowLeft');
    await waitFor(async () => (await currentCell(page)).col === 1, 'Ctrl+Left to column A');

    // Ctrl+End: the last cell of the data; Ctrl+Home: A1. Ctrl+Shift+Down stretches the range to the data's end.
    await page.keyboard.press('Control+End');
    await waitFor(async () => (await currentCell(page)).row === last, 'Ctrl+End');
    expect(await currentCell(page)).toEqual({ row: last, col: lastCol });
    await page.keyboard.press('Control+Home');
    await waitFor(async () => (await currentCell(page)).row === 1, 'Ctrl+Home');
    expect(await currentCell(page)).toEqual({ row: 1, col: 1 });
    await page.keyboard.press('Control+Shift+ArrowDown');
    await waitFor(
      () => d.wb.engine.model.activeRange?.rect.numRows === last,
      'Ctrl+Shift+Down to stretch the active range to the last row',
    );
    expect(await currentCell(page)).toEqual({ row: 1, col: 1 });
    expect(d.s.errors).toEqual([]);
  });
});
