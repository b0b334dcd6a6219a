// Fires Apps Script events (open, edit, form submit, time-driven) as Google does: each trigger runs in a new execution.
// Source: https://developers.google.com/apps-script/guides/triggers/events (the event objects' fields)
// Source: https://developers.google.com/apps-script/guides/triggers (simple triggers run in AuthMode.LIMITED and
//   "cannot run for longer than 30 seconds", #restrictions)
// Source: https://developers.google.com/apps-script/guides/triggers/installable ("Installable triggers always run
//   under the account of the person who created them"; they run in AuthMode.FULL)
import type { GoogleBackend } from './backend';
import { SIMPLE_TRIGGER_LIMIT_MS } from './latency';
import { type CompiledBundle, type RunResult, runExecution } from './runtime/execution';
import type { AuthMode, ExecutionOptions } from './runtime/executionState';
import type { ServiceObject } from './runtime/serviceObject';
import { User } from './services/script/session';
import { timeDrivenEvent } from './services/script/timeDrivenEvent';
import type { EventType, TriggerRecord, TriggerSource } from './services/script/triggerStore';
import { spreadsheetObject, type UserEdit, userEditCells } from './services/spreadsheet/install';

/** What the fire functions need: an emulated Google and the bundle whose functions the events call. */
export interface EventTarget {
  backend: GoogleBackend;
  bundle: CompiledBundle;
}

/** The bound workbook's Spreadsheet object (the `source` of Sheets events) and its id. */
function boundWorkbook(g: GoogleBackend): { source: ServiceObject; id: string } {
  return { source: spreadsheetObject(g), id: g.stores.spreadsheets.boundId };
}

/** Whether the bundle can define a global of that name (a cheap filter before running it). */
function mayDefine(bundle: CompiledBundle, name: string): boolean {
  return new RegExp(`\\b${name}\\b`).test(bundle.source);
}

/** Runs a simple trigger (onOpen, onEdit) if the script defines it; undefined when it does not. */
function runSimple(
  emu: EventTarget,
  fn: string,
  event: Record<string, unknown>,
  user: string,
  authMode: AuthMode,
): RunResult | undefined {
  if (!mayDefine(emu.bundle, fn)) return undefined;
  // Simple triggers are stopped at 30 seconds, installable ones at the usual 6 minutes.
  const r = runExecution(emu.backend, emu.bundle, fn, [event], {
    user,
    authMode,
    origin: fn,
    limitMs: SIMPLE_TRIGGER_LIMIT_MS,
  });
  return r.status === 'error' && r.error === `Script function not found: ${fn}` ? undefined : r;
}

function matchingTriggers(g: GoogleBackend, type: EventType, source: TriggerSource, id: string | undefined) {
  return g.stores.script.triggers.triggers.filter(
    (t) => t.eventType === type && t.source === source && id !== undefined && t.sourceId === id,
  );
}

/** Runs one installable trigger as its owner, in AuthMode.FULL, with the event plus its triggerUid. */
function runInstallable(
  emu: EventTarget,
  t: TriggerRecord,
  event: Record<string, unknown>,
  activeUser: string,
  options: ExecutionOptions = {},
): RunResult {
  return runExecution(
    emu.backend,
    emu.bundle,
    t.handler,
    [{ ...event, authMode: 'FULL', triggerUid: t.uid }],
    {
      user: activeUser,
      effectiveUser: t.owner,
      authMode: 'FULL',
      origin: `trigger:${t.eventType}`,
      ...options,
    },
  );
}

/**
 * The installable edit triggers of the bound workbook, each run as its owner for an edit already made (tests that
 * build their own edit event use this after the simple onEdit, as Sheets runs both for one edit).
 */
export function runInstallableEditTriggers(
  emu: EventTarget,
  event: Record<string, unknown>,
  activeUser: string,
  options: ExecutionOptions = {},
): RunResult[] {
  const g = emu.backend;
  return matchingTriggers(g, 'ON_EDIT', 'SPREADSHEETS', g.stores.spreadsheets.boundId).map((t) =>
    runInstallable(emu, t, event, activeUser, options),
  );
}

/**
 * A user opens the bound workbook: the simple `onOpen(e)` (AuthMode.LIMITED unless `authMode` says otherwise, e.g.
 * NONE for an add-on not yet used in this document), then each installable open trigger.
 * Event: {authMode, source, triggerUid (installable only), user}.
 */
export function fireOpen(emu: EventTarget, opts: { user: string; authMode?: AuthMode }): RunResult[] {
  const g = emu.backend;
  const { source, id } = boundWorkbook(g);
  const event = { source, user: new User(g, opts.user) };
  const results: RunResult[] = [];
  const simple = runSimple(
    emu,
    'onOpen',
    { ...event, authMode: opts.authMode ?? 'LIMITED' },
    opts.user,
    opts.authMode ?? 'LIMITED',
  );
  if (simple) results.push(simple);
  for (const t of matchingTriggers(g, 'ON_OPEN', 'SPREADSHEETS', id)) {
    results.push(runInstallable(emu, t, event, opts.user));
  }
  return results;
}

/** Edit values reported as Sheets reports them: text as typed ("TRUE" for a ticked checkbox). */
function eventValue(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  return v;
}

/**
 * A user edits cells in the Sheets UI: the cells change (through the spreadsheet service's `userEditCells`), then the
 * simple `onEdit(e)` (LIMITED) and each installable edit trigger run. Script writes never come here: "onEdit … is not
 * fired by script writes". Event: {authMode, range, source, user, triggerUid (installable only), value and oldValue —
 * "Only available if the edited range is a single cell"; oldValue is undefined "if the cell had no previous content"}.
 */
export function fireEdit(emu: EventTarget, opts: UserEdit & { authMode?: AuthMode }): RunResult[] {
  const g = emu.backend;
  const edit = userEditCells(g, opts);
  const id = opts.spreadsheetId ?? g.stores.spreadsheets.boundId;
  const source = spreadsheetObject(g, id);
  const event: Record<string, unknown> = { range: edit.range, source, user: new User(g, opts.user) };
  if (edit.singleCell) {
    if (edit.value !== undefined && edit.value !== '') event.value = eventValue(edit.value);
    if (edit.oldValue !== undefined && edit.oldValue !== '') event.oldValue = eventValue(edit.oldValue);
  }
  const results: RunResult[] = [];
  const authMode = opts.authMode ?? 'LIMITED';
  const simple = runSimple(emu, 'onEdit', { ...event, authMode }, opts.user, authMode);
  if (simple) results.push(simple);
  for (const t of matchingTriggers(g, 'ON_EDIT', 'SPREADSHEETS', id)) {
    results.push(runInstallable(emu, t, event, opts.user));
  }
  return results;
}

/**
 * A form response arrives. Spreadsheet form-submit triggers (on the workbook the form writes to) get
 * {authMode, namedValues, range, triggerUid, values}; form form-submit triggers get {authMode, response, source,
 * triggerUid}. There is no simple trigger for form submissions. FormApp's submission code calls this.
 */
export function fireFormSubmit(
  emu: EventTarget,
  opts: {
    formId?: string;
    form?: ServiceObject;
    spreadsheetId?: string;
    response?: ServiceObject;
    range?: ServiceObject;
    namedValues?: Record<string, string[]>;
    values?: string[];
  },
): RunResult[] {
  const g = emu.backend;
  const results: RunResult[] = [];
  if (opts.spreadsheetId) {
    const event = { namedValues: opts.namedValues ?? {}, range: opts.range, values: opts.values ?? [] };
    for (const t of matchingTriggers(g, 'ON_FORM_SUBMIT', 'SPREADSHEETS', opts.spreadsheetId)) {
      results.push(runInstallable(emu, t, event, t.owner));
    }
  }
  if (opts.formId) {
    const event = { response: opts.response, source: opts.form };
    for (const t of matchingTriggers(g, 'ON_FORM_SUBMIT', 'FORMS', opts.formId)) {
      results.push(runInstallable(emu, t, event, t.owner));
    }
  }
  return results;
}

/** One time-driven run, with the handler its trigger named (setup installs more than one clock trigger). */
export type ClockRun = RunResult & { handler: string };

/**
 * Moves the virtual clock forward by `ms`, running every time-driven trigger that falls due, in time order, each in
 * its own execution as its owner; one-off `after`/`at` triggers are removed once they have run.
 */
export function advanceClock(emu: EventTarget, ms: number): ClockRun[] {
  const g = emu.backend;
  const store = g.stores.script.triggers;
  const until = g.clock.now() + ms;
  const results: ClockRun[] = [];
  for (let t = store.nextDue(until); t; t = store.nextDue(until)) {
    const due = t.nextRunMs ?? until;
    // An earlier execution may have run past this trigger's time: it then starts as soon as the clock allows.
    g.clock.set(Math.max(g.clock.now(), due));
    store.advance(t, due);
    const event = timeDrivenEvent(g.clock.now(), t.uid);
    const run = runExecution(g, emu.bundle, t.handler, [event], {
      user: t.owner,
      effectiveUser: t.owner,
      authMode: 'FULL',
      origin: 'trigger:CLOCK',
    });
    results.push({ ...run, handler: t.handler });
  }
  if (g.clock.now() < until) g.clock.set(until);
  return results;
}
