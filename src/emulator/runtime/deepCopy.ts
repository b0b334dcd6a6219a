// A deep copy of host-side state that keeps prototypes, Maps, Sets, Dates and shared cycles: the emulator copies a
// workbook with it (Drive's makeCopy) and the reliability tests copy a whole backend.

/**
 * Copies `value` and everything it reaches, except objects already in `seen` (mapped to their stand-in: pass
 * `seen.set(x, x)` to share `x` instead of copying it). Binary buffers, weak collections and RegExps are shared.
 */
export function deepCopy<T>(value: T, seen: Map<object, unknown> = new Map()): T {
  return copyValue(value, seen) as T;
}

function copyValue(v: unknown, seen: Map<object, unknown>): unknown {
  if (v === null || typeof v !== 'object') return v;
  const known = seen.get(v);
  if (known !== undefined) return known;
  if (v instanceof Date) return new Date(v.getTime());
  if (v instanceof RegExp) return v;
  if (v instanceof Map) {
    const m = new Map();
    seen.set(v, m);
    for (const [k, x] of v) m.set(copyValue(k, seen), copyValue(x, seen));
    return m;
  }
  if (v instanceof Set) {
    const s = new Set();
    seen.set(v, s);
    for (const x of v) s.add(copyValue(x, seen));
    return s;
  }
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof WeakMap || v instanceof WeakSet)
    return v;
  const out: Record<string | symbol, unknown> = Array.isArray(v)
    ? []
    : Object.create(Object.getPrototypeOf(v));
  seen.set(v, out);
  for (const key of Reflect.ownKeys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, key)!;
    if ('value' in d) d.value = copyValue(d.value, seen);
    Object.defineProperty(out, key, d);
  }
  return out;
}
