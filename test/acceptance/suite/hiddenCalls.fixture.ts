// Lint fixture (never run): each way shipped code could hide an Apps Script call from the coverage check.
/* biome-ignore-all lint/suspicious/noExplicitAny: the casts are what the lint must find */

interface OwnRange {
  setValues(values: unknown[][]): unknown;
}

export function hidesCalls(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  (sheet as any).getRange(1, 1).setValue('x'); // cast to any
  const r = sheet.getRange(1, 1);
  (r as unknown as OwnRange).setValues([[1]]); // cast to a local interface
  r['setValue']('y'); // member read by index
  const { getLastRow } = sheet; // destructuring
  getLastRow.call(sheet);
  const own: OwnRange = r; // handed on as a local interface
  own.setValues([[2]]);
}
