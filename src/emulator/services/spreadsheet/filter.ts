// A grid sheet's filter (at most one per sheet): Filter, FilterCriteriaBuilder and FilterCriteria, which rows a filter
// hides, and the host API for a person applying a filter in the grid. Hidden values and "text equal to" only.
// Sources: https://developers.google.com/apps-script/reference/spreadsheet/filter
//          https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria-builder
//          https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria
//          https://developers.google.com/apps-script/reference/spreadsheet/range#createFilter()
//          https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFilter()
//          https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByFilter(Integer)
// Believed, not documented: the wording of the errors; that criteria compare a cell's displayed text exactly (case
// included); and that the filter range does not follow rows inserted or deleted above it (the emulator does not move
// it; nothing here relies on that).
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import type { Rect } from './a1';
import { displayOf } from './displayFormat';
import { RangeObject } from './range';
import type { SheetModel } from './sheetModel';
import { SheetsError } from './spreadsheetModel';

export interface CriteriaModel {
  /** Display values hidden ("setHiddenValues: Sets the values to hide"); null when not set. */
  hiddenValues: string[] | null;
  /** Shows only cells whose text equals this ("whenTextEqualTo"); null when not set. */
  textEqualTo: string | null;
}

export interface FilterModel {
  rect: Rect;
  /** Criteria by 1-based sheet column position. */
  criteria: Map<number, CriteriaModel>;
}

const filters = new WeakMap<SheetModel, FilterModel>();

export function filterOf(sheet: SheetModel): FilterModel | null {
  return filters.get(sheet) ?? null;
}

function cellText(sheet: SheetModel, row: number, col: number): string {
  const [[v]] = sheet.getValues(row, col, 1, 1) as unknown[][] as [[unknown]];
  const layer = sheet.formats.numberFormat;
  const rect = { row, col, numRows: 1, numCols: 1 };
  const format = layer.touches(rect) ? layer.getGrid(rect)[0]![0] : undefined;
  return displayOf(v as never, format, { locale: sheet.parent.locale, timeZone: sheet.parent.timeZone });
}

/** Whether the filter hides `row`: a data row (not the header, the range's first row) a column's criteria rejects. */
export function rowHiddenByFilter(sheet: SheetModel, row: number): boolean {
  const f = filterOf(sheet);
  if (!f || row <= f.rect.row || row > f.rect.row + f.rect.numRows - 1) return false;
  for (const [col, c] of f.criteria) {
    const text = cellText(sheet, row, col);
    if (c.hiddenValues?.includes(text)) return true;
    if (c.textEqualTo !== null && text !== c.textEqualTo) return true;
  }
  return false;
}

/** Host API: a person turns on a filter over `rect` in the grid and sets column criteria (as Data › Create a filter). */
export function applyUserFilter(
  sheet: SheetModel,
  rect: Rect,
  criteria: Record<number, Partial<CriteriaModel>>,
): void {
  const map = new Map<number, CriteriaModel>();
  for (const [col, c] of Object.entries(criteria))
    map.set(Number(col), { hiddenValues: c.hiddenValues ?? null, textEqualTo: c.textEqualTo ?? null });
  filters.set(sheet, { rect, criteria: map });
}

export function createFilterOn(g: GoogleBackend, sheet: SheetModel, rect: Rect): FilterObject {
  // "There can be at most one filter in a sheet" (Range.createFilter); the wording is believed.
  if (filters.has(sheet))
    throw new SheetsError("You can't create a filter in a sheet that already has a filter.");
  const model: FilterModel = { rect: { ...rect }, criteria: new Map() };
  filters.set(sheet, model);
  return new FilterObject(g, sheet, model);
}

export class FilterCriteriaObject extends ServiceObject {
  readonly _type = 'FilterCriteria';
  readonly _service = 'SpreadsheetApp';
  constructor(
    g: GoogleBackend,
    readonly _model: CriteriaModel,
  ) {
    super(g);
  }
  /** "Returns the values that the filter hides." */
  getHiddenValues(): string[] {
    return [...(this._model.hiddenValues ?? [])];
  }
  /** "Returns an array of arguments for boolean criteria." */
  getCriteriaValues(): string[] {
    return this._model.textEqualTo === null ? [] : [this._model.textEqualTo];
  }
  /** "Copies this filter criteria and creates a criteria builder that you can apply to another filter." */
  copy(): FilterCriteriaBuilderObject {
    return new FilterCriteriaBuilderObject(this._g, this._model);
  }
}

export class FilterCriteriaBuilderObject extends ServiceObject {
  readonly _type = 'FilterCriteriaBuilder';
  readonly _service = 'SpreadsheetApp';
  private _model: CriteriaModel;
  constructor(g: GoogleBackend, from?: CriteriaModel) {
    super(g);
    this._model = {
      hiddenValues: from?.hiddenValues?.slice() ?? null,
      textEqualTo: from?.textEqualTo ?? null,
    };
  }
  /** "Sets the values to hide. Clears any existing visible or hidden values." */
  setHiddenValues(values: unknown): this {
    if (!Array.isArray(values)) throw new SheetsError('Invalid argument: values');
    this._model.hiddenValues = values.map(String);
    return this;
  }
  /** "Sets the filter criteria to show cells where the cell text is equal to the specified text." */
  whenTextEqualTo(text: unknown): this {
    this._model.textEqualTo = String(text);
    return this;
  }
  getHiddenValues(): string[] {
    return [...(this._model.hiddenValues ?? [])];
  }
  /** "Assembles the filter criteria using the settings you add to the criteria builder." */
  build(): FilterCriteriaObject {
    return new FilterCriteriaObject(this._g, {
      hiddenValues: this._model.hiddenValues?.slice() ?? null,
      textEqualTo: this._model.textEqualTo,
    });
  }
}

export class FilterObject extends ServiceObject {
  readonly _type = 'Filter';
  readonly _service = 'SpreadsheetApp';
  constructor(
    g: GoogleBackend,
    readonly _sheet: SheetModel,
    readonly _model: FilterModel,
  ) {
    super(g);
  }
  private _live(): FilterModel {
    if (filters.get(this._sheet) !== this._model) throw new SheetsError('The filter no longer exists.');
    return this._model;
  }
  private _column(columnPosition: unknown): number {
    const r = this._live().rect;
    const col = Number(columnPosition);
    if (!Number.isInteger(col) || col < r.col || col > r.col + r.numCols - 1)
      throw new SheetsError('The column position is outside the filter range.');
    return col;
  }
  /** "Gets the range this filter applies to." */
  getRange(): RangeObject {
    return new RangeObject(this._g, this._sheet, { ...this._live().rect });
  }
  /** "Gets the filter criteria on the specified column, or null if the column doesn't have filter criteria." */
  getColumnFilterCriteria(columnPosition: unknown): FilterCriteriaObject | null {
    const c = this._live().criteria.get(this._column(columnPosition));
    return c ? new FilterCriteriaObject(this._g, c) : null;
  }
  /** "Sets the filter criteria on the specified column"; null removes it (as removeColumnFilterCriteria). */
  setColumnFilterCriteria(columnPosition: unknown, filterCriteria: unknown): this {
    const col = this._column(columnPosition);
    if (filterCriteria === null) this._model.criteria.delete(col);
    else if (filterCriteria instanceof FilterCriteriaObject)
      this._model.criteria.set(col, {
        hiddenValues: filterCriteria._model.hiddenValues?.slice() ?? null,
        textEqualTo: filterCriteria._model.textEqualTo,
      });
    else throw new SheetsError('Invalid argument: filterCriteria');
    return this;
  }
  /** "Removes the filter criteria from the specified column." */
  removeColumnFilterCriteria(columnPosition: unknown): this {
    this._model.criteria.delete(this._column(columnPosition));
    return this;
  }
  /** "Removes this filter." Its rows show again. */
  remove(): void {
    this._live();
    filters.delete(this._sheet);
  }
}
