// Execution worker threads: started on demand, kept idle between runs (unref'd), discarded when killed.
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { REALM_CLEANUP_SOURCE, REALM_CODE_GENERATION } from '../runtime/backendPort';
import { CONTEXT_BRIDGE_SOURCE } from '../runtime/contextBridge';
import { WORKER_SOURCE } from './workerSource';

/** A message from a worker (see the protocol in workerSource.ts). */
export interface WorkerMessage {
  type: 'ready' | 'call' | 'hostCall' | 'evalDone' | 'done';
  logs?: { level: string; message: string }[];
  [field: string]: unknown;
}

/** One worker thread; its script realms are created per job, so it can serve many executions in turn. */
export class ExecutionWorker {
  private readonly worker: Worker;
  private readonly up: MessagePort;
  private readonly down: MessagePort;
  private readonly ctrl: Int32Array;
  /** Bundles this worker has compiled (the source is sent once per worker). */
  readonly bundles = new Set<number>();
  dead = false;

  constructor(bell: SharedArrayBuffer) {
    const upChannel = new MessageChannel();
    const downChannel = new MessageChannel();
    const ctrl = new SharedArrayBuffer(4);
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        up: upChannel.port2,
        down: downChannel.port1,
        ctrl,
        bell,
        bridgeSource: CONTEXT_BRIDGE_SOURCE,
        cleanupSource: REALM_CLEANUP_SOURCE,
        codeGeneration: REALM_CODE_GENERATION,
      },
      transferList: [upChannel.port2, downChannel.port1],
    });
    // Idle workers must not keep the test process alive.
    this.worker.unref();
    this.up = upChannel.port1;
    this.down = downChannel.port2;
    this.ctrl = new Int32Array(ctrl);
  }

  send(message: Record<string, unknown>): void {
    if (this.dead) return;
    this.down.postMessage(message);
    Atomics.store(this.ctrl, 0, 1);
    Atomics.notify(this.ctrl, 0);
  }

  /** The next message from the worker, if one has arrived (never blocks). */
  poll(): WorkerMessage | undefined {
    if (this.dead) return undefined;
    return receiveMessageOnPort(this.up)?.message as WorkerMessage | undefined;
  }

  /** Stops the thread at once, wherever its script is (the worker exits on `kill`). */
  kill(): void {
    if (this.dead) return;
    this.send({ type: 'kill' });
    this.dead = true;
    void this.worker.terminate();
    this.up.close();
    this.down.close();
  }

  stop(): void {
    if (this.dead) return;
    this.send({ type: 'stop' });
    this.dead = true;
    this.up.close();
    this.down.close();
  }
}

export interface PoolStats {
  started: number;
  /** Wall milliseconds spent waiting for new workers to be ready, in total. */
  startMs: number;
}

/** Workers shared by every concurrent run of this process; each run takes as many as it has jobs. */
export class WorkerPool {
  private readonly bellBuffer = new SharedArrayBuffer(4);
  private readonly bell = new Int32Array(this.bellBuffer);
  private readonly idle: ExecutionWorker[] = [];
  readonly stats: PoolStats = { started: 0, startMs: 0 };

  /** Takes `n` workers, reusing idle ones and starting the rest (waits until they are ready). */
  take(n: number, readyTimeoutMs = 60_000): ExecutionWorker[] {
    const taken = this.idle.splice(0, n);
    const fresh: ExecutionWorker[] = [];
    const t0 = performance.now();
    while (taken.length + fresh.length < n) fresh.push(new ExecutionWorker(this.bellBuffer));
    const waiting = new Set(fresh);
    while (waiting.size > 0) {
      for (const w of waiting) {
        const m = w.poll();
        if (m?.type === 'ready') waiting.delete(w);
      }
      if (waiting.size > 0 && !this.wait(readyTimeoutMs)) {
        for (const w of fresh) w.kill();
        throw new Error(`Emulator: ${waiting.size} execution worker(s) did not start.`);
      }
    }
    this.stats.started += fresh.length;
    this.stats.startMs += performance.now() - t0;
    return [...taken, ...fresh];
  }

  /** Returns a worker whose job ended normally, for the next run. */
  give(w: ExecutionWorker): void {
    if (!w.dead) this.idle.push(w);
  }

  /** Blocks until some worker posts a message (or `timeoutMs` passes); false on timeout. */
  wait(timeoutMs: number): boolean {
    const r = Atomics.wait(this.bell, 0, 0, timeoutMs);
    Atomics.store(this.bell, 0, 0);
    return r !== 'timed-out';
  }

  /** Blocks until `w` posts its next message; undefined when `timeoutMs` passes first. */
  receiveFrom(w: ExecutionWorker, timeoutMs: number): WorkerMessage | undefined {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const m = w.poll();
      if (m) return m;
      const left = deadline - performance.now();
      if (left <= 0 || w.dead) return undefined;
      this.wait(left);
    }
  }

  /** Stops every idle worker (tests may call it in afterAll; idle workers never keep the process alive). */
  shutdown(): void {
    for (const w of this.idle.splice(0)) w.stop();
  }
}

export const workerPool = new WorkerPool();
