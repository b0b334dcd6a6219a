// Saving a form from a sidebar: the browser check, then the server's answer (saved, invalid fields, or stale version).
import type { PlainValues } from '../../core/editing/plainValues';
import type { PlainRecord, SaveOutcome } from '../../server/records/formSave';
import { banner, showToast } from './feedback';
import { element } from './elements';
import type { RecordForm } from './recordForm';
import type { Shell } from './sidebarShell';
import { text } from './uiText';

export interface SubmitOptions {
  /** Where a refused (stale) save explains itself, above the form. */
  notice: HTMLElement;
  /** Sends the form's values; the page adds id, version and what it read. */
  send(values: PlainValues): Promise<SaveOutcome>;
  /** The record's other values, for cross-field rules in the browser check. */
  base?: Record<string, unknown>;
  /** Reloads the record, dropping the user's input (offered after a stale save). */
  reload(): void;
  buttons: HTMLButtonElement[];
}

/** Shows how a save ended; on a stale version the user's input stays in the form. */
export function showOutcome(outcome: SaveOutcome, form: RecordForm | null, options: Pick<SubmitOptions, 'notice' | 'reload'>): PlainRecord | undefined {
  options.notice.replaceChildren();
  if (outcome.ok) return outcome.record;
  if (outcome.kind === 'invalid') {
    form?.showProblems(outcome.problems);
    showToast(form ? text('fixErrors') : outcome.message, 'error');
    return undefined;
  }
  const reload = element('button', { text: text('reload'), attrs: { type: 'button' } });
  reload.addEventListener('click', options.reload);
  options.notice.append(banner('warning', text('staleTitle'), `${outcome.message}\n\n${text('staleKeep')}`, [reload]));
  reload.focus();
  return undefined;
}

/** Checks the form in the browser, sends it, and shows the outcome. Resolves with the saved record. */
export async function submitForm(shell: Shell, form: RecordForm, options: SubmitOptions): Promise<PlainRecord | undefined> {
  options.notice.replaceChildren();
  if (form.validate(options.base).length > 0) {
    showToast(text('fixErrors'), 'error');
    return undefined;
  }
  for (const b of options.buttons) b.disabled = true;
  try {
    const outcome = await shell.call(options.send(form.values()), text('saving'));
    if (!outcome) return undefined;
    const record = showOutcome(outcome, form, options);
    if (record) showToast(text('saved'));
    return record;
  } finally {
    for (const b of options.buttons) b.disabled = false;
  }
}
