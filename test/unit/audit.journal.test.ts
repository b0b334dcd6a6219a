// The audit journal's encoding in property values, and how a journal is matched against rows already written.

import {
  CHUNK_CHARS,
  decodeJournal,
  encodeJournal,
  type JournalEntry,
  journalParts,
  MAX_JOURNAL_CHARS,
  writtenPrefix,
} from '../../src/core/audit/journalChunks';

const entry = (n: number, changes: Record<string, [unknown, unknown]> = {}): JournalEntry => ({
  action: 'update',
  tab: 'Cities',
  recordId: `CTY-${String(n).padStart(6, '0')}`,
  changes,
  summary: '',
  at: new Date(Date.UTC(2025, 0, 1, 10, 0, n)).toISOString(),
  user: 'owner@strongcities.org',
  version: n + 1,
});

describe('audit journal encoding', () => {
  // Source: https://developers.google.com/apps-script/guides/services/quotas (9 KB per value, 500 KB per store)
  it('round-trips entries, in ASCII values under the 9 KB value limit', () => {
    const entries = Array.from({ length: 40 }, (_, i) =>
      entry(i, { localName: ['', 'عمّان '.repeat(40)], notes: ['x'.repeat(400), '😀 emoji'] }),
    );
    const parts = encodeJournal(entries);
    expect(parts.length).toBeGreaterThan(1);
    expect(journalParts(parts[0]!)).toBe(parts.length);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(CHUNK_CHARS + 8);
      expect(/^[\x20-\x7e]*$/.test(p)).toBe(true);
    }
    expect(decodeJournal(parts)).toEqual(entries);
  });

  it('a missing or damaged part gives null, and an oversized journal keeps its rows with shorter values', () => {
    const parts = encodeJournal(
      Array.from({ length: 40 }, (_, i) => entry(i, { notes: ['', 'y'.repeat(900)] })),
    );
    expect(decodeJournal([parts[0]!, null])).toBeNull();
    expect(decodeJournal(['1|{broken'])).toBeNull();
    expect(journalParts(null)).toBe(0);
    const huge = Array.from({ length: 400 }, (_, i) => entry(i, { notes: ['', 'z'.repeat(2000)] }));
    const hugeParts = encodeJournal(huge);
    expect(hugeParts.join('').length).toBeLessThanOrEqual(MAX_JOURNAL_CHARS + 10);
    const back = decodeJournal(hugeParts)!;
    expect(back.map((e) => e.recordId)).toEqual(huge.map((e) => e.recordId));
  });
});

describe('writtenPrefix', () => {
  const row = (e: JournalEntry) => ({
    tab: e.tab,
    recordId: e.recordId,
    action: e.action,
    user: e.user,
    at: Date.parse(e.at),
  });

  it('counts the journal entries that are already the last audit rows', () => {
    const entries = [entry(1), entry(2), entry(3)];
    expect(writtenPrefix(entries, [row(entry(0)), ...entries.map(row)])).toBe(3);
    expect(writtenPrefix(entries, [row(entry(0)), row(entries[0]!)])).toBe(1);
    expect(writtenPrefix(entries, [row(entry(0))])).toBe(0);
  });

  it('an earlier row of the same record and action at another time is not mistaken for the journal’s', () => {
    const earlier = { ...row(entry(1)), at: Date.parse(entry(1).at) - 60000 };
    expect(writtenPrefix([entry(1)], [earlier])).toBe(0);
  });
});
