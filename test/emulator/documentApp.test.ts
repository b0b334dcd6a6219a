// Fidelity of the emulated DocumentApp: create, openById, the body's paragraphs, headings and tables, getUrl/getId.
// Sources: https://developers.google.com/apps-script/reference/document/document-app
//          https://developers.google.com/apps-script/reference/document/document
//          https://developers.google.com/apps-script/reference/document/body
//          https://developers.google.com/apps-script/reference/document/paragraph
//          https://developers.google.com/apps-script/reference/document/paragraph-heading
//          https://developers.google.com/apps-script/reference/document/table
import { Emulator } from '../../src/emulator';

function run(body: string): unknown {
  const r = new Emulator({ source: `function t(){ ${body} }` }).run('t');
  if (r.status !== 'ok') throw new Error(r.error);
  return r.value;
}

describe('DocumentApp', () => {
  // https://developers.google.com/apps-script/reference/document/document-app#create(String)
  // https://developers.google.com/apps-script/reference/document/document#getId()
  it('create returns a new named document with an id; openById opens the same one', () => {
    const v = run(`var d = DocumentApp.create('Report'); var o = DocumentApp.openById(d.getId());
      return [d.getName(), o.getName(), o.getId() === d.getId(), d.getId().length > 20];`);
    expect(v).toEqual(['Report', 'Report', true, true]);
  });

  // https://developers.google.com/apps-script/reference/document/document#getUrl()
  // (the URL's docs.google.com/document/d/<id>/edit shape is believed, from public reports)
  it('getUrl names the document by its id', () => {
    const v = run(`var d = DocumentApp.create('R'); return d.getUrl().indexOf(d.getId()) >= 0;`);
    expect(v).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/document/document-app#openById(String)
  it('openById of an unknown id throws', () => {
    const r = new Emulator({ source: `function t(){ DocumentApp.openById('nope'); }` }).run('t');
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/^Exception: /);
  });

  // https://developers.google.com/apps-script/reference/document/body#appendParagraph(String)
  // https://developers.google.com/apps-script/reference/document/paragraph#setHeading(ParagraphHeading)
  // https://developers.google.com/apps-script/reference/document/paragraph-heading
  it('appendParagraph adds a paragraph; setHeading returns the paragraph with its heading set', () => {
    const v = run(`var b = DocumentApp.create('R').getBody();
      var p = b.appendParagraph('Title').setHeading(DocumentApp.ParagraphHeading.HEADING1);
      var q = b.appendParagraph('Text');
      return [p.getText(), String(p.getHeading()), String(q.getHeading()), b.getText().indexOf('Title\\nText') >= 0];`);
    expect(v).toEqual(['Title', 'HEADING1', 'NORMAL', true]);
  });

  // https://developers.google.com/apps-script/reference/document/body#appendTable(String[][])
  // https://developers.google.com/apps-script/reference/document/table#getNumRows()
  it('appendTable(cells) adds a table with one cell per string; a non-array is refused', () => {
    const v = run(`var b = DocumentApp.create('R').getBody();
      var t = b.appendTable([['a', 'b'], ['c', 'd']]);
      var refused = false; try { b.appendTable('x'); } catch (e) { refused = true; }
      return [t.getNumRows(), refused];`);
    expect(v).toEqual([2, true]);
  });

  // https://developers.google.com/apps-script/reference/document/document#saveAndClose()
  it('saveAndClose saves the document (host side it is marked saved)', () => {
    const emu = new Emulator({
      source: `function t(){ var d = DocumentApp.create('R'); d.getBody().appendParagraph('x'); d.saveAndClose(); return d.getId(); }`,
    });
    const r = emu.run<string>('t');
    expect(emu.backend.stores.documents.get(r.value!)!.saved).toBe(true);
  });
});

describe('Body.appendImage', () => {
  // https://developers.google.com/apps-script/reference/document/body#appendImage(BlobSource)
  // (the docs search tool did not return this page; the URL is the one the reference names for the method)
  it("appends a chart's PNG as an inline image whose blob holds the same bytes", () => {
    const v = run(`var ss = SpreadsheetApp.create('S'); var sh = ss.getActiveSheet();
      sh.getRange(1, 1, 3, 2).setValues([['k', 'n'], ['a', 2], ['b', 5]]);
      sh.insertChart(sh.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sh.getRange('A1:B3'))
        .setPosition(1, 4, 0, 0).build());
      var png = sh.getCharts()[0].getAs('image/png');
      var d = DocumentApp.create('R'); var b = d.getBody();
      var n = b.getNumChildren(); var img = b.appendImage(png);
      return [b.getNumChildren() - n, img.getBlob().getContentType(),
        img.getBlob().getBytes().join(',') === png.getBytes().join(','), png.getBytes().length > 8];`);
    expect(v).toEqual([1, 'image/png', true, true]);
  });

  it('refuses something that is not an image blob', () => {
    const r = new Emulator({
      source: `function t(){ DocumentApp.create('R').getBody().appendImage(Utilities.newBlob('x', 'text/plain')); }`,
    }).run('t');
    expect(r.status).toBe('error');
  });
});
