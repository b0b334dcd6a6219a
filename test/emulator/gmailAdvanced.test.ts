// Fidelity tests of the Gmail advanced service: Users.Messages.send with a raw RFC 2822 message, Messages.get,
// Drafts.list/get, and its presence only when appsscript.json enables it.
// Sources: https://developers.google.com/apps-script/advanced/gmail,
// https://developers.google.com/gmail/api/reference/rest/v1/users.messages/send,
// https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/list, …/users.drafts/get.
import { Emulator } from '../../src/emulator';

const source = `
function raw(lines) { return Utilities.base64EncodeWebSafe(lines.join('\\r\\n')); }
function sendNewsletter(from, to) {
  var boundary = 'b1';
  var message = [
    'From: "Strong Cities" <' + from + '>',
    'To: ' + to,
    'Cc: "Hub, Europe" <hub@strongcities.org>',
    'Reply-To: comms@strongcities.org',
    'Subject: =?UTF-8?B?' + Utilities.base64Encode('Bulletin 🎉 à Genève', Utilities.Charset.UTF_8) + '?=',
    'List-Unsubscribe: <https://script.google.com/macros/s/X/exec?t=abc>',
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    'X-SCN-Ref: SCN-42',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="' + boundary + '"',
    '',
    '--' + boundary,
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    '--alt',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Caf=C3=A9 =F0=9F=91=8B',
    '--alt',
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    Utilities.base64Encode('<p dir="rtl">مرحبا 👋</p><img src="cid:logo">', Utilities.Charset.UTF_8),
    '--alt--',
    '--' + boundary,
    'Content-Type: image/png',
    'Content-ID: <logo>',
    'Content-Disposition: inline',
    'Content-Transfer-Encoding: base64',
    '',
    Utilities.base64Encode('PNG'),
    '--' + boundary,
    'Content-Type: application/pdf; name="brief.pdf"',
    'Content-Disposition: attachment; filename="brief.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    Utilities.base64Encode('%PDF-1.4'),
    '--' + boundary + '--',
  ];
  return Gmail.Users.Messages.send({ raw: raw(message) }, 'me');
}
function noRecipient() { return Gmail.Users.Messages.send({ raw: raw(['Subject: x', '', 'body']) }, 'me'); }
function noRaw() { return Gmail.Users.Messages.send({}, 'me'); }
function forSomeoneElse() { return Gmail.Users.Messages.send({ raw: raw(['To: a@b.org', '', 'x']) }, 'boss@strongcities.org'); }
function getRaw(id) {
  var m = Gmail.Users.Messages.get('me', id, { format: 'raw' });
  return Utilities.newBlob(Utilities.base64DecodeWebSafe(m.raw)).getDataAsString();
}
function drafts() {
  var list = Gmail.Users.Drafts.list('me');
  if (!list.drafts) return [];
  return list.drafts.map(function (d) {
    var full = Gmail.Users.Drafts.get('me', d.id, { format: 'raw' });
    return { id: d.id, messageId: d.message.id, raw: Utilities.newBlob(Utilities.base64DecodeWebSafe(full.message.raw)).getDataAsString() };
  });
}
function hasGmail() { return typeof Gmail !== 'undefined'; }
`;

function emulator() {
  return new Emulator({ source, advancedServices: ['Gmail'] });
}

describe('Gmail advanced service', () => {
  it('sends a base64url RFC 2822 message, returns { id, threadId, labelIds } and records its headers', () => {
    const emu = emulator();
    const mail = emu.backend.stores.comms.mail;
    mail.setAliases('owner@strongcities.org', ['network@strongcities.org']);
    const r = emu.call<Record<string, unknown>>('sendNewsletter', [
      'network@strongcities.org',
      'Ana <ana@city.org>',
    ]);
    const [m] = mail.outbox;
    expect(r).toEqual({ id: m.id, threadId: m.id, labelIds: ['SENT'] });
    expect(m).toMatchObject({
      service: 'Gmail',
      from: 'network@strongcities.org',
      name: 'Strong Cities',
      to: ['Ana <ana@city.org>'],
      cc: ['"Hub, Europe" <hub@strongcities.org>'],
      replyTo: 'comms@strongcities.org',
      // No emoji defect through the API: the encoded words and bodies arrive intact.
      subject: 'Bulletin 🎉 à Genève',
      body: 'Café 👋',
      htmlBody: '<p dir="rtl">مرحبا 👋</p><img src="cid:logo">',
      attachments: ['brief.pdf'],
      inlineImages: ['logo'],
    });
    expect(m.headers).toEqual({
      'List-Unsubscribe': '<https://script.google.com/macros/s/X/exec?t=abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'X-SCN-Ref': 'SCN-42',
    });
    expect(m.parts.find((p) => p.name === 'brief.pdf')?.bytes.toString()).toBe('%PDF-1.4');
    // Shares the daily recipient quota (To + Cc).
    expect(mail.remaining('owner@strongcities.org')).toBe(1498);
    expect(emu.backend.calls.find((c) => c.service === 'Gmail')).toMatchObject({
      type: 'MessagesCollection',
      method: 'send',
      class: 'send',
    });
  });

  it('replaces a From that is not an alias with the user, and refuses a message without recipients or raw', () => {
    const emu = emulator();
    emu.call('sendNewsletter', ['ceo@elsewhere.org', 'ana@city.org']);
    expect(emu.backend.stores.comms.mail.outbox[0].from).toBe('owner@strongcities.org');
    expect(emu.run('noRecipient').error).toBe(
      'Exception: API call to gmail.users.messages.send failed with error: Recipient address required',
    );
    expect(emu.run('noRaw').error).toMatch(/'raw' RFC822 payload message string/);
    expect(emu.run('forSomeoneElse').error).toMatch(/Delegation denied/);
    expect(emu.backend.stores.comms.mail.outbox).toHaveLength(1);
  });

  it('returns the sent message as raw RFC 2822 (Messages.get format raw), headers included', () => {
    const emu = emulator();
    const r = emu.call<{ id: string }>('sendNewsletter', ['owner@strongcities.org', 'ana@city.org']);
    const raw = emu.call<string>('getRaw', [r.id]);
    expect(raw).toMatch(/^From: /m);
    expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/script\.google\.com\/macros\/s\/X\/exec\?t=abc>$/m);
    expect(raw).toMatch(/^Message-ID: <[^>]+@mail\.gmail\.com>$/m);
    expect(raw).toMatch(/Content-ID: <logo>/);
  });

  it('lists and gets the drafts of the mailbox, a Gmail-made draft with its inline image intact', () => {
    const emu = emulator();
    expect(emu.call('drafts')).toEqual([]);
    const id = emu.backend.stores.comms.mail.addDraft('owner@strongcities.org', {
      to: ['ana@city.org'],
      subject: 'Invitation 🎓',
      body: 'Hello',
      htmlBody: '<p>Hello</p><img src="cid:ii_1">',
      parts: [{ name: 'banner.png', contentType: 'image/png', bytes: Buffer.from('IMG'), cid: 'ii_1' }],
    });
    const [d] = emu.call<{ id: string; messageId: string; raw: string }[]>('drafts');
    expect(d.id).toBe(id);
    expect(d.raw).toContain(`Subject: =?UTF-8?B?${Buffer.from('Invitation 🎓').toString('base64')}?=`);
    expect(d.raw).toContain('Content-ID: <ii_1>');
    expect(d.raw).toContain(Buffer.from('IMG').toString('base64'));
  });

  // Source: https://developers.google.com/apps-script/guides/services/advanced ("you must enable advanced services
  // before using them"): the global exists only when appsscript.json lists it.
  it('is not defined unless the manifest enables it', () => {
    expect(new Emulator({ source }).call('hasGmail')).toBe(false);
    expect(emulator().call('hasGmail')).toBe(true);
  });
});

describe('the scope the build derives for it', () => {
  // Sources: users.messages.send accepts gmail.send (narrowest), gmail.compose, gmail.modify, mail.google.com;
  // users.drafts.get/list accept gmail.compose, gmail.readonly, gmail.modify, mail.google.com (reference pages above).
  it('is gmail.send for sending, and only gmail.compose once drafts are read too', async () => {
    const { scopesUsedBy } = await import('../../scripts/scopes');
    const send = 'Gmail.Users.Messages.send({ raw: r }, "me")';
    expect(scopesUsedBy(send)).toEqual(['https://www.googleapis.com/auth/gmail.send']);
    expect(scopesUsedBy(`${send}; Gmail.Users.Drafts.get("me", id)`)).toEqual([
      'https://www.googleapis.com/auth/gmail.compose',
    ]);
  });
});
