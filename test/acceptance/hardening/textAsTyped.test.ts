// Issue 10 item 2, through the shipped bundle: text kept as typed on every path (form, sidebar, grid). Paragraph
// fields keep their text exactly (leading/trailing spaces, CR, CR LF); one-line fields are trimmed; a leading
// apostrophe is part of the text and round-trips (README "Text kept as typed", src/core/schema/text.ts).

import { ENQUIRY_FORM, questionsOf } from '../../../sheets-templates/forms';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { SEED, seededWorkbook } from '../../support/reliability/fixtures';
import { editCell } from '../../support/reliability/operations';
import { OWNER, sheetOf } from '../../support/reliability/workbookView';
import { applicationRows, COORDINATOR, enquiryAnswers, formId, intakeWorkbook, ok } from '../intake/harness';

const PARAGRAPH = '  First line\r\nsecond line\rthird\n  ';
const APOSTROPHE = "'=1+1";

interface Contact {
  version: number;
  values: Record<string, unknown>;
}
const contact = (emu: ReturnType<typeof seededWorkbook>, id: string) =>
  ok<{ contact: Contact }>(emu, 'getContact', [id], OWNER).value!.contact;

function noFormulas(emu: ReturnType<typeof seededWorkbook>, tab: string): string[] {
  const s = sheetOf(emu, tab)!;
  return s
    .getFormulas(1, 1, s.lastRow(), s.lastColumn())
    .flat()
    .filter((f) => f !== '');
}

describe('text kept as typed', () => {
  it('Contact sidebar: a leading apostrophe round-trips, paragraphs stay exact, one-line fields are trimmed', () => {
    const emu = seededWorkbook();
    const id = SEED.contacts[1]!;
    const saved = ok<{ ok: boolean }>(
      emu,
      'saveContact',
      [{ id, version: 1, fields: { name: APOSTROPHE, title: '  Adviser  ', notes: PARAGRAPH } }],
      OWNER,
    ).value!;
    expect(saved.ok).toBe(true);
    const c = contact(emu, id);
    expect(c.values['name']).toBe(APOSTROPHE);
    expect(c.values['title']).toBe('Adviser');
    expect(c.values['notes']).toBe(PARAGRAPH);
    // A later save of another field leaves both exactly as they were.
    ok(emu, 'saveContact', [{ id, version: c.version, fields: { ...c.values, title: 'Head' } }], OWNER);
    const again = contact(emu, id);
    expect([again.values['name'], again.values['notes'], again.values['title']]).toEqual([
      APOSTROPHE,
      PARAGRAPH,
      'Head',
    ]);
    expect(noFormulas(emu, 'Contacts')).toEqual([]);
  });

  it('grid: text typed into a cell reads back by the sidebar under the same rule', () => {
    const emu = seededWorkbook();
    const id = SEED.contacts[0]!;
    expect(editCell(emu, 'Contacts', 'Name', 2, APOSTROPHE).status).toBe('ok');
    expect(editCell(emu, 'Contacts', 'Notes', 2, PARAGRAPH).status).toBe('ok');
    expect(editCell(emu, 'Contacts', 'Title', 2, '  Mayor ').status).toBe('ok');
    const c = contact(emu, id);
    expect([c.values['name'], c.values['notes'], c.values['title']]).toEqual([
      APOSTROPHE,
      PARAGRAPH,
      'Mayor',
    ]);
    expect(noFormulas(emu, 'Contacts')).toEqual([]);
  });

  it('form: the enquiry message is kept exactly and a name starting with an apostrophe keeps it', () => {
    const emu = intakeWorkbook();
    const r = submitFormResponse(emu, {
      formId: formId(emu, 'enquiry'),
      answers: enquiryAnswers({ message: PARAGRAPH, name: `  ${APOSTROPHE} ` }),
    });
    expect(r.triggers.map((t) => t.status)).toEqual(['ok']);
    const [row] = applicationRows(emu);
    expect(row!['Enquiry message']).toBe(PARAGRAPH);
    expect(row!['Submitter name']).toBe(APOSTROPHE);
    const id = String(row!['Application ID']);
    const review = ok<{ answers: [string, string][] }>(emu, 'getApplicationReview', [id], COORDINATOR).value!;
    const answer = (h: string) => review.answers.find((a) => a[0] === h)?.[1];
    expect([answer('Enquiry message'), answer('Submitter name')]).toEqual([PARAGRAPH, APOSTROPHE]);
    expect(noFormulas(emu, 'Applications')).toEqual([]);
    expect(questionsOf(ENQUIRY_FORM).find((q) => q.key === 'message')!.type).toBe('paragraph');
  });
});
