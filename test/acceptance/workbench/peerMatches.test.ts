// Acceptance (issue 14 part B): the Peer matches sidebar in the workbench, in headless Chromium, on the demo network:
// suggest matches, read a suggestion's breakdown and rationale, dismiss one with a reason, accept another (two
// introductions in the outbox), and the same sidebar in French.
import fs from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import type { Workbench } from '../../../src/workbench/workbench';
import { describeBrowser } from '../../browser/harness';
import { type BrowserSession, openBrowser, start, tempWorkbook } from './support';

jest.setTimeout(180_000);

describeBrowser('workbench: the Peer matches sidebar', () => {
  const file = tempWorkbook();
  let wb: Workbench;
  let s: BrowserSession;
  let page: Page;
  let frame: FrameLocator;

  beforeAll(async () => {
    wb = await start(file);
    s = await openBrowser(wb.url);
    page = s.page;
    s.context.setDefaultTimeout(45_000);
    await page.getByRole('menuitem', { name: 'SCN CRM' }).click();
    await page.getByRole('menuitem', { name: /^Peer learning/ }).click();
    await page.getByRole('menuitem', { name: 'Peer matches' }).click();
    await page.locator('.side-panel:not([hidden]) .panel-title', { hasText: /Peer matches/ }).waitFor();
    frame = page.frameLocator('iframe.sidebar-frame');
    await frame.locator('body[data-loaded="true"]').waitFor();
  }, 120_000);

  afterAll(async () => {
    await s?.browser.close();
    await wb?.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  const proposed = () => frame.locator('section.peer-match', { hasText: /Status: proposed/ });

  it('suggests matches and shows each one’s breakdown and rationale as text', async () => {
    const before = await proposed().count();
    // Toasts go after six seconds: a recorder keeps every one shown, so a loaded machine cannot miss it, and an
    // error toast fails the test with its own words instead of a timeout.
    await frame.locator('.toasts').evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { seenToasts: string[] }).seenToasts = seen;
      new MutationObserver(() => {
        for (const t of Array.from(el.querySelectorAll('.toast span')))
          if (!seen.includes(t.textContent ?? '')) seen.push(t.textContent ?? '');
      }).observe(el, { childList: true, subtree: true });
    });
    await frame.getByRole('button', { name: 'Suggest peer matches' }).click();
    const seenToasts = () =>
      frame
        .locator('.toasts')
        .evaluate(() => (window as unknown as { seenToasts: string[] }).seenToasts.join(' | '));
    const deadline = Date.now() + 120_000;
    while (
      !/suggestion\(s\) written for|Could not complete/.test(await seenToasts()) &&
      Date.now() < deadline
    )
      await page.waitForTimeout(200);
    expect(await seenToasts()).toMatch(/suggestion\(s\) written for/);
    await page.waitForFunction((n) => {
      const doc = (document.querySelector('iframe.sidebar-frame') as HTMLIFrameElement).contentDocument!;
      return (
        Array.from(doc.querySelectorAll('section.peer-match')).filter((x) =>
          /Status: proposed/.test(x.textContent ?? ''),
        ).length > n
      );
    }, before);
    const first = proposed().first();
    await first.locator('.peer-breakdown', { hasText: /topic \d+(\.\d)? · priority .* = \d+/ }).waitFor();
    expect(await first.locator('.peer-rationale').textContent()).toMatch(
      / seeks .+; .+ has practice on .+; (both work in|no shared working language)/,
    );
    // Rationale and names are text nodes only: the card holds no element built from workbook data.
    expect(await first.locator('.peer-rationale *').count()).toBe(0);
  });

  it('dismisses a suggestion with a reason', async () => {
    const card = proposed().first();
    const id = await card.getAttribute('data-match');
    await card.getByRole('button', { name: 'Dismiss' }).click();
    await card.getByRole('textbox', { name: 'Reason' }).fill('Not this year.');
    await card.getByRole('button', { name: 'Confirm' }).click();
    await frame.locator('.toast', { hasText: 'Suggestion dismissed.' }).waitFor();
    await frame.locator(`section[data-match="${id}"]`).waitFor({ state: 'detached' });
  });

  it('accepts a suggestion: two introductions go out', async () => {
    const card = proposed().first();
    const heading = (await card.locator('h2').textContent()) ?? '';
    const [seeker, offerer] = heading.split(' ← ');
    await card.getByRole('button', { name: 'Accept and introduce' }).click();
    await frame.locator('.toast', { hasText: 'Introductions sent to 2 contact(s).' }).waitFor();
    await page.locator('.outbox-button').click();
    await page
      .locator('.outbox-item', { hasText: `meet ${offerer}` })
      .first()
      .waitFor();
    await page
      .locator('.outbox-item', { hasText: `meet ${seeker}` })
      .first()
      .waitFor();
  });

  it('reads in French after the switch', async () => {
    await frame.locator('#ui-language').selectOption('fr');
    await frame.getByRole('button', { name: 'Proposer des mises en relation' }).waitFor();
    await frame
      .locator('section.peer-match', { hasText: /Statut : proposée/ })
      .first()
      .waitFor();
    expect(s.errors).toEqual([]);
  });
});
