// The audit write-ahead journal as document-property values: entries to JSON, split into values that fit the quota.
//
// Apps Script limits a property value to 9 KB and a property store to 500 KB
// (https://developers.google.com/apps-script/guides/services/quotas, "Properties value size" and "Properties total
// storage"). The JSON is escaped to ASCII so characters equal bytes, cut into values of at most CHUNK_CHARS, and
// kept under MAX_JOURNAL_CHARS in all so setup fingerprints and id counters keep their room in the store.

/** One audit row waiting to be written, with what the data write it describes left in the table. */
export interface JournalEntry {
  action: string;
  tab: string;
  recordId: string;
  changes: Record<string, [unknown, unknown]>;
  summary: string;
  /** When and by whom the change was made (the recovering execution writes the row in their name). */
  at: string;
  user: string;
  /** The record's version once the data write landed (1 for a create). */
  version: number;
}

export const JOURNAL_KEY_PREFIX = 'scn.auditJournal.';
/** Characters per property value: under 9 KB (9,216 bytes) with room for the key and the part header. */
export const CHUNK_CHARS = 8000;
/** The journal's share of the 500 KB document store. */
export const MAX_JOURNAL_CHARS = 200000;
/** Longest old/new value kept when a journal would be too large. */
const SHORT_VALUE = 80;

export function journalKey(part: number): string {
  return `${JOURNAL_KEY_PREFIX}${part}`;
}

function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function shortened(entries: readonly JournalEntry[], keepChanges: boolean): JournalEntry[] {
  return entries.map((e) => {
    const changes: Record<string, [unknown, unknown]> = {};
    if (keepChanges) {
      for (const [k, [a, b]] of Object.entries(e.changes)) {
        const cut = (v: unknown) => {
          const s = String(v ?? '');
          return s.length > SHORT_VALUE ? `${s.slice(0, SHORT_VALUE - 1)}…` : s;
        };
        changes[k] = [cut(a), cut(b)];
      }
    }
    return { ...e, changes };
  });
}

/** Neighbouring entries that differ only by record id (and summary), kept as one item: a bulk write's rows. */
interface JournalRun {
  run: Omit<JournalEntry, 'recordId' | 'changes' | 'summary'>;
  ids: string[];
  /** The summary all its rows share (a bulk insert's), else one per id; neither when they did not fit. */
  summary?: string;
  summaries?: string[];
}

function runsOf(entries: readonly JournalEntry[], keepSummaries: boolean): JournalRun[] {
  const runs: JournalRun[] = [];
  for (const e of entries) {
    const last = runs[runs.length - 1];
    const same =
      last &&
      last.run.action === e.action &&
      last.run.tab === e.tab &&
      last.run.at === e.at &&
      last.run.user === e.user &&
      last.run.version === e.version;
    const run = same
      ? last
      : {
          run: { action: e.action, tab: e.tab, at: e.at, user: e.user, version: e.version },
          ids: [] as string[],
          ...(keepSummaries ? { summaries: [] as string[] } : {}),
        };
    if (!same) runs.push(run);
    run.ids.push(e.recordId);
    run.summaries?.push(e.summary);
  }
  for (const r of runs)
    if (r.summaries?.every((x) => x === r.summaries?.[0])) {
      r.summary = r.summaries[0] ?? '';
      delete r.summaries;
    }
  return runs;
}

function isRun(v: unknown): v is JournalRun {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<JournalRun>;
  return typeof r.run === 'object' && r.run !== null && Array.isArray(r.ids);
}

function expandRun(r: JournalRun): JournalEntry[] {
  return r.ids.map((recordId, i) => ({
    ...r.run,
    recordId: String(recordId),
    changes: {},
    summary: String(r.summaries?.[i] ?? r.summary ?? ''),
  }));
}

/**
 * The property values of a journal: part 0 starts with "<parts>|". An oversized journal keeps its rows with
 * shortened old/new values, then without them, then (a bulk write: thousands of suggestions in one call) as runs
 * of ids sharing action, tab, time, user and version, with their summaries and at last without: the audit row a
 * recovery writes says who did what to which record either way. Only a recovery reads the journal; the usual
 * path writes the audit rows from memory, whole.
 */
export function encodeJournal(entries: readonly JournalEntry[]): string[] {
  let json = asciiJson(entries);
  if (json.length > MAX_JOURNAL_CHARS) json = asciiJson(shortened(entries, true));
  if (json.length > MAX_JOURNAL_CHARS) json = asciiJson(shortened(entries, false));
  if (json.length > MAX_JOURNAL_CHARS) json = asciiJson(runsOf(entries, true));
  if (json.length > MAX_JOURNAL_CHARS) json = asciiJson(runsOf(entries, false));
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK_CHARS) chunks.push(json.slice(i, i + CHUNK_CHARS));
  if (chunks.length === 0) chunks.push('[]');
  chunks[0] = `${chunks.length}|${chunks[0]}`;
  return chunks;
}

/** How many parts the journal starting with this value has (0 when the value is not a journal's first part). */
export function journalParts(first: string | null): number {
  const m = first === null ? null : /^(\d+)\|/.exec(first);
  return m ? Number(m[1]) : 0;
}

/** The entries of a journal from its parts, or null when a part is missing or the text is damaged. */
export function decodeJournal(parts: readonly (string | null)[]): JournalEntry[] | null {
  const n = journalParts(parts[0] ?? null);
  if (n === 0 || parts.length < n || parts.slice(0, n).some((p) => p === null)) return null;
  const json = (parts[0] as string).replace(/^\d+\|/, '') + parts.slice(1, n).join('');
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return null;
    return value
      .flatMap((v: unknown): unknown[] => (isRun(v) ? expandRun(v) : [v]))
      .filter(
        (e): e is JournalEntry =>
          typeof e === 'object' &&
          e !== null &&
          typeof (e as JournalEntry).tab === 'string' &&
          typeof (e as JournalEntry).recordId === 'string' &&
          typeof (e as JournalEntry).version === 'number',
      );
  } catch {
    return null;
  }
}

/** An audit row as the journal compares it: tab, record, action, who, and when (ms since 1970, NaN if unknown). */
export interface WrittenAuditRow {
  tab: string;
  recordId: string;
  action: string;
  user: string;
  at: number;
}

function sameRow(e: JournalEntry, r: WrittenAuditRow): boolean {
  // Seconds: what a sheet keeps of a date-time is not promised to the millisecond.
  const second = (t: number) => Math.round(t / 1000);
  return (
    r.tab === e.tab &&
    r.recordId === e.recordId &&
    r.action === e.action &&
    r.user === e.user &&
    second(r.at) === second(Date.parse(e.at))
  );
}

/**
 * How many of the journal's first entries are already the last rows of the Audit tab: the execution that wrote
 * the journal was stopped after appending them (one block) but before deleting or rewriting the journal.
 */
export function writtenPrefix(
  entries: readonly JournalEntry[],
  lastRows: readonly WrittenAuditRow[],
): number {
  for (let m = Math.min(entries.length, lastRows.length); m > 0; m--) {
    const tail = lastRows.slice(lastRows.length - m);
    if (entries.slice(0, m).every((e, i) => sameRow(e, tail[i]!))) return m;
  }
  return 0;
}
