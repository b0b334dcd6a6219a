// Issue 5 concurrency suites: N ≥ 20 executions at once on one workbook (worker threads, seeded interleaving):
// unique ids, no lost update (stale saves refused with a message), setup and onEdit racing saves, invariants kept.

import { CITIES } from '../../../sheets-templates';
import { runConcurrently, seedLabel, seedsToRun } from '../../../src/emulator/concurrent';
import { User } from '../../../src/emulator/services/script/session';
import { spreadsheetObject, userEditCells } from '../../../src/emulator/services/spreadsheet/install';
import { SEED, seededWorkbook } from '../../support/reliability/fixtures';
import { allInvariants, duplicateKeys, type Violation } from '../../support/reliability/invariants';
import { newTally, record } from '../../support/reliability/killAnywhere';
import { reportTally } from '../../support/reliability/tallyFile';
import { copied } from '../../support/reliability/workbookCopy';
import { auditRows, baselineOf, OWNER, recordRows } from '../../support/reliability/workbookView';

const N = 20;
const SEEDS = seedsToRun(4);
const tally = newTally();
const fresh = copied(seededWorkbook);
afterAll(() => reportTally('concurrency', tally));

const byUser = { user: OWNER };
const seedCases = SEEDS.map((s) => [seedLabel(s), s] as const);

describe(`${N} concurrent executions`, () => {
  it.each(seedCases)('creating cities: every one saved once, with its own id (%s)', async (label, seed) => {
    const emu = fresh();
    const baseline = { ...baselineOf(emu), duplicates: duplicateKeys(emu) };
    const jobs = Array.from({ length: N }, (_, i) => ({
      fn: 'saveRecord',
      args: [
        {
          tab: 'Cities',
          fields: { name: `City ${i}`, country: 'Jordan', hubId: SEED.hub, status: 'prospect' },
        },
      ],
      options: byUser,
    }));
    const results = await runConcurrently(emu, jobs, { seed });
    const found: Violation[] = results
      .filter((r) => r.status !== 'ok')
      .map((r) => ({ check: 'job', detail: `job ${r.job} ${r.status}: ${r.error}` }));
    const ids = results.map((r) => (r.value as { id: string } | undefined)?.id);
    if (new Set(ids).size !== N) found.push({ check: 'id', detail: `ids returned: ${ids.join(', ')}` });
    const cities = recordRows(emu, CITIES).filter((c) => /^City \d+$/.test(String(c.cells['name'])));
    if (cities.length !== N)
      found.push({ check: 'lost', detail: `${cities.length} of ${N} cities in the tab` });
    found.push(...allInvariants(emu, baseline, ['Cities'], { adds: ['Cities'] }));
    tally.interleavings++;
    expect(record(tally, found, label)).toEqual([]);
  });

  it.each(seedCases)(
    'saving the same city from stale sidebars: one wins, the rest are refused with a message (%s)',
    async (label, seed) => {
      const emu = fresh();
      const baseline = { ...baselineOf(emu), duplicates: duplicateKeys(emu) };
      const id = SEED.cities[1]!;
      const jobs = Array.from({ length: N }, (_, i) => ({
        fn: 'saveCity',
        args: [{ id, version: 1, read: { notes: '' }, fields: { notes: `Note from sidebar ${i}` } }],
        options: byUser,
      }));
      const results = await runConcurrently(emu, jobs, { seed });
      const outcomes = results.map(
        (r) => r.value as { ok: boolean; kind?: string; message?: string } | undefined,
      );
      const found: Violation[] = [];
      const winners = outcomes.flatMap((o, i) => (o?.ok ? [i] : []));
      if (winners.length !== 1)
        found.push({ check: 'lost update', detail: `${winners.length} saves accepted` });
      outcomes.forEach((o, i) => {
        if (!o?.ok && !(o?.kind === 'stale' && /was changed/.test(o.message ?? '')))
          found.push({
            check: 'stale',
            detail: `job ${i}: ${results[i]?.status} ${o?.message ?? results[i]?.error}`,
          });
      });
      const city = recordRows(emu, CITIES).find((c) => c.id === id)!;
      if (city.cells['notes'] !== `Note from sidebar ${winners[0]}` || city.cells['version'] !== 2)
        found.push({
          check: 'lost update',
          detail: `city holds ${String(city.cells['notes'])} v${String(city.cells['version'])}`,
        });
      found.push(
        ...allInvariants(emu, baseline, ['Cities'], {
          changes: [{ tab: 'Cities', ids: [id], fields: ['notes'] }],
        }),
      );
      tally.interleavings++;
      expect(record(tally, found, label)).toEqual([]);
    },
  );

  it.each(seedCases)(
    'setup/repair racing record saves: nothing lost, workbook valid (%s)',
    async (label, seed) => {
      const emu = fresh();
      const baseline = { ...baselineOf(emu), duplicates: duplicateKeys(emu) };
      const jobs = [
        { fn: 'setupWorkbook', options: byUser },
        ...Array.from({ length: N }, (_, i) => ({
          fn: 'saveRecord',
          args: [{ tab: 'Hubs', fields: { name: `Hub ${i}` } }],
          options: byUser,
        })),
      ];
      const results = await runConcurrently(emu, jobs, { seed });
      const found: Violation[] = results
        .filter((r) => r.status !== 'ok')
        .map((r) => ({ check: 'job', detail: `job ${r.job} ${r.status}: ${r.error}` }));
      found.push(...allInvariants(emu, baseline, ['Hubs'], { adds: ['Hubs'] }));
      tally.interleavings++;
      expect(record(tally, found, label)).toEqual([]);
    },
  );

  it.each(seedCases)(
    'onEdit racing sidebar saves of the same row: both recorded, or the save refused (%s)',
    async (label, seed) => {
      const emu = fresh();
      const baseline = { ...baselineOf(emu), duplicates: duplicateKeys(emu) };
      const g = emu.backend;
      const sheet = g.stores.spreadsheets.bound.sheetByName('Cities')!;
      const col = sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!.map(String).indexOf('Notes') + 1;
      const edit = userEditCells(g, {
        sheetName: 'Cities',
        row: 2,
        col,
        values: [['Typed by hand']],
        user: OWNER,
      });
      const event = {
        authMode: 'LIMITED',
        range: edit.range,
        source: spreadsheetObject(g),
        user: new User(g, OWNER),
        value: 'Typed by hand',
      };
      // Sheets runs the simple onEdit and each installable edit trigger for one edit; setup installs onGridEdit,
      // which does the recording (the simple one then steps aside), as its owner with the trigger's id.
      const gridEdit = g.stores.script.triggers.triggers.find((t) => t.handler === 'onGridEdit')!;
      const installable = { ...event, authMode: 'FULL', triggerUid: gridEdit.uid };
      const asOwner = { user: OWNER, effectiveUser: gridEdit.owner, authMode: 'FULL' as const };
      const jobs = [
        { fn: 'onEdit', args: [event], options: { ...byUser, authMode: 'LIMITED' as const } },
        { fn: 'onGridEdit', args: [installable], options: { ...asOwner, origin: 'trigger:ON_EDIT' } },
        {
          fn: 'saveCity',
          args: [{ id: SEED.cities[0], version: 1, fields: { population: 4000000 } }],
          options: byUser,
        },
        ...Array.from({ length: N - 3 }, (_, i) => ({
          fn: 'saveRecord',
          args: [{ tab: 'Hubs', fields: { name: `Hub ${i}` } }],
          options: byUser,
        })),
      ];
      const results = await runConcurrently(emu, jobs, { seed });
      const found: Violation[] = results
        .filter((r) => r.status !== 'ok')
        .map((r) => ({ check: 'job', detail: `job ${r.job} ${r.status}: ${r.error}` }));
      const save = results[2]?.value as { ok: boolean; kind?: string } | undefined;
      const city = recordRows(emu, CITIES).find((c) => c.id === SEED.cities[0])!;
      if (city.cells['notes'] !== 'Typed by hand')
        found.push({ check: 'lost update', detail: 'the typed note was overwritten' });
      if (save?.ok && city.cells['population'] !== 4000000)
        found.push({ check: 'lost update', detail: 'accepted save not in the row' });
      if (!save?.ok && save?.kind !== 'stale')
        found.push({ check: 'stale', detail: `save refused as ${save?.kind}` });
      if (!auditRows(emu).some((a) => a.action === 'sheet edit' && a.recordId === SEED.cities[0]))
        found.push({ check: 'audit', detail: 'no audit row for the direct edit' });
      found.push(
        ...allInvariants(emu, baseline, ['Cities', 'Hubs'], {
          adds: ['Hubs'],
          changes: [{ tab: 'Cities', ids: [SEED.cities[0]!], fields: ['notes', 'population'] }],
        }),
      );
      tally.interleavings++;
      expect(record(tally, found, label)).toEqual([]);
    },
  );
});
