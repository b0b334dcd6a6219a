// Issue 5 over intake and mail: form triggers, the sweep, daily jobs and coordinator actions stopped at any call,
// failed by a transient Sheets error or by the email quota, then followed up: nothing lost, nothing sent twice.
//
// Replay one case with `npx jest test/acceptance/reliability/intakeKills -t '<name>'`; `npm run test:soak` tries
// every k instead of a sample.

import { APPLICATIONS } from '../../../sheets-templates';
import { emailQuotaExceeded } from '../../../src/emulator/concurrent';
import { APP_ID } from '../../support/reliability/intakeFixtures';
import { sendRows } from '../../support/reliability/intakeInvariants';
import {
  runIntakeKills,
  runIntakeTransientFaults,
  runQuotaFaults,
} from '../../support/reliability/intakeKillRunner';
import { INTAKE_CASES, nextDay } from '../../support/reliability/intakeOperations';
import { newTally, probe } from '../../support/reliability/killAnywhere';
import { reportTally } from '../../support/reliability/tallyFile';
import { recordRows } from '../../support/reliability/workbookView';

const KILL_BUDGET = 8;
const FAULT_BUDGET = 3;
const tally = newTally();
const cases = INTAKE_CASES.map((c) => [c.name, c] as const);

afterAll(() => reportTally('intake kill-anywhere', tally));

describe('an intake or mail execution stopped at any service call, then its follow-up', () => {
  it.each(cases)('%s', (_name, c) => {
    expect(runIntakeKills(c, tally, KILL_BUDGET)).toEqual([]);
  });
});

describe('a transient "Service Spreadsheets timed out" at a Spreadsheet call, then the follow-up', () => {
  it.each(cases)('%s', (_name, c) => {
    expect(runIntakeTransientFaults(c, tally, FAULT_BUDGET)).toEqual([]);
  });
});

describe('MailApp past the daily quota at each send, then the follow-up a day later sends it once', () => {
  it.each(cases)('%s', (_name, c) => {
    expect(runQuotaFaults(c, tally)).toEqual([]);
  });
});

// Regressions found by the suites above (fixed in src/server/intake/sweepUnprocessed.ts and stoppedSends.ts).
describe('what a stopped or failed run used to leave undone', () => {
  const enquiryCase = INTAKE_CASES[0]!;
  const declineCase = INTAKE_CASES.find((c) => c.name.startsWith('declineApplication'))!;

  it('a trigger stopped after recording the enquiry, before its acknowledgement: the next sweep sends it once', () => {
    // Used to stay unsent for ever: the sweep skipped every response that had a row.
    const n = probe(enquiryCase).execution.calls;
    const k = Array.from({ length: n }, (_, i) => i + 1).find((at) => {
      const emu = enquiryCase.fixture();
      enquiryCase.operation(emu, { stopAtCall: at });
      return recordRows(emu, APPLICATIONS).length === 1 && sendRows(emu).length === 0;
    });
    expect(k).toBeDefined();
    const emu = enquiryCase.fixture();
    enquiryCase.operation(emu, { stopAtCall: k });
    expect(nextDay(emu)).toEqual([]);
    expect(emu.backend.stores.comms.mail.sentTo('amina.haddad@irbid.example')).toHaveLength(1);
    expect(sendRows(emu).filter((s) => s.key.startsWith(`${APP_ID}:enquiryAcknowledgement`))).toEqual([
      expect.objectContaining({ status: 'sent' }),
    ]);
  });

  it('an acknowledgement refused by the email quota: failed and flagged, then sent once by the next day’s sweep', () => {
    const records = probe(enquiryCase).execution.records;
    const k = records.findIndex((r) => r.method === 'sendEmail') + 1;
    const emu = enquiryCase.fixture();
    expect(enquiryCase.operation(emu, { faults: [emailQuotaExceeded(k)] }).status).toBe('ok');
    expect(sendRows(emu).map((s) => s.status)).toEqual(['failed']);
    expect(String(recordRows(emu, APPLICATIONS)[0]!.cells['issuesFound'])).toMatch(
      /failed: Service invoked too many times/,
    );
    expect(nextDay(emu)).toEqual([]);
    expect(emu.backend.stores.comms.mail.sentTo('amina.haddad@irbid.example')).toHaveLength(1);
    expect(sendRows(emu).find((s) => s.key.startsWith(`${APP_ID}:enquiryAcknowledgement`))?.status).toBe(
      'sent',
    );
  });

  it('a decline stopped just after MailApp sent: the daily sweep marks the email unknown and flags it, never resent', () => {
    // Used to stay "sending" with no flag: the retry is refused as stale, so nothing looked at the row again.
    const records = probe(declineCase).execution.records;
    const k = records.findIndex((r) => r.method === 'sendEmail') + 2; // stop right after the send
    const emu = declineCase.fixture();
    expect(declineCase.operation(emu, { stopAtCall: k }).status).toBe('killed');
    const sent = emu.backend.stores.comms.mail.sentTo('amina.haddad@irbid.example').length;
    expect(declineCase.followUp(emu)).toEqual([]);
    const row = sendRows(emu).find((s) => s.key.startsWith(`${APP_ID}:decline`))!;
    expect(row.status).toBe('unknown');
    const app = recordRows(emu, APPLICATIONS).find((r) => r.id === APP_ID)!;
    expect(String(app.cells['issuesFound'])).toContain(`(${row.id}): outcome unknown`);
    expect(emu.backend.stores.comms.mail.sentTo('amina.haddad@irbid.example').length).toBe(sent);
  });
});
