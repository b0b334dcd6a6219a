// Issue 12 items 3–4 in Chromium: the New mailing sidebar builds an audience, shows exclusions, checks, previews and test-sends.
import type { BrowserContext } from 'playwright-core';
import { type SidebarServer, startSidebarServer } from '../../../src/emulator/browser';
import { describeBrowser, type LaunchedBrowser, launchBrowser, openPage } from '../../browser/harness';
import { lastSidebar } from '../sidebars/harness';
import { COMMS, mailWorld, ok, outbox } from './world';

describeBrowser('New mailing sidebar (issue 12)', () => {
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

  it('filters an audience, lists who is left out and why, checks, previews as the recipient gets it, and sends a test', async () => {
    ok(emu, 'showNewMailing', [], COMMS);
    pages['mailing'] = lastSidebar(emu).html;
    const { page, errors } = await openPage(context, server.pageUrl('mailing'));
    await page.waitForSelector('body[data-loaded]');
    await page.fill('#mailing-name', 'March <b>briefing</b>');
    await page.selectOption('#mailing-template', 'Briefing');
    await page.selectOption('#filter-countries', ['France', 'Jordan']);
    await page.click('#show-audience');
    await page.waitForSelector('#audience-count');
    expect(await page.textContent('#audience-count')).toBe('4 recipient(s) of 9 matching contact(s).');
    const reasons = await page.$$eval('#excluded li[data-reason]', (lis) =>
      lis.map((li) => li.getAttribute('data-reason')),
    );
    expect(reasons.sort()).toEqual(['duplicate', 'inactive', 'no email', 'opted out', 'suppressed']);
    await page.click('#do-check');
    await page.waitForSelector('#check[data-ok="true"]');
    await page.selectOption('#preview-recipient', { label: 'Pierre <b>Martin</b> <pierre@lyon.example>' });
    await page.click('#do-preview');
    await page.waitForSelector('#preview-subject');
    expect(await page.textContent('#preview-subject')).toBe('Subject: Note d’orientation pour Lyon');
    expect(await page.textContent('#preview-text')).toContain('Bonjour Pierre <b>Martin</b>,');
    expect(await page.$('#preview b')).toBeNull(); // the name is text in the page, never markup
    expect(await page.getAttribute('#preview-html', 'sandbox')).toBe('');
    const before = outbox(emu).length;
    await page.click('#do-test');
    await page.waitForFunction(() => document.body.textContent?.includes('Test sent to'));
    expect(
      outbox(emu)
        .slice(before)
        .map((m) => m.to),
    ).toEqual([[COMMS]]);
    expect(errors).toEqual([]);
  });
});
