// The opt-out token of a mailing's link (issue 12 item 8): signed and partly encrypted, so the page can trust it
// and the URL shows no address.
//
// Format: `<public>.<address>.<tag>`, each part base64url without padding.
// - public: `1~<mailing id>~<contact id or empty>~<language>~<day issued>` (opaque record ids, no personal data);
// - address: the recipient's address XORed with a keystream derived from the tag (a synthetic-IV construction:
//   the same recipient always gets the same bytes, two different addresses never share a keystream);
// - tag: HMAC-SHA-256 over the public part and the address in clear, cut to 16 bytes (RFC 2104 §5 allows
//   truncation to at least half the output; 128 bits is beyond guessing).
// The HMAC itself is given by the caller (Utilities.computeHmacSha256Signature on the server, Node's crypto in
// unit tests), so this file stays pure.

/** An HMAC-SHA-256 over bytes (0…255 or signed Java bytes; only the low 8 bits are used). */
export type Hmac = (value: readonly number[], key: readonly number[]) => readonly number[];

export interface OptOutClaim {
  readonly mailingId: string;
  readonly contactId: string | null;
  readonly email: string;
  /** The language of the email the link came in ('' when not known): the page is shown in it. */
  readonly language: string;
  /** Days since 1970-01-01 (UTC) when the link was made. */
  readonly issuedDay: number;
}

export type OptOutVerdict =
  | { readonly ok: true; readonly claim: OptOutClaim }
  | { readonly ok: false; readonly reason: 'malformed' | 'forged' | 'expired' };

/** How long a link keeps working. US CAN-SPAM asks for at least 30 days after sending; a year covers old emails. */
export const OPT_OUT_VALID_DAYS = 365;

const VERSION = '1';
const TAG_BYTES = 16;
const SEP = '~';
const ID = /^[A-Za-z0-9_-]{1,40}$/;
const LANG = /^[a-z]{0,3}$/;

export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / 86400000);
}

/** UTF-8 bytes of a string (0…255). */
export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Text from UTF-8 bytes; null when they are not valid UTF-8. */
export function utf8Text(bytes: readonly number[]): string | null {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]! & 255;
    const n = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    if (n < 0 || i + n >= bytes.length) return null;
    let c = n === 0 ? b : b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = bytes[i + k]! & 255;
      if ((x & 0xc0) !== 0x80) return null;
      c = (c << 6) | (x & 63);
    }
    if (c > 0x10ffff || (c >= 0xd800 && c < 0xe000)) return null;
    out += String.fromCodePoint(c);
    i += n + 1;
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding (RFC 4648 §5): safe in a URL query as it is. */
export function base64Url(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]! & 255;
    const b = i + 1 < bytes.length ? bytes[i + 1]! & 255 : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! & 255 : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += B64[(n >> 6) & 63]!;
    if (i + 2 < bytes.length) out += B64[n & 63]!;
  }
  return out;
}

/**
 * Bytes of base64url text; null when it is not base64url in its one canonical spelling (padding accepted): the
 * unused low bits of the last character must be zero, so no two spellings of a token both pass.
 */
export function fromBase64Url(text: string): number[] | null {
  const s = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 4) {
    const chunk = s.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) n = (n << 6) | (k < chunk.length ? B64.indexOf(chunk[k]!) : 0);
    out.push((n >> 16) & 255);
    if (chunk.length > 2) out.push((n >> 8) & 255);
    if (chunk.length > 3) out.push(n & 255);
  }
  return base64Url(out) === s ? out : null;
}

const low = (bytes: readonly number[]) => bytes.map((b) => b & 255);

function tagOf(hmac: Hmac, key: readonly number[], publicPart: string, email: string): number[] {
  return low(hmac(utf8Bytes(`mac${SEP}${publicPart}${SEP}${email}`), key)).slice(0, TAG_BYTES);
}

/** The keystream for the address: HMAC(key, "enc" ‖ tag ‖ block number), as many blocks as needed. */
function keystream(hmac: Hmac, key: readonly number[], tag: readonly number[], length: number): number[] {
  const out: number[] = [];
  for (let block = 0; out.length < length; block++) {
    out.push(...low(hmac([...utf8Bytes('enc'), ...tag, block & 255, (block >> 8) & 255], key)));
  }
  return out.slice(0, length);
}

function publicPartOf(c: Omit<OptOutClaim, 'email'>): string {
  return [VERSION, c.mailingId, c.contactId ?? '', c.language, String(c.issuedDay)].join(SEP);
}

/** The token for one recipient; addresses are compared lower-cased and trimmed, so they are stored that way. */
export function signOptOutToken(hmac: Hmac, key: readonly number[], claim: OptOutClaim): string {
  if (!ID.test(claim.mailingId)) throw new Error('Opt-out token: bad mailing id');
  if (claim.contactId !== null && !ID.test(claim.contactId)) throw new Error('Opt-out token: bad contact id');
  const language = LANG.test(claim.language) ? claim.language : '';
  const email = claim.email.trim().toLowerCase();
  if (email === '' || /[\r\n]/.test(email)) throw new Error('Opt-out token: bad address');
  const publicPart = publicPartOf({ ...claim, language });
  const tag = tagOf(hmac, key, publicPart, email);
  const plain = utf8Bytes(email);
  const stream = keystream(hmac, key, tag, plain.length);
  const hidden = plain.map((b, i) => b ^ stream[i]!);
  return `${base64Url(utf8Bytes(publicPart))}.${base64Url(hidden)}.${base64Url(tag)}`;
}

/** Constant-time comparison, so the time taken tells nothing about how much of a forged tag was right. */
function sameBytes(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Checks a token from a link: its tag, then its age against `today` (a day number). */
export function verifyOptOutToken(
  hmac: Hmac,
  key: readonly number[],
  token: string,
  today: number,
): OptOutVerdict {
  const parts = String(token).trim().split('.');
  if (parts.length !== 3 || token.length > 600) return { ok: false, reason: 'malformed' };
  const publicBytes = fromBase64Url(parts[0]!);
  const hidden = fromBase64Url(parts[1]!);
  const tag = fromBase64Url(parts[2]!);
  const publicPart = publicBytes && utf8Text(publicBytes);
  if (!publicPart || !hidden || !tag || tag.length !== TAG_BYTES || hidden.length === 0)
    return { ok: false, reason: 'malformed' };
  const fields = publicPart.split(SEP);
  if (fields.length !== 5 || fields[0] !== VERSION) return { ok: false, reason: 'malformed' };
  const [, mailingId, contactId, language, issued] = fields as [string, string, string, string, string];
  if (!ID.test(mailingId) || (contactId !== '' && !ID.test(contactId)) || !LANG.test(language))
    return { ok: false, reason: 'malformed' };
  if (!/^\d{1,7}$/.test(issued)) return { ok: false, reason: 'malformed' };
  const stream = keystream(hmac, key, tag, hidden.length);
  const email = utf8Text(hidden.map((b, i) => b ^ stream[i]!));
  // A changed byte anywhere gives a different tag (or text that is not UTF-8): both are a forgery.
  if (email === null || !sameBytes(tagOf(hmac, key, publicPart, email), tag))
    return { ok: false, reason: 'forged' };
  const issuedDay = Number(issued);
  if (issuedDay > today + 1 || today - issuedDay > OPT_OUT_VALID_DAYS)
    return { ok: false, reason: 'expired' };
  return {
    ok: true,
    claim: { mailingId, contactId: contactId === '' ? null : contactId, email, language, issuedDay },
  };
}
