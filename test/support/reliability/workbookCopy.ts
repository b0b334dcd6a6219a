// Copies a prepared emulator (its whole backend: sheets, properties, locks, outbox) so each kill point starts from
// the same workbook without rebuilding it: a deep copy that keeps prototypes, Maps, Sets, Dates and shared cycles.

import { Emulator } from '../../../src/emulator';
import { deepCopy } from '../../../src/emulator/runtime/deepCopy';

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
  Object.assign(copy, { bundle: emu.bundle, backend: deepCopy(emu.backend, seen) });
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
