// The SCN CRM menu: groups in order, built in AuthMode NONE, and every Members/Engagement item opens its sidebar.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CITIES, CONTACTS, PARTNERS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { callableFunctionNames } from '../../../src/emulator/scriptRun';
import type { DialogRecord } from '../../../src/emulator/services/spreadsheet/install';
import { MENU } from '../../../src/server/menu/menuDefinition';
import { bound, demoEmulator, lastSidebar, OWNER, records, selectRow, sidebarContext } from './harness';

let emu: Emulator;

/** The built pages (dist/<page>.html, built by Jest's global setup), by name. */
const DIST = join(__dirname, '../../../dist');
const BUILT_PAGES = readdirSync(DIST)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ page: f.replace(/\.html$/, ''), html: readFileSync(join(DIST, f), 'utf8') }));

/** Which built page a shown sidebar is: its HTML is that page's file with the context script appended. */
function pageOf(dialog: DialogRecord): string {
  const found = BUILT_PAGES.filter((p) => dialog.html.startsWith(p.html));
  if (found.length !== 1)
    throw new Error(`the sidebar "${dialog.title}" matches ${found.length} built pages`);
  return found[0]!.page;
}

beforeAll(() => {
  emu = demoEmulator();
});

describe('SCN CRM menu', () => {
  it('has the groups in order and builds before authorisation (AuthMode NONE), touching no data', () => {
    const r = emu.run('onOpen', [], { authMode: 'NONE' });
    expect(r.status).toBe('ok');
    const menu = bound(emu).ui.menus.find((m) => m.caption === 'SCN CRM')!;
    const groups = menu.items.map((i) => (i.kind === 'submenu' ? i.caption : i.kind));
    expect(groups).toEqual([
      'Members',
      'Applications',
      'Engagement',
      'Peer learning',
      'Events',
      'Dissemination',
      'Data',
      'Privacy',
      'Help',
    ]);
    expect(r.execution.records.filter((c) => c.class === 'read' || c.class === 'write')).toEqual([]);
  });

  it('every item runs a top-level function of the bundle (no placeholders)', () => {
    const callable = callableFunctionNames(emu.bundle);
    for (const group of MENU) {
      expect(group.items.length).toBeGreaterThan(0);
      for (const item of group.items) if (item !== 'separator') expect(callable).toContain(item.entry);
    }
  });

  const city = () => records(emu, CITIES)[0]!;

  it.each([
    ['showFind', 'find', 'Find'],
    ['showStaleProfiles', 'stale', 'Stale profiles'],
    ['showNewPartner', 'partner', 'New partner'],
    ['showReviewApplications', 'review', 'Review applications'],
    ['showNewMailing', 'mailing', 'New mailing'],
  ])('%s opens the %s page', (fn, page, title) => {
    const r = emu.run(fn, [], { user: OWNER });
    expect(r.status).toBe('ok');
    const shown = lastSidebar(emu);
    expect(pageOf(shown)).toBe(page);
    expect(shown.title).toBe(title);
    expect(shown.width).toBe(300);
  });

  it('Help › About opens the about page as a modal dialog', () => {
    expect(emu.run('showAbout', [], { user: OWNER }).status).toBe('ok');
    const shown = bound(emu).ui.dialogs.at(-1)!;
    expect([shown.kind, pageOf(shown), shown.title]).toEqual(['modal', 'about', 'About SCN CRM']);
  });

  it('City profile, Contact, Partner, New contact and Log engagement open for the selected row', () => {
    const c = city();
    const contact = records(emu, CONTACTS)[0]!;
    const partner = records(emu, PARTNERS)[0]!;
    const cases: [string, string, number, string, string, Record<string, string>][] = [
      ['showCityProfile', 'Cities', c._row, 'city', 'City profile', { id: String(c.id) }],
      ['showNewContact', 'Cities', c._row, 'contact', 'New contact', { orgId: String(c.id) }],
      ['showLogEngagement', 'Cities', c._row, 'engagement', 'Log engagement', { cityId: String(c.id) }],
      ['showContact', 'Contacts', contact._row, 'contact', 'Contact', { id: String(contact.id) }],
      ['showPartner', 'Partners', partner._row, 'partner', 'Partner', { id: String(partner.id) }],
    ];
    for (const [fn, tab, row, page, title, context] of cases) {
      selectRow(emu, tab, row);
      const r = emu.run(fn, [], { user: OWNER });
      expect(r.status).toBe('ok');
      const shown = lastSidebar(emu);
      expect([fn, pageOf(shown), shown.title]).toEqual([fn, page, title]);
      expect(sidebarContext(shown)).toEqual(context);
    }
  });

  it('with no suitable row selected, the record items open Find with a toast instead', () => {
    selectRow(emu, 'Settings', 2);
    const r = emu.run('showCityProfile', [], { user: OWNER });
    expect(r.status).toBe('ok');
    expect(lastSidebar(emu).title).toBe('Find');
    expect(pageOf(lastSidebar(emu))).toBe('find');
    expect(bound(emu).ui.toasts.slice(-1)[0]!.message).toMatch(/Select a city row/);
  });
});
