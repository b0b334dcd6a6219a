// Intake workbooks for the reliability suites: set up with staff, hubs and links, at each stage of the membership journey.

import type { Emulator, ExecutionOptions, RunResult } from '../../../src/emulator';
import { Form } from '../../../src/emulator/services/comms/formApp';
import { FormResponse } from '../../../src/emulator/services/comms/formResponses';
import { questionsOf } from '../../../src/emulator/services/comms/formStore';
import { recordResponse } from '../../../src/emulator/services/comms/responseLanding';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import {
  applicationAnswers,
  enquiryAnswers,
  HUB_LINK,
  setSetting,
  TOR_LINK,
} from '../../acceptance/intake/harness';
import { COORDINATOR, call } from './fixtures';
import { newEmulator } from './stableDist';
import { copied } from './workbookCopy';
import { OWNER } from './workbookView';

export { applicationAnswers, enquiryAnswers };
export type FormKind = 'enquiry' | 'application';

/** The application every journey fixture below is about (the first Applications id). */
export const APP_ID = 'APP-000001';

/** How a form-submit trigger runs: as the owner who installed it, in AuthMode.FULL. */
export const AS_TRIGGER: ExecutionOptions = { user: OWNER, effectiveUser: OWNER, authMode: 'FULL' };

export function formIdOf(emu: Emulator, kind: FormKind): string {
  const id = emu.backend.stores.script.properties.forDocument('bound-document').get(`scn.form.${kind}`);
  if (id === undefined) throw new Error(`no ${kind} form: setup did not run`);
  return id;
}

/** A response stored on the form and landed in its tab, firing nothing (a trigger that never ran); its id. */
export function landResponse(
  emu: Emulator,
  kind: FormKind,
  answers: Record<string, string | string[]>,
): string {
  const g = emu.backend;
  const store = g.stores.comms.forms;
  const form = store.get(formIdOf(emu, kind))!;
  const questions = questionsOf(form);
  const list = Object.entries(answers).map(([title, value]) => {
    const q = questions.find((x) => x.title === title);
    if (!q) throw new Error(`no question "${title}"`);
    return { itemId: q.id, value };
  });
  return recordResponse(g, store, form, { answers: list, respondentEmail: '', at: g.clock.date() }).response
    .id;
}

/** The trigger's event {authMode, response, source, triggerUid} for a stored response of this emulator. */
export function submitEventOf(emu: Emulator, kind: FormKind, responseId: string): Record<string, unknown> {
  const g = emu.backend;
  const store = g.stores.comms.forms;
  const form = store.get(formIdOf(emu, kind))!;
  const response = form.responses.find((r) => r.id === responseId);
  if (!response) throw new Error(`no ${kind} response ${responseId}`);
  return {
    authMode: 'FULL',
    response: new FormResponse(g, store, form, response),
    source: new Form(g, store, form),
    triggerUid: 'reliability',
  };
}

/** The form-submit trigger of `kind` running on a stored response (what Google runs on each submission). */
export function runSubmitTrigger(
  emu: Emulator,
  kind: FormKind,
  responseId: string,
  options: ExecutionOptions = {},
): RunResult {
  const fn = kind === 'enquiry' ? 'onEnquirySubmit' : 'onApplicationSubmit';
  return emu.run(fn, [submitEventOf(emu, kind, responseId)], { ...AS_TRIGGER, ...options });
}

/** Every response id of a form, oldest first. */
export function responseIds(emu: Emulator, kind: FormKind): string[] {
  return emu.backend.stores.comms.forms.get(formIdOf(emu, kind))!.responses.map((r) => r.id);
}

/** The newest response id of a form (the one a journey fixture landed last). */
export function lastResponseId(emu: Emulator, kind: FormKind): string {
  const ids = responseIds(emu, kind);
  return ids[ids.length - 1]!;
}

/** Set up, a coordinator on the Staff tab, the MENA hub covering Jordan, both welcome links in Settings. */
export function intakeWorkbook(): Emulator {
  const emu = newEmulator();
  call(emu, 'setupWorkbook');
  call(emu, 'saveRecord', [
    { tab: 'Staff', fields: { name: 'Coordinator', email: COORDINATOR, role: 'coordinator', active: true } },
  ]);
  call(emu, 'saveRecord', [
    { tab: 'Hubs', fields: { name: 'MENA', countries: ['Jordan', 'Lebanon', 'Morocco'] } },
  ]);
  setSetting(emu, 'Terms of Reference link', TOR_LINK);
  setSetting(emu, 'Online Hub link', HUB_LINK);
  return emu;
}

/** Submits through Google Forms (its checks, then the trigger), failing the fixture if the trigger did. */
function submitted(emu: Emulator, kind: FormKind, answers: Record<string, string | string[]>): void {
  const r = submitFormResponse(emu, { formId: formIdOf(emu, kind), answers });
  const bad = r.triggers.filter((t) => t.status !== 'ok');
  if (bad.length > 0) throw new Error(`${kind} trigger ${bad[0]!.status}: ${bad[0]!.error}`);
}

/** An enquiry landed on the form whose trigger has not run yet. */
export const enquiryLanded = copied(() => {
  const emu = intakeWorkbook();
  landResponse(emu, 'enquiry', enquiryAnswers());
  return emu;
});

/** The enquiry recorded and acknowledged (APP-000001, "enquiry received"). */
export function enquiryRecordedNow(): Emulator {
  const emu = intakeWorkbook();
  submitted(emu, 'enquiry', enquiryAnswers());
  return emu;
}
export const enquiryRecorded = copied(enquiryRecordedNow);

/** The application form link sent; the application response landed, its trigger not run yet. */
export const applicationLanded = copied(() => {
  const emu = enquiryRecordedNow();
  call(emu, 'sendApplicationLink', [APP_ID], COORDINATOR);
  landResponse(emu, 'application', applicationAnswers(APP_ID));
  return emu;
});

/** The application recorded and opened in the review sidebar ("under review"). */
export function underReviewNow(prepare: (emu: Emulator) => void = () => {}): Emulator {
  const emu = intakeWorkbook();
  prepare(emu);
  submitted(emu, 'enquiry', enquiryAnswers());
  call(emu, 'sendApplicationLink', [APP_ID], COORDINATOR);
  submitted(emu, 'application', applicationAnswers(APP_ID));
  call(emu, 'getApplicationReview', [APP_ID], COORDINATOR);
  return emu;
}
export const underReview = copied(() => underReviewNow());

/** The city already in the Cities tab (a prospect, CITY_ID) when it enquires and applies: approval updates it. */
export const CITY_ID = 'CTY-000001';
export const underReviewOfKnownCity = copied(() =>
  underReviewNow((emu) => {
    call(emu, 'saveRecord', [
      {
        tab: 'Cities',
        fields: { name: 'Irbid', country: 'Jordan', hubId: 'HUB-000001', status: 'prospect' },
      },
    ]);
  }),
);

/** The time-driven event the daily trigger receives: it names the trigger, which `runDailyJobs` requires. */
export function dailyTriggerEvent(emu: Emulator): { triggerUid: string } {
  const trigger = emu.backend.stores.script.triggers.triggers.find((t) => t.handler === 'runDailyJobs');
  if (!trigger) throw new Error('setup installed no runDailyJobs trigger');
  return { triggerUid: trigger.uid };
}
