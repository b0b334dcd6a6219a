// The retention job (issue 13 item 4): lists in the "Retention due" tab what the Settings' periods make due.
// It anonymises nothing: a coordinator confirms first (retentionApply.ts).
//
// What it reads, daily, on a big workbook: a block of Applications columns (stage, stamps, response ids) and of
// Contacts columns (id, name, email, Active to) — tabs of records, not history — and, for the few contacts who
// left their role before the cut-off, one TextFinder search of each Engagements tab (live and archived) for their
// ids, reading only the matching rows. The Retention due tab's rows are read to skip items listed before.

import { APPLICATIONS, CONTACTS, ENGAGEMENTS, type TabDef } from '../../../sheets-templates';
import { message } from '../../core/messages';
import { ERASED } from '../../core/privacy/erasure';
import {
  type ApplicationFacts,
  applicationDue,
  contactDue,
  isErasedText,
  latest,
  monthsBefore,
  responseDue,
  retentionKey,
} from '../../core/privacy/retention';
import { normaliseEmail } from '../../core/schema/text';
import { requireRole, STRUCTURE_ROLES } from '../access/roles';
import { uiLanguage_ } from '../records/uiLanguage';
import { type WorkbookSession, workbook } from '../store/session';
import type { Table, TableRow } from '../store/table';
import { archiveViews, listItem, type PersonRow, SheetView } from './personRows';
import { appendItems_, listedItems_, type RetentionItem, retentionSheet_ } from './retentionTab';

const STAMPS = [
  'enquiryReceivedAt',
  'formSentAt',
  'applicationReceivedAt',
  'reviewStartedAt',
  'moreInfoRequestedAt',
  'approvedAt',
  'declinedAt',
  'withdrawnAt',
  'updatedAt',
] as const;
export const APPLICATION_KEYS = [
  'id',
  'stage',
  ...STAMPS,
  'submitterEmail',
  'enquiryResponseId',
  'applicationResponseId',
];

/** A field of an Applications row, by key ('' when the tab has no such column). */
export type Cell = (key: string) => unknown;

export const tableCell =
  (t: Table, r: TableRow): Cell =>
  (key) =>
    t.cell(r, key);

/** A field of a row read by header (an archived Applications row: same tab definition, own header row). */
export const rowCell =
  (def: TabDef, row: PersonRow): Cell =>
  (key) => {
    const column = def.columns.find((c) => c.key === key);
    const i = column ? row.headers.indexOf(column.header) : -1;
    return i < 0 ? '' : (row.cells[i] ?? '');
  };

const dateOf = (cell: Cell, key: string) => {
  const v = cell(key);
  return v instanceof Date ? v : null;
};

/** What the rules need of an Applications row. */
export function applicationFacts_(cell: Cell): ApplicationFacts {
  return {
    stage: String(cell('stage') ?? ''),
    declinedAt: dateOf(cell, 'declinedAt'),
    withdrawnAt: dateOf(cell, 'withdrawnAt'),
    lastStepAt: latest(STAMPS.map((k) => dateOf(cell, k))),
  };
}

export interface Cutoffs {
  applications: Date;
  contacts: Date;
  responses: Date;
}

export function cutoffs_(session: WorkbookSession): Cutoffs {
  const s = session.settings().settings;
  const now = session.now();
  return {
    applications: monthsBefore(now, s.keepClosedApplicationsMonths),
    contacts: monthsBefore(now, s.keepInactiveContactsMonths),
    responses: monthsBefore(now, s.keepRawResponsesMonths),
  };
}

/** The items one Applications row makes due: the application itself, or else its old raw responses. */
function dueOfApplication(cell: Cell, cut: Cutoffs): RetentionItem[] {
  const id = String(cell('id') ?? '').trim();
  if (id === '' || isErasedText(cell('submitterEmail'))) return []; // anonymised already
  const closed = applicationDue(applicationFacts_(cell), cut.applications);
  // Anonymising the application deletes its raw responses too: they are not listed apart.
  if (closed)
    return [{ key: retentionKey('application', id), kind: 'application', record: id, form: '', ...closed }];
  const out: RetentionItem[] = [];
  for (const form of ['enquiry', 'application'] as const) {
    const responseId = String(cell(`${form}ResponseId`) ?? '').trim();
    const at = dateOf(cell, `${form}ReceivedAt`);
    if (responseId !== '' && at && responseDue(at, cut.responses))
      out.push({
        key: retentionKey('response', responseId),
        kind: 'response',
        record: id,
        form,
        reason: 'raw response kept past its period',
        since: at,
      });
  }
  return out;
}

/** Live Applications (a block of the columns needed) and, where Archive history moved some, the archived ones. */
function dueApplications(session: WorkbookSession, cut: Cutoffs): RetentionItem[] {
  const out: RetentionItem[] = [];
  const t = session.table(APPLICATIONS);
  if (t.exists())
    for (const r of t.columnRows(APPLICATION_KEYS)) out.push(...dueOfApplication(tableCell(t, r), cut));
  for (const b of archiveViews(session)) {
    const v = b.view(APPLICATIONS);
    const last = v ? v.sheet.getLastRow() : 0;
    if (!v || last < 2) continue;
    const rows = v.rows(Array.from({ length: last - 1 }, (_, i) => i + 2));
    for (const row of rows) out.push(...dueOfApplication(rowCell(APPLICATIONS, row), cut));
  }
  return out;
}

/** The latest engagement date per contact id among `ids`, live and archived (one search per Engagements tab). */
export function lastEngagements_(session: WorkbookSession, ids: readonly string[]): Map<string, Date> {
  const out = new Map<string, Date>();
  if (ids.length === 0) return out;
  const sheets: SheetView[] = [];
  const live = session.sheet(ENGAGEMENTS.name);
  if (live) sheets.push(new SheetView('workbook', live));
  for (const b of archiveViews(session)) {
    const v = b.view(ENGAGEMENTS);
    if (v) sheets.push(v);
  }
  const contactsHeader = ENGAGEMENTS.columns.find((c) => c.key === 'contactIds')!.header;
  const dateHeader = ENGAGEMENTS.columns.find((c) => c.key === 'date')!.header;
  for (const view of sheets) {
    for (const row of view.rows(view.search(contactsHeader, listItem(ids)))) {
      const date = row.cells[row.headers.indexOf(dateHeader)];
      if (!(date instanceof Date)) continue;
      const named = String(row.cells[row.headers.indexOf(contactsHeader)] ?? '').split(',');
      for (const raw of named) {
        const id = raw.trim();
        const before = out.get(id);
        if (ids.indexOf(id) >= 0 && (!before || before.getTime() < date.getTime())) out.set(id, date);
      }
    }
  }
  return out;
}

function dueContacts(session: WorkbookSession, cut: Cutoffs): RetentionItem[] {
  const t = session.table(CONTACTS);
  if (!t.exists()) return [];
  const rows = t.columnRows(['id', 'name', 'email', 'activeTo']);
  const activeAddresses = new Set<string>();
  const left: { id: string; email: string; activeTo: Date }[] = [];
  for (const r of rows) {
    const id = String(t.cell(r, 'id') ?? '').trim();
    const email = normaliseEmail(String(t.cell(r, 'email') ?? ''));
    const activeTo = dateOf(tableCell(t, r), 'activeTo');
    if (id === '' || String(t.cell(r, 'name') ?? '').trim() === ERASED) continue;
    if (activeTo && activeTo.getTime() < cut.contacts.getTime()) left.push({ id, email, activeTo });
    else if (email !== '') activeAddresses.add(email);
  }
  const engaged = lastEngagements_(
    session,
    left.map((c) => c.id),
  );
  return left
    .filter((c) =>
      contactDue(
        {
          activeTo: c.activeTo,
          lastEngagement: engaged.get(c.id) ?? null,
          sharedWithActive: c.email !== '' && activeAddresses.has(c.email),
        },
        cut.contacts,
      ),
    )
    .map((c) => ({
      key: retentionKey('contact', c.id),
      kind: 'contact' as const,
      record: c.id,
      form: '',
      reason: 'inactive: left the role, no engagement since',
      since: c.activeTo,
    }));
}

export interface RetentionListReport {
  /** Items found due now. */
  due: number;
  /** Of those, added to the tab by this run. */
  added: number;
  /** Items in the tab still waiting for a coordinator. */
  waiting: number;
}

/** Lists what falls due (the daily job calls this under its lock). */
export function listRetentionDue_(session: WorkbookSession): RetentionListReport {
  return session.write(() => {
    const cut = cutoffs_(session);
    const items = [...dueApplications(session, cut), ...dueContacts(session, cut)];
    const existing = retentionSheet_(session, items.length > 0);
    if (!existing) return { due: 0, added: 0, waiting: 0 };
    const listed = listedItems_(existing);
    const added = appendItems_(existing, listed, items, session.now());
    if (added > 0) session.dirty = true;
    const waiting = listedItems_(existing).filter((it) => !it.done).length;
    return { due: items.length, added, waiting };
  });
}

/** Menu action: SCN CRM › Privacy › List retention due now (coordinators and admins). */
export function listRetentionDue(): RetentionListReport {
  const session = workbook();
  requireRole(session, STRUCTURE_ROLES, 'list what retention makes due');
  const lang = uiLanguage_();
  const report = listRetentionDue_(session);
  session.spreadsheet.toast(
    message('privacy.retentionListed', { added: report.added, waiting: report.waiting }, lang),
    message('privacy.retentionTitle', {}, lang),
    10,
  );
  return report;
}
