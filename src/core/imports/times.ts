// Dates, times and durations as meeting platforms export them, read as wall-clock times (no time zone is known).

/** A wall-clock moment: the local day and minutes counted as if UTC (only differences and the day are used). */
export interface WallTime {
  day: string;
  ms: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function wall(y: number, mo: number, d: number, h: number, mi: number, s: number): WallTime | null {
  if (y < 100) y += 2000;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(ms).getUTCDate() !== d) return null; // 31 April and the like
  return { day: `${y}-${pad(mo)}-${pad(d)}`, ms };
}

function clock(text: string): [number, number, number] | null {
  if (text.trim() === '') return [0, 0, 0];
  const m = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[.,]\d+)?\s*([ap])?\.?\s*m?\.?$/i.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const half = m[4]?.toLowerCase();
  if (half) {
    if (h < 1 || h > 12) return null;
    if (half === 'a' && h === 12) h = 0;
    if (half === 'p' && h < 12) h += 12;
  }
  return [h, Number(m[2]), Number(m[3] ?? 0)];
}

/**
 * A date and time as the platforms write it: ISO ("2026-12-05 09:58:12", "2026-12-05T09:58:12Z": the offset is not
 * applied), slashes ("12/05/2026 09:58:12 AM", "12/5/26, 9:58:12 AM": month first unless `dayFirst` or the first
 * number is over 12) or dots ("05.12.2026 09:58", day first). Null when it is none of these.
 */
export function parseWallTime(text: string, dayFirst = false): WallTime | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(.*?))?(?:Z|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (iso) {
    const c = clock(iso[4] ?? '');
    return c ? wall(Number(iso[1]), Number(iso[2]), Number(iso[3]), ...c) : null;
  }
  const slash = /^(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})(?:[,\s]+(.*))?$/.exec(t);
  if (!slash) return null;
  const a = Number(slash[1]);
  const b = Number(slash[3]);
  const c = clock(slash[5] ?? '');
  if (!c) return null;
  const dayMonth = slash[2] === '.' || dayFirst || a > 12;
  return dayMonth ? wall(Number(slash[4]), b, a, ...c) : wall(Number(slash[4]), a, b, ...c);
}

/**
 * Minutes from a duration cell: a number of minutes (Zoom's "Duration (Minutes)"; a decimal comma is read too),
 * "1h 2m 3s" / "2m 3s" / "45s" (Teams, believed), "1 hr 2 min" (Meet, believed) or "1:02:03". Null when unreadable.
 */
export function parseMinutes(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  const hms = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (hms) {
    return hms[3] === undefined
      ? Number(hms[1]) + Number(hms[2]) / 60
      : Number(hms[1]) * 60 + Number(hms[2]) + Number(hms[3]) / 60;
  }
  const parts =
    /^(?:(\d+)\s*(?:h|hr|hrs|hour|hours)\s*)?(?:(\d+)\s*(?:m|min|mins|minute|minutes)\s*)?(?:(\d+)\s*(?:s|sec|secs|second|seconds)\s*)?$/.exec(
      t,
    );
  if (!parts || (parts[1] === undefined && parts[2] === undefined && parts[3] === undefined)) return null;
  return Number(parts[1] ?? 0) * 60 + Number(parts[2] ?? 0) + Number(parts[3] ?? 0) / 60;
}
