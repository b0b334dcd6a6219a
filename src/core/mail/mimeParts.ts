// The file parts of a raw RFC 2822 message (a Gmail draft read through the advanced service): inline images with
// their Content-ID and attachments, each kept base64 as it travels, so a template carries them byte for byte.
// Pure: the server hands the message text in. RFC 2045/2046 (multipart bodies), RFC 2387 (related), RFC 2392 (cid),
// RFC 2047/2231 (non-ASCII file names).

import { fromBase64Url, utf8Bytes, utf8Text } from './optOutToken';

export interface RawFilePart {
  readonly name: string;
  readonly contentType: string;
  /** The part's bytes, base64 (whitespace removed), exactly as the message carried them. */
  readonly base64: string;
  /** The Content-ID without its angle brackets for an inline image; null for an attachment. */
  readonly cid: string | null;
}

export interface RawFileParts {
  readonly parts: RawFilePart[];
  /** Parts that cannot be carried intact (not base64-encoded), named. */
  readonly unreadable: string[];
}

type Headers = { name: string; value: string }[];

function splitHead(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  return m
    ? { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) }
    : { head: raw, body: '' };
}

function headersOf(head: string): Headers {
  const out: Headers = [];
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) out.push({ name: line.slice(0, i).trim().toLowerCase(), value: line.slice(i + 1).trim() });
  }
  return out;
}

const headerOf = (hs: Headers, name: string) => hs.find((h) => h.name === name)?.value ?? '';

/** A parameter of a structured header (`boundary`, `filename`, `name`), quoted or not. */
function param(value: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}=(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

const UTF8 = /^(utf-8|us-ascii)$/i;

/** Bytes of standard base64 (RFC 2047 "B"); null when it is not base64. */
const base64Bytes = (text: string) => fromBase64Url(text.replace(/\+/g, '-').replace(/\//g, '_'));

/** Bytes of RFC 2047 "Q" text (`_` a space, `=XX` a byte) or RFC 2231 percent-encoding (`%XX`). */
function escapedBytes(text: string, mark: '=' | '%'): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === mark && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (mark === '=' && text[i] === '_') out.push(32);
    else out.push(...utf8Bytes(text[i]!));
  }
  return out;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?=, =?UTF-8?Q?…?=) decoded, the space between two of them dropped; a word in
 * another charset, or not decodable, is kept as written. */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=(?:\s+(?==\?))?/g, (all, charset, enc, text) => {
    if (!UTF8.test(charset)) return all;
    const bytes = enc.toUpperCase() === 'B' ? base64Bytes(text) : escapedBytes(text, '=');
    return (bytes && utf8Text(bytes)) ?? all;
  });
}

/**
 * A part's file name as a person reads it. Mail programs write a non-ASCII name (accents, Arabic) either as RFC 2231
 * `filename*=UTF-8''Pr%C3%A9…` or as RFC 2047 encoded words inside the quoted parameter (believed to be what Gmail
 * writes); both are decoded, so the Drive file and every send keep the name the draft showed.
 */
function fileName(disposition: string, type: string): string | null {
  for (const [value, name] of [
    [disposition, 'filename'],
    [type, 'name'],
  ] as const) {
    const ext = new RegExp(`(?:^|;)\\s*${name}\\*=([^';]*)'[^';]*'([^;\\s]+)`, 'i').exec(value);
    const decoded = ext && UTF8.test(ext[1]!) ? utf8Text(escapedBytes(ext[2]!, '%')) : null;
    if (decoded) return decoded;
    const plain = param(value, name);
    if (plain !== null) return decodeWords(plain);
  }
  return null;
}

function walk(hs: Headers, body: string, out: { parts: RawFilePart[]; unreadable: string[] }): void {
  const type = headerOf(hs, 'content-type') || 'text/plain';
  const mime = type.split(';')[0]!.trim().toLowerCase();
  if (mime.indexOf('multipart/') === 0) {
    const boundary = param(type, 'boundary');
    if (!boundary) return;
    for (const section of body.split(`--${boundary}`).slice(1)) {
      if (section.indexOf('--') === 0) break;
      const { head, body: inner } = splitHead(section.replace(/^\r?\n/, ''));
      walk(headersOf(head), inner, out);
    }
    return;
  }
  const disposition = headerOf(hs, 'content-disposition');
  const cidHeader = headerOf(hs, 'content-id');
  const name = fileName(disposition, type);
  const attached = /^attachment/i.test(disposition);
  // The bodies themselves (text/plain, text/html with no file name or id) are read through GmailApp instead.
  if (!attached && !cidHeader && name === null) return;
  const cid = !attached && cidHeader ? cidHeader.replace(/^<|>$/g, '').trim() : null;
  const label = name ?? cid ?? mime;
  if (headerOf(hs, 'content-transfer-encoding').toLowerCase() !== 'base64') {
    out.unreadable.push(label);
    return;
  }
  out.parts.push({ name: label, contentType: mime, base64: body.replace(/\s+/g, ''), cid });
}

/** Every inline image and attachment of `raw`, in the message's order. */
export function rawFileParts(raw: string): RawFileParts {
  const out = { parts: [] as RawFilePart[], unreadable: [] as string[] };
  const { head, body } = splitHead(raw);
  walk(headersOf(head), body, out);
  return out;
}
