// Issue 3 "Done when", through the shipped bundle: setup (empty, twice, damaged), records, concurrency, audit.

import { CONTACTS, TABS } from '../../sheets-templates';
import { menuEntryPoints } from '../../src/server/menu/menuDefinition';
import { bound, headers, OWNER, ok, setUpWorkbook, sheet, values, writeCalls } from './workbook/harness';

describe('setup on an empty workbook', () => {
  const emu = setUpWorkbook();

  it('creates every tab with its headers, a bold frozen header row and header notes', () => {
    for (const def of TABS) {
      const s = sheet(emu, def.name);
      expect(headers(emu, def.name).slice(0, def.columns.length)).toEqual(def.columns.map((c) => c.header));
      if (def.columns.length === 0) continue;
      expect(s.frozenRows).toBe(1);
    }
    const r = ok(emu, 'checkWorkbook');
    expect(r.status).toBe('ok');
  });

  it('adds every Settings key with its default and makes the person who ran it the first admin', () => {
    const settings = values(emu, 'Settings');
    expect(settings.map((r) => r[0])).toContain('SLA working days');
    const staff = values(emu, 'Staff');
    expect(staff[1]!.slice(0, 4)).toEqual(['STF-000001', 'owner', OWNER, 'admin']);
  });

  it('installs the daily and form-submit triggers, once, owned by the person who ran it', () => {
    const triggers = emu.backend.stores.script.triggers.triggers;
    expect(triggers.map((t) => [t.handler, t.eventType, t.owner]).sort()).toEqual([
      ['onApplicationSubmit', 'ON_FORM_SUBMIT', OWNER],
      ['onEnquirySubmit', 'ON_FORM_SUBMIT', OWNER],
      ['onGridEdit', 'ON_EDIT', OWNER],
      ['onNeedsSurveySubmit', 'ON_FORM_SUBMIT', OWNER],
      ['runArchiveHistory', 'CLOCK', OWNER],
      ['runDailyJobs', 'CLOCK', OWNER],
      ['runWeeklySnapshot', 'CLOCK', OWNER],
    ]);
  });

  it('offers Data › Set up or repair workbook and Validate workbook in the menu', () => {
    expect(menuEntryPoints()).toEqual(expect.arrayContaining(['setupWorkbook', 'validateWorkbook']));
    ok(emu, 'onOpen');
    const menus = JSON.stringify(bound(emu).ui, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
    expect(menus).toContain('Set up or repair workbook');
    expect(menus).toContain('Validate workbook');
  });
});

describe('setup run twice', () => {
  it('changes nothing the second time: zero write calls', () => {
    const emu = setUpWorkbook();
    const second = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    expect(second.value!.changes).toEqual([]);
    expect(writeCalls(second.execution.records)).toEqual([]);
  });
});

describe('records through the store', () => {
  it('creates records with prefixed ids, a version, and an audit row; text stays text', () => {
    const emu = setUpWorkbook();
    // The set-up workbook's own audit rows (its Staff row, the built-in email templates setup seeds) come first.
    const setupRows = values(emu, 'Audit').length;
    const hub = ok<{ id: string }>(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'MENA' } }]).value!;
    expect(hub.id).toBe('HUB-000001');
    const city = ok<{ id: string; version: number }>(emu, 'saveRecord', [
      {
        tab: 'Cities',
        fields: { name: '=1+1', country: 'Jordan', hubId: hub.id, status: 'member', notes: '01234' },
      },
    ]).value!;
    expect(city).toEqual({ id: 'CTY-000001', version: 1 });
    const cities = values(emu, 'Cities');
    const h = cities[0]!;
    expect(String(cities[1]![h.indexOf('Name')]).replace(/^'/, '')).toBe('=1+1');
    expect(
      sheet(emu, 'Cities')
        .getFormulas(2, 1, 1, h.length)
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(cities[1]![h.indexOf('Notes')]).toBe('01234');
    const audit = values(emu, 'Audit').slice(setupRows);
    expect(audit.map((r) => [r[3], r[5]])).toEqual([
      ['create', 'HUB-000001'],
      ['create', 'CTY-000001'],
    ]);
  });

  it('refuses a stale save with a clear message and keeps the newer value', () => {
    const emu = setUpWorkbook();
    const hub = ok<{ id: string; version: number }>(emu, 'saveRecord', [
      { tab: 'Hubs', fields: { name: 'MENA' } },
    ]).value!;
    const first = ok<{ version: number }>(emu, 'saveRecord', [
      { tab: 'Hubs', id: hub.id, version: 1, fields: { name: 'MENA hub' } },
    ]);
    expect(first.value!.version).toBe(2);
    const stale = emu.run(
      'saveRecord',
      [{ tab: 'Hubs', id: hub.id, version: 1, fields: { name: 'Old edit' } }],
      { user: OWNER },
    );
    expect(stale.status).toBe('error');
    expect(stale.error).toMatch(/HUB-000001 was changed by owner@strongcities.org since you opened it/);
    expect(values(emu, 'Hubs')[1]![1]).toBe('MENA hub');
  });

  it('rejects invalid fields naming the field, and refuses unknown users', () => {
    const emu = setUpWorkbook();
    const bad = emu.run(
      'saveRecord',
      [{ tab: 'Staff', fields: { name: 'X', email: 'not-an-email', role: 'admin' } }],
      { user: OWNER },
    );
    expect(bad.error).toMatch(/Email: .*not a valid email address/);
    const stranger = emu.run('saveRecord', [{ tab: 'Hubs', fields: { name: 'X' } }], {
      user: 'stranger@example.org',
    });
    expect(stranger.error).toMatch(/stranger@example.org is not listed as active staff in the Staff tab/);
    const setup = emu.run('setupWorkbook', [], { user: 'stranger@example.org' });
    expect(setup.error).toMatch(/cannot set up or repair the workbook/);
  });

  it('names the tab and column when a required header is missing or ids are duplicated', () => {
    const emu = setUpWorkbook();
    ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'MENA' } }]);
    ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'South Asia' } }]);
    const hubs = sheet(emu, 'Hubs');
    hubs.setValuesRaw(3, 1, [['HUB-000001']]);
    const dup = emu.run(
      'saveRecord',
      [{ tab: 'Hubs', id: 'HUB-000001', version: 1, fields: { name: 'x' } }],
      { user: OWNER },
    );
    expect(dup.error).toMatch(/Tab "Hubs", column "Hub ID" \(A\): the id HUB-000001 is on rows 2 and 3/);
    hubs.setValuesRaw(1, 2, [['']]);
    const missing = emu.run('saveRecord', [{ tab: 'Hubs', fields: { name: 'x' } }], { user: OWNER });
    expect(missing.error).toMatch(/Tab "Hubs" has no column "Name" \(required\)/);
    bound(emu).deleteSheet(sheet(emu, 'Partners'));
    const gone = emu.run('saveRecord', [{ tab: 'Partners', fields: { name: 'x', type: 'academic' } }], {
      user: OWNER,
    });
    expect(gone.error).toMatch(/The tab "Partners" is missing/);
  });
});

describe('concurrency: two executions creating records', () => {
  it('gives unique ids to records created by executions run back to back', () => {
    const emu = setUpWorkbook();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) {
      ids.add(
        ok<{ id: string }>(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: `Hub ${i}` } }]).value!.id,
      );
    }
    expect(ids.size).toBe(5);
    const idCells = values(emu, 'Hubs')
      .slice(1)
      .map((r) => r[0]);
    expect(new Set(idCells).size).toBe(5);
  });

  it('waits for the script lock: while another execution holds it, a save fails and writes nothing', () => {
    const emu = setUpWorkbook();
    const locks = emu.backend.stores.script.locks;
    const other = emu.backend.beginExecution({ user: 'someone@strongcities.org' });
    expect(locks.tryAcquire(other.id, 'script', 'script')).toBe(true);
    const blocked = emu.run('saveRecord', [{ tab: 'Hubs', fields: { name: 'MENA' } }], { user: OWNER });
    expect(blocked.status).toBe('error');
    expect(blocked.error).toMatch(/Lock timeout/);
    expect(values(emu, 'Hubs').length).toBe(1);
    locks.release(other.id, 'script', 'script');
    emu.backend.endExecution(other);
    expect(ok<{ id: string }>(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'MENA' } }]).value!.id).toBe(
      'HUB-000001',
    );
  });

  it('never reuses the id of a deleted last row', () => {
    const emu = setUpWorkbook();
    ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'A' } }]);
    ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'B' } }]);
    sheet(emu, 'Hubs').deleteRows(3, 1);
    expect(ok<{ id: string }>(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'C' } }]).value!.id).toBe(
      'HUB-000003',
    );
  });
});

describe('decorations setup applies', () => {
  const emu = setUpWorkbook();
  const s = sheet(emu, 'Contacts');
  const at = (key: string) => CONTACTS.columns.findIndex((c) => c.key === key) + 1;

  it('gives text columns the plain-text format and header notes from the definition', () => {
    expect(s.formats.numberFormat.get(500, at('phone'))).toBe('@');
    expect(s.formats.numberFormat.get(2, at('id'))).toBe('@');
    expect(s.formats.numberFormat.get(2, at('activeFrom'))).toBeUndefined();
    expect(s.formats.note.get(1, at('phone'))).toBe(CONTACTS.columns[at('phone') - 1]!.note);
    expect(s.formats.fontWeight.get(1, 1)).toBe('bold');
    expect(s.columnWidth(at('email'))).toBe(CONTACTS.columns[at('email') - 1]!.width);
  });

  it('adds dropdowns from inline lists and Settings lists, and checkboxes', () => {
    expect(s.formats.validation.get(2, at('category'))).toMatchObject({
      criteria: 'VALUE_IN_LIST',
      allowInvalid: false,
    });
    expect((s.formats.validation.get(9, at('language'))!.values[0] as string[]).slice(0, 4)).toEqual([
      'en',
      'fr',
      'ar',
      'es',
    ]);
    expect(s.formats.validation.get(2, at('primary'))!.criteria).toBe('CHECKBOX');
  });

  it('protects system columns with a warning, and the Audit tab as a whole', () => {
    const ranges = s.protections.filter((p) => p.kind === 'RANGE');
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((p) => p.warningOnly && p.description.startsWith('SCN CRM:'))).toBe(true);
    expect(ranges.some((p) => p.rect.col === at('id'))).toBe(true);
    const audit = sheet(emu, 'Audit').protections;
    expect(audit.map((p) => [p.kind, p.warningOnly])).toEqual([['SHEET', true]]);
  });

  it('highlights overdue applications with a conditional format', () => {
    const rules = sheet(emu, 'Applications').conditionalRules;
    expect(rules).toHaveLength(1);
    expect(String(rules[0]!.condition.values[0])).toMatch(/TODAY\(\)/);
  });
});
