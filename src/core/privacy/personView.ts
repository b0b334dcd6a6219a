// What of a row belongs to one person: the cells of a found row, with other people's parts left out (pure rules).
//
// A row found for a person may also hold other people: an application lists 2–3 points of contact (a JSON list,
// and "Contact N: …" columns in the raw response tab), an engagement lists several contact ids, an audit row's
// before/after values quote such lists. The subject-access export shows only the person's own parts.

/** A cell as text: dates as ISO (a date alone as YYYY-MM-DD), everything else as written. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(v);
}

const CONTACT_GROUP = /^Contact (\d+):\s*(.*)$/i;
const ID_LIST = /^\s*[A-Z]{3}-\d+(?:\s*,\s*[A-Z]{3}-\d+)*\s*$/;

/** The "Contact N: …" groups of a raw application response whose email is the person's. */
function ownGroups(headers: readonly string[], cells: readonly unknown[], email: string): Set<string> {
  const own = new Set<string>();
  headers.forEach((h, i) => {
    const m = CONTACT_GROUP.exec(h);
    if (m && /email/i.test(m[2]!) && cellText(cells[i]).trim().toLowerCase() === email) own.add(m[1]!);
  });
  return own;
}

/**
 * Keeps only the person's entries of a list of people (points of contact: a JSON list, or JSON objects joined by
 * ", " as audit rows quote them); any other text is returned unchanged.
 */
function ownPeople(text: string, email: string): string {
  const t = text.trim();
  if (!t.startsWith('[') && !t.startsWith('{')) return text;
  const parse = (s: string): unknown => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      return undefined;
    }
  };
  const asList = t.startsWith('[');
  const list = asList ? parse(t) : parse(`[${t}]`);
  if (!Array.isArray(list) || list.length === 0) return text;
  if (!list.every((p) => p && typeof p === 'object' && !Array.isArray(p) && 'email' in p)) return text;
  const own = list.filter(
    (p) =>
      String((p as { email: unknown }).email ?? '')
        .trim()
        .toLowerCase() === email,
  );
  return asList ? JSON.stringify(own) : own.map((p) => JSON.stringify(p)).join(', ');
}

/** A text value with other people's parts left out: lists of ids keep the person's, lists of people theirs. */
export function ownText(text: string, email: string, ownIds: readonly string[]): string {
  if (ID_LIST.test(text) && ownIds.length > 0) {
    const ids = text.split(',').map((s) => s.trim());
    if (ids.some((id) => id.startsWith('CON-')))
      return ids.filter((id) => !id.startsWith('CON-') || ownIds.indexOf(id) >= 0).join(', ');
  }
  const people = ownPeople(text, email);
  if (people !== text) return people;
  const t = text.trim();
  if (t.startsWith('{')) {
    // An audit row's changes: field → [before, after], each value filtered the same way.
    try {
      const changes = JSON.parse(t) as Record<string, unknown>;
      if (changes && typeof changes === 'object' && !Array.isArray(changes)) {
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(changes)) {
          const v = changes[k];
          out[k] = Array.isArray(v)
            ? v.map((x) => (typeof x === 'string' ? ownText(x, email, ownIds) : x))
            : v;
        }
        return JSON.stringify(out);
      }
    } catch {
      return text;
    }
  }
  return text;
}

export interface OwnCell {
  field: string;
  value: string;
}

/** The non-empty cells of a row that belong to the person (by header), other people's parts left out. */
export function ownCells(
  headers: readonly string[],
  cells: readonly unknown[],
  email: string,
  ownIds: readonly string[],
): OwnCell[] {
  const groups = ownGroups(headers, cells, email);
  const out: OwnCell[] = [];
  headers.forEach((h, i) => {
    if (h === '') return;
    const m = CONTACT_GROUP.exec(h);
    if (m && !groups.has(m[1]!)) return;
    const value = ownText(cellText(cells[i]), email, ownIds);
    if (value.trim() !== '' && value !== '[]') out.push({ field: h, value });
  });
  return out;
}
