// The workbench page: menu bar, clock, user switcher, forms and outbox at the top; the grid with tabs below; the
// script's sidebar on the right. It polls the server for what scripts did and shows it.

import { displayValue } from '../../core/messages/display';
import { api, type Entry, type PageSelection, type WorkbenchState } from './api';
import { chromeLanguage, label, setChromeLanguage, wt } from './chromeText';
import { clear, el } from './dom';
import { Grid } from './grid';
import { MenuBar } from './menu';
import { Outbox } from './outbox';
import { DialogLayer, listenForQuestions, SidePanel, Toasts } from './panels';

const POLL_MS = 1000;

let state: WorkbenchState | undefined;
let lastSeq = 0;
let busy = 0;
const status = el('div', { className: 'status-line', role: 'status', 'aria-live': 'polite' });
const problem = el('div', { className: 'problem', role: 'alert', hidden: true });
const sidePanel = new SidePanel();
const dialogs = new DialogLayer();
const toasts = new Toasts();
const outbox = new Outbox();
const menuBar = new MenuBar(
  (fn, caption) => void act(wt('running', { caption }), () => api.run(fn, pageSelection())),
);
const grid = new Grid({
  edit: async (sheet, row, col, value) => {
    await act(wt('savingCell'), () => api.edit(sheet, row, col, value));
  },
  selected: () => sendSelection(pageSelection()),
  edge: (sheet, row, col, direction) => api.edge(sheet, row, col, direction),
});

/** The grid's selection as the server takes it: the active range and current cell of what the page runs. */
function pageSelection(): PageSelection {
  const { rect, current } = grid.selection;
  return { sheet: grid.sheetName, ...rect, currentRow: current.row, currentCol: current.col };
}

// Selections are sent one at a time, the latest winning, so a held arrow key does not queue up requests.
let unsentSelection: PageSelection | undefined;
let sendingSelection = false;
function sendSelection(selection: PageSelection): void {
  unsentSelection = selection;
  if (sendingSelection) return;
  sendingSelection = true;
  void (async () => {
    while (unsentSelection) {
      const next = unsentSelection;
      unsentSelection = undefined;
      await api.select(next).catch(() => undefined);
    }
    sendingSelection = false;
  })();
}

/** A script selected a range (Range.activate, setActiveRange…): show its tab and select it there, scrolled to. */
async function followSelection(s: PageSelection): Promise<void> {
  if (s.sheet !== grid.sheetName) {
    await grid.show(s.sheet, state?.dataVersion ?? 0);
    if (state) renderTabs(state);
  }
  grid.selectRange(
    { row: s.row, col: s.col, numRows: s.numRows, numCols: s.numCols },
    { row: s.currentRow, col: s.currentCol },
  );
}
const tabs = label(el('div', { className: 'tabs', role: 'tablist' }), 'tabs', 'aria-label');
const clockText = el('span', { className: 'clock-text' });
const userSelect = label(el('select', { className: 'user-select' }), 'actingAs', 'aria-label');
const formsList = el('ul', { className: 'forms-list' });
const filesList = el('ul', { className: 'forms-list files-list' });
const filesMenu = el(
  'details',
  { className: 'top-list-menu files-menu' },
  label(el('summary'), 'files'),
  filesList,
);
const outboxButton = el('button', { className: 'outbox-button', onclick: () => void outbox.toggle() });
const saveState = el('span', { className: 'save-state' });

function showProblem(message: string | undefined): void {
  problem.hidden = !message;
  problem.textContent = message ?? '';
}

/** Runs an action, then shows what the scripts did. */
async function act(label: string, run: () => Promise<{ ok: boolean; message?: string }>): Promise<void> {
  busy++;
  status.textContent = label;
  document.body.classList.add('busy');
  try {
    const r = await run();
    showProblem(r.ok ? undefined : r.message);
    status.textContent = r.ok ? wt('done') : '';
  } catch (e) {
    showProblem((e as Error).message);
  } finally {
    busy--;
    if (busy === 0) document.body.classList.remove('busy');
    await poll();
  }
}

function handle(entry: Entry): void {
  switch (entry.kind) {
    case 'toast':
      toasts.show(String(entry.title ?? ''), String(entry.message ?? ''), Number(entry.timeoutSeconds ?? 5));
      break;
    case 'dialog':
      if (entry.dialogKind === 'sidebar') sidePanel.open(String(entry.page), String(entry.title));
      else
        dialogs.show(
          String(entry.page),
          String(entry.title),
          Number(entry.width),
          Number(entry.height),
          entry.dialogKind === 'modal',
        );
      break;
    case 'close':
      if (sidePanel.page === entry.page) sidePanel.close();
      dialogs.close(String(entry.page));
      break;
    case 'email':
      status.textContent = wt('emailSent', {
        to: (entry.to as string[]).join(', '),
        subject: String(entry.subject),
      });
      if (outbox.isOpen) void outbox.refresh();
      break;
    case 'run':
      if (entry.status !== 'ok')
        showProblem(wt('runFailed', { fn: String(entry.fn), error: String(entry.error ?? entry.status) }));
      break;
    case 'refused':
      showProblem(String(entry.message));
      break;
    case 'select':
      void followSelection(entry as unknown as PageSelection);
      break;
    case 'formSubmitted': {
      // The operator sees what the form's triggers did here; the respondent's page shows only the confirmation.
      const runs = (entry.runs as { fn: string; status: string; error?: string }[])
        .map((r) => `${r.fn}: ${r.status}${r.error ? ` (${r.error})` : ''}`)
        .join('; ');
      const form = String(entry.form);
      status.textContent = runs ? wt('formRecorded', { form, runs }) : wt('formNoTriggers', { form });
      break;
    }
  }
}

function renderTabs(s: WorkbenchState): void {
  clear(tabs);
  for (const t of s.tabs) {
    if (t.hidden) continue;
    const selected = t.name === grid.sheetName;
    tabs.append(
      el('button', {
        role: 'tab',
        className: 'tab',
        'aria-selected': selected ? 'true' : 'false',
        tabindex: selected ? 0 : -1,
        text: t.name,
        onclick: () => void openTab(t.name),
        onkeydown: (e) => {
          const k = (e as KeyboardEvent).key;
          if (k !== 'ArrowLeft' && k !== 'ArrowRight') return;
          const buttons = Array.from(tabs.querySelectorAll<HTMLButtonElement>('.tab'));
          const i = buttons.indexOf(e.currentTarget as HTMLButtonElement);
          const next = buttons[(i + (k === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
          next.focus();
          next.click();
        },
      }),
    );
  }
}

async function openTab(name: string): Promise<void> {
  await grid.show(name, state?.dataVersion ?? 0);
  if (state) renderTabs(state);
  void api.activate(name);
}

function render(s: WorkbenchState): void {
  const relabelled = setChromeLanguage(s.language === 'fr' ? 'fr' : 'en');
  menuBar.render(s.menus);
  clockText.textContent = `${s.clock.text} (${s.clock.timeZone})`;
  const options = s.users.map((u) =>
    el('option', { value: u.email, text: `${u.email} — ${displayValue(u.role, chromeLanguage())}` }),
  );
  if (!s.users.some((u) => u.email === s.user))
    options.unshift(el('option', { value: s.user, text: s.user }));
  if (relabelled || userSelect.options.length !== options.length || userSelect.value !== s.user) {
    clear(userSelect);
    userSelect.append(...options);
    userSelect.value = s.user;
  }
  clear(formsList);
  for (const f of s.forms)
    formsList.append(
      el('li', {}, el('a', { href: f.url, target: '_blank', text: `${f.title} (${f.responses})` })),
    );
  if (s.forms.length === 0) formsList.append(el('li', { text: wt('noForms') }));
  clear(filesList);
  for (const f of s.files)
    filesList.append(el('li', {}, el('a', { href: f.url, target: '_blank', text: `${f.name} (${f.rows})` })));
  // Shown once the script has created a spreadsheet (an archive), so the top bar keeps its room until then.
  filesMenu.hidden = s.files.length === 0;
  outboxButton.textContent = wt('outbox', { n: s.outboxCount });
  saveState.textContent = s.save.error
    ? wt('notSaved', { error: s.save.error })
    : s.save.busy
      ? wt('savingFile')
      : wt('savedFile', { n: s.save.generation });
  renderTabs(s);
}

async function poll(): Promise<void> {
  const first = state === undefined;
  const s = await api.state(lastSeq);
  const changed = state !== undefined && s.dataVersion !== state.dataVersion;
  state = s;
  if (!first) for (const e of s.entries) handle(e);
  lastSeq = s.lastSeq;
  render(s);
  if (first)
    await openTab(
      s.activeTab && s.tabs.some((t) => t.name === s.activeTab && !t.hidden) ? s.activeTab : s.tabs[0].name,
    );
  else if (changed) await grid.show(grid.sheetName, s.dataVersion);
}

function clockControls(): HTMLElement {
  const date = label(
    el('input', { type: 'datetime-local', className: 'clock-to' }),
    'moveClockTo',
    'aria-label',
  );
  const group = el(
    'div',
    { className: 'clock', role: 'group' },
    label(el('span', { className: 'label' }), 'clock'),
    clockText,
    label(
      el('button', { onclick: () => void act(wt('advancing'), () => api.clock({ hours: 1 })) }),
      'plusHour',
    ),
    label(
      el('button', { onclick: () => void act(wt('advancing'), () => api.clock({ days: 1 })) }),
      'plusDay',
    ),
    date,
    label(
      el('button', {
        onclick: () =>
          date.value &&
          void act(wt('advancing'), () => api.clock({ to: new Date(date.value).toISOString() })),
      }),
      'go',
    ),
  );
  return label(group, 'clock', 'aria-label');
}

function layout(): void {
  const app = document.getElementById('app') as HTMLElement;
  clear(app);
  app.removeAttribute('aria-busy');
  userSelect.addEventListener('change', () => void act(wt('switching'), () => api.user(userSelect.value)));
  const forms = el(
    'details',
    { className: 'top-list-menu forms-menu' },
    label(el('summary'), 'forms'),
    formsList,
  );
  // Anchored to the button's right edge it would leave the window when the top bar wraps and Forms starts a line.
  forms.addEventListener('toggle', () => {
    const box = forms.getBoundingClientRect();
    forms.classList.toggle('opens-right', box.right < Math.max(formsList.offsetWidth, 260));
  });
  const top = el(
    'header',
    { className: 'topbar' },
    label(el('h1', { className: 'doc-title' }), 'docTitle'),
    menuBar.root,
    el('div', { className: 'spacer' }),
    clockControls(),
    el('label', { className: 'user' }, label(el('span', { className: 'label' }), 'user'), userSelect),
    forms,
    filesMenu,
    outboxButton,
    saveState,
  );
  const main = el(
    'div',
    { className: 'main' },
    el('div', { className: 'sheet-area' }, grid.root, tabs),
    sidePanel.root,
    outbox.root,
  );
  app.append(top, problem, main, status, toasts.root);
  // Alt+M (or F10) reaches the script's menus from anywhere, as Sheets' Alt+/ reaches its menus.
  document.addEventListener('keydown', (e) => {
    if ((e.altKey && e.key.toLowerCase() === 'm') || e.key === 'F10') {
      e.preventDefault();
      menuBar.root.querySelector<HTMLElement>('.menubar-item')?.focus();
    }
  });
}

async function start(): Promise<void> {
  layout();
  await poll();
  if (state?.deskOrigin) listenForQuestions(state.deskOrigin);
  setInterval(() => {
    if (busy === 0) void poll().catch(() => undefined);
  }, POLL_MS);
  grid.root.focus();
}

void start();
