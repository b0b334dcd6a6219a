// A type-ahead picker for long lists (cities, contacts): chosen items as removable chips, all keyboard-operable.
import { foldForSearch } from '../../core/search/searchIndex';
import { element, uniqueId } from './elements';
import { type Choice, choiceLabel } from './fieldControls';
import { text } from './uiText';

export interface ChipPickerOptions {
  id: string;
  choices: Choice[];
  describedBy: string;
  required: boolean;
  onChange: () => void;
  /** Most suggestions shown at once. */
  limit?: number;
}

export interface ChipPicker {
  root: HTMLElement;
  input: HTMLInputElement;
  get(): string[];
  set(values: string[]): void;
  setDisabled(disabled: boolean): void;
  /** Replaces the choices (e.g. contacts of the cities chosen so far), keeping chosen values. */
  setChoices(choices: Choice[]): void;
}

export function createChipPicker(options: ChipPickerOptions): ChipPicker {
  let choices = options.choices;
  let chosen: string[] = [];
  let active = -1;
  let shown: Choice[] = [];
  const listId = uniqueId('picker-list');
  const chips = element('ul', { className: 'chips', attrs: { 'aria-live': 'polite' } });
  const input = element('input', {
    id: options.id,
    attrs: {
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      'aria-describedby': options.describedBy,
      'aria-required': options.required ? 'true' : undefined,
      autocomplete: 'off',
      placeholder: text('typeToAdd'),
    },
  });
  const list = element('ul', {
    id: listId,
    className: 'suggestions',
    attrs: { role: 'listbox', hidden: true },
  });
  const labelOf = (value: string) => {
    const c = choices.find((x) => x.value === value);
    return c ? choiceLabel(c) : value;
  };

  function renderChips(): void {
    chips.replaceChildren(
      ...chosen.map((value) =>
        element('li', { className: 'chip' }, [
          element('span', { text: labelOf(value) }),
          element('button', {
            className: 'chip-remove',
            text: '×',
            attrs: { type: 'button', 'aria-label': text('remove', { name: labelOf(value) }) },
            on: {
              click: () => {
                chosen = chosen.filter((v) => v !== value);
                renderChips();
                options.onChange();
                input.focus();
              },
            },
          }),
        ]),
      ),
    );
  }

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index: number): void {
    active = index;
    Array.from(list.children).forEach((li, i) => {
      li.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    const li = list.children[index] as HTMLElement | undefined;
    if (li) input.setAttribute('aria-activedescendant', li.id);
  }

  function add(choice: Choice): void {
    if (chosen.indexOf(choice.value) < 0) chosen.push(choice.value);
    input.value = '';
    close();
    renderChips();
    options.onChange();
  }

  function suggest(): void {
    const q = foldForSearch(input.value);
    if (q === '') {
      close();
      return;
    }
    shown = choices
      .filter((c) => chosen.indexOf(c.value) < 0)
      .filter((c) => {
        const label = foldForSearch(choiceLabel(c));
        return label.indexOf(q) === 0 || label.indexOf(` ${q}`) >= 0 || c.value.toLowerCase() === q;
      })
      .slice(0, options.limit ?? 8);
    list.replaceChildren(
      ...shown.map((c, i) =>
        element('li', {
          id: `${listId}-${i}`,
          text: choiceLabel(c),
          attrs: { role: 'option', 'aria-selected': 'false' },
          on: {
            mousedown: (ev) => {
              ev.preventDefault();
              add(c);
            },
          },
        }),
      ),
    );
    list.hidden = shown.length === 0;
    input.setAttribute('aria-expanded', shown.length > 0 ? 'true' : 'false');
    if (shown.length > 0) highlight(0);
  }

  input.addEventListener('input', suggest);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && shown.length > 0) {
      ev.preventDefault();
      highlight(Math.min(active + 1, shown.length - 1));
    } else if (ev.key === 'ArrowUp' && shown.length > 0) {
      ev.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (ev.key === 'Enter' && !list.hidden && shown[active]) {
      ev.preventDefault();
      add(shown[active]!);
    } else if (ev.key === 'Escape' && !list.hidden) {
      // Closes the suggestions only; the sidebar's own Escape handling is not triggered.
      ev.preventDefault();
      ev.stopPropagation();
      close();
    } else if (ev.key === 'Backspace' && input.value === '' && chosen.length > 0) {
      chosen.pop();
      renderChips();
      options.onChange();
    }
  });

  return {
    root: element('div', { className: 'chip-picker' }, [chips, input, list]),
    input,
    get: () => chosen.slice(),
    set(values) {
      chosen = values.slice();
      renderChips();
    },
    setDisabled(d) {
      input.disabled = d;
      for (const b of Array.from(chips.querySelectorAll('button'))) (b as HTMLButtonElement).disabled = d;
    },
    setChoices(next) {
      choices = next;
      renderChips();
    },
  };
}
