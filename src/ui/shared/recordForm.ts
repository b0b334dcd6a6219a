// A record's form built from its tab definition, validated in the browser with the same zod schema as the server.
import type { TabDef } from '../../../sheets-templates/model';
import type { PlainValues } from '../../core/editing/plainValues';
import { type FieldProblem, parseRecord, type SchemaContext } from '../../core/schema/recordSchema';
import { element } from './elements';
import { type Choice, createField, type FieldControl } from './fieldControls';

export interface RecordFormOptions {
  tab: TabDef;
  /** The fields shown, in order. */
  keys: readonly string[];
  /** Choices for fields whose allowed values are not inline (hubs, Settings lists, cities…). */
  choices?: Record<string, Choice[]>;
  /** List fields shown as type-ahead pickers whatever their length. */
  pickers?: readonly string[];
  /** The Settings lists the schema checks language and topic values against. */
  lists?: SchemaContext['lists'];
}

export class RecordForm {
  readonly root: HTMLFormElement;
  readonly fields = new Map<string, FieldControl>();
  /** The values as loaded, sent back with a save so a refused save can say what changed. */
  read: PlainValues = {};

  constructor(private readonly options: RecordFormOptions) {
    // noValidate: the schema checks, so the browser's own bubbles (English only, no field names) never show.
    this.root = element('form', { className: 'record-form', attrs: { novalidate: true } });
    for (const key of options.keys) {
      const column = options.tab.columns.find((c) => c.key === key);
      if (!column) throw new Error(`${options.tab.name} has no field ${key}.`);
      const field = createField(options.tab.name, column, {
        choices: options.choices?.[key],
        picker: (options.pickers ?? []).indexOf(key) >= 0,
      });
      field.onChange(() => field.setError(null));
      this.fields.set(key, field);
      this.root.append(field.root);
    }
  }

  field(key: string): FieldControl {
    const f = this.fields.get(key);
    if (!f) throw new Error(`No field ${key} in this form.`);
    return f;
  }

  /** Fills the form and remembers what was read. */
  load(values: PlainValues): void {
    this.read = {};
    for (const [key, f] of this.fields) {
      const v = values[key] ?? null;
      f.set(v);
      this.read[key] = v;
    }
    this.clearErrors();
  }

  values(): PlainValues {
    const out: PlainValues = {};
    for (const [key, f] of this.fields) out[key] = f.get();
    return out;
  }

  clearErrors(): void {
    for (const f of this.fields.values()) f.setError(null);
  }

  /**
   * Checks the form with the tab's schema (`base` supplies the record's other fields, e.g. its dates for
   * cross-field rules). Shows each problem under its field, focuses the first, and returns them.
   */
  validate(base: Record<string, unknown> = {}): FieldProblem[] {
    const parsed = parseRecord(
      this.options.tab,
      { ...base, ...this.values() },
      { lists: this.options.lists },
    );
    const problems = parsed.ok ? [] : parsed.problems.filter((p) => this.fields.has(p.key));
    this.showProblems(problems);
    return problems;
  }

  /** Shows problems (from the browser check or the server's answer) next to their fields. */
  showProblems(problems: readonly FieldProblem[]): void {
    this.clearErrors();
    let first: FieldControl | undefined;
    for (const p of problems) {
      const f = this.fields.get(p.key);
      if (!f) continue;
      f.setError(p.message);
      first = first ?? f;
    }
    first?.focus();
  }

  setDisabled(disabled: boolean): void {
    for (const f of this.fields.values()) f.setDisabled(disabled);
  }

  relabel(): void {
    for (const f of this.fields.values()) f.relabel();
  }
}
