// Issue 10 item 8 in Chromium: the real City profile and Review sidebars (dist/*.html) for a French reader show
// field labels, help texts, dropdown values, stages and template names in French, dates in the one format, and
// the browser's own check of a field in French.

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { APPLICATIONS, CITIES } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { type SidebarServer, startSidebarServer } from '../../../src/emulator/browser';
import {
  describeBrowser,
  type LaunchedBrowser,
  launchBrowser,
  openPage,
  waitFor,
} from '../../browser/harness';
import { stableDist } from '../../support/reliability/stableDist';
import { demoEmulator, records, runOk, staffByRole } from '../sidebars/harness';

/** English words of the old half-translated sidebars; none may show to a French reader. */
const ENGLISH_ONLY = [
  'Membership status',
  'Name in English',
  'Topics the city wants',
  'Recent engagement',
  'Profile reviewed',
  'member',
  'Stage:',
  'under review',
  'enquiryAcknowledgement',
  'Enquiry acknowledgement',
  'Submitter name',
];

describeBrowser('French sidebars in Chromium (issue 10 item 8)', () => {
  let emu: Emulator;
  let browser: LaunchedBrowser;
  let server: SidebarServer;
  let coordinator: string;
  let cityId: string;

  const withContext = (page: string, context: Record<string, string>) =>
    fs.readFileSync(path.join(stableDist(), `${page}.html`), 'utf8') +
    `<script type="application/json" id="scn-context">${JSON.stringify(context)}</script>`;

  beforeAll(async () => {
    emu = demoEmulator();
    const city = records(emu, CITIES).find((c) => c.status === 'member')!;
    cityId = String(city.id);
    coordinator = staffByRole(emu, String(city.hubId)).coordinator;
    runOk(emu, coordinator, 'setUiLanguage', 'fr');
    server = await startSidebarServer({
      emu,
      user: coordinator,
      distDir: stableDist(),
      pages: { cityFr: withContext('city', { id: cityId }), reviewFr: withContext('review', {}) },
    });
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The text a person sees: the app's own element (the body also holds the page's inlined script). */
  const shown = (page: Page) => page.evaluate(() => document.getElementById('app')?.textContent ?? '');

  async function open(name: string): Promise<{ page: Page; errors: string[] }> {
    const ctx = await browser.newContext();
    const opened = await openPage(ctx, server.pageUrl(name));
    return opened;
  }

  it('City profile: labels, help texts, dropdown values, status and dates are French; the browser check is French', async () => {
    const { page, errors } = await open('cityFr');
    await waitFor(
      async () => (await page.getAttribute('body', 'data-loaded')) !== null,
      'the profile',
      20_000,
    );
    expect(await page.textContent('h1')).toBe('Fiche ville');
    const status = page.locator('[data-field="status"]');
    expect(await status.locator('label').textContent()).toContain('Statut d’adhésion');
    const options = await status.locator('option').allTextContents();
    expect(options).toEqual(['— choisir —', 'prospect', 'candidate', 'membre', 'adhésion échue', 'retirée']);
    // The stored value stays English: the select's value is what a save sends.
    expect(await status.locator('select').inputValue()).toBe('member');
    expect(await page.textContent('[data-field="name"] .help')).toBe('Nom en anglais (alphabet latin).');
    expect(await page.textContent('[data-field="priorities"] .help')).toBe(
      'Thèmes sur lesquels la ville veut travailler.',
    );
    expect(await page.locator('.status-line').first().textContent()).toContain('membre');
    const body = await shown(page);
    for (const english of ENGLISH_ONLY) expect([english, body.includes(english)]).toEqual([english, false]);
    // No ISO date left in the page: every date reads dd/MM/yyyy.
    expect(body).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);

    await page.fill('[data-field="website"] input', 'not a link');
    await page.click('#save');
    await waitFor(async () => page.isVisible('[data-field="website"] .field-error'), 'the field error');
    expect(await page.textContent('[data-field="website"] .field-error')).toBe(
      'Site web : “not a link” n’est pas un lien valable (il doit commencer par https://).',
    );
    expect(await page.textContent('.toasts')).toContain('Vérifiez les champs signalés en rouge.');
    expect(errors).toEqual([]);
  }, 60_000);

  it('Review: stage headings, the stage line, answer labels and email template names are French, never keys', async () => {
    // The coordinator sends the application form link, so the application has an email to list.
    const app = records(emu, APPLICATIONS).find((a) => a.stage === 'enquiry received')!;
    runOk(emu, coordinator, 'sendApplicationLink', String(app.id), Number(app.version));
    const { page, errors } = await open('reviewFr');
    await waitFor(async () => (await page.locator('section[data-stage] h2').count()) > 0, 'the list', 20_000);
    const headings = await page.locator('section[data-stage] h2').allTextContents();
    expect(headings.some((h) => h.startsWith('formulaire de candidature envoyé ('))).toBe(true);
    for (const h of headings) expect(h).not.toMatch(/received|sent|review|requested/);
    await page.click(`button[data-id="${String(app.id)}"]`);
    await waitFor(async () => (await shown(page)).includes('Étape :'), 'the review', 20_000);
    const body = await shown(page);
    expect(body).toContain('Étape : formulaire de candidature envoyé');
    expect(await page.locator('dl.answers dt').allTextContents()).toContain('Ville');
    expect(body).toContain('Invitation à remplir le formulaire de candidature →');
    expect(body).toMatch(/ : envoyé \d{2}\/\d{2}\/\d{4}/);
    expect(body).not.toContain('applicationInvitation');
    for (const english of ENGLISH_ONLY) expect([english, body.includes(english)]).toEqual([english, false]);
    expect(errors).toEqual([]);
  }, 60_000);
});
