// Whether an execution may have changed saved state, judged from its recorded service calls (a false "yes" costs a save).
import type { CallRecord } from '../../emulator';

/** Services whose calls never change what the workbench saves (HTML, logs, locks, session, utilities, cache). */
const NEUTRAL_SERVICES = new Set([
  'HtmlService',
  'Logger',
  'LockService',
  'Session',
  'Utilities',
  'CacheService',
]);
/** Objects whose methods only shape the Sheets UI (menus, dialogs), which is rebuilt rather than saved. */
const UI_TYPES = new Set(['Ui', 'Menu', 'PromptResponse']);
const READ_METHOD = /^(get|is|has|can|find|toast|copy$|toString$)/;

export function mayHaveChangedState(records: readonly CallRecord[]): boolean {
  return records.some(
    (r) =>
      r.cellsWritten > 0 ||
      (!NEUTRAL_SERVICES.has(r.service) && !UI_TYPES.has(r.type) && !READ_METHOD.test(r.method)),
  );
}
