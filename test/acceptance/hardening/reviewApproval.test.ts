// Issue 10 item 9, through the shipped bundle (and the built review sidebar in Chromium): Send link and Approve ask
// first, saying what is sent to whom in which language; right after approval the new member city is not reported as
// a duplicate of itself; hubs are shown by name, never by id.

import type { BrowserContext } from 'playwright-core';
import type { Emulator } from '../../../src/emulator';
import { type SidebarServer, startSidebarServer } from '../../../src/emulator/browser';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { describeBrowser, type LaunchedBrowser, launchBrowser, openPage } from '../../browser/harness';
import {
  applicationAnswers,
  applicationRows,
  COORDINATOR,
  enquiryAnswers,
  formId,
  intakeWorkbook,
  ok,
  outbox,
} from '../intake/harness';

interface Review {
  version: number;
  stage: string;
  answers: [string, string][];
  findings: { severity: string; en: string }[];
}
interface Preview {
  templateName: string;
  language: string;
  recipients: string[];
  subject: string;
}

/** A French enquiry (APP-000001) and, when `applied`, its application form (two contacts). */
function workbookWith(applied: boolean): Emulator {
  const emu = intakeWorkbook();
  submitFormResponse(emu, {
    formId: formId(emu, 'enquiry'),
    answers: enquiryAnswers({ language: 'Français (French)' }),
  });
  if (applied)
    submitFormResponse(emu, {
      formId: formId(emu, 'application'),
      answers: applicationAnswers('APP-000001'),
    });
  return emu;
}

const review = (emu: Emulator) => ok<Review>(emu, 'getApplicationReview', ['APP-000001'], COORDINATOR).value!;

describe('review and approval', () => {
  it('previews Send link: recipient, the email by name, its language; nothing is sent or changed', () => {
    const emu = workbookWith(false);
    const before = outbox(emu).length;
    const p = ok<Preview>(emu, 'previewApplicationAction', ['APP-000001', 'sendLink'], COORDINATOR).value!;
    expect(p).toMatchObject({
      templateName: 'Application form invitation',
      language: 'fr',
      recipients: ['amina.haddad@irbid.example'],
    });
    expect(p.subject).not.toBe('');
    expect(outbox(emu).length).toBe(before);
    expect(applicationRows(emu)[0]!['Stage']).toBe('enquiry received');
  });

  it('previews Approve: every welcome recipient; after approval the city is not "already a member" of itself', () => {
    const emu = workbookWith(true);
    const p = ok<Preview>(emu, 'previewApplicationAction', ['APP-000001', 'approve'], COORDINATOR).value!;
    expect(p.recipients).toEqual(['amina.haddad@irbid.example', 'omar.khalil@irbid.example']);
    expect(p.templateName).toBe('Welcome to the network');
    const r = review(emu);
    ok(emu, 'approveApplication', ['APP-000001', r.version], COORDINATOR);
    const after = review(emu);
    expect(after.stage).toBe('approved');
    const texts = after.findings.map((f) => f.en).join('\n');
    expect(texts).not.toMatch(/already a member/);
    expect(texts).toMatch(/became a member through this application/);
    // The hub by its name; its id stays in the sheet.
    expect(after.answers).toContainEqual(['Hub', 'MENA']);
    expect(JSON.stringify(after.answers)).not.toMatch(/HUB-\d{6}/);
    expect(applicationRows(emu)[0]!['Hub']).toMatch(/^HUB-\d{6}$/);
  });
});

describeBrowser('review sidebar asks before sending (Chromium)', () => {
  let emu: Emulator;
  let server: SidebarServer;
  let browser: LaunchedBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    emu = workbookWith(true);
    server = await startSidebarServer({ emu, user: COORDINATOR, strictReturnValues: true });
    browser = await launchBrowser();
    context = await browser.newContext();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Approve shows who gets what in which language; nothing happens until Confirm, Cancel sends nothing', async () => {
    const { page, errors } = await openPage(context, server.pageUrl('review'));
    await page.locator('[data-id="APP-000001"]').click();
    const approve = page.getByRole('button', { name: 'Approve as member' });
    await approve.click();
    const confirm = page.locator('.confirm');
    await confirm.waitFor();
    const text = (await confirm.textContent()) ?? '';
    expect(text).toContain('“Welcome to the network” in French');
    expect(text).toContain('amina.haddad@irbid.example, omar.khalil@irbid.example');
    const named = () => server.handler.calls.map((c) => c.name);
    expect(named()).not.toContain('approveApplication');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('.confirm').count()).toBe(0);
    expect(named()).not.toContain('approveApplication');
    expect(applicationRows(emu)[0]!['Stage']).toBe('under review');

    await approve.click();
    await page.getByRole('button', { name: 'Confirm and send' }).click();
    await page.locator('p', { hasText: 'Stage: approved' }).waitFor();
    expect(named()).toContain('approveApplication');
    expect(await page.locator('main').textContent()).not.toMatch(/already a member|HUB-\d{6}/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
