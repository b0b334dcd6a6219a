// Acceptance (issue 17, the digest includes each person's follow-ups) through dist/Code.js: an owner of due
// follow-ups who reads no digest gets their own short email, once a day whatever reruns, stops or menu sends
// happen; an owner typed by hand in another case or with spaces is the same person.

import type { Emulator } from '../../../src/emulator';
import { dailyTriggerEvent } from '../../support/reliability/intakeFixtures';
import { copied } from '../../support/reliability/workbookCopy';
import { sheet, values } from '../workbook/harness';
import { COMMS, COORDINATOR, HUB_OFFICER, OWNER, ok, outbox, relationsWorld, tabRows } from './world';

interface FollowUpMail {
  to: string;
  followUps: number;
  status: string;
}
interface Jobs {
  digest: { sent: { to: string }[]; followUpsDue: number; followUpMail: FollowUpMail[] };
}

const add = (emu: Emulator, user: string, fields: Record<string, unknown>) =>
  ok<{ id: string }>(emu, 'addFollowUp', [fields], user).value!.id;

/** The Owner cell of a follow-up rewritten by hand, as a person typing in the tab would leave it. */
function retypeOwner(emu: Emulator, id: string, typed: string) {
  const head = values(emu, 'Follow-ups')[0]!.map(String);
  const row = values(emu, 'Follow-ups').findIndex((r) => r[0] === id) + 1;
  sheet(emu, 'Follow-ups').setValuesRaw(row, head.indexOf('Owner') + 1, [[typed]]);
}

let ids: Record<string, string> = {};
const world = copied(() => {
  const { emu } = relationsWorld();
  ids = {
    mine: add(emu, COORDINATOR, { what: 'Chase the signed MoU', dueOn: '2026-05-25' }),
    visit: add(emu, HUB_OFFICER, { what: 'Visit the youth centre', dueOn: '2026-06-01' }),
    typed: add(emu, HUB_OFFICER, { what: 'Send the toolkit', dueOn: '2026-05-20' }),
    later: add(emu, HUB_OFFICER, { what: 'Not yet due', dueOn: '2026-07-01' }),
    comms: add(emu, COMMS, { what: 'Draft the newsletter', dueOn: '2026-06-15' }),
  };
  retypeOwner(emu, ids['typed']!, '  Hub.Officer@StrongCities.ORG ');
  return emu;
});

const daily = (emu: Emulator, options: Parameters<Emulator['run']>[2] = {}) =>
  // An installable trigger runs as its owner, who set the workbook up.
  emu.run<Jobs>('runDailyJobs', [dailyTriggerEvent(emu)], { user: OWNER, ...options });
const mailTo = (emu: Emulator, email: string, from = 0) =>
  outbox(emu)
    .slice(from)
    .filter((m) => String(m.to).toLowerCase().includes(email));

describe('each owner’s follow-ups in a daily email of their own', () => {
  it('emails an owner who reads no digest their due and overdue follow-ups only, whatever the case typed', () => {
    const emu = world();
    const run = daily(emu);
    expect(run.status).toBe('ok');
    const digest = run.value!.digest;
    expect(digest.sent.map((s) => s.to)).toEqual([COORDINATOR]);
    // The coordinator's own one, the officer's two (one typed by hand): three due in all.
    expect(digest.followUpsDue).toBe(3);
    expect(digest.followUpMail).toEqual([{ to: HUB_OFFICER, followUps: 2, status: 'sent' }]);
    const [mail, ...more] = mailTo(emu, HUB_OFFICER);
    expect(more).toHaveLength(0);
    expect(String(mail!.subject)).toBe('Strong Cities CRM – 01/06/2026: 2 follow-ups due');
    const body = String(mail!.body);
    expect(body).toMatch(/^Good morning Hub Officer,/);
    expect(body).toContain(
      `Your follow-ups due today or overdue (2):\n• ${ids['typed']} – Send the toolkit – due 20/05/2026\n• ${ids['visit']} – Visit the youth centre – due 01/06/2026\n`,
    );
    expect(body).not.toMatch(/Not yet due|Chase the signed MoU|Draft the newsletter/);
    // Nothing due for comms: no email.
    expect(mailTo(emu, COMMS)).toHaveLength(0);
    // The coordinator's digest still lists the officer's (both) among the team's.
    const coordinator = String(mailTo(emu, COORDINATOR)[0]!.body);
    expect(coordinator).toMatch(/The team's follow-ups due or overdue \(2\):/);
    // The hand-typed owner is the officer in their sidebar too (the Owner search ignores case and spaces).
    const view = ok<{ mine: { id: string }[] }>(emu, 'getFollowUps', [], HUB_OFFICER).value!;
    expect(view.mine.map((f) => f.id)).toEqual([ids['typed'], ids['visit'], ids['later']]);
  });

  it('sends it once a day: a rerun of the trigger and the menu’s digest send none again', () => {
    const emu = world();
    daily(emu);
    const before = outbox(emu).length;
    expect(daily(emu).value!.digest.followUpMail).toEqual([
      { to: HUB_OFFICER, followUps: 2, status: 'already sent' },
    ]);
    const menu = ok<Jobs['digest']>(emu, 'sendDailyDigestNow', [], COORDINATOR).value!;
    expect(menu.followUpMail.map((m) => m.status)).toEqual(['already sent']);
    // The menu always sends the coordinator a digest; the officer gets nothing more.
    expect(mailTo(emu, HUB_OFFICER, before)).toHaveLength(0);
    expect(mailTo(emu, COORDINATOR, before)).toHaveLength(1);
    const sends = tabRows(emu, 'Sends').filter((s) => String(s['Message ID']).startsWith('followups:'));
    expect(sends.map((s) => [s['Message ID'], s['Status']])).toEqual([
      [`followups:2026-06-01:${HUB_OFFICER}`, 'sent'],
    ]);
    // The next day brings a new one.
    emu.backend.clock.advance(24 * 3600 * 1000);
    expect(daily(emu).value!.digest.followUpMail.map((m) => m.status)).toEqual(['sent']);
    expect(mailTo(emu, HUB_OFFICER, before)).toHaveLength(1);
  });

  it('writes to a French-speaking owner in French', () => {
    const emu = world();
    const staff = tabRows(emu, 'Staff').find((s) => s['Email'] === HUB_OFFICER)!;
    ok(
      emu,
      'saveRecord',
      [{ tab: 'Staff', id: staff['Staff ID'], version: staff['Version'], fields: { languages: ['fr'] } }],
      OWNER,
    );
    daily(emu);
    const mail = mailTo(emu, HUB_OFFICER)[0]!;
    expect(String(mail.subject)).toBe('Strong Cities CRM – 01/06/2026 : 2 suivis à traiter');
    expect(String(mail.body)).toContain('Vos suivis dus aujourd’hui ou en retard (2) :\n• ');
    expect(String(mail.body)).toContain('échéance le 20/05/2026');
  });

  it('never sends it twice when the run stops at its send, and flags it for a person', () => {
    const probe = world();
    const records = daily(probe).execution.records;
    // The 1-based call of the last MailApp send: the officer's email, after the coordinator's digest.
    const at = records.map((r) => r.service === 'MailApp' && /^send/.test(r.method)).lastIndexOf(true) + 1;
    expect(at).toBeGreaterThan(0);
    for (const stop of [at, at + 1]) {
      const emu = world();
      expect(daily(emu, { stopAtCall: stop }).status).not.toBe('ok');
      const got = mailTo(emu, HUB_OFFICER).length;
      expect(got).toBe(stop === at ? 0 : 1);
      const rerun = daily(emu);
      expect(rerun.status).toBe('ok');
      expect(mailTo(emu, HUB_OFFICER)).toHaveLength(got);
      const row = tabRows(emu, 'Sends').find((s) => String(s['Message ID']).startsWith('followups:'))!;
      // Stopped before or just after the send: the rerun cannot tell, so the row is flagged unknown, never resent.
      expect(row['Status']).toBe('unknown');
      expect(rerun.value!.digest.followUpMail.map((m) => m.status)).toEqual(['unknown']);
    }
  });
});
