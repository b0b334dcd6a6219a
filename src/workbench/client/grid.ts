// The sheet grid: only the rows on screen exist in the DOM (3,000+ contacts, 30,000 engagements stay fluid); data
// comes in chunks; arrows (with Ctrl to the data's edge, with Shift to stretch a range), Enter, Tab, Escape, F2 and
// typing work as in Sheets; edits go to the server.
import { label, wt } from './chromeText';
import { clear, el } from './dom';
import { columnHeads, letters, rowElement } from './gridRender';
import { SheetRows } from './gridRows';
import { ARROWS, type Cell, type CellRect, type Direction, GridSelection, keyTarget } from './gridSelection';

const ROW_H = 24;
const ROWNUM_W = 48;
const OVERSCAN = 8;
/** Empty rows and columns shown past the data, so a person can type below or beside it. */
const EXTRA_ROWS = 30;
const EXTRA_COLS = 2;

export interface GridCallbacks {
  edit(sheet: string, row: number, col: number, value: string): Promise<void>;
  /** The selection changed (the page tells the server: it is the spreadsheet's active range). */
  selected(sheet: string, rect: CellRect, current: Cell): void;
  /** Where Ctrl+arrow lands from a cell: the edge of the data region, computed on the whole sheet. */
  edge(sheet: string, row: number, col: number, direction: Direction): Promise<Cell>;
}

export class Grid {
  readonly root: HTMLDivElement;
  private readonly header: HTMLDivElement;
  private readonly frozen: HTMLDivElement;
  private readonly body: HTMLDivElement;
  private readonly list: HTMLDataListElement;
  private readonly data = new SheetRows(() => this.schedule());
  private readonly sel = new GridSelection();
  private editor: HTMLInputElement | null = null;
  private frame = 0;
  private dragging = false;
  private jumpSeq = 0;

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
        'aria-multiselectable': 'true',
        onkeydown: (e) => this.onKey(e as KeyboardEvent),
        onscroll: () => this.schedule(),
        onmousedown: (e) => this.onMouseDown(e as MouseEvent),
        onmouseover: (e) => this.onMouseOver(e as MouseEvent),
        ondblclick: (e) => {
          if (this.cellOf(e.target)) this.startEdit();
        },
      },
      this.header,
      this.frozen,
      this.body,
      this.list,
    );
    label(this.root, 'sheet', 'aria-label');
    document.addEventListener('mouseup', () => {
      this.dragging = false;
    });
  }

  get sheetName(): string {
    return this.data.sheet;
  }

  private get sheet(): string {
    return this.data.sheet;
  }

  private get meta() {
    return this.data.meta;
  }

  /** The current cell and the selected range. */
  get selection(): { current: Cell; rect: CellRect } {
    return { current: { ...this.sel.current }, rect: this.sel.rect() };
  }

  /** Shows a tab; `version` changes when the data may have changed, so cached rows are read again. */
  async show(sheet: string, version: number): Promise<void> {
    if (sheet !== this.data.sheet) {
      this.data.open(sheet);
      this.sel.collapseTo({ row: 1, col: 1 });
      this.root.scrollTop = 0;
      this.root.scrollLeft = 0;
      this.cancelEdit();
    }
    this.data.atVersion(version);
    await this.data.read([1, this.sel.current.row]);
    this.draw();
  }

  /** Re-reads the rows on screen (after an edit or anything else that changed data). */
  async refresh(): Promise<void> {
    this.data.stale();
    await this.data.read([this.sel.current.row]);
    this.draw();
  }

  private get rowCount(): number {
    return this.meta.lastRow + EXTRA_ROWS;
  }

  get colCount(): number {
    return this.meta.lastCol + EXTRA_COLS;
  }

  private get frozenRows(): number {
    return Math.min(this.meta.frozenRows, this.meta.lastRow);
  }

  width(col: number): number {
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
    // Every drawn row asks for its chunk, the frozen rows as much as the rows in view.
    this.data.need(row);
    return rowElement(row, this.data, this.sel, this);
  }

  private draw(): void {
    const total = this.left(this.colCount + 1);
    const frozenRows = this.frozenRows;
    this.root.setAttribute('aria-rowcount', String(this.rowCount + 1));
    this.root.setAttribute('aria-colcount', String(this.colCount + 1));
    clear(this.header);
    this.header.style.width = `${total}px`;
    this.header.append(...columnHeads(this));
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
    }
    if (editing) this.placeEditor(editing);
    this.root.setAttribute('aria-activedescendant', `cell-${this.sel.current.row}-${this.sel.current.col}`);
  }

  private cellOf(target: EventTarget | null): HTMLElement | undefined {
    const cell = (target as HTMLElement | null)?.closest?.('.cell') as HTMLElement | null;
    return cell ?? undefined;
  }

  private onMouseDown(e: MouseEvent): void {
    const cell = this.cellOf(e.target);
    if (!cell || this.editor || e.button !== 0) return;
    const at = { row: Number(cell.dataset.r), col: Number(cell.dataset.c) };
    this.moveTo(at, e.shiftKey);
    this.dragging = true;
    this.root.focus();
  }

  /** Dragging with the button held stretches the range, as in Sheets. */
  private onMouseOver(e: MouseEvent): void {
    if (!this.dragging || (e.buttons & 1) === 0) return;
    const cell = this.cellOf(e.target);
    if (cell) this.moveTo({ row: Number(cell.dataset.r), col: Number(cell.dataset.c) }, true);
  }

  /** Selects one cell (it becomes the current cell) and scrolls to it. */
  select(row: number, col: number): void {
    this.moveTo({ row, col }, false);
  }

  /** Selects a range with its current cell, as a script's activate() does; scrolls to it. */
  selectRange(rect: CellRect, current: Cell): void {
    this.sel.set(rect, current);
    this.sel.clamp(this.rowCount, this.colCount);
    this.scrollTo(this.sel.current);
    this.draw();
    this.callbacks.selected(this.sheet, this.sel.rect(), this.sel.current);
  }

  /** Moves the current cell there, or with `extend` stretches the range to there (Shift). */
  private moveTo(cell: Cell, extend: boolean): void {
    if (extend) this.sel.extendTo(cell);
    else this.sel.collapseTo(cell);
    this.sel.clamp(this.rowCount, this.colCount);
    this.scrollTo(extend ? this.sel.corner : this.sel.current);
    this.draw();
    this.callbacks.selected(this.sheet, this.sel.rect(), this.sel.current);
  }

  private scrollTo(cell: Cell): void {
    const frozenRows = this.frozenRows;
    if (cell.row > frozenRows) {
      const top = (cell.row - frozenRows - 1) * ROW_H;
      const view = this.root.clientHeight - ROW_H * (1 + frozenRows);
      if (top < this.root.scrollTop) this.root.scrollTop = top;
      else if (top + ROW_H > this.root.scrollTop + view) this.root.scrollTop = top + ROW_H - view;
    }
    const left = this.left(cell.col);
    const right = left + this.width(cell.col);
    if (left - ROWNUM_W < this.root.scrollLeft) this.root.scrollLeft = left - ROWNUM_W;
    else if (right > this.root.scrollLeft + this.root.clientWidth)
      this.root.scrollLeft = right - this.root.clientWidth;
  }

  /** Ctrl+arrow: to the edge of the data region, as Sheets does (the server looks at the whole column or row). */
  private async jump(direction: Direction, extend: boolean): Promise<void> {
    const from = extend ? this.sel.corner : this.sel.current;
    const seq = ++this.jumpSeq;
    const sheet = this.sheet;
    const to = await this.callbacks.edge(sheet, from.row, from.col, direction);
    if (seq === this.jumpSeq && sheet === this.sheet) this.moveTo(to, extend);
  }

  private onKey(e: KeyboardEvent): void {
    if (this.editor) return;
    const direction = ARROWS[e.key];
    if (direction && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void this.jump(direction, e.shiftKey);
      return;
    }
    // Shift stretches the range from its far corner; without Shift every move starts at the current cell.
    const page = Math.max(1, Math.floor(this.root.clientHeight / ROW_H) - 2);
    const last = { row: this.meta.lastRow, col: this.meta.lastCol };
    const target = keyTarget(e.key, e.ctrlKey, e.shiftKey ? this.sel.corner : this.sel.current, page, last);
    const current = this.sel.current;
    if (e.key === 'Tab') {
      e.preventDefault();
      this.select(current.row, current.col + (e.shiftKey ? -1 : 1));
    } else if (target) {
      e.preventDefault();
      this.moveTo(target, e.shiftKey);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.startEdit();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void this.commit(current.row, current.col, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.startEdit(e.key);
    }
  }

  private placeEditor(input: HTMLInputElement): void {
    const { row, col } = this.sel.current;
    const frozenRows = this.frozenRows;
    const host = row <= frozenRows ? this.frozen : this.body;
    input.style.left = `${this.left(col)}px`;
    input.style.top = `${row <= frozenRows ? (row - 1) * ROW_H : (row - frozenRows - 1) * ROW_H}px`;
    input.style.width = `${Math.max(this.width(col), 160)}px`;
    if (input.parentElement !== host) host.append(input);
  }

  /** Opens the cell editor, with the cell's text (Enter, F2, double click) or the key typed. */
  startEdit(initial?: string): void {
    const { row, col } = this.sel.current;
    const choices = this.meta.lists[String(col)];
    clear(this.list);
    for (const c of choices ?? []) this.list.append(el('option', { value: c }));
    const input = el('input', {
      className: 'cell-editor',
      'aria-label': wt('editCell', { cell: `${letters(col)}${row}` }),
      list: choices ? 'cell-choices' : undefined,
      autocomplete: 'off',
    });
    input.value = initial ?? this.data.editText(row, col);
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
