// Runs xlsxWorker.ts in a worker thread. The worker is bundled with esbuild at start (as the page's client is), so it
// runs the same TypeScript under `npm start`, tsx and jest alike; exceljs is loaded from node_modules.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import type { XlsxJob, XlsxJobResult } from './xlsxWorker';
import type { WorkbookPlan } from './xlsxWrite';

let bundled: Promise<string> | undefined;

function workerSource(): Promise<string> {
  bundled ??= esbuild
    .build({
      entryPoints: [path.join(__dirname, 'xlsxWorker.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['exceljs'],
      logLevel: 'silent',
    })
    .then((r) => r.outputFiles[0].text);
  return bundled;
}

/** One worker thread writing .xlsx files, one job at a time. */
export class XlsxThread {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();

  private async start(): Promise<Worker> {
    if (this.worker) return this.worker;
    // `eval` code resolves require() from the working directory's node_modules, where exceljs is installed.
    const worker = new Worker(await workerSource(), { eval: true });
    worker.unref();
    worker.on('message', (r: XlsxJobResult) => {
      const w = this.waiting.get(r.id);
      this.waiting.delete(r.id);
      if (r.ok) w?.resolve();
      else w?.reject(new Error(r.error));
    });
    worker.on('error', (e) => this.failAll(e));
    worker.on('exit', (code) => {
      this.worker = undefined;
      this.failAll(new Error(`The save thread stopped (exit code ${code}).`));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(e: Error): void {
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  /** Builds the file from `plan` and renames it over `target` in the worker; resolves once it is on disk. */
  async write(target: string, plan: WorkbookPlan): Promise<void> {
    const worker = await this.start();
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, target, plan } satisfies XlsxJob);
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
