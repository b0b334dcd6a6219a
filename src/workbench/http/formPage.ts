// Google Forms created by the scripts, rendered as fillable pages: each question type, required marks, the form's own
// validation messages, pre-filled `?entry.<id>=` links; a submission goes through the emulator's form-submit path.
// The page is in the form's language; what the triggers did is the operator's business (the workbench status area).
import type { FormModel, ItemModel } from '../../emulator/services/comms/formStore';
import { questionsOf } from '../../emulator/services/comms/formStore';
import { FORM_WORDS, type FormLanguage, type FormWords, problemText } from './formText';
import { escapeHtml as h } from './httpIo';

/** Google's value for the "Other" choice of a multiple-choice or checkbox question. */
const OTHER = '__other_option__';

export type Answers = Record<string, string[]>;
export type Problems = Record<number, string>;

export function formPath(form: FormModel, action: 'viewform' | 'formResponse'): string {
  return `/forms/d/e/${form.publishedId}/${action}`;
}

/** `entry.<id>` parameters (a query string or a posted form) as answers by item id. */
export function answersFrom(params: URLSearchParams, form: FormModel): Answers {
  const out: Answers = {};
  for (const q of questionsOf(form)) {
    const key = `entry.${q.id}`;
    const values = params
      .getAll(key)
      .map((v) => (v === OTHER ? (params.get(`${key}.other_option_response`) ?? '') : v));
    if (values.length > 0) out[q.id] = values;
  }
  return out;
}

/** The answers as submitFormResponse takes them: by question title, checkbox answers as arrays. */
export function answersByTitle(form: FormModel, answers: Answers): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const q of questionsOf(form)) {
    const v = (answers[q.id] ?? []).filter((x) => x !== '');
    if (v.length === 0) continue;
    out[q.title] = q.type === 'CHECKBOX' ? v : v[0];
  }
  return out;
}

function requiredMark(item: ItemModel): string {
  return item.required ? ' <span class="req" aria-hidden="true">*</span>' : '';
}

function textAttributes(item: ItemModel): string {
  const rule = item.validation?.rule;
  const attrs: string[] = [];
  if (item.required) attrs.push('required aria-required="true"');
  if (rule?.kind === 'maxLength') attrs.push(`maxlength="${rule.n}"`);
  if (rule?.kind === 'minLength') attrs.push(`minlength="${rule.n}"`);
  return attrs.join(' ');
}

function choiceInputs(
  item: ItemModel,
  kind: 'radio' | 'checkbox',
  chosen: string[],
  words: FormWords,
): string {
  const name = `entry.${item.id}`;
  const known = new Set(item.choices);
  const other = chosen.find((c) => c !== '' && !known.has(c));
  const boxes = item.choices.map(
    (c) =>
      `<label class="choice"><input type="${kind}" name="${name}" value="${h(c)}"${chosen.includes(c) ? ' checked' : ''}> ${h(c)}</label>`,
  );
  if (item.showOther)
    boxes.push(
      `<label class="choice"><input type="${kind}" name="${name}" value="${OTHER}"${other ? ' checked' : ''}> ${h(words.other)} ` +
        `<input type="text" name="${name}.other_option_response" value="${h(other ?? '')}" aria-label="${h(words.other)}"></label>`,
    );
  return boxes.join('');
}

function control(item: ItemModel, chosen: string[], words: FormWords): string {
  const name = `entry.${item.id}`;
  const value = h(chosen[0] ?? '');
  const id = `q${item.id}`;
  switch (item.type) {
    case 'TEXT': {
      const type = item.validation?.rule?.kind === 'email' ? 'email' : 'text';
      return `<input id="${id}" type="${type}" name="${name}" value="${value}" ${textAttributes(item)}>`;
    }
    case 'PARAGRAPH_TEXT':
      return `<textarea id="${id}" name="${name}" rows="4" ${textAttributes(item)}>${value}</textarea>`;
    case 'MULTIPLE_CHOICE':
      return choiceInputs(item, 'radio', chosen, words);
    case 'CHECKBOX':
      return choiceInputs(item, 'checkbox', chosen, words);
    case 'LIST':
      return `<select id="${id}" name="${name}"${item.required ? ' required' : ''}><option value="">${h(words.choose)}</option>${item.choices
        .map((c) => `<option${chosen[0] === c ? ' selected' : ''}>${h(c)}</option>`)
        .join('')}</select>`;
    case 'SCALE': {
      const { lower, upper, leftLabel, rightLabel } = item.scale;
      const radios: string[] = [];
      for (let n = lower; n <= upper; n++)
        radios.push(
          `<label class="scale"><input type="radio" name="${name}" value="${n}"${chosen[0] === String(n) ? ' checked' : ''}> ${n}</label>`,
        );
      return `<div class="scale-row"><span>${h(leftLabel)}</span>${radios.join('')}<span>${h(rightLabel)}</span></div>`;
    }
    case 'DATE':
      return `<input id="${id}" type="date" name="${name}" value="${value}"${item.required ? ' required' : ''}>`;
    case 'TIME':
      return `<input id="${id}" type="time" name="${name}" value="${value}"${item.required ? ' required' : ''}>`;
    case 'DATETIME':
      return `<input id="${id}" type="datetime-local" name="${name}" value="${value}"${item.required ? ' required' : ''}>`;
    case 'DURATION':
      return `<input id="${id}" type="text" name="${name}" value="${value}" placeholder="hh:mm:ss">`;
    default:
      return `<p class="unsupported">This question type (${h(item.type)}) cannot be answered in the workbench.</p>`;
  }
}

function itemBlock(item: ItemModel, chosen: string[], problem: string | undefined, words: FormWords): string {
  if (item.type === 'SECTION_HEADER' || item.type === 'PAGE_BREAK')
    return `<section class="section"><h2>${h(item.title)}</h2>${item.helpText ? `<p>${h(item.helpText)}</p>` : ''}</section>`;
  if (item.type === 'IMAGE' || item.type === 'VIDEO') return `<p class="media">${h(item.title)}</p>`;
  const grouped = ['MULTIPLE_CHOICE', 'CHECKBOX', 'SCALE'].includes(item.type);
  const title = `${h(item.title)}${requiredMark(item)}`;
  const label = grouped
    ? `<legend>${title}</legend>`
    : `<label class="title" for="q${item.id}">${title}</label>`;
  const tag = grouped ? 'fieldset' : 'div';
  return (
    `<${tag} class="question${problem ? ' has-error' : ''}" data-item-id="${item.id}" data-title="${h(item.title)}">` +
    label +
    (item.helpText ? `<p class="help">${h(item.helpText)}</p>` : '') +
    control(item, chosen, words) +
    (problem ? `<p class="error" role="alert">${h(problem)}</p>` : '') +
    `</${tag}>`
  );
}

function page(title: string, body: string, language: FormLanguage = 'en'): string {
  return `<!doctype html><html lang="${language}"${language === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${h(title)}</title><link rel="stylesheet" href="/assets/forms.css"></head><body><main class="form-card">${body}</main></body></html>`;
}

export function renderForm(
  form: FormModel,
  answers: Answers,
  problems: Problems,
  extra: { email?: string; emailProblem?: string; formProblem?: string } = {},
  language: FormLanguage = 'en',
): string {
  const words = FORM_WORDS[language];
  const problem = (p: string | undefined) => (p === undefined ? undefined : problemText(p, language));
  const closed = !form.acceptingResponses;
  const anyRequired = questionsOf(form).some((q) => q.required);
  const email = form.collectEmail
    ? `<div class="question${extra.emailProblem ? ' has-error' : ''}"><label class="title" for="emailAddress">${h(words.email)} <span class="req">*</span></label>` +
      `<input id="emailAddress" type="email" name="emailAddress" value="${h(extra.email ?? '')}" required>` +
      (extra.emailProblem
        ? `<p class="error" role="alert">${h(problem(extra.emailProblem) ?? '')}</p>`
        : '') +
      '</div>'
    : '';
  const items = form.items
    .map((i) => itemBlock(i, answers[i.id] ?? [], problem(problems[i.id]), words))
    .join('');
  // The language stays with the page through a submission that comes back with problems.
  const hl = language === 'en' ? '' : `<input type="hidden" name="hl" value="${language}">`;
  return page(
    form.title,
    `<header><h1>${h(form.title)}</h1>${form.description ? `<p class="description">${h(form.description)}</p>` : ''}` +
      (anyRequired ? `<p class="req-note"><span class="req">*</span> ${h(words.required)}</p>` : '') +
      '</header>' +
      (extra.formProblem ? `<p class="error" role="alert">${h(problem(extra.formProblem) ?? '')}</p>` : '') +
      (closed
        ? `<p class="closed">${h(words.closed)}</p>`
        : `<form method="post" action="${formPath(form, 'formResponse')}" novalidate>${hl}${email}${items}` +
          `<div class="actions"><button type="submit">${h(words.submit)}</button></div></form>`),
    language,
  );
}

/**
 * The thank-you page: the form's confirmation message (Google's default when it has none), in the form's language.
 * Nothing about the triggers: the respondent is outside the organisation.
 * Source: https://developers.google.com/apps-script/reference/forms/form#setconfirmationmessagemessage
 */
export function renderConfirmation(form: FormModel, language: FormLanguage = 'en'): string {
  const words = FORM_WORDS[language];
  const message = form.confirmationMessage || words.recorded;
  const again = `${formPath(form, 'viewform')}${language === 'en' ? '' : `?hl=${language}`}`;
  return page(
    form.title,
    `<header><h1>${h(form.title)}</h1></header><p class="confirmation" role="status">${h(message)}</p>` +
      `<p><a href="${h(again)}">${h(words.another)}</a></p>`,
    language,
  );
}

export function renderFormList(forms: FormModel[]): string {
  const items = forms
    .map(
      (f) =>
        `<li><a href="${formPath(f, 'viewform')}">${h(f.title)}</a> <span class="count">${f.responses.length} response(s)</span></li>`,
    )
    .join('');
  return page(
    'Forms',
    `<header><h1>Forms</h1></header>${items ? `<ul class="form-list">${items}</ul>` : '<p>No forms yet: run setup.</p>'}`,
  );
}
