// Issue 12 item 9 in Chromium: the mailing sidebar shows quota and finish, sends now, follows the counts as the
// trigger sends, and pauses and resumes the mailing.
import type { BrowserContext } from 'playwright-core';
import { type SidebarServer, startSidebarServer } from '../../../src/emulator/browser';
import { describeBrowser, type LaunchedBrowser, launchBrowser, openPage } from '../../browser/harness';
import { lastSidebar } from '../sidebars/harness';
import { runMinutes } from './sendingWorld';
import { COMMS, mailWorld, ok, outbox } from './world';

describeBrowser('mailing sidebar: sending and progress (issue 12 item 9)', () => {
  const { emu } = mailWorld();
  const pages: Record<string, string> = {};
  let server: SidebarServer;
  let browser: LaunchedBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startSidebarServer({ emu, user: COMMS, pages, strictReturnValues: true });
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const count = (page: import('playwright-core').Page, k: string) =>
    page.getAttribute(`#progress li[data-count="${k}"]`, 'data-value');

  it('shows the quota, sends now, follows sent/queued live, pauses and resumes', async () => {
    ok(emu, 'showNewMailing', [], COMMS);
    pages['mailing'] = lastSidebar(emu).html;
    const { page, errors } = await openPage(context, server.pageUrl('mailing'));
    await page.waitForSelector('body[data-loaded]');
    await page.fill('#mailing-name', 'April briefing');
    await page.selectOption('#mailing-template', 'Briefing');
    expect(await page.isDisabled('#send-now')).toBe(true); // not before the check
    await page.click('#do-check');
    await page.waitForSelector('#check[data-ok="true"]');
    await page.click('#show-forecast');
    await page.waitForSelector('#forecast');
    expect(await page.textContent('#forecast')).toBe(
      'Quota left today: 1500 recipient(s), 20 kept for intake emails; 5 of 5 can go today.',
    );
    expect(await page.textContent('#forecast-finish')).toMatch(
      /^Expected finish: \d\d\/\d\d\/\d{4} \d\d:\d\d$/,
    );
    await page.click('#send-now');
    await page.waitForSelector('#progress');
    expect(await count(page, 'queued')).toBe('5');
    expect(await count(page, 'sent')).toBe('0');
    await page.click('#pause');
    await page.waitForSelector('#resume');
    const before = outbox(emu).length;
    runMinutes(emu, 3);
    expect(outbox(emu).length).toBe(before); // paused: nothing goes
    await page.click('#resume');
    await page.waitForSelector('#pause');
    runMinutes(emu, 3);
    await page.click('#refresh-progress');
    await page.waitForFunction(
      () => document.querySelector('#progress li[data-count="sent"]')?.getAttribute('data-value') === '5',
    );
    expect(await count(page, 'queued')).toBe('0');
    expect(await page.textContent('#progress-title')).toMatch(/: done$/);
    expect(await page.textContent('#reach')).toBe('Reached 5 contact(s) in 3 cities or organisations.');
    expect(outbox(emu).length).toBe(before + 5);
    expect(errors).toEqual([]);
  });
});
