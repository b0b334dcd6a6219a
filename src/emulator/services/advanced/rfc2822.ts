// Reads and writes RFC 2822 / MIME messages for the Gmail advanced service: headers (folded, RFC 2047 encoded words),
// multipart bodies, base64 and quoted-printable parts, attachments and inline images (Content-ID).
import type { MailPart } from '../comms/mailLimits';

export interface ParsedMessage {
  /** Header names as written, in order; a repeated header keeps every value. */
  headers: { name: string; value: string }[];
  text: string | null;
  html: string | null;
  parts: MailPart[];
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=) decoded; adjacent encoded words join without the space. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[bq]\?[^?]*\?=)\s+(?==\?)/gi, '$1')
    .replace(/=\?([^?]+)\?([bq])\?([^?]*)\?=/gi, (_w, _charset: string, enc: string, data: string) => {
      const bytes =
        enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64') : qpBytes(data.replace(/_/g, ' '));
      return bytes.toString('utf8');
    });
}

function qpBytes(text: string): Buffer {
  const soft = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else out.push(...Buffer.from(soft[i], 'utf8'));
  }
  return Buffer.from(out);
}

function splitHead(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  return m
    ? { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) }
    : { head: raw, body: '' };
}

function parseHeaders(head: string): { name: string; value: string }[] {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const out: { name: string; value: string }[] = [];
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) out.push({ name: line.slice(0, i).trim(), value: decodeWords(line.slice(i + 1).trim()) });
  }
  return out;
}

const header = (hs: { name: string; value: string }[], name: string) =>
  hs.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value ?? '';

/** A parameter of a structured header: `boundary` of Content-Type, `filename` of Content-Disposition. */
function param(value: string, name: string): string | null {
  const m = new RegExp(`${name}\\*?=(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : null;
}

function decodeBody(body: string, encoding: string): Buffer {
  const e = encoding.toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (e === 'quoted-printable') return qpBytes(body);
  return Buffer.from(body, 'utf8');
}

function walk(headers: { name: string; value: string }[], body: string, into: ParsedMessage): void {
  const type = header(headers, 'Content-Type') || 'text/plain';
  const mime = type.split(';')[0].trim().toLowerCase();
  if (mime.startsWith('multipart/')) {
    const boundary = param(type, 'boundary');
    if (!boundary) return;
    const sections = body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith('--')) break;
      const { head, body: partBody } = splitHead(section.replace(/^\r?\n/, ''));
      walk(parseHeaders(head), partBody.replace(/\r?\n$/, ''), into);
    }
    return;
  }
  const bytes = decodeBody(body, header(headers, 'Content-Transfer-Encoding'));
  const disposition = header(headers, 'Content-Disposition');
  const cidHeader = header(headers, 'Content-ID');
  // A name in RFC 2047 encoded words is shown decoded (believed: Gmail reads them in quoted parameters too).
  const written = param(disposition, 'filename') ?? param(type, 'name');
  const filename = written === null ? null : decodeWords(written);
  const isFile = /^attachment/i.test(disposition) || (filename !== null && !cidHeader);
  if (!isFile && !cidHeader && mime === 'text/plain' && into.text === null)
    into.text = bytes.toString('utf8');
  else if (!isFile && !cidHeader && mime === 'text/html' && into.html === null)
    into.html = bytes.toString('utf8');
  else {
    const cid = cidHeader ? cidHeader.replace(/^<|>$/g, '') : null;
    into.parts.push({
      name: filename ?? cid ?? 'attachment',
      contentType: mime,
      bytes,
      cid: isFile ? null : cid,
    });
  }
}

/** Parses a whole RFC 2822 message (as text; 8-bit bodies are read as UTF-8). */
export function parseMessage(raw: string): ParsedMessage {
  const { head, body } = splitHead(raw);
  const out: ParsedMessage = { headers: parseHeaders(head), text: null, html: null, parts: [] };
  walk(out.headers, body, out);
  return out;
}

/** Splits an address-list header at the commas outside quotes and angle brackets. */
export function splitAddressList(value: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let angle = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angle = true;
    else if (ch === '>' && !quoted) angle = false;
    if (ch === ',' && !quoted && !angle) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const encodeWord = (s: string) =>
  /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

/** Writes a message as Gmail would return it in `format: 'raw'`: multipart/mixed ⊃ related ⊃ alternative. */
export function composeMessage(m: {
  headers: { name: string; value: string }[];
  text: string;
  html: string | null;
  parts: MailPart[];
}): string {
  const lines = m.headers.map((h) => `${h.name}: ${encodeWord(h.value)}`);
  const b64 = (b: Buffer) => b.toString('base64').replace(/.{76}/g, '$&\r\n');
  const alt = `alt-${m.text.length}`;
  const body = [
    `--${alt}`,
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: base64',
    '',
    b64(Buffer.from(m.text, 'utf8')),
    ...(m.html === null
      ? []
      : [
          `--${alt}`,
          'Content-Type: text/html; charset="UTF-8"',
          'Content-Transfer-Encoding: base64',
          '',
          b64(Buffer.from(m.html, 'utf8')),
        ]),
    `--${alt}--`,
  ];
  const mixed = 'mixed-boundary';
  // A non-ASCII file name as an RFC 2047 encoded word in the quoted parameter (believed: how Gmail writes one).
  const partLines = m.parts.flatMap((p) => [
    `--${mixed}`,
    `Content-Type: ${p.contentType}; name="${encodeWord(p.name)}"`,
    p.cid === null
      ? `Content-Disposition: attachment; filename="${encodeWord(p.name)}"`
      : `Content-Disposition: inline; filename="${encodeWord(p.name)}"`,
    ...(p.cid === null ? [] : [`Content-ID: <${p.cid}>`]),
    'Content-Transfer-Encoding: base64',
    '',
    b64(p.bytes),
  ]);
  return [
    ...lines,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alt}"`,
    '',
    ...body,
    ...partLines,
    `--${mixed}--`,
    '',
  ].join('\r\n');
}
