// Fidelity tests of the emulated FormApp: items, validation, pre-filled links, the response tab and submissions.
import { Emulator } from '../../src/emulator';
import { FormSubmissionError, submitFormResponse } from '../../src/emulator/services/comms/install';
import { SpreadsheetStore } from '../../src/emulator/services/spreadsheet/spreadsheetModel';

const source = `
function buildForm() {
  var form = FormApp.create('Membership enquiry').setDescription('Tell us about your city').setCollectEmail(true);
  form.addTextItem().setTitle('City').setRequired(true);
  form.addTextItem().setTitle('Contact email').setRequired(true)
    .setValidation(FormApp.createTextValidation().setHelpText('Enter an email address').requireTextIsEmail().build());
  form.addMultipleChoiceItem().setTitle('Hub').setChoiceValues(['MENA', 'South Asia']);
  form.addCheckboxItem().setTitle('Topics').setChoiceValues(['Hate speech', 'Polarisation', 'Youth']);
  form.addSectionHeaderItem().setTitle('About you');
  form.addParagraphTextItem().setTitle('Background')
    .setValidation(FormApp.createParagraphTextValidation().requireTextLengthLessThanOrEqualTo(20).build());
  return form.getId();
}
function describe(id) {
  var form = FormApp.openById(id);
  return form.getItems().map(function (it) {
    return [it.getType(), it.getTitle(), it.getIndex(), typeof it.getId()];
  }).concat([[form.getTitle(), form.getPublishedUrl(), form.getEditUrl(), String(FormApp.ItemType.CHECKBOX)]]);
}
function casts(id) {
  var items = FormApp.openById(id).getItems();
  var cb = items[3].asCheckboxItem();
  var out = { choices: cb.getChoices().map(function (c) { return c.getValue(); }), required: items[0].asTextItem().isRequired() };
  try { items[0].asListItem(); out.badCast = 'no error'; } catch (e) { out.badCast = e.name; }
  return out;
}
function prefill(id) {
  var form = FormApp.openById(id);
  var items = form.getItems();
  return form.createResponse()
    .withItemResponse(items[0].asTextItem().createResponse('Tunis & co'))
    .withItemResponse(items[3].asCheckboxItem().createResponse(['Youth', 'Hate speech']))
    .toPrefilledUrl();
}
function link(id, ssId) {
  var form = FormApp.openById(id);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
  return [form.getDestinationId(), form.getDestinationType()];
}
function installTriggers(id, ssId) {
  ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(ssId).onFormSubmit().create();
  ScriptApp.newTrigger('onFormSubmitted').forForm(id).onFormSubmit().create();
}
function onSheetSubmit(e) { return ['sheet', e.values.length, e.namedValues.City[0], e.namedValues.Topics[0]]; }
function onFormSubmitted(e) {
  return ['form', e.source.getTitle(), e.response.getRespondentEmail(), e.response.getItemResponses().length];
}
function scriptSubmit(id) {
  var form = FormApp.openById(id);
  var r = form.createResponse().withItemResponse(form.getItems()[0].asTextItem().createResponse('Sarajevo')).submit();
  return [r.getId() !== null, r.getTimestamp() instanceof Date, form.getResponses().length,
    form.getResponse(r.getId()).getItemResponses()[0].getResponse()];
}
`;

function setup() {
  const emu = new Emulator({ source });
  const g = emu.backend;
  const stores = g.stores as unknown as { spreadsheets: Partial<SpreadsheetStore> };
  // Until SpreadsheetApp's install exports the real store, tests use the same host model directly.
  if (typeof stores.spreadsheets.create !== 'function')
    stores.spreadsheets = new SpreadsheetStore(g.timeZone, g.owner, () => g.clock.date());
  const ss = (stores.spreadsheets as SpreadsheetStore).create('CRM');
  const formId = emu.call<string>('buildForm');
  return { emu, g, ss, formId };
}

describe('FormApp', () => {
  // Source: https://developers.google.com/apps-script/reference/forms/form (addTextItem…, getItems, getPublishedUrl, getEditUrl)
  // and https://developers.google.com/apps-script/reference/forms/item-type
  it('creates a form with items of each type, ids and realistic URLs', () => {
    const { emu, formId } = setup();
    const d = emu.call<unknown[][]>('describe', [formId]);
    expect(d.slice(0, 6)).toEqual([
      ['TEXT', 'City', 0, 'number'],
      ['TEXT', 'Contact email', 1, 'number'],
      ['MULTIPLE_CHOICE', 'Hub', 2, 'number'],
      ['CHECKBOX', 'Topics', 3, 'number'],
      ['SECTION_HEADER', 'About you', 4, 'number'],
      ['PARAGRAPH_TEXT', 'Background', 5, 'number'],
    ]);
    const [title, published, edit, checkbox] = d[6] as string[];
    expect(title).toBe('Membership enquiry');
    expect(published).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQLS[\w-]+\/viewform$/);
    expect(edit).toBe(`https://docs.google.com/forms/d/${formId}/edit`);
    expect(checkbox).toBe('CHECKBOX');
  });

  // Source: https://developers.google.com/apps-script/reference/forms/item#asCheckboxItem() ("Throws … if the item is not …")
  it('casts items to their type and refuses a wrong cast', () => {
    const { emu, formId } = setup();
    expect(emu.call('casts', [formId])).toEqual({
      choices: ['Hate speech', 'Polarisation', 'Youth'],
      required: true,
      badCast: 'Exception',
    });
  });

  // Source: https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
  it('builds a pre-filled link with one entry.<itemId> per answer', () => {
    const { emu, g, formId } = setup();
    const form = g.stores.comms.forms.get(formId)!;
    const [city, , , topics] = form.items;
    expect(emu.call('prefill', [formId])).toBe(
      `https://docs.google.com/forms/d/e/${form.publishedId}/viewform?usp=pp_url` +
        `&entry.${city.id}=Tunis+%26+co&entry.${topics.id}=Youth&entry.${topics.id}=Hate+speech`,
    );
  });

  // Source: https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
  // and https://developers.google.com/apps-script/guides/triggers/events#form-submit (namedValues, values)
  it('setDestination creates "Form Responses 1" with Timestamp, Email Address and question titles', () => {
    const { emu, ss, formId } = setup();
    expect(emu.call('link', [formId, ss.id])).toEqual([ss.id, 'SPREADSHEET']);
    const sheet = ss.sheetByName('Form Responses 1')!;
    expect(sheet.getValues(1, 1, 1, 7)[0]).toEqual([
      'Timestamp',
      'Email Address',
      'City',
      'Contact email',
      'Hub',
      'Topics',
      'Background',
    ]);
    // A second link to the same workbook takes the next free name, as Google Forms does.
    emu.call('link', [emu.call('buildForm'), ss.id]);
    expect(ss.sheetByName('Form Responses 2')).toBeDefined();
  });

  it('lands a valid submission as a row: timestamp date, email, answers, checkboxes joined with ", "', () => {
    const { emu, g, ss, formId } = setup();
    emu.call('link', [formId, ss.id]);
    const at = new Date(g.clock.now() + 60_000);
    const { response, landing } = submitFormResponse(emu, {
      formId,
      respondentEmail: 'mayor@tunis.tn',
      at,
      answers: {
        City: 'Tunis',
        'Contact email': 'mayor@tunis.tn',
        Hub: 'MENA',
        Topics: ['Youth', 'Polarisation'],
      },
    });
    expect(landing?.row).toBe(2);
    const row = ss.sheetByName('Form Responses 1')!.getValues(2, 1, 1, 7)[0];
    expect(row[0]).toBeInstanceOf(Date);
    expect((row[0] as Date).getTime()).toBe(at.getTime());
    expect(row.slice(1)).toEqual([
      'mayor@tunis.tn',
      'Tunis',
      'mayor@tunis.tn',
      'MENA',
      'Youth, Polarisation',
      '',
    ]);
    expect(landing?.namedValues.Topics).toEqual(['Youth, Polarisation']);
    expect(landing?.values[0]).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2}$/);
    expect(response.respondentEmail).toBe('mayor@tunis.tn');
    expect(g.stores.comms.forms.get(formId)!.responses).toHaveLength(1);
  });

  // Source: https://developers.google.com/apps-script/reference/forms/text-validation-builder and
  // https://developers.google.com/apps-script/reference/forms/text-item#setRequired(Boolean)
  it('refuses a submission Google Forms would not send: required empty, bad email, bad choice, too long', () => {
    const { emu, g, formId } = setup();
    let error: unknown;
    try {
      submitFormResponse(emu, {
        formId,
        respondentEmail: 'a@b.org',
        answers: { 'Contact email': 'not an email', Hub: 'Europe', Background: 'x'.repeat(21) },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormSubmissionError);
    expect((error as FormSubmissionError).problems).toEqual([
      { question: 'City', problem: 'This is a required question' },
      { question: 'Contact email', problem: 'Enter an email address' },
      { question: 'Hub', problem: '"Europe" is not one of the choices' },
      { question: 'Background', problem: 'Must be fewer than 21 characters' },
    ]);
    expect(g.stores.comms.forms.get(formId)!.responses).toHaveLength(0);
  });

  // Source: https://developers.google.com/apps-script/reference/forms/form-response#submit()
  it('stores a response a script submits and reads it back', () => {
    const { emu, formId } = setup();
    expect(emu.call('scriptSubmit', [formId])).toEqual([true, true, 1, 'Sarajevo']);
  });

  // Source: https://developers.google.com/apps-script/guides/triggers/events#form-submit (Sheets: namedValues,
  // range, values; Forms: response, source)
  it('fires the spreadsheet and form onFormSubmit triggers with the documented event fields', () => {
    const { emu, ss, formId } = setup();
    emu.call('link', [formId, ss.id]);
    emu.call('installTriggers', [formId, ss.id]);
    const { triggers } = submitFormResponse(emu, {
      formId,
      respondentEmail: 'mayor@tunis.tn',
      answers: { City: 'Tunis', 'Contact email': 'mayor@tunis.tn', Topics: ['Youth'] },
    });
    expect(triggers.map((t) => t.value)).toEqual([
      ['sheet', 7, 'Tunis', 'Youth'],
      // City, Contact email, Topics and the unanswered Background paragraph ('': form-response#getItemResponses()).
      ['form', 'Membership enquiry', 'mayor@tunis.tn', 4],
    ]);
  });
});
