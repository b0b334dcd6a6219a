// A respondent submits a form (host side, for tests and the workbench): checked as Google Forms would, stored, landed, triggers fired.
import type { GoogleBackend } from '../../backend';
import { type EventTarget, fireFormSubmit } from '../../events';
import type { RunResult } from '../../runtime/execution';
import { ExecutionState } from '../../runtime/executionState';
import { ServiceObject } from '../../runtime/serviceObject';
import { Form } from './formApp';
import { FormResponse } from './formResponses';
import type { AnswerValue, FormModel, ResponseModel } from './formStore';
import { questionsOf } from './formStore';
import { answerProblem } from './formValidation';
import { type ResponseLanding, recordResponse, type SubmittedResponse } from './responseLanding';

export interface FormSubmission {
  formId: string;
  /** Answers by question title; a checkbox question takes an array of the chosen values. */
  answers: Record<string, string | string[]>;
  respondentEmail?: string;
  /** When the respondent pressed Submit; default the virtual clock's now (the clock moves forward to it). */
  at?: Date;
}

/** Google Forms would not let this submission be sent: one problem per question, in words the form shows. */
export class FormSubmissionError extends Error {
  constructor(readonly problems: { question: string; problem: string }[]) {
    super(`The form was not submitted: ${problems.map((p) => `${p.question}: ${p.problem}`).join('; ')}`);
    this.name = 'FormSubmissionError';
  }
}

/** The payload `fireFormSubmit` (src/emulator/events.ts) receives. */
export interface FormSubmitPayload {
  formId: string;
  spreadsheetId: string | null;
  response: ResponseModel;
  /** The landed row: sheet name, row, width; null when the form has no destination. */
  range: { sheetName: string; row: number; column: number; numRows: number; numColumns: number } | null;
  namedValues: Record<string, string[]> | null;
  values: string[] | null;
}

function checkSubmission(form: FormModel, s: FormSubmission): { itemId: number; value: AnswerValue }[] {
  const problems: { question: string; problem: string }[] = [];
  if (!form.acceptingResponses)
    problems.push({ question: form.title, problem: 'The form is no longer accepting responses' });
  if (form.collectEmail) {
    const email = s.respondentEmail ?? '';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      problems.push({ question: 'Email', problem: 'Must be a valid email address' });
  }
  const questions = questionsOf(form);
  for (const title of Object.keys(s.answers)) {
    if (!questions.some((q) => q.title === title))
      problems.push({ question: title, problem: 'No such question on this form' });
  }
  const answers: { itemId: number; value: AnswerValue }[] = [];
  for (const q of questions) {
    const value = s.answers[q.title];
    const problem = answerProblem(q, value);
    if (problem) problems.push({ question: q.title, problem });
    else if (value !== undefined && !(Array.isArray(value) ? value.length === 0 : value === '')) {
      answers.push({ itemId: q.id, value: Array.isArray(value) ? [...value] : String(value) });
    }
  }
  if (problems.length > 0) throw new FormSubmissionError(problems);
  return answers;
}

/** The event payload of a stored submission. */
export function submitPayload(s: SubmittedResponse): FormSubmitPayload {
  const l: ResponseLanding | null = s.landing;
  return {
    formId: s.form.id,
    spreadsheetId: l?.spreadsheetId ?? null,
    response: s.response,
    range: l ? { sheetName: l.sheetName, row: l.row, column: 1, numRows: 1, numColumns: l.numColumns } : null,
    namedValues: l?.namedValues ?? null,
    values: l?.values ?? null,
  };
}

/**
 * A respondent submits `formId`. Throws FormSubmissionError when Google Forms would refuse it (required
 * question empty, answer not among the choices, text failing its validation, form closed); otherwise
 * stores the response, appends its row to the response tab, and fires the form-submit triggers.
 */
export function submitFormResponse(
  emu: EventTarget,
  submission: FormSubmission,
): { response: ResponseModel; landing: ResponseLanding | null; triggers: RunResult[] } {
  const g: GoogleBackend = emu.backend;
  const store = g.stores.comms.forms;
  const form = store.get(submission.formId);
  if (!form) throw new Error(`Emulator: no form with id ${submission.formId}`);
  const answers = checkSubmission(form, submission);
  if (submission.at && submission.at.getTime() > g.clock.now()) g.clock.set(submission.at);
  const submitted = recordResponse(g, store, form, {
    answers,
    respondentEmail: form.collectEmail ? (submission.respondentEmail ?? '') : '',
    at: submission.at ?? g.clock.date(),
  });
  const triggers = fireFormSubmitTriggers(emu, submitted);
  return { response: submitted.response, landing: submitted.landing, triggers };
}

/** A host-side call on a service object, outside any script execution (as events.ts does). */
function asHost<T>(g: GoogleBackend, user: string, fn: () => T): T {
  return g.withExecution(new ExecutionState(0, user, user, 'FULL', { origin: 'form submit' }), fn);
}

/** The landed row as a SpreadsheetApp Range, when the spreadsheet service can give one. */
function landedRange(g: GoogleBackend, owner: string, landing: ResponseLanding): ServiceObject | undefined {
  const app = g.roots.get('SpreadsheetApp') as unknown as
    | Record<string, (...a: unknown[]) => unknown>
    | undefined;
  if (!app || typeof app.openById !== 'function') return undefined;
  return asHost(g, owner, () => {
    const ss = app.openById.call(app, landing.spreadsheetId) as Record<string, (...a: unknown[]) => unknown>;
    const sheet = ss.getSheetByName.call(ss, landing.sheetName) as Record<
      string,
      (...a: unknown[]) => unknown
    > | null;
    const range = sheet?.getRange.call(sheet, landing.row, 1, 1, landing.numColumns);
    return range instanceof ServiceObject ? range : undefined;
  });
}

/**
 * Fires the form-submit triggers (src/emulator/events.ts fireFormSubmit): the spreadsheet's, with
 * {namedValues, range, values}, and the form's, with {response, source}
 * (https://developers.google.com/apps-script/guides/triggers/events#form-submit).
 */
function fireFormSubmitTriggers(emu: EventTarget, submitted: SubmittedResponse): RunResult[] {
  const g = emu.backend;
  const store = g.stores.comms.forms;
  const p = submitPayload(submitted);
  return fireFormSubmit(emu, {
    formId: p.formId,
    form: new Form(g, store, submitted.form),
    response: new FormResponse(g, store, submitted.form, submitted.response),
    ...(submitted.landing
      ? {
          spreadsheetId: submitted.landing.spreadsheetId,
          range: landedRange(g, submitted.form.owner, submitted.landing),
          namedValues: submitted.landing.namedValues,
          values: submitted.landing.values,
        }
      : {}),
  });
}
