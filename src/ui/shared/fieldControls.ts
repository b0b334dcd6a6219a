// Form fields generated from a tab's column definitions: label, input per type, choices, required mark, help, error.
import type { ColumnDef } from '../../../sheets-templates/model';
import type { PlainValue } from '../../core/editing/plainValues';
import { createChipPicker } from './chipPicker';
import { element, uniqueId } from './elements';
import { fieldLabel, fieldNote, text, valueText } from './uiText';

export interface Choice {
  value: string;
  label: string;
}

/**
 * What a choice reads as: a stored vocabulary value (label = value) in the reader's language; a choice with a
 * label of its own (a hub's or a city's name) as given.
 */
export function choiceLabel(c: Choice): string {
  return c.label === c.value ? valueText(c.value) : c.label;
}

export interface FieldOptions {
  /** Allowed values for enum/ref/enumList/refList fields whose values are not inline in the column. */
  choices?: Choice[];
  /** Use the type-ahead chip picker for a list field whatever its length (choices that change later). */
  picker?: boolean;
}

export interface FieldControl {
  key: string;
  column: ColumnDef;
  root: HTMLElement;
  get(): PlainValue;
  set(value: PlainValue): void;
  /** Shows (or clears) the message under the field; the input points to it with aria-describedby. */
  setError(message: string | null): void;
  focus(): void;
  setDisabled(disabled: boolean): void;
  /** Re-labels after a language switch. */
  relabel(): void;
  onChange(listener: () => void): void;
  /** Replaces the choices of a picker field (no-op for other fields). */
  setChoices(choices: Choice[]): void;
}

type Input = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const INPUT_TYPES: Partial<Record<ColumnDef['type'], string>> = {
  email: 'email',
  phone: 'tel',
  url: 'url',
  date: 'date',
  dateTime: 'datetime-local',
};

/** Lists with up to this many choices are checkboxes; longer ones use the type-ahead chip picker. */
const CHECKBOX_LIMIT = 30;

function choicesOf(column: ColumnDef, options: FieldOptions): Choice[] {
  if (options.choices) return options.choices;
  return (column.values ?? []).map((v) => ({ value: v, label: v }));
}

function asText(value: PlainValue): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

function asList(value: PlainValue): string[] {
  if (Array.isArray(value)) return value.slice();
  const t = asText(value);
  return t === ''
    ? []
    : t
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

/** Creates the control for one column of `tab`. */
export function createField(tab: string, column: ColumnDef, options: FieldOptions = {}): FieldControl {
  const id = uniqueId(`f-${column.key}`);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const labelText = element('span');
  const requiredMark = column.required
    ? element('span', { className: 'required-mark', text: ' *', attrs: { 'aria-hidden': 'true' } })
    : null;
  const help = column.note ? element('div', { className: 'help', id: helpId }) : null;
  /** Elements whose text is a choice's label, re-labelled on a language switch. */
  const choiceTexts: { node: HTMLElement | Text; choice: Choice }[] = [];
  const choiceText = (c: Choice) => {
    const node = document.createTextNode(choiceLabel(c));
    choiceTexts.push({ node, choice: c });
    return node;
  };
  const error = element('div', { className: 'field-error', id: errorId, attrs: { hidden: true } });
  const describedBy = [help ? helpId : '', errorId].filter(Boolean).join(' ');
  const listeners: (() => void)[] = [];
  const changed = () => {
    for (const l of listeners) l();
  };
  const relabelText = () => {
    labelText.textContent = fieldLabel(tab, column.key, column.header);
    if (requiredMark) requiredMark.title = text('required');
    if (help) help.textContent = fieldNote(tab, column.key, column.note);
    for (const t of choiceTexts) t.node.textContent = choiceLabel(t.choice);
    if (chooseOption) chooseOption.textContent = text('choose');
  };

  let get: () => PlainValue;
  let set: (v: PlainValue) => void;
  let focusTarget: () => HTMLElement | null;
  let disable: (d: boolean) => void;
  let body: HTMLElement;
  let invalidTarget: HTMLElement;
  let setChoices: (choices: Choice[]) => void = () => {};
  let chooseOption: HTMLOptionElement | undefined;

  const choices = choicesOf(column, options);
  const isList = column.type === 'enumList' || column.type === 'refList';
  if (isList && (options.picker || choices.length > CHECKBOX_LIMIT)) {
    const picker = createChipPicker({
      id,
      choices,
      describedBy,
      required: column.required,
      onChange: changed,
    });
    body = element('div', { className: 'field' }, [
      element('label', { attrs: { for: id } }, [labelText, requiredMark]),
      picker.root,
    ]);
    get = () => picker.get();
    set = (v) => picker.set(asList(v));
    focusTarget = () => picker.input;
    disable = (d) => picker.setDisabled(d);
    invalidTarget = picker.input;
    setChoices = (c) => picker.setChoices(c);
  } else if (isList) {
    const makeBox = (c: Choice) => {
      const box = element('input', { attrs: { type: 'checkbox', value: c.value }, on: { change: changed } });
      return { value: c.value, box, line: element('label', { className: 'check' }, [box, choiceText(c)]) };
    };
    const boxes = choices.map(makeBox);
    let loaded: string[] = [];
    const legend = element('legend', {}, [labelText, requiredMark]);
    body = element('fieldset', { className: 'field checks', attrs: { 'aria-describedby': describedBy } }, [
      legend,
      ...boxes.map((b) => b.line),
    ]);
    // Values keep the order they were read in (so an untouched list is not reported as changed), new ones follow.
    get = () => {
      const checked = boxes.filter((b) => b.box.checked).map((b) => b.value);
      return loaded
        .filter((v) => checked.indexOf(v) >= 0)
        .concat(checked.filter((v) => loaded.indexOf(v) < 0));
    };
    set = (v) => {
      loaded = asList(v);
      for (const value of loaded) {
        // A value no longer offered (e.g. removed from Settings) stays visible and ticked rather than lost.
        if (!boxes.some((b) => b.value === value)) {
          const extra = makeBox({ value, label: value });
          boxes.push(extra);
          const anchor = help && help.parentNode === body ? help : error.parentNode === body ? error : null;
          body.insertBefore(extra.line, anchor);
        }
      }
      for (const b of boxes) b.box.checked = loaded.indexOf(b.value) >= 0;
    };
    focusTarget = () => boxes[0]?.box ?? null;
    disable = (d) => {
      for (const b of boxes) b.box.disabled = d;
    };
    invalidTarget = body;
  } else if (column.type === 'boolean') {
    const box = element('input', {
      id,
      attrs: { type: 'checkbox', 'aria-describedby': describedBy },
      on: { change: changed },
    });
    body = element('div', { className: 'field' }, [
      element('label', { className: 'check', attrs: { for: id } }, [box, labelText]),
    ]);
    get = () => box.checked;
    set = (v) => {
      box.checked = v === true || v === 'TRUE' || v === 'true';
    };
    focusTarget = () => box;
    disable = (d) => {
      box.disabled = d;
    };
    invalidTarget = box;
  } else {
    let input: Input;
    if (column.type === 'enum' || (column.type === 'ref' && choices.length > 0)) {
      chooseOption = element('option', { text: text('choose'), attrs: { value: '' } });
      const select = element('select', { id }, [
        chooseOption,
        ...choices.map((c) => element('option', { attrs: { value: c.value } }, [choiceText(c)])),
      ]);
      input = select;
    } else if (column.type === 'longText') {
      input = element('textarea', { id, attrs: { rows: 3 } });
    } else {
      const numeric = column.type === 'integer' || column.type === 'number';
      input = element('input', {
        id,
        attrs: {
          type: INPUT_TYPES[column.type] ?? 'text',
          inputmode: numeric ? 'decimal' : undefined,
          maxlength: column.maxLength,
          autocomplete: 'off',
          spellcheck: column.type === 'text' || undefined,
        },
      });
    }
    input.setAttribute('aria-describedby', describedBy);
    if (column.required) input.setAttribute('aria-required', 'true');
    input.addEventListener('change', changed);
    input.addEventListener('input', changed);
    body = element('div', { className: 'field' }, [
      element('label', { attrs: { for: id } }, [labelText, requiredMark]),
      input,
    ]);
    // A textarea's value always has LF line breaks (HTML: the API value normalises CR LF and CR), so text loaded
    // with CR LF would come back changed though nobody touched it: an untouched field returns the text as loaded.
    let loaded = '';
    get = () => {
      const v = input.value;
      if (v.trim() === '') return null;
      return input instanceof HTMLTextAreaElement && v === loaded.replace(/\r\n?/g, '\n') ? loaded : v;
    };
    set = (v) => {
      const t = asText(v);
      loaded = t;
      if (
        input instanceof HTMLSelectElement &&
        t !== '' &&
        !Array.from(input.options).some((o) => o.value === t)
      ) {
        // A value typed into the sheet that is not in the list any more: keep it visible rather than lose it.
        input.append(element('option', { text: t, attrs: { value: t } }));
      }
      input.value = t;
    };
    focusTarget = () => input;
    disable = (d) => {
      input.disabled = d;
    };
    invalidTarget = input;
  }
  body.setAttribute('data-field', column.key);
  if (help) body.append(help);
  body.append(error);
  relabelText();

  return {
    key: column.key,
    column,
    root: body,
    get: () => get(),
    set: (v) => set(v),
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) invalidTarget.setAttribute('aria-invalid', 'true');
      else invalidTarget.removeAttribute('aria-invalid');
    },
    focus: () => focusTarget()?.focus(),
    setDisabled: (d) => disable(d),
    relabel: relabelText,
    onChange: (l) => listeners.push(l),
    setChoices: (c) => setChoices(c),
  };
}
