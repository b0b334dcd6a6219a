// Reads and restores the emulator stores' internal counters (id sequences), which a restart must continue, not reuse.

/** The value of a field the emulator keeps private (TypeScript `private` is an ordinary property at run time). */
export function readField<T>(owner: object, name: string): T {
  const value = (owner as Record<string, unknown>)[name];
  if (value === undefined) {
    throw new Error(
      `Workbench: ${owner.constructor.name}.${name} not found; the emulator changed, update src/workbench/persistence.`,
    );
  }
  return value as T;
}

export function writeField(owner: object, name: string, value: unknown): void {
  if (value !== undefined) (owner as Record<string, unknown>)[name] = value;
}

/** Copies the named fields into a plain object (for the state file). */
export function readFields(owner: object, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, readField(owner, n)]));
}

export function writeFields(owner: object, values: Record<string, unknown> | undefined): void {
  for (const [k, v] of Object.entries(values ?? {})) writeField(owner, k, v);
}
