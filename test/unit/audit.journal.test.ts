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

describe('audit journal of a bulk write', () => {
  // A Suggest at ×10 creates ~2,300 Matches rows in one write: even without old/new values its journal was
  // ~420 KB, past the journal's share and near the 500 KB document store (quotas page above).
  const creates = (n: number, at = '2025-01-01T10:00:00.000Z', summary?: string): JournalEntry[] =>
    Array.from({ length: n }, (_, i) => ({
      action: 'create',
      tab: 'Matches',
      recordId: `MAT-${String(i + 1).padStart(6, '0')}`,
      changes: { seeker: ['', `CTY-${i}`], offering: ['', `CTY-${i + 1}`], rationale: ['', 'r'.repeat(200)] },
      summary: summary ?? `Suggested peer match ${i + 1}: city ${i} seeks practice on topic ${i % 40}`,
      at,
      user: 'coordinator@strongcities.org',
      version: 1,
    }));

  it('keeps every record of 2,600 creates under the cap, in order, as a run of ids with their one summary', () => {
    const entries = creates(2600, undefined, 'Peer match suggested');
    const parts = encodeJournal(entries);
    expect(parts.join('').length).toBeLessThanOrEqual(MAX_JOURNAL_CHARS + 10);
    const back = decodeJournal(parts)!;
    expect(back.map((e) => e.recordId)).toEqual(entries.map((e) => e.recordId));
    expect(back.map((e) => e.summary)).toEqual(entries.map((e) => e.summary));
    expect(back.every((e) => e.action === 'create' && e.version === 1 && e.tab === 'Matches')).toBe(true);
  });

  it('keeps summaries that differ when they fit', () => {
    const entries = creates(1500);
    const back = decodeJournal(encodeJournal(entries))!;
    expect(back.map((e) => e.recordId)).toEqual(entries.map((e) => e.recordId));
    expect(back.map((e) => e.summary)).toEqual(entries.map((e) => e.summary));
  });

  it('drops the summaries only when they too would not fit, and keeps different times apart', () => {
    const entries = [...creates(6000), ...creates(3, '2025-01-01T10:00:05.000Z')];
    const parts = encodeJournal(entries);
    expect(parts.join('').length).toBeLessThanOrEqual(MAX_JOURNAL_CHARS + 10);
    const back = decodeJournal(parts)!;
    expect(back.map((e) => e.recordId)).toEqual(entries.map((e) => e.recordId));
    expect(back.map((e) => e.at)).toEqual(entries.map((e) => e.at));
    expect(back.every((e) => e.summary === '')).toBe(true);
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
