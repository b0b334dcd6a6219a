// Fidelity tests of web apps: doGet/doPost event objects, ContentService and HtmlService outputs as responses, and
// ScriptApp.getService().getUrl(). Source: https://developers.google.com/apps-script/guides/web ("Request
// parameters"), https://developers.google.com/apps-script/reference/content/content-service,
// https://developers.google.com/apps-script/reference/script/service#getUrl()
import { Emulator } from '../../src/emulator';
import { serveWebApp } from '../../src/emulator/webApp';

const source = `
function doGet(e) {
  if (e.pathInfo === 'page') {
    return HtmlService.createHtmlOutput('<p>Opted out: ' + e.parameter.t + '</p>').setTitle('Opt-out');
  }
  if (e.pathInfo === 'nothing') return 'not an output';
  if (e.pathInfo === 'csv') return ContentService.createTextOutput('a,b').setMimeType(ContentService.MimeType.CSV).downloadAsFile('x.csv');
  return ContentService.createTextOutput(JSON.stringify({ e: e, user: Session.getActiveUser().getEmail(),
    effective: Session.getEffectiveUser().getEmail(), url: ScriptApp.getService().getUrl() }))
    .setMimeType(ContentService.MimeType.JSON);
}
function doPost(e) { return ContentService.createTextOutput(JSON.stringify(e)).setMimeType(ContentService.MimeType.JSON); }
function boom() {}
`;

describe('web app requests', () => {
  it('passes doGet the documented event object and serves a JSON TextOutput, running as the owner', () => {
    const emu = new Emulator({ source });
    const r = serveWebApp(emu, { method: 'GET', queryString: 'name=alice&n=1&n=2' });
    expect(r.status).toBe(200);
    expect(r.contentType).toBe('application/json; charset=utf-8');
    const body = JSON.parse(r.body);
    // The guide's own example: {"name": "alice", "n": "1"} and {"name": ["alice"], "n": ["1", "2"]}.
    expect(body.e).toEqual({
      queryString: 'name=alice&n=1&n=2',
      parameter: { name: 'alice', n: '1' },
      parameters: { name: ['alice'], n: ['1', '2'] },
      contextPath: '',
      contentLength: -1,
    });
    expect(body.user).toBe('');
    expect(body.effective).toBe('owner@strongcities.org');
    expect(body.url).toMatch(/^https:\/\/script\.google\.com\/macros\/s\/[A-Za-z0-9_-]+\/exec$/);
  });

  it('gives queryString null without a query, pathInfo after /exec, and postData for POST bodies', () => {
    const emu = new Emulator({ source });
    const get = JSON.parse(serveWebApp(emu, { method: 'GET' }).body);
    expect(get.e.queryString).toBeNull();
    expect(get.e).not.toHaveProperty('pathInfo');
    const post = JSON.parse(
      serveWebApp(emu, {
        method: 'POST',
        pathInfo: 'optout',
        queryString: 't=abc',
        body: 'confirm=yes&t=zzz',
        contentType: 'application/x-www-form-urlencoded',
      }).body,
    );
    expect(post).toMatchObject({
      pathInfo: 'optout',
      queryString: 't=abc',
      parameter: { t: 'abc', confirm: 'yes' },
      parameters: { t: ['abc', 'zzz'], confirm: ['yes'] },
      contentLength: 17,
      postData: {
        length: 17,
        type: 'application/x-www-form-urlencoded',
        contents: 'confirm=yes&t=zzz',
        name: 'postData',
      },
    });
    const json = JSON.parse(
      serveWebApp(emu, { method: 'POST', body: '{"a":1}', contentType: 'application/json' }).body,
    );
    expect(json.parameter).toEqual({});
    expect(json.postData.contents).toBe('{"a":1}');
  });

  it('serves an HtmlOutput as the page with its title, and TextOutput downloads with their file name', () => {
    const emu = new Emulator({ source });
    const page = serveWebApp(emu, { method: 'GET', pathInfo: 'page', queryString: 't=%3Cb%3E' });
    expect(page).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8', title: 'Opt-out' });
    expect(page.body).toBe('<p>Opted out: <b></p>');
    const csv = serveWebApp(emu, { method: 'GET', pathInfo: 'csv' });
    expect(csv).toMatchObject({ contentType: 'text/csv; charset=utf-8', body: 'a,b', fileName: 'x.csv' });
  });

  it('answers as Google does when doGet returns no output or does not exist, and counts the calls', () => {
    const emu = new Emulator({ source });
    expect(serveWebApp(emu, { method: 'GET', pathInfo: 'nothing' }).body).toContain(
      'The script completed but did not return anything.',
    );
    const none = new Emulator({ source: 'function boom() {}' });
    const r = serveWebApp(none, { method: 'GET' });
    expect(r.status).toBe(500);
    expect(r.body).toContain('Script function not found: doGet');
    serveWebApp(emu, { method: 'GET' });
    expect(
      emu.backend.calls.some((c) => c.service === 'ContentService' && c.method === 'createTextOutput'),
    ).toBe(true);
  });

  it('getUrl() returns the configured deployment URL, and null once undeployed', () => {
    const emu = new Emulator({
      source: 'function url() { return ScriptApp.getService().getUrl(); }',
      webAppUrl: 'http://127.0.0.1:9/exec',
    });
    expect(emu.call('url')).toBe('http://127.0.0.1:9/exec');
    emu.backend.stores.script.webApp.enabled = false;
    expect(emu.call('url')).toBeNull();
  });
});
