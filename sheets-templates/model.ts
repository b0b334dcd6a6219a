// The vocabulary of tab definitions: column types, column and tab shapes, and the builders the tab files use.

/** The closed set of column types. Each maps to one cell representation and one TypeScript value type. */
export type ColumnType =
  | 'id' // this tab's own id, e.g. CTY-000123 (always the first column)
  | 'text' // one line of text
  | 'longText' // free text, may hold line breaks
  | 'email'
  | 'phone' // international format, keeps its leading +
  | 'url'
  | 'date' // a real date (no time of day)
  | 'dateTime' // a real date with time
  | 'integer'
  | 'number'
  | 'boolean' // a checkbox; an empty cell reads as false
  | 'enum' // one value from a closed list
  | 'enumList' // several values from a list, comma-separated in the cell
  | 'ref' // the id of a row in another tab
  | 'refList' // several ids, comma-separated
  | 'json'; // structured data kept as JSON text

/** Where a column's allowed values come from when they are not an inline list. */
export type ValuesSource =
  | { readonly setting: 'languages' | 'topics' } // a list kept in the Settings tab
  | { readonly tab: string }; // ids of another tab (ref / refList)

export interface ColumnDef {
  readonly key: string; // camelCase field name used in code
  readonly header: string; // the header text the coordinator sees
  readonly type: ColumnType;
  readonly required: boolean;
  /** Inline allowed values (enum / enumList). */
  readonly values?: readonly string[];
  /** Allowed values kept elsewhere: a Settings list, or the tab(s) a ref points to. */
  readonly valuesFrom?: ValuesSource;
  /** For ref / refList: the tab(s) whose ids are accepted (several when e.g. "city or partner"). */
  readonly refTabs?: readonly string[];
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  /** Shown as a note on the header cell. */
  readonly note: string;
  readonly width: number; // px
  /** Written only by the add-on (ids, timestamps, versions, logs): setup protects these columns. */
  readonly system: boolean;
  /** Stored with the plain-text number format '@' so "01234", "1/2", "TRUE" and "+44…" stay text. */
  readonly textOnly: boolean;
}

/** How a tab is laid out: a table of records, a key/value list, or a computed report. */
export type TabKind = 'table' | 'keyValue' | 'computed';

export interface TabDef {
  readonly name: string;
  readonly kind: TabKind;
  /** Id prefix for table tabs ('CTY' → CTY-000123); '' for the others. */
  readonly prefix: string;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
}

export interface ColumnOptions {
  readonly required?: boolean;
  readonly values?: readonly string[];
  readonly valuesFrom?: ValuesSource;
  readonly refTabs?: readonly string[];
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  readonly note?: string;
  readonly width?: number;
  readonly system?: boolean;
  readonly textOnly?: boolean;
}

/** A column whose key, type, requiredness and inline values are kept as literal types, for RecordOf. */
export type Column<K extends string, T extends ColumnType, O extends ColumnOptions> = ColumnDef & {
  readonly key: K;
  readonly type: T;
  readonly required: O extends { readonly required: true } ? true : false;
  readonly values: O extends { readonly values: infer V } ? V : undefined;
};

const DEFAULT_WIDTH: Record<ColumnType, number> = {
  id: 110,
  text: 160,
  longText: 280,
  email: 200,
  phone: 140,
  url: 200,
  date: 100,
  dateTime: 140,
  integer: 90,
  number: 90,
  boolean: 80,
  enum: 130,
  enumList: 200,
  ref: 110,
  refList: 180,
  json: 240,
};

// Dates, numbers and checkboxes must stay real values; everything else is stored as typed text.
const TEXT_TYPES: readonly ColumnType[] = [
  'id',
  'text',
  'longText',
  'email',
  'phone',
  'url',
  'enum',
  'enumList',
  'ref',
  'refList',
  'json',
];

const DEFAULT_MAX_LENGTH: Partial<Record<ColumnType, number>> = {
  id: 20,
  text: 200,
  longText: 5000,
  email: 254, // RFC 5321 path limit
  phone: 32,
  url: 2000,
  enum: 60,
  enumList: 1000,
  ref: 20,
  refList: 5000,
  json: 20000,
};

/** Builds a column with defaults filled in (width, plain-text flag, max length by type). */
export function col<
  const K extends string,
  const T extends ColumnType,
  const O extends ColumnOptions = ColumnOptions,
>(key: K, header: string, type: T, options?: O): Column<K, T, O> {
  const o: ColumnOptions = options ?? {};
  const def: ColumnDef = {
    key,
    header,
    type,
    required: o.required === true || type === 'id',
    values: o.values,
    valuesFrom: o.valuesFrom ?? (o.refTabs && o.refTabs.length === 1 ? { tab: o.refTabs[0]! } : undefined),
    refTabs: o.refTabs,
    maxLength: o.maxLength ?? DEFAULT_MAX_LENGTH[type],
    min: o.min,
    max: o.max,
    note: o.note ?? '',
    width: o.width ?? DEFAULT_WIDTH[type],
    system: o.system === true || type === 'id',
    textOnly: o.textOnly ?? TEXT_TYPES.indexOf(type) >= 0,
  };
  return def as Column<K, T, O>;
}

/** The id column every table tab starts with. */
export function idColumn<const K extends string>(key: K, header: string, prefix: string) {
  return col(key, header, 'id', {
    required: true,
    system: true,
    note: `Set by the add-on (${prefix}-000123). Never edit or reuse an id.`,
  });
}

/**
 * Row bookkeeping carried by every table tab: the store bumps Version on each save and refuses a save
 * whose version no longer matches what the editor read (optimistic concurrency). Last request holds the
 * request id of the save that last wrote the row: a retry of that same save (the user clicks Save again
 * after an execution stopped) is recognised instead of creating a second record or being refused as stale.
 * Workbooks set up before the column existed get it appended by Set up or repair.
 */
export function bookkeepingColumns() {
  return [
    col('createdAt', 'Created at', 'dateTime', {
      system: true,
      note: 'Set by the add-on when the row is created.',
    }),
    col('updatedAt', 'Updated at', 'dateTime', { system: true, note: 'Set by the add-on on every save.' }),
    col('updatedBy', 'Updated by', 'email', { system: true, note: 'Who made the last save.' }),
    col('version', 'Version', 'integer', {
      required: true,
      system: true,
      min: 1,
      width: 70,
      note: 'Row version, raised by 1 on every save. A save made from an older version is refused.',
    }),
    col('lastRequest', 'Last request', 'text', {
      system: true,
      maxLength: 64,
      width: 120,
      note: 'Set by the add-on: the id of the last sidebar save applied to this row, so a retried save is not applied twice.',
    }),
  ] as const;
}

/** Declares a table tab; the const type parameter keeps column literals for RecordOf. */
export function tableTab<const C extends readonly ColumnDef[]>(def: {
  name: string;
  prefix: string;
  description: string;
  columns: C;
}): TabDef & { readonly kind: 'table'; readonly columns: C } {
  return { kind: 'table', ...def };
}

// ---- Record types inferred from definitions -------------------------------------------------------------

type BaseValue<C extends ColumnDef> = C['type'] extends 'date' | 'dateTime'
  ? Date
  : C['type'] extends 'integer' | 'number'
    ? number
    : C['type'] extends 'boolean'
      ? boolean
      : C['type'] extends 'enum'
        ? C['values'] extends readonly (infer V)[]
          ? V
          : string
        : C['type'] extends 'enumList'
          ? C['values'] extends readonly (infer V)[]
            ? V[]
            : string[]
          : C['type'] extends 'refList'
            ? string[]
            : C['type'] extends 'json'
              ? unknown
              : string;

/** A field's value in a record: lists are [] when empty, booleans false, other optional fields null. */
export type FieldValue<C extends ColumnDef> = C['type'] extends 'enumList' | 'refList' | 'boolean'
  ? BaseValue<C>
  : C['required'] extends true
    ? BaseValue<C>
    : BaseValue<C> | null;

/** The typed record of a tab: one property per column key. */
export type RecordOf<T extends { readonly columns: readonly ColumnDef[] }> = {
  -readonly [C in T['columns'][number] as C['key']]: FieldValue<C>;
};
