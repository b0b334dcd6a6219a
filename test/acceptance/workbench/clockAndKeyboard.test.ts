// Acceptance (issue 7): the clock control runs the time-driven trigger setup installed — "+1 day" in the page runs
// the daily jobs as the trigger's owner (not the person at the keyboard) and the daily digest lands in the outbox;
// and the rendered enquiry form works with the keyboard alone (Tab through every question, Enter on Submit).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Workbench } from '../../../src/workbench/workbench';
import { describeBrowser, waitFor } from '../../browser/harness';
import { type BrowserSession, openBrowser, start, tempWorkbook } from './support';

describeBrowser('workbench: the clock control and the forms by keyboard', () => {
  const file = tempWorkbook();
  let wb: Workbench;
  let s: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    wb = await start(file);
    s = await openBrowser(wb.url);
    page = s.page;
    s.context.setDefaultTimeout(45_000); // a loaded 2-core CI machine is slow to start Chromium's first actions
    await page.getByRole('menuitem', { name: 'SCN CRM' }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await s?.browser.close();
    await wb?.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('"+1 day" runs the daily trigger as its owner and the daily digest appears in the outbox', async () => {
    const g = wb.engine.emu.backend;
    const daily = g.stores.script.triggers.triggers.find((t) => t.eventType === 'CLOCK');
    expect(daily).toBeDefined();
    // Someone other than the trigger's owner is at the keyboard: the trigger must still run as its owner.
    const options = await page
      .locator('.user-select option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const other = options.find((email) => email !== daily!.owner);
    expect(other).toBeDefined();
    await page.locator('.user-select').selectOption(other!);
    await waitFor(() => wb.engine.user === other, 'the user switch');

    const clockBefore = (await page.locator('.clock-text').textContent()) ?? '';
    const ran = g.executions.length;
    await page.getByRole('button', { name: '+1 day', exact: true }).click();
    await waitFor(
      async () => ((await page.locator('.clock-text').textContent()) ?? '') !== clockBefore,
      'the clock to move',
    );
    const triggered = g.executions.slice(ran).filter((x) => x.options.origin === 'trigger:CLOCK');
    expect(triggered.length).toBeGreaterThanOrEqual(1);
    for (const x of triggered) {
      expect(x.user).toBe(daily!.owner);
      expect(x.effectiveUser).toBe(daily!.owner);
      expect(x.killed).toBeFalsy();
    }
    expect(wb.engine.user).toBe(other);

    await page.locator('.outbox-button').click();
    const digest = page.locator('.outbox-item', { hasText: /due today.*overdue/ }).first();
    await digest.waitFor();
    await digest.click();
    await page.locator('.mail-subject', { hasText: /due today/ }).waitFor();
    await page
      .frameLocator('iframe.mail-body')
      .locator('body', { hasText: /Overdue/ })
      .waitFor();
    expect(s.errors).toEqual([]);
  });

  it('fills the enquiry form with Tab, arrows and Space, and submits it with Enter', async () => {
    const enquiry = [...wb.engine.emu.backend.stores.comms.forms.forms.values()].find((f) =>
      /enquiry/i.test(f.title),
    );
    expect(enquiry).toBeDefined();
    const before = enquiry!.responses.length;
    const form = await s.context.newPage();
    await form.goto(`${wb.server.origin}/forms/d/e/${enquiry!.publishedId}/viewform`);
    await form.getByRole('heading', { name: enquiry!.title }).waitFor();

    const answered = new Set<string>();
    for (let presses = 0; presses < 60; presses++) {
      await form.keyboard.press('Tab');
      const focused = await form.evaluate(() => {
        const e = document.activeElement as HTMLInputElement | null;
        return {
          tag: e?.tagName.toLowerCase() ?? '',
          type: e?.getAttribute('type') ?? '',
          question: e?.closest('.question')?.getAttribute('data-title') ?? '',
        };
      });
      if (focused.tag === 'button') break;
      // One answer per question: a radio group is one Tab stop; the next box of a checkbox question is skipped.
      if (!focused.question || answered.has(focused.question)) continue;
      answered.add(focused.question);
      if (focused.tag === 'select') await form.keyboard.press('ArrowDown');
      else if (focused.type === 'radio' || focused.type === 'checkbox') await form.keyboard.press('Space');
      else if (focused.type === 'email') await form.keyboard.type('keyboard.only@example.org');
      else if (focused.tag === 'textarea') await form.keyboard.type('Typed with the keyboard only.');
      else if (focused.type === 'text') await form.keyboard.type(`Keyboard ${focused.question}`);
    }
    await expect(form.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Submit');
    expect(answered.size).toBeGreaterThanOrEqual(5);
    await form.keyboard.press('Enter');
    await form.locator('.confirmation').waitFor();
    expect(await form.locator('.error').count()).toBe(0);
    expect(enquiry!.responses).toHaveLength(before + 1);
    // The typed answers arrived, and the form-submit trigger acknowledged the enquiry to the typed address.
    await waitFor(
      () =>
        wb.engine.emu.backend.stores.comms.mail.outbox.some((m) =>
          m.to.includes('keyboard.only@example.org'),
        ),
      'the acknowledgement to the typed address',
    );
    await form.close();
    expect(s.errors).toEqual([]);
  });
});
