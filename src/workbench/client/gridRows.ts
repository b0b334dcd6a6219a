// The rows of one tab the grid has read from the server, in chunks: what a drawn row shows, and which chunks must be
// read again after the data changed.
import { api, type SheetWindow } from './api';

const CHUNK = 200;

export type SheetMeta = Pick<SheetWindow, 'lastRow' | 'lastCol' | 'widths' | 'frozenRows' | 'lists'>;

export class SheetRows {
  sheet = '';
  meta: SheetMeta = { lastRow: 0, lastCol: 1, widths: [100], frozenRows: 0, lists: {} };
  private version = -1;
  /** Counts changes of the data (a new version, an edit); a read is fresh only if none happened while it ran. */
  private generation = 0;
  /** Rows by chunk. Kept (and shown) after the data changes until the re-read arrives, so nothing blinks. */
  private readonly chunks = new Map<number, SheetWindow>();
  /** Chunks read since the data last changed; a row whose chunk is not fresh is read again when it is drawn. */
  private readonly fresh = new Set<number>();
  private readonly loading = new Set<number>();

  /** `arrived` is called when a chunk asked for by `need` has come (the grid draws again). */
  constructor(private readonly arrived: () => void) {}

  /** Another tab: nothing read yet. */
  open(sheet: string): void {
    this.sheet = sheet;
    this.chunks.clear();
    this.fresh.clear();
  }

  /** The data's version as the server counts it; a new one makes every chunk stale. */
  atVersion(version: number): void {
    if (version === this.version) return;
    this.version = version;
    this.stale();
  }

  /** The data changed (an edit): every chunk is read again when next drawn. */
  stale(): void {
    this.generation++;
    this.fresh.clear();
  }

  /** Reads the chunks of these rows now (those not fresh). */
  async read(rows: number[]): Promise<void> {
    await Promise.all([...new Set(rows.map((r) => this.chunkOf(r)))].map((c) => this.load(c)));
  }

  /**
   * A drawn row asks for its chunk. The frozen header rows must ask as much as the rows in view: when only the body
   * asked, an edit far down re-read that chunk alone and the header row stayed blank for good.
   */
  need(row: number): void {
    const chunk = this.chunkOf(row);
    if (!this.fresh.has(chunk) && !this.loading.has(chunk)) void this.load(chunk).then(this.arrived);
  }

  windowFor(row: number): SheetWindow | undefined {
    return this.chunks.get(this.chunkOf(row));
  }

  text(row: number, col: number): string {
    const w = this.windowFor(row);
    return w?.rows[row - w.start]?.[col - 1] ?? '';
  }

  editText(row: number, col: number): string {
    return this.windowFor(row)?.edit[`${row},${col}`] ?? this.text(row, col);
  }

  private chunkOf(row: number): number {
    return Math.floor((row - 1) / CHUNK);
  }

  private async load(chunk: number): Promise<void> {
    if (this.fresh.has(chunk) || this.loading.has(chunk)) return;
    this.loading.add(chunk);
    const { sheet, generation } = this;
    try {
      const w = await api.sheet(sheet, chunk * CHUNK + 1, CHUNK);
      if (sheet !== this.sheet) return;
      this.chunks.set(chunk, w);
      this.meta = w;
      // A read that started before the data changed is shown but read again.
      if (generation === this.generation) this.fresh.add(chunk);
    } catch {
      // Read again the next time the row is drawn.
    } finally {
      this.loading.delete(chunk);
    }
  }
}
