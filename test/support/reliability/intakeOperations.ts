// The intake and mail operations as kill-anywhere cases: form triggers, the sweep, daily jobs, coordinator actions.

import { APPLICATIONS, CITIES, CONTACTS, NEEDS } from '../../../sheets-templates';
import type { Emulator, ExecutionOptions, RunResult } from '../../../src/emulator';
import { advanceClock } from '../../../src/emulator/events';
import { COORDINATOR } from './fixtures';
import {
  APP_ID,
  applicationLanded,
  dailyTriggerEvent,
  enquiryAnswers,
  enquiryLanded,
  enquiryRecorded,
  enquiryRecordedNow,
  landResponse,
  lastResponseId,
  runSubmitTrigger,
  underReview,
} from './intakeFixtures';
import { atStage, countOf, emailSettled, sendRows } from './intakeInvariants';
import type { IntakeCase } from './intakeKillRunner';
import type { Violation } from './invariants';
import { mustSucceed } from './killAnywhere';
import { copied } from './workbookCopy';
import { recordRows } from './workbookView';

const DAY_MS = 24 * 60 * 60 * 1000;
const APPLICANT = 'amina.haddad@irbid.example';
const SECOND_CONTACT = 'omar.khalil@irbid.example';
const TABS = ['Applications', 'Cities', 'Contacts', 'Needs', 'Sends', 'Mailings'];
/** The coordinator's actions and the application form move the one application through its stages. */
const onApplication = { tab: 'Applications', ids: [APP_ID], fields: '*' } as const;

/** The next day: the daily trigger runs (sweep, then digest) and must end well, recording everything it found. */
export function nextDay(emu: Emulator): Violation[] {
  return advanceClock(emu, DAY_MS).flatMap((r) => {
    const bad = mustSucceed('the daily trigger', r);
    const value = r.value as { sweep?: { failed?: string[]; error?: string }; digest?: { error?: string } };
    const failed = [...(value?.sweep?.failed ?? []), value?.sweep?.error, value?.digest?.error].filter(
      Boolean,
    );
    return [...bad, ...failed.map((f) => ({ check: 'follow-up', detail: `daily jobs: ${f}` }))];
  });
}

/** A coordinator's menu action or sidebar call. */
const asCoordinator = (emu: Emulator, fn: string, args: unknown[], options: ExecutionOptions = {}) =>
  emu.run(fn, args, { user: COORDINATOR, ...options });

/** The version the review sidebar held when the coordinator clicked (read host-side, before the operation). */
const sidebarVersion = new WeakMap<Emulator, number>();

function versionNow(emu: Emulator): number {
  return Number(recordRows(emu, APPLICATIONS).find((r) => r.id === APP_ID)?.cells['version']) || 1;
}

/** A sidebar action on APP_ID with the version the sidebar read. */
function sidebarAction(fn: string, extra: unknown[]) {
  return (emu: Emulator, options: ExecutionOptions): RunResult => {
    const version = versionNow(emu);
    sidebarVersion.set(emu, version);
    return asCoordinator(emu, fn, [APP_ID, ...extra, version], options);
  };
}

interface Review {
  version: number;
  stage: string;
  emails: { template: string; status: string }[];
}

/**
 * What the coordinator does after the sidebar showed an error (the execution stopped), a day later: clicks again
 * with the version the sidebar held. Refused because the record moved, they reload the review and, when the
 * application already reached `target` but its `template` email is not recorded as gone (sent/unknown), click
 * once more with the new version: the action should then only finish what did not happen. Approval (template
 * null) is always run again, as its contract says: it completes only the welcome emails that never went out.
 */
function retryAction(fn: string, extra: unknown[], target: string, template: string | null) {
  return (emu: Emulator): Violation[] => {
    const out = nextDay(emu);
    const first = asCoordinator(emu, fn, [APP_ID, ...extra, sidebarVersion.get(emu)]);
    if (first.status === 'ok') return out;
    if (!/was changed/.test(String(first.error)))
      return [...out, { check: 'follow-up', detail: `retry of ${fn}: ${first.error}` }];
    const reload = asCoordinator(emu, 'getApplicationReview', [APP_ID]);
    if (reload.status !== 'ok') return [...out, ...mustSucceed('reload', reload)];
    const review = reload.value as Review;
    const gone =
      template !== null &&
      review.emails.some(
        (e) =>
          e.template === template &&
          (e.status === 'sent' || e.status === 'unknown' || e.status === 'sending'),
      );
    if (review.stage !== target || gone) return out;
    return [
      ...out,
      ...mustSucceed(`${fn} again`, asCoordinator(emu, fn, [APP_ID, ...extra, review.version])),
    ];
  };
}

/** One email of the template to the applicant about APP_ID, sent or flagged. */
const applicantEmail = (template: string) => (emu: Emulator) =>
  emailSettled(emu, `${APP_ID}:${template}`, APPLICANT);

/** Approval's records: the city once as a member, each contact once, each priority topic once as a Need. */
function approved(emu: Emulator): Violation[] {
  const city = recordRows(emu, CITIES).filter((c) => c.cells['name'] === 'Irbid');
  const cityId = city[0]?.id ?? '';
  return [
    ...atStage(emu, APP_ID, 'approved'),
    ...countOf(emu, CITIES, 'cities named Irbid', (c) => c.cells['name'] === 'Irbid'),
    ...(city[0] && city[0].cells['status'] !== 'member'
      ? [{ check: 'complete', detail: `Irbid is ${String(city[0].cells['status'])}` }]
      : []),
    ...[APPLICANT, SECOND_CONTACT].flatMap((e) => [
      ...countOf(
        emu,
        CONTACTS,
        `contacts ${e}`,
        (c) => c.cells['email'] === e && c.cells['orgId'] === cityId,
      ),
      ...emailSettled(emu, `${APP_ID}:welcome:`, e),
    ]),
    ...['youth engagement', 'social cohesion'].flatMap((t) =>
      countOf(emu, NEEDS, `needs "${t}"`, (n) => n.cells['topic'] === t && n.cells['cityId'] === cityId),
    ),
  ];
}

/** A second enquiry, from another city, landed without its trigger (for the sweep and the digest). */
const twoPending = copied(() => {
  const emu = enquiryRecordedNow();
  landResponse(
    emu,
    'enquiry',
    enquiryAnswers({ name: 'Youssef', email: 'youssef@tanger.example', city: 'Tangier', country: 'Morocco' }),
  );
  landResponse(
    emu,
    'enquiry',
    enquiryAnswers({ name: 'Rita', email: 'rita@byblos.example', city: 'Byblos', country: 'Lebanon' }),
  );
  return emu;
});

/** Every enquiry acknowledged once (or flagged). */
function acknowledged(emu: Emulator): Violation[] {
  return recordRows(emu, APPLICATIONS).flatMap((a) =>
    emailSettled(emu, `${a.id}:enquiryAcknowledgement:`, String(a.cells['submitterEmail'])),
  );
}

export const INTAKE_CASES: IntakeCase[] = [
  {
    name: 'enquiry submission (form trigger), then the daily sweep',
    fixture: enquiryLanded,
    operation: (emu, o) => runSubmitTrigger(emu, 'enquiry', lastResponseId(emu, 'enquiry'), o),
    followUp: nextDay,
    tabs: TABS,
    intent: { adds: ['Applications', 'Sends', 'Mailings'] },
    completed: (emu) => [
      ...atStage(emu, APP_ID, 'enquiry received'),
      ...applicantEmail('enquiryAcknowledgement')(emu),
    ],
  },
  {
    name: 'application submission (form trigger), then Process unprocessed responses',
    fixture: applicationLanded,
    operation: (emu, o) => runSubmitTrigger(emu, 'application', lastResponseId(emu, 'application'), o),
    followUp: (emu) => [
      ...nextDay(emu),
      ...mustSucceed('sweep', asCoordinator(emu, 'processUnprocessedResponses', [])),
    ],
    tabs: TABS,
    intent: { adds: ['Sends', 'Mailings'], changes: [onApplication] },
    completed: (emu) => [
      ...atStage(emu, APP_ID, 'application received'),
      ...applicantEmail('applicationAcknowledgement')(emu),
    ],
  },
  {
    name: 'Process unprocessed responses (menu sweep), then again',
    fixture: twoPending,
    operation: (emu, o) => asCoordinator(emu, 'processUnprocessedResponses', [], o),
    followUp: (emu) => [
      ...nextDay(emu),
      ...mustSucceed('sweep again', asCoordinator(emu, 'processUnprocessedResponses', [])),
    ],
    tabs: TABS,
    intent: { adds: ['Applications', 'Sends', 'Mailings'] },
    completed: acknowledged,
  },
  {
    name: 'daily jobs (sweep and digest), then the next day',
    fixture: twoPending,
    operation: (emu, o) =>
      emu.run('runDailyJobs', [dailyTriggerEvent(emu)], {
        user: 'owner@strongcities.org',
        authMode: 'FULL',
        ...o,
      }),
    followUp: nextDay,
    tabs: TABS,
    intent: { adds: ['Applications', 'Sends', 'Mailings'] },
    completed: (emu) => [
      ...acknowledged(emu),
      ...(sendRows(emu).some(
        (s) => s.key.startsWith('digest:') && s.email === COORDINATOR && s.status !== 'failed',
      )
        ? []
        : [{ check: 'email', detail: 'no digest to the coordinator' }]),
    ],
  },
  {
    name: 'sendApplicationLink, then clicked again',
    fixture: enquiryRecorded,
    operation: sidebarAction('sendApplicationLink', []),
    followUp: retryAction('sendApplicationLink', [], 'application form sent', 'applicationInvitation'),
    tabs: TABS,
    intent: { adds: ['Sends', 'Mailings'], changes: [onApplication] },
    completed: (emu) => [
      ...atStage(emu, APP_ID, 'application form sent'),
      ...applicantEmail('applicationInvitation')(emu),
    ],
  },
  {
    name: 'approveApplication, then approve again',
    fixture: underReview,
    operation: sidebarAction('approveApplication', []),
    followUp: retryAction('approveApplication', [], 'approved', null),
    tabs: TABS,
    intent: { adds: ['Cities', 'Contacts', 'Needs', 'Sends', 'Mailings'], changes: [onApplication] },
    completed: approved,
  },
  {
    name: 'declineApplication with its email, then again',
    fixture: underReview,
    operation: sidebarAction('declineApplication', ['Outside the network’s scope.']),
    followUp: retryAction('declineApplication', ['Outside the network’s scope.'], 'declined', 'decline'),
    tabs: TABS,
    intent: { adds: ['Sends', 'Mailings'], changes: [onApplication] },
    completed: (emu) => [...atStage(emu, APP_ID, 'declined'), ...applicantEmail('decline')(emu)],
  },
  {
    name: 'requestMoreInformation with its email, then again',
    fixture: underReview,
    operation: sidebarAction('requestMoreInformation', ['Please name a policy contact.']),
    followUp: retryAction(
      'requestMoreInformation',
      ['Please name a policy contact.'],
      'more info requested',
      'moreInformationRequest',
    ),
    tabs: TABS,
    intent: { adds: ['Sends', 'Mailings'], changes: [onApplication] },
    completed: (emu) => [
      ...atStage(emu, APP_ID, 'more info requested'),
      ...applicantEmail('moreInformationRequest')(emu),
    ],
  },
];
