// Setup, part 2: header notes and bold, frozen row, '@' formats, dropdowns, widths, protection, conditional formats.
//
// These cannot be compared cheaply (each would be one more read per tab), so setup stores a fingerprint of
// what it applied (definition, header layout, grid size, Settings lists) in the document properties and
// re-applies a tab's decorations only when that fingerprint changes: a second run writes nothing.
//
// Protection is warning-only: menu and sidebar actions run as the user at the keyboard, so a protection
// limited to admins would also stop coordinators' own saves through the add-on (ids, versions, audit rows).
// A warning still stops accidental edits of system columns. https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)

import type { TabDef } from '../../../sheets-templates';
import { fieldNote, message } from '../../core/messages';
import type { Language } from '../../core/messages/language';
import { matchHeaders } from '../../core/workbook/headerMatch';
import {
  CONDITIONAL_RULES,
  type ColumnDecoration,
  columnDecorations,
  type DecorationLists,
  fingerprint,
  RULE_MARK,
  runsBy,
} from '../../core/workbook/tabDecorations';
import { plainTextSpans } from '../store/columnSpans';
import type { WorkbookSession } from '../store/session';
import { layRules, rulesReachLastRow } from './ruleCoverage';

/** Raise when the way setup decorates tabs changes, so every tab is decorated again once. */
const SETUP_VERSION = 1;
const PROTECTION_MARK = 'SCN CRM:';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function fingerprintKey(tab: string): string {
  return `scn.setup.${tab}`;
}

function protect(sheet: Sheet, def: TabDef, decorations: ColumnDecoration[], maxRows: number): void {
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (p.getDescription().indexOf(PROTECTION_MARK) === 0) p.remove();
  }
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
    if (p.getDescription().indexOf(PROTECTION_MARK) === 0) p.remove();
  }
  if (def.columns.every((c) => c.system)) {
    sheet.protect().setDescription(`${PROTECTION_MARK} written by the add-on only`).setWarningOnly(true);
    return;
  }
  for (const run of runsBy(decorations, (d) => (d.column.system ? true : undefined))) {
    sheet
      .getRange(1, run.from + 1, maxRows, run.to - run.from + 1)
      .protect()
      .setDescription(`${PROTECTION_MARK} system columns, set by the add-on`)
      .setWarningOnly(true);
  }
}

function conditionalFormats(sheet: Sheet, def: TabDef, index: Record<string, number>, maxRows: number): void {
  const specs = CONDITIONAL_RULES[def.name] ?? [];
  const existing = sheet.getConditionalFormatRules();
  const keep = existing.filter((r) => {
    const c = r.getBooleanCondition();
    const values = c ? c.getCriteriaValues() : [];
    return !values.some((v) => typeof v === 'string' && v.indexOf(RULE_MARK) >= 0);
  });
  if (specs.length === 0 && keep.length === existing.length) return;
  const letter = (key: string) => {
    const i = index[key];
    let n = (i ?? 0) + 1;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return `$${s}`;
  };
  const ours: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const spec of specs) {
    const cols = spec.keys.map((k) => index[k]).filter((i): i is number => i !== undefined);
    if (cols.length === 0) continue;
    const ranges = cols.map((i) => sheet.getRange(2, i + 1, maxRows - 1, 1));
    let b = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula(letter))
      .setRanges(ranges);
    if (spec.background) b = b.setBackground(spec.background);
    if (spec.fontColor) b = b.setFontColor(spec.fontColor);
    ours.push(b.build());
  }
  sheet.setConditionalFormatRules(keep.concat(ours));
}

/** Applies a tab's decorations when its fingerprint changed; returns true when it wrote anything. */
export function decorateTab(
  session: WorkbookSession,
  def: TabDef,
  sheet: Sheet,
  headers: string[],
  lists: DecorationLists,
  stored: Record<string, string>,
  changes: string[],
  lang: Language,
): boolean {
  if (def.columns.length === 0) return false;
  const match = matchHeaders(def, headers);
  const maxRows = Math.max(sheet.getMaxRows(), 2);
  const decorations = columnDecorations(def, match, lists);
  const fp = fingerprint([
    SETUP_VERSION,
    def,
    headers,
    maxRows,
    decorations.map((d) => d.validation ?? null),
    lang,
  ]);
  if (stored[fingerprintKey(def.name)] === fp && sheet.getFrozenRows() === 1) {
    // Same layout, same grid: only rules cut short since (a person removed them, an import) need laying again.
    if (rulesReachLastRow(sheet, decorations, maxRows)) return false;
    layRules(session, sheet, decorations, maxRows, lang);
    changes.push(message('setup.rulesExtended', { tab: def.name, row: maxRows }));
    return true;
  }

  const width = headers.length;
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  for (const run of runsBy(decorations, () => true)) {
    const notes = decorations
      .filter((d) => d.index >= run.from && d.index <= run.to)
      .map((d) => fieldNote(def.name, d.column.key, d.column.note, lang));
    sheet.getRange(1, run.from + 1, 1, notes.length).setNotes([notes]);
  }
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
  for (const s of plainTextSpans(def, match)) {
    sheet.getRange(2, s.from + 1, maxRows - 1, s.to - s.from + 1).setNumberFormat('@');
  }
  layRules(session, sheet, decorations, maxRows, lang);
  for (const run of runsBy(decorations, (d) => d.column.width)) {
    sheet.setColumnWidths(run.from + 1, run.to - run.from + 1, run.value);
  }
  protect(sheet, def, decorations, maxRows);
  conditionalFormats(sheet, def, match.index, maxRows);
  session.properties().setProperty(fingerprintKey(def.name), fp);
  changes.push(message('setup.decorated', { tab: def.name }));
  return true;
}
