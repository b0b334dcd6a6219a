// SCN CRM › Privacy › Anonymise what retention lists (coordinators and admins, after a confirmation naming it).
//
// Each open item of the "Retention due" tab is checked again (a decision reversed, a contact back in a role: no
// longer due) and anonymised as the erasure does (erasePerson.ts): rows stay, the people's names, addresses and
// phones become "[erased]", the forms' stored responses are deleted, and the Audit row names ids and the reason,
// never the erased data. Each item is done under its own lock, then marked done in the tab, so a run stopped
// anywhere leaves earlier items done and a rerun finishes the rest; within an item the row a rerun finds the work
// by (the Applications row, the Contacts row) is written last.
// - a closed application: its row, its Audit rows, its Sends (acknowledgements, decision), its raw response rows
//   and the forms' stored responses; the people's contact rows, if any, follow the contact rule instead;
// - an inactive contact: the person is erased everywhere (their address kept only as a hash in Suppressions);
// - a raw response: its row in the raw response tab and the form's stored response; the Applications row stays.

import { APPLICATIONS, AUDIT, CONTACTS, SENDS, type TabDef } from '../../../sheets-templates';
import { message } from '../../core/messages';
import {
  applicationDue,
  contactDue,
  isErasedText,
  peopleEmails,
  sameMoment,
} from '../../core/privacy/retention';
import { normaliseEmail } from '../../core/schema/text';
import { requireRole, STRUCTURE_ROLES } from '../access/roles';
import type { FormKind } from '../intake/createForms';
import { uiLanguage_ } from '../records/uiLanguage';
import { type WorkbookSession, workbook } from '../store/session';
import { eraseHeld_, eraseRows_, FORMS_SOURCE, strings_ } from './erasePerson';
import { deleteFormResponses_ } from './formResponses';
import { anywhere, archiveViews, otherTabs, type PersonRow, SheetView, wholeCell } from './personRows';
import { confirmErasure_ } from './privacyPrompt';
import {
  applicationFacts_,
  type Cell,
  type Cutoffs,
  cutoffs_,
  lastEngagements_,
  rowCell,
  tableCell,
} from './retentionList';
import { isDone_, type ListedItem, listedItems_, markDone_, retentionSheet_ } from './retentionTab';

/** Stop starting new items after this long: Apps Script ends an execution at 6 minutes; a rerun continues. */
const BUDGET_MS = 4.5 * 60 * 1000;

export interface RetentionApplyReport {
  done: number;
  stale: number;
  left: number;
}

const headerOf = (def: TabDef, key: string) => def.columns.find((c) => c.key === key)!.header;

/** A tab in the workbook and in each yearly archive that has it. */
function everywhere(session: WorkbookSession, def: TabDef): SheetView[] {
  const live = session.sheet(def.name);
  const out = live ? [new SheetView('workbook', live)] : [];
  for (const b of archiveViews(session)) {
    const v = b.view(def);
    if (v) out.push(v);
  }
  return out;
}

interface HeldApplication {
  app: PersonRow;
  cell: Cell;
}

/** The application's row: live (keyed read), else in a yearly archive (one search of its id column each). */
function findApplication_(session: WorkbookSession, id: string): HeldApplication | null {
  const t = session.table(APPLICATIONS);
  const r = t.findRow(id);
  if (r) {
    const app: PersonRow = {
      book: 'workbook',
      tab: APPLICATIONS.name,
      row: r.row,
      headers: t.headers().map(String),
      cells: r.cells,
      sheet: t.sheet(),
    };
    return { app, cell: tableCell(t, r) };
  }
  for (const b of archiveViews(session)) {
    const v = b.view(APPLICATIONS);
    const found = v ? v.rows(v.search(headerOf(APPLICATIONS, 'id'), wholeCell([id]))) : [];
    if (found[0]) return { app: found[0], cell: rowCell(APPLICATIONS, found[0]) };
  }
  return null;
}

/** Anonymises an application's people in its own rows (`forms`: whose raw responses; `whole`: the row too). */
function anonymiseApplication_(
  session: WorkbookSession,
  held: HeldApplication,
  forms: readonly FormKind[],
  whole: boolean,
  why: string,
): string {
  const { app, cell } = held;
  const id = String(cell('id'));
  const submitter = normaliseEmail(String(cell('submitterEmail') ?? ''));
  const emails = [
    ...(isErasedText(submitter) ? [] : [submitter]),
    ...peopleEmails(String(cell('pointsOfContact') ?? '')),
  ].filter((e, i, all) => all.indexOf(e) === i);
  const received = forms.map((f) => cell(`${f}ReceivedAt`)).filter((d): d is Date => d instanceof Date);
  const rows: PersonRow[] = [];
  if (emails.length > 0)
    for (const sheet of otherTabs(session)) {
      const view = new SheetView('workbook', sheet);
      const at = Math.max(view.headers().indexOf('Timestamp'), 0);
      const found = view.rows(view.search(null, anywhere(emails)));
      rows.push(...found.filter((row) => received.some((d) => sameMoment(row.cells[at], d))));
    }
  if (whole) {
    for (const v of everywhere(session, AUDIT))
      rows.push(...v.rows(v.search(headerOf(AUDIT, 'recordId'), wholeCell([id]))));
    // Tracked emails about the application carry its id in their key (Message ID "APP-…:template:response").
    for (const v of everywhere(session, SENDS))
      rows.push(...v.rows(v.search(headerOf(SENDS, 'messageId'), `^${id}:`)));
    rows.push(app);
  }
  const responseIds = { enquiry: [] as string[], application: [] as string[] };
  for (const f of forms) {
    const rid = String(cell(`${f}ResponseId`) ?? '').trim();
    if (rid !== '') responseIds[f].push(rid);
  }
  const deleted = deleteFormResponses_(session, responseIds);
  const changed = eraseRows_(rows, strings_([app, ...rows], emails), (row) => row === app);
  if (deleted > 0) changed[FORMS_SOURCE] = deleted;
  session.dirty = true;
  session.audit.add({
    action: 'erase',
    tab: APPLICATIONS.name,
    recordId: id,
    changes: {},
    summary: `${why}: ${id}; rows anonymised: ${
      Object.keys(changed)
        .map((k) => `${k} ${changed[k]}`)
        .join(', ') || 'none'
    }`,
  });
  return 'anonymised';
}

/** Checks the item again and anonymises it; returns the outcome written to the tab. */
function anonymiseItem_(session: WorkbookSession, item: ListedItem, cut: Cutoffs, who: string): string {
  if (item.kind === 'contact') {
    const t = session.table(CONTACTS);
    const r = t.findRow(item.record);
    if (!r) return 'no longer held';
    const activeTo = t.cell(r, 'activeTo');
    const email = normaliseEmail(String(t.cell(r, 'email') ?? ''));
    const others = email === '' ? [] : t.findRows('email', [email]).filter((o) => o.row !== r.row);
    const sharedWithActive = others.some((o) => {
      const to = t.cell(o, 'activeTo');
      return !(to instanceof Date) || to.getTime() >= cut.contacts.getTime();
    });
    const engaged = lastEngagements_(session, [item.record]).get(item.record) ?? null;
    const facts = {
      activeTo: activeTo instanceof Date ? activeTo : null,
      lastEngagement: engaged,
      sharedWithActive,
    };
    if (!contactDue(facts, cut.contacts)) return 'no longer due';
    eraseHeld_(session, email, email === '' ? [item.record] : [], `Retention (inactive contact) by ${who}`);
    return 'anonymised';
  }
  const held = findApplication_(session, item.record);
  if (!held) return 'no longer held';
  if (item.kind === 'application') {
    if (!applicationDue(applicationFacts_(held.cell), cut.applications)) return 'no longer due';
    const why = `Retention (${item.reason} application) by ${who}`;
    return anonymiseApplication_(session, held, ['enquiry', 'application'], true, why);
  }
  const form = item.form === 'application' ? 'application' : 'enquiry';
  return anonymiseApplication_(session, held, [form], false, `Retention (raw ${form} response) by ${who}`);
}

/** Menu action and top-level function; `confirmed` skips the confirmation. */
export function anonymiseRetentionDue(confirmed?: boolean): RetentionApplyReport | null {
  const session = workbook();
  const caller = requireRole(session, STRUCTURE_ROLES, 'anonymise what retention lists');
  const lang = uiLanguage_();
  const title = message('privacy.retentionTitle', {}, lang);
  const sheet = retentionSheet_(session, false);
  const open = sheet ? listedItems_(sheet).filter((it) => !it.done) : [];
  if (!sheet || open.length === 0) {
    session.spreadsheet.toast(message('privacy.retentionNothing', {}, lang), title, 10);
    return { done: 0, stale: 0, left: 0 };
  }
  // An archive this account cannot open would be left as it is while its item is marked done: refused, named.
  const unreadable: string[] = [];
  archiveViews(session, unreadable);
  if (unreadable.length > 0)
    throw new Error(message('privacy.retentionArchivesUnreadable', { years: unreadable.join(', ') }, lang));
  if (confirmed !== true) {
    const kinds = ['application', 'contact', 'response'] as const;
    const kindKey = {
      application: 'privacy.retentionKindApplication',
      contact: 'privacy.retentionKindContact',
      response: 'privacy.retentionKindResponse',
    } as const;
    const list = kinds
      .map((k) => {
        const records = open.filter((it) => it.kind === k).map((it) => it.record);
        if (records.length === 0) return '';
        const shown = records.slice(0, 10).join(', ') + (records.length > 10 ? ', …' : '');
        return `${message(kindKey[k], {}, lang)} ${records.length} (${shown})`;
      })
      .filter((s) => s !== '')
      .join('; ');
    const text = message('privacy.retentionConfirm', { count: open.length, list }, lang);
    if (!confirmErasure_(title, text)) return null;
  }
  const started = Date.now();
  const report: RetentionApplyReport = { done: 0, stale: 0, left: 0 };
  for (const item of open) {
    if (Date.now() - started > BUDGET_MS) {
      report.left++;
      continue;
    }
    // The item under one lock (its Audit rows are written when that lock ends), then its Done mark under another:
    // a stop between the two leaves it unmarked, and the rerun redoes it — finding nothing left, audited again.
    const outcome = session.write(() =>
      isDone_(sheet, item) ? null : anonymiseItem_(session, item, cutoffs_(session), caller.email),
    );
    if (outcome !== null)
      session.write(() => {
        markDone_(sheet, item, session.now(), outcome);
        session.dirty = true;
      });
    if (outcome === 'anonymised') report.done++;
    else if (outcome !== null) report.stale++;
  }
  session.spreadsheet.toast(message('privacy.retentionDone', { ...report }, lang), title, 15);
  return report;
}
