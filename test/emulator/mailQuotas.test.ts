// Fidelity tests of the mail quotas and per-message limits shared by MailApp, GmailApp and the Gmail advanced service.
// Source: https://developers.google.com/apps-script/guides/services/quotas ("Email recipients per day": 100 consumer,
// 1,500 Workspace, "lower on new or trial Workspace accounts"; "Quotas are per user and reset 24 hours after the first
// request"; "Current limitations": Email attachments 250 / msg, Email body size 200 KB / msg, Email recipients per
// message 50 / msg, Email total attachments size 25 MB / msg).
import { Emulator } from '../../src/emulator';

const source = `
function quota() { return MailApp.getRemainingDailyQuota(); }
function mailTo(n) {
  var to = [];
  for (var i = 0; i < n; i++) to.push('p' + i + '@city.org');
  MailApp.sendEmail(to.join(','), 'Many', 'x');
}
function gmailTo(n) {
  var to = [];
  for (var i = 0; i < n; i++) to.push('g' + i + '@city.org');
  GmailApp.sendEmail(to.join(','), 'Many', 'x');
}
function withAttachment(bytes, count) {
  var files = [];
  for (var i = 0; i < (count || 1); i++) {
    files.push(Utilities.newBlob(new Array(bytes + 1).join('a'), 'application/pdf', 'brief-' + i + '.pdf'));
  }
  MailApp.sendEmail('ana@city.org', 'Brief', 'See attached', { attachments: files });
}
function withInline(bytes) {
  var img = Utilities.newBlob(new Array(bytes + 1).join('a'), 'image/png', 'logo.png');
  GmailApp.sendEmail('ana@city.org', 'Logo', 'x', { htmlBody: '<img src="cid:logo">', inlineImages: { logo: img } });
}
function bigBody(bytes) { MailApp.sendEmail('ana@city.org', 'Long', 'x', { htmlBody: new Array(bytes + 1).join('a') }); }
function draftThenSend(n) {
  var to = [];
  for (var i = 0; i < n; i++) to.push('d' + i + '@city.org');
  var d = GmailApp.createDraft(to.join(','), 'Draft', 'x');
  d.send();
}
`;

const QUOTA_ERROR = 'Exception: Service invoked too many times for one day: email.';
const MB = 1024 * 1024;

describe('daily recipient quota', () => {
  it('is per account: consumer 100, Workspace 1,500, or an explicit lower limit for a new Workspace account', () => {
    const emu = new Emulator({ source });
    const mail = emu.backend.stores.comms.mail;
    mail.setAccount('consumer@gmail.com', { type: 'consumer' });
    mail.setAccount('trial@strongcities.org', { type: 'workspace', dailyRecipients: 300 });
    expect(emu.call('quota')).toBe(1500);
    expect(emu.call('quota', [], { user: 'consumer@gmail.com' })).toBe(100);
    expect(emu.call('quota', [], { user: 'trial@strongcities.org' })).toBe(300);
    // Per user: one account's sends do not touch another's quota.
    emu.call('mailTo', [50], { user: 'consumer@gmail.com' });
    expect(emu.call('quota', [], { user: 'consumer@gmail.com' })).toBe(50);
    expect(emu.call('quota')).toBe(1500);
  });

  it('is shared by MailApp, GmailApp.sendEmail and GmailDraft.send, and the refused send sends nothing', () => {
    const emu = new Emulator({ source });
    const mail = emu.backend.stores.comms.mail;
    mail.setAccount('owner@strongcities.org', { type: 'consumer' });
    emu.call('mailTo', [40]);
    emu.call('gmailTo', [40]);
    emu.call('draftThenSend', [15]);
    expect(emu.call('quota')).toBe(5);
    const sent = mail.outbox.length;
    // Six recipients do not fit in the five left: the whole message is refused, none of it counted.
    expect(emu.run('gmailTo', [6]).error).toBe(QUOTA_ERROR);
    expect(emu.run('draftThenSend', [6]).error).toBe(QUOTA_ERROR);
    expect(mail.outbox.length).toBe(sent);
    expect(emu.call('quota')).toBe(5);
    emu.call('mailTo', [5]);
    expect(emu.call('quota')).toBe(0);
    expect(emu.run('mailTo', [1]).error).toBe(QUOTA_ERROR);
  });

  it('resets 24 hours after the first request of the window, and reports when', () => {
    const emu = new Emulator({ source });
    const mail = emu.backend.stores.comms.mail;
    mail.setAccount('owner@strongcities.org', { type: 'consumer' });
    expect(mail.resetsAt('owner@strongcities.org')).toBeNull();
    const first = emu.backend.clock.now();
    emu.call('mailTo', [50]);
    emu.backend.clock.advance(20 * 3600_000);
    emu.call('mailTo', [50]);
    // The window runs from the first send (not midnight, not a rolling per-message window).
    expect(mail.resetsAt('owner@strongcities.org')?.getTime()).toBeGreaterThanOrEqual(first + 24 * 3600_000);
    expect(mail.resetsAt('owner@strongcities.org')?.getTime()).toBeLessThan(first + 24 * 3600_000 + 1000);
    emu.backend.clock.set(mail.resetsAt('owner@strongcities.org') as Date);
    expect(emu.call('quota')).toBe(100);
  });
});

describe('per-message limits', () => {
  it('refuses more than 50 recipients in one message (to + cc + bcc), from GmailApp too', () => {
    const emu = new Emulator({ source });
    expect(emu.run('gmailTo', [51]).error).toBe('Exception: Limit Exceeded: Email Recipients Per Message.');
    expect(emu.run('gmailTo', [50]).status).toBe('ok');
    expect(emu.call('quota')).toBe(1450);
  });

  it('carries attachment bytes and refuses a message whose attachments exceed 25 MB before counting it', () => {
    const emu = new Emulator({ source });
    const mail = emu.backend.stores.comms.mail;
    expect(emu.run('withAttachment', [2 * MB, 1]).status).toBe('ok');
    expect(mail.outbox[0].attachments).toEqual(['brief-0.pdf']);
    expect(mail.outbox[0].parts[0]).toMatchObject({
      name: 'brief-0.pdf',
      contentType: 'application/pdf',
      cid: null,
    });
    expect(mail.outbox[0].parts[0].bytes.length).toBe(2 * MB);
    // 13 files of 2 MB = 26 MB: over the total, although each file is small.
    const r = emu.run('withAttachment', [2 * MB, 13]);
    expect(r.error).toBe('Exception: Limit Exceeded: Email Total Attachments Size.');
    expect(mail.outbox).toHaveLength(1);
    expect(emu.call('quota')).toBe(1499);
  });

  it('counts inline images in the 25 MB, refuses more than 250 attachments and bodies over 200 KB', () => {
    const emu = new Emulator({ source });
    expect(emu.run('withInline', [26 * MB]).error).toBe(
      'Exception: Limit Exceeded: Email Total Attachments Size.',
    );
    expect(emu.run('withInline', [1000]).status).toBe('ok');
    expect(emu.backend.stores.comms.mail.outbox[0].inlineImages).toEqual(['logo']);
    expect(emu.run('withAttachment', [1, 251]).error).toBe(
      'Exception: Limit Exceeded: Email Attachments Per Message.',
    );
    expect(emu.run('withAttachment', [1, 250]).status).toBe('ok');
    expect(emu.run('bigBody', [200 * 1024 + 1]).error).toBe('Exception: Limit Exceeded: Email Body Size.');
    expect(emu.run('bigBody', [200 * 1024]).status).toBe('ok');
  });
});
