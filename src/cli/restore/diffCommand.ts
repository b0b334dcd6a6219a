// `crm diff --spreadsheet ID --from DIR`: the backup against the workbook now (read through the Sheets API).
import { loadBackup } from '../backup/backupFolder';
import { readWorkbook } from '../backup/snapshot';
import type { Session } from '../session';
import { describeDiff, diffTab, type TabDiff } from './diff';

export async function diffOf(session: Session, spreadsheet: string, from: string, tabs?: string[]) {
  const backup = loadBackup(from);
  const wanted = backup.tabs.filter((t) => !tabs || tabs.includes(t.meta.title));
  const unknown = (tabs ?? []).filter((t) => !backup.tabs.some((b) => b.meta.title === t));
  const current = await readWorkbook(
    session,
    spreadsheet,
    wanted.map((t) => t.meta.title),
  );
  const diffs: TabDiff[] = wanted.map((b) =>
    diffTab(
      b,
      current.tabs.find((c) => c.meta.title === b.meta.title),
    ),
  );
  return { backup, current, diffs, unknown };
}

export async function diffCommand(
  session: Session,
  o: { spreadsheet: string; from: string; json: boolean },
): Promise<number> {
  const { diffs } = await diffOf(session, o.spreadsheet, o.from);
  if (o.json) session.out(JSON.stringify(diffs, null, 2));
  else for (const l of describeDiff(diffs)) session.out(l);
  return 0;
}
