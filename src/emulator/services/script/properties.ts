// PropertiesService and Properties: script, per-user and per-document key/value stores holding strings.
// Source: https://developers.google.com/apps-script/guides/properties
// Source: https://developers.google.com/apps-script/reference/properties/properties
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';

/** "Properties value size 9 KB / val", "Properties total storage 500 KB / property store":
 *  https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
/** Google's wording, as reported by users hitting the limit (e.g. developers' notes on the quota page above). */
export const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The three kinds of stores; user stores are per user, document stores per container document. */
export class PropertiesStore {
  readonly script = new Map<string, string>();
  readonly user = new Map<string, Map<string, string>>();
  readonly document = new Map<string, Map<string, string>>();

  forUser(email: string): Map<string, string> {
    let m = this.user.get(email);
    if (!m) {
      m = new Map();
      this.user.set(email, m);
    }
    return m;
  }

  forDocument(id: string): Map<string, string> {
    let m = this.document.get(id);
    if (!m) {
      m = new Map();
      this.document.set(id, m);
    }
    return m;
  }
}

function storeSize(map: Map<string, string>): number {
  let total = 0;
  for (const [k, v] of map) total += utf8Bytes(k) + utf8Bytes(v);
  return total;
}

export class PropertiesServiceRoot extends ServiceObject {
  readonly _type = 'PropertiesService';
  readonly _service = 'PropertiesService';

  constructor(
    g: GoogleBackend,
    private readonly store: PropertiesStore,
    private readonly documentId: string,
  ) {
    super(g);
  }

  getScriptProperties(): Properties {
    return new Properties(this._g, this.store.script);
  }

  /** "Gets a property store … that only the current user can access, and only within this script." The user is the
   *  one the script runs as (the trigger's owner for installable triggers). */
  getUserProperties(): Properties {
    return new Properties(this._g, this.store.forUser(this._g.current.effectiveUser));
  }

  /** The script is bound to one workbook, so there is one document store. */
  getDocumentProperties(): Properties {
    return new Properties(this._g, this.store.forDocument(this.documentId));
  }
}

export class Properties extends ServiceObject {
  readonly _type = 'Properties';
  readonly _service = 'PropertiesService';

  constructor(
    g: GoogleBackend,
    private readonly map: Map<string, string>,
  ) {
    super(g);
  }

  getProperty(key: unknown): string | null {
    return this.map.get(String(key)) ?? null;
  }

  /** "Data types that are not already strings are automatically converted to strings." */
  setProperty(key: unknown, value: unknown): Properties {
    this.write([[String(key), String(value)]], false);
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.map);
  }

  setProperties(properties: unknown, deleteAllOthers?: unknown): Properties {
    if (properties === null || typeof properties !== 'object')
      throw new GoogleError('Invalid argument: properties');
    const entries = Object.entries(properties as Record<string, unknown>).map(
      ([k, v]) => [k, String(v)] as [string, string],
    );
    this.write(entries, deleteAllOthers === true);
    return this;
  }

  deleteProperty(key: unknown): Properties {
    this.map.delete(String(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.map.clear();
    return this;
  }

  getKeys(): string[] {
    return [...this.map.keys()];
  }

  /** Applies the writes all-or-nothing, enforcing the per-value and per-store limits. */
  private write(entries: [string, string][], deleteAllOthers: boolean): void {
    for (const [, v] of entries) {
      if (utf8Bytes(v) > PROPERTY_VALUE_LIMIT_BYTES) throw new GoogleError('Argument too large: value');
    }
    const next = new Map(deleteAllOthers ? [] : this.map);
    for (const [k, v] of entries) next.set(k, v);
    if (storeSize(next) > PROPERTY_STORE_LIMIT_BYTES) throw new GoogleError(PROPERTY_QUOTA_MESSAGE);
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
  }
}
