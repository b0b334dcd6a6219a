// Setup's access protections: Staff, Settings and Hubs editable by admins only; Audit and Sends warn, and the
// installable edit trigger reverts what a non-admin types there.
//
// Why two kinds. Sidebar and menu functions run as the user at the keyboard, so a protection that excludes a user
// refuses that user's script writes too (believed from public reports, e.g.
// https://gist.github.com/tanaikech/a36770c4609fdb73ed1b8ed43c0612fd, which runs such writes as the owner through an
// installable trigger or a web app for that reason; the emulator models it in spreadsheet/writeRules.ts).
// - Staff, Settings, Hubs: only admins change them in the sidebars too (records/saveRecord.ts), so a protection
//   whose editors are the active admins (plus the trigger owner and, always, the file owner) blocks nobody's own
//   saves. Refreshed whenever the admins in Staff change (refreshAdminProtections).
// - Audit and Sends: every coordinator's save writes an Audit row and every mailing writes Sends rows, as that
//   coordinator. An admins-only protection would refuse those saves, so these tabs get a warning-only protection
//   ("every user can edit data in the area, except editing prompts a warning",
//   https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)) and the
//   installable edit trigger (access/gridEdits.ts), which runs as its owner, reverts or flags a non-admin's edit.

import { AUDIT, HUBS, SENDS, SETTINGS, STAFF } from '../../../sheets-templates';
import { message } from '../../core/messages';
import { currentCaller } from '../access/roles';
import type { WorkbookSession } from '../store/session';
import { TRIGGER_OWNER_PROPERTY } from './triggers';

/** Description prefix of the protections this file manages (tabDecorate.ts manages 'SCN CRM:' ones). */
export const ACCESS_MARK = 'SCN access:';
/** Document property: the editors last given to the admin-only protections (sorted, comma-separated). */
export const PROTECTION_EDITORS_PROPERTY = 'scn.protections.editors';

const ADMIN_ONLY_TABS = [STAFF.name, SETTINGS.name, HUBS.name];
const WARNING_TABS = [AUDIT.name, SENDS.name];

type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** The active admins of the Staff tab and the trigger owner (the file owner can always edit: not listed). */
export function protectionEditors(session: WorkbookSession): string[] {
  const table = session.table(STAFF);
  const emails = new Set<string>();
  if (table.exists()) {
    for (const row of table.rows()) {
      const v = table.values(row);
      const email = String(v['email'] ?? '')
        .trim()
        .toLowerCase();
      if (email !== '' && v['role'] === 'admin' && v['active'] !== false) emails.add(email);
    }
  }
  const owner = String(session.properties().getProperty(TRIGGER_OWNER_PROPERTY) ?? '')
    .trim()
    .toLowerCase();
  if (owner !== '') emails.add(owner);
  return [...emails].sort();
}

function sheetProtection(session: WorkbookSession, tab: string): Protection | null {
  const sheet = session.sheet(tab);
  if (!sheet) return null;
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect();
}

/** Gives one admin-only protection exactly these editors. */
function limitTo(p: Protection, editors: readonly string[]): void {
  if (p.getDescription().indexOf(ACCESS_MARK) !== 0)
    p.setDescription(`${ACCESS_MARK} admins only (Staff roles)`);
  if (p.isWarningOnly()) p.setWarningOnly(false);
  const wanted = new Set(editors);
  const current = p.getEditors().map((u) => u.getEmail().trim().toLowerCase());
  const extra = current.filter((e) => !wanted.has(e));
  const missing = editors.filter((e) => current.indexOf(e) < 0);
  if (extra.length > 0) p.removeEditors(extra);
  if (missing.length > 0) p.addEditors(missing);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

/** Whether every admin-only tab already carries this file's protection (reads only). */
function adminProtectionsInPlace(session: WorkbookSession): boolean {
  return ADMIN_ONLY_TABS.every((tab) => {
    const sheet = session.sheet(tab);
    if (!sheet) return true;
    const p = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    return !!p && p.getDescription().indexOf(ACCESS_MARK) === 0 && !p.isWarningOnly();
  });
}

/**
 * Brings the admin-only protections to the current admins, when they changed since the last time (one property
 * read otherwise). Returns a line for setup's report, or null when nothing changed. A protection this account
 * may not edit (it is not among its editors) is left as it is and named in the returned line.
 */
export function refreshAdminProtections(
  session: WorkbookSession,
  force = false,
): { text: string; skipped: boolean } | null {
  const editors = protectionEditors(session);
  const key = editors.join(',');
  const props = session.properties();
  if (!force && props.getProperty(PROTECTION_EDITORS_PROPERTY) === key) return null;
  const skipped: string[] = [];
  for (const tab of ADMIN_ONLY_TABS) {
    const p = sheetProtection(session, tab);
    if (!p) continue;
    if (!p.canEdit()) {
      skipped.push(tab);
      continue;
    }
    limitTo(p, editors);
  }
  if (skipped.length > 0)
    return { text: message('setup.protectionsSkipped', { tabs: skipped.join(', ') }), skipped: true };
  props.setProperty(PROTECTION_EDITORS_PROPERTY, key);
  const text = message('setup.protectionsApplied', {
    tabs: ADMIN_ONLY_TABS.join(', '),
    editors: editors.join(', '),
  });
  return { text, skipped: false };
}

/** Audit and Sends: a warning-only protection on the whole tab (tabDecorate's or this file's). */
function ensureWarnings(session: WorkbookSession, changes: string[]): void {
  for (const tab of WARNING_TABS) {
    const sheet = session.sheet(tab);
    if (!sheet) continue;
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    if (existing?.isWarningOnly()) continue;
    if (existing && !existing.canEdit()) continue;
    const p =
      existing ?? sheet.protect().setDescription(`${ACCESS_MARK} written by the CRM; edits are checked`);
    p.setWarningOnly(true);
    changes.push(message('setup.warningProtection', { tab }));
  }
}

/**
 * Called by setup after the tabs exist. Only an admin (or the owner of the CRM's triggers) changes protections;
 * anyone else running setup is told so. On a workbook set up before, a second run writes nothing.
 */
export function applyProtections(
  session: WorkbookSession,
  bootstrap: boolean,
  changes: string[],
  notices: string[],
): void {
  const me = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  const owner = String(session.properties().getProperty(TRIGGER_OWNER_PROPERTY) ?? '').toLowerCase();
  if (!bootstrap && currentCaller(session)?.role !== 'admin' && (me === '' || me !== owner)) {
    notices.push(message('setup.protectionsByAdmins'));
    return;
  }
  ensureWarnings(session, changes);
  const line = refreshAdminProtections(session, !adminProtectionsInPlace(session));
  if (line) (line.skipped ? notices : changes).push(line.text);
}
