// Fidelity of DriveApp.createFile(blob): "Creates a file in the root of the user's Drive from a given Blob of
// arbitrary data" — the file keeps the blob's bytes, content type and name, is owned by the user who ran it, and is
// in that user's root. A blob without a name being refused is believed (Drive needs a title), not documented.
// Sources: https://developers.google.com/apps-script/reference/drive/drive-app#createFile(BlobSource)
//          https://developers.google.com/apps-script/reference/base/utilities#newBlob(Byte,String,String)
import { Emulator } from '../../src/emulator';

const source = `
function make(b64, type, name) {
  var f = DriveApp.createFile(Utilities.newBlob(Utilities.base64Decode(b64), type, name));
  var again = DriveApp.getFileById(f.getId());
  return { id: f.getId(), name: again.getName(), type: again.getMimeType(), size: again.getSize(),
    owner: again.getOwner().getEmail(), bytes: Utilities.base64Encode(again.getBlob().getBytes()) };
}
function unnamed() { return DriveApp.createFile(Utilities.newBlob('x')).getId(); }
`;

describe('DriveApp.createFile(blob)', () => {
  const emu = new Emulator({ source });
  const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 128, 7]);

  it('makes a file in the user’s root with the blob’s bytes, type and name', () => {
    const r = emu.run('make', [bytes.toString('base64'), 'image/png', 'banner.png']);
    expect(r.status).toBe('ok');
    const v = r.value as Record<string, unknown>;
    expect(v).toMatchObject({ name: 'banner.png', type: 'image/png', size: 8, owner: emu.backend.owner });
    expect(v['bytes']).toBe(bytes.toString('base64'));
    const item = emu.backend.stores.drive.get(String(v['id']))!;
    expect(item.parentId).toBe(emu.backend.stores.drive.rootOf(emu.backend.owner).id);
    const calls = r.execution.records.filter((c) => c.service === 'DriveApp').map((c) => c.method);
    expect(calls).toContain('createFile');
  });

  it('refuses a blob with no name (believed)', () => {
    expect(emu.run('unnamed').status).toBe('error');
  });
});
