// The role tables: every server function callable through google.script.run with the roles allowed to call it,
// on the demo workbook. Shared by roles.test.ts (sidebar functions) and everyExport.test.ts (all exports).
import { APPLICATIONS, CITIES, CONTACTS, MAILINGS, MATCHES, PARTNERS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { sheet, values } from '../workbook/harness';
import { eventCalls } from './eventsRoles';
import { recordById, records, STRANGER, type StaffByRole, staffByRole } from './harness';
import { importCalls } from './importRoles';
import { relationsCalls } from './relationsRoles';

export type Who = keyof Omit<StaffByRole, 'hubId'> | 'stranger';
export const EVERY: Who[] = [
  'admin',
  'coordinator',
  'hub',
  'otherHub',
  'comms',
  'viewer',
  'inactive',
  'stranger',
];
export const READERS: Who[] = ['admin', 'coordinator', 'hub', 'otherHub', 'comms', 'viewer'];
export const CITY_EDITORS: Who[] = ['admin', 'coordinator', 'hub'];
/** Admins and coordinators: network records, workbook structure, application review. */
export const NETWORK_EDITORS: Who[] = ['admin', 'coordinator'];
export const LOGGERS: Who[] = ['admin', 'coordinator', 'hub', 'comms'];
/** Admins, coordinators and comms: mailings (issue 12 item 10). */
export const DISSEMINATORS: Who[] = ['admin', 'coordinator', 'comms'];

/** The messages a refusal may give: not staff, wrong role, another hub's record, or not the job's own trigger. */
export const REFUSED =
  /not listed as active staff|does not allow you|not in your hub|only coordinators|time-driven trigger only|edit trigger only|déclencheur de modification installé|ne figure pas parmi le personnel actif|ne vous permet pas|n’est pas dans votre hub|seuls les coordinateurs/;

export interface RoleCall {
  name: string;
  allowed: Who[];
  /**
   * Arguments built fresh for every call (versions and stages move as allowed calls succeed); `who` is the caller,
   * for a call that acts on the caller's own mailbox.
   */
  args: (who?: Who) => unknown[];
}

/** The demo workbook and the records the calls act on. */
export interface RoleWorld {
  emu: Emulator;
  staff: StaffByRole;
  cityId: string;
  sameHubCityId: string;
  contactId: string;
  partnerId: string;
  email: (who: Who) => string;
}

export function roleWorld(emu: Emulator): RoleWorld {
  const cities = records(emu, CITIES);
  const first = cities[0]!;
  const cityId = String(first.id);
  const staff = staffByRole(emu, String(first.hubId));
  return {
    emu,
    staff,
    cityId,
    sameHubCityId: String(cities.find((c) => c.hubId === first.hubId && c.id !== first.id)!.id),
    contactId: String(records(emu, CONTACTS).find((c) => c.orgId === cityId)!.id),
    partnerId: String(records(emu, PARTNERS)[0]!.id),
    email: (who) => (who === 'stranger' ? STRANGER : staff[who]),
  };
}

/**
 * The functions the record sidebars call. `world` is read when a call's arguments are built, so the table can be
 * listed (and its tests declared) before the demo workbook exists.
 */
export function sidebarCalls(world: () => RoleWorld): RoleCall[] {
  const version = (def: typeof CITIES | typeof CONTACTS | typeof PARTNERS, id: string) =>
    Number(recordById(world().emu, def, id).version) || 1;
  return [
    { name: 'getSearchIndex', allowed: READERS, args: () => [] },
    { name: 'getCityProfile', allowed: READERS, args: () => [world().cityId] },
    { name: 'getContact', allowed: READERS, args: () => [world().contactId, null] },
    { name: 'getPartner', allowed: READERS, args: () => [world().partnerId] },
    { name: 'getStaleProfiles', allowed: READERS, args: () => [] },
    { name: 'openSidebar', allowed: READERS, args: () => [{ page: 'city', id: world().cityId }] },
    { name: 'setUiLanguage', allowed: READERS, args: () => ['fr'] },
    // Any hub's staff may open the form; it offers only their own hub's cities (roles.test.ts).
    { name: 'getEngagementForm', allowed: [...LOGGERS, 'otherHub'], args: () => [world().cityId] },
    {
      name: 'saveCity',
      allowed: CITY_EDITORS,
      args: () => [
        {
          id: world().cityId,
          version: version(CITIES, world().cityId),
          fields: { notes: `checked ${Math.random()}` },
        },
      ],
    },
    {
      name: 'markProfileReviewed',
      allowed: CITY_EDITORS,
      args: () => [world().cityId, version(CITIES, world().cityId)],
    },
    {
      name: 'saveContact',
      allowed: CITY_EDITORS,
      args: () => [
        {
          id: world().contactId,
          version: version(CONTACTS, world().contactId),
          fields: { title: `Officer ${Math.random()}` },
        },
      ],
    },
    {
      name: 'moveContact',
      allowed: CITY_EDITORS,
      args: () => [
        world().contactId,
        version(CONTACTS, world().contactId),
        String(recordById(world().emu, CONTACTS, world().contactId).orgId) === world().cityId
          ? world().sameHubCityId
          : world().cityId,
      ],
    },
    {
      name: 'deactivateContact',
      allowed: CITY_EDITORS,
      args: () => [world().contactId, version(CONTACTS, world().contactId)],
    },
    {
      name: 'savePartner',
      allowed: NETWORK_EDITORS,
      args: () => [
        {
          id: world().partnerId,
          version: version(PARTNERS, world().partnerId),
          fields: { notes: `n ${Math.random()}` },
        },
      ],
    },
    {
      name: 'deactivatePartner',
      allowed: NETWORK_EDITORS,
      args: () => [world().partnerId, version(PARTNERS, world().partnerId)],
    },
    {
      name: 'logEngagement',
      allowed: LOGGERS,
      args: () => [
        { fields: { date: '2026-01-05', type: 'meeting', cityIds: [world().cityId], summary: 'Role check' } },
      ],
    },
    { name: 'requestProfileReviews', allowed: NETWORK_EDITORS, args: () => [world().staff.hubId] },
    // Record needs (issue 14): any hub's staff may open the form (it offers their own cities); saves are checked.
    { name: 'getNeedsForm', allowed: [...CITY_EDITORS, 'otherHub'], args: () => [world().cityId] },
    {
      name: 'recordNeed',
      allowed: CITY_EDITORS,
      args: () => [
        {
          fields: {
            cityId: world().cityId,
            topic: 'youth engagement',
            priority: 'high',
            surveyedOn: '2026-01-05',
            source: 'interview',
          },
        },
      ],
    },
  ];
}

/** The first demo application at one of `stages` (allowed calls move it on, so the next call takes the next one). */
function applicationAt(emu: Emulator, ...stages: string[]): string {
  const app = records(emu, APPLICATIONS).find((a) => stages.indexOf(String(a.stage)) >= 0);
  if (!app) throw new Error(`no demo application at ${stages.join(' or ')}`);
  return String(app.id);
}

/** Intake (review sidebar, coordinator actions, service targets) and the Data menu's workbook functions. */
export function intakeAndDataCalls(world: () => RoleWorld): RoleCall[] {
  const emu = () => world().emu;
  return [
    { name: 'listApplications', allowed: NETWORK_EDITORS, args: () => [] },
    {
      name: 'getApplicationReview',
      allowed: NETWORK_EDITORS,
      args: () => [applicationAt(emu(), 'approved')],
    },
    {
      name: 'previewApplicationAction',
      allowed: NETWORK_EDITORS,
      args: () => [applicationAt(emu(), 'approved'), 'approve'],
    },
    {
      name: 'sendApplicationLink',
      allowed: NETWORK_EDITORS,
      args: () => [applicationAt(emu(), 'enquiry received')],
    },
    {
      name: 'requestMoreInformation',
      allowed: NETWORK_EDITORS,
      args: () => [
        applicationAt(emu(), 'application received', 'under review'),
        'Please add a policy contact.',
      ],
    },
    {
      name: 'declineApplication',
      allowed: NETWORK_EDITORS,
      args: () => [applicationAt(emu(), 'application form sent'), 'Not this year.'],
    },
    // Approving again only completes welcome emails that never went out: allowed, and changes nothing.
    { name: 'approveApplication', allowed: NETWORK_EDITORS, args: () => [applicationAt(emu(), 'approved')] },
    { name: 'processUnprocessedResponses', allowed: NETWORK_EDITORS, args: () => [] },
    { name: 'sendDailyDigestNow', allowed: NETWORK_EDITORS, args: () => [] },
    { name: 'getServiceTargets', allowed: READERS, args: () => [] },
    { name: 'checkWorkbook', allowed: NETWORK_EDITORS, args: () => [] },
    { name: 'continueValidation', allowed: NETWORK_EDITORS, args: () => [] },
    { name: 'validateWorkbook', allowed: NETWORK_EDITORS, args: () => [] },
    { name: 'showProblemCell', allowed: NETWORK_EDITORS, args: () => ['Cities', 2, 1] },
    { name: 'setupWorkbook', allowed: NETWORK_EDITORS, args: () => [] },
    {
      name: 'saveRecord',
      allowed: NETWORK_EDITORS,
      args: () => [{ tab: 'Partners', fields: { name: `Role check ${Math.random()}`, type: 'academic' } }],
    },
    // Dissemination (issue 12): a demo template and the first recipient of its whole audience.
    ...disseminationCalls(world),
    // Peer learning (issue 14): coordinators decide; anyone on the staff may read the outcome counts.
    ...peerCalls(world),
    // Keeping relationships alive (issue 17): follow-ups, the watch, member meetings (relationsRoles.ts).
    ...relationsCalls(world),
    // Engagement imports (issue 15): attendance exports and comms statistics (importRoles.ts).
    ...importCalls(world),
    // Events (issue 16): managed by admins and coordinators, read by the staff (eventsRoles.ts).
    ...eventCalls(world),
    // Runs from its own time-driven trigger only: every caller through google.script.run is refused.
    { name: 'runDailyJobs', allowed: [], args: () => [] },
    { name: 'archiveHistory', allowed: ['admin'], args: () => [] },
    // Monitoring (issue 15): anyone on the staff may refresh the computed Dashboard.
    { name: 'refreshDashboard', allowed: READERS, args: () => [] },
    { name: 'runArchiveHistory', allowed: [], args: () => [] },
    { name: 'runWeeklySnapshot', allowed: [], args: () => [] },
    // Privacy (issue 13): admins only; the address is given, so no prompt, and the erasure is confirmed.
    { name: 'exportPersonData', allowed: ['admin'], args: () => ['nobody-held@example.org'] },
    { name: 'erasePerson', allowed: ['admin'], args: () => ['nobody-held@example.org', true] },
    // Retention (issue 13 item 4): coordinators and admins list and, confirmed, anonymise what falls due.
    { name: 'listRetentionDue', allowed: NETWORK_EDITORS, args: () => [] },
    { name: 'anonymiseRetentionDue', allowed: NETWORK_EDITORS, args: () => [true] },
    // Runs from its own installable edit trigger only (src/server/access/gridEdits.ts).
    { name: 'onGridEdit', allowed: [], args: () => [{ triggerUid: 'made-up' }] },
  ];
}

/**
 * The first demo match at `status` (allowed calls move it on, so the next call takes the next one); for an accept,
 * one whose two sides have a contact with an email (the introduction goes to both).
 */
function matchAt(
  emu: Emulator,
  status: string,
  reachable = false,
): { id: string; version: number; seeker: string } {
  const withEmail = new Set(
    records(emu, CONTACTS)
      .filter((c) => String(c.email ?? '').includes('@') && !c.activeTo)
      .map((c) => String(c.orgId)),
  );
  const m = records(emu, MATCHES).find(
    (r) =>
      r.status === status &&
      (!reachable ||
        (withEmail.has(String(r.seekingCityId)) &&
          withEmail.has(String(r.offeringCityId || r.offeringPartnerId)))),
  );
  if (!m) throw new Error(`no demo match at ${status}`);
  return { id: String(m.id), version: Number(m.version) || 1, seeker: String(m.seekingCityId) };
}

function peerCalls(world: () => RoleWorld): RoleCall[] {
  const emu = () => world().emu;
  const other = (seeker: string) => String(records(emu(), CITIES).find((c) => c.id !== seeker)!.id);
  return [
    { name: 'suggestPeerMatches', allowed: NETWORK_EDITORS, args: () => [] },
    {
      name: 'acceptPeerMatch',
      allowed: NETWORK_EDITORS,
      args: () => {
        const m = matchAt(emu(), 'proposed', true);
        return [m.id, m.version];
      },
    },
    {
      name: 'dismissPeerMatch',
      allowed: NETWORK_EDITORS,
      args: () => {
        const m = matchAt(emu(), 'proposed');
        return [m.id, m.version, 'Role check'];
      },
    },
    {
      name: 'editPeerMatch',
      allowed: NETWORK_EDITORS,
      args: () => {
        const m = matchAt(emu(), 'proposed');
        return [m.id, m.version, other(m.seeker), 'Role check'];
      },
    },
    {
      name: 'recordPeerProgress',
      allowed: NETWORK_EDITORS,
      args: () => {
        const m = matchAt(emu(), 'introduced');
        return [m.id, m.version, 'exchange held', null];
      },
    },
    { name: 'getPeerOutcomeCounts', allowed: READERS, args: () => [] },
    { name: 'getPeerMatches', allowed: READERS, args: () => [] },
  ];
}

/** The mailing sidebar's functions and the Dissemination menu's tab openers. */
function disseminationCalls(world: () => RoleWorld): RoleCall[] {
  const draft = {
    name: 'Role check',
    templateName: 'Monthly newsletter',
    audience: { statuses: ['member'] },
  };
  const firstRecipient = () => {
    const r = world().emu.run<{ sample: { contactId: string }[] }>('previewAudience', [draft], {
      user: world().staff.admin,
    });
    return r.value!.sample[0]!.contactId;
  };
  const gmailDraft = (who?: Who) =>
    world().emu.backend.stores.comms.mail.addDraft(who ? world().email(who) : world().staff.admin, {
      to: [],
      subject: 'Role check',
      body: 'Hello {{Name}}',
    });
  const started = (paused = false) => {
    const admin = { user: world().staff.admin };
    const r = world().emu.run<{ mailingId: string }>('startMailing', [draft, null], admin);
    if (r.status !== 'ok') throw new Error(`startMailing: ${r.error}`);
    const id = r.value!.mailingId;
    if (paused) world().emu.run('pauseMailing', [id], admin);
    return id;
  };
  /** A send of a fresh mailing made "unknown" on the sheet, as a run whose search gave up leaves it. */
  const unknownSend = () => {
    const id = started();
    const rows = values(world().emu, 'Sends');
    const head = rows[0]!.map(String);
    const at = rows.findIndex((r) => r[head.indexOf('Mailing')] === id);
    sheet(world().emu, 'Sends').setValuesRaw(at + 1, head.indexOf('Status') + 1, [['unknown']]);
    return String(rows[at]![head.indexOf('Send ID')]);
  };
  return [
    { name: 'getMailingSetup', allowed: DISSEMINATORS, args: () => [] },
    { name: 'previewAudience', allowed: DISSEMINATORS, args: () => [draft] },
    { name: 'checkMailingDraft', allowed: DISSEMINATORS, args: () => [draft] },
    { name: 'previewMailingRecipient', allowed: DISSEMINATORS, args: () => [draft, firstRecipient(), null] },
    { name: 'sendMailingTest', allowed: DISSEMINATORS, args: () => [draft, firstRecipient(), null] },
    { name: 'saveMailingDraft', allowed: DISSEMINATORS, args: () => [draft, null, null] },
    { name: 'listMailingDrafts', allowed: DISSEMINATORS, args: () => [] },
    { name: 'lookupMailingFile', allowed: DISSEMINATORS, args: () => ['1NoSuchDriveFileAnywhere00'] },
    {
      name: 'getMailingDraft',
      allowed: DISSEMINATORS,
      args: () => [String(records(world().emu, MAILINGS)[0]!.id)],
    },
    // Sending (issue 12 items 6, 9): each allowed call gets a mailing of its own, started by an admin.
    { name: 'forecastMailing', allowed: DISSEMINATORS, args: () => [draft] },
    { name: 'startMailing', allowed: DISSEMINATORS, args: () => [draft, null] },
    { name: 'listActiveMailings', allowed: DISSEMINATORS, args: () => [] },
    { name: 'getMailingProgress', allowed: DISSEMINATORS, args: () => [started()] },
    { name: 'pauseMailing', allowed: DISSEMINATORS, args: () => [started()] },
    { name: 'resumeMailing', allowed: DISSEMINATORS, args: () => [started(true)] },
    { name: 'cancelMailing', allowed: DISSEMINATORS, args: () => [started()] },
    { name: 'runMailingSends', allowed: [], args: () => [] },
    { name: 'listUnknownSends', allowed: DISSEMINATORS, args: () => [] },
    { name: 'resolveUnknownSend', allowed: DISSEMINATORS, args: () => [unknownSend(), 'sent'] },
    { name: 'showMailings', allowed: DISSEMINATORS, args: () => [] },
    { name: 'showTemplates', allowed: DISSEMINATORS, args: () => [] },
    { name: 'showSuppressions', allowed: DISSEMINATORS, args: () => [] },
    // The Gmail-draft picker: the caller's own drafts only (a draft made for each allowed call's mailbox).
    { name: 'listGmailDrafts', allowed: DISSEMINATORS, args: () => [] },
    { name: 'getGmailDraftContent', allowed: DISSEMINATORS, args: (who) => [gmailDraft(who)] },
    {
      name: 'templateFromGmailDraft',
      allowed: DISSEMINATORS,
      args: (who) => [gmailDraft(who), `From Gmail ${who ?? ''} ${Math.random()}`.slice(0, 60), 'en'],
    },
  ];
}

/**
 * Exports that need no role table: they read nothing from the workbook and change nothing, or cannot be driven
 * through google.script.run at all.
 */
export const HARMLESS: { name: string; why: string }[] = [
  { name: 'onOpen', why: 'builds the menu only (also in AuthMode NONE)' },
  { name: 'getAboutInfo', why: 'the version and links of the About dialog; reads no workbook data' },
  // Openers only show a page; every data call the page then makes is in a role table.
  ...[
    'showAbout',
    'showCityProfile',
    'showContact',
    'showFind',
    'showLogEngagement',
    'showNewContact',
    'showNewPartner',
    'showPartner',
    'showReviewApplications',
    'showStaleProfiles',
    'showNewMailing',
    'showPeerMatches',
    'showRecordNeeds',
    'showFollowUps',
    'showEvent',
    'showMeetings',
    'showImportEngagement',
  ].map((name) => ({ name, why: 'opens a sidebar or dialog' })),
  // Trigger handlers that act on a real event object (a FormResponse, an edit's range), which
  // google.script.run cannot pass (https://developers.google.com/apps-script/guides/html/reference/run):
  // without one they do nothing.
  { name: 'onEdit', why: 'simple trigger: stamps bookkeeping for the edited range of its event' },
  { name: 'onEnquirySubmit', why: 'form-submit trigger: needs the event’s FormResponse' },
  { name: 'onApplicationSubmit', why: 'form-submit trigger: needs the event’s FormResponse' },
  { name: 'onNeedsSurveySubmit', why: 'form-submit trigger: needs the event’s FormResponse' },
  { name: 'onEventRegistrationSubmit', why: 'form-submit trigger: needs the event’s FormResponse' },
  // The web app is open to anyone by design (an email recipient): only a token the script signed acts.
  { name: 'doGet', why: 'opt-out page: shows a page; reads and changes no workbook cell' },
  {
    name: 'doPost',
    why: 'opt-out page: without a token signed by the script it refuses and changes nothing',
  },
];
