// The sheet grid: only the rows on screen exist in the DOM (3,000+ contacts, 30,000 engagements stay fluid); data
// comes in chunks; arrow keys, Enter, Tab, Escape, F2 and typing work as in Sheets; edits go to the server.
import { api, type SheetWindow } from './api';
import { clear, el } from './dom';

const ROW_H = 24;
const ROWNUM_W = 48;
const CHUNK = 200;
const OVERSCAN = 8;
/** Empty rows and columns shown past the data, so a person can type below or beside it. */
const EXTRA_ROWS = 30;
const EXTRA_COLS = 2;

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface GridCallbacks {
  edit(sheet: string, row: number, col: number, value: string): Promise<void>;
}

export class Grid {
  readonly root: HTMLDivElement;
  private readonly header: HTMLDivElement;
  private readonly frozen: HTMLDivElement;
  private readonly body: HTMLDivElement;
  private readonly list: HTMLDataListElement;
  private sheet = '';
  private version = -1;
  private meta: Pick<SheetWindow, 'lastRow' | 'lastCol' | 'widths' | 'frozenRows' | 'lists'> = {
    lastRow: 0,
    lastCol: 1,
    widths: [100],
    frozenRows: 0,
    lists: {},
  };
  private readonly chunks = new Map<number, SheetWindow | 'loading'>();
  private sel = { row: 1, col: 1 };
  private editor: HTMLInputElement | null = null;
  private frame = 0;

  constructor(private readonly callbacks: GridCallbacks) {
    this.header = el('div', { className: 'grid-header', role: 'row' });
    this.frozen = el('div', { className: 'grid-frozen' });
    this.body = el('div', { className: 'grid-body' });
    this.list = el('datalist', { id: 'cell-choices' });
    this.root = el(
      'div',
      {
        className: 'grid',
        role: 'grid',
        tabindex: 0,
        'aria-label': 'Sheet',
        onkeydown: (e) => this.onKey(e as KeyboardEvent),
        onscroll: () => this.schedule(),
        onclick: (e) => this.onClick(e as MouseEvent),
        ondblclick: (e) => {
          if (this.cellOf(e.target)) this.startEdit();
        },
      },
      this.header,
      this.frozen,
      this.body,
      this.list,
    );
  }

  get sheetName(): string {
    return this.sheet;
  }

  get selection(): { row: number; col: number } {
    return { ...this.sel };
  }

  /** Shows a tab; `version` changes when the data may have changed, so cached rows are dropped. */
  async show(sheet: string, version: number): Promise<void> {
    if (sheet !== this.sheet) {
      this.sheet = sheet;
      this.sel = { row: 1, col: 1 };
      this.root.scrollTop = 0;
      this.root.scrollLeft = 0;
      this.chunks.clear();
      this.cancelEdit();
    }
    if (version !== this.version) {
      this.version = version;
      this.chunks.clear();
    }
    await this.load(0);
    this.draw();
  }

  /** Re-reads the rows on screen (after an edit or anything else that changed data). */
  async refresh(): Promise<void> {
    this.chunks.clear();
    await this.load(Math.floor((this.sel.row - 1) / CHUNK));
    this.draw();
  }

  private async load(chunk: number): Promise<void> {
    if (this.chunks.has(chunk)) return;
    this.chunks.set(chunk, 'loading');
    const sheet = this.sheet;
    try {
      const w = await api.sheet(sheet, chunk * CHUNK + 1, CHUNK);
      if (sheet !== this.sheet) return;
      this.chunks.set(chunk, w);
      this.meta = w;
    } catch {
      this.chunks.delete(chunk);
    }
  }

  private windowFor(row: number): SheetWindow | undefined {
    const w = this.chunks.get(Math.floor((row - 1) / CHUNK));
    if (w === 'loading' || w === undefined) return undefined;
    return w;
  }

  private text(row: number, col: number): string {
    const w = this.windowFor(row);
    return w?.rows[row - w.start]?.[col - 1] ?? '';
  }

  private editText(row: number, col: number): string {
    return this.windowFor(row)?.edit[`${row},${col}`] ?? this.text(row, col);
  }

  private get rowCount(): number {
    return this.meta.lastRow + EXTRA_ROWS;
  }

  private get colCount(): number {
    return this.meta.lastCol + EXTRA_COLS;
  }

  private width(col: number): number {
    return this.meta.widths[col - 1] ?? 100;
  }

  private left(col: number): number {
    let x = ROWNUM_W;
    for (let c = 1; c < col; c++) x += this.width(c);
    return x;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private rowElement(row: number): HTMLDivElement {
    const w = this.windowFor(row);
    const line = el('div', { className: 'grid-row', role: 'row', 'aria-rowindex': row + 1 });
    line.append(el('div', { className: 'rownum', role: 'rowheader', text: String(row) }));
    for (let c = 1; c <= this.colCount; c++) {
      const key = `${row},${c}`;
      const selected = row === this.sel.row && c === this.sel.col;
      const note = w?.notes[key];
      const cell = el('div', {
        className: `cell${w?.bold.includes(key) ? ' bold' : ''}${selected ? ' selected' : ''}${note ? ' has-note' : ''}`,
        role: 'gridcell',
        id: `cell-${row}-${c}`,
        'data-r': row,
        'data-c': c,
        'aria-selected': selected ? 'true' : 'false',
        'aria-colindex': c + 1,
        title: note,
        text: this.text(row, c),
      });
      cell.style.width = `${this.width(c)}px`;
      const fill = w?.fills[key];
      if (fill) cell.style.background = fill;
      line.append(cell);
    }
    return line;
  }

  private draw(): void {
    const total = this.left(this.colCount + 1);
    const frozenRows = Math.min(this.meta.frozenRows, this.meta.lastRow);
    this.root.setAttribute('aria-rowcount', String(this.rowCount + 1));
    this.root.setAttribute('aria-colcount', String(this.colCount + 1));
    clear(this.header);
    this.header.style.width = `${total}px`;
    this.header.append(el('div', { className: 'rownum corner' }));
    for (let c = 1; c <= this.colCount; c++) {
      const h = el('div', { className: 'colhead', role: 'columnheader', text: letters(c) });
      h.style.width = `${this.width(c)}px`;
      this.header.append(h);
    }
    clear(this.frozen);
    this.frozen.style.width = `${total}px`;
    for (let r = 1; r <= frozenRows; r++) this.frozen.append(this.rowElement(r));
    const bodyRows = this.rowCount - frozenRows;
    this.body.style.height = `${bodyRows * ROW_H}px`;
    this.body.style.width = `${total}px`;
    const view = this.root.clientHeight - ROW_H * (1 + frozenRows);
    const first = Math.max(
      frozenRows + 1,
      frozenRows + 1 + Math.floor(this.root.scrollTop / ROW_H) - OVERSCAN,
    );
    const last = Math.min(
      this.rowCount,
      first + Math.ceil(Math.max(view, ROW_H * 10) / ROW_H) + 2 * OVERSCAN,
    );
    const editing = this.editor;
    clear(this.body);
    for (let r = first; r <= last; r++) {
      const line = this.rowElement(r);
      line.style.top = `${(r - frozenRows - 1) * ROW_H}px`;
      this.body.append(line);
      const chunk = Math.floor((r - 1) / CHUNK);
      if (!this.chunks.has(chunk)) this.load(chunk).then(() => this.schedule());
    }
    if (editing) this.placeEditor(editing);
    this.root.setAttribute('aria-activedescendant', `cell-${this.sel.row}-${this.sel.col}`);
  }

  private cellOf(target: EventTarget | null): HTMLElement | undefined {
    const cell = (target as HTMLElement | null)?.closest?.('.cell') as HTMLElement | null;
    return cell ?? undefined;
  }

  private onClick(e: MouseEvent): void {
    const cell = this.cellOf(e.target);
    if (!cell || this.editor) return;
    this.select(Number(cell.dataset.r), Number(cell.dataset.c));
    this.root.focus();
  }

  select(row: number, col: number): void {
    this.sel = {
      row: Math.max(1, Math.min(row, this.rowCount)),
      col: Math.max(1, Math.min(col, this.colCount)),
    };
    const frozenRows = Math.min(this.meta.frozenRows, this.meta.lastRow);
    if (this.sel.row > frozenRows) {
      const top = (this.sel.row - frozenRows - 1) * ROW_H;
      const view = this.root.clientHeight - ROW_H * (1 + frozenRows);
      if (top < this.root.scrollTop) this.root.scrollTop = top;
      else if (top + ROW_H > this.root.scrollTop + view) this.root.scrollTop = top + ROW_H - view;
    }
    const left = this.left(this.sel.col);
    const right = left + this.width(this.sel.col);
    if (left - ROWNUM_W < this.root.scrollLeft) this.root.scrollLeft = left - ROWNUM_W;
    else if (right > this.root.scrollLeft + this.root.clientWidth)
      this.root.scrollLeft = right - this.root.clientWidth;
    this.draw();
  }

  private onKey(e: KeyboardEvent): void {
    if (this.editor) return;
    const { row, col } = this.sel;
    const page = Math.max(1, Math.floor(this.root.clientHeight / ROW_H) - 2);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      PageUp: [row - page, col],
      PageDown: [row + page, col],
      Home: e.ctrlKey ? [1, 1] : [row, 1],
      End: e.ctrlKey ? [this.meta.lastRow, this.meta.lastCol] : [row, this.meta.lastCol],
    };
    if (e.key === 'Tab') {
      e.preventDefault();
      this.select(row, col + (e.shiftKey ? -1 : 1));
    } else if (moves[e.key]) {
      e.preventDefault();
      this.select(...moves[e.key]);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.startEdit();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void this.commit(row, col, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.startEdit(e.key);
    }
  }

  private placeEditor(input: HTMLInputElement): void {
    const { row, col } = this.sel;
    const frozenRows = Math.min(this.meta.frozenRows, this.meta.lastRow);
    const host = row <= frozenRows ? this.frozen : this.body;
    input.style.left = `${this.left(col)}px`;
    input.style.top = `${row <= frozenRows ? (row - 1) * ROW_H : (row - frozenRows - 1) * ROW_H}px`;
    input.style.width = `${Math.max(this.width(col), 160)}px`;
    if (input.parentElement !== host) host.append(input);
  }

  /** Opens the cell editor, with the cell's text (Enter, F2, double click) or the key typed. */
  startEdit(initial?: string): void {
    const { row, col } = this.sel;
    const choices = this.meta.lists[String(col)];
    clear(this.list);
    for (const c of choices ?? []) this.list.append(el('option', { value: c }));
    const input = el('input', {
      className: 'cell-editor',
      'aria-label': `Edit ${letters(col)}${row}`,
      list: choices ? 'cell-choices' : undefined,
      autocomplete: 'off',
    });
    input.value = initial ?? this.editText(row, col);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        const value = input.value;
        this.cancelEdit();
        const next = e.key === 'Enter' ? [row + 1, col] : [row, col + (e.shiftKey ? -1 : 1)];
        void this.commit(row, col, value).then(() => this.select(next[0], next[1]));
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.cancelEdit();
      }
      e.stopPropagation();
    });
    this.editor = input;
    this.placeEditor(input);
    input.focus();
    if (initial === undefined) input.select();
  }

  private cancelEdit(): void {
    const editing = this.editor;
    this.editor = null;
    if (editing) {
      editing.remove();
      this.root.focus();
    }
  }

  private async commit(row: number, col: number, value: string): Promise<void> {
    await this.callbacks.edit(this.sheet, row, col, value);
    await this.refresh();
  }
}
