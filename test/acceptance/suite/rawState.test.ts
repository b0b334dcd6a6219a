// Issue 19 item 2: invariants that read what the product keeps outside the cells from the emulator's own stores
// (document properties, the form store, the trigger store) instead of trusting the product's checks and lists.
// The mutation run applies "the id counter is never saved" and "the audit journal is left after its rows are
// written" (test/support/mutation/mutations.ts): both pass every product-opinion check and fail here.

import { JOURNAL_KEY_PREFIX } from '../../../src/core/audit/journalChunks';
import { counterKey } from '../../../src/server/store/freshIds';
import { enquiryRecorded } from '../../support/reliability/intakeFixtures';
import { responsesRecordedOnce } from '../../support/reliability/intakeInvariants';
import { allInvariants } from '../../support/reliability/invariants';
import { probe, startOf } from '../../support/reliability/killAnywhere';
import { KILL_CASES } from '../../support/reliability/operations';
import {
  auditJournalSettled,
  countersAhead,
  documentProperties,
  everyResponseLanded,
  outsideCells,
  setupChangedNothingElse,
} from '../../support/reliability/rawState';
import { sheetOf } from '../../support/reliability/workbookView';

const create = KILL_CASES.find((c) => c.name === 'saveRecord create (id generation)')!;

describe('document properties, read host-side', () => {
  it('a saved create moves its tab’s id counter and leaves no audit journal behind', () => {
    const { emu, baseline } = startOf(create);
    expect(create.operation(emu, {}).status).toBe('ok');
    expect(countersAhead(emu, baseline)).toEqual([]);
    expect(auditJournalSettled(emu, baseline)).toEqual([]);
    expect(allInvariants(emu, baseline, create.tabs, create.intent)).toEqual([]);
  });

  it('a counter behind an id the run added, and a journal or its tries left in the properties, are named', () => {
    const { emu, baseline } = startOf(create);
    expect(create.operation(emu, {}).status).toBe('ok');
    const props = documentProperties(emu);
    props.set(counterKey('CTY'), '1');
    props.set(`${JOURNAL_KEY_PREFIX}0`, '{}');
    props.set('scn.audit.journalTries', '1');
    expect([...countersAhead(emu, baseline), ...auditJournalSettled(emu, baseline)]).toEqual([
      expect.objectContaining({
        check: 'counter',
        detail: expect.stringMatching(/^Cities: CTY-\d{6} is in the tab/),
      }),
      expect.objectContaining({
        check: 'journal',
        detail: expect.stringContaining(`${JOURNAL_KEY_PREFIX}0`),
      }),
      expect.objectContaining({ check: 'journal', detail: expect.stringContaining('journalTries') }),
    ]);
  });

  it('setup stopped while it deletes its multi-part audit journal leaves no part behind once setup ran again', () => {
    // The product fix: the journal's parts are deleted last first, so a stop leaves part 0, which names the rest.
    const setup = KILL_CASES.find((c) => c.name === 'setup on an empty workbook')!;
    const deletes = probe(setup)
      .execution.records.map((r, i) => (r.method === 'deleteProperty' ? i + 1 : 0))
      .filter((k) => k > 0);
    expect(deletes.length).toBeGreaterThan(2);
    const { emu, baseline } = startOf(setup);
    // Stopped after the journal's first deleteProperty ran (the journal is the last thing setup deletes).
    const k = deletes[deletes.length - 2]! + 1;
    expect(setup.operation(emu, { stopAtCall: k }).status).toBe('killed');
    expect(
      [...documentProperties(emu).keys()].filter((key) => key.startsWith(JOURNAL_KEY_PREFIX)),
    ).not.toEqual([]);
    expect(setup.followUp(emu)).toEqual([]);
    expect(auditJournalSettled(emu, baseline)).toEqual([]);
  }, 300_000);

  it('setup run again that changes a property, makes a form or a trigger is named beside its own list', () => {
    const { emu } = startOf(create);
    const before = outsideCells(emu);
    expect(setupChangedNothingElse(before, emu)).toEqual([]);
    documentProperties(emu).set('scn.form.enquiry', 'another form');
    emu.backend.stores.comms.forms.create('Second enquiry form', 'owner@strongcities.org');
    expect(setupChangedNothingElse(before, emu).map((v) => v.detail)).toEqual([
      expect.stringContaining('scn.form.enquiry'),
      'setup again created 1 form(s)',
    ]);
  });
});

describe('the form store, read host-side', () => {
  it('every response of every form in the store is on an Applications row, not only the forms the product names', () => {
    const emu = enquiryRecorded();
    expect(everyResponseLanded(emu)).toEqual([]);
    // A form the product's properties no longer name (replaced by a second run of setup, say) still has a response.
    const store = emu.backend.stores.comms.forms;
    const old = store.create('Strong Cities enquiry (old)', 'owner@strongcities.org');
    old.responses.push({
      id: store.newResponseId(),
      timestamp: emu.backend.clock.date(),
      respondentEmail: '',
      answers: [{ itemId: 1, value: 'Amman' }],
    });
    expect(responsesRecordedOnce(emu)).toEqual([]);
    expect(everyResponseLanded(emu)).toEqual([
      expect.objectContaining({
        check: 'response',
        detail: expect.stringContaining('(old)" on 0 Applications rows'),
      }),
    ]);
    // A response with no answer at all is a ghost: counted by the sweep, recorded nowhere.
    old.responses[0]!.answers = [];
    expect(everyResponseLanded(emu)).toEqual([]);
  });

  it('a response on two Applications rows is named', () => {
    const emu = enquiryRecorded();
    const sheet = sheetOf(emu, 'Applications')!;
    const width = sheet.lastColumn();
    const copy = sheet.getValues(2, 1, 1, width)[0]!.map((v, j) => (j === 0 ? 'APP-000099' : v));
    sheet.setValuesRaw(sheet.lastRow() + 1, 1, [copy]);
    expect(everyResponseLanded(emu)).toEqual([
      expect.objectContaining({ detail: expect.stringContaining('on 2 Applications rows') }),
    ]);
  });
});
