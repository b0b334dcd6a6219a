// A row's version number as the optimistic check reads it (a leaf: the store and the audit journal both use it).

/** A row's version; rows typed in by hand have none yet and count as version 1. */
export function versionOf(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : 1;
}
