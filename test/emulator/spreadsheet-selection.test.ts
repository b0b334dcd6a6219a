// Fidelity of the selection: the active range, the current cell inside it, and the calls that move them, each
// against its reference page. The workbench relies on these to pass the person's selection to the script.
import { Emulator } from '../../src/emulator';
import { selectRange } from '../../src/emulator/services/spreadsheet/selection';

function run(body: string): unknown {
  const r = new Emulator({ source: `function t(){ ${body} }` }).run('t');
  if (r.status !== 'ok') throw new Error(r.error);
  return r.value;
}

const SETUP = `var ss = SpreadsheetApp.getActive(); var sh = ss.getSheets()[0]; var other = ss.insertSheet('Contacts');`;

describe('SpreadsheetApp selection', () => {
  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#activate()
  // "Sets the specified range as the active range, with the top left cell in the range as the current cell."
  it('Range.activate makes the range active, its sheet active and its top left cell the current cell', () => {
    expect(
      run(
        `${SETUP} sh.activate(); other.getRange('B3:D5').activate();
         return [ss.getActiveSheet().getName(), ss.getActiveRange().getA1Notation(), ss.getCurrentCell().getA1Notation(),
           ss.getActiveCell().getA1Notation(), SpreadsheetApp.getCurrentCell().getA1Notation()];`,
      ),
    ).toEqual(['Contacts', 'B3:D5', 'B3', 'B3', 'B3']);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setactiverangerange and
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setactiveselectiona1notation
  it('Sheet.setActiveRange and Sheet.setActiveSelection select on that sheet; getActiveRange agrees everywhere', () => {
    expect(
      run(
        `${SETUP} other.setActiveRange(other.getRange('C7'));
         var a = [sh.getActiveRange().getA1Notation(), other.getActiveRange().getSheet().getName()];
         other.setActiveSelection('A2:B2');
         return a.concat([other.getActiveRange().getA1Notation(), other.getCurrentCell().getA1Notation(),
           SpreadsheetApp.getActiveRange().getA1Notation()]);`,
      ),
    ).toEqual(['C7', 'Contacts', 'A2:B2', 'A2', 'A2:B2']);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setcurrentcellcell
  // "If the specified cell is present in an already selected range, then that range becomes the active range with
  // the cell as the current cell. If the specified cell is not present in any selected range, then any existing
  // selection is removed and the cell becomes the current cell and the active range."
  it('setCurrentCell keeps the range when the cell is inside it, and replaces it otherwise', () => {
    expect(
      run(
        `${SETUP} other.getRange('B2:D4').activate(); ss.setCurrentCell(other.getRange('C3'));
         var inside = [ss.getActiveRange().getA1Notation(), ss.getCurrentCell().getA1Notation()];
         other.getRange('F9').activateAsCurrentCell();
         var outside = [ss.getActiveRange().getA1Notation(), ss.getCurrentCell().getA1Notation()];
         var refused = ''; try { other.getRange('A1:A2').activateAsCurrentCell(); } catch (e) { refused = 'refused'; }
         return inside.concat(outside, [refused]);`,
      ),
    ).toEqual(['B2:D4', 'C3', 'F9', 'F9', 'refused']);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/selection — getActiveRange "Returns the
  // selected range in the active sheet", getCurrentCell "the current (highlighted) cell", getActiveSheet.
  it('the Selection object reports the active range, its current cell and the active sheet', () => {
    expect(
      run(
        `${SETUP} other.getRange('B2:C3').activate(); var s = ss.getSelection();
         return [s.getActiveRange().getA1Notation(), s.getCurrentCell().getA1Notation(), s.getActiveSheet().getName(),
           s.getActiveRangeList().getRanges().length, sh.getSelection().getCurrentCell().getA1Notation()];`,
      ),
    ).toEqual(['B2:C3', 'B2', 'Contacts', 1, 'B2']);
  });

  // A person's selection set by the host (the workbench's grid): a range whose current cell is not its top left, as
  // when Shift+click stretches a range upwards. Activating a sheet starts it at A1, as opening a tab does (believed).
  it('a selection set by the host, with its current cell inside the range, is what the script sees', () => {
    const emu = new Emulator({
      source: `function t(){ var ss = SpreadsheetApp.getActive();
        return [ss.getActiveSheet().getName(), ss.getActiveRange().getA1Notation(), ss.getCurrentCell().getA1Notation(),
          ss.getActiveRange().getRow()]; }
        function other(){ SpreadsheetApp.getActive().getSheets()[0].activate(); var ss = SpreadsheetApp.getActive();
          return [ss.getActiveRange().getA1Notation(), ss.getCurrentCell().getA1Notation()]; }`,
    });
    const book = emu.backend.stores.spreadsheets.bound;
    const sheet = book.insertSheet('Cities');
    const before = book.selectionChanges;
    selectRange(book, sheet.id, { row: 7, col: 2, numRows: 3, numCols: 2 }, { row: 9, col: 2 });
    expect(book.selectionChanges).toBe(before + 1);
    expect(emu.run('t').value).toEqual(['Cities', 'B7:C9', 'B9', 7]);
    expect(emu.run('other').value).toEqual(['A1', 'A1']);
  });
});
