// CacheService and Cache: script, per-user and per-document caches whose entries expire on the virtual clock.
// Source: https://developers.google.com/apps-script/reference/cache/cache
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';

/** put(): "the maximum is 21600 seconds (6 hours)"; the default when none is given is 600 seconds (10 minutes).
 *  Keys up to 250 characters, values up to 100 KB, at most 1,000 items per cache (Cache reference page). */
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21_600;
export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_ITEM_LIMIT = 1000;

interface Entry {
  value: string;
  expiresAt: number;
}

export class CacheStore {
  readonly caches = new Map<string, Map<string, Entry>>();

  scope(name: string): Map<string, Entry> {
    let m = this.caches.get(name);
    if (!m) {
      m = new Map();
      this.caches.set(name, m);
    }
    return m;
  }
}

export class CacheServiceRoot extends ServiceObject {
  readonly _type = 'CacheService';
  readonly _service = 'CacheService';

  constructor(
    g: GoogleBackend,
    private readonly store: CacheStore,
    private readonly documentId: string,
  ) {
    super(g);
  }

  getScriptCache(): Cache {
    return new Cache(this._g, this.store.scope('script'));
  }

  getUserCache(): Cache {
    return new Cache(this._g, this.store.scope(`user:${this._g.current.effectiveUser}`));
  }

  getDocumentCache(): Cache {
    return new Cache(this._g, this.store.scope(`document:${this.documentId}`));
  }
}

export class Cache extends ServiceObject {
  readonly _type = 'Cache';
  readonly _service = 'CacheService';

  constructor(
    g: GoogleBackend,
    private readonly map: Map<string, Entry>,
  ) {
    super(g);
  }

  get(key: unknown): string | null {
    const k = this.checkKey(key);
    const e = this.map.get(k);
    if (!e) return null;
    if (e.expiresAt <= this._g.clock.now()) {
      this.map.delete(k);
      return null;
    }
    return e.value;
  }

  getAll(keys: unknown): Record<string, string> {
    if (!Array.isArray(keys)) throw new GoogleError('Invalid argument: keys');
    const out: Record<string, string> = {};
    for (const key of keys) {
      const v = this.get(key);
      if (v !== null) out[String(key)] = v;
    }
    return out;
  }

  put(key: unknown, value: unknown, expirationInSeconds?: unknown): void {
    this.putChecked(this.checkKey(key), this.checkValue(value), this.seconds(expirationInSeconds));
  }

  putAll(values: unknown, expirationInSeconds?: unknown): void {
    if (values === null || typeof values !== 'object') throw new GoogleError('Invalid argument: values');
    const seconds = this.seconds(expirationInSeconds);
    const checked = Object.entries(values as Record<string, unknown>).map(
      ([k, v]) => [this.checkKey(k), this.checkValue(v)] as const,
    );
    for (const [k, v] of checked) this.putChecked(k, v, seconds);
  }

  remove(key: unknown): void {
    this.map.delete(this.checkKey(key));
  }

  removeAll(keys: unknown): void {
    if (!Array.isArray(keys)) throw new GoogleError('Invalid argument: keys');
    for (const k of keys) this.remove(k);
  }

  private putChecked(key: string, value: string, seconds: number): void {
    this.map.delete(key);
    this.map.set(key, { value, expiresAt: this._g.clock.now() + seconds * 1000 });
    // The cache holds at most 1,000 items; the oldest entry goes first (Google evicts, it does not throw).
    while (this.map.size > CACHE_ITEM_LIMIT) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
    }
  }

  private checkKey(key: unknown): string {
    const k = String(key);
    if (k.length > CACHE_KEY_LIMIT) throw new GoogleError('Argument too large: key');
    return k;
  }

  private checkValue(value: unknown): string {
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT_BYTES)
      throw new GoogleError('Argument too large: value');
    return v;
  }

  /** Expiry in seconds: default 600, at most 21600 (longer asks are held to the documented maximum). */
  private seconds(expirationInSeconds: unknown): number {
    if (expirationInSeconds === undefined || expirationInSeconds === null) return CACHE_DEFAULT_SECONDS;
    const s = Number(expirationInSeconds);
    if (!Number.isFinite(s) || s < 1) throw new GoogleError('Invalid argument: expirationInSeconds');
    return Math.min(s, CACHE_MAX_SECONDS);
  }
}
