// Fidelity tests of the Sheets advanced service's Spreadsheets.Values.batchGet: A1 ranges with quoted sheet names, the
// response shape, trailing empty cells and rows left out, UNFORMATTED_VALUE with SERIAL_NUMBER dates, errors, presence.
// Sources (checked with the docs search):
// - https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet: "Returns one or more
//   ranges of values from a spreadsheet"; response `spreadsheetId` and `valueRanges[]` "The order of the ValueRanges is
//   the same as the order of the requested ranges" (BatchGetValuesResponse); majorDimension defaults to ROWS,
//   valueRenderOption to FORMATTED_VALUE, dateTimeRenderOption to SERIAL_NUMBER ("ignored if valueRenderOption is
//   FORMATTED_VALUE").
// - https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values (ValueRange): `range` "indicates
//   the entire requested range, even though the values will exclude trailing rows and columns"; "For output, empty
//   trailing rows and columns will not be included"; ROWS vs COLUMNS as in its A1=1,B1=2,A2=3,B2=4 example.
// - https://developers.google.com/sheets/reference/rest/v4/ValueRenderOption: UNFORMATTED_VALUE "Values will be
//   calculated, but not formatted in the reply".
// - https://developers.google.com/sheets/reference/rest/v4/DateTimeRenderOption: SERIAL_NUMBER "counts the days since
//   December 30th 1899"; "January 1st 1900 at noon would be 2.5"; the fraction is the time of day.
// - https://developers.google.com/apps-script/advanced/sheets: the service uses the API's objects and parameters.
// Believed (public reports, not the reference): the error texts ("Unable to parse range: …", "Requested entity was
// not found."), the "API call to sheets.spreadsheets.values.batchGet failed with error:" prefix, `values` left out of
// an all-empty range, and the wall clock used for serials being the spreadsheet's time zone.
import { Emulator } from '../../src/emulator';

const source = `
function setUp() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  book.setSpreadsheetTimeZone('America/New_York');
  var tab = book.insertSheet("Cities' log");
  tab.getRange(1, 1, 3, 4).setValues([
    ['ID', 'Name', 'Joined', 'Active'],
    ['CTY-1', 'Lyon', new Date(Date.UTC(1900, 0, 1, 17, 0, 0)), true],
    ['CTY-2', '', '', ''],
  ]);
  tab.getRange(5, 1).setValue(42);
  return book.getId();
}
function get(id, args) { return Sheets.Spreadsheets.Values.batchGet(id, args); }
function hasSheets() { return typeof Sheets !== 'undefined'; }
`;

function emulator() {
  return new Emulator({ source, advancedServices: ['Sheets'] });
}

describe('Sheets advanced service: Spreadsheets.Values.batchGet', () => {
  it('reads several ranges in one call, in order, with the requested range and trailing empties left out', () => {
    const emu = emulator();
    const id = emu.call<string>('setUp');
    const r = emu.call<Record<string, unknown>>('get', [
      id,
      {
        ranges: ["'Cities'' log'!A1:D1", "'Cities'' log'!A2:F4", "'Cities'' log'!B3:C3"],
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
      },
    ]);
    // 1 January 1900 17:00 UTC is noon in New York: 2.5 in the reference's own example.
    expect(r).toEqual({
      spreadsheetId: id,
      valueRanges: [
        {
          range: "'Cities'' log'!A1:D1",
          majorDimension: 'ROWS',
          values: [['ID', 'Name', 'Joined', 'Active']],
        },
        // Row 3 keeps only its first cell; row 4 is empty and trailing, so it is left out; E and F too.
        {
          range: "'Cities'' log'!A2:F4",
          majorDimension: 'ROWS',
          values: [['CTY-1', 'Lyon', 2.5, true], ['CTY-2']],
        },
        { range: "'Cities'' log'!B3:C3", majorDimension: 'ROWS' },
      ],
    });
    // One service call, charged as a read of every requested cell (4 + 18 + 2).
    const calls = emu.backend.calls.filter((c) => c.service === 'Sheets');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      type: 'ValuesCollection',
      method: 'batchGet',
      class: 'read',
      cellsRead: 24,
    });
  });

  it('keeps empty cells inside a line, and turns lines into columns with majorDimension COLUMNS', () => {
    const emu = emulator();
    const id = emu.call<string>('setUp');
    const r = emu.call<{ valueRanges: { values?: unknown[][] }[] }>('get', [
      id,
      {
        ranges: ["'Cities'' log'!A3:B5", "'Cities'' log'!A1:B2"],
        valueRenderOption: 'UNFORMATTED_VALUE',
        majorDimension: 'COLUMNS',
      },
    ]);
    expect(r.valueRanges[0]!.values).toEqual([['CTY-2', '', 42]]);
    expect(r.valueRanges[1]!.values).toEqual([
      ['ID', 'CTY-1'],
      ['Name', 'Lyon'],
    ]);
  });

  it('formats values by default (FORMATTED_VALUE) and reads the first sheet when no sheet is named', () => {
    const emu = emulator();
    const id = emu.call<string>('setUp');
    const r = emu.call<{ valueRanges: { range: string; values?: unknown[][] }[] }>('get', [
      id,
      { ranges: ["'Cities'' log'!C2:D2", 'A1'] },
    ]);
    const [joined, active] = r.valueRanges[0]!.values![0]!;
    expect(typeof joined).toBe('string');
    expect(active).toBe('TRUE');
    expect(r.valueRanges[1]).toEqual({ range: 'Sheet1!A1', majorDimension: 'ROWS' });
  });

  it('fails the whole call for an unknown sheet or spreadsheet, returning nothing', () => {
    const emu = emulator();
    const id = emu.call<string>('setUp');
    expect(emu.run('get', [id, { ranges: ["'Cities'' log'!A1", 'Nowhere!A1:B2'] }]).error).toBe(
      'Exception: API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: Nowhere!A1:B2',
    );
    expect(emu.run('get', ['1nope', { ranges: ['A1'] }]).error).toMatch(/Requested entity was not found/);
  });

  // Source: https://developers.google.com/apps-script/guides/services/advanced: the global exists only when
  // appsscript.json enables the service.
  it('is not defined unless the manifest enables it', () => {
    expect(new Emulator({ source }).call('hasSheets')).toBe(false);
    expect(emulator().call('hasSheets')).toBe(true);
  });
});

describe('the scope the build derives for it', () => {
  // Source: the batchGet reference lists spreadsheets (and readonly, drive…) under "Authorization scopes".
  it('is spreadsheets', async () => {
    const { scopesUsedBy } = await import('../../scripts/scopes');
    expect(scopesUsedBy('Sheets.Spreadsheets.Values.batchGet(id, { ranges: r })')).toEqual([
      'https://www.googleapis.com/auth/spreadsheets',
    ]);
  });
});
