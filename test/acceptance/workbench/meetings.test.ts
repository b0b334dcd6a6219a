// Acceptance (issue 17): the Member meetings sidebar in the workbench, in headless Chromium, on the demo network
// (whose default audience is empty: every member city's country has a hub): the sidebar says so, a hub is chosen,
// a bad field is refused by name, the slot is previewed with its why, the series scheduled, one occurrence moved and
// one cancelled, then attendance recorded with action points, then in French.
import fs from 'node:fs';
import path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import type { Workbench } from '../../../src/workbench/workbench';
import { describeBrowser } from '../../browser/harness';
import { tabRows } from '../intake/harness';
import { type BrowserSession, openMenuSidebar, start, tempWorkbook, type toastWatcher } from './support';

jest.setTimeout(240_000);

describeBrowser('workbench: the Member meetings sidebar', () => {
  const file = tempWorkbook();
  let wb: Workbench;
  let s: BrowserSession;
  let frame: FrameLocator;
  let toasts: ReturnType<typeof toastWatcher>;

  beforeAll(async () => {
    wb = await start(file);
    ({ s, frame, toasts } = await openMenuSidebar(wb, /^Engagement/, 'Member meetings', /Member meetings/));
  }, 180_000);

  afterAll(async () => {
    await s?.browser.close();
    await wb?.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  const audience = () => frame.locator('select[name="audience"]');
  const occurrences = () => frame.locator('section.occurrence');

  it('says the default audience is empty and offers the hubs’ member cities instead', async () => {
    await frame.locator('.default-empty', { hasText: /default audience is empty/ }).waitFor();
    expect(await audience().locator('option[value="default"]').isDisabled()).toBe(true);
    expect(await audience().inputValue()).not.toBe('default');
    const balkans = audience().locator('option[value="HUB-000004"]');
    expect(await balkans.textContent()).toMatch(/^Western Balkans – member cities \(\d+\)$/);
    await audience().selectOption('HUB-000004');
    await frame.locator('.audience-cities', { hasText: /^Cities: / }).waitFor();
  });

  it('refuses a bad field by its name, keeping what was typed', async () => {
    await frame.getByLabel('Every (weeks)').fill('0');
    await frame.getByRole('button', { name: 'Schedule', exact: true }).click();
    await toasts.toast(/Every \(weeks\): choose a whole number from 1 to 8/);
    expect(await frame.getByLabel('Title').inputValue()).toBe('Strong Cities member meeting');
    expect(await audience().inputValue()).toBe('HUB-000004');
  });

  it('previews the time and why, then schedules the series and lists its occurrences', async () => {
    await frame.getByLabel('Title').fill('Test <b>Balkans</b> call');
    await frame.getByLabel('Every (weeks)').fill('1');
    await frame.getByLabel('Meetings in the series').fill('3');
    await frame.getByRole('button', { name: 'Preview the time' }).click();
    const chosen = await frame.locator('.chosen-slot').textContent();
    expect(chosen).toMatch(
      /^Chosen time: 23\/03\/2026 at \d\d:\d\d UTC, every 1 week\(s\), 3 meeting\(s\)\.$/,
    );
    await frame
      .locator('.meeting-plan .meeting-why li', { hasText: /within working hours/ })
      .first()
      .waitFor();
    await frame.getByRole('button', { name: 'Schedule', exact: true }).click();
    await toasts.toast(/Scheduled: \d+ guest\(s\) invited, with a Meet link\./);
    const card = frame.locator('section.series', { hasText: 'Test <b>Balkans</b> call' });
    await card.waitFor();
    expect(await card.locator('h3 b').count()).toBe(0);
    await card.locator('.line-detail', { hasText: /^Meet: https:\/\/meet\.google\.com\// }).waitFor();
    await occurrences().nth(2).waitFor();
    expect(await occurrences().count()).toBe(3);
    expect(await occurrences().locator('h3').first().textContent()).toMatch(
      /^23\/03\/2026 at \d\d:\d\d UTC$/,
    );
  });

  it('moves one occurrence and cancels another; guests are told', async () => {
    const second = occurrences().nth(1);
    await second.getByRole('button', { name: 'Move' }).click();
    await second.locator('input[name="newTime"]').fill('2026-04-01T10:00');
    await second.getByRole('button', { name: 'Move it' }).click();
    await toasts.toast(/Moved to 01\/04\/2026 at 10:00 UTC/);
    await occurrences().nth(1).locator('h3', { hasText: '01/04/2026 at 10:00 UTC (moved)' }).waitFor();
    const third = occurrences().nth(2);
    await third.getByRole('button', { name: 'Cancel this one' }).click();
    await third.getByRole('button', { name: 'Confirm the cancellation' }).click();
    await toasts.toast(/Cancelled the meeting of 06\/04\/2026/);
    await occurrences().nth(2).waitFor({ state: 'detached' });
    expect(await occurrences().count()).toBe(2);
  });

  it('records attendance of a past meeting with action points, each with its owner and due day', async () => {
    // A week passes: the first meeting has taken place.
    wb.engine.emu.backend.clock.advance(8 * 86_400_000);
    const card = frame.locator('section.series', { hasText: 'Test <b>Balkans</b> call' });
    await card.getByRole('button', { name: 'Hide' }).click();
    await card.getByRole('button', { name: 'Occurrences' }).click();
    const first = occurrences().first();
    await first.getByRole('button', { name: 'Attendance' }).click();
    await first.locator('input[name="attended"]').first().check();
    await first.getByLabel('What').fill('Test send the minutes');
    await first.getByLabel(/^Due on/).fill('2026-04-10');
    await first.getByRole('button', { name: 'Another action point' }).click();
    const points = first.locator('.action-point');
    await points.nth(1).getByLabel('What').fill('Test share the toolkit');
    const owners = await points
      .nth(1)
      .locator('select[name="owner"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await points
      .nth(1)
      .locator('select[name="owner"]')
      .selectOption(owners[owners.length - 1]!);
    await first.getByRole('button', { name: 'Record attendance' }).click();
    const said = await toasts.toast(/Recorded ENG-\d+ with 2 follow-up\(s\)\./);
    const id = /ENG-\d+/.exec(said)![0];
    await occurrences()
      .first()
      .locator('.line-detail', { hasText: `Attendance recorded: ${id}` })
      .waitFor();
    const fus = tabRows(wb.engine.emu, 'Follow-ups').filter((f) => f['On record'] === id);
    expect(fus.map((f) => [f['What'], f['Owner'], f['Due on'] instanceof Date])).toEqual([
      ['Test send the minutes', wb.engine.user, true],
      ['Test share the toolkit', owners[owners.length - 1], true],
    ]);
    expect((fus[0]!['Due on'] as Date).getDate()).toBe(10);
    // The engagement names only the guest ticked.
    const eng = tabRows(wb.engine.emu, 'Engagements').find((e) => e['Engagement ID'] === id)!;
    expect(eng['Type']).toBe('bi-weekly call');
    expect(
      String(eng['Contacts'])
        .split(',')
        .filter((c) => c.trim() !== ''),
    ).toHaveLength(1);
  });

  it('reads in French after the switch', async () => {
    await frame.locator('#ui-language').selectOption('fr');
    await frame.getByRole('button', { name: 'Planifier', exact: true }).waitFor();
    await frame.locator('.default-empty', { hasText: /public par défaut est vide/ }).waitFor();
    expect(s.errors).toEqual([]);
  });
});
