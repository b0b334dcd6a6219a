// Issue 6 in the browser, continued: the city profile's sections from the demo workbook, Find by email, a keyboard-only
// Contact save, and deactivating a partner (its own Active to date, its contacts end-dated).
import type { BrowserContext, Page } from 'playwright-core';
import { AUDIT, CITIES, CONTACTS, ENGAGEMENTS, MATCHES, NEEDS, PARTNERS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { type SidebarServer, startSidebarServer } from '../../../src/emulator/browser';
import {
  describeBrowser,
  type LaunchedBrowser,
  launchBrowser,
  openPage,
  waitFor,
} from '../../browser/harness';
import { demoEmulator, lastSidebar, OWNER, recordById, records, runOk, sidebarContext } from './harness';

let emu: Emulator;
let server: SidebarServer;
let browser: LaunchedBrowser;
let context: BrowserContext;
const pages: Record<string, string> = {};

const idsOf = (cell: unknown) =>
  String(cell ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const lastAudit = () => records(emu, AUDIT).slice(-1)[0]!;
const callsOf = (name: string) => server.handler.calls.filter((c) => c.name === name);

/** Asks the server to open a sidebar (as a page's link does), then serves the HTML it showed and opens it. */
async function openSidebar(request: Record<string, string>, name: string): Promise<Page> {
  runOk(emu, OWNER, 'openSidebar', request);
  pages[name] = lastSidebar(emu).html;
  const { page } = await openPage(context, server.pageUrl(name));
  await page.waitForSelector('body[data-loaded]');
  return page;
}

/** Presses Tab until the focused element matches (keyboard-only navigation). */
async function tabTo(page: Page, selector: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describeBrowser(
  'City profile sections, Find by email, Contact by keyboard, Partner end date (issue 6)',
  () => {
    beforeAll(async () => {
      emu = demoEmulator();
      server = await startSidebarServer({ emu, user: OWNER, pages, strictReturnValues: true });
      browser = await launchBrowser();
      context = await browser.newContext();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('City profile shows the seeded contacts, newest engagement, needs, matches and membership status', async () => {
      const contacts = records(emu, CONTACTS);
      const engagements = records(emu, ENGAGEMENTS);
      const needs = records(emu, NEEDS);
      const matches = records(emu, MATCHES);
      const of = (id: string) => ({
        contacts: contacts.filter((c) => c.orgId === id),
        engagements: engagements.filter((e) => idsOf(e.cityIds).includes(id)),
        needs: needs.filter((n) => n.cityId === id),
        matches: matches.filter((m) => m.seekingCityId === id || m.offeringCityId === id),
      });
      // A demo city that has something in every section.
      const city = records(emu, CITIES).find((c) => {
        const o = of(String(c.id));
        return (
          o.contacts.length > 0 && o.engagements.length > 0 && o.needs.length > 0 && o.matches.length > 0
        );
      })!;
      expect(city).toBeDefined();
      const seeded = of(String(city.id));
      const page = await openSidebar({ page: 'city', id: String(city.id) }, 'city-sections');

      expect(await page.textContent('#city-name')).toBe(String(city.name));
      const statusLine = await page.$$eval('p.status-line', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(statusLine.some((t) => t.endsWith(` · ${String(city.status)}`))).toBe(true);

      const shownContacts = await page.$$eval('#contacts li button.link', (bs) =>
        bs.map((b) => b.textContent),
      );
      expect([...shownContacts].sort()).toEqual(seeded.contacts.map((c) => String(c.name)).sort());

      const newest = [...seeded.engagements].sort(
        (a, b) => (b.date as Date).getTime() - (a.date as Date).getTime(),
      )[0]!;
      const engagementItems = await page.$$eval('#engagements li', (lis) =>
        lis.map((li) => li.textContent ?? ''),
      );
      expect(engagementItems).toHaveLength(Math.min(10, seeded.engagements.length));
      expect(engagementItems[0]).toContain(String(newest.type));
      expect(engagementItems[0]).toContain(String(newest.summary).slice(0, 40));

      const needTitles = await page.$$eval('#needs li .line-title', (ds) =>
        ds.map((d) => d.textContent ?? ''),
      );
      // Newest first (issue 14: each with its age).
      const newestNeeds = [...seeded.needs].sort(
        (a, b) => (b.surveyedOn as Date).getTime() - (a.surveyedOn as Date).getTime(),
      );
      expect(needTitles).toEqual(newestNeeds.map((n) => `${n.topic} (${n.priority}, ${n.status})`));

      const matchItems = await page.$$eval('#matches li', (lis) => lis.map((li) => li.textContent ?? ''));
      expect(matchItems).toHaveLength(seeded.matches.length);
      seeded.matches.forEach((m, i) => {
        expect(matchItems[i]).toContain(String(m.topic));
        expect(matchItems[i]).toContain(String(m.status));
      });
    });

    it("Find: typing a contact's email and pressing Enter opens the Contact sidebar with that contact", async () => {
      const contact = records(emu, CONTACTS).find((c) => String(c.email ?? '').includes('@'))!;
      const email = String(contact.email);
      const { page, errors } = await openPage(context, server.pageUrl('find'));
      await page.waitForSelector('#find-query[data-ready]');
      await page.keyboard.type(email);
      await page.waitForSelector(`#find-results li[data-id="${contact.id}"]`);
      // The exact email ranks its contact first, so Enter opens it without moving the highlight.
      const first = await page.$eval('#find-results li', (li) => li.getAttribute('data-id'));
      expect(first).toBe(contact.id);
      const before = callsOf('openSidebar').length;
      await page.keyboard.press('Enter');
      await waitFor(() => callsOf('openSidebar').length > before, 'openSidebar');
      expect(callsOf('openSidebar').at(-1)!.outcome.ok).toBe(true);
      expect(lastSidebar(emu).title).toBe('Contact');
      expect(sidebarContext(lastSidebar(emu))).toEqual({ id: contact.id });
      expect(errors).toEqual([]);
    });

    it('Contact: keyboard only, Tab to the job title, type, Tab to Save, Enter; the row and the audit are written', async () => {
      const contact = records(emu, CONTACTS).find((c) => c.activeTo === '')!;
      const page = await openSidebar({ page: 'contact', id: String(contact.id) }, 'contact-keyboard');
      await tabTo(page, '[data-field="title"] input');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Head of prevention');
      await tabTo(page, '#save');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.toast-info');
      const saved = recordById(emu, CONTACTS, String(contact.id));
      expect(saved.title).toBe('Head of prevention');
      expect(Number(saved.version)).toBe(Number(contact.version) + 1);
      expect(lastAudit()).toMatchObject({
        action: 'update',
        tab: 'Contacts',
        recordId: contact.id,
        user: OWNER,
      });
    });

    it('Partner: Deactivate sets its Active to (audited, version bumped), end-dates its contacts, and shows the date', async () => {
      const partner = records(emu, PARTNERS).find((p) =>
        records(emu, CONTACTS).some((c) => c.orgId === p.id && c.activeTo === ''),
      )!;
      expect(partner.activeTo).toBe('');
      const page = await openSidebar({ page: 'partner', id: String(partner.id) }, 'partner-deactivate');
      expect(await page.$('#partner-active-to')).toBeNull();
      await page.click('#deactivate');
      await page.waitForSelector('#partner-active-to');
      const after = recordById(emu, PARTNERS, String(partner.id));
      expect(after.activeTo).toBeInstanceOf(Date);
      expect(Number(after.version)).toBe(Number(partner.version) + 1);
      const audit = records(emu, AUDIT).filter((a) => a.recordId === partner.id);
      expect(audit.at(-1)).toMatchObject({
        tab: 'Partners',
        action: 'update',
        summary: 'Partner deactivated',
      });
      expect(Object.keys(JSON.parse(String(audit.at(-1)!.changes)))).toEqual(['activeTo']);
      const theirs = records(emu, CONTACTS).filter((c) => c.orgId === partner.id);
      expect(theirs.every((c) => c.activeTo instanceof Date)).toBe(true);
      // Shown in the sidebar's one date format (src/core/calendar/displayDate.ts): dd/MM/yyyy.
      const [y, m, d] = (after.activeTo as Date).toISOString().slice(0, 10).split('-');
      expect(await page.textContent('#partner-active-to')).toContain(`${d}/${m}/${y}`);
    });
  },
);
