// Issue 11 (scale 10): intake's city matching reads the rows that may name the same city, not every city and
// application of the country; and it still finds the same city however its name is written.
import { BENCH_USER, benchEmulator } from '../../../bench/benchWorkbook';
import { journey, setLinks } from '../../../bench/intakeOperations';
import type { CallRecord, Emulator } from '../../../src/emulator';
import { Form } from '../../../src/emulator/services/comms/formApp';
import { FormResponse } from '../../../src/emulator/services/comms/formResponses';
import { questionsOf } from '../../../src/emulator/services/comms/formStore';
import { recordResponse } from '../../../src/emulator/services/comms/responseLanding';
import { headers, sheet, values } from '../workbook/harness';

/** Appends `n` rows to `tab` host-side, each built from the header names by `make` (others left empty). */
function addRows(emu: Emulator, tab: string, n: number, make: (k: number) => Record<string, unknown>): void {
  const s = sheet(emu, tab);
  const head = headers(emu, tab);
  const rows = Array.from({ length: n }, (_, k) => {
    const byHeader = make(k);
    return head.map((h) => byHeader[h] ?? '');
  });
  const first = s.lastRow() + 1;
  const need = first + rows.length - 1;
  if (s.maxRows < need) s.insertRows(s.maxRows + 1, need - s.maxRows);
  s.setValuesRaw(first, 1, rows as never);
}

/** Many more cities and open applications in Jordan (the bench journey's country), none named like Benchville. */
function crowdJordan(emu: Emulator, n: number): void {
  addRows(emu, 'Cities', n, (k) => ({
    'City ID': `CTY-${String(900000 + k)}`,
    Name: `Crowded Town ${k}`,
    Country: 'Jordan',
    'Membership status': 'member',
  }));
  addRows(emu, 'Applications', n, (k) => ({
    'Application ID': `APP-${String(900000 + k)}`,
    City: `Crowded Town ${k}`,
    Country: 'Jordan',
    Stage: 'enquiry',
  }));
}

const cellsRead = (records: CallRecord[]) => records.reduce((n, r) => n + r.cellsRead, 0);

function measure(crowd: number): { enquiry: [number, number]; approval: [number, number] } {
  const emu = benchEmulator('demo');
  if (crowd > 0) crowdJordan(emu, crowd);
  setLinks(emu);
  journey(emu, BENCH_USER, 1); // warm-up: the standing mailings, spare rows
  const { enquiry, approval } = journey(emu, BENCH_USER, 2);
  const figures = (r: CallRecord[]): [number, number] => [r.length, cellsRead(r)];
  return { enquiry: figures(enquiry.execution.records), approval: figures(approval.execution.records) };
}

describe('intake matching at scale', () => {
  it('makes the same calls and reads the same cells with 300 more cities and open applications in the country', () => {
    const plain = measure(0);
    const crowded = measure(300);
    // Before: one getRow per city and per open application of the country, and one read per scattered row.
    expect(crowded).toEqual(plain);
  });

  it('still links an enquiry to the existing city written with other case, accents, punctuation and prefix', () => {
    const emu = benchEmulator('demo');
    crowdJordan(emu, 50);
    addRows(emu, 'Cities', 1, () => ({
      'City ID': 'CTY-950001',
      Name: 'Saint-Étienne-du-Rouvray',
      Country: 'France',
      'Membership status': 'member',
    }));
    addRows(emu, 'Cities', 1, () => ({
      'City ID': 'CTY-950002',
      Name: 'Saint-Étienne-du-Rouvray',
      Country: 'Belgium',
      'Membership status': 'member',
    }));
    setLinks(emu);
    const landed = emu.run<{ applicationId: string }>(
      'onEnquirySubmit',
      [enquiryEvent(emu, 'Ville de SAINT ETIENNE du rouvray', 'France')],
      { user: BENCH_USER },
    );
    expect(landed.status).toBe('ok');
    const all = values(emu, 'Applications');
    const head = all[0]!.map(String);
    const row = all.find((r) => r[head.indexOf('Application ID')] === landed.value!.applicationId)!;
    expect(row[head.indexOf('City ID')]).toBe('CTY-950001');
  });
});

/** An enquiry landed on the enquiry form (no trigger run) and the event its form-submit trigger gets. */
function enquiryEvent(emu: Emulator, city: string, country: string) {
  const g = emu.backend;
  const store = g.stores.comms.forms;
  const formId = g.stores.script.properties.forDocument('bound-document').get('scn.form.enquiry')!;
  const form = store.get(formId)!;
  const items = questionsOf(form);
  const answers: Record<string, string | string[]> = {
    'Your name': 'Camille Martin',
    'Your email address': 'camille@ser.example',
    'Your position': 'Adviser',
    'City or local government': city,
    Country: country,
    'Preferred language for our correspondence': 'English',
    'Consent to be contacted': ['I agree that the Strong Cities Network may contact me about membership.'],
  };
  const { response } = recordResponse(g, store, form, {
    answers: Object.entries(answers).map(([title, value]) => ({
      itemId: items.find((q) => q.title === title)!.id,
      value,
    })),
    respondentEmail: '',
    at: g.clock.date(),
  });
  return {
    authMode: 'FULL',
    response: new FormResponse(g, store, form, response),
    source: new Form(g, store, form),
    triggerUid: 'test',
  };
}
