// A local fake of Google's REST APIs on 127.0.0.1 for the CLI's tests and bench: Sheets v4, Drive v3 and the Apps
// Script API, served over the emulator's own workbooks and Drive (a GoogleBackend), so a workbook the CLI writes
// is one the shipped bundle can run on. The real `googleapis` client reaches it through its `rootUrl` option.
//
// What it models, with Google's references:
// - Authorisation: a bearer token the fake was given, else 401 UNAUTHENTICATED
//   (https://cloud.google.com/apis/design/errors#handling_errors — the error object's code, message and status).
// - Sheets quotas: 60 read and 60 write requests per minute per user, 300 per project; past them 429
//   RESOURCE_EXHAUSTED, refilled each minute (https://developers.google.com/sheets/api/limits). The message is the
//   one Google sends (believed, from public reports such as https://pastebin.com/A9auJNW7).
// - Missing spreadsheet or file: 404 NOT_FOUND "Requested entity was not found." (believed from public reports).
// - Injected faults for tests: 5xx outages and one-off 429s.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GoogleBackend } from '../emulator/backend';
import { handleDrive } from './driveFake';
import { type FakeOAuthClient, OAuthFake } from './oauthFake';
import { handleScript, type ScriptProject } from './scriptFake';
import { handleSheets } from './sheetsFake';

export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly status: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

export interface FakeRequest {
  method: string;
  /** The path without the query string, e.g. /v4/spreadsheets/ID:batchUpdate. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  user: string;
}

export interface FakeOptions {
  /** Access token → the account it stands for. */
  tokens: Record<string, string>;
  /** Sheets requests per window per user (60) and per project (300), each for reads and for writes. */
  perUser?: number;
  perProject?: number;
  /** The quota window; Google's is one minute. Tests shorten it. */
  windowMs?: number;
  /** The Apps Script API turned off in the user's settings (https://script.google.com/home/usersettings). */
  scriptApiDisabled?: boolean;
  /** OAuth clients ("Desktop app") `crm login` may sign in with (oauthFake.ts), by client id. */
  oauthClients?: Record<string, FakeOAuthClient>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  api: 'sheets' | 'drive' | 'script' | 'other';
}

export class FakeGoogle {
  readonly log: LoggedRequest[] = [];
  readonly projects = new Map<string, ScriptProject>();
  /** Every request after this many answers 503 (an outage) until cleared. */
  outageAfter: number | undefined;
  /** The next N Sheets requests answer 429 whatever the counts. */
  forced429 = 0;
  private server: http.Server | undefined;
  private windows = new Map<string, { start: number; count: number }>();
  /** The sign-in endpoints; the access tokens they issue join `options.tokens`. */
  readonly oauth: OAuthFake;

  constructor(
    readonly backend: GoogleBackend,
    readonly options: FakeOptions,
  ) {
    this.oauth = new OAuthFake(options.oauthClients ?? {}, options.tokens);
  }

  get rootUrl(): string {
    const a = this.server?.address() as AddressInfo | null;
    if (!a) throw new Error('The fake Google server is not listening.');
    return `http://127.0.0.1:${a.port}/`;
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.serve(req, res));
    // Node closes idle keep-alive sockets after 5 s, which races the client reusing one between slow batches.
    this.server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.rootUrl;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** Requests to one API since the log was last cleared. */
  count(api: LoggedRequest['api']): number {
    return this.log.filter((r) => r.api === api).length;
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const api: LoggedRequest['api'] = path.startsWith('/v4/')
      ? 'sheets'
      : path.includes('/drive/v3/')
        ? 'drive'
        : path.startsWith('/v1/')
          ? 'script'
          : 'other';
    const method = req.method ?? 'GET';
    let status = 200;
    let payload: unknown;
    try {
      const raw = await readBody(req);
      if (this.oauth.handle(path, url.searchParams, raw, res)) {
        this.log.push({ method, path, status: res.statusCode, api: 'other' });
        return;
      }
      if (this.outageAfter !== undefined && this.log.length >= this.outageAfter)
        throw new ApiError(503, 'The service is currently unavailable.', 'UNAVAILABLE');
      const user = this.authorise(req.headers.authorization);
      const body = raw.length > 0 && /json/.test(req.headers['content-type'] ?? '') ? JSON.parse(raw) : raw;
      const fr: FakeRequest = { method, path, query: url.searchParams, body, user };
      if (api === 'sheets') {
        this.charge(user, method === 'GET' ? 'read' : 'write');
        payload = handleSheets(this.backend, fr);
      } else if (api === 'drive') payload = handleDrive(this.backend, fr);
      else if (api === 'script') {
        if (this.options.scriptApiDisabled)
          throw new ApiError(
            403,
            'User has not enabled the Apps Script API. Enable it by visiting https://script.google.com/home/usersettings then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
            'PERMISSION_DENIED',
          );
        payload = handleScript(this.backend, this.projects, fr);
      } else throw new ApiError(404, `Not Found: ${path}`, 'NOT_FOUND');
    } catch (e) {
      const err =
        e instanceof ApiError ? e : new ApiError(500, `Internal error: ${(e as Error).message}`, 'INTERNAL');
      status = err.code;
      payload = {
        error: {
          code: err.code,
          message: err.message,
          status: err.status,
          ...(err.reason ? { errors: [{ message: err.message, domain: 'global', reason: err.reason }] } : {}),
        },
      };
    }
    this.log.push({ method, path, status, api });
    const text = JSON.stringify(payload ?? {});
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(text);
  }

  private authorise(header: string | undefined): string {
    const m = /^Bearer (.+)$/.exec(header ?? '');
    const user = m ? this.options.tokens[m[1]!] : undefined;
    if (!user)
      throw new ApiError(
        401,
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
        'UNAUTHENTICATED',
      );
    return user;
  }

  /** Counts a Sheets request against the per-user and per-project quotas of its kind. */
  private charge(user: string, kind: 'read' | 'write'): void {
    const label = kind === 'read' ? 'Read requests' : 'Write requests';
    if (this.forced429 > 0) {
      this.forced429--;
      throw quotaError(label, 'per user');
    }
    const windowMs = this.options.windowMs ?? 60_000;
    const now = Date.now();
    const check = (key: string, limit: number, scope: string) => {
      let w = this.windows.get(key);
      if (!w || now - w.start >= windowMs) {
        w = { start: now, count: 0 };
        this.windows.set(key, w);
      }
      if (w.count >= limit) throw quotaError(label, scope);
      return w;
    };
    const u = check(`${kind}:${user}`, this.options.perUser ?? 60, 'per user');
    const p = check(`${kind}:project`, this.options.perProject ?? 300, 'per project');
    u.count++;
    p.count++;
  }
}

function quotaError(label: string, scope: string): ApiError {
  return new ApiError(
    429,
    `Quota exceeded for quota metric '${label}' and limit '${label} per minute ${scope}' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.`,
    'RESOURCE_EXHAUSTED',
    'rateLimitExceeded',
  );
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function notFound(): ApiError {
  return new ApiError(404, 'Requested entity was not found.', 'NOT_FOUND');
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, message, 'INVALID_ARGUMENT');
}
