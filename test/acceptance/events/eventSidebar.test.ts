// Acceptance (issue 16): the Event sidebar in the workbench, in headless Chromium: create an event, add a
// participant from the contacts and an external one who needs a visa letter, see the logistics, create the
// registration form, generate visa letters and the summary report (a Google Doc linked on the event), record
// attendance, and read the same sidebar in French.
import fs from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import type { Workbench } from '../../../src/workbench/workbench';
import { describeBrowser } from '../../browser/harness';
import { type BrowserSession, openBrowser, start, tempWorkbook } from '../workbench/support';

jest.setTimeout(240_000);

describeBrowser('workbench: the Event sidebar', () => {
  const file = tempWorkbook();
  let wb: Workbench;
  let s: BrowserSession;
  let page: Page;
  let frame: FrameLocator;

  beforeAll(async () => {
    wb = await start(file);
    s = await openBrowser(wb.url);
    page = s.page;
    s.context.setDefaultTimeout(60_000);
    await page.getByRole('menuitem', { name: 'SCN CRM' }).click();
    await page.getByRole('menuitem', { name: /^Events/ }).click();
    await page.getByRole('menuitem', { name: 'Event (selected event) or new event' }).click();
    await page.locator('.side-panel:not([hidden]) .panel-title', { hasText: /Event/ }).waitFor();
    frame = page.frameLocator('iframe.sidebar-frame');
    await frame.locator('body[data-loaded="true"]').waitFor();
  }, 150_000);

  afterAll(async () => {
    await s?.browser.close();
    await wb?.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  // Toasts go after six seconds: a recorder keeps every one shown (the page's toasts are re-created when the
  // sidebar reloads, so it watches the body), and an error toast fails the step with its own words.
  async function recordToasts(): Promise<void> {
    await frame.locator('body').evaluate((body) => {
      const w = window as unknown as { seenToasts?: string[] };
      if (w.seenToasts) return;
      const seen: string[] = [];
      w.seenToasts = seen;
      new MutationObserver(() => {
        for (const t of Array.from(body.querySelectorAll('.toast')))
          if (!seen.includes(t.textContent ?? '')) seen.push(t.textContent ?? '');
      }).observe(body, { childList: true, subtree: true });
    });
  }
  const seenToasts = async () =>
    frame
      .locator('body')
      .evaluate(() => ((window as unknown as { seenToasts: string[] }).seenToasts ?? []).join(' | '));
  /** Waits for a toast matching `wanted`; an error toast ends the wait and fails with its text. */
  async function toast(wanted: RegExp): Promise<string> {
    const deadline = Date.now() + 150_000;
    for (;;) {
      const seen = await seenToasts();
      if (wanted.test(seen) || /Could not complete|Action impossible/.test(seen) || Date.now() > deadline) {
        expect(seen).toMatch(wanted);
        return seen;
      }
      await page.waitForTimeout(200);
    }
  }
  // The event's form comes first, the participant's second.
  const field = (key: string) => frame.locator('form.record-form').nth(0).locator(`[data-field="${key}"]`);
  const person = (key: string) => frame.locator('form.record-form').nth(1).locator(`[data-field="${key}"]`);

  it('creates an event', async () => {
    await recordToasts();
    await field('name').locator('input').fill('Sidebar Summit 2026');
    await field('type').locator('select').selectOption('conference');
    await field('startsOn').locator('input').fill('2026-09-14');
    await field('endsOn').locator('input').fill('2026-09-15');
    await field('place').locator('input').fill('Amman');
    await field('languages').locator('input[value="en"]').check();
    await field('languages').locator('input[value="fr"]').check();
    await field('capacity').locator('input').fill('10');
    await field('purpose').locator('textarea, input').first().fill('Bring members together on prevention.');
    await frame.locator('#save').click();
    await toast(/Event saved \(EVT-\d+\)/);
    await frame.locator('#event-actions').waitFor();
  });

  it('adds a contact and an external participant, and shows the logistics', async () => {
    const contact = person('contactId').locator('select');
    const options = await contact
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    expect(options.length).toBeGreaterThan(0);
    await contact.selectOption(options[0]!);
    await person('status').locator('select').selectOption('registered');
    await person('interpretationLanguage').locator('select').selectOption('fr');
    await frame.locator('#save-participant').click();
    await toast(/Participant saved \(PAR-\d+\)/);
    await frame.locator('#participants li').first().waitFor();

    // After a save the participant form starts afresh: the next one is an external person.
    await person('name').locator('input').fill('Nadia Sidebar');
    await person('email').locator('input').fill('nadia@example.org');
    await person('status').locator('select').selectOption('registered');
    await person('travel').locator('select').selectOption('requested');
    await person('travelFrom').locator('input').fill('Tunis');
    await person('visa').locator('select').selectOption('letter requested');
    await person('nationality').locator('input').fill('Tunisian');
    await frame.locator('#save-participant').click();
    await toast(/Participant saved \(PAR-\d+\).*Participant saved \(PAR-\d+\)/);
    await frame.locator('#participants li', { hasText: 'Nadia Sidebar' }).waitFor();
    await frame.locator('#logistics', { hasText: 'registered: 2' }).waitFor();
    await frame.locator('#logistics', { hasText: 'Nadia Sidebar · Tunis' }).waitFor();
    // Names are text nodes only: the participants list holds no element built from workbook data.
    expect(await frame.locator('#participants li *').count()).toBe(0);
  });

  it('creates the registration form and generates visa letters once', async () => {
    await frame.getByRole('button', { name: 'Create the registration form' }).click();
    await toast(/Registration form ready: https:\/\/docs\.google\.com\/forms\//);
    await frame.getByRole('button', { name: 'Generate visa letters' }).click();
    await toast(/1 visa letter\(s\) written\./);
    await frame.getByRole('button', { name: 'Generate visa letters' }).click();
    await toast(/0 visa letter\(s\) written\./);
    const docs = [...wb.engine.emu.backend.stores.documents.documents.values()];
    expect(docs.filter((d) => d.name.includes('Nadia Sidebar'))).toHaveLength(1);
  });

  it('generates the summary report and shows its link on the event', async () => {
    await frame.getByRole('button', { name: 'Generate the summary' }).click();
    const seen = await toast(/Summary report written: https:\/\/docs\.google\.com\/document\/d\//);
    const url = /Summary report written: (https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit)/.exec(
      seen,
    )![1]!;
    await frame.locator('#summary-link a', { hasText: url }).waitFor();
    const doc = [...wb.engine.emu.backend.stores.documents.documents.values()].find((d) =>
      url.includes(d.id),
    )!;
    expect(doc.name).toContain('Sidebar Summit 2026');
    expect(doc.body.some((e) => e.kind === 'PARAGRAPH' && e.heading === 'HEADING1')).toBe(true);
  });

  it('records attendance once', async () => {
    const first = frame.locator('#participants li').first();
    await first.click();
    await person('status').locator('select').selectOption('attended');
    await frame.locator('#save-participant').click();
    await frame.locator('#participants li', { hasText: 'attended' }).waitFor();
    await frame.getByRole('button', { name: 'Record attendance' }).click();
    await toast(/1 attendance engagement\(s\) logged\./);
    await frame.getByRole('button', { name: 'Record attendance' }).click();
    await toast(/0 attendance engagement\(s\) logged\./);
  });

  it('reads in French after the switch', async () => {
    await frame.locator('#ui-language').selectOption('fr');
    await frame.getByRole('button', { name: 'Rédiger le compte rendu' }).waitFor();
    await frame.getByRole('button', { name: 'Enregistrer le participant' }).waitFor();
    await frame.locator('#logistics h3', { hasText: 'Effectifs par statut' }).waitFor();
    await frame.locator('#summary-link', { hasText: 'Compte rendu' }).waitFor();
    expect(s.errors).toEqual([]);
  });
});
