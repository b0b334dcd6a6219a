// A started mailing carries its Drive files (issue 12 item 5): the attached file arrives with its bytes in every
// message, the linked file's name and link are in the text and HTML, and a file gone before a run holds the sends
// (queued, the reason on the Sends row) instead of mailing people without it.

import { runMinutes, sendsOf, start } from './sendingWorld';
import { COMMS, draft, mailWorld, outbox } from './world';

describe('a mailing with an attachment and a linked file (issue 12 item 5)', () => {
  const { emu } = mailWorld();
  const drive = emu.backend.stores.drive;
  const manual = drive.addFile(
    'Training manual.pdf',
    'application/pdf',
    COMMS,
    Buffer.from('%PDF manual bytes'),
  );
  const brief = drive.addFile('Policy brief.pdf', 'application/pdf', COMMS, Buffer.from('%PDF brief'));
  brief.access = 'ANYONE_WITH_LINK';
  brief.permission = 'VIEW';
  const briefUrl = `https://drive.google.com/file/d/${brief.id}/view?usp=drivesdk`;
  const before = outbox(emu).length;
  const started = start(
    emu,
    draft({
      attachments: [
        { fileId: manual.id, use: 'attach' },
        { fileId: brief.id, use: 'link' },
      ],
    }),
  );

  it('sends every recipient the attachment with its bytes and the link in the text and the HTML', () => {
    expect(started.queued).toBe(5);
    runMinutes(emu, 3);
    const sent = outbox(emu).slice(before);
    expect(sent).toHaveLength(5);
    for (const m of sent) {
      expect(m.attachments).toEqual(['Training manual.pdf']);
      const part = m.parts.find((p) => p.name === 'Training manual.pdf')!;
      expect(part.bytes.toString()).toBe('%PDF manual bytes');
      expect(part.contentType).toBe('application/pdf');
      expect(m.body).toContain(`Policy brief.pdf: ${briefUrl}`);
      expect(m.htmlBody).toContain(briefUrl);
    }
    // The heading follows the message's language.
    const french = sent.find((m) => m.to[0] === 'claire@lyon.example')!;
    expect(french.body).toContain('Documents :');
  });

  it('holds the sends, with the reason on each Sends row, when an attached file is gone before the run', () => {
    // A colleague's file shared with the comms account, unshared after the start.
    const shared = drive.addFile(
      'Agenda.pdf',
      'application/pdf',
      'colleague@strongcities.example',
      Buffer.from('%PDF'),
    );
    shared.viewers.push(COMMS);
    const again = start(
      emu,
      draft({ name: 'April briefing', attachments: [{ fileId: shared.id, use: 'attach' }] }),
    );
    expect(again.queued).toBe(5);
    shared.viewers.splice(0);
    const count = outbox(emu).length;
    runMinutes(emu, 2);
    expect(outbox(emu).length).toBe(count);
    const rows = sendsOf(emu, again.mailingId).filter((r) => r['Status'] !== 'skipped');
    expect(rows.map((r) => r['Status'])).toEqual(rows.map(() => 'queued'));
    expect(String(rows[0]!['Error'])).toMatch(/^waiting: a file of the mailing cannot be opened now/);
  });

  it('refuses to start a mailing whose attachments are over 25 MB, before any Sends row or message', () => {
    const big = drive.addFile(
      'Annual report.pdf',
      'application/pdf',
      COMMS,
      Buffer.alloc(26 * 1024 * 1024, 1),
    );
    const sends = emu.backend.stores.spreadsheets.bound.sheetByName('Sends')!.lastRow();
    const count = outbox(emu).length;
    const r = emu.run(
      'startMailing',
      [draft({ name: 'May', attachments: [{ fileId: big.id, use: 'attach' }] }), null],
      {
        user: COMMS,
      },
    );
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/26\.0 MB in all, over Gmail’s limit of 25 MB per message/);
    expect(emu.backend.stores.spreadsheets.bound.sheetByName('Sends')!.lastRow()).toBe(sends);
    expect(outbox(emu).length).toBe(count);
  });
});
