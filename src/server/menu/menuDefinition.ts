// The "SCN CRM" custom menu as data: groups of items, each naming the entry point it runs.
import type { EntryPointName } from '../entryPointNames';

export const MENU_TITLE = 'SCN CRM';

export interface MenuItem {
  caption: string;
  /** The top-level function the item runs; typed, so a renamed entry point fails to compile. */
  entry: EntryPointName;
}

export type MenuEntry = MenuItem | 'separator';

export interface MenuGroup {
  caption: string;
  items: MenuEntry[];
}

/** Menu groups in the order they appear. Each feature adds its own group or items here. */
export const MENU: MenuGroup[] = [
  {
    caption: 'Members',
    items: [
      { caption: 'Find a city, contact or partner…', entry: 'showFind' },
      { caption: 'City profile (selected city)', entry: 'showCityProfile' },
      'separator',
      { caption: 'Contact (selected contact)', entry: 'showContact' },
      { caption: 'New contact for the selected city or partner', entry: 'showNewContact' },
      'separator',
      { caption: 'Partner (selected partner)', entry: 'showPartner' },
      { caption: 'New partner', entry: 'showNewPartner' },
      'separator',
      { caption: 'Stale profiles', entry: 'showStaleProfiles' },
    ],
  },
  {
    caption: 'Applications',
    items: [
      { caption: 'Review applications', entry: 'showReviewApplications' },
      'separator',
      { caption: 'Process unprocessed responses now', entry: 'processUnprocessedResponses' },
      { caption: 'Send daily digest now', entry: 'sendDailyDigestNow' },
    ],
  },
  {
    caption: 'Engagement',
    items: [
      { caption: 'Log engagement', entry: 'showLogEngagement' },
      // Follow-ups on any record, due and overdue first (issue 17).
      { caption: 'My follow-ups', entry: 'showFollowUps' },
      // Bi-weekly member meetings: schedule, move or cancel one, attendance (issue 17).
      { caption: 'Member meetings', entry: 'showMeetings' },
      // Needs gathered in interviews, consultations and focus groups (issue 14).
      { caption: 'Record needs', entry: 'showRecordNeeds' },
      // Zoom, Teams and Meet attendance, and the comms team's platform statistics (issue 15).
      { caption: 'Import attendance or statistics…', entry: 'showImportEngagement' },
    ],
  },
  {
    caption: 'Peer learning',
    items: [{ caption: 'Peer matches', entry: 'showPeerMatches' }],
  },
  {
    caption: 'Events',
    items: [{ caption: 'Event (selected event) or new event', entry: 'showEvent' }],
  },
  {
    caption: 'Dissemination',
    items: [
      { caption: 'New mailing…', entry: 'showNewMailing' },
      { caption: 'Mailings', entry: 'showMailings' },
      'separator',
      { caption: 'Templates', entry: 'showTemplates' },
      { caption: 'Suppressions', entry: 'showSuppressions' },
    ],
  },
  {
    caption: 'Data',
    items: [
      { caption: 'Set up or repair workbook', entry: 'setupWorkbook' },
      { caption: 'Validate workbook', entry: 'validateWorkbook' },
      'separator',
      { caption: 'Archive history', entry: 'archiveHistory' },
      'separator',
      { caption: 'Refresh dashboard', entry: 'refreshDashboard' },
    ],
  },
  {
    caption: 'Privacy',
    items: [
      { caption: 'Export a person’s data…', entry: 'exportPersonData' },
      { caption: 'Erase a person…', entry: 'erasePerson' },
      'separator',
      { caption: 'List retention due now', entry: 'listRetentionDue' },
      { caption: 'Anonymise what retention lists…', entry: 'anonymiseRetentionDue' },
    ],
  },
  { caption: 'Help', items: [{ caption: 'About SCN CRM', entry: 'showAbout' }] },
];

/** Every entry point the menu can run (tests check each exists in the bundle). */
export function menuEntryPoints(): EntryPointName[] {
  const names: EntryPointName[] = [];
  for (const group of MENU) for (const item of group.items) if (item !== 'separator') names.push(item.entry);
  return names;
}
