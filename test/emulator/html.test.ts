// Fidelity tests of the emulated HtmlService: outputs, files, templates, scriptlets and contextual escaping.
import { Emulator } from '../../src/emulator';
import { HtmlOutput } from '../../src/emulator/services/comms/htmlOutput';

const htmlFiles = {
  Sidebar: '<h1>Sidebar</h1>',
  Greeting: '<p title="<?= who ?>">Hello <?= who ?></p><? for (var i = 0; i < n; i++) { ?>*<? } ?>',
  Globals: '<p><?= shout(word) ?></p>',
};

const source = `
function shout(s) { return String(s).toUpperCase() + '!'; }
function plain() {
  var o = HtmlService.createHtmlOutput('<b>x</b>').setTitle('T').setWidth(300).setHeight(200);
  o.append('<i>y</i>').appendUntrusted('<script>');
  return { content: o.getContent(), title: o.getTitle(), width: o.getWidth(), height: o.getHeight(),
    sandbox: HtmlService.SandboxMode.IFRAME, xfo: HtmlService.XFrameOptionsMode.ALLOWALL };
}
function fromFile(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
function templated(who) {
  var t = HtmlService.createTemplateFromFile('Greeting');
  t.who = who;
  t.n = 3;
  return t.evaluate().getContent();
}
function escaping() {
  var t = HtmlService.createTemplate("<?= '<script>' ?>|<?!= '<b>raw</b>' ?>|<script>var v = <?= data ?>;</script>");
  t.data = { a: '</script>' };
  return t.evaluate().getContent();
}
function globals() {
  var t = HtmlService.createTemplateFromFile('Globals');
  t.word = 'hi';
  return t.evaluate().getContent();
}
function raw() { return HtmlService.createTemplate('<?= 1 ?>').getRawContent(); }
`;

const emulator = () => new Emulator({ source, htmlFiles });

describe('HtmlService', () => {
  // Source: https://developers.google.com/apps-script/reference/html/html-output
  it('builds an HtmlOutput with content, title, size; appendUntrusted escapes', () => {
    expect(emulator().call('plain')).toEqual({
      content: '<b>x</b><i>y</i>&lt;script&gt;',
      title: 'T',
      width: 300,
      height: 200,
      sandbox: 'IFRAME',
      xfo: 'ALLOWALL',
    });
  });

  // Source: https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String);
  // missing-file wording from github.com/RayBB/easy-gmail-scheduler/issues/4
  it("reads project HTML files and reports a missing one with Google's message", () => {
    const emu = emulator();
    expect(emu.call('fromFile', ['Sidebar'])).toBe('<h1>Sidebar</h1>');
    expect(emu.call('fromFile', ['Sidebar.html'])).toBe('<h1>Sidebar</h1>');
    expect(emu.run('fromFile', ['Nope']).error).toBe('Exception: No HTML file named Nope was found.');
  });

  // Source: https://developers.google.com/apps-script/guides/html/templates ("Pushing variables to templates", scriptlets)
  it('evaluates templates with properties assigned on the template object', () => {
    expect(emulator().call('templated', ['Ana'])).toBe('<p title="Ana">Hello Ana</p>***');
  });

  // Source: https://developers.google.com/apps-script/guides/html/templates ("Printing scriptlets … contextual
  // escaping"; "Force-printing scriptlets … without contextual escaping")
  it('escapes <?= ?> by context (text, attribute, script) and prints <?!= ?> raw', () => {
    const emu = emulator();
    expect(emu.call('escaping')).toBe(
      '&lt;script&gt;|<b>raw</b>|<script>var v = {"a":"\\u003c/script\\u003e"};</script>',
    );
    expect(emu.call('templated', ['"><img src=x onerror=alert(1)>'])).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">Hello &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>***',
    );
  });

  // Source: https://developers.google.com/apps-script/guides/html/templates ("scriptlets can call functions defined in other code files")
  it("lets scriptlets call the script's own functions", () => {
    expect(emulator().call('globals')).toBe('<p>HI!</p>');
  });

  // Source: https://developers.google.com/apps-script/reference/html/html-template#getRawContent()
  it('returns the raw template text', () => {
    expect(emulator().call('raw')).toBe('<?= 1 ?>');
  });

  it('answers the host-side getters the Spreadsheet Ui reads (getContent, getTitle, getWidth, getHeight)', () => {
    const emu = emulator();
    const out = new HtmlOutput(emu.backend, '<h1>Sidebar</h1>').setTitle('CRM');
    expect([out.getContent(), out.getTitle(), out.getWidth(), out.getHeight()]).toEqual([
      '<h1>Sidebar</h1>',
      'CRM',
      null,
      null,
    ]);
  });
});
