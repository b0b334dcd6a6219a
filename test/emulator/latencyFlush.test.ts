// Latency model: SpreadsheetApp.flush() is charged for the cells written since the previous flush (latency.ts).
//
// Not a Google behaviour to verify but the benchmark's cost model: the two public points it is fitted to
// (Stack Overflow q. 11371159: a flush after one 10-cell row ≈ 30 ms, after a 4,000-cell setValues ≈ 560 ms)
// must come out of the emulator as modelled, and a flush with nothing pending costs only its round trip.
import { Emulator } from '../../src/emulator';
import { LATENCY } from '../../src/emulator/latency';

const source = String.raw`
function writeThenFlush(rows, cols) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < cols) sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  var values = [];
  for (var r = 0; r < rows; r++) { var line = []; for (var c = 0; c < cols; c++) line.push(r * cols + c); values.push(line); }
  sheet.getRange(1, 1, rows, cols).setValues(values);
  SpreadsheetApp.flush();
  SpreadsheetApp.flush();
}
`;

function flushCosts(rows: number, cols: number): number[] {
  const emu = new Emulator({ source });
  const r = emu.run('writeThenFlush', [rows, cols]);
  expect(r.status).toBe('ok');
  return r.execution.records.filter((c) => c.class === 'flush').map((c) => c.ms);
}

describe('latency model: flush', () => {
  it('charges a flush after a 10-cell row about 30 ms, and the next flush with nothing pending its round trip only', () => {
    const [first, second] = flushCosts(1, 10);
    expect(first).toBeCloseTo(LATENCY.flushMs + 10 * LATENCY.flushPerPendingCellMs, 6);
    expect(first).toBeGreaterThan(25);
    expect(first).toBeLessThan(35);
    expect(second).toBe(LATENCY.flushMs);
  });

  it('charges a flush after a 4,000-cell write about 560 ms, as measured', () => {
    const [first] = flushCosts(400, 10);
    expect(first).toBeCloseTo(LATENCY.flushMs + 4000 * LATENCY.flushPerPendingCellMs, 6);
    expect(first).toBeGreaterThan(500);
    expect(first).toBeLessThan(620);
  });
});
