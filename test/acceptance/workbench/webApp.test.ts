// The workbench serves the script's web app at /exec, and an emailed link to the web app (an opt-out link) opens
// from the Outbox. Runs a small inline script in place of dist/Code.js; no browser needed.

import type { Workbench } from '../../../src/workbench/workbench';
import { start, tempWorkbook } from './support';

const source = `
function doGet(e) {
  if (e.pathInfo === 'form')
    return HtmlService.createHtmlOutput('<form method="post" action="' + ScriptApp.getService().getUrl() + '"></form>');
  var t = HtmlService.createHtmlOutput('<p>Unsubscribed</p>');
  t.appendUntrusted(e.parameter.t || '');
  return t.setTitle('Opt-out');
}
function doPost(e) {
  SpreadsheetApp.getActiveSpreadsheet();
  return ContentService.createTextOutput(JSON.stringify({ got: e.parameter.t, body: e.postData.contents }))
    .setMimeType(ContentService.MimeType.JSON);
}
function mailLink(to) {
  var url = ScriptApp.getService().getUrl() + '/optout?t=tok%2B1&lang=fr';
  MailApp.sendEmail(to, 'Newsletter', 'Opt out: ' + url, { htmlBody: '<a href="' + url + '">Opt out</a>' });
  GmailApp.sendEmail(to, 'Plain newsletter', 'Opt out: ' + url);
}
`;

describe('workbench web app', () => {
  let wb: Workbench;
  let base = '';
  beforeAll(async () => {
    wb = await start(tempWorkbook(), { source, demo: 'none' });
    base = wb.url.replace(/\/$/, '');
  });
  afterAll(async () => {
    await wb?.close();
  });

  it('serves doGet and doPost at /exec with the path and parameters', async () => {
    const get = await fetch(`${base}/exec/optout?t=%3Cb%3E`);
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await get.text()).toBe('<title>Opt-out</title><p>Unsubscribed</p>&lt;b&gt;');
    const post = await fetch(`${base}/exec?t=abc`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(post.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await post.json()).toEqual({ got: 'abc', body: 'hello' });
  });

  it('points the served page’s form at the workbench’s /exec, not at the deployed URL', async () => {
    const page = await (await fetch(`${base}/exec/form`)).text();
    expect(page).toBe(`<form method="post" action="${base}/exec"></form>`);
  });

  it("opens an emailed web-app link from the Outbox (HTML and plain-text bodies) at the workbench's /exec", async () => {
    expect(wb.engine.emu.run('mailLink', ['ana@city.org']).status).toBe('ok');
    const [html, plain] = wb.engine.emu.backend.stores.comms.mail.outbox.slice(-2);
    // The message itself carries the deployed URL, as Google's would.
    expect(html.htmlBody).toMatch(/https:\/\/script\.google\.com\/macros\/s\/[A-Za-z0-9_-]+\/exec\/optout/);
    for (const m of [html, plain]) {
      const doc = await (await fetch(`${base}/outbox/${m.id}`)).text();
      const href = /href="([^"]+)"/.exec(doc)?.[1].replace(/&amp;/g, '&');
      expect(href).toBe(`${base}/exec/optout?t=tok%2B1&lang=fr`);
      const page = await (await fetch(href as string)).text();
      expect(page).toContain('<p>Unsubscribed</p>tok+1');
    }
  });
});
