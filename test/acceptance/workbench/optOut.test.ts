// Issue 12 item 8 in the workbench, in Chromium: a mailing's opt-out link opened from the Outbox shows the page in
// the email's language, confirming adds the Suppressions row, the next mailing leaves the address out, and a forged
// token gets the refusal page.
import fs from 'node:fs';
import path from 'node:path';
import { advanceClock } from '../../../src/emulator/events';
import type { Workbench } from '../../../src/workbench/workbench';
import { describeBrowser } from '../../browser/harness';
import { tabRows } from '../intake/harness';
import { type BrowserSession, openBrowser, start, tempWorkbook } from './support';

jest.setTimeout(180_000);
const OWNER = 'owner@strongcities.org';
const EMAIL = 'claire.optout@lyon-test.example';

describeBrowser('workbench: the opt-out page from the Outbox (issue 12 item 8)', () => {
  const file = tempWorkbook();
  let wb: Workbench;
  let s: BrowserSession;
  let base = '';

  beforeAll(async () => {
    wb = await start(file);
    base = wb.url.replace(/\/$/, '');
    s = await openBrowser(wb.url);
  }, 120_000);
  afterAll(async () => {
    await s?.browser.close();
    await wb?.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  const run = <T>(fn: string, args: unknown[]) => {
    const r = wb.engine.emu.run<T>(fn, args, { user: OWNER });
    if (r.status !== 'ok') throw new Error(`${fn}: ${r.error}`);
    return r.value as T;
  };
  const save = (tab: string, fields: Record<string, unknown>) =>
    run<{ id: string }>('saveRecord', [{ tab, fields }]).id;
  const draft = { name: 'Opt-out test', templateName: 'Opt-out test', audience: { countries: ['Testland'] } };

  it('opens the link from the Outbox in French, confirms, and the next mailing skips the address; a forged token is refused', async () => {
    const emu = wb.engine.emu;
    const city = save('Cities', {
      name: 'Lyon-Test',
      country: 'Testland',
      status: 'member',
      languages: ['fr'],
    });
    save('Contacts', {
      orgId: city,
      name: 'Claire Test',
      email: EMAIL,
      language: 'fr',
      category: 'practitioner',
      lawfulBasis: 'consent',
      newsletterConsent: 'given',
    });
    for (const [language, subject] of [
      ['en', 'Briefing'],
      ['fr', 'Note'],
    ])
      save('Templates', {
        name: 'Opt-out test',
        purpose: 'newsletter',
        language,
        active: true,
        subject,
        body: 'Bonjour {{Name}}',
      });
    run('startMailing', [draft, null]);
    for (let i = 0; i < 3; i++) advanceClock(emu, 60_000);
    const message = emu.backend.stores.comms.mail.outbox.find((m) => m.to.includes(EMAIL))!;
    expect(message).toBeDefined();

    const page = s.page;
    await page.goto(`${base}/outbox/${message.id}`);
    const href = await page.locator('a[href*="/exec"]').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^${base}/exec`));
    await page.goto(href!);
    await page.waitForSelector('form');
    expect(await page.textContent('body')).toContain('Ne plus recevoir nos envois ?');
    expect(await page.getAttribute('form', 'action')).toBe(`${base}/exec`);
    await page.locator('form button, form input[type="submit"]').first().click();
    await page.waitForFunction(() => document.body.textContent?.includes('Vous êtes désinscrit·e'));
    const rows = tabRows(emu, 'Suppressions').filter((r) => String(r['Email']).toLowerCase() === EMAIL);
    expect(rows).toHaveLength(1);
    expect(rows[0]!['Reason']).toBe('opted out');

    const next = run<{ count: number; excluded: { email: string; reason: string }[] }>('previewAudience', [
      { ...draft, name: 'Next' },
    ]);
    expect(next.count).toBe(0);
    expect(next.excluded.map((e) => e.reason)).toEqual(['suppressed']);

    const url = new URL(href!);
    const t = url.searchParams.get('t')!;
    const i = t.lastIndexOf('.') - 3;
    url.searchParams.set('t', t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1));
    await page.goto(url.toString());
    expect(await page.textContent('body')).toMatch(/Ce lien n’est pas valide|This link is not valid/);
    expect(await page.$('form')).toBeNull();
    expect(s.errors).toEqual([]);
  });
});
