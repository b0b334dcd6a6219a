// Fidelity of the emulated FormApp's per-type item settings the intake forms use: help text and the required flag on
// text, paragraph, multiple-choice, checkbox and section-header items, and text-length validations.
import { Emulator } from '../../src/emulator';
import { FormSubmissionError, submitFormResponse } from '../../src/emulator/services/comms/install';

const source = `
function build() {
  var form = FormApp.create('Intake settings');
  form.addSectionHeaderItem().setTitle('About you').setHelpText('Who is writing');
  form.addTextItem().setTitle('Name').setHelpText('Your full name').setRequired(true)
    .setValidation(FormApp.createTextValidation().requireTextLengthLessThanOrEqualTo(5).setHelpText('At most 5').build());
  form.addParagraphTextItem().setTitle('Message').setHelpText('Tell us more').setRequired(false)
    .setValidation(FormApp.createParagraphTextValidation().requireTextLengthLessThanOrEqualTo(8)
      .setHelpText('At most 8 characters').build());
  form.addMultipleChoiceItem().setTitle('Language').setHelpText('Pick one').setRequired(true)
    .setChoiceValues(['English', 'French']);
  form.addCheckboxItem().setTitle('Topics').setHelpText('Pick any').setRequired(false)
    .setChoiceValues(['Youth', 'Online']);
  return form.getId();
}
function read(id) {
  var items = FormApp.openById(id).getItems();
  var text = items[1].asTextItem(), paragraph = items[2].asParagraphTextItem();
  var choice = items[3].asMultipleChoiceItem(), checkbox = items[4].asCheckboxItem();
  return {
    header: items[0].asSectionHeaderItem().getHelpText(),
    help: [text.getHelpText(), paragraph.getHelpText(), choice.getHelpText(), checkbox.getHelpText()],
    required: [text.isRequired(), paragraph.isRequired(), choice.isRequired(), checkbox.isRequired()],
  };
}
`;

function refusal(emu: Emulator, formId: string, answers: Record<string, string | string[]>): unknown {
  try {
    submitFormResponse(emu, { formId, respondentEmail: 'a@b.org', answers });
  } catch (e) {
    if (e instanceof FormSubmissionError) return e.problems;
    throw e;
  }
  return 'accepted';
}

describe('FormApp item settings', () => {
  // Source: https://developers.google.com/apps-script/reference/forms/text-item#setHelpText(String),
  // https://developers.google.com/apps-script/reference/forms/text-item#setRequired(Boolean),
  // https://developers.google.com/apps-script/reference/forms/paragraph-text-item#setHelpText(String),
  // https://developers.google.com/apps-script/reference/forms/multiple-choice-item#setRequired(Boolean),
  // https://developers.google.com/apps-script/reference/forms/checkbox-item#setHelpText(String) and
  // https://developers.google.com/apps-script/reference/forms/section-header-item#setHelpText(String)
  it('keeps the help text and required flag set on each item type, read back through as…Item()', () => {
    const emu = new Emulator({ source });
    const id = emu.call<string>('build');
    expect(emu.call('read', [id])).toEqual({
      header: 'Who is writing',
      help: ['Your full name', 'Tell us more', 'Pick one', 'Pick any'],
      required: [true, false, true, false],
    });
  });

  // Source: https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextLengthLessThanOrEqualTo(Integer)
  // and https://developers.google.com/apps-script/reference/forms/paragraph-text-validation-builder#setHelpText(String)
  it('requireTextLengthLessThanOrEqualTo refuses a longer answer with the help text; required items must be answered', () => {
    const emu = new Emulator({ source });
    const formId = emu.call<string>('build');
    expect(refusal(emu, formId, { Name: 'Amira K', Message: 'Far too long', Language: 'French' })).toEqual([
      { question: 'Name', problem: 'At most 5' },
      { question: 'Message', problem: 'At most 8 characters' },
    ]);
    expect(refusal(emu, formId, { Name: 'Amira', Message: 'Hello', Language: 'French' })).toBe('accepted');
    expect(refusal(emu, formId, { Message: 'Hello' })).toEqual(
      expect.arrayContaining([expect.objectContaining({ question: 'Name' })]),
    );
  });
});
