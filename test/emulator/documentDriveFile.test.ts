// Fidelity: a document made by DocumentApp is a Drive file under the same id, which only its owner can trash.
//
// Sources: https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String) ("Gets the file
// with the given ID"); https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean) and
// #isTrashed(); https://developers.google.com/apps-script/reference/base/mime-type (GOOGLE_DOCS is
// "application/vnd.google-apps.document"); https://developers.google.com/workspace/drive/api/guides/delete ("Only
// the file owner can trash a file … If you attempt to trash a file you don't own, you receive an
// insufficientFilePermissions error"). That Document.getId() is that Drive file id (so getFileById(doc.getId())
// opens it) is believed, from public reports (the id in a Docs link is the file id); the wording of the error
// Apps Script throws for a file not owned is not documented and is not checked here.
import { Emulator } from '../../src/emulator';

const source = `
function make() { return DocumentApp.create('Visa letter').getId(); }
function open(id) {
  var f = DriveApp.getFileById(id);
  return [f.getName(), f.getMimeType(), f.isTrashed(), f.getId() === id];
}
function trash(id) { var f = DriveApp.getFileById(id); f.setTrashed(true); return DriveApp.getFileById(id).isTrashed(); }
`;

describe('a Google Doc in Drive', () => {
  it('opens by its document id as a Google Docs file, and its owner can move it to the bin', () => {
    const emu = new Emulator({ source });
    const id = emu.run('make', [], { user: 'owner@strongcities.org' }).value as string;
    expect(emu.run('open', [id], { user: 'owner@strongcities.org' }).value).toEqual([
      'Visa letter',
      'application/vnd.google-apps.document',
      false,
      true,
    ]);
    expect(emu.run('trash', [id], { user: 'owner@strongcities.org' }).value).toBe(true);
  });

  it('cannot be trashed by another account', () => {
    const emu = new Emulator({ source });
    const id = emu.run('make', [], { user: 'coordinator@strongcities.org' }).value as string;
    const drive = emu.backend.stores.drive;
    drive.get(id)!.editors.push('owner@strongcities.org');
    const r = emu.run('trash', [id], { user: 'owner@strongcities.org' });
    expect(r.status).toBe('error');
    expect(drive.get(id)!.trashed).toBe(false);
  });
});
