// The latency model: modelled milliseconds per service call, each constant with where it comes from.
//
// Apps Script gives no official per-call figures. The constants below come from public measurements and
// Google's own guidance; where a figure is our estimate it says so. What the benchmark compares is the
// count of calls and cells, which does not depend on these constants; they only turn counts into seconds.

/** How a call is classed for the benchmark's lower bound: `read` and `write` move cells, `send` sends mail. */
export type CallClass = 'read' | 'write' | 'send' | 'flush' | 'other';

export const LATENCY = {
  /**
   * A Spreadsheet read (getValues and friends): a round trip to the Sheets backend.
   * "Calls to the spreadsheet are relatively slow… we do some look ahead caching" —
   * googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html. A single read of a
   * 4,000-cell sheet was measured under 50 ms (ScriptDB vs SpreadsheetApp, Stack Overflow q. 11371159).
   * Estimate: 40 ms per read plus 0.002 ms per cell.
   */
  sheetReadMs: 40,
  sheetReadPerCellMs: 0.002,
  /**
   * A TextFinder search (findAll, findNext): one round trip like a read, plus the cells searched inside Sheets.
   * No public measurement separates the scan from the round trip; Tanaike's comparison of TextFinder with
   * getValues + a JavaScript loop (github.com/tanaikech/taking-advantage-of-google-apps-script/issues/1)
   * found the search at least as fast as reading the same cells. Estimate: each searched cell costs what a cell
   * read costs, without the transfer to the script being counted as cells read.
   */
  sheetScanPerCellMs: 0.002,
  /** A Spreadsheet write (setValues, appendRow, insertRows…): same source; estimate 50 ms plus 0.005 ms per cell. */
  sheetWriteMs: 50,
  sheetWritePerCellMs: 0.005,
  /**
   * SpreadsheetApp.flush(): applies the writes Apps Script has held back, so its cost grows with them. One public
   * measurement gives two points (Stack Overflow q. 11371159, "What is faster: ScriptDb or SpreadsheetApp?", from
   * the ScriptDB years, before 2014): 400 one-row setValues (10 cells each) took 164 ms, and "almost 12 seconds"
   * with a flush after each, so a flush carrying one 10-cell row cost about (12,000 − 164) / 400 ≈ 30 ms; one
   * 4,000-cell setValues took under 50 ms, and 610 ms with a flush after it, so a flush carrying 4,000 cells cost
   * about 560 ms. The line through both is 29 ms + 0.133 ms per pending cell: modelled as 30 ms + 0.13 ms per cell
   * that value writes (FLUSHED_WRITES) put on the sheet since the previous flush (the emulator counts them). Only
   * values were measured, so formats and rules add nothing to a flush (their calls keep the estimate above); a
   * flushed value write is charged its call too (conservative). The measurement predates the V8 runtime; no newer
   * public figure was found (searched: flush latency, Apps Script service call benchmarks).
   */
  flushMs: 30,
  flushPerPendingCellMs: 0.13,
  /** Navigation and metadata calls (getSheetByName, getRange, getLastRow…): estimate 2 ms; mostly served from cache. */
  navigationMs: 2,
  /**
   * PropertiesService: getProperty averaged 30 ms, setProperty 62 ms over 100 runs
   * (ziritione.org/post/apps_script_performance).
   */
  propertiesReadMs: 30,
  propertiesWriteMs: 62,
  /** CacheService: get averaged 3 ms, put 93 ms (same source). */
  cacheReadMs: 3,
  cacheWriteMs: 93,
  /** LockService acquire/release: estimate 20 ms (a properties-like backend round trip). */
  lockMs: 20,
  /** MailApp/GmailApp send: estimate 300 ms per message (a Gmail API round trip). */
  sendMs: 300,
  /** Builders, enums, Utilities and Session: in-process JavaScript on Google's side; estimate 0.1 ms. */
  localMs: 0.1,
  /** Any other service call not classed above: estimate 20 ms. */
  defaultMs: 20,
} as const;

/** The writes whose cells a flush applies (the measured kind: values; see LATENCY.flushMs). */
export const FLUSHED_WRITES =
  /^(setValues?|appendRow|setFormulas?|setFormulaR1C1|setFormulasR1C1|setRichTextValues?)$/;

/** Apps Script's limit on one execution: 6 minutes (developers.google.com/apps-script/guides/services/quotas). */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** Simple triggers "cannot run for longer than 30 seconds" (developers.google.com/apps-script/guides/triggers#restrictions). */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

export interface CallCost {
  ms: number;
  class: CallClass;
}

const SHEET_READS =
  /^(getValues?|getDisplayValues?|getFormulas?|getFormulasR1C1|getFormulaR1C1|getNotes?|getBackgrounds?|getBackground|getFontWeights?|getNumberFormats?|getNumberFormat|getRichTextValues?|getDataValidations?|getDataValidation|getMergedRanges|isBlank)$/;
const SHEET_WRITES =
  /^(setValues?|setFormulas?|setFormulaR1C1|setFormulasR1C1|setNotes?|setNote|setBackgrounds?|setBackground|setFontWeights?|setFontWeight|setNumberFormats?|setNumberFormat|setDataValidations?|setDataValidation|clear|clearContent|clearFormat|clearDataValidations|clearNote|appendRow|insertRows?|insertRowsAfter|insertRowsBefore|insertRowAfter|insertRowBefore|insertColumns?|insertColumnsAfter|insertColumnsBefore|insertColumnAfter|insertColumnBefore|deleteRows?|deleteColumns?|deleteRow|deleteColumn|insertSheet|deleteSheet|setFrozenRows|setFrozenColumns|setName|setColumnWidth|setColumnWidths|protect|setConditionalFormatRules|setNamedRange|removeNamedRange|autoResizeColumns?|setTabColor|hideSheet|showSheet|setFontColor|setFontColors|setWrap|setHorizontalAlignment|setVerticalAlignment|setBorder|copyTo|moveTo|sort|insertChart|updateChart|removeChart)$/;

/** The modelled cost of one call. `cells` is the number of cells it read or wrote. */
export function costOf(service: string, type: string, method: string, cells: number, scanned = 0): CallCost {
  if (service === 'SpreadsheetApp') {
    // For flush, `cells` is the number of cells written since the previous flush (see LATENCY.flushMs).
    if (method === 'flush')
      return { ms: LATENCY.flushMs + cells * LATENCY.flushPerPendingCellMs, class: 'flush' };
    if (type === 'TextFinder') {
      if (/^find(All|Next|Previous)$/.test(method))
        return { ms: LATENCY.sheetReadMs + scanned * LATENCY.sheetScanPerCellMs, class: 'read' };
      return { ms: LATENCY.localMs, class: 'other' };
    }
    if (type === 'Range' || type === 'Sheet' || type === 'Spreadsheet' || type === 'RangeList') {
      if (SHEET_READS.test(method))
        return { ms: LATENCY.sheetReadMs + cells * LATENCY.sheetReadPerCellMs, class: 'read' };
      if (SHEET_WRITES.test(method))
        return { ms: LATENCY.sheetWriteMs + cells * LATENCY.sheetWritePerCellMs, class: 'write' };
    }
    if (/Builder$|^DataValidation$|^ConditionalFormatRule/.test(type))
      return { ms: LATENCY.localMs, class: 'other' };
    return { ms: LATENCY.navigationMs, class: 'other' };
  }
  switch (service) {
    case 'PropertiesService':
      if (type === 'PropertiesService') return { ms: LATENCY.localMs, class: 'other' };
      return /^(get|getProperty|getProperties|getKeys)$/.test(method)
        ? { ms: LATENCY.propertiesReadMs, class: 'other' }
        : { ms: LATENCY.propertiesWriteMs, class: 'other' };
    case 'CacheService':
      if (type === 'CacheService') return { ms: LATENCY.localMs, class: 'other' };
      return /^get/.test(method)
        ? { ms: LATENCY.cacheReadMs, class: 'other' }
        : { ms: LATENCY.cacheWriteMs, class: 'other' };
    case 'LockService':
      return type === 'LockService'
        ? { ms: LATENCY.localMs, class: 'other' }
        : { ms: LATENCY.lockMs, class: 'other' };
    case 'MailApp':
    case 'GmailApp':
      if (/^(sendEmail|send|reply|replyAll|forward)$/.test(method))
        return { ms: LATENCY.sendMs, class: 'send' };
      return { ms: LATENCY.defaultMs, class: 'other' };
    case 'Gmail':
      // The advanced service: a send is a Gmail API round trip like GmailApp's; reads like any other call.
      if (method === 'send') return { ms: LATENCY.sendMs, class: 'send' };
      return { ms: LATENCY.defaultMs, class: 'other' };
    case 'Sheets':
      // The advanced service's Values.batchGet: one round trip to the Sheets backend like a getValues, plus every
      // cell of every range requested. An estimate like the others (no public measurement sets it apart from a
      // getValues; the REST API and SpreadsheetApp are believed to share the backend); other calls: navigation.
      if (method === 'batchGet')
        return { ms: LATENCY.sheetReadMs + cells * LATENCY.sheetReadPerCellMs, class: 'read' };
      return { ms: LATENCY.navigationMs, class: 'other' };
    case 'Utilities':
    case 'ContentService':
    case 'Session':
    case 'Logger':
      return { ms: LATENCY.localMs, class: 'other' };
    default:
      return { ms: LATENCY.defaultMs, class: 'other' };
  }
}
