// The validation sidebar: one line per problem (tab, row, column, message) with a link that selects the cell.
// User data is only ever set with textContent, never as HTML.
import '../../shared/sheets.css';
import './validation.css';
import { callServer } from '../../shared/rpc';

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

function where(p: Problem): string {
  if (p.row === 0) return p.tab;
  return `${p.tab} · row ${p.row}${p.column ? ` · ${p.column}` : ''}`;
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
  statusEl.textContent = 'Checking every tab…';
  listEl.replaceChildren();
  callServer('checkWorkbook')
    .then((report) => {
      statusEl.textContent =
        report.total === 0
          ? `No problems found in ${report.rowsChecked} rows.`
          : `${report.total} problem(s) in ${report.rowsChecked} rows${report.total > report.problems.length ? ` (first ${report.problems.length} listed)` : ''}. Invalid cells are highlighted.`;
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
check();
