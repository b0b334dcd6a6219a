// How the grid's rows and column headers look: one element per cell of a row, with its text, bold, fill and note
// from the rows read, and the selection's marks (the current cell outlined, the rest of the range shaded).
import { el } from './dom';
import type { SheetRows } from './gridRows';
import type { GridSelection } from './gridSelection';

export function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface RowLayout {
  colCount: number;
  width(col: number): number;
}

/** The column letters row (A, B, C…) after the corner cell. */
export function columnHeads(layout: RowLayout): HTMLElement[] {
  const heads: HTMLElement[] = [el('div', { className: 'rownum corner' })];
  for (let c = 1; c <= layout.colCount; c++) {
    const h = el('div', { className: 'colhead', role: 'columnheader', text: letters(c) });
    h.style.width = `${layout.width(c)}px`;
    heads.push(h);
  }
  return heads;
}

export function rowElement(
  row: number,
  data: SheetRows,
  sel: GridSelection,
  layout: RowLayout,
): HTMLDivElement {
  const w = data.windowFor(row);
  const line = el('div', { className: 'grid-row', role: 'row', 'aria-rowindex': row + 1 });
  line.append(el('div', { className: 'rownum', role: 'rowheader', text: String(row) }));
  const range = sel.rect();
  const single = range.numRows * range.numCols === 1;
  for (let c = 1; c <= layout.colCount; c++) {
    const key = `${row},${c}`;
    const current = row === sel.current.row && c === sel.current.col;
    const inRange = !single && sel.contains(row, c);
    const note = w?.notes[key];
    const classes = ['cell'];
    if (w?.bold.includes(key)) classes.push('bold');
    if (current) classes.push('selected');
    if (inRange) classes.push('in-range');
    if (note) classes.push('has-note');
    const cell = el('div', {
      className: classes.join(' '),
      role: 'gridcell',
      id: `cell-${row}-${c}`,
      'data-r': row,
      'data-c': c,
      'aria-selected': current || inRange ? 'true' : 'false',
      'aria-colindex': c + 1,
      title: note,
      text: data.text(row, c),
    });
    cell.style.width = `${layout.width(c)}px`;
    const fill = w?.fills[key];
    if (fill && !inRange) cell.style.background = fill;
    line.append(cell);
  }
  return line;
}
