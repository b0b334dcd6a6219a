// A Gmail draft's inline image and PDF carried intact (issue 12 item 1), through the shipped bundle: one draft per
// language → the variants of one template (its files saved to Drive, named in the row's Files) → a mailing → each
// recipient's message shows its variant's image inline (same bytes, the Content-ID its HTML refers to) and carries
// the PDF as an attachment (same bytes), in every language.

import { COORDINATOR, values } from '../intake/harness';
import { FOUR_LANGUAGES, recipientsWorld, runMinutes } from './sendingWorld';
import { COMMS, ok, outbox, sheet, tabRows } from './world';

const image = (lang: string) =>
  Buffer.from([0x89, 0x50, 0x4e, 0x47, lang.charCodeAt(0), lang.charCodeAt(1), 0, 255]);
const pdf = (lang: string) => Buffer.from(`%PDF-1.4 brief ${lang} \u00e9`, 'utf8');
// An accented name: Gmail writes it as RFC 2047 words, the template and every message keep it as the draft showed.
const pdfName = (lang: string) => `Note ${lang} de février.pdf`;

describe('a Gmail draft with an inline image and a PDF, made into a template and mailed', () => {
  const emu = recipientsWorld(8, 4);
  const mail = emu.backend.stores.comms.mail;
  const drafts: Record<string, string> = {};
  for (const lang of FOUR_LANGUAGES)
    drafts[lang] = mail.addDraft(COMMS, {
      to: [],
      subject: `Brief (${lang}) for {{City}} 🎉`,
      body: `Dear {{Name}} (${lang}), see the brief.`,
      htmlBody: `<p>Dear {{Name}} (${lang}),</p><img src="cid:banner_${lang}" alt="banner"><p>See the brief.</p>`,
      parts: [
        { name: pdfName(lang), contentType: 'application/pdf', bytes: pdf(lang), cid: null },
        { name: 'banner.png', contentType: 'image/png', bytes: image(lang), cid: `banner_${lang}` },
      ],
    });

  it('reads each draft’s inline image by its Content-ID and its attachment', () => {
    const c = ok<{
      inlineImages: { cid: string; name: string; size: number }[];
      attachments: { name: string; size: number }[];
      problems: string[];
    }>(emu, 'getGmailDraftContent', [drafts['fr']], COMMS).value!;
    expect(c.inlineImages).toEqual([
      { cid: 'banner_fr', name: 'banner.png', contentType: 'image/png', size: 8 },
    ]);
    expect(c.attachments).toEqual([
      { name: pdfName('fr'), contentType: 'application/pdf', size: pdf('fr').length },
    ]);
    expect(c.problems).toEqual([]);
  });

  it('makes every variant with its files kept in Drive, byte for byte', () => {
    for (const lang of FOUR_LANGUAGES) {
      const r = ok<{ message: string }>(emu, 'templateFromGmailDraft', [drafts[lang], 'Brief', lang], COMMS);
      expect(r.value!.message).toMatch(/with 2 image\(s\) and attachment\(s\) kept as Drive files/);
    }
    const rows = tabRows(emu, 'Templates').filter((t) => t['Name'] === 'Brief');
    expect(rows.map((r) => r['Language']).sort()).toEqual([...FOUR_LANGUAGES].sort());
    const drive = emu.backend.stores.drive;
    for (const row of rows) {
      const lang = String(row['Language']);
      const files = JSON.parse(String(row['Files'])) as {
        fileId: string;
        name: string;
        cid: string | null;
      }[];
      expect(files.map((f) => [f.name, f.cid])).toEqual([
        ['banner.png', `banner_${lang}`],
        [pdfName(lang), null],
      ]);
      expect(drive.get(files[0]!.fileId)!.content).toEqual(image(lang));
      expect(drive.get(files[1]!.fileId)!.content).toEqual(pdf(lang));
    }
  });

  it('sends each recipient its variant: the image inline by cid, the PDF attached, both the same bytes', () => {
    ok(emu, 'startMailing', [{ name: 'Brief mailing', templateName: 'Brief', audience: {} }, null], COMMS);
    runMinutes(emu, 3);
    const sent = outbox(emu);
    expect(sent).toHaveLength(8);
    expect(new Set(sent.map((m) => m.to[0])).size).toBe(8);
    const seen = new Set<string>();
    for (const m of sent) {
      const lang = /Brief \((\w\w)\)/.exec(m.subject)![1]!;
      seen.add(lang);
      // Contacts take languages in turn, person1 en, person2 fr…: each gets the variant of its own language.
      const n = Number(/^person(\d+)@/.exec(m.to[0]!)![1]);
      expect(lang).toBe(FOUR_LANGUAGES[(n - 1) % 4]);
      expect(m.service).toBe('Gmail');
      expect(m.htmlBody).toContain(`src="cid:banner_${lang}"`);
      const inline = m.parts.filter((p) => p.cid !== null);
      const attached = m.parts.filter((p) => p.cid === null);
      expect(inline.map((p) => [p.cid, p.contentType, p.bytes])).toEqual([
        [`banner_${lang}`, 'image/png', image(lang)],
      ]);
      expect(attached.map((p) => [p.name, p.contentType, p.bytes])).toEqual([
        [pdfName(lang), 'application/pdf', pdf(lang)],
      ]);
      expect(m.subject).toMatch(/🎉$/);
    }
    expect([...seen].sort()).toEqual([...FOUR_LANGUAGES].sort());
  });

  it('a test send (the sidebar’s “send me a test”) carries the same files as a real send of that variant', () => {
    const d = { name: 'Brief test', templateName: 'Brief', audience: { languages: ['fr'] } };
    const who = ok<{ sample: { contactId: string; language: string }[] }>(emu, 'previewAudience', [d], COMMS)
      .value!.sample[0]!;
    expect(who.language).toBe('fr');
    const before = outbox(emu).length;
    const r = ok<{ status: string; language: string }>(
      emu,
      'sendMailingTest',
      [d, who.contactId, null],
      COMMS,
    );
    expect(r.value).toMatchObject({ status: 'sent', language: 'fr' });
    const [m, ...more] = outbox(emu).slice(before);
    expect(more).toEqual([]);
    expect([m!.service, m!.to]).toEqual(['MailApp', [COMMS]]);
    expect(m!.htmlBody).toContain('src="cid:banner_fr"');
    expect(m!.parts.map((p) => [p.name, p.cid, p.contentType, p.bytes])).toEqual([
      [pdfName('fr'), null, 'application/pdf', pdf('fr')],
      ['banner.png', 'banner_fr', 'image/png', image('fr')],
    ]);
  });

  it('another account starting a mailing with the template is told which files it cannot open (not shared)', () => {
    const d = { name: 'By the coordinator', templateName: 'Brief', audience: {} };
    const c = ok<{ ok: boolean; messages: string[] }>(emu, 'checkMailingDraft', [d], COORDINATOR).value!;
    expect(c.ok).toBe(false);
    const unreadable = c.messages.filter((m) => /cannot be opened with your account/.test(m));
    expect(unreadable).toHaveLength(8);
  });

  it('checks a variant’s own files against the per-message limit before any send', () => {
    const row = tabRows(emu, 'Templates').find((t) => t['Name'] === 'Brief' && t['Language'] === 'ar')!;
    const pdfId = (JSON.parse(String(row['Files'])) as { fileId: string; cid: string | null }[]).find(
      (f) => f.cid === null,
    )!.fileId;
    // The Drive copy of the Arabic PDF grows past 25 MB (someone replaced it): only that variant is over.
    emu.backend.stores.drive.get(pdfId)!.content = Buffer.alloc(26 * 1024 * 1024, 1);
    const sent = outbox(emu).length;
    const d = { name: 'Too big', templateName: 'Brief', audience: {} };
    const c = ok<{ ok: boolean; messages: string[] }>(emu, 'checkMailingDraft', [d], COMMS).value!;
    expect(c.ok).toBe(false);
    expect(c.messages.join(' ')).toMatch(/26\.0 MB/);
    const r = emu.run('startMailing', [d, null], { user: COMMS });
    expect(r.status).toBe('error');
    runMinutes(emu, 2);
    expect(outbox(emu).length).toBe(sent);
  });

  it('refuses a draft whose body shows an image it does not carry, saving nothing', () => {
    const broken = mail.addDraft(COMMS, {
      to: [],
      subject: 'Broken',
      body: 'Hi',
      htmlBody: '<img src="cid:gone">',
      parts: [],
    });
    const before = emu.backend.stores.drive.visibleTo(COMMS).length;
    const r = emu.run('templateFromGmailDraft', [broken, 'Broken', 'en'], { user: COMMS });
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/0 inline image\(s\) for 1 image reference\(s\)/);
    expect(emu.backend.stores.drive.visibleTo(COMMS).length).toBe(before);
    expect(tabRows(emu, 'Templates').filter((t) => t['Name'] === 'Broken')).toEqual([]);
  });

  it('refuses to start when a variant’s HTML shows an image its Files cell no longer carries, naming the variant', () => {
    const rows = values(emu, 'Templates');
    const head = rows[0]!.map(String);
    const at = rows.findIndex(
      (r) => r[head.indexOf('Name')] === 'Brief' && r[head.indexOf('Language')] === 'es',
    );
    sheet(emu, 'Templates').setValuesRaw(at + 1, head.indexOf('Files') + 1, [['']]);
    const d = { name: 'Broken images', templateName: 'Brief', audience: {} };
    const c = ok<{ ok: boolean; messages: string[] }>(emu, 'checkMailingDraft', [d], COMMS).value!;
    expect(c.ok).toBe(false);
    expect(c.messages).toContain(
      'Template “Brief”, es variant: its HTML shows image(s) banner_es that its Files cell does not carry; make the variant again from its Gmail draft or fix its Files cell.',
    );
    expect(c.messages.join(' ')).not.toMatch(/fr variant: its HTML shows/);
  });
});
