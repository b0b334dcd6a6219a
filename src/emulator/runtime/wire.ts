// The form values take between a script's realm and the backend: plain data, Dates and object handles.
// The same form crosses a worker boundary (structured clone) when executions run concurrently.

/** A reference to a backend object, valid within one execution. */
export interface WireHandle {
  __h: number;
  __t: string;
  /** Static properties (enums) of the object, sent with the handle. */
  __p?: Record<string, unknown>;
}

export interface CallRequest {
  /** Handle id of the target object. */
  h: number;
  /** Method name. */
  m: string;
  args: unknown[];
}

export type CallReply =
  | { ok: true; value: unknown }
  | { ok: false; error: { name: string; message: string }; killed?: boolean };

export function isWireHandle(v: unknown): v is WireHandle {
  return typeof v === 'object' && v !== null && typeof (v as WireHandle).__h === 'number';
}

const toStringTag = (v: unknown) => Object.prototype.toString.call(v);

/**
 * Copies a value that came from another realm into this one, so that `instanceof Date` and
 * `Array.isArray` hold for the receiver. Handles are resolved by `resolve`.
 */
export function copyIntoHostRealm(v: unknown, resolve: (h: WireHandle) => unknown): unknown {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'function')
      throw new TypeError('A function cannot be passed to an Apps Script service.');
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => copyIntoHostRealm(x, resolve));
  if (toStringTag(v) === '[object Date]') return new Date((v as Date).getTime());
  if (isWireHandle(v)) return resolve(v);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = copyIntoHostRealm((v as Record<string, unknown>)[k], resolve);
  return out;
}
