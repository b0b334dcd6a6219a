// Issue 12 item 1 in Chromium: the mailing sidebar lists the user's Gmail drafts, shows the chosen one (its subject
// as text), and makes it the template the mailing then uses.
import type { BrowserContext } from 'playwright-core';
import { type SidebarServer, startSidebarServer } from '../../../src/emulator/browser';
import { describeBrowser, type LaunchedBrowser, launchBrowser, openPage } from '../../browser/harness';
import { lastSidebar } from '../sidebars/harness';
import { COMMS, mailWorld, ok, tabRows } from './world';

describeBrowser('Gmail-draft picker of the mailing sidebar (issue 12 item 1)', () => {
  const { emu } = mailWorld();
  const pages: Record<string, string> = {};
  let server: SidebarServer;
  let browser: LaunchedBrowser;
  let context: BrowserContext;
  const draftId = emu.backend.stores.comms.mail.addDraft(COMMS, {
    to: [],
    subject: 'June <b>news</b> for {{City}}',
    body: 'Dear {{Name}},\nthe June news.',
    htmlBody: '<p>Dear {{Name}},</p><p>the June news.</p>',
  });

  beforeAll(async () => {
    server = await startSidebarServer({ emu, user: COMMS, pages, strictReturnValues: true });
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the drafts, shows the chosen one, and makes it the selected template', async () => {
    ok(emu, 'showNewMailing', [], COMMS);
    pages['mailing'] = lastSidebar(emu).html;
    const { page, errors } = await openPage(context, server.pageUrl('mailing'));
    await page.waitForSelector('body[data-loaded]');
    await page.click('#gmail-drafts-list');
    await page.waitForSelector('#gmail-draft');
    await page.selectOption('#gmail-draft', draftId);
    await page.waitForSelector('#gmail-draft-subject');
    expect(await page.textContent('#gmail-draft-subject')).toBe('June <b>news</b> for {{City}}');
    expect(await page.$('#gmail-drafts b')).toBeNull(); // the subject is text, never markup
    expect(await page.textContent('#gmail-draft-counts')).toBe('0 inline image(s), 0 attachment(s)');
    await page.fill('#gmail-template-name', 'June news');
    await page.selectOption('#gmail-template-language', 'en');
    await page.click('#gmail-template-make');
    await page.waitForFunction(
      () => (document.querySelector('#mailing-template') as HTMLSelectElement | null)?.value === 'June news',
    );
    const rows = tabRows(emu, 'Templates').filter((r) => r['Name'] === 'June news');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Language: 'en', Subject: 'June <b>news</b> for {{City}}' });
    expect(errors).toEqual([]);
  });
});
