// Saving a sidebar form: only the form's fields, validated with the tab's zod schema, with the optimistic version check.

import type { TabDef } from '../../../sheets-templates';
import { comparableText, type PlainValues, plainValues } from '../../core/editing/plainValues';
import { changedSince, type FieldChange } from '../../core/editing/staleChanges';
import { fieldLabel, message, UserError } from '../../core/messages';
import { type FieldProblem, parseRecord, type SchemaContext } from '../../core/schema/recordSchema';
import { requestIdOf } from '../../core/schema/requestId';
import { StaleRecordError } from '../store/errors';
import { RecordInvalidError } from '../store/recordInvalidError';
import type { WorkbookSession } from '../store/session';
import type { StoredRecord } from '../store/table';

/** What a sidebar sends to save a form. Plain values only: google.script.run carries no Dates. */
export interface FormSaveRequest {
  /** Absent when creating. */
  id?: string;
  /** The version the sidebar read (required to update). */
  version?: number;
  /** The values the sidebar read, so a refused save can say what changed since. */
  read?: PlainValues;
  /** The form's values, keyed by field. */
  fields: PlainValues;
  /**
   * The sidebar's id of this submission, the same on a retry of it (core/schema/requestId.ts): a retried create
   * returns the record the first attempt made, a retried update succeeds instead of being refused as stale.
   */
  requestId?: string;
}

/** A record as sidebars get it: plain values, its version and its sheet row. */
export interface PlainRecord {
  id: string;
  version: number;
  row: number;
  values: PlainValues;
}

export type SaveOutcome =
  | { ok: true; record: PlainRecord }
  | { ok: false; kind: 'invalid'; message: string; problems: FieldProblem[] }
  | { ok: false; kind: 'stale'; message: string; changes: FieldChange[]; current: PlainRecord };

export function plainRecord(def: TabDef, stored: StoredRecord): PlainRecord {
  return { id: stored.id, version: stored.version, row: stored.row, values: plainValues(def, stored.values) };
}

/** The schema context of this execution: the Settings lists and the ids of the tabs a form refers to. */
export function schemaContext(session: WorkbookSession, refTabs: readonly TabDef[]): SchemaContext {
  const { settings } = session.settings();
  return {
    lists: { languages: settings.languages, topics: settings.topics },
    idExists: (tabName, id) => {
      const def = refTabs.find((t) => t.name === tabName);
      return def ? session.table(def).has(id) : true;
    },
  };
}

function invalid(problems: FieldProblem[]): SaveOutcome {
  return { ok: false, kind: 'invalid', message: problems.map((p) => p.message).join('\n'), problems };
}

export interface FormSaveOptions {
  /** The fields this form may change; anything else in the request is ignored. */
  editable: readonly string[];
  /** Values set by the server on create (e.g. source, staff), not by the form. */
  fixed?: Record<string, unknown>;
  context: SchemaContext;
  summary?: string;
  action?: string;
}

/**
 * Validates the form's fields against the tab's schema (the same one the sidebar ran) and writes them
 * through the store, which checks the version under the lock and writes the audit row. Must run inside
 * `session.write`, so each table is read once. Validation problems and stale versions are answers, not
 * errors: the sidebar keeps the user's input and shows them.
 */
export function saveForm(
  session: WorkbookSession,
  def: TabDef,
  request: FormSaveRequest,
  options: FormSaveOptions,
): SaveOutcome {
  const requestId = requestIdOf(request.requestId);
  const table = session.table(def);
  const fields: Record<string, unknown> = {};
  const given = request.fields ?? {};
  for (const key of options.editable) if (key in given) fields[key] = given[key];
  const existing = request.id ? table.get(request.id) : null;
  const merged = { ...(existing ? existing.values : {}), ...(options.fixed ?? {}), ...fields };
  const checked = Object.keys(fields).concat(Object.keys(options.fixed ?? {}));
  const parsed = parseRecord(def, merged, options.context);
  if (!parsed.ok) {
    const relevant = parsed.problems.filter((p) => checked.indexOf(p.key) >= 0);
    if (relevant.length > 0) return invalid(relevant);
  }
  try {
    if (existing && request.id) {
      if (typeof request.version !== 'number') throw new UserError('sidebar.versionMissing');
      const saved = table.update(request.id, fields, request.version, {
        action: options.action,
        summary: options.summary,
        requestId,
      });
      return { ok: true, record: plainRecord(def, saved) };
    }
    const [created] = table.insert([{ ...fields, ...(options.fixed ?? {}) }], {
      action: options.action,
      summary: options.summary,
      requestId,
    });
    return { ok: true, record: plainRecord(def, created!) };
  } catch (e) {
    if (e instanceof RecordInvalidError) return invalid([...e.problems]);
    if (e instanceof StaleRecordError && existing) {
      const current = plainRecord(def, table.get(existing.id));
      const changes = changedSince(def, request.read ?? {}, current.values);
      const list = changes.map((c) =>
        message('store.changedField', {
          field: fieldLabel(def.name, c.key, c.header),
          now: comparableText(c.now),
          was: comparableText(c.was),
        }),
      );
      const text =
        list.length > 0
          ? `${e.message}\n${message('store.changedSince', { list: list.join('; ') })}`
          : e.message;
      return { ok: false, kind: 'stale', message: text, changes, current };
    }
    throw e;
  }
}
