// Fidelity tests: events fired by the emulator (open, edit, form submit) reach the script with the documented shapes.
import { Emulator } from '../../src/emulator';
import type { GoogleBackend } from '../../src/emulator/backend';
import { fireEdit, fireFormSubmit, fireOpen } from '../../src/emulator/events';
import { ServiceObject } from '../../src/emulator/runtime/serviceObject';

const source = String.raw`
function onOpen(e) {
  // In AuthMode.NONE only menus may be built: reading the user's email needs authorization.
  return { authMode: e.authMode, user: e.authMode === ScriptApp.AuthMode.NONE ? null : e.user.getEmail(), uid: e.triggerUid === undefined, source: String(e.source) };
}
function onEdit(e) {
  return { authMode: e.authMode, a1: e.range.getA1Notation(), user: e.user.getEmail(),
           hasValue: 'value' in e, value: e.value, hasOld: 'oldValue' in e, oldValue: e.oldValue, uid: 'triggerUid' in e };
}
function installEdit(id) { ScriptApp.newTrigger('edited').forSpreadsheet(id).onEdit().create(); }
function installOpen(id) { ScriptApp.newTrigger('opened').forSpreadsheet(id).onOpen().create(); }
function installSubmit(id) { ScriptApp.newTrigger('submitted').forSpreadsheet(id).onFormSubmit().create(); }
function installFormSubmit(id) { ScriptApp.newTrigger('formSubmitted').forForm(id).onFormSubmit().create(); }
function edited(e) { return { authMode: e.authMode, uid: typeof e.triggerUid, me: Session.getEffectiveUser().getEmail(), value: e.value }; }
function opened(e) { return { authMode: e.authMode, uid: typeof e.triggerUid, active: Session.getActiveUser().getEmail(), me: Session.getEffectiveUser().getEmail() }; }
function submitted(e) { return { authMode: e.authMode, named: e.namedValues, values: e.values, a1: e.range.getA1Notation(), uid: typeof e.triggerUid }; }
function formSubmitted(e) { return { authMode: e.authMode, keys: Object.keys(e).sort(), response: String(e.response) }; }
function sendFromSimple() { MailApp.sendEmail('a@x.org', 's', 'b'); }
`;

/** The bound workbook's first sheet. */
const SHEET = 'Sheet1';

class FakeRange extends ServiceObject {
  readonly _type = 'Range';
  readonly _service = 'SpreadsheetApp';
  constructor(
    g: GoogleBackend,
    private readonly a1: string,
  ) {
    super(g);
  }
  getA1Notation(): string {
    return this.a1;
  }
}

class FakeResponse extends ServiceObject {
  readonly _type = 'FormResponse';
  readonly _service = 'FormApp';
}

const boundId = (emu: Emulator) => emu.backend.stores.spreadsheets.boundId;

describe('onEdit', () => {
  // Source: https://developers.google.com/apps-script/guides/triggers/events#edit (value and oldValue "Only available
  // if the edited range is a single cell")
  it('a single-cell edit carries value and oldValue; the simple trigger runs in LIMITED as the editor', () => {
    const emu = new Emulator({ source });
    fireEdit(emu, { user: 'ed@x.org', sheetName: SHEET, a1: 'B2', values: [['old']] });
    const [run] = fireEdit(emu, { user: 'ed@x.org', sheetName: SHEET, a1: 'B2', values: [['12']] });
    expect(run.value).toEqual({
      authMode: 'LIMITED',
      a1: 'B2',
      user: 'ed@x.org',
      hasValue: true,
      value: '12',
      hasOld: true,
      oldValue: 'old',
      uid: false,
    });
  });

  // Source: https://developers.google.com/apps-script/guides/triggers/events#edit
  it('a multi-cell edit has neither value nor oldValue', () => {
    const emu = new Emulator({ source });
    const [run] = fireEdit(emu, { user: 'ed@x.org', sheetName: SHEET, a1: 'B2:C2', values: [['1', '2']] });
    expect(run.value).toMatchObject({ hasValue: false, hasOld: false, a1: 'B2:C2' });
  });

  // Source: https://developers.google.com/apps-script/guides/triggers/events#edit (oldValue "Will be undefined if the
  // cell had no previous content")
  it('an edit of an empty cell has no oldValue', () => {
    const emu = new Emulator({ source });
    const [run] = fireEdit(emu, { user: 'ed@x.org', sheetName: SHEET, a1: 'A1', values: [['x']] });
    expect(run.value).toMatchObject({ hasValue: true, value: 'x', hasOld: false });
  });

  // Source: https://developers.google.com/apps-script/guides/triggers/installable ("Installable triggers always run
  // under the account of the person who created them")
  it('then runs installable edit triggers as their owner in FULL with a triggerUid', () => {
    const emu = new Emulator({ source });
    emu.call('installEdit', [boundId(emu)], { user: 'owner@x.org' });
    const runs = fireEdit(emu, { user: 'ed@x.org', sheetName: SHEET, a1: 'A1', values: [['v']] });
    expect(runs).toHaveLength(2);
    expect(runs[1].value).toEqual({ authMode: 'FULL', uid: 'string', me: 'owner@x.org', value: 'v' });
  });
});

describe('onOpen', () => {
  // Source: https://developers.google.com/apps-script/reference/script/auth-mode (LIMITED: "a script bound to a
  // document executes an onOpen(e) … simple trigger")
  it('runs the simple trigger in LIMITED, or in the mode asked for, then installable open triggers', () => {
    const emu = new Emulator({ source });
    expect(fireOpen(emu, { user: 'u@x.org' })[0].value).toEqual({
      authMode: 'LIMITED',
      user: 'u@x.org',
      uid: true,
      source: 'Spreadsheet',
    });
    expect(fireOpen(emu, { user: 'u@x.org', authMode: 'NONE' })[0].value).toMatchObject({
      authMode: 'NONE',
      user: null,
    });
    emu.call('installOpen', [boundId(emu)], { user: 'owner@x.org' });
    const runs = fireOpen(emu, { user: 'u@x.org' });
    expect(runs[1].value).toEqual({ authMode: 'FULL', uid: 'string', active: 'u@x.org', me: 'owner@x.org' });
  });

  it('fires nothing for a script without onOpen', () => {
    const emu = new Emulator({ source: 'function f() {}' });
    expect(fireOpen(emu, { user: 'u@x.org' })).toEqual([]);
  });
});

describe('onFormSubmit', () => {
  // Source: https://developers.google.com/apps-script/guides/triggers/events#form-submit (Sheets: authMode,
  // namedValues, range, triggerUid, values)
  it('runs spreadsheet form-submit triggers with namedValues, range and values', () => {
    const emu = new Emulator({ source });
    emu.call('installSubmit', ['book-1'], { user: 'owner@x.org' });
    const runs = fireFormSubmit(emu, {
      spreadsheetId: 'book-1',
      range: new FakeRange(emu.backend, 'A5:C5'),
      namedValues: { City: ['Mombasa'] },
      values: ['2026-01-05', 'Mombasa'],
    });
    expect(runs).toHaveLength(1);
    expect(runs[0].value).toEqual({
      authMode: 'FULL',
      named: { City: ['Mombasa'] },
      values: ['2026-01-05', 'Mombasa'],
      a1: 'A5:C5',
      uid: 'string',
    });
  });

  // Source: https://developers.google.com/apps-script/guides/triggers/events#form-submit_1 (Forms: authMode,
  // response, source, triggerUid)
  it('runs form form-submit triggers with the response', () => {
    const emu = new Emulator({ source });
    emu.call('installFormSubmit', ['form-9'], { user: 'owner@x.org' });
    const runs = fireFormSubmit(emu, { formId: 'form-9', response: new FakeResponse(emu.backend) });
    expect(runs[0].value).toEqual({
      authMode: 'FULL',
      keys: ['authMode', 'response', 'source', 'triggerUid'],
      response: 'FormResponse',
    });
  });
});
