// Starting from a Gmail draft (issue 12 item 1), through the shipped bundle: the caller's drafts listed newest first
// (subject, date, counts), a chosen draft read with its subject, HTML and plain bodies, inline images matched to the
// body's cid: references apart from the attachments, and tokens checked like a template's.

import { recipientsWorld, runMinutes } from './sendingWorld';
import { COMMS, ok, tabRows } from './world';

interface Item {
  draftId: string;
  subject: string;
  date: string;
  attachments: number;
  inlineImages: number;
}
interface Content {
  subject: string;
  htmlBody: string;
  plainBody: string;
  inlineImages: { cid: string; name: string; contentType: string; size: number }[];
  attachments: { name: string; contentType: string; size: number }[];
  problems: string[];
}

describe('a Gmail draft as the mailing content', () => {
  const emu = recipientsWorld(1, 1);
  const mail = emu.backend.stores.comms.mail;
  const older = mail.addDraft(COMMS, {
    to: [],
    subject: 'Old idea {{Nickname}}',
    body: 'Hi {{Nickname}}',
    htmlBody: '<p>Hi {{Nickname}}</p>',
  });
  emu.backend.clock.advance(3_600_000);
  const newsletter = mail.addDraft(COMMS, {
    to: [],
    subject: 'Newsletter for {{City}} 🎉',
    body: 'Dear {{Name}},\nsee the brief.',
    htmlBody: '<p>Dear {{Name}},</p><img src="cid:banner"><p>…</p><img src=\'cid:logo\'>',
    parts: [
      { name: 'brief.pdf', contentType: 'application/pdf', bytes: Buffer.from('%PDF-1.4'), cid: null },
      { name: 'banner.png', contentType: 'image/png', bytes: Buffer.from([1, 2, 3]), cid: 'banner' },
      { name: 'logo.png', contentType: 'image/png', bytes: Buffer.from([4, 5]), cid: 'logo' },
    ],
  });
  mail.addDraft('someone.else@strongcities.org', { to: [], subject: 'Not yours' });

  it('lists only the caller’s drafts, newest first, with subject, date and counts', () => {
    const list = ok<Item[]>(emu, 'listGmailDrafts', [], COMMS).value!;
    expect(list.map((d) => d.draftId)).toEqual([newsletter, older]);
    expect(list[0]).toMatchObject({ subject: 'Newsletter for {{City}} 🎉', attachments: 1, inlineImages: 2 });
    expect(list[0]!.date).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  });

  it('reads the chosen draft: bodies intact, inline images by cid apart from the attachments', () => {
    const c = ok<Content>(emu, 'getGmailDraftContent', [newsletter], COMMS).value!;
    expect(c.subject).toBe('Newsletter for {{City}} 🎉');
    expect(c.plainBody).toBe('Dear {{Name}},\nsee the brief.');
    expect(c.htmlBody).toContain('cid:banner');
    expect(c.inlineImages).toEqual([
      { cid: 'banner', name: 'banner.png', contentType: 'image/png', size: 3 },
      { cid: 'logo', name: 'logo.png', contentType: 'image/png', size: 2 },
    ]);
    expect(c.attachments).toEqual([{ name: 'brief.pdf', contentType: 'application/pdf', size: 8 }]);
    expect(c.problems).toEqual([]);
  });

  it('names an unknown token, and refuses a draft that is not the caller’s', () => {
    const c = ok<Content>(emu, 'getGmailDraftContent', [older], COMMS).value!;
    expect(c.problems).toEqual([expect.stringContaining('{{Nickname}} is not a field the CRM fills')]);
    const other = [...mail.drafts.values()].find((d) => d.mailbox !== COMMS)!.id;
    const r = emu.run('getGmailDraftContent', [other], { user: COMMS });
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/no draft/);
  });
});

describe('a Gmail draft made into the mailing’s template', () => {
  const emu = recipientsWorld(4, 2);
  const mail = emu.backend.stores.comms.mail;
  const plain = mail.addDraft(COMMS, {
    to: [],
    subject: 'Spring news for {{City}} 🌱',
    body: 'Dear {{Name}},\nspring is here.',
    htmlBody: '<p>Dear {{Name}},</p><p><b>spring</b> is here.</p>',
  });
  const withImage = mail.addDraft(COMMS, {
    to: [],
    subject: 'With a banner',
    body: 'Hi',
    htmlBody: '<img src="cid:banner">',
    parts: [{ name: 'banner.png', contentType: 'image/png', bytes: Buffer.from([1]), cid: 'banner' }],
  });

  it('becomes a Templates variant a mailing starts from, and each recipient gets it once, emoji intact', () => {
    const made = ok<{ templateName: string }>(
      emu,
      'templateFromGmailDraft',
      [plain, 'Spring news', 'en'],
      COMMS,
    ).value!;
    expect(made.templateName).toBe('Spring news');
    ok(emu, 'startMailing', [{ name: 'Spring', templateName: 'Spring news', audience: {} }, null], COMMS);
    runMinutes(emu, 3);
    const sent = mail.outbox;
    expect(sent).toHaveLength(4);
    expect(new Set(sent.map((m) => m.to[0])).size).toBe(4);
    expect(sent[0]!.subject).toMatch(/^Spring news for Town \d 🌱$/);
    expect(sent[0]!.htmlBody).toContain('<b>spring</b> is here.');
    expect(sent[0]!.body).toMatch(/^Dear Person \d,/);
  });

  it('is refused, naming why, for a variant that exists; a draft with an image keeps it (gmailDraftFiles.test)', () => {
    const again = emu.run('templateFromGmailDraft', [plain, 'Spring news', 'en'], { user: COMMS });
    expect(again.error).toMatch(/already has a en variant/);
    ok(emu, 'templateFromGmailDraft', [withImage, 'Banner', 'en'], COMMS);
    const row = tabRows(emu, 'Templates').find((t) => t['Name'] === 'Banner')!;
    expect(JSON.parse(String(row['Files']))).toEqual([
      { fileId: expect.any(String), name: 'banner.png', cid: 'banner' },
    ]);
  });
});
