// Fidelity tests of the FormApp calls the intake forms add: list items, page breaks, number and pattern rules,
// the confirmation message, items by id, and reading a response's items back.
import { Emulator } from '../../src/emulator';
import { FormSubmissionError, submitFormResponse } from '../../src/emulator/services/comms/install';

const source = `
function build() {
  var form = FormApp.create('Application').setConfirmationMessage('Thank you.');
  form.addTextItem().setTitle('Reference').setRequired(true)
    .setValidation(FormApp.createTextValidation().requireTextMatchesPattern('^APP-\\\\d{6,}$').setHelpText('APP-000123').build());
  form.addPageBreakItem().setTitle('Your city').setHelpText('About the city');
  form.addListItem().setTitle('Country').setRequired(true).setChoiceValues(['Jordan', 'Kenya']);
  form.addTextItem().setTitle('Population')
    .setValidation(FormApp.createTextValidation().requireNumber().setHelpText('Digits only').build());
  return form.getId();
}
function look(id) {
  var form = FormApp.openById(id);
  var items = form.getItems();
  var byId = form.getItemById(items[2].getId());
  return {
    confirmation: form.getConfirmationMessage(),
    types: items.map(function (i) { return i.getType(); }),
    byIdTitle: byId.getTitle(),
    missing: form.getItemById(123456789),
    choices: byId.asListItem().getChoices().map(function (c) { return c.getValue(); }),
  };
}
function answers(id) {
  return FormApp.openById(id).getResponses().map(function (r) {
    return r.getItemResponses().map(function (ir) { return [ir.getItem().getTitle(), ir.getResponse()]; });
  });
}
`;

function setUp() {
  const emu = new Emulator({ source });
  const id = emu.call<string>('build');
  return { emu, id };
}

describe('FormApp for the intake forms', () => {
  // Source: https://developers.google.com/apps-script/reference/forms/form#setConfirmationMessage(String)
  // Source: https://developers.google.com/apps-script/reference/forms/form#addPageBreakItem()
  // Source: https://developers.google.com/apps-script/reference/forms/form#addListItem()
  // Source: https://developers.google.com/apps-script/reference/forms/form#getItemById(Integer)
  it('keeps the confirmation message, page breaks and list items; getItemById finds an item or returns null', () => {
    const { emu, id } = setUp();
    expect(emu.call('look', [id])).toEqual({
      confirmation: 'Thank you.',
      types: ['TEXT', 'PAGE_BREAK', 'LIST', 'TEXT'],
      byIdTitle: 'Country',
      missing: null,
      choices: ['Jordan', 'Kenya'],
    });
  });

  // Source: https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextMatchesPattern(String)
  // Source: https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumber()
  it('refuses a submission whose text fails requireTextMatchesPattern or requireNumber', () => {
    const { emu, id } = setUp();
    expect(() =>
      submitFormResponse(emu, {
        formId: id,
        answers: { Reference: 'APP-12', Country: 'Jordan', Population: 'many' },
      }),
    ).toThrow(FormSubmissionError);
    submitFormResponse(emu, {
      formId: id,
      answers: { Reference: 'APP-000123', Country: 'Kenya', Population: '250000' },
    });
    // Source: https://developers.google.com/apps-script/reference/forms/item-response#getItem()
    expect(emu.call('answers', [id])).toEqual([
      [
        ['Reference', 'APP-000123'],
        ['Country', 'Kenya'],
        ['Population', '250000'],
      ],
    ]);
  });
});
