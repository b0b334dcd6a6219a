// Bench rows of issue 4: one enquiry processed by its form-submit trigger and one approval, on two sizes (flat call counts).

import { cityKey } from '../src/core/intake/cityMatching';
import type { DemoSize } from '../src/demo/generate';
import type { CallRecord, Emulator, RunResult } from '../src/emulator';
import { Form } from '../src/emulator/services/comms/formApp';
import { FormResponse } from '../src/emulator/services/comms/formResponses';
import { questionsOf } from '../src/emulator/services/comms/formStore';
import { recordResponse } from '../src/emulator/services/comms/responseLanding';
import { archiveHistoryRuns, GOOGLE_CELL_LIMIT, workbookCells } from './archiveRuns';
import { AUDITED_WRITE, blocks, cellAt, keyedRead, rowsWhere, WHOLE_READ } from './lowerBound';
import { type BenchRow, summarise } from './measure';
import type { BenchOperation } from './operations';

function must<T>(r: RunResult<T>, what: string): RunResult<T> {
  if (r.status !== 'ok') throw new Error(`${what} failed: ${r.error}`);
  return r;
}

function formIdOf(emu: Emulator, kind: 'enquiry' | 'application'): string {
  return emu.backend.stores.script.properties.forDocument('bound-document').get(`scn.form.${kind}`)!;
}

/** Lands a response (no trigger) and returns the event the form-submit trigger would get. */
function landed(emu: Emulator, kind: 'enquiry' | 'application', answers: Record<string, string | string[]>) {
  const g = emu.backend;
  const store = g.stores.comms.forms;
  const form = store.get(formIdOf(emu, kind))!;
  const items = questionsOf(form);
  const list = Object.entries(answers).map(([title, value]) => ({
    itemId: items.find((q) => q.title === title)!.id,
    value,
  }));
  const { response } = recordResponse(g, store, form, {
    answers: list,
    respondentEmail: '',
    at: g.clock.date(),
  });
  return {
    authMode: 'FULL',
    response: new FormResponse(g, store, form, response),
    source: new Form(g, store, form),
    triggerUid: 'bench',
  };
}

const PRINCIPLE_TITLES = [
  'human rights',
  'no association with any religion or group',
  'against discrimination',
  'against backlash and hate crimes',
  'partnership with communities',
  'monitoring and evaluation',
  'funding transparency',
].map((p) => `Principle: ${p}`);

function enquiry(n: number) {
  return {
    'Your name': `Bench Person ${n}`,
    'Your email address': `person${n}@benchville${n}.example`,
    'Your position': 'Adviser, Office of the Mayor',
    'City or local government': `Benchville ${n}`,
    Country: 'Jordan',
    'Preferred language for our correspondence': 'English',
    'Consent to be contacted': ['I agree that the Strong Cities Network may contact me about membership.'],
  };
}

function application(n: number, reference: string) {
  return {
    'Application reference': reference,
    'City or local government name': `Benchville ${n}`,
    'Country of the city': 'Jordan',
    Population: '120000',
    'Contact 1: name': `Bench Person ${n}`,
    'Contact 1: job title': 'Adviser',
    'Contact 1: email': `person${n}@benchville${n}.example`,
    'Contact 1: role': "Mayor's or governor's office",
    'Contact 2: name': `Bench Worker ${n}`,
    'Contact 2: job title': 'Youth worker',
    'Contact 2: email': `worker${n}@benchville${n}.example`,
    'Contact 2: role': 'Practitioner (frontline or CVE-relevant service)',
    'Background on your city':
      'A mid-sized city with youth programmes, a prevention board and interfaith dialogue.',
    'Priority topics': ['youth engagement'],
    'Working languages': ['English'],
    ...Object.fromEntries(PRINCIPLE_TITLES.map((t) => [t, 'Yes, we commit to this principle'])),
  };
}

export function setLinks(emu: Emulator): void {
  const s = emu.backend.stores.spreadsheets.bound.sheetByName('Settings')!;
  const keys = s.getValues(1, 1, s.lastRow(), 1).map((r) => r[0]);
  s.setValuesRaw(keys.indexOf('Terms of Reference link') + 1, 2, [['https://strongcities.example/tor']]);
  s.setValuesRaw(keys.indexOf('Online Hub link') + 1, 2, [['https://hub.strongcities.example']]);
}

/** One applicant through to approval; returns the enquiry trigger run and the approval run. */
export function journey(
  emu: Emulator,
  user: string,
  n: number,
  beforeApproval: (applicationId: string) => void = () => {},
): { enquiry: RunResult; approval: RunResult; applicationId: string } {
  const run = (fn: string, args: unknown[]) => must(emu.run(fn, args, { user }), fn);
  const enquiryRun = run('onEnquirySubmit', [landed(emu, 'enquiry', enquiry(n))]);
  const id = (enquiryRun.value as { applicationId: string }).applicationId;
  run('onApplicationSubmit', [landed(emu, 'application', application(n, id))]);
  beforeApproval(id);
  return { enquiry: enquiryRun, approval: run('approveApplication', [id]), applicationId: id };
}

const classes = (records: CallRecord[]) =>
  `${records.filter((r) => r.class === 'read').length} reads, ${records.filter((r) => r.class === 'write').length} writes, ${records.filter((r) => r.class === 'send').length} sends`;

/**
 * The intake rows on the demo and bench workbooks as generated, and on the bench workbook archived first when its
 * grid is over Google's limit (at --scale 10 it is 11.8 million cells: Sheets would refuse it, so the only ×10
 * workbook that can exist is the one the nightly Archive history keeps). The unarchived rows stay for comparison.
 */
export function intakeOperations(build: (size: DemoSize) => Emulator, user: string): BenchOperation[] {
  const op = (size: DemoSize, archived: boolean): BenchOperation => ({
    name: `intake (${size} workbook${archived ? ', archived' : ''})`,
    run() {
      const emu = build(size);
      const grid = workbookCells(emu.backend.stores.spreadsheets.bound).gridCells;
      if (archived && grid <= GOOGLE_CELL_LIMIT) return []; // possible as it is: the rows above are the measure
      let note = '';
      if (archived) {
        const a = archiveHistoryRuns(emu, user);
        note = `; archived first (grid ${grid.toLocaleString('en')} cells > Google's 10,000,000; ${a.moved} rows moved)`;
      } else if (grid > GOOGLE_CELL_LIMIT) {
        note = `; grid ${grid.toLocaleString('en')} cells: over Google's 10,000,000, shown for comparison`;
      }
      return intakeRows(emu, user, `${size} workbook${archived ? ', archived' : ''}`, note);
    },
  });
  return [op('demo', false), op('bench', false), op('bench', true)];
}

function intakeRows(emu: Emulator, user: string, label: string, note: string): BenchRow[] {
  setLinks(emu);
  journey(emu, user, 1); // warm-up: creates the standing "Automatic: …" mailings once
  // What matching must look at, from the workbook: the cities whose name or local name folds to the
  // applicant's city (cityKey), and the applications naming that city or linked to one of those cities.
  const matching = (cityName: string, ownRow?: number) => {
    const key = cityKey(cityName);
    const same = (c: unknown) => cityKey(String(c)) === key;
    const cityRows = [
      ...rowsWhere(emu, 'Cities', 'Name', same),
      ...rowsWhere(emu, 'Cities', 'Local name', same),
    ];
    const cityIds = new Set(cityRows.map((r) => cellAt(emu, 'Cities', 'City ID', r)));
    const appRows = [
      ...rowsWhere(emu, 'Applications', 'City', same),
      ...rowsWhere(emu, 'Applications', 'City ID', (c) => cityIds.has(String(c))),
    ].filter((r) => r !== ownRow);
    return blocks(cityRows) + blocks(appRows);
  };
  const enquiryMatching = matching(enquiry(2)['City or local government']);
  let approvalMatching = 0;
  let cityExisted = false;
  const { enquiry: e, approval: a } = journey(emu, user, 2, (applicationId) => {
    // As the approval finds them: before it creates the city (its own application row is read by id).
    const ownRow = rowsWhere(emu, 'Applications', 'Application ID', (c) => c === applicationId)[0];
    const name = application(2, applicationId)['City or local government name'];
    approvalMatching = matching(name, ownRow);
    const same = (c: unknown) => cityKey(String(c)) === cityKey(name);
    cityExisted =
      rowsWhere(emu, 'Cities', 'Name', same).length + rowsWhere(emu, 'Cities', 'Local name', same).length > 0;
  });
  // Enquiry lower bound: Settings, Hubs and Templates (the acknowledgement's text) read whole; Applications
  // searched for the response id and for the city's name, Cities for the name (header and search each: Name
  // and Local name sit side by side, one search), plus the rows matching needs; Suppressions' header and one
  // search (the address and its hash in one pattern over the columns between them); Sends' header (a fresh
  // enquiry's message key names the application id just issued, so no Sends row can hold it and it is not
  // searched); writes: the Applications row, the Sends intent, the flush before the send, the Sends outcome
  // and the audited write's part; one send. New ids' checks are not counted (nor were they before).
  const enquiryLb =
    3 * WHOLE_READ + (1 + 2) + (1 + 1) + enquiryMatching + (1 + 1) + 1 + 4 + AUDITED_WRITE + 1;
  // Approval lower bound: Staff, Settings, Hubs and Templates read whole; the application found by id;
  // matching as above; the city's contacts and needs: their headers, and a search each only when the city
  // existed (a city created now has a new id no row can name yet); Suppressions' header and one search for
  // every recipient; Sends' header (a first approval's welcome keys are fresh: the row is written approved
  // before any welcome intent, so no Sends row can hold them and they are not searched); writes: City, Contacts,
  // Needs, the Applications update, per welcome an intent, a flush and an outcome, and the audited write's
  // part; one send per welcomed contact (2).
  const welcomes = 2;
  const approvalLb =
    4 * WHOLE_READ +
    keyedRead(1, [0]) +
    2 +
    approvalMatching +
    (cityExisted ? 4 : 2) +
    (1 + 1) +
    1 +
    4 +
    3 * welcomes +
    AUDITED_WRITE +
    welcomes;
  return [
    summarise(
      `one enquiry processed (${label})`,
      e.execution.records,
      enquiryLb,
      classes(e.execution.records) + note,
    ),
    summarise(
      `one approval (${label})`,
      a.execution.records,
      approvalLb,
      classes(a.execution.records) + note,
    ),
  ];
}
