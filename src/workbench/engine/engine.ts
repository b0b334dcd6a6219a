// The workbench's engine: runs what a person does in the page (menu items, cell edits, form submissions, the clock)
// through the emulator as the chosen user, and reports what the scripts showed or sent.
import type { Emulator, RunResult } from '../../emulator';
import { advanceClock, fireEdit, fireOpen } from '../../emulator/events';
import type { ExecutionState } from '../../emulator/runtime/executionState';
import { submitFormResponse } from '../../emulator/services/comms/install';
import type { FormSubmission } from '../../emulator/services/comms/submit';
import { type ActivityEntry, ActivityLog, type LoggedEntry } from './activity';
import type { AlertDesk } from './alertDesk';
import { applyPageSelection, currentPageSelection, type PageSelection, saveSelection } from './pageSelection';
import { staffUsers, UNKNOWN_USER, type WorkbenchUser } from './staffUsers';
import { mayHaveChangedState } from './stateChanges';

/** The user property the bundle keeps the sidebar language in (LANGUAGE_KEY of src/server/records/uiLanguage.ts). */
const UI_LANGUAGE_KEY = 'scn.uiLanguage';

export interface ActionResult {
  ok: boolean;
  /** Why the action was refused or failed, in the words Sheets or the script used. */
  message?: string;
  entries: LoggedEntry[];
}

export interface EngineOptions {
  emu: Emulator;
  user: string;
  desk?: AlertDesk;
  /** Called after anything that changed saved state (the workbench saves then). */
  onStateChanged: () => void;
}

export class WorkbenchEngine {
  readonly emu: Emulator;
  readonly log = new ActivityLog();
  /** Increases whenever cell data may have changed, so the page knows to re-read what it shows. */
  dataVersion = 0;
  /** Pages shown by scripts (sidebars, dialogs), served by the sidebar handler under these names. */
  readonly dialogPages: Record<string, string> = {};
  user: string;
  private readonly seen = { toasts: 0, alerts: 0, dialogs: 0, outbox: 0, executions: 0, selection: 0 };
  /** The function each execution ran, where the workbench started it (executions do not record it). */
  private readonly functionOf = new WeakMap<ExecutionState, string>();

  constructor(private readonly options: EngineOptions) {
    this.emu = options.emu;
    this.user = options.user;
    const ui = this.model.ui;
    const queuedOrDefault = ui.takeAnswer.bind(ui);
    // Alerts and prompts are answered in the page when one is open; otherwise the emulator's queue or default.
    ui.takeAnswer = (question) => (question && options.desk?.ask(question)) || queuedOrDefault(question);
    this.markSeen();
  }

  get model() {
    return this.emu.backend.stores.spreadsheets.bound;
  }

  /**
   * The acting user's CRM language, as the bundle decides it (src/server/records/uiLanguage.ts): their sidebar
   * switch in their user properties, else French for a French Google locale.
   */
  language(): 'en' | 'fr' {
    const script = this.emu.backend.stores.script;
    const chosen = script.properties.forUser(this.user).get(UI_LANGUAGE_KEY);
    if (chosen === 'en' || chosen === 'fr') return chosen;
    return /^fr/i.test(script.session.locales.get(this.user) ?? 'en') ? 'fr' : 'en';
  }

  users(): WorkbenchUser[] {
    return [...staffUsers(this.model), UNKNOWN_USER];
  }

  /** What already happened before the page connected is not news. */
  private markSeen(): void {
    const g = this.emu.backend;
    const ui = this.model.ui;
    this.seen.toasts = ui.toasts.length;
    this.seen.alerts = ui.alerts.length;
    this.seen.dialogs = ui.dialogs.length;
    this.seen.outbox = g.stores.comms.mail.outbox.length;
    this.seen.executions = g.executions.length;
    this.seen.selection = this.model.selectionChanges;
  }

  /** The workbook opens for the current user: onOpen builds the menus (as on every open in Sheets). */
  open(): ActionResult {
    this.model.ui.menus.splice(0);
    return this.act(() => fireOpen(this.emu, { user: this.user }), false);
  }

  setUser(email: string): ActionResult {
    this.user = email;
    return this.open();
  }

  /**
   * The person selected cells in the page: that is the active range and current cell the next executions see.
   * Not news for the page, so no entry is logged for it.
   */
  select(selection: PageSelection): boolean {
    const ok = applyPageSelection(this.model, selection);
    this.seen.selection = this.model.selectionChanges;
    return ok;
  }

  /** A menu item: the entry point runs as the user at the keyboard, in a new execution, on the page's selection. */
  runMenuItem(fn: string, selection?: PageSelection): ActionResult {
    if (!this.model.ui.menuFunctions().includes(fn))
      return { ok: false, message: `No menu item runs ${fn}.`, entries: [] };
    if (selection) this.select(selection);
    return this.act(() => {
      const r = this.emu.run(fn, [], { user: this.user, authMode: 'FULL', origin: 'menu' });
      this.functionOf.set(r.execution, fn);
      return [r];
    });
  }

  /** The person types `text` into a cell: validation and protection apply, then onEdit runs. */
  editCell(sheetName: string, row: number, col: number, text: string): ActionResult {
    try {
      return this.act(
        () => fireEdit(this.emu, { sheetName, row, col, values: [[text]], user: this.user }),
        true,
      );
    } catch (e) {
      const message = (e as Error).message;
      return { ok: false, message, entries: [this.log.add({ kind: 'refused', message })] };
    }
  }

  /**
   * A respondent submits a form. What its triggers did is logged for the operator's status area; the respondent
   * is shown only the form's own confirmation.
   */
  submitForm(submission: FormSubmission): ActionResult & { responseId?: string } {
    let responseId: string | undefined;
    const result = this.act(
      this.awayFromPage(() => {
        const r = submitFormResponse(this.emu, submission);
        responseId = r.response.id;
        return r.triggers;
      }),
      true,
    );
    const form = this.emu.backend.stores.comms.forms.get(submission.formId);
    const runs = result.entries.flatMap((e) =>
      e.kind === 'run' ? [{ fn: e.fn, status: e.status, ...(e.error ? { error: e.error } : {}) }] : [],
    );
    result.entries.push(
      this.log.add({ kind: 'formSubmitted', form: form?.title ?? submission.formId, runs }),
    );
    return { ...result, responseId };
  }

  /** Moves the virtual clock forward; the time-driven triggers that fall due run, in order. */
  advanceClock(ms: number): ActionResult {
    if (!(ms > 0)) return { ok: false, message: 'Choose a time after the current one.', entries: [] };
    return this.act(
      this.awayFromPage(() => advanceClock(this.emu, ms)),
      true,
    );
  }

  /**
   * Triggers run with no one at the keyboard: a selection they make moves no one's screen, so it is undone and the
   * page is not told (the page's selection stays the active range for the person's next action).
   */
  private awayFromPage(run: () => RunResult[]): () => RunResult[] {
    return () => {
      const restore = saveSelection(this.model);
      try {
        return run();
      } finally {
        restore();
      }
    };
  }

  /** A google.script.run call from a sidebar or dialog finished (it ran through the sidebar handler). */
  afterPageCall(name: string, execution: ExecutionState | undefined): void {
    if (!execution) return;
    this.functionOf.set(execution, name);
    this.collect([], [execution]);
  }

  hostClosed(page: string): void {
    this.log.add({ kind: 'close', page });
  }

  private act(run: () => RunResult[], changed = false): ActionResult {
    const results = run();
    const entries = this.collect(results, [], changed);
    const failed = results.find((r) => r.status !== 'ok');
    return { ok: !failed, ...(failed ? { message: failed.error } : {}), entries };
  }

  /** Logs what the executions since the last look did, and saves if they may have changed anything. */
  private collect(results: RunResult[], extra: ExecutionState[], changed = false): LoggedEntry[] {
    const g = this.emu.backend;
    const ui = this.model.ui;
    const out: LoggedEntry[] = [];
    const add = (e: ActivityEntry) => out.push(this.log.add(e));
    const executions = g.executions.slice(this.seen.executions);
    for (const x of extra) if (!executions.includes(x)) executions.push(x);
    for (const x of executions) {
      const r = results.find((res) => res.execution === x);
      add({
        kind: 'run',
        fn: this.functionOf.get(x) ?? String(x.options.origin ?? 'run'),
        origin: String(x.options.origin ?? ''),
        user: x.user,
        status: r?.status ?? (x.killed ? 'killed' : 'ok'),
        ...(r?.error ? { error: r.error } : {}),
        ms: Math.round(x.ms),
      });
      if (mayHaveChangedState(x.records)) changed = true;
    }
    for (const t of ui.toasts.slice(this.seen.toasts)) add({ kind: 'toast', ...t });
    for (const a of ui.alerts.slice(this.seen.alerts))
      add({
        kind: 'alert',
        alertKind: a.kind,
        title: a.title,
        prompt: a.prompt,
        button: a.button,
        text: a.text,
      });
    ui.dialogs.slice(this.seen.dialogs).forEach((d, i) => {
      const page = `dialog-${this.seen.dialogs + i + 1}`;
      this.dialogPages[page] = d.html;
      add({ kind: 'dialog', page, dialogKind: d.kind, title: d.title, width: d.width, height: d.height });
    });
    for (const m of g.stores.comms.mail.outbox.slice(this.seen.outbox))
      add({ kind: 'email', id: m.id, to: m.to, subject: m.subject });
    // A script moved the selection (Validate workbook's links, a record opened from Find): the page follows it.
    if (this.model.selectionChanges !== this.seen.selection)
      add({ kind: 'select', ...currentPageSelection(this.model) });
    this.markSeen();
    if (changed) {
      this.dataVersion++;
      this.options.onStateChanged();
    }
    return out;
  }
}
