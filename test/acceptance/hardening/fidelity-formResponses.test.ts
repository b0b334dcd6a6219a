// Fidelity: FormResponse.getItemResponses lists unanswered text, paragraph, date and time items with '' and leaves
// out other unanswered items.
import { Emulator } from '../../../src/emulator';
import { submitFormResponse } from '../../../src/emulator/services/comms/install';

const source = `
function build() {
  var form = FormApp.create('Enquiry');
  form.addTextItem().setTitle('City').setRequired(true);
  form.addTextItem().setTitle('Phone');
  form.addParagraphTextItem().setTitle('Background');
  form.addMultipleChoiceItem().setTitle('Hub').setChoiceValues(['MENA', 'South Asia']);
  form.addCheckboxItem().setTitle('Topics').setChoiceValues(['Youth', 'Hate speech']);
  return form.getId();
}
function answers(id) {
  return FormApp.openById(id).getResponses().map(function (r) {
    return r.getItemResponses().map(function (ir) { return [ir.getItem().getTitle(), ir.getResponse()]; });
  });
}
`;

describe('FormResponse.getItemResponses', () => {
  // Source: https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses() — "If the
  // form response does not contain a response for a given TextItem, DateItem, TimeItem, or ParagraphTextItem, the
  // ItemResponse returned for that item will have an empty string as the response. If the form response omits a
  // response for any other item type, this method excludes that item from its returned array."
  it("gives '' for unanswered text and paragraph items and leaves out unanswered choice items", () => {
    const emu = new Emulator({ source });
    const id = emu.call<string>('build');
    submitFormResponse(emu, { formId: id, answers: { City: 'Tunis' } });
    expect(emu.call('answers', [id])).toEqual([
      [
        ['City', 'Tunis'],
        ['Phone', ''],
        ['Background', ''],
      ],
    ]);
  });
});
