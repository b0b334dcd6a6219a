// The sending engine's pure rules: what a stopped batch's journal proves, when an unsure send goes to a person,
// the quota share, the finish estimate, and the message text (no header injection, UTF-8 intact).
import { Buffer } from 'node:buffer';
import {
  afterMiss,
  expectedFinish,
  messagesAllowed,
  SEARCH_WAIT_MS,
  settleJournal,
} from '../../src/core/mail/sendQueue';
import { composeMailingMessage } from '../../src/core/mail/sendQueueMime';
import { parseMessage } from '../../src/emulator/services/advanced/rfc2822';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('settleJournal', () => {
  it('rows with an outcome keep it, the one after them is unsure, the rest were never tried', () => {
    const s = settleJournal({
      mailingId: 'MLG-1',
      at: 5,
      rows: [2, 3, 4, 5, 6],
      ids: ['a', 'b', 'c', 'd', 'e'],
      done: [
        [1, 'gm1', 7],
        [0, 'bad address', 8],
        [2, 'quota', 9],
      ],
    });
    expect(s.map((x) => x.kind)).toEqual(['sent', 'failed', 'requeue', 'unsure', 'requeue']);
  });
});

describe('afterMiss', () => {
  const u = { mailingId: 'M', id: 'a', row: 2, at: 0, tries: 0 };
  it('keeps searching until both the tries and the wait are spent', () => {
    expect(afterMiss({ ...u, tries: 2 }, SEARCH_WAIT_MS - 1)).toHaveProperty('keep');
    expect(afterMiss({ ...u, tries: 0 }, SEARCH_WAIT_MS * 10)).toHaveProperty('keep');
    expect(afterMiss({ ...u, tries: 2 }, SEARCH_WAIT_MS)).toHaveProperty('flag');
  });
});

describe('quota share and finish', () => {
  it('keeps the intake reserve and counts CC/BCC per message', () => {
    expect(messagesAllowed(1500, 100, 1)).toBe(1400);
    expect(messagesAllowed(1500, 100, 2)).toBe(700);
    expect(messagesAllowed(50, 100, 1)).toBe(0);
  });
  it('finishes today when the quota allows, else after the reset', () => {
    const now = 1_000_000;
    const today = expectedFinish({
      queued: 100,
      allowedNow: 1000,
      dailyAllowance: 1400,
      now,
      resetAt: now + 1,
    })!;
    expect(today - now).toBeLessThan(10 * 60_000);
    const later = expectedFinish({
      queued: 1500,
      allowedNow: 100,
      dailyAllowance: 1400,
      now,
      resetAt: now + 86_400_000,
    })!;
    expect(later).toBeGreaterThan(now + 86_400_000);
    expect(expectedFinish({ queued: 5, allowedNow: 0, dailyAllowance: 0, now, resetAt: now })).toBeNull();
  });
});

describe('composeMailingMessage', () => {
  const base = {
    from: 'comms@strongcities.org',
    fromName: 'Réseau des villes',
    to: 'claire@lyon.example',
    cc: [],
    bcc: ['archive@strongcities.org'],
    replyTo: 'reply@strongcities.org',
    subject: 'Note d’orientation 🎉 pour Lyon — موجز',
    textBody: 'Bonjour 🎉',
    htmlBody: '<p>Bonjour 🎉</p>',
    messageId: '<snd-1.mlg-1@scn-crm.mail>',
    unsubscribeUrl: 'https://script.google.com/macros/s/X/exec?t=abc',
  };
  it('round-trips subject, bodies and headers through an RFC 2822 parser', () => {
    const m = parseMessage(composeMailingMessage(base, b64));
    const h = (n: string) => m.headers.find((x) => x.name === n)?.value;
    expect(h('Subject')).toBe(base.subject);
    expect(h('From')).toBe('Réseau des villes <comms@strongcities.org>');
    expect(h('Bcc')).toBe('archive@strongcities.org');
    expect(h('Message-ID')).toBe(base.messageId);
    expect(h('List-Unsubscribe')).toBe(`<${base.unsubscribeUrl}>`);
    expect(m.text).toBe('Bonjour 🎉');
    expect(m.html).toBe('<p>Bonjour 🎉</p>');
  });
  // RFC 2387 (multipart/related): an inline image travels with the HTML that shows it, not as an attachment.
  it('puts inline images in multipart/related with the HTML, attachments beside it in multipart/mixed', () => {
    const png = { name: 'logo.png', contentType: 'image/png', base64: b64('PNG'), cid: 'logo' };
    const pdf = { name: 'brief.pdf', contentType: 'application/pdf', base64: b64('%PDF'), cid: null };
    const both = composeMailingMessage({ ...base, htmlBody: '<img src="cid:logo">', parts: [pdf, png] }, b64);
    const top = /^Content-Type: (.*)$/m.exec(both)![1]!;
    expect(top).toMatch(/^multipart\/mixed;/);
    const rel = both.indexOf('Content-Type: multipart/related');
    const alt = both.indexOf('Content-Type: multipart/alternative');
    const img = both.indexOf('Content-ID: <logo>');
    const att = both.indexOf('Content-Disposition: attachment; filename="brief.pdf"');
    expect(rel).toBeGreaterThan(0);
    expect(rel < alt && alt < img && img < att).toBe(true);
    const m = parseMessage(both);
    expect(m.parts.map((p) => [p.name, p.cid])).toEqual([
      ['logo.png', 'logo'],
      ['brief.pdf', null],
    ]);
    expect(m.html).toBe('<img src="cid:logo">');
    const accented = { ...pdf, name: 'Note de février — موجز.pdf' };
    const named = composeMailingMessage({ ...base, parts: [accented] }, b64);
    expect(named.split('\r\n').filter((l) => /[^\x20-\x7e]/.test(l) && /^Content-/.test(l))).toEqual([]);
    expect(parseMessage(named).parts.map((p) => p.name)).toEqual([accented.name]);
    const inlineOnly = composeMailingMessage({ ...base, parts: [png] }, b64);
    expect(/^Content-Type: (.*)$/m.exec(inlineOnly)![1]).toMatch(/^multipart\/related;/);
    expect(inlineOnly).not.toContain('multipart/mixed');
    expect(() =>
      composeMailingMessage({ ...base, parts: [{ ...png, cid: 'a>\r\nBcc: x@y' }] }, b64),
    ).toThrow();
  });
  it('refuses a line break in any address or the subject (no header can be injected)', () => {
    expect(() => composeMailingMessage({ ...base, to: 'a@b.example\r\nBcc: x@y.example' }, b64)).toThrow();
    expect(() => composeMailingMessage({ ...base, subject: 'Hi\nBcc: x@y.example' }, b64)).toThrow();
    expect(() => composeMailingMessage({ ...base, fromName: 'A\r\nB' }, b64)).toThrow();
  });
});
