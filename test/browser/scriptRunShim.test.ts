// Browser tests of the google.script client shim: a small inline page and bundle served locally, driven in headless Chromium.
import type { BrowserContext, Page } from 'playwright-core';
import { Emulator } from '../../src/emulator';
import { type SidebarServer, startSidebarServer } from '../../src/emulator/browser';
import { describeBrowser, type LaunchedBrowser, launchBrowser, openPage, waitFor } from './harness';

const BUNDLE = `
function echo(x) { return x; }
function fail() { throw new Error('Row changed since you opened it'); }
function today() { return new Date(2024, 0, 1); }
function saveForm(fields) { return fields; }
function helper_() { return 'private'; }
`;

const PAGE = `<!DOCTYPE html><html><head><base target="_top"></head><body>
<form id="f">
  <input name="city" value="Lyon"><input name="size" type="number" value="42">
  <input name="member" type="checkbox" checked><input name="hub" type="checkbox">
  <select name="tags" multiple><option value="a" selected>a</option><option value="b" selected>b</option></select>
  <button type="button">Save</button>
</form>
<script>window.pageScriptSawRun = typeof google.script.run.echo === 'function';</script>
</body></html>`;

/** Runs `body` in the page and resolves with what it passes to `done`. */
function inPage<T>(page: Page, body: string): Promise<T> {
  return page.evaluate((code) => new Promise<T>((done) => new Function('done', code)(done)), body);
}

describeBrowser('google.script client shim in Chromium', () => {
  let browser: LaunchedBrowser;
  let context: BrowserContext;
  let server: SidebarServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const emu = new Emulator({ source: BUNDLE });
    server = await startSidebarServer({ emu, user: 'viewer@strongcities.org', pages: { test: PAGE } });
    browser = await launchBrowser();
    context = await browser.newContext();
    ({ page, errors } = await openPage(context, server.pageUrl('test')));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Source: https://developers.google.com/apps-script/guides/html/reference/run
  it('exists before the page script runs and returns void, calling back asynchronously', async () => {
    expect(
      await page.evaluate(() => (window as unknown as { pageScriptSawRun: boolean }).pageScriptSawRun),
    ).toBe(true);
    const order = await inPage<string[]>(
      page,
      `var log = [];
       var r = google.script.run.withSuccessHandler(function (v) { log.push('success:' + v); done(log); }).echo('hi');
       log.push('returned:' + r);`,
    );
    expect(order).toEqual(['returned:undefined', 'success:hi']);
  });

  // Source: https://developers.google.com/apps-script/guides/html/reference/run#withUserObject(Object)
  it('passes the user object as the second argument of the handlers', async () => {
    const got = await inPage<unknown[]>(
      page,
      `google.script.run.withUserObject({ row: 7 }).withSuccessHandler(function (v, u) { done([v, u]); }).echo(1);`,
    );
    expect(got).toEqual([1, { row: 7 }]);
  });

  // Source: https://developers.google.com/apps-script/guides/html/reference/run#withSuccessHandler(Function)
  it('returns a new runner from each with… call, leaving a stored runner unchanged', async () => {
    const got = await inPage<string[]>(
      page,
      `var seen = [];
       var base = google.script.run.withSuccessHandler(function (v) { seen.push('base:' + v); if (seen.length === 2) done(seen.sort()); });
       var other = base.withSuccessHandler(function (v) { seen.push('other:' + v); if (seen.length === 2) done(seen.sort()); });
       base.echo('a'); other.echo('b');`,
    );
    expect(got).toEqual(['base:a', 'other:b']);
  });

  // Source: https://developers.google.com/apps-script/guides/html/reference/run#withFailureHandler(Function)
  it("calls the failure handler with an Error carrying the server's message", async () => {
    const got = await inPage<unknown[]>(
      page,
      `google.script.run.withFailureHandler(function (e, u) { done([e instanceof Error, e.name, e.message, u]); })
         .withUserObject('ctx').fail();`,
    );
    expect(got).toEqual([true, 'Error', 'Row changed since you opened it', 'ctx']);
  });

  // Source: https://developers.google.com/apps-script/guides/html/communication#private_functions
  it('has no method for private server functions', async () => {
    expect(
      await page.evaluate(() => typeof (google.script.run as unknown as Record<string, unknown>).helper_),
    ).toBe('undefined');
  });

  // Source: https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
  it('throws from the call itself when a parameter holds a Date', async () => {
    const message = await page.evaluate(() => {
      try {
        google.script.run.echo({ when: new Date() });
        return 'no error';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(message).toBe('Failed due to illegal value in property: when');
  });

  // Source: https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
  it('sends undefined in arrays as null and drops undefined properties', async () => {
    const got = await inPage<unknown>(
      page,
      `google.script.run.withSuccessHandler(done).echo({ a: [1, undefined], b: undefined });`,
    );
    expect(got).toEqual({ a: [1, null] });
  });

  // Source: https://github.com/enuchi/React-Google-Apps-Script/issues/28
  it('gives the success handler null when the server returns a Date', async () => {
    expect(
      await inPage<unknown>(page, `google.script.run.withSuccessHandler(function (v) { done(v); }).today();`),
    ).toBeNull();
  });

  // Source: https://developers.google.com/apps-script/guides/html/communication#forms
  it('sends a form element as one object of its fields', async () => {
    const got = await inPage<unknown>(
      page,
      `google.script.run.withSuccessHandler(done).saveForm(document.getElementById('f'));`,
    );
    expect(got).toEqual({ city: 'Lyon', size: '42', member: 'on', tags: ['a', 'b'] });
  });

  // Source: https://developers.google.com/apps-script/guides/html/reference/run#withFailureHandler(Function)
  it('surfaces a failure without a failure handler as an uncaught error in the page', async () => {
    const before = errors.length;
    await page.evaluate(() => google.script.run.fail());
    await waitFor(() => errors.length > before, 'an uncaught error');
    expect(errors.slice(before).join('\n')).toContain('Row changed since you opened it');
  });

  // Source: https://developers.google.com/apps-script/guides/html/reference/host
  it('records google.script.host calls', async () => {
    await page.evaluate(() => {
      google.script.host.setHeight(450);
      google.script.host.editor.focus();
    });
    await waitFor(() => server.handler.hostActions.length >= 2, 'two host actions');
    expect(server.handler.hostActions).toEqual(
      expect.arrayContaining([
        { page: 'test', action: 'setHeight', value: 450 },
        { page: 'test', action: 'editor.focus' },
      ]),
    );
    expect(server.handler.calls.every((c) => c.user === 'viewer@strongcities.org')).toBe(true);
  });
});
