// The progress line: requests done out of those planned, and what is being read or written. Redrawn in place on a
// terminal; one line per step otherwise (so a log shows how far a run got).

export class Progress {
  private done = 0;
  total = 0;
  private lastDraw = 0;

  constructor(
    private readonly write: ((text: string) => void) | undefined,
    private readonly tty: boolean,
  ) {}

  plan(more: number): void {
    this.total += more;
  }

  tick(what: string): void {
    this.done++;
    if (!this.write) return;
    const total = Math.max(this.total, this.done);
    const width = 24;
    const filled = Math.round((this.done / total) * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${total} ${what}`;
    if (this.tty) {
      const now = Date.now();
      if (now - this.lastDraw < 100 && this.done < total) return;
      this.lastDraw = now;
      this.write(`\r${bar.padEnd(100).slice(0, 100)}`);
      if (this.done >= total) this.write('\n');
    } else this.write(`${bar}\n`);
  }

  note(text: string): void {
    this.write?.(this.tty ? `\r${text.padEnd(100)}\n` : `${text}\n`);
  }
}
