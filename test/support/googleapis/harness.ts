// Helpers for the CLI's acceptance tests and bench: a fake Google over an emulator, the CLI run in-process against
// it (the real googleapis client, pointed at the fake with its root URL), and host-side comparisons of workbooks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CliDeps, runCli } from '../../../src/cli/main';
import type { Emulator } from '../../../src/emulator';
import type { SheetModel, SpreadsheetModel } from '../../../src/emulator/services/spreadsheet/install';
import { FakeGoogle, type FakeOptions } from '../../../src/fakeGoogle/fakeGoogle';

export const OWNER = 'owner@strongcities.org';
export const TOKEN = 'test-access-token';

/**
 * A fake on the emulator's Google. The CLI runs unpaced in tests (below), so the quotas are raised unless a test
 * sets them: Google's 60 per minute per user would turn a test's second command into a minute's wait.
 */
export async function startFake(emu: Emulator, options: Partial<FakeOptions> = {}): Promise<FakeGoogle> {
  const fake = new FakeGoogle(emu.backend, {
    tokens: { [TOKEN]: OWNER },
    perUser: 100_000,
    perProject: 100_000,
    ...options,
  });
  await fake.start();
  return fake;
}

export interface CliRun {
  code: number;
  out: string[];
  err: string;
}

/** Runs `crm <args>` in-process against the fake: quick retries, no pacing unless asked. */
export async function crm(
  fake: FakeGoogle,
  args: string[],
  deps: CliDeps = {},
  token = TOKEN,
): Promise<CliRun> {
  const out: string[] = [];
  let err = '';
  const code = await runCli(args, {
    out: (l) => out.push(l),
    err: (t) => {
      err += t;
    },
    env: { SCN_CRM_ROOT_URL: fake.rootUrl, SCN_CRM_ACCESS_TOKEN: token, SCN_CRM_TOKEN_FILE: '/nonexistent' },
    confirm: async () => false,
    tty: false,
    ...deps,
    caller: { backoffMs: 5, perMinute: 100_000, ...deps.caller },
  });
  return { code, out, err };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

type Grid = unknown[][];

function comparable(v: unknown): unknown {
  if (v instanceof Date) return `date:${v.getTime()}`;
  return v;
}

/** Differences between two tabs, cell by cell over the larger grid: values, formulas, notes, formats, validation. */
export function sheetDifferences(a: SheetModel, b: SheetModel, limit = 20): string[] {
  const out: string[] = [];
  const rows = Math.max(a.maxRows, b.maxRows);
  const cols = Math.max(a.maxColumns, b.maxColumns);
  const rect = { row: 1, col: 1, numRows: rows, numCols: cols };
  const grids = (s: SheetModel): Record<string, Grid> => ({
    value: s.getValues(1, 1, rows, cols),
    formula: s.getFormulas(1, 1, rows, cols),
    note: s.formats.note.getGrid(rect),
    format: s.formats.numberFormat.getGrid(rect),
    validation: s.formats.validation
      .getGrid(rect)
      .map((l) =>
        l.map((r) =>
          r
            ? JSON.stringify(r, (k, v) => (k === 'sheetId' ? s.parent.sheetById(v as number)?.name : v))
            : undefined,
        ),
      ),
  });
  const ga = grids(a);
  const gb = grids(b);
  for (const part of Object.keys(ga))
    for (let i = 0; i < rows && out.length < limit; i++)
      for (let j = 0; j < cols && out.length < limit; j++) {
        const x = comparable(ga[part]![i]?.[j] ?? '');
        const y = comparable(gb[part]![i]?.[j] ?? '');
        if (x !== y && !(x === undefined && y === '') && !(y === undefined && x === ''))
          out.push(`${a.name} ${part} R${i + 1}C${j + 1}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
      }
  const prot = (s: SheetModel) =>
    s.protections
      .map((p) =>
        // Editors of a warning-only protection are ignored by the Sheets API (ProtectedRange.warningOnly:
        // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange).
        JSON.stringify([
          p.kind,
          p.kind === 'SHEET' ? null : p.rect,
          p.description,
          p.warningOnly,
          p.warningOnly ? [] : [...p.editors].sort(),
          p.unprotected,
        ]),
      )
      .sort();
  if (JSON.stringify(prot(a)) !== JSON.stringify(prot(b)))
    out.push(`${a.name} protections: ${JSON.stringify(prot(a))} ≠ ${JSON.stringify(prot(b))}`);
  return out;
}

/** Differences between every tab of `a` and the same tab of `b`. */
export function workbookDifferences(a: SpreadsheetModel, b: SpreadsheetModel): string[] {
  const out: string[] = [];
  for (const s of a.sheets) {
    const t = b.sheetByName(s.name);
    if (!t) out.push(`${s.name}: missing`);
    else out.push(...sheetDifferences(s, t));
  }
  return out;
}
