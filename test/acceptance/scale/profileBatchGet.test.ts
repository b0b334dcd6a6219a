// Issue 11: the city profile's headers and scattered rows read in Sheets Values.batchGet calls give the same profile as
// SpreadsheetApp reads (the fallback when the advanced service is off), dates included, in any time zone.
import { BENCH_USER, benchEmulator } from '../../../bench/benchWorkbook';
import type { CallRecord, Emulator } from '../../../src/emulator';
import { invokeScriptRun } from '../../../src/emulator/scriptRun';
import { SheetsSpreadsheetsValues } from '../../../src/emulator/services/advanced/sheetsAdvanced';
import { values } from '../workbook/harness';

function profile(emu: Emulator, id: string): { value: unknown; records: CallRecord[] } {
  const r = invokeScriptRun(emu, { name: 'getCityProfile', args: [id], user: BENCH_USER });
  if (!r.ok) throw new Error(`getCityProfile: ${r.error.message}`);
  return { value: r.value, records: r.execution?.records ?? [] };
}

const reads = (records: CallRecord[], method: string) =>
  records.filter((r) => r.class === 'read' && r.method === method).length;

describe('city profile through batchGet (issue 11)', () => {
  const withSheets = benchEmulator('bench');
  const without = benchEmulator('bench', 1, ['Gmail']);
  const ids = values(withSheets, 'Cities')
    .slice(1, 21)
    .map((r) => String(r[0]));

  it('the manifest enables the Sheets advanced service, and the bench emulator can leave it off', () => {
    const one = profile(withSheets, ids[0]!);
    const other = profile(without, ids[0]!);
    expect(reads(one.records, 'batchGet')).toBeGreaterThan(0);
    expect(reads(other.records, 'batchGet')).toBe(0);
    // Fewer round trips for the same cells: the headers and the scattered rows share calls.
    const io = (rs: CallRecord[]) => rs.filter((r) => r.class === 'read').length;
    expect(io(one.records)).toBeLessThan(io(other.records));
  });

  it('a batchGet that fails (the Sheets API quota, a 5xx) falls back to SpreadsheetApp: the same profile', () => {
    const expected = profile(without, ids[1]!).value;
    const real = SheetsSpreadsheetsValues.prototype.batchGet;
    let tried = 0;
    SheetsSpreadsheetsValues.prototype.batchGet = () => {
      tried++;
      throw new Error('API call to sheets.spreadsheets.values.batchGet failed with error: Quota exceeded');
    };
    try {
      expect(profile(withSheets, ids[1]!).value).toEqual(expected);
      expect(tried).toBeGreaterThan(0);
    } finally {
      SheetsSpreadsheetsValues.prototype.batchGet = real;
    }
  });

  it.each(['Europe/London', 'America/Los_Angeles'])(
    'gives the same profile as SpreadsheetApp reads for 20 cities (workbook in %s)',
    (zone) => {
      withSheets.backend.stores.spreadsheets.bound.timeZone = zone;
      without.backend.stores.spreadsheets.bound.timeZone = zone;
      let engagementDates = 0;
      for (const id of ids) {
        const a = profile(withSheets, id).value as { engagements: { date: string }[] };
        expect(a).toEqual(profile(without, id).value);
        engagementDates += a.engagements.filter((e) => e.date !== '').length;
      }
      // The comparison covered dates read as serial numbers (not only empty ones).
      expect(engagementDates).toBeGreaterThan(20);
    },
  );
});
