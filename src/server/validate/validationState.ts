// What Validate workbook remembers between executions, in the document properties.
//
// - the baseline of incremental runs: when the last complete run started, each tab's last row then, and the Audit
//   row it had read up to;
// - the highlighted cells of each tab (as A1 ranges), so they are cleared once fixed and rechecked each run;
// - a full run in progress: where it stopped and the cells it found so far (it resumes in the next execution).
// Values longer than a property may hold (9 KB) are split over numbered keys.
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations
import { a1ToCells, cellsToA1 } from '../../core/workbook/rowRuns';

type Props = GoogleAppsScript.Properties.Properties;

const PART_CHARS = 8000;
const BASELINE_KEY = 'scn.validate.baseline';
const FULL_KEY = 'scn.validate.full';
const highlightKey = (tab: string) => `scn.validate.cells.${tab}`;
const fullCellsKey = (tab: string) => `scn.validate.fullcells.${tab}`;
const twinsKey = (tab: string, full: boolean) => `scn.validate.${full ? 'fulltwins' : 'twins'}.${tab}`;
/** The first version kept one bounding box per tab under this key (cleared on the next run). */
export const legacyHighlightKey = (tab: string) => `scn.highlight.${tab}`;

export interface Baseline {
  /** ISO time the last complete run started: rows updated after it are checked again. */
  at: string;
  lastRows: Record<string, number>;
  auditLastRow: number;
}

export interface FullRunState {
  startedAt: string;
  /** Index in TABLE_TABS of the tab being checked, and its next row. */
  tab: number;
  next: number;
  lastRows: Record<string, number>;
  auditLastRow: number;
  /** Executions this run has taken so far. */
  executions: number;
  /** Problems found so far (over all executions). */
  found: number;
  /** The unique id of the one-off trigger that carries the run on (continuations of other runs are stale). */
  continuation?: string;
}

function readLong(stored: Record<string, string>, key: string): string {
  const head = stored[key];
  if (head === undefined) return '';
  const m = /^parts:(\d+)$/.exec(head);
  if (!m) return head;
  let out = '';
  for (let i = 0; i < Number(m[1]); i++) out += stored[`${key}#${i}`] ?? '';
  return out;
}

function writeLong(
  updates: Record<string, string>,
  removals: string[],
  stored: Record<string, string>,
  key: string,
  text: string,
): void {
  const oldParts = /^parts:(\d+)$/.exec(stored[key] ?? '');
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += PART_CHARS) parts.push(text.slice(i, i + PART_CHARS));
  if (text === '') removals.push(key);
  else if (parts.length === 1) updates[key] = text;
  else {
    updates[key] = `parts:${parts.length}`;
    parts.forEach((p, i) => {
      updates[`${key}#${i}`] = p;
    });
  }
  const kept = parts.length > 1 ? parts.length : 0;
  for (let i = kept; i < Number(oldParts?.[1] ?? 0); i++) removals.push(`${key}#${i}`);
}

/** The document properties read once, with the writes of this run batched into one setProperties. */
export class ValidationState {
  private readonly stored: Record<string, string>;
  private readonly updates: Record<string, string> = {};
  private readonly removals: string[] = [];

  constructor(private readonly props: Props) {
    this.stored = props.getProperties();
  }

  baseline(): Baseline | undefined {
    return parse<Baseline>(this.stored[BASELINE_KEY]);
  }

  setBaseline(b: Baseline): void {
    this.updates[BASELINE_KEY] = JSON.stringify(b);
  }

  fullRun(): FullRunState | undefined {
    return parse<FullRunState>(this.stored[FULL_KEY]);
  }

  setFullRun(s: FullRunState | undefined): void {
    if (s) this.updates[FULL_KEY] = JSON.stringify(s);
    else this.removals.push(FULL_KEY);
  }

  highlighted(tab: string): Set<string> {
    return a1ToCells(readLong(this.stored, highlightKey(tab)).split(',').filter(Boolean));
  }

  setHighlighted(tab: string, cells: Iterable<string>): void {
    writeLong(this.updates, this.removals, this.stored, highlightKey(tab), cellsToA1(cells).join(','));
  }

  /** Set while a tab's highlights are being painted: a run stopped then leaves cells of unknown colour. */
  painting(tab: string): boolean {
    return this.stored[`scn.validate.painting.${tab}`] !== undefined;
  }

  setPainting(tab: string, on: boolean): void {
    if (on) this.updates[`scn.validate.painting.${tab}`] = '1';
    else this.removals.push(`scn.validate.painting.${tab}`);
  }

  legacyBox(tab: string): string | undefined {
    return this.stored[legacyHighlightKey(tab)];
  }

  dropLegacyBox(tab: string): void {
    if (this.stored[legacyHighlightKey(tab)] !== undefined) this.removals.push(legacyHighlightKey(tab));
  }

  fullCells(tab: string): Set<string> {
    return a1ToCells(readLong(this.stored, fullCellsKey(tab)).split(',').filter(Boolean));
  }

  setFullCells(tab: string, cells: Iterable<string>): void {
    writeLong(this.updates, this.removals, this.stored, fullCellsKey(tab), cellsToA1(cells).join(','));
  }

  /** Rows of a history tab flagged as duplicates → the row they duplicate ("row>twin" pairs). */
  twins(tab: string, full = false): Map<number, number> {
    const out = new Map<number, number>();
    for (const pair of readLong(this.stored, twinsKey(tab, full)).split(',')) {
      const [row, twin] = pair.split('>').map(Number);
      if (row && twin) out.set(row, twin);
    }
    return out;
  }

  setTwins(tab: string, twins: ReadonlyMap<number, number>, full = false): void {
    const text = [...twins].map(([r, t]) => `${r}>${t}`).join(',');
    writeLong(this.updates, this.removals, this.stored, twinsKey(tab, full), text);
  }

  /**
   * Forgets every stored row position of a tab whose rows moved (sorted, or rows deleted above others): its
   * highlighted cells, painting mark and duplicate pairs, the baseline (the next run is a full one) and a full
   * run in progress. Returns whether the tab had highlighted cells (their colour is now at unknown rows).
   */
  forgetRowsOf(tab: string): boolean {
    const had = this.highlighted(tab).size > 0 || this.painting(tab);
    this.setHighlighted(tab, []);
    this.setPainting(tab, false);
    this.setTwins(tab, new Map());
    this.setTwins(tab, new Map(), true);
    this.setFullCells(tab, []);
    this.setFullRun(undefined);
    this.removals.push(BASELINE_KEY);
    return had;
  }

  /** Writes the batched changes (one setProperties, one deleteProperty per key removed) and keeps them as read. */
  save(): void {
    const removals = this.removals.filter(
      (k) => this.updates[k] === undefined && this.stored[k] !== undefined,
    );
    if (Object.keys(this.updates).length > 0) this.props.setProperties(this.updates);
    for (const k of removals) this.props.deleteProperty(k);
    Object.assign(this.stored, this.updates);
    for (const k of removals) delete this.stored[k];
    for (const k of Object.keys(this.updates)) delete this.updates[k];
    this.removals.length = 0;
  }
}

function parse<T>(text: string | undefined): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
