// Chooses one offering side per need under capacity: greedy (best pair first) or optimal (min-cost flow).

import { byScore, type ScoredPair } from './scoring';

export interface AssignmentInput {
  /** Each need's candidates, best first (rankCandidates). */
  readonly candidates: ReadonlyMap<string, readonly ScoredPair[]>;
  /** Open slots left per offering side id (capacity minus its open matches); absent means none. */
  readonly slots: ReadonlyMap<string, number>;
}

export type AssignmentMethod = 'greedy' | 'optimal';

const pairOf = (p: ScoredPair) => `${p.seeker.id}|${p.offerer.id}`;

/**
 * Greedy: every candidate pair, best score first, is taken when its need is still open, its offerer has a slot
 * and the same two sides were not paired already in this run. Fast, but a high score taken early can use the
 * only slot another need depended on.
 */
export function assignGreedy(input: AssignmentInput): ScoredPair[] {
  const all: ScoredPair[] = [];
  input.candidates.forEach((list) => {
    for (const p of list) all.push(p);
  });
  all.sort((a, b) => byScore(a, b) || (a.need.id < b.need.id ? -1 : 1));
  const left = new Map(input.slots);
  const served = new Set<string>();
  const pairs = new Set<string>();
  const out: ScoredPair[] = [];
  for (const p of all) {
    if (served.has(p.need.id) || pairs.has(pairOf(p)) || (left.get(p.offerer.id) ?? 0) <= 0) continue;
    served.add(p.need.id);
    pairs.add(pairOf(p));
    left.set(p.offerer.id, (left.get(p.offerer.id) ?? 0) - 1);
    out.push(p);
  }
  return out;
}

/** A residual graph: edges in arrays, each with its reverse at index ^ 1. */
class Graph {
  readonly to: number[] = [];
  readonly cap: number[] = [];
  readonly cost: number[] = [];
  readonly next: number[] = [];
  head: number[] = [];
  size = 0;
  node(): number {
    this.head.push(-1);
    return this.size++;
  }
  edge(u: number, v: number, cap: number, cost: number): number {
    const e = this.to.length;
    this.push(u, v, cap, cost);
    this.push(v, u, 0, -cost);
    return e;
  }
  private push(u: number, v: number, cap: number, cost: number): void {
    this.to.push(v);
    this.cap.push(cap);
    this.cost.push(cost);
    this.next.push(this.head[u]!);
    this.head[u] = this.to.length - 1;
  }
}

/** A binary heap of [distance, node]. */
class Heap {
  private d: number[] = [];
  private n: number[] = [];
  get length(): number {
    return this.d.length;
  }
  push(dist: number, node: number): void {
    let i = this.d.length;
    this.d.push(dist);
    this.n.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.d[p]! <= dist) break;
      this.d[i] = this.d[p]!;
      this.n[i] = this.n[p]!;
      i = p;
    }
    this.d[i] = dist;
    this.n[i] = node;
  }
  pop(): [number, number] {
    const top: [number, number] = [this.d[0]!, this.n[0]!];
    const dl = this.d.pop()!;
    const nl = this.n.pop()!;
    const len = this.d.length;
    if (len > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= len) break;
        if (c + 1 < len && this.d[c + 1]! < this.d[c]!) c++;
        if (this.d[c]! >= dl) break;
        this.d[i] = this.d[c]!;
        this.n[i] = this.n[c]!;
        i = c;
      }
      this.d[i] = dl;
      this.n[i] = nl;
    }
    return top;
  }
}

/**
 * Optimal: the assignment of largest total score under the offerers' slots (one pair of sides at most once).
 * A min-cost flow: need → (seeker, offerer) pair → offerer → sink, costs 1001 − 10 × score, and each need may
 * instead stay open at cost 1001 (an edge to a "none" node), so every need carries one unit and the minimum
 * cost is the maximum total score. Needs are added one at a time, each by a shortest augmenting path
 * (Dijkstra on reduced costs, stopped at the sink; potentials kept on the nodes it settled), as in the sparse
 * Hungarian method: optimal after every need, and each search touches only the region the new need reaches.
 */
export function assignOptimal(input: AssignmentInput): ScoredPair[] {
  const g = new Graph();
  const sink = g.node();
  const none = g.node();
  g.edge(none, sink, Number.MAX_SAFE_INTEGER, 0);
  const offerer = new Map<string, number>();
  input.slots.forEach((n, id) => {
    if (n <= 0) return;
    const v = g.node();
    g.edge(v, sink, n, 0);
    offerer.set(id, v);
  });
  const pairNode = new Map<string, number>();
  const needEdges: { edge: number; pair: ScoredPair }[] = [];
  const h: number[] = [];
  const OPEN = 1001;
  const needIds = [...input.candidates.keys()].sort();
  for (const id of needIds) {
    const u = g.node();
    for (const p of input.candidates.get(id)!) {
      const o = offerer.get(p.offerer.id);
      if (o === undefined) continue;
      const key = pairOf(p);
      let v = pairNode.get(key);
      if (v === undefined) {
        v = g.node();
        g.edge(v, o, 1, 0);
        pairNode.set(key, v);
      }
      needEdges.push({ edge: g.edge(u, v, 1, OPEN - Math.round(p.score * 10)), pair: p });
    }
    g.edge(u, none, 1, OPEN);
    while (h.length < g.size) h.push(0);
    augment(g, u, sink, h);
  }
  const out: ScoredPair[] = [];
  for (const { edge, pair } of needEdges) if (g.cap[edge] === 0) out.push(pair);
  return out;
}

/** One unit from `s` to `t` along a shortest path in reduced costs; updates the potentials `h`. */
function augment(g: Graph, s: number, t: number, h: number[]): void {
  const dist = new Map<number, number>();
  const via = new Map<number, number>();
  const settled: number[] = [];
  const done = new Set<number>();
  const heap = new Heap();
  dist.set(s, 0);
  heap.push(0, s);
  while (heap.length > 0) {
    const [d, u] = heap.pop();
    if (done.has(u) || d > dist.get(u)!) continue;
    done.add(u);
    settled.push(u);
    if (u === t) break;
    for (let e = g.head[u]!; e >= 0; e = g.next[e]!) {
      if (g.cap[e]! <= 0) continue;
      const v = g.to[e]!;
      const nd = d + g.cost[e]! + h[u]! - h[v]!;
      if (nd < (dist.get(v) ?? Number.POSITIVE_INFINITY)) {
        dist.set(v, nd);
        via.set(v, e);
        heap.push(nd, v);
      }
    }
  }
  const dt = dist.get(t);
  if (dt === undefined || !done.has(t)) return;
  for (const v of settled) h[v] = h[v]! + dist.get(v)! - dt;
  for (let v = t; v !== s; ) {
    const e = via.get(v)!;
    g.cap[e] = g.cap[e]! - 1;
    g.cap[e ^ 1] = g.cap[e ^ 1]! + 1;
    v = g.to[e ^ 1]!;
  }
}

export function assign(method: AssignmentMethod, input: AssignmentInput): ScoredPair[] {
  return method === 'greedy' ? assignGreedy(input) : assignOptimal(input);
}

/** The quality of an assignment: total score and how many needs it served. */
export function assignmentTotal(pairs: readonly ScoredPair[]): number {
  let sum = 0;
  for (const p of pairs) sum += p.score;
  return sum;
}
