// "Set up or repair workbook": creates missing tabs and headers, repairs damage, decorates tabs, installs triggers.

import { STAFF, TABS, type TabDef } from '../../../sheets-templates';
import { type Language, languageOf, message } from '../../core/messages';
import type { SettingsReadResult } from '../../core/schema/settings';
import { requireRole, STRUCTURE_ROLES, staffIsEmpty } from '../access/roles';
import { seedIndicators } from '../dashboard/indicatorSeed';
import { ensureIntakeForms } from '../intake/createForms';
import { refreshBuiltInTemplates, seedBuiltInTemplates } from '../mail/templateSeed';
import { ensureNeedsSurveyForm } from '../peers/surveyForm';
import { type WorkbookSession, workbook } from '../store/session';
import { renumberDuplicateAuditIds } from './auditRenumber';
import { removeEmptyDefaultSheet } from './emptyDefaultSheet';
import { applyProtections } from './protections';
import { completeSettings } from './settingsComplete';
import { decorateTab } from './tabDecorate';
import { ensureStructure, type TabStructure } from './tabStructure';
import { installTriggers } from './triggers';

export interface SetupReport {
  /** One line per change made; empty when the workbook was already in order. */
  changes: string[];
  created: string[];
  /** Things the person should know or do, changed or not (e.g. the triggers run as another admin). */
  notices: string[];
}

/** Emails of the active rows of Staff (the table setup has read already). */
function activeStaff(session: WorkbookSession): Set<string> {
  const table = session.table(STAFF);
  const emails = new Set<string>();
  for (const row of table.rows()) {
    const v = table.values(row);
    if (v['active'] !== false)
      emails.add(
        String(v['email'] ?? '')
          .trim()
          .toLowerCase(),
      );
  }
  return emails;
}

/** Who may run setup: admins and coordinators, or anyone on a fresh workbook (they become its first admin). */
function checkAccess(session: WorkbookSession): boolean {
  if (staffIsEmpty(session)) return true;
  requireRole(session, STRUCTURE_ROLES, 'set up or repair the workbook');
  return false;
}

export function runSetup(session: WorkbookSession): SetupReport {
  const bootstrap = checkAccess(session);
  const changes: string[] = [];
  const created: string[] = [];
  const notices: string[] = [];
  session.write(() => {
    let lang: Language = 'en';
    const structures = new Map<TabDef, TabStructure>();
    let settingsRead: SettingsReadResult | undefined;
    for (const def of TABS) {
      const s = ensureStructure(session, def, changes);
      structures.set(def, s);
      if (s.created) created.push(def.name);
      if (def.kind === 'keyValue') settingsRead = completeSettings(s, changes);
    }
    removeEmptyDefaultSheet(session, changes); // after the CRM's tabs exist, so it is never the last tab
    const { settings } = settingsRead ?? session.settings();
    const lists = { languages: settings.languages, topics: settings.topics };
    const stored = session.properties().getProperties();
    // Notes and rule help texts are stored in the grid, read later by anyone: the workbook's language.
    lang = languageOf(settings.defaultLanguage);
    for (const [def, s] of structures)
      decorateTab(session, def, s.sheet, s.headers, lists, stored, changes, lang);
    seedBuiltInTemplates(session, settings.languages, changes); // issue 12: the Templates tab is every email's source
    refreshBuiltInTemplates(session, changes); // never-edited built-in rows take the current text
    seedIndicators(session, stored, lang, changes); // issue 15: each indicator defined once, in the workbook's language
    const renumbered = renumberDuplicateAuditIds(session);
    if (renumbered > 0) changes.push(message('setup.auditRenumbered', { n: renumbered }));
    ensureIntakeForms(session, lists, stored, changes, settings.privacyNoticeUrl); // intake (issue 4): forms before their triggers
    ensureNeedsSurveyForm(session, lists, stored, changes, settings.privacyNoticeUrl); // peer learning (issue 14)
    const ownerIsStaff = (email: string) => activeStaff(session).has(email); // read only when someone else owns them
    const triggers = installTriggers(session.properties(), stored, ownerIsStaff, changes);
    if (triggers) notices.push(triggers);
    if (bootstrap && staffIsEmpty(session) && session.user() !== '') {
      const email = session.user();
      session.table(STAFF).insert([{ name: email.split('@')[0], email, role: 'admin', active: true }], {
        summary: message('setup.firstAdminAudit', {}, lang), // stored: the workbook's language
      });
      changes.push(message('setup.firstAdmin', { email }));
    }
    applyProtections(session, bootstrap, changes, notices); // access (hardening 4): after the first admin exists
  });
  return { changes, created, notices };
}

/** Menu action and top-level function: SCN CRM › Data › Set up or repair workbook. */
export function setupWorkbook(): SetupReport {
  const session = workbook();
  const report = runSetup(session);
  // The toast is read by the person who ran setup: their language.
  const summary =
    report.changes.length === 0
      ? message('setup.nothingToDo')
      : `${message('setup.changesMade', { n: report.changes.length })} ${report.changes.slice(0, 3).join(' ')}${report.changes.length > 3 ? ' …' : ''}`;
  const text = [summary, ...report.notices].join(' ');
  session.spreadsheet.toast(text, message('setup.toastTitle'), report.notices.length > 0 ? 30 : 10);
  return report;
}
