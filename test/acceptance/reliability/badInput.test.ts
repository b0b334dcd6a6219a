// Issue 5 bad-input suite: the Big List of Naughty Strings, 60,000-character and formula-like text through every
// input path (sidebar saves of cities, contacts, partners and engagements; direct edits with onEdit; email templates):
// stored exactly, never as a formula, or refused with a message naming the field — refused only for classes that may
// be (corpus.ts mustStore): text people type, formula-like and convertible text must be stored and read back exactly.

import { CITIES, CONTACTS, ENGAGEMENTS, PARTNERS, type TabDef } from '../../../sheets-templates';
import { renderEmail } from '../../../src/core/mail/renderEmail';
import { normaliseShortText } from '../../../src/core/schema/cells';
import { corpus, mustStore, type StringClass, sampledCorpus } from '../../support/reliability/corpus';
import { SEED, seededWorkbook } from '../../support/reliability/fixtures';
import type { Violation } from '../../support/reliability/invariants';
import { newTally, record } from '../../support/reliability/killAnywhere';
import { editCell } from '../../support/reliability/operations';
import { reportTally } from '../../support/reliability/tallyFile';
import { auditRows, OWNER, recordRows, sheetOf } from '../../support/reliability/workbookView';

const tally = newTally();
afterAll(() => reportTally('bad input', tally));

interface Outcome {
  ok: boolean;
  record?: { id: string; version: number };
  message?: string;
  problems?: { key: string; message: string }[];
}

/** The value stored in the record's cell and its formula (must be none). */
function stored(emu: ReturnType<typeof seededWorkbook>, def: TabDef, id: string, key: string) {
  const row = recordRows(emu, def).find((r) => r.id === id);
  const sheet = sheetOf(emu, def.name)!;
  const formulas = row
    ? sheet.getFormulas(row.row, 1, 1, sheet.lastColumn())[0]!.filter((f) => f !== '')
    : [];
  return { value: row?.cells[key], formulas };
}

/**
 * Checks one save: each field stored exactly (or, for a one-line field, as normalised by the documented trim
 * rule, normaliseShortText in src/core/schema/cells.ts), or the refusal names the field by its header.
 */
function checkSave(
  emu: ReturnType<typeof seededWorkbook>,
  def: TabDef,
  fn: string,
  id: string | undefined,
  keys: string[],
  s: string,
  outcome: Outcome | undefined,
  error: string | undefined,
  cls: StringClass,
): Violation[] {
  const where = `${fn} ${keys.join('+')} with ${JSON.stringify(s.slice(0, 40))}${s.length > 40 ? `… (${s.length} chars)` : ''}`;
  if (!outcome) return [{ check: 'error', detail: `${where}: failed without a field message: ${error}` }];
  if (!outcome.ok && mustStore(cls))
    return [
      { check: 'floor', detail: `${where}: ${cls} text refused (it must be stored): ${outcome.message}` },
    ];
  if (!outcome.ok) {
    const named = keys.some((k) =>
      (outcome.message ?? '').includes(def.columns.find((c) => c.key === k)!.header),
    );
    return named
      ? []
      : [{ check: 'refusal', detail: `${where}: refused without naming the field: ${outcome.message}` }];
  }
  const out: Violation[] = [];
  const recId = id ?? outcome.record!.id;
  for (const k of keys) {
    const { value, formulas } = stored(emu, def, recId, k);
    // Text-only columns are formatted '@', so the cell holds the text exactly as typed, formula-like or starting
    // with an apostrophe, and the product reads it back as it is (src/core/schema/text.ts, README "Text kept as typed").
    const read = value;
    const short = def.columns.find((c) => c.key === k)!.type === 'text';
    const expected = short ? normaliseShortText(s) : s;
    if (read !== expected)
      out.push({
        check: 'stored',
        detail: `${where}: ${k} read back as ${JSON.stringify(String(value).slice(0, 60))}`,
      });
    if (formulas.length > 0)
      out.push({ check: 'formula', detail: `${where}: row holds formula ${formulas[0]}` });
  }
  return out;
}

describe('bad input through the sidebar saves', () => {
  it('every text field of cities, contacts, partners and engagements: stored exactly or refused naming the field', () => {
    const emu = seededWorkbook();
    const versions: Record<string, number> = {
      [SEED.cities[1]!]: 1,
      [SEED.contacts[1]!]: 1,
      [SEED.partner]: 1,
    };
    const found: Violation[] = [];
    const save = (
      fn: string,
      def: TabDef,
      id: string | undefined,
      fields: Record<string, unknown>,
      s: string,
      cls: StringClass,
    ) => {
      const args = id ? [{ id, version: versions[id], fields }] : [{ fields }];
      const r = emu.run<Outcome>(fn, args, { user: OWNER });
      const outcome = r.status === 'ok' ? r.value : undefined;
      if (id && outcome?.ok) versions[id] = outcome.record!.version;
      found.push(
        ...checkSave(
          emu,
          def,
          fn,
          id,
          Object.keys(fields).filter((k) => fields[k] === s),
          s,
          outcome,
          r.error,
          cls,
        ),
      );
    };
    const strings = sampledCorpus(90);
    for (const { text: s, class: cls } of strings) {
      save('saveCity', CITIES, SEED.cities[1], { localName: s, notes: s }, s, cls);
      save('saveContact', CONTACTS, SEED.contacts[1], { name: s, title: s, notes: s }, s, cls);
      save('savePartner', PARTNERS, SEED.partner, { name: s, notes: s }, s, cls);
      save(
        'logEngagement',
        ENGAGEMENTS,
        undefined,
        { date: '2025-03-01', type: 'meeting', cityIds: [SEED.cities[1]], summary: s },
        s,
        cls,
      );
      tally.strings++;
    }
    expect(record(tally, found, 'sidebar saves')).toEqual([]);
  });
});

describe('bad input typed into the sheet (onEdit)', () => {
  it('the cell keeps the text, the audit row records it as text, nothing becomes a formula', () => {
    const emu = seededWorkbook();
    const found: Violation[] = [];
    for (const s of corpus(60)) {
      const before = auditRows(emu).length;
      const where = `onEdit with ${JSON.stringify(s.slice(0, 40))}`;
      // Sheets itself refuses a cell of more than 50,000 characters, so no one can type the longest strings.
      if (s.length > 50_000) {
        expect(() => editCell(emu, 'Cities', 'Notes', 2, s)).toThrow(/maximum of 50000 characters/);
        continue;
      }
      const r = editCell(emu, 'Cities', 'Notes', 2, s);
      if (r.status !== 'ok') found.push({ check: 'error', detail: `${where}: ${r.error}` });
      const { value, formulas } = stored(emu, CITIES, SEED.cities[0]!, 'notes');
      if (value !== s)
        found.push({
          check: 'stored',
          detail: `${where}: cell read back as ${JSON.stringify(String(value).slice(0, 60))}`,
        });
      if (formulas.length > 0) found.push({ check: 'formula', detail: `${where}: ${formulas[0]}` });
      const added = auditRows(emu).slice(before);
      const changes =
        added.length === 1 ? (JSON.parse(added[0]!.changes) as Record<string, [string, string]>) : {};
      const logged = changes['notes']?.[1] ?? '';
      // The audit keeps 500 characters of a value (auditLog.ts MAX_VALUE_CHARS), with an ellipsis.
      const expected = s.length > 500 ? `${s.slice(0, 499)}…` : s;
      if (s !== '' && logged !== expected)
        found.push({
          check: 'audit',
          detail: `${where}: audit holds ${JSON.stringify(logged.slice(0, 60))}`,
        });
      tally.strings++;
    }
    const audit = sheetOf(emu, 'Audit')!;
    const f = audit
      .getFormulas(1, 1, audit.lastRow(), audit.lastColumn())
      .flat()
      .filter((x) => x !== '');
    if (f.length > 0) found.push({ check: 'formula', detail: `Audit holds formula ${f[0]}` });
    expect(record(tally, found, 'onEdit')).toEqual([]);
  });
});

describe('bad input in email templates', () => {
  it('field values land as text in the plain body and escaped in the HTML body, or are refused in the subject', () => {
    const found: Violation[] = [];
    for (const s of corpus()) {
      const where = `template with Name=${JSON.stringify(s.slice(0, 40))}`;
      try {
        const m = renderEmail('enquiryAcknowledgement', 'en', { Name: s, City: 'Amman', SenderName: 'SCN' });
        if (!m.textBody.includes(s.replace(/\r\n?/g, '\n')))
          found.push({ check: 'text', detail: `${where}: value not in the text body` });
        const body = m.htmlBody.slice(m.htmlBody.indexOf('<body'));
        const tags = body.match(/<\/?[a-zA-Z][^>]*>/g) ?? [];
        const foreign = tags.filter((t) => !/^<\/?(body|p|br|a|html)\b/.test(t));
        if (foreign.length > 0)
          found.push({ check: 'html', detail: `${where}: markup ${foreign[0]} in the HTML body` });
        if (/<script/i.test(m.htmlBody))
          found.push({ check: 'html', detail: `${where}: <script> in the HTML body` });
      } catch (e) {
        const msg = (e as Error).message;
        if (!/Subject|Name/.test(msg))
          found.push({ check: 'refusal', detail: `${where}: refused without naming the field: ${msg}` });
      }
      tally.strings++;
    }
    expect(record(tally, found, 'templates')).toEqual([]);
  });
});
