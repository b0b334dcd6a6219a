// Acceptance (issue 4, coordinator actions): the built review sidebar in real headless Chromium, google.script.run
// backed by the shipped bundle in the emulator, used with the keyboard only — the list with the overdue application
// highlighted, an application's findings, decline refused without a reason then sent with one (emailed), and an
// applicant's untrusted answers (a <script> in the background) shown as text.
import type { BrowserContext, Page } from 'playwright-core';
import type { Emulator } from '../../../src/emulator';
import { type SidebarServer, startSidebarServer } from '../../../src/emulator/browser';
import { advanceClock } from '../../../src/emulator/events';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import {
  describeBrowser,
  type LaunchedBrowser,
  launchBrowser,
  openPage,
  waitFor,
} from '../../browser/harness';
import {
  applicationAnswers,
  applicationRows,
  COORDINATOR,
  enquiryAnswers,
  formId,
  intakeWorkbook,
  ok,
  outbox,
  responseLanding,
} from './harness';

const DAY_MS = 86_400_000;
const SCRIPT = '<script>window.__injected = true</script><img src=x onerror="window.__injected = true">';
const REASON = 'The network does not yet cover municipalities of this size.';

/** Presses Tab until the focused element matches `selector` (and has exactly `text`, if given): keyboard only. */
async function tabTo(page: Page, selector: string, text?: string, limit = 200): Promise<void> {
  const focused = ([s, t]: [string, string | undefined]) => {
    const e = document.activeElement;
    return !!e?.matches(s) && (t === undefined || e.textContent === t);
  };
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate(focused, [selector, text] as [string, string | undefined])) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`);
}

describeBrowser('Review applications sidebar in a browser (issue 4)', () => {
  let emu: Emulator;
  let server: SidebarServer;
  let browser: LaunchedBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    // APP-000001: an enquiry left unanswered for two weeks (overdue). APP-000002: a fresh enquiry whose application
    // has one contact (a finding) and markup in its background; typed into the response tab, as the form itself
    // requires two contacts, and picked up by the sweep.
    emu = intakeWorkbook();
    submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
    advanceClock(emu, 14 * DAY_MS);
    submitFormResponse(emu, {
      formId: formId(emu, 'enquiry'),
      answers: enquiryAnswers({ name: 'Lina Aziz', email: 'lina.aziz@madaba.example', city: 'Madaba' }),
    });
    responseLanding(
      emu,
      formId(emu, 'application'),
      applicationAnswers('APP-000002', {
        'City or local government name': 'Madaba',
        'Contact 1: name': 'Lina Aziz',
        'Contact 1: email': 'lina.aziz@madaba.example',
        'Contact 2: name': '',
        'Contact 2: job title': '',
        'Contact 2: email': '',
        'Contact 2: role': '',
        'Background on your city': `Our city ${SCRIPT} and =HYPERLINK("http://evil.example")`,
      }),
    );
    ok(emu, 'processUnprocessedResponses', [], COORDINATOR);
    server = await startSidebarServer({ emu, user: COORDINATOR, strictReturnValues: true });
    browser = await launchBrowser();
    context = await browser.newContext();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists applications by stage with the overdue one highlighted', async () => {
    const { page, errors } = await openPage(context, server.pageUrl('review'));
    const overdue = page.locator('li.app-line', { has: page.locator('[data-id="APP-000001"]') });
    await overdue.waitFor();
    expect(await overdue.getAttribute('class')).toContain('overdue');
    expect(await overdue.locator('.line-detail').textContent()).toMatch(/overdue since \d{2}\/\d{2}\/\d{4}/); // the one date format (dd/MM/yyyy)
    const fresh = page.locator('li.app-line', { has: page.locator('[data-id="APP-000002"]') });
    expect(await fresh.getAttribute('class')).not.toContain('overdue');
    // Highlighted means seen: the overdue line's detail is drawn in a different colour from a line on time.
    const colour = (line: typeof fresh) =>
      line.locator('.line-detail').evaluate((e) => getComputedStyle(e).color);
    expect(await colour(overdue)).not.toBe(await colour(fresh));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard only: opens an application, shows its findings and its answers as text', async () => {
    const { page, errors } = await openPage(context, server.pageUrl('review'));
    await page.locator('[data-id="APP-000002"]').waitFor();
    await tabTo(page, '[data-id="APP-000002"]');
    await page.keyboard.press('Enter');
    await page.locator('h2', { hasText: 'APP-000002' }).waitFor();
    const findings = page.locator('.findings li.error');
    await findings.first().waitFor();
    expect(await findings.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Only 1 point\(s\) of contact/)]),
    );
    // The applicant's markup is shown as the characters typed: no element made from it, nothing ran.
    const background = page.locator('dd', { hasText: '<script>' });
    await background.waitFor();
    expect(await background.textContent()).toContain(SCRIPT);
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    // Formula-like text is shown as typed, not as a formula's result.
    expect(await background.textContent()).toContain('=HYPERLINK("http://evil.example")');
    // Escape goes back to the list, still from the keyboard.
    await page.keyboard.press('Escape');
    await page.locator('[data-id="APP-000001"]').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard only: decline needs a reason; with one, the application is declined and the reason emailed', async () => {
    const { page, errors } = await openPage(context, server.pageUrl('review'));
    await page.locator('[data-id="APP-000002"]').waitFor();
    await tabTo(page, '[data-id="APP-000002"]');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Decline' }).waitFor();
    const calls = server.handler.calls.length;
    await tabTo(page, 'button', 'Decline');
    await page.keyboard.press('Enter');
    await page.locator('.toast-error', { hasText: 'Write the reason first' }).waitFor();
    // Refused in the page: no server call, and the cursor is put where the reason goes.
    expect(server.handler.calls.length).toBe(calls);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('decision-reason');
    await page.keyboard.type(REASON);
    await tabTo(page, 'button', 'Decline');
    await page.keyboard.press('Enter');
    await page.locator('.toast-info', { hasText: 'APP-000002' }).waitFor();
    await page.locator('p', { hasText: 'Stage: declined' }).waitFor();

    const row = applicationRows(emu).find((r) => r['Application ID'] === 'APP-000002')!;
    expect(row.Stage).toBe('declined');
    const mail = await waitFor(
      () => outbox(emu).find((m) => m.to.includes('lina.aziz@madaba.example') && m.body.includes(REASON)),
      'the decline email with the reason',
    );
    expect(mail?.subject).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });
});
