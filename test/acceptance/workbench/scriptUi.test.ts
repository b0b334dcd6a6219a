// Acceptance (issue 7): the workbench with a small inline script — a prompt answered in the page while the script
// waits, toasts, onEdit, a form of every common question type (required marks, validation, pre-filled links) whose
// submission fires the real form-submit trigger, the outbox showing an Arabic email right to left, and a restart
// that restores forms, responses, triggers, outbox and clock from the state file.
import fs from 'node:fs';
import path from 'node:path';
import { describeBrowser, waitFor } from '../../browser/harness';
import {
  type BrowserSession,
  cellText,
  openBrowser,
  startProcess,
  stateOf,
  tempWorkbook,
  typeInto,
  type WorkbenchProcess,
} from './support';

const SCRIPT = String.raw`
function onOpen() {
  SpreadsheetApp.getUi().createMenu('Test')
    .addItem('Ask name', 'askName')
    .addSubMenu(SpreadsheetApp.getUi().createMenu('Forms').addItem('Make form', 'makeForm'))
    .addToUi();
}
function askName() {
  var ui = SpreadsheetApp.getUi();
  var r = ui.prompt('Your name', 'Who are you?', ui.ButtonSet.OK_CANCEL);
  SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(r.getSelectedButton() + ':' + r.getResponseText());
  SpreadsheetApp.getActive().toast('Hello ' + r.getResponseText(), 'Greeting');
}
function onEdit(e) { e.range.offset(0, 1).setValue('edited:' + e.value); }
function makeForm() {
  var f = FormApp.create('Survey');
  f.addTextItem().setTitle('Email').setRequired(true)
    .setValidation(FormApp.createTextValidation().requireTextIsEmail().build());
  f.addMultipleChoiceItem().setTitle('Colour').setChoiceValues(['Red', 'Blue']).setRequired(true);
  f.addCheckboxItem().setTitle('Days').setChoiceValues(['Mon', 'Tue']);
  f.addListItem().setTitle('Size').setChoiceValues(['S', 'M']);
  f.addScaleItem().setTitle('Score').setBounds(1, 5);
  f.addDateItem().setTitle('When');
  f.addParagraphTextItem().setTitle('Notes');
  f.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
  ScriptApp.newTrigger('onSurvey').forForm(f).onFormSubmit().create();
}
function onSurvey(e) {
  var answers = e.response.getItemResponses();
  MailApp.sendEmail({ to: answers[0].getResponse(), subject: 'شكرا لك', htmlBody: '<p>شكرا لمشاركتك في الاستبيان</p>' });
}
`;

describeBrowser('workbench with an inline script: prompts, forms, outbox, restart', () => {
  const file = tempWorkbook();
  const script = path.join(path.dirname(file), 'script.js');
  let wb: WorkbenchProcess;
  let s: BrowserSession;

  beforeAll(async () => {
    fs.writeFileSync(script, SCRIPT);
    // Its own process, as `npm start`: a prompt holds the workbench's thread until the page answers.
    wb = await startProcess(['--file', file, '--script', script, '--demo', 'none']);
    s = await openBrowser(wb.url);
  }, 60_000);

  afterAll(async () => {
    await s?.browser.close();
    await wb?.stop();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('answers a prompt in the page while the script waits, then shows its toast', async () => {
    await s.page.getByRole('menuitem', { name: 'Test' }).click();
    await s.page.getByRole('menuitem', { name: 'Ask name' }).click();
    const dialog = s.page.getByRole('alertdialog');
    await dialog.getByText('Who are you?').waitFor();
    await dialog.getByRole('textbox').fill('Ana');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await waitFor(async () => (await cellText(s.page, 1, 1)) === 'OK:Ana', 'the script to use the answer');
    await s.page.locator('.toast', { hasText: 'Hello Ana' }).waitFor();
  });

  it('runs onEdit for a cell typed in the grid', async () => {
    await typeInto(s.page, 3, 2, 'hello');
    await waitFor(async () => (await cellText(s.page, 3, 3)) === 'edited:hello', 'onEdit');
  });

  it('renders the form with each question type, checks it, honours pre-filled links and fires the submit trigger', async () => {
    await s.page.getByRole('menuitem', { name: 'Test' }).click();
    await s.page.getByRole('menuitem', { name: 'Forms' }).click();
    await s.page.getByRole('menuitem', { name: 'Make form' }).click();
    const form = await waitFor(async () => (await stateOf(wb.url)).forms[0], 'the form');
    const page = await s.context.newPage();
    await page.goto(`${wb.url}${form.url.slice(1)}`);
    const emailId = await page.locator('input[type=email]').getAttribute('name');
    await page.goto(`${wb.url}${form.url.slice(1)}?${emailId}=not-an-email`);
    expect(await page.locator('input[type=email]').inputValue()).toBe('not-an-email');
    expect(await page.locator('input[type=radio]').count()).toBe(2 + 5);
    expect(await page.locator('input[type=checkbox]').count()).toBe(2);
    expect(await page.locator('select option').count()).toBe(3);
    expect(await page.locator('input[type=date]').count()).toBe(1);
    expect(await page.locator('textarea').count()).toBe(1);
    expect(await page.locator('.req').count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.locator('.error', { hasText: 'Must be an email' }).waitFor();
    await page.locator('.error', { hasText: 'This is a required question' }).waitFor();
    await page.locator('input[type=email]').fill('amal@example.org');
    await page.getByLabel('Blue').check();
    await page.getByLabel('Tue').check();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.locator('.confirmation').waitFor();
    // The trigger's outcome shows in the workbench's status area, not on the respondent's page.
    await s.page.locator('.status-line', { hasText: 'trigger:ON_FORM_SUBMIT: ok' }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain('trigger');
    expect((await stateOf(wb.url)).forms[0].responses).toBe(1);
    await page.close();
  });

  it('shows the email the trigger sent, as its recipient sees it (Arabic right to left)', async () => {
    await s.page.getByRole('button', { name: /Outbox \(1\)/ }).click();
    await s.page.locator('.outbox-item', { hasText: 'amal@example.org' }).click();
    const text = s.page.frameLocator('iframe.mail-body').locator('p');
    await text.waitFor();
    expect(await text.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    expect(await s.page.locator('iframe.mail-body').getAttribute('sandbox')).not.toContain('allow-scripts');
  });

  it('saves on Ctrl+C and restores forms, responses, triggers, outbox, clock and cells after a restart', async () => {
    const before = await stateOf(wb.url);
    const code = await wb.stop();
    if (code !== 0) console.log(wb.output.join(''));
    expect(code).toBe(0);
    wb = await startProcess(['--file', file, '--script', script]);
    const after = await stateOf(wb.url);
    // Only the modelled time of onOpen (run on every open) passes between the two.
    expect(after.clock.ms - before.clock.ms).toBeGreaterThanOrEqual(0);
    expect(after.clock.ms - before.clock.ms).toBeLessThan(1000);
    expect(after.triggers).toEqual(before.triggers);
    expect(after.outboxCount).toBe(1);
    expect(after.forms).toEqual(before.forms);
    await s.page.goto(wb.url);
    await waitFor(async () => (await cellText(s.page, 1, 1)) === 'OK:Ana', 'the cell after restart');
    // The restored trigger fires for a new submission, whose response id is new.
    const page = await s.context.newPage();
    await page.goto(`${wb.url}${after.forms[0].url.slice(1)}`);
    await page.locator('input[type=email]').fill('b@example.org');
    await page.getByLabel('Red').check();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.locator('.confirmation').waitFor();
    expect((await stateOf(wb.url)).outboxCount).toBe(2);
    await page.close();
  });
});
