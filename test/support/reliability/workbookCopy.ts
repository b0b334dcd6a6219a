// Copies a prepared emulator (its whole backend: sheets, properties, locks, outbox) so each kill point starts from
// the same workbook without rebuilding it: a deep copy that keeps prototypes, Maps, Sets, Dates and shared cycles.

import { Emulator } from '../../../src/emulator';

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

/**
 * A new Emulator on a copy of `emu`'s backend and the same compiled bundle. The history of finished executions (the
 * backend's `calls` and `executions`: thousands of records after a seeded setup, most of a copy's cost) is shared
 * rather than copied: the copy gets its own arrays, holding the same finished records, which nothing changes again.
 */
export function copyEmulator(emu: Emulator): Emulator {
  const copy = Object.create(Emulator.prototype) as Emulator;
  const seen = new Map<object, unknown>();
  const { calls, executions } = emu.backend;
  if (emu.backend.currentOrNone === undefined)
    for (const done of [...calls, ...executions]) seen.set(done, done);
  Object.assign(copy, { bundle: emu.bundle, backend: copyValue(emu.backend, seen) });
  return copy;
}

/** A fixture built once per process and handed out as a fresh copy on every call. */
export function copied(build: () => Emulator): () => Emulator {
  let base: Emulator | undefined;
  return () => {
    base ??= build();
    return copyEmulator(base);
  };
}
