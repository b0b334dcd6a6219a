// The Find sidebar: type-ahead over cities, contacts and partners; choosing one opens its sidebar and selects its row.
import '../../shared/sheets.css';
import '../../shared/sidebar.css';
import { type SearchEntry, type SearchHit, searchEntries } from '../../../core/search/searchIndex';
import { element } from '../../shared/elements';
import { callServer } from '../../shared/rpc';
import { startSidebar } from '../../shared/sidebarShell';
import { onLanguageChange, text } from '../../shared/uiText';

const MAX_RESULTS = 25;

async function main(): Promise<void> {
  const shell = await startSidebar('findTitle');
  let entries: SearchEntry[] = [];
  let hits: SearchHit[] = [];
  let active = -1;

  const label = element('label', { attrs: { for: 'find-query' } });
  const input = element('input', {
    id: 'find-query',
    attrs: {
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'find-results',
      'aria-describedby': 'find-hint',
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const hint = element('p', { id: 'find-hint', className: 'help' });
  const status = element('p', {
    id: 'find-status',
    className: 'status-line',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const results = element('ul', {
    id: 'find-results',
    className: 'results',
    attrs: { role: 'listbox', hidden: true },
  });
  const relabel = () => {
    label.textContent = text('findLabel');
    hint.textContent = text('findHint');
    render();
  };
  shell.main.append(element('div', { className: 'field' }, [label, input, hint]), status, results);

  function highlight(index: number): void {
    active = index;
    Array.from(results.children).forEach((li, i) => {
      li.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    const li = results.children[index] as HTMLElement | undefined;
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function render(): void {
    const q = input.value;
    hits = searchEntries(entries, q, MAX_RESULTS);
    results.replaceChildren(
      ...hits.map((h, i) =>
        element(
          'li',
          {
            id: `find-result-${i}`,
            attrs: { role: 'option', 'aria-selected': 'false', 'data-id': h.id },
            on: { click: () => choose(h) },
          },
          [
            element('div', { className: 'line-title' }, [
              element('span', { className: 'kind', text: text(`kind_${h.kind}`) }),
              h.name,
              h.inactive
                ? element('span', { className: 'line-detail', text: ` (${text('inactive')})` })
                : null,
            ]),
            h.detail ? element('div', { className: 'line-detail', text: h.detail }) : null,
          ],
        ),
      ),
    );
    results.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', hits.length > 0 ? 'true' : 'false');
    status.textContent =
      q.trim() === ''
        ? ''
        : hits.length === 0
          ? text('noResults', { q })
          : text('resultCount', { n: hits.length });
    highlight(hits.length > 0 ? 0 : -1);
  }

  async function choose(hit: SearchHit): Promise<void> {
    status.textContent = text('opening', { name: hit.name });
    await shell.call(
      callServer('openSidebar', { page: hit.kind, id: hit.id }),
      text('opening', { name: hit.name }),
    );
  }

  input.addEventListener('input', render);
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && hits.length > 0) {
      ev.preventDefault();
      highlight(Math.min(active + 1, hits.length - 1));
    } else if (ev.key === 'ArrowUp' && hits.length > 0) {
      ev.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      const hit = hits[active] ?? hits[0];
      if (hit) void choose(hit);
    }
  });
  shell.onEscape(() => {
    input.value = '';
    render();
    input.focus();
  });
  onLanguageChange(relabel);
  relabel();
  input.focus();

  const index = await shell.call(callServer('getSearchIndex'));
  if (!index) return;
  shell.useLanguage(index.language);
  entries = index.entries;
  input.setAttribute('data-ready', 'true');
  render();
}

void main();
