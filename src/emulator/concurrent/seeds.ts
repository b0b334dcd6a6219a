// Seeds for concurrent runs: the scheduler's PRNG, the label printed with failures, and how many seeds a suite tries.

/** A deterministic generator (mulberry32): same seed, same sequence, on every machine. */
export class SeededRandom {
  private a: number;

  constructor(readonly seed: number) {
    this.a = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** How a failure names its seed, so that `runConcurrently(…, { seed })` replays it: `seed=N`. */
export function seedLabel(seed: number): string {
  return `seed=${seed}`;
}

/**
 * The seeds a suite runs: `count` by default, or `SOAK_SEEDS` of them (`npm run test:soak`).
 * `SEED=N` runs only that seed, to replay a failure.
 */
export function seedsToRun(count: number): number[] {
  const only = process.env.SEED;
  if (only !== undefined && only !== '') return [Number(only)];
  const soak = Number(process.env.SOAK_SEEDS);
  const n = Number.isFinite(soak) && soak > 0 ? soak : count;
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** The seed of one execution's Math.random within a run, derived from the run's seed. */
export function jobRandomSeed(seed: number, jobIndex: number): number {
  return (Math.imul(seed, 0x9e3779b1) + jobIndex * 0x85ebca6b) >>> 0;
}
