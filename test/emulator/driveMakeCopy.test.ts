// Fidelity of the emulated File.makeCopy (the weekly snapshot's copy of the workbook, issue 18 item 3).
// Source: https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder) and its siblings
// makeCopy(), makeCopy(Folder), makeCopy(String): "Creates a copy of the file", in the destination folder and with
// the name when given; each returns the new File. Believed, from public reports rather than the reference: without a
// destination the copy sits where the original is; without a name it is "Copy of <name>"; the copy belongs to the
// user who made it; a copied spreadsheet takes its container-bound script along (a Qiita note: copying the file
// copied its script too). The emulator copies the spreadsheet's content only.
import { Emulator } from '../../src/emulator';

function emulator(body: string): Emulator {
  return new Emulator({ source: `function t(){ ${body} }` });
}

function run(body: string, user?: string): unknown {
  const r = emulator(body).run('t', [], user ? { user } : {});
  if (r.status !== 'ok') throw new Error(r.error);
  return r.value;
}

describe('File.makeCopy', () => {
  it('makeCopy(name, folder) makes an independent spreadsheet with the same tabs, values and formulas, in the folder', () => {
    const emu = emulator(`var ss = SpreadsheetApp.create('Book');
      var s = ss.getSheets()[0]; s.setName('Cities'); s.getRange('A1:B2').setValues([['Name', 'Joined'], ['Amman', new Date(2024, 2, 31)]]);
      s.getRange('C2').setFormula('=A2&"!"'); s.getRange('A2').setNote('checked');
      ss.insertSheet('Staff').getRange('A1').setValue('Email');
      var folder = DriveApp.createFolder('Snapshots');
      var copy = DriveApp.getFileById(ss.getId()).makeCopy('Book snapshot', folder);
      var book = SpreadsheetApp.openById(copy.getId());
      var before = [book.getName(), book.getSheets().map(function (x) { return x.getName(); }),
        book.getSheetByName('Cities').getRange('A1:C2').getValues(), book.getSheetByName('Cities').getRange('C2').getFormula(),
        book.getSheetByName('Cities').getRange('A2').getNote(), copy.getMimeType()];
      // Independent: an edit to either side leaves the other as it was.
      s.getRange('A2').setValue('Irbid'); book.getSheetByName('Staff').getRange('A1').setValue('Changed');
      var inFolder = []; var it = folder.getFiles(); while (it.hasNext()) inFolder.push(it.next().getId());
      return [before, book.getSheetByName('Cities').getRange('A2').getValue(), ss.getSheetByName('Staff').getRange('A1').getValue(),
        inFolder.length === 1 && inFolder[0] === copy.getId(), copy.getId() !== ss.getId()];`);
    const r = emu.run('t');
    expect(r.status).toBe('ok');
    const [before, copyA2, originalStaff, inFolder, newId] = r.value as unknown[];
    const [name, tabs, values, formula, note, mime] = before as unknown[];
    expect([name, tabs, formula, note, mime]).toEqual([
      'Book snapshot',
      ['Cities', 'Staff'],
      '=A2&"!"',
      'checked',
      'application/vnd.google-apps.spreadsheet',
    ]);
    const rows = values as unknown[][];
    expect(rows[0]).toEqual(['Name', 'Joined', '']);
    expect(rows[1]![0]).toBe('Amman');
    expect(rows[1]![1]).toBeInstanceOf(Date);
    expect(rows[1]![2]).toBe('Amman!');
    expect([copyA2, originalStaff, inFolder, newId]).toEqual(['Amman', 'Email', true, true]);
  });

  it('makeCopy(name) keeps the original folder; makeCopy(folder) and makeCopy() name it "Copy of …" (believed)', () => {
    const v = run(`var ss = SpreadsheetApp.create('Book'); var file = DriveApp.getFileById(ss.getId());
      var folder = DriveApp.createFolder('Elsewhere'); file.moveTo(folder);
      var named = file.makeCopy('Named'); var intoRoot = DriveApp.createFolder('Root copies');
      var byFolder = file.makeCopy(intoRoot); var plain = file.makeCopy();
      var names = function (f) { var out = []; var it = f.getFiles(); while (it.hasNext()) out.push(it.next().getName()); return out.sort(); };
      return [named.getName(), byFolder.getName(), plain.getName(), names(folder), names(intoRoot)];`);
    expect(v).toEqual([
      'Named',
      'Copy of Book',
      'Copy of Book',
      ['Book', 'Copy of Book', 'Named'],
      ['Copy of Book'],
    ]);
  });

  it('the copy belongs to the user who made it; a wrong argument is refused', () => {
    const v = run(`var ss = SpreadsheetApp.create('Book'); var file = DriveApp.getFileById(ss.getId());
      var copy = file.makeCopy('Mine'); var errors = [];
      try { file.makeCopy(42); } catch (e) { errors.push(String(e)); }
      try { file.makeCopy('x', 'not a folder'); } catch (e) { errors.push(String(e)); }
      try { file.makeCopy(''); } catch (e) { errors.push(String(e)); }
      return [copy.getOwner().getEmail(), errors.length, errors.every(function (e) { return /^Exception: Invalid argument/.test(e); })];`);
    expect(v).toEqual([expect.stringContaining('@'), 3, true]);
  });

  it('an uploaded file is copied with its own bytes', () => {
    const v = run(`var f = DriveApp.createFile(Utilities.newBlob('hello', 'text/plain', 'a.txt'));
      var c = f.makeCopy('b.txt');
      return [c.getName(), c.getBlob().getDataAsString(), c.getMimeType(), c.getId() !== f.getId()];`);
    expect(v).toEqual(['b.txt', 'hello', 'text/plain', true]);
  });
});
