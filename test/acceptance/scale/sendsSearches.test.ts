// Issue 11.2: a tracked email searches the Sends history twice (its message key, its new id), not three times:
// settling interrupted sends no longer searches the Status column of every Sends row for each email; a new
// enquiry's acknowledgement, whose key names the application id just issued, searches once (its new id only);
// an approval's welcome emails search it twice in all (every key in one search, every new id in one).
import { BENCH_USER, benchEmulator } from '../../../bench/benchWorkbook';
import { journey, setLinks } from '../../../bench/intakeOperations';
import type { CallRecord, Emulator } from '../../../src/emulator';
import { outbox } from '../intake/harness';
import { headers, sheet, values } from '../workbook/harness';

/** Appends `count` settled Sends rows (copies with new ids) host-side: a longer Sends history, nothing else. */
function growSends(emu: Emulator, count: number): void {
  const s = sheet(emu, 'Sends');
  const all = values(emu, 'Sends');
  const status = headers(emu, 'Sends').indexOf('Status');
  const sent = all.slice(1).find((r) => String(r[status]) === 'sent')!;
  const copies = Array.from({ length: count }, (_, n) => {
    const copy = [...sent];
    copy[0] = `SND-${String(500_000 + n).padStart(6, '0')}`;
    return copy;
  });
  const first = s.lastRow() + 1;
  const need = first + copies.length - 1;
  if (s.maxRows < need) s.insertRows(s.maxRows + 1, need - s.maxRows);
  s.setValuesRaw(first, 1, copies as never);
}

const scanned = (records: CallRecord[]) => records.reduce((n, r) => n + (r.cellsScanned ?? 0), 0);

function measure(extraSends: number): { enquiry: number; approval: number } {
  const emu = benchEmulator('demo');
  growSends(emu, extraSends);
  setLinks(emu);
  journey(emu, BENCH_USER, 1); // warm-up: the standing mailings
  const { enquiry, approval } = journey(emu, BENCH_USER, 2);
  return { enquiry: scanned(enquiry.execution.records), approval: scanned(approval.execution.records) };
}

describe('Sends searches per tracked email (issue 11.2)', () => {
  const EXTRA = 5000;
  const base = measure(0);
  const longer = measure(EXTRA);

  it('one new enquiry (one email) searches the Sends rows once: its new id (its fresh key cannot be there)', () => {
    expect(longer.enquiry - base.enquiry).toBe(EXTRA);
  });

  it('a first approval (two welcome emails) searches them once: both new ids at once (its fresh keys cannot be there)', () => {
    expect(longer.approval - base.approval).toBe(EXTRA);
  });

  it('a stage set back by hand keeps "Approved at": approving again searches the welcome keys and sends none twice', () => {
    const emu = benchEmulator('demo');
    setLinks(emu);
    journey(emu, BENCH_USER, 1);
    const { applicationId } = journey(emu, BENCH_USER, 2);
    const welcomes = () =>
      values(emu, 'Sends').filter((r) =>
        String(r[headers(emu, 'Sends').indexOf('Message ID')]).startsWith(`${applicationId}:welcome:`),
      );
    const before = welcomes();
    const sentBefore = outbox(emu).length;
    expect(before.length).toBeGreaterThan(0);
    const apps = sheet(emu, 'Applications');
    const row = values(emu, 'Applications').findIndex((r) => r[0] === applicationId) + 1;
    apps.setValuesRaw(row, headers(emu, 'Applications').indexOf('Stage') + 1, [['under review']]);
    const again = emu.run<{ sends?: { status: string }[] }>('approveApplication', [applicationId], {
      user: BENCH_USER,
    });
    expect(again.status).toBe('ok');
    const keySearch = again.execution.records.filter(
      (r) => r.method === 'findAll' && (r.cellsScanned ?? 0) > 0,
    );
    expect(keySearch.length).toBeGreaterThan(0);
    expect(welcomes()).toEqual(before);
    expect(outbox(emu).length).toBe(sentBefore);
  });
});
