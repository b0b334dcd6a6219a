// Issue 5, kills mixed with concurrency: one of 20 racing executions stopped at its k-th call (k sampled per seed,
// printed with it), then the follow-up; and setup repairing a damaged workbook while saves race it, and
// coordinator actions on many applications at once. Replay with SEED=N; `npm run test:soak` runs more seeds.

import { APPLICATIONS, CITIES, CONTACTS, HUBS, TABLE_TABS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import {
  type ConcurrentJob,
  type ConcurrentResult,
  runConcurrently,
  SeededRandom,
  seedLabel,
  seedsToRun,
  stopAt,
} from '../../../src/emulator/concurrent';
import { COORDINATOR, call, damagedWorkbook, SEED, seededWorkbook } from '../../support/reliability/fixtures';
import {
  AS_TRIGGER,
  enquiryAnswers,
  intakeWorkbook,
  landResponse,
  responseIds,
  submitEventOf,
} from '../../support/reliability/intakeFixtures';
import {
  emailSettled,
  emailsAccountedFor,
  responsesRecordedOnce,
  withoutSendsAudit,
} from '../../support/reliability/intakeInvariants';
import { allInvariants, duplicateKeys, type Violation } from '../../support/reliability/invariants';
import { mustSucceed, newTally, probe, record } from '../../support/reliability/killAnywhere';
import { reportTally } from '../../support/reliability/tallyFile';
import { copied } from '../../support/reliability/workbookCopy';
import { baselineOf, OWNER, recordRows } from '../../support/reliability/workbookView';

const N = 20;
const SEEDS = seedsToRun(2);
const tally = newTally();
afterAll(() => reportTally('kills under concurrency', tally));

const byOwner = { user: OWNER };
const seeded = copied(seededWorkbook);
const damaged = copied(damagedWorkbook);

/** The k a seed stops its job at, among the job's n calls (always a call the job makes). */
const kOf = (seed: number, n: number) => 1 + new SeededRandom(seed * 7919).below(n);

function failedJobs(results: ConcurrentResult[], skip: number[] = []): Violation[] {
  return results
    .filter((r) => r.status !== 'ok' && !skip.includes(r.job) && !LOCK_TIMEOUT.test(String(r.error)))
    .map((r) => ({ check: 'job', detail: `job ${r.job} ${r.status}: ${r.error}` }));
}

/** Google's LockService.waitLock error: the execution wrote nothing and the user clicks again. */
const LOCK_TIMEOUT = /^Exception: Lock timeout: another process was holding the lock for too long\.$/;

/**
 * With 20+ executions queued on the script lock some give up waiting, as on Google
 * (https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)): the person clicks again.
 * Runs those jobs once more, one after another; each must then succeed.
 */
function clickAgain(emu: Emulator, jobs: ConcurrentJob[], results: ConcurrentResult[]): Violation[] {
  return results
    .filter((r) => r.status !== 'ok' && LOCK_TIMEOUT.test(String(r.error)))
    .flatMap((r) => {
      const j = jobs[r.job]!;
      return mustSucceed(`job ${r.job} (${j.fn}) again`, emu.run(j.fn, j.args ?? [], j.options));
    });
}

const newCity = (i: number) => ({
  tab: 'Cities',
  requestId: `killConcurrent${String(i).padStart(4, '0')}`,
  fields: { name: `City ${i}`, country: 'Jordan', hubId: SEED.hub, status: 'prospect' },
});

/** Calls one create makes alone: the range k is drawn from. */
const createCalls = (() => {
  let n = 0;
  return () => {
    n ||= probe({
      name: 'create',
      fixture: seeded,
      operation: (emu, o) => emu.run('saveRecord', [newCity(0)], { ...byOwner, ...o }),
    }).execution.calls;
    return n;
  };
})();

describe(`${N} racing executions, one stopped at call k, then its follow-up`, () => {
  it.each(SEEDS.map((s) => [s] as const))(
    'city creates, job 0 stopped, then retried (seed=%s)',
    async (seed) => {
      const emu = seeded();
      const baseline = { ...baselineOf(emu), duplicates: duplicateKeys(emu) };
      const k = kOf(seed, createCalls());
      const label = `${seedLabel(seed)} k=${k}/${createCalls()}`;
      console.log(`[reliability] kills under concurrency: city creates ${label}`);
      const jobs: ConcurrentJob[] = Array.from({ length: N }, (_, i) => ({
        fn: 'saveRecord',
        args: [newCity(i)],
        options: i === 0 ? stopAt(k, byOwner) : byOwner,
      }));
      const results = await runConcurrently(emu, jobs, { seed });
      const found: Violation[] = failedJobs(results, [0]);
      if (results[0]!.status !== 'killed')
        found.push({ check: 'stop', detail: `job 0 ran to ${results[0]!.status}` });
      // The user retries the stopped save with the same request id (the sidebar keeps it).
      found.push(...mustSucceed('retry of job 0', emu.run('saveRecord', [newCity(0)], byOwner)));
      for (let i = 0; i < N; i++) {
        const n = recordRows(emu, CITIES).filter((c) => c.cells['name'] === `City ${i}`).length;
        if (n !== 1) found.push({ check: n > 1 ? 'duplicate' : 'lost', detail: `${n} rows for City ${i}` });
      }
      found.push(...allInvariants(emu, baseline, ['Cities'], { adds: ['Cities'] }));
      tally.interleavings++;
      tally.killPoints++;
      expect(record(tally, found, label)).toEqual([]);
    },
  );

  const PEOPLE = 10;
  const landed = copied(() => {
    const emu = intakeWorkbook();
    for (let i = 0; i < PEOPLE; i++)
      landResponse(
        emu,
        'enquiry',
        enquiryAnswers({ name: `P ${i}`, email: `p${i}@t${i}.example`, city: `T ${i}` }),
      );
    return emu;
  });
  const triggerCalls = (() => {
    let n = 0;
    return () => {
      n ||= probe({
        name: 'trigger',
        fixture: landed,
        operation: (emu, o) =>
          emu.run('onEnquirySubmit', [submitEventOf(emu, 'enquiry', responseIds(emu, 'enquiry')[0]!)], {
            ...AS_TRIGGER,
            ...o,
          }),
      }).execution.calls;
      return n;
    };
  })();

  it.each(SEEDS.map((s) => [s] as const))(
    'form deliveries (each twice), one stopped, then the menu sweep: each recorded and acknowledged once (seed=%s)',
    async (seed) => {
      const emu = landed();
      const baseline = { ...baselineOf(emu), duplicates: duplicateKeys(emu) };
      const k = kOf(seed, triggerCalls());
      const label = `${seedLabel(seed)} k=${k}/${triggerCalls()}`;
      console.log(`[reliability] kills under concurrency: deliveries ${label}`);
      const jobs: ConcurrentJob[] = responseIds(emu, 'enquiry').flatMap((id, i) =>
        [0, 1].map((d) => ({
          fn: 'onEnquirySubmit',
          args: [submitEventOf(emu, 'enquiry', id)],
          options: i === 0 && d === 0 ? stopAt(k, AS_TRIGGER) : AS_TRIGGER,
        })),
      );
      const results = await runConcurrently(emu, jobs, { seed });
      const found: Violation[] = failedJobs(results, [0]);
      found.push(
        ...mustSucceed('sweep', emu.run('processUnprocessedResponses', [], { user: COORDINATOR })),
        ...responsesRecordedOnce(emu),
        ...emailsAccountedFor(emu),
        ...withoutSendsAudit(
          allInvariants(emu, baseline, ['Applications', 'Sends'], {
            adds: ['Applications', 'Sends', 'Mailings'],
          }),
        ),
      );
      for (const a of recordRows(emu, APPLICATIONS))
        found.push(
          ...emailSettled(emu, `${a.id}:enquiryAcknowledgement:`, String(a.cells['submitterEmail'])),
        );
      tally.interleavings++;
      tally.killPoints++;
      expect(record(tally, found, label)).toEqual([]);
    },
  );
});

describe('setup and coordinator actions racing', () => {
  it.each(SEEDS.map((s) => [seedLabel(s), s] as const))(
    '%s: 20 setups repairing a damaged workbook racing 5 saves: values kept, one tab per definition, unique ids',
    async (label, seed) => {
      const emu = damaged();
      const baseline = { ...baselineOf(emu), duplicates: duplicateKeys(emu) };
      const jobs: ConcurrentJob[] = [
        ...Array.from({ length: N }, () => ({ fn: 'setupWorkbook', options: byOwner })),
        ...Array.from({ length: 5 }, (_, i) => ({
          fn: 'saveRecord',
          args: [
            {
              tab: 'Hubs',
              requestId: `raceSetupHub${String(i).padStart(4, '0')}`,
              fields: { name: `Hub ${i}` },
            },
          ],
          options: byOwner,
        })),
      ];
      const results = await runConcurrently(emu, jobs, { seed });
      const found = [...failedJobs(results), ...clickAgain(emu, jobs, results)];
      const book = emu.backend.stores.spreadsheets.bound;
      for (const def of TABLE_TABS) {
        const n = book.sheets.filter((s: { name: string }) => s.name === def.name).length;
        if (n !== 1) found.push({ check: 'tabs', detail: `${n} tabs named ${def.name}` });
      }
      const emails = recordRows(emu, CONTACTS).map((c) => c.cells['email']);
      for (const e of ['rana@amman.gov.jo', 'omar@amman.gov.jo'])
        if (!emails.includes(e))
          found.push({ check: 'lost', detail: `contact email ${e} lost in the repair` });
      const cities = book.sheetByName('Cities')!;
      const own = cities.getValues(1, 1, 2, cities.lastColumn());
      const at = own[0]!.map(String).indexOf('My own column');
      if (at < 0 || own[1]![at] !== 'kept')
        found.push({ check: 'lost', detail: 'the user’s own column was lost' });
      for (let i = 0; i < 5; i++)
        if (!recordRows(emu, HUBS).some((h) => h.cells['name'] === `Hub ${i}`))
          found.push({ check: 'lost', detail: `Hub ${i} not saved` });
      found.push(
        ...allInvariants(emu, baseline, ['Hubs', 'Cities', 'Contacts'], {
          structure: true,
          adds: ['Hubs', 'Staff'],
        }),
      );
      tally.interleavings++;
      expect(record(tally, found, label)).toEqual([]);
    },
  );

  const APPS = 20;
  const recorded = copied(() => {
    const emu = intakeWorkbook();
    for (let i = 0; i < APPS; i++)
      landResponse(
        emu,
        'enquiry',
        enquiryAnswers({ name: `A ${i}`, email: `a${i}@c${i}.example`, city: `C ${i}` }),
      );
    call(emu, 'processUnprocessedResponses', [], COORDINATOR);
    return emu;
  });

  it.each(SEEDS.map((s) => [seedLabel(s), s] as const))(
    '%s: 20 declines and application links on distinct applications at once: each done once, one email each',
    async (label, seed) => {
      const emu = recorded();
      const baseline = { ...baselineOf(emu), duplicates: duplicateKeys(emu) };
      const apps = recordRows(emu, APPLICATIONS);
      const jobs: ConcurrentJob[] = apps.map((a, i) =>
        i % 2 === 0
          ? { fn: 'declineApplication', args: [a.id, `Reason ${i}`, null], options: { user: COORDINATOR } }
          : { fn: 'sendApplicationLink', args: [a.id, null], options: { user: COORDINATOR } },
      );
      const results = await runConcurrently(emu, jobs, { seed });
      const found = [...failedJobs(results), ...clickAgain(emu, jobs, results)];
      if (apps.length !== APPS) found.push({ check: 'fixture', detail: `${apps.length} applications` });
      const after = recordRows(emu, APPLICATIONS);
      apps.forEach((a, i) => {
        const stage = String(after.find((x) => x.id === a.id)?.cells['stage']);
        const want = i % 2 === 0 ? 'declined' : 'application form sent';
        if (stage !== want)
          found.push({ check: 'complete', detail: `${a.id} at "${stage}", expected "${want}"` });
        const template = i % 2 === 0 ? 'decline' : 'applicationInvitation';
        found.push(...emailSettled(emu, `${a.id}:${template}`, String(a.cells['submitterEmail'])));
      });
      found.push(
        ...emailsAccountedFor(emu),
        ...withoutSendsAudit(
          allInvariants(emu, baseline, ['Applications', 'Sends'], {
            adds: ['Sends', 'Mailings'],
            changes: [{ tab: 'Applications', ids: apps.map((a) => a.id), fields: '*' }],
          }),
        ),
      );
      tally.interleavings++;
      expect(record(tally, found, label)).toEqual([]);
    },
  );
});
