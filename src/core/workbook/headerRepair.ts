// Planning the repair of a damaged header row without touching a single value below it.
//
// A header the coordinator renamed is recognised when it is the only unknown header in the gap where the
// missing column belongs (between the nearest defined columns before and after it, wherever the user moved
// them) and the values under it fit the column's type. Its header text is then restored; values stay put.
// Anything else is kept as the user's own column, untouched, and the missing column is added after the last
// used column (appending shifts nothing, so formulas and user columns keep pointing where they did).

import type { ColumnDef, TabDef } from '../../../sheets-templates/model';
import { message } from '../messages/catalogue';
import { columnLetter, type HeaderMatch, matchHeaders } from './headerMatch';

export interface RenamedColumn {
  column: ColumnDef;
  index: number;
  from: string;
}

export interface HeaderRepairPlan {
  renamed: RenamedColumn[];
  /** Missing columns added after the last used column, in definition order. */
  appended: ColumnDef[];
  /** The full header row after the repair (user columns unchanged). */
  headers: string[];
  /** 0-based column span to write, or undefined when the header row is already right. */
  writeFrom?: number;
  writeTo?: number;
  /** Human-readable lines describing each change, for the setup report. */
  changes: string[];
}

/** Answers whether the values of sheet column `index` could belong to `column` (checked only for rename candidates). */
export type FitsColumn = (column: ColumnDef, index: number) => boolean;

/** Candidate renames: missing column → the single unknown header in its gap. Pure; `fits` checks content. */
export function findRenames(
  def: TabDef,
  match: HeaderMatch,
  width: number,
  fits: FitsColumn,
): RenamedColumn[] {
  const position = new Map<string, number>(Object.entries(match.index));
  const unknown = new Set(match.unknown);
  const out: RenamedColumn[] = [];
  const cols = def.columns;
  for (const column of match.missing) {
    const at = cols.indexOf(column);
    let lo = -1;
    for (let i = at - 1; i >= 0; i--) {
      const p = position.get(cols[i]!.key);
      if (p !== undefined) {
        lo = p;
        break;
      }
    }
    let hi = width;
    for (let i = at + 1; i < cols.length; i++) {
      const p = position.get(cols[i]!.key);
      if (p !== undefined) {
        hi = p;
        break;
      }
    }
    if (lo >= hi) continue;
    const inGap = [...unknown].filter((i) => i > lo && i < hi);
    // Another missing column sharing the same gap makes it ambiguous: leave both alone.
    const rivals = match.missing.filter(
      (m) => m !== column && !position.has(m.key) && gapOf(m) === gapOf(column),
    );
    if (inGap.length !== 1 || rivals.length > 0) continue;
    const index = inGap[0]!;
    if (!fits(column, index)) continue;
    out.push({ column, index, from: '' });
    position.set(column.key, index);
    unknown.delete(index);
  }
  return out;

  function gapOf(c: ColumnDef): string {
    const at = cols.indexOf(c);
    let lo = -1;
    for (let i = at - 1; i >= 0; i--) {
      const p = match.index[cols[i]!.key];
      if (p !== undefined) {
        lo = p;
        break;
      }
    }
    let hi = width;
    for (let i = at + 1; i < cols.length; i++) {
      const p = match.index[cols[i]!.key];
      if (p !== undefined) {
        hi = p;
        break;
      }
    }
    return `${lo}:${hi}`;
  }
}

/**
 * Plans the header row of an existing tab. `headers` is the row as read (its length is the sheet's last
 * used column, data included, so appended columns never land on values).
 */
export function planHeaderRepair(
  def: TabDef,
  headers: readonly unknown[],
  fits: FitsColumn,
): HeaderRepairPlan {
  const match = matchHeaders(def, headers);
  const width = headers.length;
  const renamed = findRenames(def, match, width, fits).map((r) => ({
    ...r,
    from: String(headers[r.index] ?? ''),
  }));
  const renamedKeys = new Set(renamed.map((r) => r.column.key));
  const appended = match.missing.filter((c) => !renamedKeys.has(c.key));
  const out = headers.map((h) => (typeof h === 'string' ? h : String(h ?? '')));
  const changes: string[] = [];
  let from: number | undefined;
  let to: number | undefined;
  const touch = (i: number) => {
    from = from === undefined ? i : Math.min(from, i);
    to = to === undefined ? i : Math.max(to, i);
  };
  for (const r of renamed) {
    out[r.index] = r.column.header;
    touch(r.index);
    const was = r.from === '' ? message('setup.emptyHeader') : `"${r.from}"`;
    const letter = columnLetter(r.index);
    changes.push(message('setup.headerRestored', { tab: def.name, letter, was, header: r.column.header }));
  }
  for (const c of appended) {
    out.push(c.header);
    touch(out.length - 1);
    const letter = columnLetter(out.length - 1);
    changes.push(message('setup.columnAdded', { tab: def.name, header: c.header, letter }));
  }
  return { renamed, appended, headers: out, writeFrom: from, writeTo: to, changes };
}
