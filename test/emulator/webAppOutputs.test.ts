// Fidelity of what the opt-out page returns: HtmlService.createHtmlOutput with setTitle and addMetaTag, and a plain
// ContentService.createTextOutput (the one-click answer).
// Sources: https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)
//          https://developers.google.com/apps-script/reference/html/html-output#setTitle(String)
//          https://developers.google.com/apps-script/reference/content/content-service#createTextOutput(String)
import { Emulator } from '../../src/emulator';

const source = `
function page() {
  var out = HtmlService.createHtmlOutput('<p>x</p>').setTitle('T').addMetaTag('viewport', 'width=device-width, initial-scale=1');
  return [out.getTitle(), out.getMetaTags().map(function (m) { return [m.getName ? m.getName() : m.name, m.getContent ? m.getContent() : m.content]; })];
}
function text() { var t = ContentService.createTextOutput('unsubscribed'); return [t.getContent(), String(t.getMimeType())]; }
`;

describe('web app outputs', () => {
  const emu = new Emulator({ source });

  it('HtmlOutput.addMetaTag keeps the tag and returns the output for chaining; setTitle sets the page title', () => {
    expect(emu.call('page')).toEqual(['T', [['viewport', 'width=device-width, initial-scale=1']]]);
  });

  it('ContentService.createTextOutput(content) is plain text by default ("TEXT")', () => {
    expect(emu.call('text')).toEqual(['unsubscribed', 'TEXT']);
  });
});
