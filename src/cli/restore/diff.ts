// What changed between a backup and the workbook now, per tab and per record: rows are matched by their first
// column (the record id, or a Settings key); a row whose first cell is empty or repeated is matched by position.
// Rows with no value and no note (the grid below the data, with only formats and validation) are compared by
// position, as one count per tab.
import { columnLetters } from '../../emulator/services/spreadsheet/a1';
import type { CompactCell, TabData } from '../backup/snapshot';
import type { ProtectedRange } from '../sheets/cellCodec';

export interface ChangedRecord {
  key: string;
  /** The current row (1-based) holding it. */
  row: number;
  /** Header of each differing column, with "(note)", "(format)" or "(validation)" for those parts. */
  fields: string[];
}

export interface TabDiff {
  title: string;
  /** The tab is not in the workbook any more. */
  missing: boolean;
  added: string[];
  removed: string[];
  changed: ChangedRecord[];
  /** Blank rows (formats and validation only) whose formats or validation differ. */
  blankRows: number;
  /** Backed-up protections absent or different now (by description and range). */
  protections: number;
}

function text(c: CompactCell | null | undefined): string {
  const v = c?.v;
  if (!v) return '';
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.numberValue !== undefined) return String(v.numberValue);
  if (v.boolValue !== undefined) return String(v.boolValue);
  return v.formulaValue ?? '';
}

export function isBlankRow(line: readonly (CompactCell | null)[] | undefined): boolean {
  return !line || line.every((c) => c === null || (c.v === undefined && c.n === undefined));
}

/** Each non-blank row's key: its first cell's text when that is unique in the tab, else "row N". */
export function rowKeys(tab: TabData): Map<string, number> {
  const seen = new Map<string, number>();
  const dup = new Set<string>();
  tab.rows.forEach((line, i) => {
    if (i === 0 || isBlankRow(line)) return;
    const k = text(line[0]);
    if (k === '') return;
    if (seen.has(k)) dup.add(k);
    else seen.set(k, i + 1);
  });
  const keys = new Map<string, number>();
  tab.rows.forEach((line, i) => {
    if (isBlankRow(line) && i > 0) return;
    const k = text(line[0]);
    keys.set(i === 0 || k === '' || dup.has(k) ? `row ${i + 1}` : k, i + 1);
  });
  return keys;
}

export type Part = 'value' | 'note' | 'format' | 'validation';

/** A cell's parts as comparable strings (formats and rules resolved from the tab's dictionaries). */
export function partsOf(tab: TabData, c: CompactCell | null | undefined): Record<Part, string> {
  return {
    value: c?.v ? JSON.stringify(c.v) : '',
    note: c?.n ?? '',
    format: c?.f !== undefined ? JSON.stringify(tab.formats[c.f]) : '',
    validation: c?.r !== undefined ? JSON.stringify(tab.rules[c.r]) : '',
  };
}

export function differingFields(
  b: TabData,
  bRow: number,
  c: TabData,
  cRow: number,
  parts?: Part[],
): string[] {
  const bl = b.rows[bRow - 1] ?? [];
  const cl = c.rows[cRow - 1] ?? [];
  const header = b.rows[0] ?? [];
  const out: string[] = [];
  const width = Math.max(bl.length, cl.length);
  for (let j = 0; j < width; j++) {
    const x = partsOf(b, bl[j]);
    const y = partsOf(c, cl[j]);
    const name = text(header[j]) || columnLetters(j + 1);
    for (const p of parts ?? (['value', 'note', 'format', 'validation'] as Part[]))
      if (x[p] !== y[p]) out.push(p === 'value' ? name : `${name} (${p})`);
  }
  return out;
}

function protectionKey(p: {
  description?: string;
  range: { startRowIndex?: number; endRowIndex?: number; startColumnIndex?: number; endColumnIndex?: number };
}): string {
  const r = p.range;
  return JSON.stringify([
    p.description ?? '',
    r.startRowIndex,
    r.endRowIndex,
    r.startColumnIndex,
    r.endColumnIndex,
  ]);
}

function protectionBody(p: {
  warningOnly?: boolean;
  editors?: { users?: string[] };
  unprotectedRanges?: unknown[];
}): string {
  const strip = (g: unknown) => ({ ...(g as object), sheetId: undefined });
  // Editors of a warning-only range are ignored by Google ("When writing: if this field is true, then editors are
  // ignored": https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange).
  const editors = p.warningOnly ? [] : [...(p.editors?.users ?? [])].sort();
  return JSON.stringify([p.warningOnly === true, editors, (p.unprotectedRanges ?? []).map(strip)]);
}

/** The backed-up protections that are missing or different in the current tab. */
export function protectionChanges(
  b: TabData,
  c: TabData | undefined,
): { backup: ProtectedRange; current: ProtectedRange | undefined }[] {
  const current = new Map((c?.protectedRanges ?? []).map((p) => [protectionKey(p), p]));
  return b.protectedRanges.flatMap((p): { backup: ProtectedRange; current: ProtectedRange | undefined }[] => {
    const now = current.get(protectionKey(p));
    if (!now) return [{ backup: p, current: undefined }];
    return protectionBody(now) === protectionBody(p) ? [] : [{ backup: p, current: now }];
  });
}

export function diffTab(b: TabData, c: TabData | undefined): TabDiff {
  const d: TabDiff = {
    title: b.meta.title,
    missing: !c,
    added: [],
    removed: [],
    changed: [],
    blankRows: 0,
    protections: 0,
  };
  d.protections = protectionChanges(b, c).length;
  if (!c) {
    d.removed = [...rowKeys(b).keys()];
    return d;
  }
  const bk = rowKeys(b);
  const ck = rowKeys(c);
  for (const [k, row] of bk) {
    const now = ck.get(k);
    if (now === undefined) d.removed.push(k);
    else {
      const fields = differingFields(b, row, c, now);
      if (fields.length > 0) d.changed.push({ key: k, row: now, fields });
    }
  }
  for (const k of ck.keys()) if (!bk.has(k)) d.added.push(k);
  for (let i = 1; i < b.rows.length; i++)
    if (isBlankRow(b.rows[i]) && isBlankRow(c.rows[i]) && differingFields(b, i + 1, c, i + 1).length > 0)
      d.blankRows++;
  return d;
}

export function isEmptyDiff(d: TabDiff): boolean {
  return (
    !d.missing && d.removed.length === 0 && d.changed.length === 0 && d.blankRows === 0 && d.protections === 0
  );
}

/** The diff as lines for a person: a summary per tab, then the records (up to `limit` per kind). */
export function describeDiff(diffs: TabDiff[], limit = 20): string[] {
  const lines: string[] = [];
  const some = (list: string[]) =>
    `${list.slice(0, limit).join(', ')}${list.length > limit ? `, … (${list.length - limit} more)` : ''}`;
  for (const d of diffs) {
    if (isEmptyDiff(d) && d.added.length === 0) continue;
    lines.push(
      `${d.title}${d.missing ? ' (tab missing now)' : ''}: ${d.removed.length} removed, ${d.changed.length} changed, ${d.added.length} added since the backup` +
        (d.blankRows ? `, ${d.blankRows} blank rows with other formats or validation` : '') +
        (d.protections ? `, ${d.protections} protections missing or changed` : ''),
    );
    if (d.removed.length) lines.push(`  removed: ${some(d.removed)}`);
    for (const c of d.changed.slice(0, limit))
      lines.push(`  changed ${c.key} (row ${c.row}): ${c.fields.join(', ')}`);
    if (d.changed.length > limit) lines.push(`  … ${d.changed.length - limit} more changed`);
    if (d.added.length) lines.push(`  added (kept by restore): ${some(d.added)}`);
  }
  if (lines.length === 0) lines.push('No differences: the workbook matches the backup.');
  return lines;
}
