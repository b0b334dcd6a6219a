// The page's JSON API: state and activity, grid windows, edits, menu items, the user, the clock, saving, the outbox.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { zonedParts } from '../../emulator/services/shared/zonedTime';
import { dataEdge, isDirection } from '../engine/dataEdge';
import type { WorkbenchEngine } from '../engine/engine';
import { pageSelectionOf } from '../engine/pageSelection';
import type { WorkbookSaver } from '../persistence/workbookFile';
import { fileSummaries } from './filesPage';
import { formPath } from './formPage';
import { readJson, sendJson } from './httpIo';
import { outboxSummary } from './outboxPage';
import { sheetWindow } from './sheetWindow';

export interface ApiContext {
  engine: WorkbenchEngine;
  saver: WorkbookSaver;
  deskOrigin: string | undefined;
  file: string;
}

const HOUR_MS = 3_600_000;

function clockText(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  // The CRM's one date-and-time format (src/core/calendar/displayDate.ts), as the grid, sidebars and Outbox show it.
  return `${two(p.day)}/${two(p.month)}/${p.year} ${two(p.hour)}:${two(p.minute)}`;
}

export function stateOf(ctx: ApiContext, since: number) {
  const { engine, saver } = ctx;
  const g = engine.emu.backend;
  const model = engine.model;
  return {
    title: model.name,
    file: ctx.file,
    user: engine.user,
    users: engine.users(),
    clock: { ms: g.clock.now(), text: clockText(g.clock.now(), model.timeZone), timeZone: model.timeZone },
    menus: model.ui.menus,
    tabs: model.sheets.map((s) => ({
      name: s.name,
      rows: s.lastRow(),
      cols: s.lastColumn(),
      frozenRows: s.frozenRows,
      hidden: s.hidden,
    })),
    activeTab: model.activeSheet.name,
    forms: [...g.stores.comms.forms.forms.values()].map((f) => ({
      id: f.id,
      title: f.title,
      url: formPath(f, 'viewform'),
      responses: f.responses.length,
    })),
    files: fileSummaries(g),
    triggers: g.stores.script.triggers.triggers.map((t) => ({
      handler: t.handler,
      eventType: t.eventType,
      nextRunMs: t.nextRunMs ?? null,
    })),
    outboxCount: g.stores.comms.mail.outbox.length,
    language: engine.language(),
    dataVersion: engine.dataVersion,
    entries: engine.log.since(since),
    lastSeq: engine.log.lastSeq,
    save: { generation: saver.generation, busy: saver.busy, error: saver.lastError?.message ?? null },
    deskOrigin: ctx.deskOrigin ?? null,
  };
}

type Handler = (ctx: ApiContext, url: URL, req: IncomingMessage) => Promise<unknown> | unknown;

const GET: Record<string, Handler> = {
  '/api/state': (ctx, url) => stateOf(ctx, Number(url.searchParams.get('since') ?? 0)),
  '/api/sheet': (ctx, url) => {
    const sheet = ctx.engine.model.sheetByName(url.searchParams.get('name') ?? '');
    if (!sheet) throw new Error('No such tab');
    return sheetWindow(
      ctx.engine.model,
      sheet,
      Number(url.searchParams.get('start') ?? 1),
      Number(url.searchParams.get('count') ?? 100),
    );
  },
  /** Where Ctrl+arrow lands from a cell (the page holds only the rows on screen; the server has them all). */
  '/api/edge': (ctx, url) => {
    const sheet = ctx.engine.model.sheetByName(url.searchParams.get('sheet') ?? '');
    const dir = url.searchParams.get('dir') ?? '';
    if (!sheet || !isDirection(dir)) throw new Error('No such tab or direction');
    const limits = {
      rows: Math.max(sheet.maxRows, sheet.lastRow()),
      cols: Math.max(sheet.maxColumns, sheet.lastColumn()),
    };
    const at = (k: string) => Math.max(1, Math.floor(Number(url.searchParams.get(k))) || 1);
    return dataEdge(sheet, at('row'), at('col'), dir, limits);
  },
  '/api/outbox': (ctx) => ctx.engine.emu.backend.stores.comms.mail.outbox.map(outboxSummary).reverse(),
};

const POST: Record<string, Handler> = {
  '/api/edit': async (ctx, _url, req) => {
    const b = await readJson<{ sheet: string; row: number; col: number; value: string }>(req);
    return ctx.engine.editCell(String(b.sheet), Number(b.row), Number(b.col), String(b.value ?? ''));
  },
  '/api/run': async (ctx, _url, req) => {
    const b = await readJson<{ fn: string; selection?: unknown }>(req);
    return ctx.engine.runMenuItem(String(b.fn), pageSelectionOf(b.selection));
  },
  /** The person's selection: the spreadsheet's active range and current cell from now on. */
  '/api/select': async (ctx, _url, req) => {
    const selection = pageSelectionOf(await readJson<unknown>(req));
    return { ok: !!selection && ctx.engine.select(selection) };
  },
  '/api/user': async (ctx, _url, req) =>
    ctx.engine.setUser(String((await readJson<{ email: string }>(req)).email)),
  /** The person opened a tab: A1 is selected there, as when a tab is opened in Sheets. */
  '/api/activate': async (ctx, _url, req) => {
    const sheet = String((await readJson<{ sheet: string }>(req)).sheet);
    const one = { row: 1, col: 1, numRows: 1, numCols: 1, currentRow: 1, currentCol: 1 };
    return { ok: ctx.engine.select({ sheet, ...one }) };
  },
  '/api/clock': async (ctx, _url, req) => {
    const b = await readJson<{ hours?: number; days?: number; to?: string }>(req);
    const now = ctx.engine.emu.backend.clock.now();
    let ms = (Number(b.hours ?? 0) + Number(b.days ?? 0) * 24) * HOUR_MS;
    if (b.to) ms = new Date(b.to).getTime() - now;
    return ctx.engine.advanceClock(ms);
  },
  '/api/save': async (ctx) => {
    await ctx.saver.request();
    return {
      ok: !ctx.saver.lastError,
      generation: ctx.saver.generation,
      error: ctx.saver.lastError?.message,
    };
  },
};

/** Answers /api/* requests; returns false for other paths. */
export function handleApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const table = req.method === 'GET' ? GET : req.method === 'POST' ? POST : {};
  const handler = table[url.pathname];
  if (!handler) return false;
  Promise.resolve()
    .then(() => handler(ctx, url, req))
    .then(
      (body) => sendJson(res, 200, body),
      (e: Error) => sendJson(res, 400, { ok: false, message: e.message }),
    );
  return true;
}
