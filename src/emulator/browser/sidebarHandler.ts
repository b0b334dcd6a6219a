// A mountable node:http request handler: serves built pages with the google.script shim and answers their calls through the emulator.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Emulator } from '../index';
import { callableFunctionNames } from '../scriptRun/callableFunctions';
import { invokeScriptRun, type ScriptRunOutcome } from '../scriptRun/invoke';
import { clientShimSource } from './clientShim';

export interface HostAction {
  page: string;
  action: 'close' | 'setHeight' | 'setWidth' | 'editor.focus';
  value?: number;
}

export interface RecordedCall {
  page: string;
  name: string;
  args: unknown[];
  user: string | undefined;
  outcome: ScriptRunOutcome;
}

export interface SidebarHandlerOptions {
  emu: Emulator;
  /** The signed-in user for the calls pages make; change it later through `handler.user`. */
  user?: string;
  /** Where the built pages are (default `dist`); read on every request, so a rebuild shows at once. */
  distDir?: string;
  /** Pages by name, instead of (or before) `distDir/<name>.html`; tests use small inline pages. */
  pages?: Record<string, string>;
  /** URL prefix the handler answers under, e.g. '/sidebar/' when mounted in the workbench. Default '/'. */
  basePath?: string;
  /** See ScriptRunRequest.strictReturnValues. */
  strictReturnValues?: boolean;
  onHostAction?: (action: HostAction) => void;
  onCall?: (call: RecordedCall) => void;
}

export interface SidebarHandler {
  /** Answers the request if it is one of this handler's routes; returns false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** The path of a page: `${basePath}page/<name>`. */
  pagePath(name: string): string;
  user: string | undefined;
  readonly calls: RecordedCall[];
  readonly hostActions: HostAction[];
}

const PAGE_NAME = /^[A-Za-z0-9_-]+$/;
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const HOST_ACTIONS = new Set(['close', 'setHeight', 'setWidth', 'editor.focus']);

/** Puts the shim first in <head>, so it exists before any of the page's own scripts run. */
export function injectShim(html: string, shim: string): string {
  const tag = `<script>${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return tag + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

export function createSidebarHandler(options: SidebarHandlerOptions): SidebarHandler {
  const base = (options.basePath ?? '/').replace(/\/?$/, '/');
  const distDir = path.resolve(options.distDir ?? 'dist');
  const calls: RecordedCall[] = [];
  const hostActions: HostAction[] = [];

  function pageHtml(name: string): string | undefined {
    if (options.pages && name in options.pages) return options.pages[name];
    const file = path.join(distDir, `${name}.html`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }

  function servePage(name: string, res: ServerResponse): void {
    const html = PAGE_NAME.test(name) ? pageHtml(name) : undefined;
    if (html === undefined) {
      send(res, 404, 'text/plain', `No page ${name}`);
      return;
    }
    const shim = clientShimSource({
      runEndpoint: `${base}run?page=${encodeURIComponent(name)}`,
      hostEndpoint: `${base}host`,
      functions: callableFunctionNames(options.emu.bundle),
      page: name,
    });
    send(res, 200, 'text/html; charset=utf-8', injectShim(html, shim));
  }

  async function answerRun(req: IncomingMessage, res: ServerResponse, page: string): Promise<void> {
    const body = (await readBody(req)) as { name?: unknown; args?: unknown };
    const name = typeof body.name === 'string' ? body.name : '';
    const args = Array.isArray(body.args) ? body.args : [];
    const outcome = invokeScriptRun(options.emu, {
      name,
      args,
      user: handler.user,
      strictReturnValues: options.strictReturnValues,
    });
    const call: RecordedCall = { page, name, args, user: handler.user, outcome };
    calls.push(call);
    options.onCall?.(call);
    const reply = outcome.ok
      ? { ok: true, value: outcome.value, warning: outcome.warning }
      : { ok: false, error: outcome.error };
    send(res, 200, 'application/json', JSON.stringify(reply));
  }

  async function answerHost(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readBody(req)) as { page?: unknown; action?: unknown; value?: unknown };
    if (typeof body.action !== 'string' || !HOST_ACTIONS.has(body.action)) {
      send(res, 400, 'text/plain', 'Unknown host action');
      return;
    }
    const action: HostAction = { page: String(body.page ?? ''), action: body.action as HostAction['action'] };
    if (typeof body.value === 'number') action.value = body.value;
    hostActions.push(action);
    options.onHostAction?.(action);
    send(res, 204, 'text/plain', '');
  }

  const handler: SidebarHandler = {
    user: options.user,
    calls,
    hostActions,
    pagePath: (name) => `${base}page/${encodeURIComponent(name)}`,
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!url.pathname.startsWith(base)) return false;
      const route = url.pathname.slice(base.length);
      const fail = (e: unknown) => {
        if (!res.headersSent) send(res, 400, 'text/plain', (e as Error).message);
      };
      if (req.method === 'GET' && route.startsWith('page/')) {
        servePage(decodeURIComponent(route.slice('page/'.length)), res);
        return true;
      }
      if (req.method === 'POST' && route === 'run') {
        answerRun(req, res, url.searchParams.get('page') ?? '').catch(fail);
        return true;
      }
      if (req.method === 'POST' && route === 'host') {
        answerHost(req, res).catch(fail);
        return true;
      }
      return false;
    },
  };
  return handler;
}
