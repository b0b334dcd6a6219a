// The file parts of a Gmail draft's raw message (src/core/mail/mimeParts.ts): inline images told from attachments by
// their disposition and Content-ID, bytes kept base64 as carried, parts not base64 named, non-ASCII file names
// decoded (RFC 2047 encoded words and RFC 2231), whatever the nesting of multipart bodies.

import { rawFileParts } from '../../src/core/mail/mimeParts';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const word = (s: string) => `=?UTF-8?B?${b64(s)}?=`;

/** A draft as Gmail is believed to write one: mixed ⊃ related ⊃ alternative, an attachment with its own f_ id. */
const draft = [
  'MIME-Version: 1.0',
  'Subject: Brief',
  'Content-Type: multipart/mixed; boundary="mix"',
  '',
  '--mix',
  'Content-Type: multipart/related; boundary="rel"',
  '',
  '--rel',
  'Content-Type: multipart/alternative; boundary="alt"',
  '',
  '--alt',
  'Content-Type: text/plain; charset="UTF-8"',
  '',
  'Hello',
  '--alt',
  'Content-Type: text/html; charset="UTF-8"',
  '',
  '<img src="cid:ii_1">',
  '--alt--',
  '--rel',
  'Content-Type: image/png; name="logo.png"',
  'Content-Disposition: inline; filename="logo.png"',
  'Content-Transfer-Encoding: base64',
  'Content-ID: <ii_1>',
  'X-Attachment-Id: ii_1',
  '',
  'iVBO',
  'Rw==',
  '--rel--',
  '--mix',
  `Content-Type: application/pdf; name="${word('Note de février.pdf')}"`,
  `Content-Disposition: attachment; filename="${word('Note de février.pdf')}"`,
  'Content-Transfer-Encoding: base64',
  'Content-ID: <f_abc>',
  'X-Attachment-Id: f_abc',
  '',
  b64('%PDF-1.4'),
  '--mix',
  "Content-Type: text/csv; name*=UTF-8''liste%20%C3%A9t%C3%A9.csv",
  "Content-Disposition: attachment; filename*=UTF-8''liste%20%C3%A9t%C3%A9.csv",
  'Content-Transfer-Encoding: base64',
  '',
  b64('a,b'),
  '--mix',
  'Content-Type: text/plain; name="notes.txt"',
  'Content-Disposition: attachment; filename="notes.txt"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'caf=C3=A9',
  '--mix--',
  '',
].join('\r\n');

describe('rawFileParts', () => {
  const r = rawFileParts(draft);

  it('gives the inline image with its Content-ID, the attachments with none (though Gmail gives them an id)', () => {
    expect(r.parts.map((p) => [p.name, p.contentType, p.cid])).toEqual([
      ['logo.png', 'image/png', 'ii_1'],
      ['Note de février.pdf', 'application/pdf', null],
      ['liste été.csv', 'text/csv', null],
    ]);
  });

  it('keeps each part’s bytes as carried (line breaks of the base64 removed), skips the bodies', () => {
    expect(r.parts[0]!.base64).toBe('iVBORw==');
    expect(Buffer.from(r.parts[1]!.base64, 'base64').toString('utf8')).toBe('%PDF-1.4');
  });

  it('names a part it cannot copy byte for byte (not base64)', () => {
    expect(r.unreadable).toEqual(['notes.txt']);
  });

  it('decodes a Q-encoded word and keeps a word in another charset as written', () => {
    const one = (name: string) =>
      rawFileParts(
        [
          'Content-Type: application/pdf',
          `Content-Disposition: attachment; filename="${name}"`,
          'Content-Transfer-Encoding: base64',
          '',
          'AA==',
        ].join('\r\n'),
      ).parts[0]!.name;
    expect(one('=?utf-8?Q?caf=C3=A9_noir.pdf?=')).toBe('café noir.pdf');
    expect(one(`${word('Rapport ')} ${word('été.pdf')}`)).toBe('Rapport été.pdf');
    expect(one('=?ISO-8859-1?Q?caf=E9.pdf?=')).toBe('=?ISO-8859-1?Q?caf=E9.pdf?=');
  });
});
