// What an engagement import reads: the file (parsed by Utilities.parseCsv), the contacts to match it against (a few
// columns of Contacts), and which of its Source references Engagements already holds (searches, not the whole tab).

import { CONTACTS, ENGAGEMENTS } from '../../../sheets-templates';
import { type ImportPlan, isRefusal, planImport } from '../../core/imports/importPlan';
import type { ContactKey } from '../../core/imports/matching';
import { PLATFORMS, type Platform } from '../../core/imports/platforms';
import { UserError } from '../../core/messages';
import type { WorkbookSession } from '../store/session';

/** What the sidebar sends: the file's text (read in the browser) and what the person chose. */
export interface ImportFileRequest {
  csv: string;
  /** 'zoom', 'teams', 'meet' or 'stats'; detected from the header words when empty. */
  platform?: string | null;
  /** The meeting's day (YYYY-MM-DD) when the file gives none. */
  day?: string;
  /** A title when the file gives none. */
  title?: string;
  /** The event the meeting was (EVT-…), optional. */
  eventId?: string;
}

/** Text a sidebar may send (google.script.run carries a few megabytes; exports of a large webinar are far less). */
const MAX_CHARS = 2_000_000;

/** References searched per TextFinder: one regular expression of alternatives each. */
const REFS_PER_SEARCH = 40;

/** The file's plan, or a refusal that says what is wrong with the file. */
export function planOf_(request: ImportFileRequest): ImportPlan {
  const csv = String(request?.csv ?? '');
  if (csv.length > MAX_CHARS) throw new UserError('import.tooLarge', { max: MAX_CHARS });
  const chosen = String(request?.platform ?? '').trim();
  const platform = PLATFORMS.indexOf(chosen as Platform) >= 0 ? (chosen as Platform) : null;
  // https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String,Char)
  const plan = planImport(csv, (text, delimiter) => Utilities.parseCsv(text, delimiter), {
    platform,
    day: String(request?.day ?? ''),
    title: String(request?.title ?? ''),
  });
  if (isRefusal(plan)) throw new UserError(`import.${plan.refused}`);
  return plan;
}

/** Every contact's id, organisation, name and email: one read of those columns (Contacts is not history). */
export function contactKeys_(session: WorkbookSession): (ContactKey & { active: boolean })[] {
  const t = session.table(CONTACTS);
  const today = session.now();
  return t
    .columnRows(['id', 'orgId', 'name', 'email', 'activeTo'])
    .map((r) => {
      const to = t.cell(r, 'activeTo');
      return {
        id: String(t.cell(r, 'id')),
        orgId: String(t.cell(r, 'orgId')),
        name: String(t.cell(r, 'name')),
        email: String(t.cell(r, 'email')),
        active: !(to instanceof Date) || to.getTime() >= today.getTime(),
      };
    })
    .filter((c) => c.id !== '');
}

/**
 * The Source references of `refs` that Engagements already holds: searches of that column (40 references each),
 * then only the rows found are read, so the cells read follow the file, not the tab's history.
 */
export function existingRefs_(session: WorkbookSession, refs: readonly string[]): Set<string> {
  const table = session.table(ENGAGEMENTS);
  const found = new Set<string>();
  const wanted = [...new Set(refs)];
  for (let i = 0; i < wanted.length; i += REFS_PER_SEARCH) {
    for (const row of table.findRows('sourceRef', wanted.slice(i, i + REFS_PER_SEARCH))) {
      found.add(String(table.cell(row, 'sourceRef')).trim());
    }
  }
  return found;
}
