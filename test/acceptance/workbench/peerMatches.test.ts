// Acceptance (issue 14 part B): the Peer matches sidebar in the workbench, in headless Chromium, on the demo network:
// suggest matches, read a suggestion's breakdown and rationale, dismiss one with a reason, accept another (two
// introductions in the outbox), and the same sidebar in French.
import fs from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import type { Workbench } from '../../../src/workbench/workbench';
import { describeBrowser } from '../../browser/harness';
import { type BrowserSession, openMenuSidebar, start, tempWorkbook, type toastWatcher } from './support';

jest.setTimeout(180_000);

describeBrowser('workbench: the Peer matches sidebar', () => {
  const file = tempWorkbook();
  let wb: Workbench;
  let s: BrowserSession;
  let page: Page;
  let frame: FrameLocator;
  let toasts: ReturnType<typeof toastWatcher>;

  beforeAll(async () => {
    wb = await start(file);
    ({ s, page, frame, toasts } = await openMenuSidebar(
      wb,
      /^Peer learning/,
      'Peer matches',
      /Peer matches/,
    ));
  }, 180_000);

  afterAll(async () => {
    await s?.browser.close();
    await wb?.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  const proposed = () => frame.locator('section.peer-match', { hasText: /Status: proposed/ });

  it('suggests matches and shows each one’s breakdown and rationale as text', async () => {
    const before = await proposed().count();
    await frame.getByRole('button', { name: 'Suggest peer matches' }).click();
    await toasts.toast(/suggestion\(s\) written for/);
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
    await toasts.toast(/Suggestion dismissed\./);
    await frame.locator(`section[data-match="${id}"]`).waitFor({ state: 'detached' });
  });

  it('accepts a suggestion: two introductions go out', async () => {
    const card = proposed().first();
    const heading = (await card.locator('h2').textContent()) ?? '';
    const [seeker, offerer] = heading.split(' ← ');
    await card.getByRole('button', { name: 'Accept and introduce' }).click();
    await toasts.toast(/Introductions sent to 2 contact\(s\)\./);
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
