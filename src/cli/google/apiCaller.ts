// Every request the CLI makes to Google goes through here: kept under the per-minute quota (the Sheets API allows
// 60 read and 60 write requests per minute per user: https://developers.google.com/sheets/api/limits), retried with
// exponential backoff on 429 and 5xx as that page asks, counted, and turned into a clear message when it fails.

export type RequestKind = 'read' | 'write' | 'other';

export interface CallerOptions {
  /** Requests of one kind allowed in any 60-second window (60: Google's per-user limit). */
  perMinute?: number;
  /** The first retry's wait; doubles each time (Google suggests 1 s, 2 s, 4 s … up to 64 s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Tries in all before giving up. */
  maxAttempts?: number;
  /** Told of each retry (the progress line shows it). */
  onRetry?: (info: { label: string; status: number; attempt: number; waitMs: number }) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** A failure the CLI explains to the person (printed without a stack). */
export class CliError extends Error {}

interface GaxiosLike {
  response?: { status?: number; data?: { error?: { message?: string; status?: string } } };
  status?: number;
  code?: number | string;
  message: string;
}

export function statusOf(e: unknown): number | undefined {
  const g = e as GaxiosLike;
  const s = g.response?.status ?? g.status ?? (typeof g.code === 'number' ? g.code : Number(g.code));
  return Number.isFinite(s) ? (s as number) : undefined;
}

function isNetworkError(e: unknown): boolean {
  const text = `${(e as Error).message} ${String((e as { cause?: unknown }).cause ?? '')}`;
  return /fetch failed|ECONNRESET|socket hang up|other side closed|ETIMEDOUT/i.test(text);
}

export function googleMessage(e: unknown): string {
  const g = e as GaxiosLike;
  return g.response?.data?.error?.message ?? g.message;
}

export class ApiCaller {
  /** Requests sent (retries included), by kind. */
  readonly sent: Record<RequestKind, number> = { read: 0, write: 0, other: 0 };
  retries = 0;
  private readonly stamps: Record<RequestKind, number[]> = { read: [], write: [], other: [] };
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: CallerOptions = {}) {
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  get total(): number {
    return this.sent.read + this.sent.write + this.sent.other;
  }

  /** Waits until one more request of `kind` stays within the per-minute budget. */
  private async pace(kind: RequestKind): Promise<void> {
    const limit = this.options.perMinute ?? 60;
    const stamps = this.stamps[kind];
    for (;;) {
      const now = Date.now();
      while (stamps.length > 0 && now - stamps[0]! >= 60_000) stamps.shift();
      if (stamps.length < limit) {
        stamps.push(now);
        return;
      }
      await this.sleep(60_000 - (now - stamps[0]!) + 5);
    }
  }

  async call<T>(label: string, kind: RequestKind, fn: () => Promise<{ data: T }>): Promise<T> {
    const max = this.options.maxAttempts ?? 7;
    const base = this.options.backoffMs ?? 1000;
    const cap = this.options.maxBackoffMs ?? 64_000;
    for (let attempt = 1; ; attempt++) {
      await this.pace(kind);
      this.sent[kind]++;
      try {
        return (await fn()).data;
      } catch (e) {
        const status = statusOf(e);
        // A dropped connection (no status: "fetch failed", ECONNRESET) is retried like a 5xx.
        const retryable =
          status === 429 ||
          (status !== undefined && status >= 500) ||
          (status === undefined && isNetworkError(e));
        if (!retryable || attempt >= max) throw explain(label, e, attempt);
        const waitMs = Math.min(cap, base * 2 ** (attempt - 1)) + Math.floor(Math.random() * base * 0.1);
        this.retries++;
        this.options.onRetry?.({ label, status: status!, attempt, waitMs });
        await this.sleep(waitMs);
      }
    }
  }
}

/** Google's error as a sentence saying what to do. */
export function explain(label: string, e: unknown, attempts = 1): CliError {
  const status = statusOf(e);
  const msg = googleMessage(e);
  // The saved sign-in's refresh token refused by the token endpoint (revoked, expired, or the client's secret reset).
  const oauth = (e as { response?: { data?: { error?: unknown; error_description?: unknown } } }).response
    ?.data;
  if (oauth && typeof oauth.error === 'string')
    return new CliError(
      `Google refused the saved sign-in while trying to ${label} (${oauth.error}: ${String(oauth.error_description ?? '')}).\n` +
        'Sign in again with `npm run crm -- login --client client_secret.json` (README, "Command line").',
    );
  if (status === 401)
    return new CliError(
      `Google refused the credentials (401) while trying to ${label}: ${msg}\n` +
        'Sign in again with `npm run crm -- login`, or check the service-account key (see the README, "Command line").',
    );
  if (status === 404)
    return new CliError(
      `Google found nothing to ${label} (404: ${msg})\nCheck the id (for a spreadsheet, the part of its address between /d/ and /edit) and that this account can open it.`,
    );
  if (status === 403 && /Apps Script API/i.test(msg))
    return new CliError(
      `${msg}\nTurn on the Apps Script API once for this account at https://script.google.com/home/usersettings.`,
    );
  if (status === 403)
    return new CliError(
      `Google refused to ${label} (403): ${msg}\nThis account needs edit access to the file.`,
    );
  if (status === 429 || (status !== undefined && status >= 500))
    return new CliError(
      `Google kept refusing to ${label} (${status}) after ${attempts} tries: ${msg}\nRun the same command again later: it resumes.`,
    );
  return new CliError(`Could not ${label}${status ? ` (${status})` : ''}: ${msg}`);
}
