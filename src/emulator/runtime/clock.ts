// The emulator's virtual clock: time moves only when service calls are charged or a test advances it.

export class VirtualClock {
  private nowMs: number;

  constructor(start: Date | number = Date.UTC(2026, 0, 5, 9, 0, 0)) {
    this.nowMs = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.nowMs;
  }

  date(): Date {
    return new Date(this.nowMs);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`The clock cannot go back (advance by ${ms} ms).`);
    this.nowMs += ms;
  }

  set(to: Date | number): void {
    const t = typeof to === 'number' ? to : to.getTime();
    if (t < this.nowMs) throw new RangeError('The clock cannot go back.');
    this.nowMs = t;
  }
}
