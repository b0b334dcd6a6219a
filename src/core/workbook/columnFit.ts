// Whether the values found under a header could belong to a defined column (used to recognise renamed headers).
import type { ColumnDef } from '../../../sheets-templates/model';
import { isIdOf } from './ids';

const REF = /^[A-Z]{2,5}-\d{1,12}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function fitsOne(column: ColumnDef, prefix: string, v: unknown): boolean {
  switch (column.type) {
    case 'id':
      return isIdOf(prefix, v);
    case 'date':
    case 'dateTime':
      return v instanceof Date;
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'email':
      return typeof v === 'string' && EMAIL.test(v.trim());
    case 'enum':
      return column.values ? column.values.indexOf(String(v)) >= 0 : typeof v === 'string';
    case 'ref':
      return typeof v === 'string' && REF.test(v.trim());
    default:
      return true;
  }
}

/**
 * True when every non-empty value fits the column's type (an empty column fits anything: renaming it loses
 * nothing). Free-text columns accept anything, so for them the position alone decides.
 */
export function valuesFitColumn(column: ColumnDef, prefix: string, values: readonly unknown[]): boolean {
  for (const v of values) {
    if (v === '' || v === null || v === undefined) continue;
    if (!fitsOne(column, prefix, v)) return false;
  }
  return true;
}
