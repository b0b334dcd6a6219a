// Browser tests' harness: finds Debian's Chromium, launches it headless with a throwaway profile, opens pages at sidebar size.
import fs from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { SIDEBAR_WIDTH_PX } from '../../src/emulator/browser';

const INSTALL_HINT =
  'Browser tests need Chromium. Install it with `apt-get update && apt-get install -y chromium` ' +
  '(Debian; CI does this in .ci/run), or point CHROMIUM_PATH at a Chromium/Chrome binary. ' +
  'To skip browser tests locally only, set SKIP_BROWSER_TESTS=1.';

/** The Chromium binary to use, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && fs.existsSync(p));
}

/**
 * Browser tests run unless SKIP_BROWSER_TESTS=1 is set; in CI (CI set) they never skip.
 * Use as `describeBrowser('…', () => …)` so a missing browser fails loudly instead of silently passing.
 */
export const skipBrowserTests = process.env.SKIP_BROWSER_TESTS === '1' && !process.env.CI;
export function describeBrowser(name: string, body: () => void): void {
  (skipBrowserTests ? describe.skip : describe)(name, body);
}

/** Flags a sandboxed, offline machine needs (see .library/env/machines/node.md): no GPU, no background traffic. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedBrowser {
  browser: Browser;
  /** A fresh context (cookies, storage) with a sidebar-sized viewport; close it after the test. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * One browser per test file. Playwright gives each launch its own new temporary profile
 * (user-data-dir), deleted on close; `launch` rejects a --user-data-dir flag, so none is passed.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Chromium not found. ${INSTALL_HINT}`);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  return {
    browser,
    newContext: () => browser.newContext({ viewport: { width: SIDEBAR_WIDTH_PX, height: 800 } }),
    close: () => browser.close(),
  };
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors and console errors the page produced, for asserting a clean run. */
  errors: string[];
  warnings: string[];
}

/**
 * Opens a URL in a new tab at sidebar width (300 px) or, for dialogs, the requested size,
 * and collects the page's uncaught errors and console errors/warnings.
 */
export async function openPage(
  context: BrowserContext,
  url: string,
  size: { width: number; height: number } = { width: SIDEBAR_WIDTH_PX, height: 800 },
): Promise<OpenedPage> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(url);
  return { page, errors, warnings };
}

/** Waits until `check` returns a truthy value (polling; fails after `timeoutMs`). */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
