// Data › Archive history (admins) and its nightly trigger: moves history older than the window to yearly archives.

import { isOwnTriggerEvent_ } from '../access/ownTrigger';
import { requireRole } from '../access/roles';
import { uiLanguage_ } from '../records/uiLanguage';
import { TRIGGER_OWNER_PROPERTY } from '../setup/triggers';
import { workbook } from '../store/session';
import type { HeldRow } from './archiveBatch';
import { type ArchiveReport, runArchive_ } from './archiveRun';
import { budgetMessage_ } from './gridBudget';

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

/** A due row the archive left live, said for the person who must settle it. */
export function heldMessage_(h: HeldRow, language: 'en' | 'fr'): string {
  const where = `${h.tab} row ${h.row}${h.id === '' ? '' : ` (${h.id})`}`;
  const whereFr = `${h.tab} ligne ${h.row}${h.id === '' ? '' : ` (${h.id})`}`;
  if (language === 'fr') {
    if (h.reason === 'no-id')
      return `${whereFr} n'a pas d'identifiant : l'archivage s'arrête là. Donnez-lui un identifiant ou supprimez-la (Valider le classeur la signale).`;
    if (h.reason === 'repeated-id')
      return `${whereFr} répète un identifiant : l'archivage s'arrête là. Corrigez le doublon (Valider le classeur le signale).`;
    return `${whereFr} est un envoi pas encore réglé (en file, en cours ou inconnu) : il reste dans le classeur jusqu'à ce que l'envoi soit réglé.`;
  }
  if (h.reason === 'no-id')
    return `${where} has no id, so archiving stops there. Give it an id or delete it (Validate workbook lists it).`;
  if (h.reason === 'repeated-id')
    return `${where} repeats an id, so archiving stops there. Fix the duplicate (Validate workbook lists it).`;
  return `${where} is a send not settled yet (queued, sending or unknown): it stays live until the mailing settles it.`;
}

function summaryOf_(report: ArchiveReport, language: 'en' | 'fr'): string {
  const parts = Object.keys(report.moved).map((tab) => `${tab} ${report.moved[tab]}`);
  const moved = parts.length > 0 ? parts.join(', ') : language === 'fr' ? 'aucune ligne' : 'no rows';
  const held = report.held.map((h) => ` ${heldMessage_(h, language)}`).join('');
  const timedOut = !report.finished && report.held.length === 0;
  const budget = budgetMessage_(report, language);
  const window = budget === '' ? '' : ` ${budget}`;
  if (language === 'fr')
    return `Lignes antérieures au ${report.cutoff} archivées : ${moved}.${window}${timedOut ? ' Il en reste : relancez, ou laissez l’exécution de nuit continuer.' : ''}${held}`;
  return `Rows dated before ${report.cutoff} archived: ${moved}.${window}${timedOut ? ' Some remain: run it again, or let the nightly run continue.' : ''}${held}`;
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
 * After another admin took the triggers over, the old owner's trigger may still fire: it runs as its creator
 * (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()), who no longer owns the
 * archives, so it does nothing and says why in the log.
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 */
export function runArchiveHistory(e?: GoogleAppsScript.Events.TimeDriven): ArchiveReport | null {
  if (!isOwnTriggerEvent_(e))
    throw new Error(
      'The nightly archive runs from its time-driven trigger only; admins use Data › Archive history.',
    );
  const session = workbook();
  const owner = String(session.properties().getProperty(TRIGGER_OWNER_PROPERTY) ?? '')
    .trim()
    .toLowerCase();
  const me = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  if (owner !== '' && owner !== me) {
    console.warn(
      `Archive history: this trigger runs as ${me}, but the CRM's triggers now belong to ${owner}; nothing done.`,
    );
    return null;
  }
  const report = runArchive_(session);
  for (const h of report.held) console.warn(`Archive history: ${heldMessage_(h, 'en')}`);
  if (report.overBudget) console.warn(`Archive history: ${budgetMessage_(report, 'en')}`);
  return report;
}
