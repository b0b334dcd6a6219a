// Issue 12 item 7 in Chromium: the mailing sidebar lists the sends to check by hand and resolves one, in English
// and in French.
import type { BrowserContext } from 'playwright-core';
import { type SidebarServer, startSidebarServer } from '../../../src/emulator/browser';
import { describeBrowser, type LaunchedBrowser, launchBrowser, openPage } from '../../browser/harness';
import { lastSidebar } from '../sidebars/harness';
import { flaggedWorld, sendsOf } from './sendingWorld';
import { COMMS, ok } from './world';

describeBrowser('mailing sidebar: sends to check by hand (issue 12 item 7)', () => {
  const { emu, mailingId, sendId, email } = flaggedWorld(true);
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

  it('lists the unknown send with its mailing and recipient, in French too, and marks it sent', async () => {
    ok(emu, 'showNewMailing', [], COMMS);
    pages['mailing'] = lastSidebar(emu).html;
    const { page, errors } = await openPage(context, server.pageUrl('mailing'));
    await page.waitForSelector('body[data-loaded]');
    const item = `#unknown-sends li[data-send="${sendId}"]`;
    await page.waitForSelector(item);
    expect(await page.textContent(`${item} span`)).toBe(`${sendId} · Unknown case · ${email}`);
    expect(await page.textContent('#unknown-sends h2')).toBe('To check by hand in the Sent folder (1)');
    await page.selectOption('#ui-language', 'fr');
    await page.waitForFunction(() =>
      document.querySelector('#unknown-sends h2')?.textContent?.startsWith('À vérifier à la main'),
    );
    expect(await page.textContent(`${item} .mark-sent`)).toBe('Il est dans les Envoyés : marquer envoyé');
    await page.click(`${item} .mark-sent`);
    await page.waitForSelector('#unknown-sends', { state: 'detached' });
    expect(sendsOf(emu, mailingId).find((r) => r['Send ID'] === sendId)!['Status']).toBe('sent');
    expect(errors).toEqual([]);
  });
});
