// The About dialog in headless Chromium: dist/about.html served with google.script.run backed by the shipped bundle.
import type { BrowserContext, Page } from 'playwright-core';
import { Emulator } from '../../src/emulator';
import { type SidebarServer, startSidebarServer } from '../../src/emulator/browser';
import { describeBrowser, type LaunchedBrowser, launchBrowser, openPage, waitFor } from './harness';

const pkg = require('../../package.json') as { version: string };
const USER = 'coordinator@strongcities.org';

describeBrowser('About dialog (dist/about.html)', () => {
  let browser: LaunchedBrowser;
  let context: BrowserContext;
  let server: SidebarServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    // `npm test` builds dist/ first (pretest); the emulator loads dist/Code.js, the artifact that ships.
    server = await startSidebarServer({ emu: new Emulator(), user: USER });
    browser = await launchBrowser();
    context = await browser.newContext();
    // showAbout opens it as a 360 × 220 modal dialog (src/server/help/about.ts).
    ({ page, errors } = await openPage(context, server.pageUrl('about'), { width: 360, height: 220 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the version and the signed-in user, fetched through google.script.run', async () => {
    await waitFor(async () => (await page.textContent('#user')) !== '…', 'the user to be shown');
    expect(await page.textContent('#version')).toBe(pkg.version);
    expect(await page.textContent('#user')).toBe(USER);
    expect(await page.isHidden('#error')).toBe(true);
    expect(server.handler.calls.map((c) => [c.name, c.outcome.ok])).toEqual([['getAboutInfo', true]]);
  });

  it('closes with the keyboard only: Tab reaches Close, Enter closes', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('close');
    await page.keyboard.press('Enter');
    await waitFor(() => server.handler.hostActions.length > 0, 'google.script.host.close()');
    expect(server.handler.hostActions).toEqual([{ page: 'about', action: 'close' }]);
    expect(errors).toEqual([]);
  });
});
