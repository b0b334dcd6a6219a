// A mailing's message as RFC 2822 text for the Gmail advanced service: headers (RFC 2047 for non-ASCII), text and HTML.

import { assertHeaderSafe, assertMailbox } from './headerSafety';

/** A file part (attachment or inline image) already base64-encoded; the seam for attachmentsForSend (issue 12 item 5). */
export interface MimePart {
  readonly name: string;
  readonly contentType: string;
  readonly base64: string;
  /** Content-ID for an inline image (`cid:logo` in the HTML); null or absent for an attachment. */
  readonly cid?: string | null;
}

export interface MailingMessage {
  readonly from: string;
  readonly fromName: string;
  readonly to: string;
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly replyTo: string | null;
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
  /** The unique reference (`<…@…>`), searchable with rfc822msgid: in the sent folder. */
  readonly messageId: string;
  /** The recipient's opt-out link (List-Unsubscribe, RFC 2369); null leaves the header out. */
  readonly unsubscribeUrl: string | null;
  readonly parts?: readonly MimePart[];
}

/** base64 of a string's UTF-8 bytes; the server passes Utilities.base64Encode(text, Utilities.Charset.UTF_8). */
export type Base64 = (text: string) => string;

const ASCII = /^[\x20-\x7e]*$/;

/** One header value: ASCII as is, otherwise RFC 2047 encoded words of at most 20 characters each, folded. */
function word(value: string, b64: Base64): string {
  if (ASCII.test(value)) return value;
  const chars = Array.from(value);
  const words: string[] = [];
  for (let i = 0; i < chars.length; i += 20)
    words.push(`=?UTF-8?B?${b64(chars.slice(i, i + 20).join(''))}?=`);
  return words.join('\r\n ');
}

function display(name: string, address: string, b64: Base64): string {
  if (name === '') return address;
  const n = ASCII.test(name) ? `"${name.replace(/["\\]/g, '')}"` : word(name, b64);
  return `${n} <${address}>`;
}

const wrap = (s: string) => s.replace(/.{76}/g, '$&\r\n');

/**
 * The whole message. Every address and the subject are checked for line breaks first (no header can be injected,
 * DESIGN §8); bodies travel base64-encoded UTF-8, so emoji and accents arrive intact.
 */
export function composeMailingMessage(m: MailingMessage, b64: Base64): string {
  assertMailbox('From', m.from, m.fromName);
  assertMailbox('Recipient', m.to);
  for (const a of m.cc) assertMailbox('CC', a);
  for (const a of m.bcc) assertMailbox('BCC', a);
  if (m.replyTo) assertMailbox('Reply-to', m.replyTo);
  assertHeaderSafe('Subject', m.subject);
  assertHeaderSafe('Message reference', m.messageId);
  if (m.unsubscribeUrl) assertHeaderSafe('Opt-out link', m.unsubscribeUrl);
  const boundary = `scn-alt-${m.messageId.replace(/[^a-z0-9]/gi, '')}`;
  const mixed = `scn-mix-${m.messageId.replace(/[^a-z0-9]/gi, '')}`;
  const headers = [
    `From: ${display(m.fromName, m.from, b64)}`,
    `To: ${m.to}`,
    ...(m.cc.length ? [`Cc: ${m.cc.join(', ')}`] : []),
    ...(m.bcc.length ? [`Bcc: ${m.bcc.join(', ')}`] : []),
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    `Subject: ${word(m.subject, b64)}`,
    `Message-ID: ${m.messageId}`,
    ...(m.unsubscribeUrl ? [`List-Unsubscribe: <${m.unsubscribeUrl}>`] : []),
    'MIME-Version: 1.0',
  ];
  const alternative = [
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap(b64(m.textBody)),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap(b64(m.htmlBody)),
    `--${boundary}--`,
  ];
  const parts = m.parts ?? [];
  const related = `scn-rel-${m.messageId.replace(/[^a-z0-9]/gi, '')}`;
  const filePart = (outer: string, p: MimePart) => {
    assertHeaderSafe('Attachment name', p.name);
    if (p.cid) assertHeaderSafe('Inline image id', p.cid);
    // A non-ASCII name (accents, Arabic) as RFC 2047 words in the quoted parameter, as Gmail writes them (believed),
    // so every header stays ASCII (RFC 2045 parameters); on one line, the words joined by a space.
    const name = ASCII.test(p.name) ? p.name.replace(/"/g, '') : word(p.name, b64).replace(/\r\n /g, ' ');
    return [
      `--${outer}`,
      `Content-Type: ${p.contentType}; name="${name}"`,
      'Content-Transfer-Encoding: base64',
      ...(p.cid
        ? [`Content-ID: <${p.cid}>`, `Content-Disposition: inline; filename="${name}"`]
        : [`Content-Disposition: attachment; filename="${name}"`]),
      '',
      wrap(p.base64),
    ];
  };
  const inline = parts.filter((p) => p.cid);
  const attached = parts.filter((p) => !p.cid);
  // RFC 2387: the HTML and the images it shows by cid: are one multipart/related (so clients show them in place,
  // not as attachments); attachments go beside it in multipart/mixed.
  let body: { type: string; lines: string[] } = {
    type: `multipart/alternative; boundary="${boundary}"`,
    lines: alternative,
  };
  if (inline.length > 0)
    body = {
      type: `multipart/related; type="multipart/alternative"; boundary="${related}"`,
      lines: [
        `--${related}`,
        `Content-Type: ${body.type}`,
        '',
        ...body.lines,
        ...inline.flatMap((p) => filePart(related, p)),
        `--${related}--`,
      ],
    };
  if (attached.length > 0)
    body = {
      type: `multipart/mixed; boundary="${mixed}"`,
      lines: [
        `--${mixed}`,
        `Content-Type: ${body.type}`,
        '',
        ...body.lines,
        ...attached.flatMap((p) => filePart(mixed, p)),
        `--${mixed}--`,
      ],
    };
  return [...headers, `Content-Type: ${body.type}`, '', ...body.lines, ''].join('\r\n');
}
