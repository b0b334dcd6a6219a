// Starts the workbench: the emulator with the built bundle, the workbook file loaded (or created from demo data and
// the script's own setup), the engine, autosave, and the local server. Tests and `npm start` both use this.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_DEMO_TODAY, type DemoSize } from '../demo';
import { Emulator, readDist } from '../emulator';
import { AlertDesk } from './engine/alertDesk';
import { WorkbenchEngine } from './engine/engine';
import { defaultUser, staffUsers } from './engine/staffUsers';
import { startServer, type WorkbenchServer } from './http/server';
import { createWorkbook, demoStart, type NewWorkbookReport } from './newWorkbook';
import { loadWorkbookFile, readStateFile, WorkbookSaver } from './persistence/workbookFile';

export const DEFAULT_WORKBOOK = path.join('.workbench', 'workbook.xlsx');
export const DEFAULT_PORT = 8080;

export interface WorkbenchOptions {
  /** The .xlsx file (created when missing). */
  file?: string;
  /** 0 picks a free port. */
  port?: number;
  distDir?: string;
  /** A script to run instead of dist/Code.js (tests use small inline bundles). */
  source?: string;
  htmlFiles?: Record<string, string>;
  /** Demo rows for a new workbook: 'demo' (default), 'bench' (network scale × 10) or 'none'. */
  demo?: DemoSize | 'none';
  /** Act as this user instead of the saved or default one. */
  user?: string;
  /** Answer alerts and prompts in the page (default true). */
  askInPage?: boolean;
}

export interface WorkbenchSummary {
  tabs: number;
  rows: number;
  forms: number;
  triggers: number;
  created: boolean;
  setup?: NewWorkbookReport['setup'];
  warnings: string[];
}

export interface Workbench {
  url: string;
  file: string;
  engine: WorkbenchEngine;
  saver: WorkbookSaver;
  server: WorkbenchServer;
  summary: WorkbenchSummary;
  /** Waits for pending saves, then stops the server. */
  close(): Promise<void>;
}

export function summaryLine(w: Workbench): string {
  const s = w.summary;
  return (
    `${s.tabs} tabs, ${s.rows.toLocaleString('en-GB')} rows, ${s.forms} forms, ${s.triggers} triggers` +
    ` — ${path.relative(process.cwd(), w.file) || w.file}${s.created ? ' (new, from demo data)' : ''}`
  );
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const file = path.resolve(options.file ?? DEFAULT_WORKBOOK);
  const exists = fs.existsSync(file);
  const state = exists ? readStateFile(file) : undefined;
  const timeZone = options.source ? 'Europe/London' : readDist(options.distDir).manifest.timeZone;
  const start = state ? new Date(state.clockMs) : demoStart(DEFAULT_DEMO_TODAY, timeZone);
  const emu = new Emulator({
    distDir: options.distDir,
    source: options.source,
    htmlFiles: options.htmlFiles,
    start,
    ...(options.source ? { timeZone } : {}),
  });
  const g = emu.backend;
  const warnings: string[] = [];
  let report: NewWorkbookReport | undefined;
  let loaded: Awaited<ReturnType<typeof loadWorkbookFile>> | undefined;
  if (exists) {
    loaded = await loadWorkbookFile(g, file, state);
    warnings.push(...loaded.warnings);
  } else report = createWorkbook(emu, g.owner, options.demo ?? 'demo');
  const model = g.stores.spreadsheets.bound;
  const user = options.user ?? state?.workbench.user ?? defaultUser(staffUsers(model), g.owner);
  const desk = options.askInPage === false ? undefined : await AlertDesk.start();
  let engine: WorkbenchEngine | undefined;
  const saver = new WorkbookSaver(
    g,
    file,
    () => engine?.user ?? user,
    state?.generation ?? 0,
    loaded?.onDisk,
    loaded?.created,
  );
  engine = new WorkbenchEngine({ emu, user, desk, onStateChanged: () => void saver.request() });
  engine.open();
  if (!exists) await saver.request();
  const ctx = { engine, saver, deskOrigin: desk?.origin, file };
  const server = await startServer(ctx, { port: options.port ?? DEFAULT_PORT, distDir: options.distDir });
  desk?.allowOrigin(server.origin);
  const summary: WorkbenchSummary = {
    tabs: model.sheets.length,
    rows: model.sheets.reduce((n, s) => n + Math.max(0, s.lastRow() - 1), 0),
    forms: g.stores.comms.forms.forms.size,
    triggers: g.stores.script.triggers.triggers.length,
    created: !exists,
    ...(report ? { setup: report.setup } : {}),
    warnings,
  };
  if (report && report.setup !== 'ran')
    warnings.push(`Setup ${report.setup === 'missing' ? 'is not in the bundle' : report.setup}.`);
  return {
    url: `${server.origin}/`,
    file,
    engine,
    saver,
    server,
    summary,
    async close() {
      await saver.close();
      await server.close();
      await desk?.close();
    },
  };
}
