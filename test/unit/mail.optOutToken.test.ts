// Pure rules of the opt-out token (issue 12 item 8): round trip, no address in clear, every altered byte refused,
// expiry, base64url and UTF-8 against Node's own encoders.

import crypto from 'node:crypto';
import {
  base64Url,
  fromBase64Url,
  type Hmac,
  OPT_OUT_VALID_DAYS,
  signOptOutToken,
  utf8Bytes,
  utf8Text,
  verifyOptOutToken,
} from '../../src/core/mail/optOutToken';

const hmac: Hmac = (value, key) => [
  ...crypto
    .createHmac('sha256', Buffer.from(key.map((b) => b & 255)))
    .update(Buffer.from(value.map((b) => b & 255)))
    .digest(),
];
const key = utf8Bytes('0123456789abcdef0123456789abcdef');
const claim = {
  mailingId: 'MLG-000042',
  contactId: 'CON-000007',
  email: 'Élodie.Dupont@Lyon.example',
  language: 'fr',
  issuedDay: 20400,
};

describe('opt-out token', () => {
  it('verifies its own token and gives back the claim, the address lower-cased', () => {
    const t = signOptOutToken(hmac, key, claim);
    expect(t).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyOptOutToken(hmac, key, t, 20401)).toEqual({
      ok: true,
      claim: { ...claim, email: 'élodie.dupont@lyon.example' },
    });
    const noContact = signOptOutToken(hmac, key, { ...claim, contactId: null, language: '' });
    expect(verifyOptOutToken(hmac, key, noContact, 20400)).toMatchObject({
      ok: true,
      claim: { contactId: null, language: '' },
    });
  });

  it('shows no part of the address in clear, even once base64url is decoded', () => {
    const t = signOptOutToken(hmac, key, claim);
    const decoded = t
      .split('.')
      .map((p) => Buffer.from(p, 'base64url').toString('latin1'))
      .join('|');
    for (const part of ['lodie', 'dupont', 'lyon', 'example'])
      expect(decoded.toLowerCase()).not.toContain(part);
    expect(decoded).toContain('MLG-000042'); // the record ids are what the page needs to say where it came from
    // Two addresses of the same length never share a keystream (the XOR of their hidden parts is not theirs).
    const a = signOptOutToken(hmac, key, { ...claim, email: 'aaaa@x.example' });
    const b = signOptOutToken(hmac, key, { ...claim, email: 'bbbb@x.example' });
    const ha = Buffer.from(a.split('.')[1]!, 'base64url');
    const hb = Buffer.from(b.split('.')[1]!, 'base64url');
    expect(ha[0]! ^ hb[0]!).not.toBe('a'.charCodeAt(0) ^ 'b'.charCodeAt(0));
  });

  it('refuses every token with one character changed, a wrong key, and pieces swapped between tokens', () => {
    const t = signOptOutToken(hmac, key, claim);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '.') continue;
      const other = alphabet[(alphabet.indexOf(t[i]!) + 1) % 64]!;
      const changed = t.slice(0, i) + other + t.slice(i + 1);
      const v = verifyOptOutToken(hmac, key, changed, 20400);
      expect(v.ok).toBe(false);
    }
    expect(verifyOptOutToken(hmac, utf8Bytes('another secret'), t, 20400)).toEqual({
      ok: false,
      reason: 'forged',
    });
    const other = signOptOutToken(hmac, key, { ...claim, mailingId: 'MLG-000043' });
    const spliced = [other.split('.')[0], ...t.split('.').slice(1)].join('.');
    expect(verifyOptOutToken(hmac, key, spliced, 20400)).toEqual({ ok: false, reason: 'forged' });
    for (const junk of ['', 'abc', 'a.b', 'a.b.c', `${t}.x`, '%%%.%%%.%%%', 'x'.repeat(700)])
      expect(verifyOptOutToken(hmac, key, junk, 20400)).toEqual({ ok: false, reason: 'malformed' });
  });

  it(`expires after ${OPT_OUT_VALID_DAYS} days and refuses a link dated in the future`, () => {
    const t = signOptOutToken(hmac, key, claim);
    expect(verifyOptOutToken(hmac, key, t, 20400 + OPT_OUT_VALID_DAYS).ok).toBe(true);
    expect(verifyOptOutToken(hmac, key, t, 20401 + OPT_OUT_VALID_DAYS)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(verifyOptOutToken(hmac, key, t, 20398)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses to sign ids that could break the format and addresses with line breaks', () => {
    expect(() => signOptOutToken(hmac, key, { ...claim, mailingId: 'MLG~1' })).toThrow(/mailing id/);
    expect(() => signOptOutToken(hmac, key, { ...claim, contactId: '' })).toThrow(/contact id/);
    expect(() => signOptOutToken(hmac, key, { ...claim, email: 'a@b.example\r\nBcc: x' })).toThrow(/address/);
  });

  it('encodes base64url and UTF-8 as Node does', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'Ça y est — élan 🎉', 'تصلكم', '\u{10ffff}']) {
      const bytes = utf8Bytes(text);
      expect(bytes).toEqual([...Buffer.from(text, 'utf8')]);
      expect(utf8Text(bytes)).toBe(text);
      expect(base64Url(bytes)).toBe(Buffer.from(text, 'utf8').toString('base64url'));
      expect(fromBase64Url(base64Url(bytes))).toEqual(bytes);
    }
    expect(utf8Text([0xc3])).toBeNull();
    expect(utf8Text([0xed, 0xa0, 0x80])).toBeNull(); // a lone surrogate
    expect(fromBase64Url('a')).toBeNull();
    expect(fromBase64Url('ab+c')).toBeNull();
  });
});
