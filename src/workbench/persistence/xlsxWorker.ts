// The worker thread's side of saving: builds the .xlsx from a plan and replaces the file atomically, so building the
// file (about a second for the demo workbook) never holds up the workbench's own thread. Started by xlsxThread.ts.
import { parentPort } from 'node:worker_threads';
import { writeFileAtomic } from './atomicFile';
import { type WorkbookPlan, xlsxFromPlan } from './xlsxWrite';

export interface XlsxJob {
  id: number;
  target: string;
  plan: WorkbookPlan;
}

export type XlsxJobResult =
  | { id: number; ok: true; bytes: number }
  | { id: number; ok: false; error: string };

parentPort?.on('message', async (job: XlsxJob) => {
  try {
    const buffer = await xlsxFromPlan(job.plan);
    await writeFileAtomic(job.target, buffer);
    parentPort?.postMessage({ id: job.id, ok: true, bytes: buffer.length } satisfies XlsxJobResult);
  } catch (e) {
    parentPort?.postMessage({ id: job.id, ok: false, error: (e as Error).message } satisfies XlsxJobResult);
  }
});
