// Shared state of one demo generation: the seeded random source, the reference date and small date/id helpers.

import { formatId } from '../../sheets-templates/index';
import { Random } from './prng';

const DAY_MS = 86400000;

export interface Bookkeeping {
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
  version: number;
  /** Demo rows were not saved from a sidebar: no request id. */
  lastRequest: null;
}

export class DemoContext {
  readonly rnd: Random;
  readonly today: Date; // local midnight of the reference day
  readonly holidays: Record<string, true> = {};
  /** Emails of active staff, used as authors of rows. */
  editors: string[] = ['coordinator@strongcities.org'];
  private readonly counters: Record<string, number> = {};

  /** How far back engagement and mailing history goes, in days (two years unless a benchmark asks for more). */
  constructor(
    seed: number | string,
    today: Date,
    readonly historyDays = 730,
  ) {
    this.rnd = new Random(seed);
    this.today = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  }

  nextId(prefix: string): string {
    const n = (this.counters[prefix] ?? 0) + 1;
    this.counters[prefix] = n;
    return formatId(prefix, n);
  }

  /** Local midnight n days before today (negative n: after). DST-safe: built from calendar fields. */
  daysAgo(n: number): Date {
    return new Date(this.today.getFullYear(), this.today.getMonth(), this.today.getDate() - n);
  }

  /** The same calendar day at a working hour. */
  atWorkingHour(day: Date): Date {
    return new Date(
      day.getFullYear(),
      day.getMonth(),
      day.getDate(),
      this.rnd.int(8, 17),
      this.rnd.int(0, 59),
    );
  }

  /** A moment within the last `days` days (today's included), during working hours. */
  recentMoment(days: number): Date {
    return this.atWorkingHour(this.daysAgo(this.rnd.int(0, days)));
  }

  /** Whole days from a to b (b later is positive). */
  daysBetween(a: Date, b: Date): number {
    return Math.round((b.getTime() - a.getTime()) / DAY_MS);
  }

  isWorkingDay(d: Date): boolean {
    const wd = d.getDay();
    return wd !== 0 && wd !== 6 && !this.holidays[isoDay(d)];
  }

  /** `n` working days after `from` (weekends and Settings holidays skipped), as local midnight. */
  addWorkingDays(from: Date, n: number): Date {
    const d = new Date(from.getFullYear(), from.getMonth(), from.getDate());
    let left = n;
    while (left > 0) {
      d.setDate(d.getDate() + 1);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /** Created/updated stamps for a row created at `created`, edited later by a member of staff. */
  bookkeeping(created: Date): Bookkeeping {
    const createdAt = created.getTime() > this.today.getTime() + DAY_MS ? this.recentMoment(0) : created;
    const edits = this.rnd.weighted([
      [0, 5],
      [1, 3],
      [2, 2],
      [4, 1],
    ] as const);
    const span = Math.max(0, this.daysBetween(createdAt, this.today));
    const updatedAt =
      edits === 0 || span === 0 ? createdAt : this.atWorkingHour(this.daysAgo(this.rnd.int(0, span - 1)));
    return {
      createdAt,
      updatedAt: updatedAt.getTime() < createdAt.getTime() ? createdAt : updatedAt,
      updatedBy: this.rnd.pick(this.editors),
      version: 1 + edits,
      lastRequest: null,
    };
  }
}

export function isoDay(d: Date): string {
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${d.getFullYear()}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** Splits `total` into parts proportional to `weights`, summing exactly to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const raw = weights.map((w) => (w / sum) * total);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = order[k]![1];
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** Parses 'ar:6,en:4' into weighted pairs. */
export function languageWeights(spec: string): [string, number][] {
  return spec.split(',').map((part) => {
    const [code, w] = part.split(':');
    return [code!, Number(w ?? 1)];
  });
}
