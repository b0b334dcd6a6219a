// The SCN CRM menu: groups in order, built in AuthMode NONE, and every Members/Engagement item opens its sidebar.
import { CITIES, CONTACTS, PARTNERS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { callableFunctionNames } from '../../../src/emulator/scriptRun';
import { MENU } from '../../../src/server/menu/menuDefinition';
import { bound, demoEmulator, lastSidebar, OWNER, records, selectRow, sidebarContext } from './harness';

let emu: Emulator;

beforeAll(() => {
  emu = demoEmulator();
});

describe('SCN CRM menu', () => {
  it('has the groups in order and builds before authorisation (AuthMode NONE), touching no data', () => {
    const r = emu.run('onOpen', [], { authMode: 'NONE' });
    expect(r.status).toBe('ok');
    const menu = bound(emu).ui.menus.find((m) => m.caption === 'SCN CRM')!;
    const groups = menu.items.map((i) => (i.kind === 'submenu' ? i.caption : i.kind));
    // Applications joins between Members and Engagement when the intake feature adds its items.
    expect(groups.filter((g) => g !== 'Applications')).toEqual(['Members', 'Engagement', 'Data', 'Help']);
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
    ['showFind', null, 'find', {}],
    ['showStaleProfiles', null, 'stale', {}],
    ['showNewPartner', null, 'partner', {}],
  ])('%s opens the %s sidebar', (fn, _sel, page) => {
    const r = emu.run(fn as string, [], { user: OWNER });
    expect(r.status).toBe('ok');
    expect(lastSidebar(emu).html).toContain(`<script type="application/json" id="scn-context">`);
    expect(lastSidebar(emu).width).toBe(300);
    void page;
  });

  it('City profile, Contact, Partner, New contact and Log engagement open for the selected row', () => {
    const c = city();
    const contact = records(emu, CONTACTS)[0]!;
    const partner = records(emu, PARTNERS)[0]!;
    const cases: [string, string, number, Record<string, string>][] = [
      ['showCityProfile', 'Cities', c._row, { id: String(c.id) }],
      ['showNewContact', 'Cities', c._row, { orgId: String(c.id) }],
      ['showLogEngagement', 'Cities', c._row, { cityId: String(c.id) }],
      ['showContact', 'Contacts', contact._row, { id: String(contact.id) }],
      ['showPartner', 'Partners', partner._row, { id: String(partner.id) }],
    ];
    for (const [fn, tab, row, context] of cases) {
      selectRow(emu, tab, row);
      const r = emu.run(fn, [], { user: OWNER });
      expect(r.status).toBe('ok');
      expect(sidebarContext(lastSidebar(emu))).toEqual(context);
    }
  });

  it('with no suitable row selected, the record items open Find with a toast instead', () => {
    selectRow(emu, 'Settings', 2);
    const r = emu.run('showCityProfile', [], { user: OWNER });
    expect(r.status).toBe('ok');
    expect(lastSidebar(emu).title).toBe('Find');
    expect(bound(emu).ui.toasts.slice(-1)[0]!.message).toMatch(/Select a city row/);
  });
});
