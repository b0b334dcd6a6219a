// Fidelity of Drive files as mail attachments and links: getBlob, getSize, getName, getMimeType, getUrl, sharing
// (getSharingAccess / getSharingPermission, getViewers / getEditors) and who may open a file by its id.
// Sources: https://developers.google.com/apps-script/reference/drive/file#getBlob()
//          https://developers.google.com/apps-script/reference/drive/file#getSize()
//          https://developers.google.com/apps-script/reference/drive/file#getSharingAccess()
//          https://developers.google.com/apps-script/reference/drive/file#getSharingPermission()
//          https://developers.google.com/apps-script/reference/drive/file#getViewers()
//          https://developers.google.com/apps-script/reference/drive/file#getEditors()
//          https://developers.google.com/apps-script/reference/drive/file#getOwner()
//          https://developers.google.com/apps-script/reference/drive/access
//          https://developers.google.com/apps-script/reference/drive/permission
//          https://developers.google.com/apps-script/reference/base/blob-source#getBlob()
import { Emulator } from '../../src/emulator';

const source = `
function info(id) {
  var f = DriveApp.getFileById(id);
  var b = f.getBlob();
  return { name: f.getName(), type: f.getMimeType(), size: f.getSize(), url: f.getUrl(),
    blob: [b.getName(), b.getContentType(), b.getBytes().length, b.getBlob().getName()],
    access: String(f.getSharingAccess()), permission: String(f.getSharingPermission()),
    isAnyone: f.getSharingAccess() == DriveApp.Access.ANYONE_WITH_LINK,
    viewers: f.getViewers().map(function (u) { return u.getEmail(); }),
    editors: f.getEditors().map(function (u) { return u.getEmail(); }), owner: f.getOwner().getEmail() };
}
function size(id) { return DriveApp.getFileById(id).getSize(); }
function open(id) { return DriveApp.getFileById(id).getName(); }
`;

describe('Drive files', () => {
  const emu = new Emulator({ source });
  const drive = emu.backend.stores.drive;
  const owner = emu.backend.owner;
  const pdf = drive.addFile('Briefing.pdf', 'application/pdf', owner, Buffer.alloc(3000, 7));

  it('gives an uploaded file’s name, type, size in bytes, blob and view URL', () => {
    pdf.access = 'ANYONE_WITH_LINK';
    pdf.permission = 'VIEW';
    pdf.viewers.push('reader@partner.example');
    pdf.editors.push('comms@strongcities.org');
    const r = emu.run('info', [pdf.id]);
    expect(r.status).toBe('ok');
    expect(r.value).toEqual({
      name: 'Briefing.pdf',
      type: 'application/pdf',
      size: 3000,
      url: `https://drive.google.com/file/d/${pdf.id}/view?usp=drivesdk`,
      blob: ['Briefing.pdf', 'application/pdf', 3000, 'Briefing.pdf'],
      access: 'ANYONE_WITH_LINK',
      permission: 'VIEW',
      isAnyone: true,
      viewers: ['reader@partner.example'],
      editors: ['comms@strongcities.org'],
      owner: 'owner@strongcities.org',
    });
    // Each method is one counted call of DriveApp.
    const calls = r.execution.records.filter((c) => c.service === 'DriveApp').map((c) => c.method);
    expect(calls).toEqual(expect.arrayContaining(['getFileById', 'getBlob', 'getSize', 'getSharingAccess']));
  });

  it('a Google Workspace file has size 0 ("do not count toward Drive storage limits")', () => {
    const r = emu.run('size', [emu.backend.stores.spreadsheets.bound.id]);
    expect(r.value).toBe(0);
  });

  it('opens by id for the owner, an account it is shared with, or anyone its link admits; else throws', () => {
    const own = drive.addFile('Private.pdf', 'application/pdf', owner, Buffer.alloc(10));
    const asUser = (id: string, user: string) => emu.run('open', [id], { user, effectiveUser: user });
    expect(asUser(own.id, 'stranger@example.org').status).toBe('error');
    own.viewers.push('stranger@example.org');
    expect(asUser(own.id, 'stranger@example.org').value).toBe('Private.pdf');
    const domain = drive.addFile('Domain.pdf', 'application/pdf', owner, Buffer.alloc(10));
    domain.access = 'DOMAIN_WITH_LINK';
    domain.permission = 'VIEW';
    expect(asUser(domain.id, 'someone@strongcities.org').value).toBe('Domain.pdf');
    expect(asUser(domain.id, 'someone@example.org').error).toMatch(
      /No item with the given ID could be found/,
    );
  });
});
