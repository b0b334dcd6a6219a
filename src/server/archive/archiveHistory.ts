// Data › Archive history (admins) and its nightly trigger: moves history older than the window to yearly archives.

import { requireRole } from '../access/roles';
import { uiLanguage_ } from '../records/uiLanguage';
import { TRIGGER_OWNER_PROPERTY } from '../setup/triggers';
import { workbook } from '../store/session';
import { type ArchiveReport, runArchive_ } from './archiveRun';

/**
 * The archives are files in the Drive of whoever creates them, and the nightly trigger runs as the account that
 * installed the CRM's triggers (src/server/setup/triggers.ts). So that one account owns every archive and can
 * always open them, the menu runs the archive only for that account (or before any trigger owner is recorded).
 */
function requireTriggerOwner_(language: 'en' | 'fr'): void {
  const session = workbook();
  const owner = String(session.properties().getProperty(TRIGGER_OWNER_PROPERTY) ?? '')
    .trim()
    .toLowerCase();
  const me = session.user();
  if (owner === '' || owner === me) return;
  throw new Error(
    language === 'fr'
      ? `L'archivage s'exécute sous le compte ${owner}, propriétaire des déclencheurs et des archives : demandez-lui de le lancer, ou attendez l'exécution de nuit.`
      : `Archive history runs as ${owner}, who owns the CRM's triggers and its archive files: ask them to run it, or wait for the nightly run.`,
  );
}

function summaryOf_(report: ArchiveReport, language: 'en' | 'fr'): string {
  const parts = Object.keys(report.moved).map((tab) => `${tab} ${report.moved[tab]}`);
  const moved = parts.length > 0 ? parts.join(', ') : language === 'fr' ? 'aucune ligne' : 'no rows';
  if (language === 'fr')
    return `Lignes antérieures au ${report.cutoff} archivées : ${moved}.${report.finished ? '' : ' Il en reste : relancez, ou laissez l’exécution de nuit continuer.'}`;
  return `Rows dated before ${report.cutoff} archived: ${moved}.${report.finished ? '' : ' Some remain: run it again, or let the nightly run continue.'}`;
}

/** Menu action and top-level function: SCN CRM › Data › Archive history (admins only). */
export function archiveHistory(): ArchiveReport {
  const session = workbook();
  requireRole(session, ['admin'], 'archive history');
  const language = uiLanguage_();
  requireTriggerOwner_(language);
  const report = runArchive_(session);
  session.spreadsheet.toast(
    summaryOf_(report, language),
    language === 'fr' ? "Archiver l'historique" : 'Archive history',
    15,
  );
  return report;
}

/**
 * Installed by setup as a daily trigger. Only the trigger itself may run it (like the daily jobs): the event names
 * the trigger, which the owner's getProjectTriggers lists; a google.script.run caller's made-up event does not.
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 */
export function runArchiveHistory(e?: GoogleAppsScript.Events.TimeDriven): ArchiveReport {
  const uid = e && typeof e === 'object' ? String((e as { triggerUid?: unknown }).triggerUid ?? '') : '';
  const ours = uid !== '' && ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === uid);
  if (!ours)
    throw new Error(
      'The nightly archive runs from its time-driven trigger only; admins use Data › Archive history.',
    );
  return runArchive_(workbook());
}
