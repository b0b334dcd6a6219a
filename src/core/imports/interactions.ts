// Comms statistics in a file: interactions by email address (newsletter opens, social-platform replies…), one per
// address, platform, kind and day, their counts added up; unreadable rows reported with their line.

import { isValidEmail, normaliseEmail } from '../schema/text';
import type { FileTable } from './importFile';
import { cellOf, headerOf, type RowProblem } from './people';
import { parseWallTime } from './times';

export interface Interaction {
  key: string;
  email: string;
  platform: string;
  kind: string;
  day: string;
  count: number;
  lines: number[];
}

/** Interactions of a statistics table. A row needs a valid address and a readable day; the count defaults to 1. */
export function interactionsOf(table: FileTable): { interactions: Interaction[]; problems: RowProblem[] } {
  const byKey = new Map<string, Interaction>();
  const problems: RowProblem[] = [];
  for (const row of table.rows) {
    const email = normaliseEmail(cellOf(table, row, 'email'));
    const report = (kind: RowProblem['kind'], field: 'email' | 'date' | 'count') =>
      problems.push({
        line: row.line,
        kind,
        column: headerOf(table, field),
        value: cellOf(table, row, field),
      });
    if (!email) {
      report('noIdentity', 'email');
      continue;
    }
    if (!isValidEmail(email)) {
      report('badEmail', 'email');
      continue;
    }
    const date = parseWallTime(cellOf(table, row, 'date'));
    if (!date) {
      report('badDate', 'date');
      continue;
    }
    const countText = cellOf(table, row, 'count');
    const count = countText === '' ? 1 : Number(countText);
    if (!Number.isInteger(count) || count < 0) {
      report('badCount', 'count');
      continue;
    }
    const platform = cellOf(table, row, 'platform') || 'unknown';
    const kind = cellOf(table, row, 'kind') || 'interaction';
    const key = [platform.toLowerCase(), kind.toLowerCase(), date.day, email].join('|');
    const seen = byKey.get(key);
    if (seen) {
      seen.count += count;
      seen.lines.push(row.line);
    } else byKey.set(key, { key, email, platform, kind, day: date.day, count, lines: [row.line] });
  }
  return { interactions: [...byKey.values()], problems };
}
