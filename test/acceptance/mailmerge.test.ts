// Issue 12 items 1–4 through the shipped bundle: the check before sending, language variants, previews and a test send.

import { addTemplate, BRIEFING, COMMS, draft, mailWorld, ok, outbox, tabRows } from './mailmerge/world';

interface CheckView {
  ok: boolean;
  recipients: number;
  messages: string[];
  unknownTokens: { template: string; language: string; tokens: string[] }[];
  blocked: { contactId: string; kind: string; tokens: string[]; message: string }[];
  perLanguage: Record<string, number>;
  variants: { contactId: string; language: string; reason: string }[];
}
interface Preview {
  to: string;
  language: string;
  reason: string;
  variants: string[];
  subject: string;
  textBody: string;
  htmlBody: string;
  direction: string;
}

describe('the check before anything is sent (issue 12 item 2)', () => {
  const { emu, ids } = mailWorld();
  const check = (d: Record<string, unknown>) => ok<CheckView>(emu, 'checkMailingDraft', [d], COMMS).value!;

  it('picks each recipient’s variant: preferred language → the city’s languages → English', () => {
    const c = check(draft());
    expect(c.ok).toBe(true);
    const v = Object.fromEntries(c.variants.map((x) => [x.contactId, [x.language, x.reason]]));
    expect(v[ids.amina!]).toEqual(['ar', 'preferred']);
    expect(v[ids.omar!]).toEqual(['ar', 'city']);
    expect(v[ids.claire!]).toEqual(['fr', 'preferred']);
    expect(v[ids.pierre!]).toEqual(['fr', 'city']);
    expect(v[ids.lucia!]).toEqual(['en', 'fallback']);
    expect(c.perLanguage).toEqual({ ar: 2, fr: 2, en: 1 });
    expect(c.messages).toEqual(['Ready to send: 5 recipient(s), each one rendered in their variant.']);
  });

  it('an unknown token stops the mailing with a message naming it and the variant', () => {
    addTemplate(emu, 'Typo', { en: BRIEFING.en, fr: { subject: 'Pour {{City}}', body: 'Bonjour {{Nmae}}' } });
    const sentBefore = outbox(emu).length;
    const c = check(draft({ templateName: 'Typo' }));
    expect(c.ok).toBe(false);
    expect(c.unknownTokens).toEqual([{ template: 'Typo', language: 'fr', tokens: ['Nmae'] }]);
    expect(c.messages[0]).toMatch(
      /^Template “Typo” \(fr\): \{\{Nmae\}\} is not a field the CRM fills, so the mailing cannot start/,
    );
    expect(outbox(emu).length).toBe(sentBefore);
  });

  it('recipients whose required token would be empty are listed before the start; a fallback lets them through', () => {
    addTemplate(emu, 'Titled', { en: { subject: 'Hello', body: 'Dear {{Title}} {{Name}}' } });
    const c = check(draft({ templateName: 'Titled' }));
    expect(c.ok).toBe(false);
    // Claire has a title; the four others have none.
    expect(c.blocked.map((b) => b.contactId).sort()).toEqual(
      [ids.amina, ids.omar, ids.pierre, ids.lucia].sort(),
    );
    expect(c.blocked[0]!.tokens).toEqual(['Title']);
    expect(c.blocked[0]!.message).toMatch(/\{\{Title\}\} would be empty and has no fallback/);
    addTemplate(emu, 'Titled gently', {
      en: { subject: 'Hello', body: 'Dear {{Title|colleague}} {{Name}}' },
    });
    expect(check(draft({ templateName: 'Titled gently' })).ok).toBe(true);
  });

  it('a missing template and an empty audience are reported; Settings links fill their tokens', () => {
    expect(check(draft({ templateName: 'Nope' })).messages[0]).toMatch(/Template “Nope”: no active row/);
    expect(check(draft({ audience: { countries: ['Peru'] } })).messages).toContain(
      'Nobody would receive this mailing: the audience is empty.',
    );
    addTemplate(emu, 'Links', {
      en: { subject: 'Links', body: 'Guide: {{TermsOfReferenceLink}} {{OnlineHubLink}}' },
    });
    expect(check(draft({ templateName: 'Links' })).ok).toBe(true); // the intake workbook has both links in Settings
  });

  it('messages follow the reader’s language (French)', () => {
    ok(emu, 'setUiLanguage', ['fr'], COMMS);
    try {
      const c = check(draft({ templateName: 'Typo' }));
      expect(c.messages[0]).toMatch(/n’est pas un champ que le CRM remplit/);
    } finally {
      ok(emu, 'setUiLanguage', ['en'], COMMS);
    }
  });
});

describe('preview and test send (issue 12 item 4)', () => {
  const { emu, ids } = mailWorld();
  const preview = (contactId: string, language: string | null = null) =>
    ok<Preview>(emu, 'previewMailingRecipient', [draft(), contactId, language], COMMS).value!;

  it('renders a recipient exactly as they will receive it, HTML in a field escaped, in each variant', () => {
    const p = preview(ids.pierre!);
    expect([p.language, p.reason, p.to]).toEqual(['fr', 'city', 'pierre@lyon.example']);
    expect(p.subject).toBe('Note d’orientation pour Lyon');
    expect(p.textBody).toContain('Bonjour Pierre <b>Martin</b>,');
    expect(p.htmlBody).toContain('Bonjour Pierre &lt;b&gt;Martin&lt;/b&gt;,');
    expect(p.htmlBody).not.toContain('<b>Martin');
    expect(p.textBody).toContain('Ça y est — élan 🎉.');
    expect(p.variants.sort()).toEqual(['ar', 'en', 'fr']);
    expect(preview(ids.pierre!, 'en').subject).toBe('Policy briefing for Lyon');
  });

  it('an Arabic variant renders right to left', () => {
    const p = preview(ids.amina!);
    expect(p.direction).toBe('rtl');
    expect(p.htmlBody).toContain('<html lang="ar" dir="rtl">');
    expect(p.textBody.startsWith('\u200F')).toBe(true);
  });

  it('a contact outside the audience, or a variant the template lacks, is refused', () => {
    expect(emu.run('previewMailingRecipient', [draft(), ids.optedOut, null], { user: COMMS }).error).toMatch(
      /is not among this mailing’s recipients/,
    );
    expect(emu.run('previewMailingRecipient', [draft(), ids.amina, 'es'], { user: COMMS }).error).toMatch(
      /has no usable variant in es/,
    );
  });

  it('sends the test to the caller only, through the tracked path (a Sends row, MailApp quota)', () => {
    const before = outbox(emu).length;
    const r = ok<{ to: string; status: string }>(emu, 'sendMailingTest', [draft(), ids.pierre, null], COMMS)
      .value!;
    expect(r).toMatchObject({ to: COMMS, status: 'sent' });
    const sent = outbox(emu).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual([COMMS]);
    expect(sent[0]!.service).toBe('MailApp');
    expect(sent[0]!.subject).toBe('Note d’orientation pour Lyon');
    expect(sent[0]!.htmlBody).toContain('Pierre &lt;b&gt;Martin&lt;/b&gt;');
    const row = tabRows(emu, 'Sends').slice(-1)[0]!;
    expect([row['Email'], row['Status'], row['Contact'], row['Language']]).toEqual([
      COMMS,
      'sent',
      ids.pierre,
      'fr',
    ]);
    const mailing = tabRows(emu, 'Mailings').find((m) => m['Mailing ID'] === row['Mailing'])!;
    expect(mailing['Name']).toBe('Automatic: Test sends');
  });
});
