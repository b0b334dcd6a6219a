// Acceptance (issue 15 item 1): the import sidebar in the workbench, in headless Chromium, on the demo network: a
// Zoom export with a title block, BOM and semicolons is uploaded, previewed (a match by email, one by name to
// confirm, one unknown person to add, a bad row by its line), imported, and imported again without duplicates.
import fs from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import type { Workbench } from '../../../src/workbench/workbench';
import { describeBrowser } from '../../browser/harness';
import { type BrowserSession, openMenuSidebar, start, tempWorkbook, type toastWatcher } from './support';

jest.setTimeout(240_000);

describeBrowser('workbench: importing a Zoom attendance export', () => {
  const file = tempWorkbook();
  let wb: Workbench;
  let s: BrowserSession;
  let page: Page;
  let frame: FrameLocator;
  let toasts: ReturnType<typeof toastWatcher>;
  let zoom = '';
  let people: { byEmail: string; byName: string };

  beforeAll(async () => {
    wb = await start(file);
    // Two active demo contacts with addresses: one comes with their address, the other under their name alone.
    const contacts = wb.engine.model.sheetByName('Contacts')!;
    const rows = contacts.getValues(1, 1, contacts.lastRow(), contacts.lastColumn());
    const head = rows[0]!.map(String);
    const [name, email, to] = ['Name', 'Email', 'Active to'].map((h) => head.indexOf(h));
    const usable = rows.slice(1).filter((r) => String(r[email!]).includes('@') && r[to!] === '');
    const names = new Map<string, number>();
    for (const r of usable) names.set(String(r[name!]), (names.get(String(r[name!])) ?? 0) + 1);
    const unique = usable.filter((r) => names.get(String(r[name!])) === 1);
    const [a, b] = [unique[0]!, unique[1]!];
    people = { byEmail: String(a[name!]), byName: String(b[name!]) };
    zoom = [
      '\uFEFFMeeting ID;Topic;Start Time;End Time;User Email;Duration (Minutes);Participants',
      '987 654 3210;Hub call;12/02/2026 02:00:00 PM;12/02/2026 03:00:00 PM;host@strongcities.org;60;4',
      '',
      'Name (Original Name);User Email;Join Time;Leave Time;Duration (Minutes);Guest',
      `${String(a[name!])};${String(a[email!]).toUpperCase()};12/02/2026 02:00:00 PM;12/02/2026 03:00:00 PM;60;No`,
      `${String(b[name!])};;12/02/2026 02:05:00 PM;12/02/2026 02:55:00 PM;50;Yes`,
      '<b>Zed</b> Newcomer;zed.newcomer@example.org;12/02/2026 02:10:00 PM;12/02/2026 02:40:00 PM;30;Yes',
      'Broken Row;broken@example.org;soon;12/02/2026 02:40:00 PM;30;Yes',
    ].join('\r\n');
    ({ s, page, frame, toasts } = await openMenuSidebar(
      wb,
      /^Engagement/,
      'Import attendance or statistics…',
      /Import attendance/,
    ));
  }, 180_000);

  afterAll(async () => {
    await s?.browser.close();
    await wb?.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  const imported = () => {
    const sheet = wb.engine.model.sheetByName('Engagements')!;
    const all = sheet.getValues(1, 1, sheet.lastRow(), sheet.lastColumn());
    const ref = all[0]!.map(String).indexOf('Source reference');
    return all.slice(1).filter((r) => String(r[ref]).startsWith('import:zoom:id-9876543210@1400:'));
  };

  it('previews the file read in the browser: matches, a name to confirm, an unknown person, a bad row by line', async () => {
    await frame.locator('input[name="file"]').setInputFiles({
      name: 'participants_98765432100.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(zoom, 'utf8'),
    });
    await frame.getByRole('button', { name: 'Preview' }).click();
    await frame.locator('[data-summary]').waitFor();
    expect(await frame.locator('[data-summary]').textContent()).toBe(
      'Zoom participant report: 4 row(s) below the header on line 4.',
    );
    await frame.getByText('Matched by email (1)').waitFor();
    expect(await frame.locator('[data-match="email"]').textContent()).toContain(people.byEmail);
    expect(await frame.locator('[data-match="name"]').textContent()).toContain(people.byName);
    const unknown = frame.locator('[data-match="none"]');
    // The name's markup is shown as text, never as HTML.
    expect(await unknown.textContent()).toContain('<b>Zed</b> Newcomer');
    expect(await unknown.locator('b').count()).toBe(0);
    expect(await frame.locator('.import-problem').textContent()).toBe(
      'Line 8: Join Time "soon" cannot be read as a date and time.',
    );
    await page.screenshot({ path: path.join(path.dirname(file), 'import-preview.png') });
  });

  it('imports the confirmed and added people once; a second import adds nothing', async () => {
    await frame.locator('[data-match="name"] input[name="same"]').check();
    await frame.locator('[data-match="none"] select[name="action"]').selectOption('add');
    await frame.getByRole('button', { name: 'Import' }).click();
    await toasts.toast(/Recorded 3 engagement\(s\); 0 already recorded; 0 skipped; 1 contact\(s\) added\./);
    expect(imported()).toHaveLength(3);
    await frame.locator('.import-already').first().waitFor();
    await frame.getByRole('button', { name: 'Import' }).click();
    await toasts.toast(/Recorded 0 engagement\(s\); 3 already recorded/);
    expect(imported()).toHaveLength(3);
    expect(s.errors).toEqual([]);
  });

  it('reads in French after the switch', async () => {
    await frame.locator('#ui-language').selectOption('fr');
    await frame.getByRole('button', { name: 'Aperçu' }).waitFor();
    await frame.getByText('Reconnus par leur adresse (2)').waitFor();
    expect(s.errors).toEqual([]);
  });
});
