// Issue 5 bad input in the browser: the nastiest strings stored in a city, its contacts and engagements, shown by the
// real City profile sidebar (dist/city.html) in headless Chromium: no dialog, no script run, the text shown as text.

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { type SidebarServer, startSidebarServer } from '../../../src/emulator/browser';
import {
  describeBrowser,
  type LaunchedBrowser,
  launchBrowser,
  openPage,
  waitFor,
} from '../../browser/harness';
import { call, SEED, seededWorkbook } from '../../support/reliability/fixtures';
import { newTally } from '../../support/reliability/killAnywhere';
import { stableDist } from '../../support/reliability/stableDist';
import { reportTally } from '../../support/reliability/tallyFile';
import { OWNER } from '../../support/reliability/workbookView';

/** Script and markup snippets that run code if a page ever inserts them as HTML (each sets window.__pwned). */
const NASTY = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3">',
  '"><script>alert(4)</script>',
  "'><iframe src=javascript:alert(5)>",
  '<a href="javascript:window.__pwned=6">x</a>',
  '{{constructor.constructor("window.__pwned=7")()}}',
  '\u202Eevil\u202C <b onmouseover=alert(8)>x</b>',
  '=HYPERLINK("javascript:alert(9)","x")',
];

const tally = newTally();
afterAll(() => reportTally('browser', tally));

describeBrowser('City profile sidebar with hostile text', () => {
  let browser: LaunchedBrowser;
  let server: SidebarServer;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    const emu = seededWorkbook();
    const city = SEED.cities[0]!;
    const profile = call<{ city: { version: number } }>(emu, 'getCityProfile', [city]);
    call(emu, 'saveCity', [
      { id: city, version: profile.city.version, fields: { localName: NASTY[1], notes: NASTY.join('\n') } },
    ]);
    for (const [i, s] of NASTY.entries()) {
      call(emu, 'logEngagement', [
        { fields: { date: '2025-03-01', type: 'meeting', cityIds: [city], summary: s } },
      ]);
      if (i < 3)
        call(emu, 'saveContact', [
          { fields: { orgId: city, name: s.slice(0, 100), category: 'other', language: 'en' } },
        ]);
    }
    // The page as showSidebarPage sends it: the built page with its context appended (sidebarPages.ts).
    const html = fs.readFileSync(path.join(stableDist(), 'city.html'), 'utf8');
    const context = `<script type="application/json" id="scn-context">${JSON.stringify({ id: city })}</script>`;
    server = await startSidebarServer({
      emu,
      user: OWNER,
      distDir: stableDist(),
      pages: { hostile: html + context },
    });
    browser = await launchBrowser();
    const ctx = await browser.newContext();
    ({ page } = await openPage(ctx, server.pageUrl('hostile')));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitFor(
      async () => (await page.getAttribute('body', 'data-loaded')) !== null,
      'the profile to load',
      20_000,
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fires no dialog, runs no injected script and shows the strings as text', async () => {
    await page.mouse.move(50, 50);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const shown = await page.evaluate(() => {
      const inputs = Array.from(document.querySelectorAll('input, textarea')).map(
        (e) => (e as HTMLInputElement).value,
      );
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the user sees (rendered, not hidden text).
      return `${document.body.innerText}\n${inputs.join('\n')}`;
    });
    const missing = NASTY.filter(
      (s) =>
        !shown.includes(s.slice(0, 30).replace(/[\u202E\u202C]/g, '')) && !shown.includes(s.slice(0, 30)),
    );
    tally.strings += NASTY.length;
    expect(missing).toEqual([]);
  });
});
