// Zod (zod/mini) schemas derived from the tab definitions: one builder turns a tab's columns into a record schema.

import * as z from 'zod/mini';
import { tabByName } from '../../../sheets-templates/index';
import type { ColumnDef, RecordOf, TabDef } from '../../../sheets-templates/model';
import { message } from '../messages/catalogue';
import { fieldLabel } from '../messages/display';
import { type Language, messageLanguage } from '../messages/language';
import { type Coerced, fromCell, quote } from './cells';
import { JSON_SHAPES } from './jsonShapes';
import { RECORD_RULES } from './recordRules';
import { hasLineBreak, isValidEmail, isValidPhone, isValidUrl, normaliseEmail } from './text';
import './zodLocale';

/** What a schema may check beyond a record's own cells. Without it, only formats are checked. */
export interface SchemaContext {
  /** Current Settings lists: values of columns whose allowed values live in Settings. */
  lists?: { languages?: readonly string[]; topics?: readonly string[] };
  /** Whether an id exists in a tab, to check references. */
  idExists?: (tabName: string, id: string) => boolean;
  /** The language of the problem texts: stored ones (Issues found) are in the workbook's, not the reader's. */
  lang?: Language;
}

export interface FieldProblem {
  key: string;
  header: string;
  message: string; // already names the field, e.g. "Email: “bob@” is not a valid email address."
}

export type ParseResult<R> = { ok: true; record: R } | { ok: false; problems: FieldProblem[] };

const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const fail = (problem: string): Coerced => ({ ok: false, problem });

function listLabel(values: readonly string[]): string {
  return values.length <= 10 ? values.join(', ') : values.slice(0, 10).join(', ') + ', …';
}

function checkAllowed(column: ColumnDef, item: string, ctx: SchemaContext): string | null {
  if (column.values) {
    return column.values.indexOf(item) >= 0
      ? null
      : message('field.notAllowed', { value: quote(item), list: listLabel(column.values) }, ctx.lang);
  }
  const source = column.valuesFrom;
  if (source && 'setting' in source) {
    const list = ctx.lists?.[source.setting];
    if (list) {
      return list.indexOf(item) >= 0
        ? null
        : message(
            'field.notInSettings',
            {
              value: quote(item),
              setting: source.setting,
              list: listLabel(list),
            },
            ctx.lang,
          );
    }
    if (source.setting === 'languages' && !LANGUAGE_CODE.test(item)) {
      return message('field.notLanguage', { value: quote(item) }, ctx.lang);
    }
  }
  return null;
}

function checkRef(column: ColumnDef, id: string, ctx: SchemaContext): string | null {
  const tabs = column.refTabs ?? [];
  const prefixes = tabs.map((t) => tabByName(t)?.prefix ?? '');
  const m = /^([A-Z]{3})-\d{6,}$/.exec(id);
  const index = m ? prefixes.indexOf(m[1]!) : -1;
  if (index < 0) {
    const or = message('field.or', {}, ctx.lang);
    const examples = prefixes.map((p) => `${p}-000123`).join(or);
    return message('field.notRef', { value: quote(id), tabs: tabs.join(or), examples }, ctx.lang);
  }
  if (ctx.idExists && !ctx.idExists(tabs[index]!, id))
    return message('field.refMissing', { value: id, tab: tabs[index]! }, ctx.lang);
  return null;
}

function checkText(column: ColumnDef, text: string, lang: Language | undefined): string | null {
  if (column.maxLength !== undefined && text.length > column.maxLength) {
    return message('field.tooLong', { length: text.length, max: column.maxLength }, lang);
  }
  if (column.type !== 'longText' && column.type !== 'json' && hasLineBreak(text)) {
    return message('field.lineBreak', {}, lang);
  }
  return null;
}

/**
 * Converts and checks one field; the problem text does not include the header (the schema adds it).
 * Exported so that "Validate workbook" and sidebars can check a single cell the same way.
 */
export function checkField(tab: TabDef, column: ColumnDef, raw: unknown, ctx: SchemaContext = {}): Coerced {
  const coerced = fromCell(column, raw, ctx.lang);
  if (!coerced.ok) return coerced;
  let value = coerced.value;
  const empty = value === null || (Array.isArray(value) && value.length === 0);
  if (empty) return column.required ? fail(message('field.required', {}, ctx.lang)) : coerced;

  if (typeof value === 'string') {
    const problem = checkText(column, value, ctx.lang);
    if (problem) return fail(problem);
  }
  switch (column.type) {
    case 'id': {
      const s = value as string;
      if (!new RegExp(`^${tab.prefix}-\\d{6,}$`).test(s))
        return fail(message('field.badId', { value: quote(s), example: `${tab.prefix}-000123` }, ctx.lang));
      break;
    }
    case 'email':
      value = normaliseEmail(value as string);
      if (!isValidEmail(value as string))
        return fail(message('field.badEmail', { value: quote(raw) }, ctx.lang));
      break;
    case 'phone':
      if (!isValidPhone(value as string)) {
        return fail(message('field.badPhone', { value: quote(value) }, ctx.lang));
      }
      break;
    case 'url':
      if (!isValidUrl(value as string))
        return fail(message('field.badUrl', { value: quote(value) }, ctx.lang));
      break;
    case 'integer':
    case 'number': {
      const n = value as number;
      if (column.min !== undefined && n < column.min)
        return fail(message('field.belowMin', { value: n, min: column.min }, ctx.lang));
      if (column.max !== undefined && n > column.max)
        return fail(message('field.aboveMax', { value: n, max: column.max }, ctx.lang));
      break;
    }
    case 'enum': {
      const problem = checkAllowed(column, value as string, ctx);
      if (problem) return fail(problem);
      break;
    }
    case 'enumList':
      for (const item of value as string[]) {
        const problem = checkAllowed(column, item, ctx);
        if (problem) return fail(problem);
      }
      break;
    case 'ref': {
      const problem = checkRef(column, value as string, ctx);
      if (problem) return fail(problem);
      break;
    }
    case 'refList':
      for (const id of value as string[]) {
        const problem = checkRef(column, id, ctx);
        if (problem) return fail(problem);
      }
      break;
    case 'json': {
      const shape = JSON_SHAPES[`${tab.name}.${column.key}`];
      if (shape) {
        const parsed = shape.safeParse(value);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          const first = issue.path[0];
          const lead = typeof first === 'number' ? message('field.jsonItem', { n: first + 1 }, ctx.lang) : '';
          return fail(`${lead}${issue.message}.`);
        }
        value = parsed.data;
      }
      break;
    }
  }
  return { ok: true, value };
}

function fieldSchema(tab: TabDef, column: ColumnDef, ctx: SchemaContext) {
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((raw: unknown, payload) => {
      const result = checkField(tab, column, raw, ctx);
      if (result.ok) return result.value;
      // zod/mini's transform has no addIssue helper: the issue goes straight onto the payload.
      const label = fieldLabel(tab.name, column.key, column.header, messageLanguage());
      payload.issues.push({
        code: 'custom',
        message: message('field.withLabel', { label, problem: result.problem }),
        input: raw,
      });
      return z.NEVER;
    }),
  );
}

export type RecordSchema<T extends TabDef> = z.ZodMiniType<RecordOf<T>, Record<string, unknown>>;

/**
 * The zod schema of a tab's records. Input: an object keyed by column key whose values are cells,
 * sidebar strings or typed values; output: the typed record (see sheets-templates/index.ts for the
 * conventions). Unknown keys are dropped. Every issue message starts with the column's header.
 */
export function recordSchema<T extends TabDef>(tab: T, ctx: SchemaContext = {}): RecordSchema<T> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const column of tab.columns) shape[column.key] = fieldSchema(tab, column, ctx);
  const rules = RECORD_RULES[tab.name];
  const base = z.object(shape);
  const schema = rules
    ? base.check(
        z.superRefine((record, zctx) => {
          for (const rule of rules) {
            const problem = rule(record as Record<string, unknown>);
            if (problem) zctx.addIssue({ code: 'custom', message: problem.message, path: [problem.key] });
          }
        }),
      )
    : base;
  return schema as unknown as RecordSchema<T>;
}

const cache: Record<string, z.ZodMiniType> = {};

/** Parses one record and reports every problem with the field's header. Context-free schemas are cached. */
export function parseRecord<T extends TabDef>(
  tab: T,
  input: Record<string, unknown>,
  ctx?: SchemaContext,
): ParseResult<RecordOf<T>> {
  let schema: z.ZodMiniType;
  if (ctx) schema = recordSchema(tab, ctx);
  else {
    schema = cache[tab.name] ?? recordSchema(tab);
    cache[tab.name] = schema;
  }
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, record: result.data as RecordOf<T> };
  return { ok: false, problems: problemsOf(tab, result.error) };
}

/** Turns a zod error from a record schema into field problems (key, header, message). */
export function problemsOf(tab: TabDef, error: z.core.$ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const column = tab.columns.find((c) => c.key === key);
    const header = column ? column.header : tab.name;
    const label = column ? fieldLabel(tab.name, column.key, header) : header;
    const text =
      issue.code === 'custom' ? issue.message : message('field.withLabel', { label, problem: issue.message });
    return { key, header, message: text };
  });
}
