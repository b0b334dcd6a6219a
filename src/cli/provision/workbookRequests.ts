// A new workbook from sheets-templates as Sheets API requests: the tabs (create), their headers and the Settings
// rows (values.batchUpdate, RAW so text stays text), then per tab the '@' format of text-only columns, the data
// validation setup lays (the same specs: src/core/workbook/tabDecorations.ts) and the warning-only protection of
// system columns (one spreadsheets.batchUpdate). Setup, run once in the workbook, then has nothing to repair.
import { TABS, type TabDef } from '../../../sheets-templates';
import { defaultSettings, settingsRows } from '../../core/schema/settings';
import {
  type DecorationLists,
  runsBy,
  type ValidationSpec,
  validationOf,
} from '../../core/workbook/tabDecorations';
import { quoteSheetName } from '../../emulator/services/spreadsheet/a1';
import type { DataValidationRule } from '../sheets/cellCodec';

/** Grid rows of a new tab: Sheets' default for a new sheet. */
export const NEW_TAB_ROWS = 1000;
const PROTECTION_MARK = 'SCN CRM:';

export function createBody(title: string, timeZone: string) {
  return {
    properties: { title, timeZone, locale: 'en_GB' },
    sheets: TABS.map((def) => ({
      properties: {
        title: def.name,
        gridProperties: {
          rowCount: NEW_TAB_ROWS,
          columnCount: Math.max(1, def.columns.length),
          ...(def.columns.length > 0 ? { frozenRowCount: 1 } : {}),
        },
      },
    })),
  };
}

export function headerValues() {
  const settings = settingsRows(defaultSettings(), 'en');
  return TABS.filter((d) => d.columns.length > 0).map((def) => ({
    range: `${quoteSheetName(def.name)}!A1`,
    values: [def.columns.map((c) => c.header), ...(def.kind === 'keyValue' ? settings : [])],
  }));
}

function ruleOf(spec: ValidationSpec, rows: number): DataValidationRule {
  switch (spec.kind) {
    case 'list':
      return {
        condition: { type: 'ONE_OF_LIST', values: spec.values.map((v) => ({ userEnteredValue: v })) },
        showCustomUi: true,
        ...(spec.allowInvalid ? {} : { strict: true }),
      };
    case 'checkbox':
      return { condition: { type: 'BOOLEAN' } };
    case 'date':
      return { condition: { type: 'DATE_IS_VALID' }, strict: true };
    case 'range':
      return {
        condition: {
          type: 'ONE_OF_RANGE',
          values: [{ userEnteredValue: `=${quoteSheetName(spec.tab)}!A2:A${rows}` }],
        },
        showCustomUi: true,
        ...(spec.allowInvalid ? {} : { strict: true }),
      };
  }
}

/** The formats, validation and protections of every tab; `ids` are the new tabs' sheet ids by name. */
export function decorationRequests(ids: Map<string, number>): Record<string, unknown>[] {
  const s = defaultSettings();
  const lists: DecorationLists = { languages: s.languages, topics: s.topics };
  const out: Record<string, unknown>[] = [];
  for (const def of TABS as readonly TabDef[]) {
    const sheetId = ids.get(def.name);
    if (sheetId === undefined || def.columns.length === 0) continue;
    const range = (c: number, n = 1) => ({
      sheetId,
      startRowIndex: 1,
      endRowIndex: NEW_TAB_ROWS,
      startColumnIndex: c,
      endColumnIndex: c + n,
    });
    def.columns.forEach((column, c) => {
      if (column.textOnly)
        out.push({
          repeatCell: {
            range: range(c),
            cell: { userEnteredFormat: { numberFormat: { type: 'TEXT', pattern: '@' } } },
            fields: 'userEnteredFormat.numberFormat',
          },
        });
      const spec = validationOf(column, lists);
      if (spec) out.push({ setDataValidation: { range: range(c), rule: ruleOf(spec, NEW_TAB_ROWS) } });
    });
    const decorations = def.columns.map((column, index) => ({ index, column }));
    if (def.columns.every((c) => c.system))
      out.push({
        addProtectedRange: {
          protectedRange: {
            range: { sheetId },
            description: `${PROTECTION_MARK} written by the add-on only`,
            warningOnly: true,
          },
        },
      });
    else
      for (const run of runsBy(decorations, (d) => (d.column.system ? true : undefined)))
        out.push({
          addProtectedRange: {
            protectedRange: {
              range: {
                sheetId,
                startRowIndex: 0,
                endRowIndex: NEW_TAB_ROWS,
                startColumnIndex: run.from,
                endColumnIndex: run.to + 1,
              },
              description: `${PROTECTION_MARK} system columns, set by the add-on`,
              warningOnly: true,
            },
          },
        });
  }
  return out;
}
