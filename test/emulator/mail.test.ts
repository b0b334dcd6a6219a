// Fidelity tests of the emulated MailApp and GmailApp: outbox contents, address checks, quota and drafts.
import { Emulator } from '../../src/emulator';

const source = `
function sendSimple(to) { MailApp.sendEmail(to, 'Hello', 'Plain body'); return MailApp.getRemainingDailyQuota(); }
function sendFull() {
  MailApp.sendEmail('ana@city.org', 'Welcome', 'Text body', {
    cc: 'b@city.org, c@city.org', bcc: 'd@city.org', htmlBody: '<p>Hi</p>', name: 'Strong Cities', replyTo: 'hub@strongcities.org', noReply: true,
  });
}
function sendObject() {
  MailApp.sendEmail({ to: 'ana@city.org', subject: 'Obj', body: 'b', htmlBody: '<b>b</b>', inlineImages: { logo: {} } });
}
function sendToReplyTo() { MailApp.sendEmail('ana@city.org', 'reply@city.org', 'Subj', 'Body'); }
function quota() { return MailApp.getRemainingDailyQuota(); }
function sendMany(n) {
  var to = [];
  for (var i = 0; i < n; i++) to.push('p' + i + '@city.org');
  MailApp.sendEmail(to.join(','), 'Many', 'x');
}
function gmailSend(from) { return String(GmailApp.sendEmail('ana@city.org', 'G', 'body', { from: from, name: 'Hub' })); }
function aliases() { return GmailApp.getAliases(); }
function draftFlow() {
  var d = GmailApp.createDraft('ana@city.org', 'Draft subj', 'draft body', { htmlBody: '<i>d</i>' });
  var before = MailApp.getRemainingDailyQuota();
  var id = d.getId();
  var m = d.getMessage();
  var info = { id: id, subject: m.getSubject(), to: m.getTo(), body: m.getBody(), before: before };
  var sent = d.send();
  info.sentSubject = sent.getSubject();
  info.after = MailApp.getRemainingDailyQuota();
  try { d.getMessage(); info.afterSend = 'usable'; } catch (e) { info.afterSend = 'gone'; }
  return info;
}
`;

function emulator() {
  return new Emulator({ source });
}

describe('MailApp', () => {
  // Source: https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,Object)
  it('records the full message in the outbox: to/cc/bcc lists, html body, name, replyTo, sender, time, execution', () => {
    const emu = emulator();
    const r = emu.run('sendFull', [], { user: 'coord@strongcities.org' });
    expect(r.status).toBe('ok');
    const [m] = emu.backend.stores.comms.mail.outbox;
    expect(m).toMatchObject({
      service: 'MailApp',
      from: 'coord@strongcities.org',
      name: 'Strong Cities',
      to: ['ana@city.org'],
      cc: ['b@city.org', 'c@city.org'],
      bcc: ['d@city.org'],
      subject: 'Welcome',
      body: 'Text body',
      htmlBody: '<p>Hi</p>',
      replyTo: 'hub@strongcities.org',
      noReply: true,
      executionId: r.execution.id,
    });
    expect(m.sentAt).toBeInstanceOf(Date);
    expect(m.id).toMatch(/^[0-9a-f]+$/);
    expect(emu.backend.calls.find((c) => c.method === 'sendEmail')?.class).toBe('send');
  });

  // Source: https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
  // and https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,String)
  it('accepts the message-object form and the (to, replyTo, subject, body) form', () => {
    const emu = emulator();
    expect(emu.run('sendObject').status).toBe('ok');
    expect(emu.run('sendToReplyTo').status).toBe('ok');
    const [a, b] = emu.backend.stores.comms.mail.outbox;
    expect(a).toMatchObject({
      to: ['ana@city.org'],
      subject: 'Obj',
      htmlBody: '<b>b</b>',
      inlineImages: ['logo'],
    });
    expect(b).toMatchObject({
      to: ['ana@city.org'],
      replyTo: 'reply@city.org',
      subject: 'Subj',
      body: 'Body',
    });
  });

  // Source: "Invalid email: …" as widely reported for MailApp.sendEmail (not in the reference pages)
  it('refuses an invalid address with "Invalid email: <address>" and sends nothing', () => {
    const emu = emulator();
    const r = emu.run('sendSimple', ['not-an-address']);
    expect(r.status).toBe('error');
    expect(r.error).toBe('Exception: Invalid email: not-an-address');
    expect(emu.backend.stores.comms.mail.outbox).toHaveLength(0);
  });

  // Source: https://developers.google.com/apps-script/guides/services/quotas ("Email recipients per day":
  // 100 consumer, 1,500 Workspace; "reset 24 hours after the first request"); error text from
  // github.com/dwyl/learn-to-send-email-via-google-script-html-no-server/issues/376
  it('counts every recipient against the daily quota, throws the quota error, and resets after 24 h', () => {
    const emu = emulator();
    const mail = emu.backend.stores.comms.mail;
    expect(emu.call('quota')).toBe(1500);
    mail.accountType = 'consumer';
    expect(emu.call('quota')).toBe(100);
    emu.call('sendFull'); // 4 recipients: to + 2 cc + 1 bcc
    expect(emu.call('quota')).toBe(96);
    for (let i = 0; i < 48; i++) emu.call('sendSimple', ['ana@city.org']);
    expect(emu.call('quota')).toBe(48);
    expect(emu.run('sendMany', [48]).status).toBe('ok');
    expect(emu.call('quota')).toBe(0);
    const over = emu.run('sendSimple', ['ana@city.org']);
    expect(over.error).toBe('Exception: Service invoked too many times for one day: email.');
    const sentBefore = mail.outbox.length;
    emu.backend.clock.advance(24 * 60 * 60 * 1000);
    expect(emu.call('quota')).toBe(100);
    expect(emu.run('sendSimple', ['ana@city.org']).status).toBe('ok');
    expect(mail.outbox.length).toBe(sentBefore + 1);
  });

  // Source: https://developers.google.com/apps-script/guides/services/quotas ("Quotas are per user and reset 24
  // hours after the first request"): the day runs from the first send, not per message and not from midnight.
  it('counts the quota day from the first send: still exhausted at 23 h 59 m, fully restored at 24 h', () => {
    const emu = emulator();
    emu.backend.stores.comms.mail.accountType = 'consumer';
    emu.call('sendSimple', ['first@city.org']); // the first request opens the 24-hour window
    emu.backend.clock.advance(12 * 60 * 60 * 1000);
    emu.call('sendMany', [50]);
    emu.call('sendMany', [49]);
    expect(emu.call('quota')).toBe(0);
    emu.backend.clock.advance((11 * 60 + 59) * 60 * 1000); // 23 h 59 m after the first send
    expect(emu.call('quota')).toBe(0);
    expect(emu.run('sendSimple', ['late@city.org']).error).toBe(
      'Exception: Service invoked too many times for one day: email.',
    );
    emu.backend.clock.advance(60 * 1000); // 24 h after the first send: the whole day's quota is back
    expect(emu.call('quota')).toBe(100);
  });

  // Source: https://developers.google.com/apps-script/guides/services/quotas ("Email recipients per message: 50 / msg")
  it('refuses more than 50 recipients in one message', () => {
    const emu = emulator();
    expect(emu.run('sendMany', [51]).error).toBe('Exception: Limit Exceeded: Email Recipients Per Message.');
    expect(emu.call('quota')).toBe(1500);
  });

  it('fails the next sends on request (fault injection) without sending or counting them', () => {
    const emu = emulator();
    emu.backend.stores.comms.mail.failNextSends(1, 'Service error: Gmail');
    expect(emu.run('sendSimple', ['ana@city.org']).error).toBe('Exception: Service error: Gmail');
    expect(emu.backend.stores.comms.mail.outbox).toHaveLength(0);
    expect(emu.run('sendSimple', ['ana@city.org']).value).toBe(1499);
  });

  it('keeps a subject with a line break as given and flags it (Google documents no behaviour)', () => {
    const emu = new Emulator({
      source: `function t(){ MailApp.sendEmail('a@b.org', 'Hi\\nBcc: x@y.org', 'b'); }`,
    });
    expect(emu.run('t').status).toBe('ok');
    expect(emu.backend.stores.comms.mail.outbox[0].subjectHadLineBreak).toBe(true);
  });
});

describe('GmailApp', () => {
  // Source: https://developers.google.com/apps-script/reference/gmail/gmail-app#sendEmail(String,String,String,Object)
  // ("from … must be one of the values returned by getAliases()")
  it('sends from a permitted alias only, and shares the recipient quota with MailApp', () => {
    const emu = emulator();
    const mail = emu.backend.stores.comms.mail;
    mail.setAliases('owner@strongcities.org', ['network@strongcities.org']);
    expect(emu.call('aliases')).toEqual(['network@strongcities.org']);
    expect(emu.call('gmailSend', ['network@strongcities.org'])).toBe('GmailApp');
    expect(mail.outbox[0]).toMatchObject({
      service: 'GmailApp',
      from: 'network@strongcities.org',
      name: 'Hub',
    });
    expect(emu.run('gmailSend', ['someone@else.org']).status).toBe('error');
    expect(emu.call('quota')).toBe(1499);
  });

  // Source: https://developers.google.com/apps-script/reference/gmail/gmail-app#getAliases()
  // ("Gets a list of the emails that are set up as aliases for this account in Gmail"): the aliases of the account
  // the script runs as; the account's own address is not one of them (believed: the page lists aliases only).
  it("getAliases lists the running account's send-as aliases, none by default, not its own address", () => {
    const emu = emulator();
    expect(emu.call('aliases')).toEqual([]);
    emu.backend.stores.comms.mail.setAliases('someone@strongcities.org', ['other@strongcities.org']);
    expect(emu.call('aliases')).toEqual([]);
    emu.backend.stores.comms.mail.setAliases('owner@strongcities.org', ['news@strongcities.org']);
    expect(emu.call('aliases')).toEqual(['news@strongcities.org']);
  });

  // Source: https://developers.google.com/apps-script/reference/gmail/gmail-draft
  it('creates a draft without using quota; send() delivers it and removes the draft', () => {
    const emu = emulator();
    const info = emu.call<Record<string, unknown>>('draftFlow');
    expect(info).toMatchObject({ subject: 'Draft subj', to: 'ana@city.org', body: '<i>d</i>', before: 1500 });
    expect(info.sentSubject).toBe('Draft subj');
    expect(info.after).toBe(1499);
    expect(info.afterSend).toBe('gone');
    expect(emu.backend.stores.comms.mail.outbox).toHaveLength(1);
    expect(emu.backend.stores.comms.mail.drafts.size).toBe(0);
  });
});
