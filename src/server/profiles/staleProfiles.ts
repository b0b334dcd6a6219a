// Members › Stale profiles: cities not reviewed for N days (Settings), grouped by hub, with a one-click review request.

import { CITIES, STAFF } from '../../../sheets-templates';
import { UserError } from '../../core/messages';
import { type StaleProfile, staleProfiles } from '../../core/profiles/staleProfiles';
import { requireRole } from '../access/roles';
import { hubChoices } from '../records/lookups';
import { NETWORK_EDITORS, requireReader } from '../records/sidebarAccess';
import { showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import type { WorkbookSession } from '../store/session';
import { workbook } from '../store/session';

export interface StaleHub {
  hubId: string;
  hubName: string;
  /** Active hub staff who would receive the request. */
  recipients: string[];
  cities: StaleProfile[];
}

export interface StaleProfilesView {
  language: UiLanguage;
  days: number;
  canRequest: boolean;
  hubs: StaleHub[];
}

/** Menu action: SCN CRM › Members › Stale profiles. */
export function showStaleProfiles(): void {
  showSidebarPage('stale', 'Stale profiles');
}

/** Active staff of a hub (role hub), lower-cased addresses. */
function hubStaff_(session: WorkbookSession): Record<string, string[]> {
  const t = session.table(STAFF);
  const out: Record<string, string[]> = {};
  for (const r of t.rows()) {
    const v = t.values(r);
    if (v['role'] !== 'hub' || v['active'] !== true || !v['hubId'] || !v['email']) continue;
    const hub = String(v['hubId']);
    const list = out[hub] ?? [];
    list.push(String(v['email']).toLowerCase());
    out[hub] = list;
  }
  return out;
}

function staleByHub_(session: WorkbookSession): { days: number; hubs: StaleHub[] } {
  const days = session.settings().settings.staleProfileDays;
  const t = session.table(CITIES);
  const cities = t.rows().map((r) => {
    const v = t.values(r);
    const reviewed = v['profileReviewedOn'];
    return {
      id: String(v['id'] ?? ''),
      name: String(v['name'] ?? ''),
      hubId: String(v['hubId'] ?? ''),
      status: String(v['status'] ?? ''),
      reviewedOn: reviewed instanceof Date ? reviewed : null,
    };
  });
  const stale = staleProfiles(cities, session.now(), days);
  const staff = hubStaff_(session);
  const hubs = hubChoices(session)
    .map((h) => ({
      hubId: h.id,
      hubName: h.name,
      recipients: staff[h.id] ?? [],
      cities: stale.filter((c) => c.hubId === h.id),
    }))
    .filter((h) => h.cities.length > 0);
  return { days, hubs };
}

export function getStaleProfiles(): StaleProfilesView {
  const session = workbook();
  const caller = requireReader(session, 'list stale profiles');
  const { days, hubs } = staleByHub_(session);
  return { language: uiLanguage_(), days, canRequest: NETWORK_EDITORS.indexOf(caller.role) >= 0, hubs };
}

function requestBody_(hub: StaleHub, days: number, sender: string): string {
  const lines = hub.cities.map(
    (c) => `- ${c.name} (${c.id}): ${c.reviewedOn ? `last reviewed ${c.reviewedOn}` : 'never reviewed'}`,
  );
  return [
    `Hello,`,
    '',
    `These city profiles in the ${hub.hubName} hub have not been reviewed for ${days} days or more:`,
    '',
    ...lines,
    '',
    'Please check each profile with the city (contacts, status, priorities, expertise) and, in the CRM, open',
    'SCN CRM › Members › City profile and press "Mark profile reviewed".',
    '',
    `Thank you,`,
    sender,
  ].join('\n');
}

/**
 * Emails the hub's staff one request listing its stale profiles (plain text: city names are never HTML).
 * MailApp.sendEmail(message) https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
 */
export function requestProfileReviews(hubId: string): { sentTo: string[]; cities: number } {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'ask hubs to review profiles');
  const { days, hubs } = staleByHub_(session);
  const hub = hubs.find((h) => h.hubId === String(hubId ?? ''));
  if (!hub) return { sentTo: [], cities: 0 };
  if (hub.recipients.length === 0) {
    throw new UserError('sidebar.noHubStaff', { hub: hub.hubName });
  }
  const { settings } = session.settings();
  // The audit row is written (and the lock released) before the email leaves, so the send is the run's last
  // service call: a run that fails or stops sent nothing, and clicking again sends the request once.
  session.write(() =>
    session.audit.add({
      action: 'send',
      tab: CITIES.name,
      recordId: '',
      changes: {},
      summary:
        `Profile review requested from ${hub.recipients.join(', ')} for ${hub.cities.map((c) => c.id).join(', ')}`.slice(
          0,
          500,
        ),
    }),
  );
  MailApp.sendEmail({
    to: hub.recipients.join(','),
    subject: `City profiles to review: ${hub.cities.length} in ${hub.hubName}`.replace(/[\r\n]+/g, ' '),
    body: requestBody_(hub, days, settings.senderName),
    name: settings.senderName.replace(/[\r\n]+/g, ' '),
    replyTo: session.user() || undefined,
  });
  return { sentTo: hub.recipients, cities: hub.cities.length };
}
