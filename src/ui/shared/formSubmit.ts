// Saving a form from a sidebar: the browser check, then the server's answer (saved, invalid fields, or stale version).
import type { PlainValues } from '../../core/editing/plainValues';
import type { PlainRecord, SaveOutcome } from '../../server/records/formSave';
import { element } from './elements';
import { banner, showToast } from './feedback';
import type { RecordForm } from './recordForm';
import type { Shell } from './sidebarShell';
import { SubmissionIds } from './submissionIds';
import { text } from './uiText';

export interface SubmitOptions {
  /** Where a refused (stale) save explains itself, above the form. */
  notice: HTMLElement;
  /**
   * Sends the form's values with the submission's request id; the page adds id, version and what it read.
   * The request id is the same when the user retries a submission whose answer never came (submissionIds.ts).
   */
  send(values: PlainValues, requestId: string): Promise<SaveOutcome>;
  /** The record's other values, for cross-field rules in the browser check. */
  base?: Record<string, unknown>;
  /** Reloads the record, dropping the user's input (offered after a stale save). */
  reload(): void;
  buttons: HTMLButtonElement[];
}

/** Shows how a save ended; on a stale version the user's input stays in the form. */
export function showOutcome(
  outcome: SaveOutcome,
  form: RecordForm | null,
  options: Pick<SubmitOptions, 'notice' | 'reload'>,
): PlainRecord | undefined {
  options.notice.replaceChildren();
  if (outcome.ok) return outcome.record;
  if (outcome.kind === 'invalid') {
    form?.showProblems(outcome.problems);
    showToast(form ? text('fixErrors') : outcome.message, 'error');
    return undefined;
  }
  const reload = element('button', { text: text('reload'), attrs: { type: 'button' } });
  reload.addEventListener('click', options.reload);
  options.notice.append(
    banner('warning', text('staleTitle'), `${outcome.message}\n\n${text('staleKeep')}`, [reload]),
  );
  reload.focus();
  return undefined;
}

/** Request ids per form, kept while the sidebar is open. */
const submissions = new WeakMap<RecordForm, SubmissionIds>();

/** The request id of a submission of this form with these values (the record's id and version are part of it). */
function requestIdFor(
  form: RecordForm,
  values: PlainValues,
  base: unknown,
): { id: string; ids: SubmissionIds } {
  let ids = submissions.get(form);
  if (!ids) {
    ids = new SubmissionIds();
    submissions.set(form, ids);
  }
  return { id: ids.idFor({ values, read: form.read, base }), ids };
}

/** Checks the form in the browser, sends it, and shows the outcome. Resolves with the saved record. */
export async function submitForm(
  shell: Shell,
  form: RecordForm,
  options: SubmitOptions,
): Promise<PlainRecord | undefined> {
  options.notice.replaceChildren();
  if (form.validate(options.base).length > 0) {
    showToast(text('fixErrors'), 'error');
    return undefined;
  }
  for (const b of options.buttons) b.disabled = true;
  try {
    const values = form.values();
    const request = requestIdFor(form, values, options.base);
    const outcome = await shell.call(options.send(values, request.id), text('saving'));
    // No answer (an error was shown): a retry of the same values reuses the id. An answer settles the request.
    if (!outcome) return undefined;
    request.ids.settled();
    const record = showOutcome(outcome, form, options);
    if (record) showToast(text('saved'));
    return record;
  } finally {
    for (const b of options.buttons) b.disabled = false;
  }
}
