// Issue 11 (intake round): what one enquiry and one approval cost that does not depend on history, counted on
// the shipped bundle with the bench's own journey. Each expectation failed before its change.
import { BENCH_USER, benchEmulator } from '../../../bench/benchWorkbook';
import { journey, setLinks } from '../../../bench/intakeOperations';
import type { CallRecord, Emulator } from '../../../src/emulator';
import { headers, sheet, values } from '../workbook/harness';

/** Appends `count` copies of a contact of another city host-side (new ids and emails): a longer Contacts tab. */
function growContacts(emu: Emulator, count: number): void {
  const s = sheet(emu, 'Contacts');
  const all = values(emu, 'Contacts');
  const head = headers(emu, 'Contacts');
  const id = head.indexOf('Contact ID');
  const email = head.indexOf('Email');
  const copies = Array.from({ length: count }, (_, n) => {
    const copy = [...all[1]!];
    copy[id] = `CON-${String(500_000 + n).padStart(6, '0')}`;
    copy[email] = `copy${n}@elsewhere.example`;
    return copy;
  });
  const first = s.lastRow() + 1;
  const need = first + copies.length - 1;
  if (s.maxRows < need) s.insertRows(s.maxRows + 1, need - s.maxRows);
  s.setValuesRaw(first, 1, copies as never);
}

const scanned = (records: CallRecord[]) => records.reduce((n, r) => n + (r.cellsScanned ?? 0), 0);
const properties = (records: CallRecord[]) =>
  records
    .filter((r) => r.service === 'PropertiesService' && r.type !== 'PropertiesService')
    .map((r) => r.method);

function run(extraContacts: number) {
  const emu = benchEmulator('demo');
  growContacts(emu, extraContacts);
  setLinks(emu);
  journey(emu, BENCH_USER, 1); // warm-up: the standing mailings, and every counter caught up with the rows
  return journey(emu, BENCH_USER, 2);
}

describe('one enquiry and one approval, whatever the history', () => {
  const EXTRA = 3000;
  const base = run(0);
  const longer = run(EXTRA);

  it('the enquiry makes four property calls: the lock’s read, journal + counter, two counters, journal delete', () => {
    // Each counter used to be its own setProperty after its rows (six calls).
    expect(properties(base.enquiry.execution.records)).toEqual([
      'getProperties',
      'setProperties',
      'setProperties',
      'deleteProperty',
    ]);
  });

  it('an approval that creates its city searches Contacts once (the new contacts’ ids), not for the city', () => {
    // The city's id is new, so no contact can name it: only the id check of the contacts added grows.
    expect(scanned(longer.approval.execution.records) - scanned(base.approval.execution.records)).toBe(EXTRA);
  });

  it('a first approval makes nine searches: no second look-up of its application, none for its fresh welcome keys', () => {
    const searches = (records: CallRecord[]) =>
      records.filter((r) => r.method === 'findAll' && (r.cellsScanned ?? 0) > 0).length;
    // Applications ×2 (the id, once: found again without a search; the city name), Cities ×2 (the name, the new
    // id), Contacts and Needs (their new ids only), Sends (every new id: a first approval's welcome keys are fresh),
    // Suppressions (every recipient), Audit (the new ids). Nineteen before, ten with the welcome keys searched.
    expect(searches(base.approval.execution.records)).toBe(9);
  });
});
