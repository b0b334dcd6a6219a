// The spreadsheets the script created (yearly archives) as files beside the workbook: a list, and each one shown
// read-only, a tab at a time (the page never edits an archive; only the script writes to it).
import type { GoogleBackend } from '../../emulator/backend';
import { type CellValue, displayOf } from '../../emulator/services/spreadsheet/install';
import { createdSpreadsheets } from '../persistence/createdFiles';
import { escapeHtml as h } from './httpIo';

/** Rows shown per page of a tab (an archive year can be long). */
export const FILE_PAGE_ROWS = 500;

export interface FileSummary {
  id: string;
  name: string;
  /** The Drive folders it sits in, from the root down. */
  folder: string[];
  url: string;
  rows: number;
}

export function fileSummaries(g: GoogleBackend): FileSummary[] {
  return createdSpreadsheets(g).map((m) => ({
    id: m.id,
    name: m.name,
    folder: g.stores.drive.pathOf(m.id),
    url: `/files/${encodeURIComponent(m.id)}`,
    rows: m.sheets.reduce((n, s) => n + Math.max(0, s.lastRow() - 1), 0),
  }));
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${h(title)}</title><link rel="stylesheet" href="/assets/forms.css"></head><body><main class="form-card file-view">${body}</main></body></html>`;
}

export function renderFileList(g: GoogleBackend): string {
  const items = fileSummaries(g)
    .map(
      (f) =>
        `<li><a href="${h(f.url)}">${h(f.name)}</a> <span class="count">${h([...f.folder, ''].join(' / '))}${f.rows} row(s)</span></li>`,
    )
    .join('');
  return page(
    'Files',
    `<header><h1>Files</h1></header>${items ? `<ul class="form-list">${items}</ul>` : '<p>No files yet: Archive history creates them.</p>'}`,
  );
}

/** One created spreadsheet, read-only: its tabs as links, the chosen tab's cells as text (never as HTML). */
export function renderFile(
  g: GoogleBackend,
  id: string,
  tab: string | null,
  from: number,
): string | undefined {
  const model = createdSpreadsheets(g).find((m) => m.id === id);
  if (!model) return undefined;
  const sheet = model.sheets.find((s) => s.name === tab) ?? model.sheets[0];
  const base = `/files/${encodeURIComponent(id)}`;
  const tabs = model.sheets
    .map((s) => {
      const href = `${base}?tab=${encodeURIComponent(s.name)}`;
      const current = s === sheet ? ' aria-current="page"' : '';
      return `<li><a href="${h(href)}"${current}>${h(s.name)}</a> <span class="count">${Math.max(0, s.lastRow() - 1)} row(s)</span></li>`;
    })
    .join('');
  const lastRow = sheet.lastRow();
  const lastCol = Math.max(1, sheet.lastColumn());
  const start = Math.max(2, Math.min(from, lastRow));
  const end = Math.min(lastRow, start + FILE_PAGE_ROWS - 1);
  const cell = (tag: string, r: number, c: number, v: unknown) =>
    `<${tag}>${h(displayOf(v as CellValue, sheet.formats.numberFormat.get(r, c), model))}</${tag}>`;
  const header =
    lastRow >= 1
      ? `<tr>${sheet
          .getValues(1, 1, 1, lastCol)[0]!
          .map((v, c) => cell('th', 1, c + 1, v))
          .join('')}</tr>`
      : '';
  const body =
    lastRow >= 2
      ? sheet
          .getValues(start, 1, end - start + 1, lastCol)
          .map((line, i) => `<tr>${line.map((v, c) => cell('td', start + i, c + 1, v)).join('')}</tr>`)
          .join('')
      : '';
  const more =
    end < lastRow
      ? `<p><a href="${h(`${base}?tab=${encodeURIComponent(sheet.name)}&from=${end + 1}`)}">Rows ${end + 1}–${Math.min(lastRow, end + FILE_PAGE_ROWS)}</a></p>`
      : '';
  return page(
    model.name,
    `<header><h1>${h(model.name)}</h1><p class="read-only">Read-only: only the script writes to this file.</p></header>` +
      `<nav aria-label="Tabs"><ul class="form-list">${tabs}</ul></nav>` +
      `<table class="file-sheet" aria-label="${h(sheet.name)}"><thead>${header}</thead><tbody>${body}</tbody></table>${more}`,
  );
}
