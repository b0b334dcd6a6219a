// Where a form response goes: the form's own list, and the destination workbook's response tab, as Google Forms does.
//
// The response tab (https://support.google.com/docs/answer/2917686 "Choose where to save form responses",
// and the Sheets form-submit event at https://developers.google.com/apps-script/guides/triggers/events#form-submit):
// linking a form creates a tab named "Form Responses 1" (then 2, 3… if taken) whose header row is
// "Timestamp", then "Email Address" when the form collects emails, then each question's title; each
// response appends one row with the submission time as a date in column A; a checkbox question's
// answers share one cell, joined with ", ".
import type { GoogleBackend } from '../../backend';
import type {
  AnswerValue,
  FormModel,
  FormStore,
  ItemModel,
  ResponseColumn,
  ResponseModel,
} from './formStore';
import { questionsOf } from './formStore';

/** The part of the Spreadsheet engineer's host model this file uses (spreadsheet/spreadsheetModel.ts, sheetModel.ts). */
interface ResponseSheet {
  setValuesRaw(row: number, col: number, values: unknown[][]): void;
  lastRow(): number;
}
interface ResponseWorkbook {
  insertSheet(name: string): ResponseSheet;
  sheetByName(name: string): ResponseSheet | null | undefined;
}

function workbookOf(g: GoogleBackend, id: string): ResponseWorkbook {
  const store = g.stores.spreadsheets as unknown as { get(id: string): ResponseWorkbook | undefined };
  const wb = store.get(id);
  if (!wb) throw new Error(`Emulator: no spreadsheet with id ${id}`);
  return wb;
}

/** Where a submission landed in the destination workbook, for the spreadsheet's onFormSubmit event. */
export interface ResponseLanding {
  spreadsheetId: string;
  sheetName: string;
  row: number;
  numColumns: number;
  /** e.values: the row as text, in sheet order. */
  values: string[];
  /** e.namedValues: header → [text]. */
  namedValues: Record<string, string[]>;
}

export interface SubmittedResponse {
  form: FormModel;
  response: ResponseModel;
  landing: ResponseLanding | null;
}

function headerOf(form: FormModel, c: ResponseColumn): string {
  if (c.kind === 'timestamp') return 'Timestamp';
  if (c.kind === 'email') return 'Email Address';
  return form.items.find((i) => i.id === c.itemId)?.title ?? '';
}

/** The response columns a form needs now: timestamp, email if collected, then its questions. */
function wantedColumns(form: FormModel): ResponseColumn[] {
  const cols: ResponseColumn[] = [{ kind: 'timestamp' }];
  if (form.collectEmail) cols.push({ kind: 'email' });
  for (const q of questionsOf(form)) cols.push({ kind: 'item', itemId: q.id });
  return cols;
}

const sameColumn = (a: ResponseColumn, b: ResponseColumn) =>
  a.kind === b.kind && (a.kind !== 'item' || (b.kind === 'item' && a.itemId === b.itemId));

/**
 * Links `form` to workbook `spreadsheetId`: creates the next free "Form Responses N" tab with its header
 * row and copies the responses the form already holds (Form.setDestination reference: "Sets the
 * destination where form responses are saved. All responses … are written to the destination").
 */
export function linkDestination(g: GoogleBackend, form: FormModel, spreadsheetId: string): void {
  const wb = workbookOf(g, spreadsheetId);
  let n = 1;
  while (wb.sheetByName(`Form Responses ${n}`)) n++;
  const sheetName = `Form Responses ${n}`;
  const sheet = wb.insertSheet(sheetName);
  const columns = wantedColumns(form);
  sheet.setValuesRaw(1, 1, [columns.map((c) => headerOf(form, c))]);
  form.destination = { type: 'SPREADSHEET', id: spreadsheetId, sheetName, columns };
  for (const r of form.responses) writeRow(g, form, r);
}

/** Questions added after linking get a new column at the right, as Google Forms adds them. */
function syncColumns(form: FormModel, sheet: ResponseSheet): ResponseColumn[] {
  const dest = form.destination!;
  for (const c of wantedColumns(form)) {
    if (!dest.columns.some((d) => sameColumn(c, d))) {
      dest.columns.push(c);
      sheet.setValuesRaw(1, dest.columns.length, [[headerOf(form, c)]]);
    }
  }
  return dest.columns;
}

/** The cell value of an answer: checkbox values joined with ", ", a scale as a number, a date as a Date. */
function cellOf(item: ItemModel | undefined, value: AnswerValue | undefined): unknown {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (item?.type === 'SCALE' && value !== '') return Number(value);
  if (item?.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Date(y, m - 1, d);
  }
  return value;
}

function writeRow(g: GoogleBackend, form: FormModel, r: ResponseModel): ResponseLanding | null {
  const dest = form.destination;
  if (!dest) return null;
  const wb = workbookOf(g, dest.id);
  const sheet = wb.sheetByName(dest.sheetName);
  // A deleted response tab is not recreated: Forms reports the link as broken instead.
  if (!sheet) return null;
  const columns = syncColumns(form, sheet);
  const byId = new Map(r.answers.map((a) => [a.itemId, a.value]));
  const cells = columns.map((c) => {
    if (c.kind === 'timestamp') return new Date(r.timestamp.getTime());
    if (c.kind === 'email') return r.respondentEmail;
    return cellOf(
      form.items.find((i) => i.id === c.itemId),
      byId.get(c.itemId),
    );
  });
  const row = sheet.lastRow() + 1;
  sheet.setValuesRaw(row, 1, [cells]);
  const values = cells.map((v, i) =>
    i === 0 ? timestampText(r.timestamp, g.timeZone) : textOf(v, g.timeZone),
  );
  const namedValues: Record<string, string[]> = {};
  columns.forEach((c, i) => {
    namedValues[headerOf(form, c)] = [values[i]];
  });
  return {
    spreadsheetId: dest.id,
    sheetName: dest.sheetName,
    row,
    numColumns: columns.length,
    values,
    namedValues,
  };
}

/** Stores a response on the form and lands it in the destination sheet, if any. */
export function recordResponse(
  g: GoogleBackend,
  store: FormStore,
  form: FormModel,
  input: { answers: { itemId: number; value: AnswerValue }[]; respondentEmail: string; at: Date },
): SubmittedResponse {
  const response: ResponseModel = {
    id: store.newResponseId(),
    timestamp: new Date(input.at.getTime()),
    respondentEmail: input.respondentEmail,
    answers: input.answers.map((a) => ({
      itemId: a.itemId,
      value: Array.isArray(a.value) ? [...a.value] : a.value,
    })),
  };
  form.responses.push(response);
  const landing = writeRow(g, form, response);
  const submitted = { form, response, landing };
  store.onSubmitted?.(submitted);
  return submitted;
}

/** Sheets shows form timestamps as M/d/yyyy H:mm:ss (en-US locale) in the spreadsheet's time zone. */
export function timestampText(date: Date, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return `${p.month}/${p.day}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

function textOf(v: unknown, timeZone: string): string {
  if (v instanceof Date) {
    const p = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }).format(v);
    return p;
  }
  return v === undefined || v === null ? '' : String(v);
}
