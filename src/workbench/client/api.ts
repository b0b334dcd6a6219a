// The page's calls to the workbench server.
// Shapes the server defines are imported as types only (erased by esbuild), so page and server cannot drift apart.

import type { Direction } from '../engine/dataEdge';
import type { PageSelection } from '../engine/pageSelection';
import type { FileSummary } from '../http/filesPage';
import type { OutboxSummary } from '../http/outboxPage';
import type { SheetWindow } from '../http/sheetWindow';

export type { Direction, PageSelection, SheetWindow };
export type OutboxItem = OutboxSummary;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface Entry {
  seq: number;
  kind: string;
  [k: string]: unknown;
}

export interface WorkbenchState {
  title: string;
  file: string;
  user: string;
  users: { email: string; role: string; name: string; active: boolean }[];
  clock: { ms: number; text: string; timeZone: string };
  menus: { caption: string; addon?: boolean; items: MenuEntry[] }[];
  tabs: { name: string; rows: number; cols: number; frozenRows: number; hidden: boolean }[];
  activeTab: string;
  forms: { id: string; title: string; url: string; responses: number }[];
  /** Spreadsheets the script created (archives), beside the workbook. */
  files: FileSummary[];
  triggers: { handler: string; eventType: string; nextRunMs: number | null }[];
  outboxCount: number;
  /** The acting user's CRM language (their sidebar switch, else their locale): the page's own words follow it. */
  language: 'en' | 'fr';
  dataVersion: number;
  entries: Entry[];
  lastSeq: number;
  save: { generation: number; busy: boolean; error: string | null };
  deskOrigin: string | null;
}

export interface ActionResult {
  ok: boolean;
  message?: string;
  entries: Entry[];
}

async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json()) as T & { message?: string };
  if (!res.ok) throw new Error(data.message ?? `The workbench answered ${res.status}`);
  return data;
}

export const api = {
  state: (since: number) => call<WorkbenchState>('GET', `/api/state?since=${since}`),
  sheet: (name: string, start: number, count: number) =>
    call<SheetWindow>('GET', `/api/sheet?name=${encodeURIComponent(name)}&start=${start}&count=${count}`),
  edit: (sheet: string, row: number, col: number, value: string) =>
    call<ActionResult>('POST', '/api/edit', { sheet, row, col, value }),
  run: (fn: string, selection: PageSelection) => call<ActionResult>('POST', '/api/run', { fn, selection }),
  select: (selection: PageSelection) => call<{ ok: boolean }>('POST', '/api/select', selection),
  edge: (sheet: string, row: number, col: number, dir: Direction) =>
    call<{ row: number; col: number }>(
      'GET',
      `/api/edge?sheet=${encodeURIComponent(sheet)}&row=${row}&col=${col}&dir=${dir}`,
    ),
  user: (email: string) => call<ActionResult>('POST', '/api/user', { email }),
  activate: (sheet: string) => call<{ ok: boolean }>('POST', '/api/activate', { sheet }),
  clock: (body: { hours?: number; days?: number; to?: string }) =>
    call<ActionResult>('POST', '/api/clock', body),
  save: () => call<{ ok: boolean; generation: number }>('POST', '/api/save'),
  outbox: () => call<OutboxItem[]>('GET', '/api/outbox'),
};
