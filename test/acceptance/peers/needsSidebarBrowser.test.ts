// Issue 14 part A in Chromium: the city profile's needs and offers with their age, and Record needs opened from it.
import type { BrowserContext, Page } from 'playwright-core';
import { CITIES, NEEDS, OFFERS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { type SidebarServer, startSidebarServer } from '../../../src/emulator/browser';
import {
  describeBrowser,
  type LaunchedBrowser,
  launchBrowser,
  openPage,
  waitFor,
} from '../../browser/harness';
import {
  demoEmulator,
  lastSidebar,
  records,
  runOk,
  type StaffByRole,
  sidebarContext,
  staffByRole,
} from '../sidebars/harness';

let emu: Emulator;
let staff: StaffByRole;
let server: SidebarServer;
let browser: LaunchedBrowser;
let context: BrowserContext;
const pages: Record<string, string> = {};

async function openShown(name: string): Promise<{ page: Page; errors: string[] }> {
  pages[name] = lastSidebar(emu).html;
  const opened = await openPage(context, server.pageUrl(name));
  await opened.page.waitForSelector('body[data-loaded]');
  return opened;
}

const field = (key: string) =>
  `[data-field="${key}"] input, [data-field="${key}"] textarea, [data-field="${key}"] select`;

describeBrowser('Needs and offers in the city profile, Record needs (issue 14)', () => {
  beforeAll(async () => {
    emu = demoEmulator();
    server = await startSidebarServer({
      emu,
      user: 'owner@strongcities.org',
      pages,
      strictReturnValues: true,
    });
    browser = await launchBrowser();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows each offer with its age; Record needs from the profile refuses no topic, then saves the need', async () => {
    const offers = records(emu, OFFERS);
    const city = records(emu, CITIES).find((c) => offers.some((o) => o.orgId === c.id))!;
    staff = staffByRole(emu, String(city.hubId));
    server.handler.user = staff.admin;
    runOk(emu, staff.admin, 'setUiLanguage', 'en');
    runOk(emu, staff.admin, 'openSidebar', { page: 'city', id: String(city.id) });
    const { page, errors } = await openShown('city-offers');
    const mine = offers.filter((o) => o.orgId === city.id);
    const shown = await page.$$eval('#offers li .offer-age', (ds) => ds.map((d) => d.textContent ?? ''));
    expect(shown).toHaveLength(mine.length);
    for (const line of shown)
      expect(line).toMatch(/^recorded (today|yesterday|\d+ (days|months|years) ago|1 (month|year) ago)/);
    const needAges = await page.$$eval('#needs li .need-age', (ds) => ds.map((d) => d.textContent ?? ''));
    expect(needAges.every((t) => t.startsWith('surveyed '))).toBe(true);

    await page.click('text=Record needs');
    await waitFor(() => sidebarContext(lastSidebar(emu)).cityId === city.id, 'the Record needs sidebar');
    const { page: form, errors: formErrors } = await openShown('needs-1');
    expect(await form.inputValue(field('cityId'))).toBe(String(city.id));
    await form.fill(field('description'), 'Heard at the consultation with schools.');
    await form.click('#save');
    await form.waitForSelector('[data-field="topic"] .field-error:not([hidden])');
    expect(await form.textContent('[data-field="topic"] .field-error')).toMatch(/required/);
    const before = records(emu, NEEDS).length;
    expect(before).toBeGreaterThan(0);
    await form.selectOption(field('topic'), 'youth engagement');
    await form.selectOption(field('source'), 'consultation');
    await form.click('#save');
    await form.waitForSelector('.toast-info');
    const saved = records(emu, NEEDS).slice(-1)[0]!;
    expect(records(emu, NEEDS)).toHaveLength(before + 1);
    expect(saved).toMatchObject({
      cityId: city.id,
      topic: 'youth engagement',
      source: 'consultation',
      status: 'open',
      description: 'Heard at the consultation with schools.',
    });
    expect([...errors, ...formErrors]).toEqual([]);
  });
});
