// Issue 10 item 8 in Chromium: for a French user the workbench's own page (top bar, status line, outbox, sidebar
// panel) and what the bundle shows in it (the SCN CRM menu, the Validate workbook sidebar, toasts) hold no English-only
// word (englishWords.ts); dates read in the one format. Grid cells and tab names are the sheet's own data.
import type { Page } from 'playwright-core';
import { describeBrowser } from '../../browser/harness';
import { englishWordsIn } from './englishWords';
import { type DemoWorkbench, demoWorkbench } from './workbenchSupport';

/** What a person reads on the page outside the grid and the tab strip (the workbook's own content). */
const pageText = (page: Page) =>
  page.evaluate(() => {
    const clone = document.getElementById('app')!.cloneNode(true) as HTMLElement;
    const hidden = '.grid, .tabs, .user-select, .forms-list, .outbox-list, .outbox-viewer';
    for (const n of Array.from(clone.querySelectorAll(hidden))) n.remove();
    const labels = Array.from(document.querySelectorAll('[aria-label]'))
      .filter((n) => !n.closest('.grid, .tabs'))
      .map((n) => n.getAttribute('aria-label'));
    return [clone.textContent ?? '', ...labels].join('\n');
  });

/** The text of the sidebar the panel shows (its own frame). */
const sidebarText = async (page: Page) => {
  const frame = page.frameLocator('.side-panel iframe');
  // The body's text without the page's inlined script, which nobody reads.
  return frame.locator('body').evaluate((b) => {
    const clone = b.cloneNode(true) as HTMLElement;
    for (const s of Array.from(clone.querySelectorAll('script, style'))) s.remove();
    return clone.textContent ?? '';
  });
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

const english = (text: string) =>
  lines(text)
    .map((l) => [l, englishWordsIn(l).join(' ')])
    .filter(([, w]) => w !== '')
    .map(([l, w]) => `${l}  ⟵ ${w}`);

describeBrowser('the workbench in French (issue 10 item 8)', () => {
  let d: DemoWorkbench;

  beforeAll(async () => {
    d = await demoWorkbench();
    // The acting user reads French (their sidebar switch), then the workbook opens again for them.
    const user = d.wb.engine.user;
    d.wb.engine.emu.backend.stores.script.properties.forUser(user).set('scn.uiLanguage', 'fr');
    d.wb.engine.open();
    await d.page.reload();
    await d.page.getByRole('menuitem', { name: 'SCN CRM' }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await d?.close();
  });

  it('the page’s own words and the SCN CRM menu are French; the clock reads dd/MM/yyyy', async () => {
    const { page } = d;
    await page.locator('.doc-title', { hasText: 'Atelier SCN CRM' }).waitFor();
    expect(await page.locator('.outbox-button').textContent()).toMatch(/^Boîte d’envoi \(\d+\)$/);
    expect(await page.locator('.clock-text').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} /);
    await page.getByRole('menuitem', { name: 'SCN CRM' }).click();
    const groups = await page
      .locator('.menubar .menu[role="menu"]')
      .first()
      .locator(':scope > li')
      .allInnerTexts();
    expect(groups.join('|')).toContain('Membres');
    const text = await pageText(page);
    await page.keyboard.press('Escape');
    expect(english(text)).toEqual([]);
  }, 60_000);

  it('Validate workbook from the French menu: sidebar, its problems and the status line are French', async () => {
    const { page } = d;
    await page.getByRole('menuitem', { name: 'SCN CRM' }).click();
    await page.getByRole('menuitem', { name: /^Données/ }).click();
    await page.getByRole('menuitem', { name: 'Valider le classeur' }).click();
    await page
      .locator('.side-panel:not([hidden]) .panel-title', { hasText: 'Valider le classeur' })
      .waitFor();
    const frame = page.frameLocator('.side-panel iframe');
    await frame
      .locator('#status')
      .filter({ hasText: /lignes/ })
      .waitFor({ timeout: 60_000 });
    const side = await sidebarText(page);
    expect(side).toMatch(/Valider le classeur/);
    expect(english(side)).toEqual([]);
    expect(english(await pageText(page))).toEqual([]);
  }, 120_000);

  it('the outbox is French and its dates read dd/MM/yyyy HH:mm', async () => {
    const { page } = d;
    await page.locator('.outbox-button').click();
    await page.locator('.outbox:not([hidden]) .panel-title', { hasText: 'Boîte d’envoi' }).waitFor();
    const times = await page.locator('.outbox-list time').allTextContents();
    for (const t of times.slice(0, 20)) expect(t).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(english(await pageText(page))).toEqual([]);
  }, 60_000);
});
