// Highlights invalid cells and clears highlights of cells fixed since the last validation, one block per tab.
//
// Setup owns nothing of the user's backgrounds: the last highlighted area of each tab is remembered in the
// document properties; the bounding block of old and new highlights is read once (getBackgrounds) and written
// once (setBackgrounds), changing only cells that carry the highlight colour or must now carry it.
import type { WorkbookProblem } from '../../core/workbook/validation';
import type { WorkbookSession } from '../store/session';

export const HIGHLIGHT = '#fbd9d6';

interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function key(tab: string): string {
  return `scn.highlight.${tab}`;
}

function parseBox(text: string | undefined): Box | undefined {
  if (!text) return undefined;
  const [r1, c1, r2, c2] = text.split(':').map(Number);
  return r1 && c1 && r2 && c2 ? { r1, c1, r2, c2 } : undefined;
}

function union(a: Box | undefined, b: Box | undefined): Box | undefined {
  if (!a) return b;
  if (!b) return a;
  return {
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
    r2: Math.max(a.r2, b.r2),
    c2: Math.max(a.c2, b.c2),
  };
}

/** Updates the highlights of every tab; returns the number of tabs whose backgrounds were written. */
export function applyHighlights(
  session: WorkbookSession,
  tabs: readonly string[],
  problems: readonly WorkbookProblem[],
): number {
  const props = session.properties();
  const stored = props.getProperties();
  const cellsByTab = new Map<string, Set<string>>();
  const boxByTab = new Map<string, Box>();
  for (const p of problems) {
    if (p.row < 2 || p.col < 1) continue;
    let set = cellsByTab.get(p.tab);
    if (!set) {
      set = new Set();
      cellsByTab.set(p.tab, set);
    }
    set.add(`${p.row}:${p.col}`);
    boxByTab.set(p.tab, union(boxByTab.get(p.tab), { r1: p.row, c1: p.col, r2: p.row, c2: p.col })!);
  }
  let written = 0;
  const updates: Record<string, string> = {};
  const removals: string[] = [];
  for (const tab of tabs) {
    const previous = parseBox(stored[key(tab)]);
    const current = boxByTab.get(tab);
    const box = union(previous, current);
    if (!box) continue;
    const sheet = session.sheet(tab);
    if (!sheet) continue;
    const range = sheet.getRange(box.r1, box.c1, box.r2 - box.r1 + 1, box.c2 - box.c1 + 1);
    const before = range.getBackgrounds();
    const wanted = cellsByTab.get(tab) ?? new Set<string>();
    let changed = false;
    const after = before.map((line, i) =>
      line.map((bg, j) => {
        const on = wanted.has(`${box.r1 + i}:${box.c1 + j}`);
        const isOurs = bg.toLowerCase() === HIGHLIGHT;
        if (on && !isOurs) {
          changed = true;
          return HIGHLIGHT;
        }
        if (!on && isOurs) {
          changed = true;
          return null;
        }
        // '#ffffff' is how getBackgrounds reports "no fill": written back as null so no white fill is added.
        return bg.toLowerCase() === '#ffffff' ? null : bg;
      }),
    );
    if (changed) {
      range.setBackgrounds(after as string[][]);
      written++;
    }
    const text = current ? `${current.r1}:${current.c1}:${current.r2}:${current.c2}` : undefined;
    if (text && stored[key(tab)] !== text) updates[key(tab)] = text;
    if (!text && stored[key(tab)] !== undefined) removals.push(key(tab));
  }
  if (Object.keys(updates).length > 0) props.setProperties(updates);
  for (const k of removals) props.deleteProperty(k);
  return written;
}
