// Archive history through the shipped bundle: what moves, where it goes, the summary's counts, profiles, access.

import { CONTACTS } from '../../../sheets-templates';
import { advanceClock } from '../../../src/emulator/events';
import {
  archives,
  CUTOFF,
  call,
  everywhere,
  HISTORY_TABS,
  historyWorkbook,
  OWNER,
  rowsOf,
  summaryTotals,
} from './archiveFixture';

const dateOf = (tab: string, r: { byHeader: Record<string, unknown> }) =>
  r.byHeader[tab === 'Engagements' ? 'Date' : tab === 'Sends' ? 'Created at' : 'At'] as Date;

describe('Archive history', () => {
  it('moves every row older than 24 months to its year’s archive, in the folder from Settings, and nothing else', () => {
    const emu = historyWorkbook();
    const before = new Map(HISTORY_TABS.map((d) => [d.name, everywhere(emu, d)]));
    const report = call<{ finished: boolean; moved: Record<string, number> }>(emu, 'archiveHistory');
    expect(report.finished).toBe(true);
    for (const def of HISTORY_TABS) {
      const after = everywhere(emu, def);
      const old = before.get(def.name)!.filter((r) => dateOf(def.name, r).getTime() < CUTOFF);
      expect(old.length).toBeGreaterThan(0);
      expect(report.moved[def.name]).toBe(old.length);
      // Same ids, each once, with the same cells (text such as "=1+1…" and "01234" kept as text).
      expect(after.map((r) => r.id).sort()).toEqual(
        before
          .get(def.name)!
          .map((r) => r.id)
          .sort(),
      );
      for (const r of after) {
        const was = before.get(def.name)!.find((b) => b.id === r.id)!;
        for (const [h, v] of Object.entries(was.byHeader))
          expect([r.id, h, r.byHeader[h]]).toEqual([r.id, h, v]);
        const year = dateOf(def.name, r).getUTCFullYear();
        expect(r.where).toBe(dateOf(def.name, r).getTime() < CUTOFF ? `SCN CRM archive ${year}` : 'live');
      }
    }
    const drive = emu.backend.stores.drive;
    expect(
      archives(emu)
        .map((a) => a.name)
        .sort(),
    ).toEqual([
      'SCN CRM archive 2021',
      'SCN CRM archive 2022',
      'SCN CRM archive 2023',
      'SCN CRM archive 2024',
    ]);
    for (const a of archives(emu)) {
      expect(drive.pathOf(a.id)).toEqual(['SCN CRM archives']);
      expect(a.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Engagements', 'Sends', 'Audit']));
    }
    // A second run finds nothing more to move and creates nothing.
    const again = call<{ moved: Record<string, number> }>(emu, 'archiveHistory');
    expect(again.moved).toEqual({});
    expect(archives(emu)).toHaveLength(4);
  });

  it('keeps per-city and per-contact counts equal to a hand count of the archived rows', () => {
    const emu = historyWorkbook();
    const eng = everywhere(emu, HISTORY_TABS[0]!).filter((r) => dateOf('Engagements', r).getTime() < CUTOFF);
    const snd = everywhere(emu, HISTORY_TABS[1]!).filter((r) => dateOf('Sends', r).getTime() < CUTOFF);
    const cityOf = new Map(
      rowsOf(emu.backend.stores.spreadsheets.bound.sheetByName(CONTACTS.name)).map((c) => [
        c.id,
        String(c.byHeader['City or partner ID']),
      ]),
    );
    const hand = new Map<string, { engagements: number; sends: number }>();
    const add = (key: string, kind: 'engagements' | 'sends') => {
      const t = hand.get(key) ?? { engagements: 0, sends: 0 };
      t[kind]++;
      hand.set(key, t);
    };
    for (const r of eng) {
      for (const c of String(r.byHeader['Cities'])
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean))
        add(`city|${c}`, 'engagements');
      const contact = String(r.byHeader['Contacts']).trim();
      if (contact) add(`contact|${contact}`, 'engagements');
    }
    for (const r of snd) {
      const contact = String(r.byHeader['Contact']);
      add(`contact|${contact}`, 'sends');
      add(`city|${cityOf.get(contact)}`, 'sends');
    }
    call(emu, 'archiveHistory');
    expect(Object.fromEntries(summaryTotals(emu))).toEqual(Object.fromEntries(hand));
  });

  it('a city profile shows the same totals after archiving, with links to the archives', () => {
    const emu = historyWorkbook();
    const before = call<{ engagementCount: number; archived: { engagements: number } }>(
      emu,
      'getCityProfile',
      ['CTY-000001'],
    );
    expect(before.archived.engagements).toBe(0);
    call(emu, 'archiveHistory');
    const after = call<{
      engagementCount: number;
      archived: { engagements: number; sends: number; archives: { year: number; url: string }[] };
    }>(emu, 'getCityProfile', ['CTY-000001']);
    expect(after.archived.engagements).toBeGreaterThan(0);
    expect(after.engagementCount).toBeLessThan(before.engagementCount);
    expect(after.engagementCount + after.archived.engagements).toBe(before.engagementCount);
    const urls = archives(emu).map((a) => a.url);
    expect(after.archived.archives.length).toBeGreaterThan(0);
    for (const link of after.archived.archives) expect(urls).toContain(link.url);
  });

  it("a city profile's Mailings received: live sends by key, archived ones counted, the same total after archiving", () => {
    const emu = historyWorkbook();
    type Mailings = {
      live: number;
      archived: number;
      recent: { mailingId: string; date: string; status: string }[];
    };
    const mailingsOf = () => call<{ mailings: Mailings }>(emu, 'getCityProfile', ['CTY-000001']).mailings;
    const contactsOfCity = new Set(
      rowsOf(emu.backend.stores.spreadsheets.bound.sheetByName(CONTACTS.name))
        .filter((c) => c.byHeader['City or partner ID'] === 'CTY-000001')
        .map((c) => c.id),
    );
    const hand = everywhere(emu, HISTORY_TABS[1]!).filter((r) =>
      contactsOfCity.has(String(r.byHeader['Contact'])),
    ).length;
    const before = mailingsOf();
    expect(hand).toBeGreaterThan(0);
    expect(before).toMatchObject({ live: hand, archived: 0 });
    expect(before.recent.length).toBe(Math.min(10, hand));
    expect(before.recent[0]).toMatchObject({ mailingId: 'MLG-000001', status: 'sent' });
    const dates = before.recent.map((m) => m.date);
    expect(dates).toEqual([...dates].sort().reverse());
    call(emu, 'archiveHistory');
    const after = mailingsOf();
    expect(after.archived).toBeGreaterThan(0);
    expect(after.live + after.archived).toBe(hand);
  });

  it("a contact's Mailings received count the same before and after archiving", () => {
    const emu = historyWorkbook();
    const sends = everywhere(emu, HISTORY_TABS[1]!);
    const contact = String(sends[0]!.byHeader['Contact']);
    const hand = sends.filter((r) => String(r.byHeader['Contact']) === contact).length;
    type Mailings = { live: number; archived: number; recent: unknown[] };
    const mailingsOf = () => call<{ mailings: Mailings }>(emu, 'getContact', [contact, null]).mailings;
    const before = mailingsOf();
    expect(before).toMatchObject({ live: hand, archived: 0 });
    expect(before.recent.length).toBe(Math.min(10, hand));
    call(emu, 'archiveHistory');
    const after = mailingsOf();
    expect(after.live + after.archived).toBe(hand);
  });

  it('is for admins only, and runs as the account that owns the triggers', () => {
    const emu = historyWorkbook();
    call(emu, 'saveRecord', [
      {
        tab: 'Staff',
        fields: { name: 'Coord', email: 'c@strongcities.org', role: 'coordinator', active: true },
      },
    ]);
    call(emu, 'saveRecord', [
      {
        tab: 'Staff',
        fields: { name: 'Admin 2', email: 'a2@strongcities.org', role: 'admin', active: true },
      },
    ]);
    const coordinator = emu.run('archiveHistory', [], { user: 'c@strongcities.org' });
    expect(coordinator.status).toBe('error');
    expect(coordinator.error).toMatch(/does not allow you to archive history/);
    const otherAdmin = emu.run('archiveHistory', [], { user: 'a2@strongcities.org' });
    expect(otherAdmin.status).toBe('error');
    expect(otherAdmin.error).toContain(`runs as ${OWNER}`);
    expect(archives(emu)).toHaveLength(0);
  });

  it('setup installs a nightly trigger that archives as its owner; a caller without the trigger is refused', () => {
    const emu = historyWorkbook();
    const triggers = emu.backend.stores.script.triggers;
    expect(triggers.triggers.filter((t) => t.handler === 'runArchiveHistory')).toHaveLength(1);
    expect(emu.run('runArchiveHistory', [{ triggerUid: 'made-up' }], { user: OWNER }).status).toBe('error');
    const runs = advanceClock(emu, 24 * 3_600_000);
    const archiveRuns = runs.filter(
      (r) => (r.value as { finished?: boolean } | undefined)?.finished !== undefined,
    );
    expect(archiveRuns.map((r) => r.status)).toEqual(['ok']);
    expect(archives(emu).length).toBe(4);
  });
});
