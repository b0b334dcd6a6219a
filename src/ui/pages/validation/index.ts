// The validation sidebar: one line per problem (tab, row, column, message) with a link that selects the cell.
// User data is only ever set with textContent, never as HTML.
import '../../shared/sheets.css';
import './validation.css';
import { callServer } from '../../shared/rpc';
import { type Language, setLanguage, text } from '../../shared/uiText';

interface Problem {
  tab: string;
  row: number;
  col: number;
  column: string;
  message: string;
}

const statusEl = document.getElementById('status') as HTMLElement;
const listEl = document.getElementById('problems') as HTMLUListElement;
const errorEl = document.getElementById('error') as HTMLElement;
const againEl = document.getElementById('again') as HTMLButtonElement;

const titleEl = document.getElementById('title') as HTMLElement;

/** The page's fixed words, in the current language (set again once the server says which one the user reads). */
function label(): void {
  titleEl.textContent = text('validateTitle');
  againEl.textContent = text('checkAgain');
}

function where(p: Problem): string {
  if (p.row === 0) return p.tab;
  return `${text('problemRow', { tab: p.tab, row: p.row })}${p.column ? ` · ${p.column}` : ''}`;
}

function line(p: Problem): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = '#';
  link.textContent = where(p);
  link.addEventListener('click', (ev) => {
    ev.preventDefault();
    callServer('showProblemCell', p.tab, p.row, p.col).catch((e: Error) => showError(e));
  });
  const msg = document.createElement('div');
  msg.className = 'message';
  msg.textContent = p.message;
  li.append(link, msg);
  return li;
}

function showError(e: Error): void {
  errorEl.textContent = e.message;
  errorEl.hidden = false;
}

function check(): void {
  againEl.disabled = true;
  errorEl.hidden = true;
  statusEl.textContent = text('checking');
  listEl.replaceChildren();
  callServer('checkWorkbook')
    .then((report) => {
      setLanguage(report.language as Language);
      label();
      const counts = { n: report.total, rows: report.rowsChecked, shown: report.problems.length };
      statusEl.textContent =
        report.total === 0
          ? text('noProblems', counts)
          : text(report.total > report.problems.length ? 'problemsFoundFirst' : 'problemsFound', counts);
      listEl.replaceChildren(...report.problems.map(line));
    })
    .catch((e: Error) => {
      statusEl.textContent = '';
      showError(e);
    })
    .finally(() => {
      againEl.disabled = false;
    });
}

againEl.addEventListener('click', check);
label();
check();
