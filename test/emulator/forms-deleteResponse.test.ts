// Fidelity of Form.deleteResponse in the emulated FormApp: the response leaves the form's store, its sheet row stays.
//
// Source: https://developers.google.com/apps-script/reference/forms/form#deleteResponse(String) — "Deletes a single
// response from the form's response store. This method does not delete copies of responses stored in a response
// destination (such as a spreadsheet)"; returns the Form, for chaining. Response ids come from
// https://developers.google.com/apps-script/reference/forms/form-response#getId().
// Believed, not stated by the reference: an id the store no longer holds throws (as getResponse does).
import { Emulator } from '../../src/emulator';
import { submitFormResponse } from '../../src/emulator/services/comms/install';
import { SpreadsheetStore } from '../../src/emulator/services/spreadsheet/spreadsheetModel';

const source = `
function buildForm(ssId) {
  var form = FormApp.create('Enquiry');
  form.addTextItem().setTitle('City').setRequired(true);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
  return form.getId();
}
function ids(id) {
  return FormApp.openById(id).getResponses().map(function (r) { return r.getId(); });
}
function remove(id, responseId) {
  var form = FormApp.openById(id);
  var chained = form.deleteResponse(responseId).getId() === id;
  return [chained, form.getResponses().length];
}
function removeTwice(id, responseId) {
  var form = FormApp.openById(id);
  form.deleteResponse(responseId);
  try { form.deleteResponse(responseId); return 'no error'; } catch (e) { return 'threw'; }
}
function readDeleted(id, responseId) {
  try { FormApp.openById(id).getResponse(responseId); return 'found'; } catch (e) { return 'threw'; }
}
`;

function setup() {
  const emu = new Emulator({ source });
  const g = emu.backend;
  const stores = g.stores as unknown as { spreadsheets: Partial<SpreadsheetStore> };
  if (typeof stores.spreadsheets.create !== 'function')
    stores.spreadsheets = new SpreadsheetStore(g.timeZone, g.owner, () => g.clock.date());
  const ss = (stores.spreadsheets as SpreadsheetStore).create('CRM');
  const formId = emu.call<string>('buildForm', [ss.id]);
  for (const city of ['Tunis', 'Irbid']) submitFormResponse(emu, { formId, answers: { City: city } });
  return { emu, ss, formId };
}

describe('Form.deleteResponse', () => {
  it('removes that one response from the form and keeps its row in the destination sheet', () => {
    const { emu, ss, formId } = setup();
    const [first, second] = emu.call<string[]>('ids', [formId]);
    expect(emu.call('remove', [formId, first])).toEqual([true, 1]);
    expect(emu.call('ids', [formId])).toEqual([second]);
    expect(emu.call('readDeleted', [formId, first])).toBe('threw');
    const sheet = ss.sheetByName('Form Responses 1')!;
    expect(sheet.getValues(2, 2, 2, 1)).toEqual([['Tunis'], ['Irbid']]);
  });

  it('throws for an id no longer held (believed), so callers check before deleting', () => {
    const { emu, formId } = setup();
    const [first] = emu.call<string[]>('ids', [formId]);
    expect(emu.call('removeTwice', [formId, first])).toBe('threw');
  });
});
