// Issue 5 bad input through the form path: naughty, formula-like and very long answers to the enquiry (name, city,
// message) and the application (background): refused by the form naming the question, or stored exactly (never a
// formula, or flagged naming the question), and the acknowledgement renders them escaped (HTML) and exactly (text).

import { APPLICATIONS } from '../../../sheets-templates';
import { APPLICATION_FORM, ENQUIRY_FORM, questionsOf } from '../../../sheets-templates/forms';
import { oneLine } from '../../../src/core/intake/recordable';
import { hasLineBreak } from '../../../src/core/schema/text';
import type { Emulator } from '../../../src/emulator';
import { FormSubmissionError, submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { mustStore, sampledCorpus } from '../../support/reliability/corpus';
import {
  applicationAnswers,
  enquiryAnswers,
  type FormKind,
  formIdOf,
  intakeWorkbook,
} from '../../support/reliability/intakeFixtures';
import { noFormulas, type Violation } from '../../support/reliability/invariants';
import { newTally, record } from '../../support/reliability/killAnywhere';
import { reportTally } from '../../support/reliability/tallyFile';
import { recordRows } from '../../support/reliability/workbookView';

const tally = newTally();
/** Short text fields (names, cities) are stored trimmed of leading/trailing white space (cells.ts, type 'text'). */
const TRIMMED = 'short text fields are stored trimmed of leading/trailing white space';
afterAll(() => reportTally('intake bad input', tally));

const titleOf = (form: typeof ENQUIRY_FORM, key: string) =>
  questionsOf(form).find((q) => q.key === key)!.title;
const short = (s: string) =>
  `${JSON.stringify(s.slice(0, 40))}${s.length > 40 ? `… (${s.length} chars)` : ''}`;

interface Field {
  key: string;
  column: string;
  question: string;
}

/** Submits through Google Forms; a refusal must name one of the questions given the string. */
function submit(
  emu: Emulator,
  kind: FormKind,
  answers: Record<string, string | string[]>,
  fields: Field[],
  where: string,
): { responseId?: string; found: Violation[] } {
  try {
    const r = submitFormResponse(emu, { formId: formIdOf(emu, kind), answers });
    const bad = r.triggers.filter((t) => t.status !== 'ok');
    const found = bad.map((t) => ({ check: 'trigger', detail: `${where}: ${t.status} ${t.error}` }));
    return { responseId: r.response.id, found };
  } catch (e) {
    if (!(e instanceof FormSubmissionError)) throw e;
    const named = e.problems.some((p) => fields.some((f) => f.question === p.question));
    return named ? { found: [] } : { found: [{ check: 'refusal', detail: `${where}: ${e.message}` }] };
  }
}

/** Each field stored exactly on the response's row, or flagged in Issues found naming its question or column. */
function storedExactly(
  emu: Emulator,
  idKey: string,
  responseId: string,
  fields: Field[],
  s: string,
  where: string,
) {
  const row = recordRows(emu, APPLICATIONS).find((r) => r.cells[idKey] === responseId);
  if (!row) return [{ check: 'lost', detail: `${where}: no Applications row for the response` }];
  const issues = String(row.cells['issuesFound'] ?? '');
  const out: Violation[] = [];
  for (const f of fields) {
    const v = row.cells[f.key];
    const read = v; // text-only cells are read exactly (README "Text kept as typed")
    if (read === s) continue;
    if (issues.includes(f.question) || issues.includes(f.column)) continue;
    if (read === s.trim())
      out.push({ check: 'trimmed', detail: `${where}: ${f.key} trimmed`, known: TRIMMED });
    else out.push({ check: 'stored', detail: `${where}: ${f.key} read back as ${short(String(v))}` });
  }
  return out;
}

/** The latest email to `to`: the value in the text body as typed, no markup of its own in the HTML body. */
function emailRendersSafely(emu: Emulator, to: string, s: string, where: string): Violation[] {
  const m = [...emu.backend.stores.comms.mail.sentTo(to)].pop();
  if (!m) return [];
  const out: Violation[] = [];
  // Name and City are one-line: an answer with line breaks is recorded (and greeted) with spaces instead, flagged in
  // Issues found (core/intake/recordable.ts); other text is in the body as typed. Short answers are recorded trimmed
  // (the known limit TRIMMED above), so the email may quote them trimmed.
  const expected = hasLineBreak(s) ? oneLine(s).trim() : s.replace(/\r\n?/g, '\n');
  if (!m.body.includes(expected) && !m.body.includes(expected.trim()))
    out.push({ check: 'text', detail: `${where}: not in the text body as typed` });
  const html = m.htmlBody ?? '';
  if (html === '') out.push({ check: 'html', detail: `${where}: no HTML body` });
  const body = html.slice(html.indexOf('<body'));
  const foreign = (body.match(/<\/?[a-zA-Z][^>]*>/g) ?? []).filter(
    (t) => !/^<\/?(body|p|br|a|html|div|span|strong|ul|li)\b/.test(t),
  );
  if (foreign.length > 0)
    out.push({ check: 'html', detail: `${where}: markup ${foreign[0]} in the HTML body` });
  if (/<script/i.test(html)) out.push({ check: 'html', detail: `${where}: <script> in the HTML body` });
  return out;
}

const ENQUIRY_FIELDS: Field[] = [
  { key: 'submitterName', column: 'Submitter name', question: titleOf(ENQUIRY_FORM, 'name') },
  { key: 'cityName', column: 'City', question: titleOf(ENQUIRY_FORM, 'city') },
  { key: 'enquiryMessage', column: 'Enquiry message', question: titleOf(ENQUIRY_FORM, 'message') },
];
const BACKGROUND: Field[] = [
  { key: 'background', column: 'Background', question: titleOf(APPLICATION_FORM, 'background') },
];

describe('bad input through the forms', () => {
  it('enquiry name, city and message; application background: stored exactly or refused naming the question', () => {
    const emu = intakeWorkbook();
    const found: Violation[] = [];
    const outcomes = { stored: 0, refused: 0 };
    sampledCorpus(40).forEach(({ text: s, class: cls }, i) => {
      const where = `answer ${short(s)} (${cls})`;
      /** Text people type, formula-like and convertible text must reach the workbook: a refusal is a violation. */
      const floor = (responseId: string | undefined, what: string) => {
        if (!responseId && mustStore(cls))
          found.push({ check: 'floor', detail: `${what} ${where} refused, must be recorded` });
      };
      const email = `bad${i}@town.example`;
      const enquiry = submit(
        emu,
        'enquiry',
        enquiryAnswers({ name: s, city: s, message: s, email }),
        ENQUIRY_FIELDS,
        `enquiry ${where}`,
      );
      found.push(...enquiry.found);
      outcomes[enquiry.responseId ? 'stored' : 'refused']++;
      floor(enquiry.responseId, 'enquiry');
      if (enquiry.responseId) {
        found.push(
          ...storedExactly(
            emu,
            'enquiryResponseId',
            enquiry.responseId,
            ENQUIRY_FIELDS,
            s,
            `enquiry ${where}`,
          ),
        );
        found.push(...emailRendersSafely(emu, email, s, `acknowledgement of ${where}`));
      }
      const application = submit(
        emu,
        'application',
        applicationAnswers(`APP-9${String(i).padStart(5, '0')}`, {
          [titleOf(APPLICATION_FORM, 'city')]: `Town ${i}`,
          [titleOf(APPLICATION_FORM, 'background')]: s,
        }),
        BACKGROUND,
        `application ${where}`,
      );
      found.push(...application.found);
      outcomes[application.responseId ? 'stored' : 'refused']++;
      floor(application.responseId, 'application');
      if (application.responseId)
        found.push(
          ...storedExactly(
            emu,
            'applicationResponseId',
            application.responseId,
            BACKGROUND,
            s,
            `application ${where}`,
          ),
        );
      tally.strings++;
    });
    found.push(...noFormulas(emu));
    console.log(
      `[reliability] intake bad input: ${outcomes.stored} submissions recorded, ${outcomes.refused} refused by the form`,
    );
    expect(outcomes.stored).toBeGreaterThan(outcomes.refused); // the suite reaches the product, not only the form
    expect(record(tally, found, 'forms')).toEqual([]);
  });
});
