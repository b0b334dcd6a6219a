// Fidelity of the emulated FormApp's form building: list and page-break items, confirmation message, text validations.
import { Emulator } from '../../src/emulator';
import { FormSubmissionError, submitFormResponse } from '../../src/emulator/services/comms/install';

const source = `
function build() {
  var form = FormApp.create('Event sign-up').setConfirmationMessage('Thank you, we will be in touch.');
  form.addListItem().setTitle('Region').setHelpText('Pick one').setRequired(true).setChoiceValues(['Europe', 'Africa']);
  form.addPageBreakItem().setTitle('Details');
  form.addTextItem().setTitle('Delegates')
    .setValidation(FormApp.createTextValidation().setHelpText('Enter a number').requireNumber().build());
  form.addTextItem().setTitle('Code')
    .setValidation(FormApp.createTextValidation().setHelpText('Two letters').requireTextMatchesPattern('[A-Z]{2}').build());
  return form.getId();
}
function read(id) {
  var form = FormApp.openById(id);
  var items = form.getItems();
  var list = items[0].asListItem();
  return {
    confirmation: form.getConfirmationMessage(),
    types: items.map(function (i) { return String(i.getType()); }),
    list: [list.getTitle(), list.getHelpText(), list.isRequired(), list.getChoices().map(function (c) { return c.getValue(); })],
    page: items[1].asPageBreakItem().getTitle(),
  };
}
`;

function refusal(emu: Emulator, formId: string, answers: Record<string, string>): unknown {
  try {
    submitFormResponse(emu, { formId, respondentEmail: 'a@b.org', answers });
  } catch (e) {
    if (e instanceof FormSubmissionError) return e.problems;
    throw e;
  }
  return 'accepted';
}

describe('FormApp form building', () => {
  // Source: https://developers.google.com/apps-script/reference/forms/form#addListItem(),
  // https://developers.google.com/apps-script/reference/forms/list-item#setChoiceValues(String),
  // https://developers.google.com/apps-script/reference/forms/form#addPageBreakItem() and
  // https://developers.google.com/apps-script/reference/forms/form#setConfirmationMessage(String)
  it('adds a ListItem with title, help text, required flag and choices, a PageBreakItem, and the confirmation message', () => {
    const emu = new Emulator({ source });
    const id = emu.call<string>('build');
    expect(emu.call('read', [id])).toEqual({
      confirmation: 'Thank you, we will be in touch.',
      types: ['LIST', 'PAGE_BREAK', 'TEXT', 'TEXT'],
      list: ['Region', 'Pick one', true, ['Europe', 'Africa']],
      page: 'Details',
    });
  });

  // Source: https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireNumber()
  // and https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextMatchesPattern(String)
  it('TextValidationBuilder.requireNumber and requireTextMatchesPattern refuse answers that fail, with the help text', () => {
    const emu = new Emulator({ source });
    const formId = emu.call<string>('build');
    expect(refusal(emu, formId, { Region: 'Europe', Delegates: 'three', Code: 'abc' })).toEqual([
      { question: 'Delegates', problem: 'Enter a number' },
      { question: 'Code', problem: 'Two letters' },
    ]);
    expect(refusal(emu, formId, { Region: 'Africa', Delegates: '3', Code: 'KE' })).toBe('accepted');
  });
});
