// A mailing's Drive files through the shipped bundle (issue 12 item 5): checked before the first send — over-size
// attachments, Google files attached, files that cannot be opened, linked files some recipient cannot open — and
// the blobs and links the sending run gets (attachmentsForSend, linkedFilesFor, run on their own).
// Limits: https://developers.google.com/apps-script/guides/services/quotas#current_limitations

import { runServerFunction, serverModule } from '../../support/serverModule';
import { COMMS, draft, mailWorld, ok, outbox } from './world';

interface CheckView {
  ok: boolean;
  messages: string[];
}

const MB = 1024 * 1024;
const sendModule = serverModule(`
  import { attachmentsForSend, linkedFilesFor } from './src/server/mail/attachments';
  import { workbook } from './src/server/store/session';
  export function blobs(id: string) {
    return attachmentsForSend(workbook(), id).map((b) => {
      const blob = b.getBlob();
      return [blob.getName(), blob.getContentType(), blob.getBytes().length];
    });
  }
  export function links(id: string) { return linkedFilesFor(workbook(), id); }
`);

describe('attachments and links (issue 12 item 5)', () => {
  const { emu } = mailWorld();
  const drive = emu.backend.stores.drive;
  const file = (name: string, type: string, bytes: number) =>
    drive.addFile(name, type, COMMS, Buffer.alloc(bytes, 1));
  const manual = file('Training manual.pdf', 'application/pdf', 20 * MB);
  const brief = file('Briefing.pdf', 'application/pdf', 6 * MB);
  const logo = file('Logo.png', 'image/png', 40_000);
  const check = (attachments: unknown[]) =>
    ok<CheckView>(emu, 'checkMailingDraft', [draft({ attachments })], COMMS).value!;

  it('refuses attachments over 25 MB in all before any send, naming the total', () => {
    const before = outbox(emu).length;
    const c = check([
      { fileId: manual.id, use: 'attach' },
      { fileId: brief.id, use: 'attach' },
    ]);
    expect(c.ok).toBe(false);
    expect(c.messages[0]).toBe(
      'Attachments: 26.0 MB in all, over Gmail’s limit of 25 MB per message. Attach fewer files, or insert links instead.',
    );
    expect(outbox(emu).length).toBe(before);
    expect(check([{ fileId: manual.id, use: 'attach' }]).ok).toBe(true);
  });

  it('refuses a Google Sheets file attached and a file the account cannot open', () => {
    const sheetId = emu.backend.stores.spreadsheets.bound.id;
    drive.get(sheetId)!.editors.push(COMMS);
    const c = check([
      { fileId: sheetId, use: 'attach' },
      { fileId: '1NoSuchDriveFileAnywhere00', use: 'link' },
    ]);
    expect(c.ok).toBe(false);
    expect(c.messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/is a Google Docs, Sheets or Slides file; insert its link/),
        'Attachments: the Drive file 1NoSuchDriveFileAnywhere00 cannot be opened with your account (deleted, or not shared with you).',
      ]),
    );
  });

  it('reports a linked file not shared with the recipients, and passes once anyone with the link can view', () => {
    const c = check([{ fileId: brief.id, use: 'link' }]);
    expect(c.ok).toBe(false);
    expect(c.messages[0]).toMatch(
      /^Links: “Briefing\.pdf” is not shared with 5 recipient\(s\), who could not open it: /,
    );
    expect(c.messages[0]).toContain('claire@lyon.example');
    brief.viewers.push('claire@lyon.example');
    expect(check([{ fileId: brief.id, use: 'link' }]).messages[0]).toMatch(/not shared with 4 recipient/);
    brief.access = 'ANYONE_WITH_LINK';
    brief.permission = 'VIEW';
    expect(check([{ fileId: brief.id, use: 'link' }]).ok).toBe(true);
    ok(emu, 'setUiLanguage', ['fr'], COMMS);
    brief.access = 'PRIVATE';
    expect(check([{ fileId: brief.id, use: 'link' }]).messages[0]).toMatch(
      /^Liens : « Briefing\.pdf » n’est pas partagé/,
    );
    ok(emu, 'setUiLanguage', ['en'], COMMS);
    brief.access = 'ANYONE_WITH_LINK';
  });

  it('a bad file entry is refused naming the field', () => {
    const r = emu.run('checkMailingDraft', [draft({ attachments: [{ fileId: '<b>', use: 'attach' }] })], {
      user: COMMS,
    });
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/Attachments: a file could not be read/);
  });

  it('gives the sending run each attached file’s blob and each linked file’s name and URL', () => {
    const saved = ok<{ id: string }>(
      emu,
      'saveMailingDraft',
      [
        draft({
          attachments: [
            { fileId: logo.id, use: 'attach' },
            { fileId: brief.id, use: 'link' },
          ],
        }),
        null,
        null,
      ],
      COMMS,
    ).value!;
    const b = runServerFunction<unknown[]>(emu, sendModule, 'blobs', [saved.id], { user: COMMS });
    expect(b.error ?? 'ok').toBe('ok');
    expect(b.value).toEqual([['Logo.png', 'image/png', 40_000]]);
    const l = runServerFunction<unknown[]>(emu, sendModule, 'links', [saved.id], { user: COMMS });
    expect(l.value).toEqual([
      { name: 'Briefing.pdf', url: `https://drive.google.com/file/d/${brief.id}/view?usp=drivesdk` },
    ]);
  });
});
