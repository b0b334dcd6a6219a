// `crm restore --from DIR --spreadsheet ID [--tabs …] [--dry-run] [--yes]`: shows the diff, asks, then writes the
// backup back in batchUpdate calls of at most `chunkCells` cells (each applied all or nothing by Google:
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate). Rows the backup does not
// know stay; nothing is deleted.
//
// Id counters: restored records keep their ids. The add-on's counters (document properties scn.lastId.<prefix>,
// src/server/store/freshIds.ts) are not reachable through the Sheets API, and need not be: before issuing an id the
// store searches the tab's id column for any id above its counter and issues above the highest one found, so a
// restored id is never handed out again (test/acceptance/googleapis/restore.test.ts checks this on the bundle).
import { CliError } from '../google/apiCaller';
import { JSON_OPTIONS, jsonText } from '../google/clients';
import type { Session } from '../session';
import { describeDiff, isEmptyDiff } from './diff';
import { diffOf } from './diffCommand';
import { planTab, type Request } from './restorePlan';

export const ID_COUNTER_NOTE =
  'Ids: restored records keep their ids; the add-on never issues an id already in a tab (it searches the id column above its counter first), so new records get ids above every restored one.';

export async function restore(
  session: Session,
  o: { spreadsheet: string; from: string; tabs?: string[]; dryRun: boolean; yes: boolean },
): Promise<number> {
  const { backup, current, diffs, unknown } = await diffOf(session, o.spreadsheet, o.from, o.tabs);
  if (unknown.length > 0)
    throw new CliError(`The backup has no tab named ${unknown.map((t) => `"${t}"`).join(', ')}.`);
  for (const line of describeDiff(diffs)) session.out(line);
  const todo = diffs.filter((d) => !isEmptyDiff(d));
  if (todo.length === 0) {
    session.out('Nothing to restore.');
    return 0;
  }
  if (o.dryRun) {
    session.out('Dry run: nothing was written.');
    return 0;
  }
  const rows = todo.reduce((n, d) => n + d.removed.length + d.changed.length + d.blankRows, 0);
  const question = `Restore ${rows} rows in ${todo.length} tabs of "${current.meta.title}" from the backup of ${backup.manifest.startedAt}?`;
  if (!o.yes && !(await session.confirm(question))) {
    session.out('Nothing was written.');
    return 1;
  }
  const sheets = session.clients.sheets.spreadsheets;
  // Missing tabs first, in one call, so the row writes can name their sheet ids.
  const missing = todo
    .filter((d) => d.missing)
    .map((d) => backup.tabs.find((t) => t.meta.title === d.title)!);
  const ids = new Map(
    current.meta.tabs.map((t) => [t.title, { id: t.sheetId, rows: t.rowCount, cols: t.columnCount }]),
  );
  if (missing.length > 0) {
    const res = await session.caller.call('add the missing tabs', 'write', () =>
      sheets.batchUpdate({
        spreadsheetId: o.spreadsheet,
        requestBody: {
          requests: missing.map((t) => ({
            addSheet: {
              properties: {
                title: t.meta.title,
                gridProperties: {
                  rowCount: t.meta.rowCount,
                  columnCount: t.meta.columnCount,
                  ...(t.meta.frozenRowCount ? { frozenRowCount: t.meta.frozenRowCount } : {}),
                },
              },
            },
          })),
        },
      }),
    );
    res.replies?.forEach((r, i) => {
      const p = r.addSheet!.properties!;
      ids.set(p.title!, {
        id: p.sheetId!,
        rows: missing[i]!.meta.rowCount,
        cols: missing[i]!.meta.columnCount,
      });
    });
  }
  const batches: Request[][] = [];
  let batch: Request[] = [];
  let cells = 0;
  const flush = () => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    cells = 0;
  };
  let written = 0;
  for (const d of todo) {
    const b = backup.tabs.find((t) => t.meta.title === d.title)!;
    const now = d.missing ? undefined : current.tabs.find((t) => t.meta.title === d.title);
    const target = ids.get(d.title)!;
    const plan = planTab(b, now, target.id, { rows: target.rows, cols: target.cols });
    batch.push(...plan.grow);
    for (const w of plan.writes) {
      if (cells + w.cells > session.chunkCells && batch.length > 0) flush();
      batch.push(w.request);
      cells += w.cells;
    }
    batch.push(...plan.protections);
    written += plan.rowsWritten;
  }
  flush();
  session.progress.plan(batches.length);
  for (const [i, requests] of batches.entries()) {
    await session.caller.call(`write batch ${i + 1} of ${batches.length}`, 'write', () =>
      sheets.batchUpdate({ spreadsheetId: o.spreadsheet, requestBody: jsonText({ requests }) }, JSON_OPTIONS),
    );
    session.progress.tick(`restore: batch ${i + 1} of ${batches.length}`);
  }
  session.out(`Restored ${written} rows in ${todo.length} tabs, in ${batches.length} write requests.`);
  session.out(ID_COUNTER_NOTE);
  return 0;
}
