// Shared setup for the workbench's browser tests: a workbench on a temporary workbook, one browser per file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { startWorkbench, type Workbench, type WorkbenchOptions } from '../../../src/workbench/workbench';
import { type LaunchedBrowser, launchBrowser } from '../../browser/harness';

/** The built project the workbench runs; `npm test` builds dist/ first (pretest). */
export const DIST = process.env.WORKBENCH_TEST_DIST ?? 'dist';

export function tempWorkbook(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scn-workbench-')), 'workbook.xlsx');
}

export function start(file: string, options: WorkbenchOptions = {}): Promise<Workbench> {
  // In-process, a script's alert would wait for the page while the browser driver shares this thread: the
  // emulator's default answers apply here; tests of alerts run the workbench in its own process (startProcess).
  return startWorkbench({ file, port: 0, distDir: DIST, askInPage: false, ...options });
}

export interface BrowserSession {
  browser: LaunchedBrowser;
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A desktop-sized page (the workbench is a full-window app; sidebars inside it are 300 px). */
export async function openBrowser(url: string): Promise<BrowserSession> {
  const browser = await launchBrowser();
  const context = await browser.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  await page.goto(url);
  return { browser, context, page, errors };
}

/** The text of a grid cell (1-based row and column), once rendered. */
export async function cellText(page: Page, row: number, col: number): Promise<string> {
  return (await page.locator(`#cell-${row}-${col}`).textContent()) ?? '';
}

/** Selects a cell with the mouse, then types a value and presses Enter, as a person would. */
export async function typeInto(page: Page, row: number, col: number, text: string): Promise<void> {
  await page.locator(`#cell-${row}-${col}`).click();
  await page.keyboard.press('Enter');
  const editor = page.locator('.cell-editor');
  await editor.fill(text);
  await editor.press('Enter');
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.locator('.tab[aria-selected="true"]', { hasText: name }).waitFor();
}

export interface WorkbenchProcess {
  url: string;
  output: string[];
  /** Ctrl+C: the workbench saves and exits. */
  stop(): Promise<number | null>;
}

/**
 * Runs the workbench as `npm start` does, in its own process. Needed when a script shows an alert or prompt:
 * the workbench's thread then waits for the page's answer, and the browser driver must not share that thread.
 */
export async function startProcess(args: string[]): Promise<WorkbenchProcess> {
  const { spawn } = await import('node:child_process');
  // tsx as a loader, not its CLI: the CLI relays SIGTERM to its child and SIGKILLs it when the child has not
  // acknowledged within ~60 ms (a busy machine), which would test tsx rather than the workbench's own shutdown.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/workbench/main.ts', '--port', '0', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const m = /workbench: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output.join(''));
      if (m) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c: Buffer) => output.push(c.toString()));
    exited.then((code) => reject(new Error(`The workbench exited (${code}): ${output.join('')}`)));
  });
  return {
    url,
    output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The workbench's state as the page sees it. */
export async function stateOf(url: string): Promise<{
  forms: { id: string; title: string; url: string; responses: number }[];
  triggers: { handler: string }[];
  outboxCount: number;
  clock: { ms: number };
}> {
  return (await fetch(`${url}api/state`)).json();
}

/**
 * Waits for sidebar toasts without missing one: an info toast goes after six seconds, which a loaded machine can
 * spend between two polls, so a recorder in the frame keeps every toast shown (it watches the body: pages re-render).
 * `toast(wanted)` waits for a toast matching `wanted` among those shown since the previous call; an error toast
 * ends the wait and fails with its own words.
 */
export function toastWatcher(page: Page, frame: FrameLocator, timeoutMs = 150_000) {
  let seenBefore = 0;
  const seen = () =>
    frame.locator('body').evaluate(() => (window as unknown as { seenToasts?: string[] }).seenToasts ?? []);
  return {
    /** Starts recording (call once the sidebar has loaded, before the first action). */
    async record(): Promise<void> {
      await frame.locator('body').evaluate((body) => {
        const w = window as unknown as { seenToasts?: string[] };
        if (w.seenToasts) return;
        const list: string[] = [];
        w.seenToasts = list;
        const note = () => {
          for (const t of Array.from(body.querySelectorAll('.toast'))) {
            const el = t as HTMLElement & { recorded?: boolean };
            if (!el.recorded) {
              el.recorded = true;
              list.push(t.textContent ?? '');
            }
          }
        };
        note();
        new MutationObserver(note).observe(body, { childList: true, subtree: true });
      });
      seenBefore = (await seen()).length;
    },
    async toast(wanted: RegExp): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const fresh = (await seen()).slice(seenBefore).join(' | ');
        if (
          wanted.test(fresh) ||
          /Could not complete|Action impossible/.test(fresh) ||
          Date.now() > deadline
        ) {
          expect(fresh).toMatch(wanted);
          seenBefore = (await seen()).length;
          return fresh;
        }
        await page.waitForTimeout(200);
      }
    },
  };
}

/** A sidebar opened from the CRM menu in Chromium, loaded, with its toasts recorded. */
export interface MenuSidebar {
  s: BrowserSession;
  page: Page;
  frame: FrameLocator;
  toasts: ReturnType<typeof toastWatcher>;
}

/** Opens SCN CRM › `menu` › `item` on a started workbench and waits for the sidebar titled `title` to load. */
export async function openMenuSidebar(
  wb: Workbench,
  menu: RegExp,
  item: string,
  title: RegExp,
): Promise<MenuSidebar> {
  const s = await openBrowser(wb.url);
  const page = s.page;
  s.context.setDefaultTimeout(45_000);
  await page.getByRole('menuitem', { name: 'SCN CRM' }).click();
  await page.getByRole('menuitem', { name: menu }).click();
  await page.getByRole('menuitem', { name: item }).click();
  await page.locator('.side-panel:not([hidden]) .panel-title', { hasText: title }).waitFor();
  const frame = page.frameLocator('iframe.sidebar-frame');
  await frame.locator('body[data-loaded="true"]').waitFor();
  const toasts = toastWatcher(page, frame);
  await toasts.record();
  return { s, page, frame, toasts };
}
