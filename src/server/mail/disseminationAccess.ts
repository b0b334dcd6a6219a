// Who may prepare and send mailings (issue 12 item 10): comms, coordinators and admins; and the menu's tab openers.

import { MAILINGS, SUPPRESSIONS, TEMPLATES } from '../../../sheets-templates';
import type { Role } from '../access/roles';
import { requireRole } from '../access/roles';
import { workbook } from '../store/session';

export const DISSEMINATORS: readonly Role[] = ['admin', 'coordinator', 'comms'];

/** Activates a dissemination tab (one call), for the people who work in it. */
function openTab_(name: string): void {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'open the dissemination tabs');
  const sheet = session.sheet(name);
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#activate()
  if (sheet) sheet.activate();
}

/** Menu action: SCN CRM › Dissemination › Mailings. */
export function showMailings(): void {
  openTab_(MAILINGS.name);
}

/** Menu action: SCN CRM › Dissemination › Templates. */
export function showTemplates(): void {
  openTab_(TEMPLATES.name);
}

/** Menu action: SCN CRM › Dissemination › Suppressions. */
export function showSuppressions(): void {
  openTab_(SUPPRESSIONS.name);
}
