// JSON for the sidecar state file: Dates and bigints survive a round trip (tagged as {$date} / {$bigint}).

/** Serialises with Dates as `{"$date": ms}` and bigints as `{"$bigint": "…"}`. */
export function encodeJson(value: unknown): string {
  return JSON.stringify(
    value,
    function (this: Record<string, unknown>, key: string, v: unknown) {
      // `v` is already Date#toJSON()'d; the holder still has the Date itself.
      const raw = key === '' ? value : this[key];
      if (raw instanceof Date) return { $date: raw.getTime() };
      if (typeof raw === 'bigint') return { $bigint: raw.toString() };
      if (raw instanceof Map) return { $map: [...raw.entries()] };
      return v;
    },
    1,
  );
}

/** The inverse of encodeJson. */
export function decodeJson<T = unknown>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (typeof o.$date === 'number' && Object.keys(o).length === 1) return new Date(o.$date);
      if (typeof o.$bigint === 'string' && Object.keys(o).length === 1) return BigInt(o.$bigint);
      if (Array.isArray(o.$map) && Object.keys(o).length === 1)
        return new Map(o.$map as [unknown, unknown][]);
    }
    return v;
  }) as T;
}
