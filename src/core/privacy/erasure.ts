// Pure rules of erasure: which strings identify the person, and a cell with every one of them replaced.

export const ERASED = '[erased]';

const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** The identifying strings (email, names, phones), longest first, blanks and very short ones left out. */
export function identifyingStrings(values: readonly string[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    const t = String(v ?? '').trim();
    if (t.length >= 3 && t !== ERASED) out.add(t);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** The mark the Audit tab ends a value it cut with (src/server/audit/auditLog.ts: 500 characters per value). */
export const CUT_MARK = '…';

/**
 * The cell with every identifying string replaced (case-insensitively); non-text cells are returned as they are.
 * A value the Audit cut may end in the first characters of a string (".. amina.ha…"): no search for the whole
 * string finds that fragment, so a fragment of three or more of its first characters just before the cut mark
 * is replaced too.
 */
export function erasedCell(cell: unknown, strings: readonly string[]): unknown {
  if (typeof cell !== 'string' || strings.length === 0) return cell;
  const re = new RegExp(strings.map(escapeRe).join('|'), 'gi');
  const out = cell.replace(re, ERASED);
  return out.indexOf(CUT_MARK) < 0 ? out : erasedCutTails(out, strings);
}

function erasedCutTails(text: string, strings: readonly string[]): string {
  let out = text;
  for (const s of strings)
    for (let n = s.length - 1; n >= 3; n--) {
      const fragment = new RegExp(`${escapeRe(s.slice(0, n))}${CUT_MARK}`, 'gi');
      out = out.replace(fragment, `${ERASED}${CUT_MARK}`);
    }
  return out;
}

/** Names and phones of the person's entries in a points-of-contact text (JSON list, or objects joined by ", "). */
export function peopleStrings(text: string, email: string): string[] {
  const t = String(text ?? '').trim();
  if (t === '') return [];
  let list: unknown;
  try {
    list = JSON.parse(t.startsWith('[') ? t : `[${t}]`);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const p of list) {
    if (!p || typeof p !== 'object') continue;
    const o = p as Record<string, unknown>;
    if (
      String(o.email ?? '')
        .trim()
        .toLowerCase() !== email
    )
      continue;
    for (const k of ['name', 'phone']) if (typeof o[k] === 'string') out.push(o[k] as string);
  }
  return out;
}
