// The emulated services' state that an .xlsx file cannot hold (forms, responses, triggers, properties, outbox, clock).
import type { GoogleBackend } from '../../emulator/backend';
import type { FormModel } from '../../emulator/services/comms/formStore';
import type { SentMessage } from '../../emulator/services/comms/mailStore';
import type { TriggerRecord } from '../../emulator/services/script/triggerStore';
import type { SpreadsheetModel } from '../../emulator/services/spreadsheet/install';
import { readFields, writeFields } from './privateFields';
import { captureSheet, type SheetMeta } from './sheetMetadata';

export const STATE_FORMAT = 'scn-workbench-state';
export const STATE_VERSION = 1;

type Pairs = [string, string][];

export interface WorkbookState {
  format: typeof STATE_FORMAT;
  version: number;
  /** Increases with every save; the .xlsx carries the same number, so a torn pair is detected. */
  generation: number;
  savedAt: string;
  clockMs: number;
  spreadsheet: {
    id: string;
    name: string;
    locale: string;
    timeZone: string;
    editors: string[];
    activeSheetId: number;
    namedRanges: {
      name: string;
      sheet: string;
      rect: SheetMeta['conditionalRules'][number]['ranges'][number]['rect'];
    }[];
    counters: Record<string, unknown>;
    sheets: SheetMeta[];
  };
  properties: { script: Pairs; user: [string, Pairs][]; document: [string, Pairs][] };
  triggers: { list: TriggerRecord[]; counters: Record<string, unknown> };
  forms: { list: FormModel[]; activeFormId: string | null; counters: Record<string, unknown> };
  mail: { outbox: SentMessage[]; counters: Record<string, unknown> };
  locales: Pairs;
  /** The workbench's own settings (the user at the keyboard). */
  workbench: { user: string };
}

const SPREADSHEET_COUNTERS = ['nextSheetId', 'nextProtectionId'];
const TRIGGER_COUNTERS = ['nextUid'];
const FORM_COUNTERS = ['seq', 'itemSeq', 'responseSeq'];
const MAIL_COUNTERS = ['nextId', 'windows', 'aliases'];

/** A spreadsheet's own metadata (its sheets' contents go in the .xlsx). */
export function captureSpreadsheet(model: SpreadsheetModel): WorkbookState['spreadsheet'] {
  return {
    id: model.id,
    name: model.name,
    locale: model.locale,
    timeZone: model.timeZone,
    editors: [...model.editors],
    activeSheetId: model.activeSheetId,
    namedRanges: [...model.namedRanges.values()].map((n) => ({
      name: n.name,
      sheet: n.sheet.name,
      rect: n.rect,
    })),
    counters: readFields(model, SPREADSHEET_COUNTERS),
    sheets: model.sheets.map(captureSheet),
  };
}

export function captureState(g: GoogleBackend, generation: number, user: string): WorkbookState {
  const model = g.stores.spreadsheets.bound;
  const props = g.stores.script.properties;
  const forms = g.stores.comms.forms;
  const mail = g.stores.comms.mail;
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    generation,
    savedAt: new Date().toISOString(),
    clockMs: g.clock.now(),
    spreadsheet: captureSpreadsheet(model),
    properties: {
      script: [...props.script.entries()],
      user: [...props.user.entries()].map(([k, m]) => [k, [...m.entries()]]),
      document: [...props.document.entries()].map(([k, m]) => [k, [...m.entries()]]),
    },
    triggers: {
      list: g.stores.script.triggers.triggers.map((t) => ({ ...t })),
      counters: readFields(g.stores.script.triggers, TRIGGER_COUNTERS),
    },
    forms: {
      list: [...forms.forms.values()],
      activeFormId: forms.activeFormId,
      counters: readFields(forms, FORM_COUNTERS),
    },
    mail: { outbox: [...mail.outbox], counters: readFields(mail, MAIL_COUNTERS) },
    locales: [...g.stores.script.session.locales.entries()],
    workbench: { user },
  };
}

/** Puts the saved service state back (the spreadsheet's sheets are rebuilt by the workbook loader). */
export function restoreServices(g: GoogleBackend, state: WorkbookState): void {
  const props = g.stores.script.properties;
  props.script.clear();
  for (const [k, v] of state.properties.script) props.script.set(k, v);
  for (const [user, pairs] of state.properties.user) props.user.set(user, new Map(pairs));
  for (const [doc, pairs] of state.properties.document) props.document.set(doc, new Map(pairs));

  const triggers = g.stores.script.triggers;
  triggers.triggers.splice(0, triggers.triggers.length, ...state.triggers.list);
  writeFields(triggers, state.triggers.counters);

  const forms = g.stores.comms.forms;
  forms.forms.clear();
  for (const f of state.forms.list) forms.forms.set(f.id, f);
  forms.activeFormId = state.forms.activeFormId;
  writeFields(forms, state.forms.counters);

  const mail = g.stores.comms.mail;
  mail.outbox.splice(0, mail.outbox.length, ...state.mail.outbox);
  writeFields(mail, state.mail.counters);

  for (const [user, locale] of state.locales) g.stores.script.session.locales.set(user, locale);
}
