// Issue 19: the reliability harness checks what it claims. Each deliberate bug of test/support/mutation/mutations.ts
// still applies to today's code (the soak run applies them and runs the suites that must catch them); "nothing lost"
// sees a lost, overwritten or unintended record host-side; the corpus samples every class and floors the must-store ones.
// More under test/acceptance/suite/ (formula neutralising on every write path); run alone: npx jest test/acceptance/suite

import fs from 'node:fs';
import path from 'node:path';
import { applyEdits, MUTATIONS } from '../support/mutation/mutations';
import { classifiedCorpus, mustStore, sampledCorpus, typedStrings } from '../support/reliability/corpus';
import { SEED, seededWorkbook } from '../support/reliability/fixtures';
import { enquiryLanded } from '../support/reliability/intakeFixtures';
import { outboxMatchesSends } from '../support/reliability/intakeInvariants';
import { INTAKE_CASES } from '../support/reliability/intakeOperations';
import { idsWellFormed } from '../support/reliability/invariants';
import { EDGE_CALLS, killPoints } from '../support/reliability/killAnywhere';
import { nothingLost, snapshotRecords } from '../support/reliability/nothingLost';
import { copied } from '../support/reliability/workbookCopy';
import { baselineOf, sheetOf } from '../support/reliability/workbookView';

const ROOT = path.resolve(__dirname, '../..');

describe('the mutation run', () => {
  it.each(MUTATIONS.map((m) => [m.name, m] as const))(
    'still applies to the code, and names suites that exist: %s',
    (_name, m) => {
      for (const file of new Set(m.edits.map((e) => e.file))) {
        const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
        expect(applyEdits(text, file, m.edits)).not.toBe(text);
      }
      for (const suite of m.suites) expect(fs.existsSync(path.join(ROOT, suite))).toBe(true);
    },
  );

  it('fails loudly when a target is gone', () => {
    expect(() => applyEdits('other code', 'x.ts', [{ file: 'x.ts', search: 'gone', replace: '' }])).toThrow(
      /found 0 times/,
    );
  });
});

describe('"nothing lost" reads the emulator’s cells', () => {
  const seeded = copied(seededWorkbook);
  const cityCell = (emu: ReturnType<typeof seeded>, row: number, header: string) => {
    const sheet = sheetOf(emu, 'Cities')!;
    const headers = sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!.map(String);
    return { sheet, col: headers.indexOf(header) + 1, row };
  };

  it('a new record written over the last row is a lost record, even when the new one is there', () => {
    const emu = seeded();
    const before = snapshotRecords(emu);
    const { sheet, col } = cityCell(emu, 3, 'City ID');
    const width = sheet.lastColumn();
    const row = sheet.getValues(3, 1, 1, width)[0]!.map((v, j) => (j === col - 1 ? 'CTY-000003' : v));
    sheet.setValuesRaw(3, 1, [row]);
    expect(nothingLost(emu, before, { adds: ['Cities'] })).toEqual([
      expect.objectContaining({ check: 'lost', detail: `Cities ${SEED.cities[1]} is no longer in the tab` }),
    ]);
  });

  it('a change outside the intent is named; the intended field, its bookkeeping and the user’s own column are checked', () => {
    const emu = seeded();
    const before = snapshotRecords(emu);
    const notes = cityCell(emu, 2, 'Notes');
    notes.sheet.setValuesRaw(2, notes.col, [['changed']]);
    const intent = { changes: [{ tab: 'Cities', ids: [SEED.cities[0]!], fields: ['notes'] }] };
    expect(nothingLost(emu, before, intent)).toEqual([]);
    expect(nothingLost(emu, before, {})).toEqual([
      expect.objectContaining({
        check: 'changed',
        detail: expect.stringContaining(`Cities ${SEED.cities[0]} Notes`),
      }),
    ]);
    const name = cityCell(emu, 3, 'Name');
    name.sheet.setValuesRaw(3, name.col, [['Renamed']]);
    expect(nothingLost(emu, before, intent).map((v) => v.detail)).toEqual([
      expect.stringContaining(`Cities ${SEED.cities[1]} Name changed`),
    ]);
  });

  it('an id added to a tab the operation does not add to is named', () => {
    const emu = seeded();
    const before = snapshotRecords(emu);
    const sheet = sheetOf(emu, 'Partners')!;
    sheet.setValuesRaw(sheet.lastRow() + 1, 1, [['PTN-000009']]);
    expect(nothingLost(emu, before, { adds: ['Cities'] })).toEqual([
      expect.objectContaining({ check: 'added', detail: expect.stringContaining('Partners PTN-000009') }),
    ]);
  });
});

describe('the default run samples enough', () => {
  it('every class of the corpus is in every default sample, and the long and formula strings are all there', () => {
    const classes = new Set(classifiedCorpus().map((s) => s.class));
    for (const n of [6, 24, 40, 60, 90]) {
      const sample = sampledCorpus(n);
      expect(new Set(sample.map((s) => s.class))).toEqual(classes);
      const texts = sample.map((s) => s.text);
      for (const needle of ['=HYPERLINK(', '=IMPORTXML(', '@SUM(', '+44 '])
        expect(texts.some((t) => t.startsWith(needle))).toBe(true);
      expect(texts.some((t) => t.length === 60_000)).toBe(true);
      expect(texts.some((t) => t.startsWith('مرحبا') && t.length > 10_000)).toBe(true);
    }
  });

  it('text people type (accents, Arabic, Ethiopic, emoji, quotes, <, = inside text, +44) must be stored', () => {
    const typed = classifiedCorpus().filter((s) => typedStrings().includes(s.text));
    expect(typed.length).toBe(typedStrings().length);
    expect(typed.every((s) => mustStore(s.class))).toBe(true);
    expect(mustStore('long')).toBe(false);
  });

  it('every k within the first and last 20 calls, and an even spread between', () => {
    const ks = killPoints(1000, 10);
    expect(EDGE_CALLS).toBeGreaterThanOrEqual(20);
    for (let k = 1; k <= 20; k++) expect(ks).toEqual(expect.arrayContaining([k, 1001 - k]));
    const between = ks.filter((k) => k > 20 && k <= 980);
    expect(between).toHaveLength(10);
    const gaps = between.slice(1).map((k, i) => k - between[i]!);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
    expect(killPoints(45, 10)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
  });
});

describe('invariants read the emulator’s own state beside the product’s opinion of itself', () => {
  const seeded = copied(seededWorkbook);

  it('an id of the wrong shape written by a run is named, read from the cells', () => {
    const emu = seeded();
    const baseline = baselineOf(emu);
    const sheet = sheetOf(emu, 'Partners')!;
    sheet.setValuesRaw(sheet.lastRow() + 1, 1, [['PTN-12']]);
    expect(idsWellFormed(emu, baseline)).toEqual([
      expect.objectContaining({ check: 'id', detail: expect.stringContaining('"PTN-12"') }),
    ]);
  });

  it('the outbox and the Sends rows agree per recipient: a message with no row, a "sent" row with no message', () => {
    const emu = enquiryLanded();
    const baseline = baselineOf(emu);
    const run = INTAKE_CASES[0]!;
    expect(run.operation(emu, {}).status).toBe('ok');
    expect(outboxMatchesSends(emu, baseline)).toEqual([]);
    const outbox = emu.backend.stores.comms.mail.outbox;
    const [message] = outbox.slice(baseline.outbox);
    expect(message).toBeDefined();
    outbox.push({ ...message!, id: 'second' });
    expect(outboxMatchesSends(emu, baseline)).toEqual([
      expect.objectContaining({
        detail: expect.stringMatching(/^2 message\(s\) to .* 1 sent and 0 unknown/),
      }),
    ]);
    outbox.splice(baseline.outbox);
    expect(outboxMatchesSends(emu, baseline)).toEqual([
      expect.objectContaining({ detail: expect.stringMatching(/say sent to .* holds 0 message/) }),
    ]);
  });
});
