// Serves web-app requests the way Apps Script does: doGet(e)/doPost(e) with the documented event object, and the
// HtmlOutput or TextOutput they return as the HTTP response.
// Source: https://developers.google.com/apps-script/guides/web ("Request parameters" and "Requirements for web apps").
import type { Emulator } from './index';
import type { RunResult } from './runtime/execution';
import type { ExecutionOptions, ExecutionState } from './runtime/executionState';
import { CONTENT_MIME_TYPES, TextOutput } from './services/comms/contentService';
import { HtmlOutput } from './services/comms/htmlOutput';

export interface WebAppRequest {
  method: 'GET' | 'POST';
  /** The path after /exec (no leading slash), e.g. `optout`; '' for /exec itself. */
  pathInfo?: string;
  /** The query string without '?', '' or undefined when none. */
  queryString?: string;
  /** A POST body, and its MIME type. */
  body?: string;
  contentType?: string;
}

export interface WebAppResponse {
  status: number;
  contentType: string;
  body: string;
  /** HtmlOutput.setTitle, shown as the page's title; TextOutput.downloadAsFile's name. */
  title?: string;
  fileName?: string;
  execution: ExecutionState;
}

/** The event object `e` (fields as in the guide's table; Google omits pathInfo and postData when absent). */
export function webAppEvent(req: WebAppRequest): Record<string, unknown> {
  const query = req.queryString ?? '';
  const parameters: Record<string, string[]> = {};
  const add = (text: string) => {
    for (const [k, v] of new URLSearchParams(text)) parameters[k] = [...(parameters[k] ?? []), v];
  };
  add(query);
  // Form posts add their fields to the parameters (application/x-www-form-urlencoded bodies).
  const type = req.contentType ?? (req.method === 'POST' ? 'application/x-www-form-urlencoded' : '');
  if (req.method === 'POST' && /^application\/x-www-form-urlencoded/i.test(type)) add(req.body ?? '');
  const parameter = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]]));
  const e: Record<string, unknown> = {
    // "The value of the query string portion of the URL, or null if no query string is specified".
    queryString: query === '' ? null : query,
    parameter,
    parameters,
    contextPath: '',
    // "For POST requests, the length of the request body. For GET requests, -1."
    contentLength: req.method === 'POST' ? Buffer.byteLength(req.body ?? '', 'utf8') : -1,
  };
  if (req.pathInfo) e.pathInfo = req.pathInfo;
  if (req.method === 'POST') {
    const contents = req.body ?? '';
    e.postData = { length: Buffer.byteLength(contents, 'utf8'), type, contents, name: 'postData' };
  }
  return e;
}

const page = (text: string) =>
  `<!doctype html><meta charset="utf-8"><title>Error</title><body style="font-family:Arial,sans-serif">${text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')}</body>`;

/**
 * Runs doGet or doPost for one request. A web app deployed "Execute as: Me" runs as the script's owner; the visitor
 * is the active user ('' for an anonymous visitor, the default here: an email recipient following a link).
 */
export function serveWebApp(
  emu: Emulator,
  req: WebAppRequest,
  options: ExecutionOptions = {},
): WebAppResponse {
  const fn = req.method === 'POST' ? 'doPost' : 'doGet';
  const run: RunResult = emu.run(fn, [webAppEvent(req)], {
    user: '',
    effectiveUser: emu.backend.owner,
    origin: `webapp:${fn}`,
    ...options,
  });
  const execution = run.execution;
  if (run.status !== 'ok') {
    // Google shows the error (e.g. "Script function not found: doGet") on an error page.
    return {
      status: 500,
      contentType: 'text/html; charset=utf-8',
      body: page(run.error ?? 'Error'),
      execution,
    };
  }
  const out = run.value;
  if (out instanceof HtmlOutput) {
    const title = out.getTitle();
    return { status: 200, contentType: 'text/html; charset=utf-8', body: out.getContent(), title, execution };
  }
  if (out instanceof TextOutput) {
    const fileName = out.getFileName() ?? undefined;
    const contentType = `${CONTENT_MIME_TYPES[out.getMimeType()]}; charset=utf-8`;
    return { status: 200, contentType, body: out.getContent(), fileName, execution };
  }
  // What Google shows when doGet returns anything else.
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: page('The script completed but did not return anything.'),
    execution,
  };
}
