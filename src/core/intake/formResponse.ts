// A form submission as title → answer text, from the form-submit event's namedValues or from a response-sheet row.

import { localDateOf } from '../calendar/localDate';

/** Answers by question title (the response sheet's headers). Checkbox answers may be several strings. */
export interface FormResponse {
  readonly answers: Readonly<Record<string, string | readonly string[]>>;
  /** When the response was submitted, if known (the response sheet's Timestamp cell, or the event time). */
  readonly submittedAt: Date | null;
}

/** Columns Google adds to a response sheet that are not questions. */
const NON_QUESTION_HEADERS = ['timestamp', 'email address', 'score'];

/**
 * From a spreadsheet form-submit event. Its `namedValues` maps each question title to an array of
 * answers, e.g. {'First Name': ['Jane'], 'Timestamp': ['6/7/2015 20:54:13']}
 * (https://developers.google.com/apps-script/guides/triggers/events#form-submit). The Timestamp there is
 * display text in the spreadsheet's locale, so the caller passes the real submission time instead
 * (the Timestamp cell of `e.range`, or the event time).
 */
export function responseFromNamedValues(
  namedValues: Readonly<Record<string, unknown>>,
  submittedAt: Date | null,
): FormResponse {
  const answers: Record<string, string | string[]> = {};
  for (const title of Object.keys(namedValues)) {
    if (NON_QUESTION_HEADERS.indexOf(title.trim().toLowerCase()) >= 0) continue;
    const raw = namedValues[title];
    const list = Array.isArray(raw) ? raw : [raw];
    const texts = list.map((v) => cellText(v, null)).filter((t) => t.trim() !== '');
    answers[title.trim()] = texts.length <= 1 ? (texts[0] ?? '') : texts;
  }
  return { answers, submittedAt };
}

/**
 * From one row of the response sheet read with getValues: dates come back as Date, numbers as numbers and
 * empty cells as '' (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()).
 * The Timestamp column becomes submittedAt; a Date in a question column (a date question) becomes
 * 'YYYY-MM-DD' in the given zone.
 */
export function responseFromRow(
  headers: readonly unknown[],
  row: readonly unknown[],
  timeZone: string,
): FormResponse {
  const answers: Record<string, string> = {};
  let submittedAt: Date | null = null;
  headers.forEach((h, i) => {
    const title = String(h ?? '').trim();
    if (title === '') return;
    const value = row[i];
    if (title.toLowerCase() === 'timestamp') {
      submittedAt = value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
      return;
    }
    if (NON_QUESTION_HEADERS.indexOf(title.toLowerCase()) >= 0) return;
    answers[title] = cellText(value, timeZone);
  });
  return { answers, submittedAt };
}

function cellText(value: unknown, timeZone: string | null): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return timeZone ? localDateOf(value, timeZone) : value.toISOString().slice(0, 10);
  }
  // Kept as sent: paragraph answers keep their spaces and line breaks exactly; checkAnswers trims one-line answers.
  return String(value);
}

/** Looks an answer up by title, tolerating case and spacing differences a person may introduce in headers. */
export function answerFor(response: FormResponse, title: string): string | readonly string[] {
  const exact = response.answers[title];
  if (exact !== undefined) return exact;
  const wanted = titleKey(title);
  for (const t of Object.keys(response.answers)) {
    if (titleKey(t) === wanted) return response.answers[t]!;
  }
  return '';
}

function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isBlank(answer: string | readonly string[]): boolean {
  return typeof answer === 'string' ? answer.trim() === '' : answer.every((a) => a.trim() === '');
}

/**
 * A "ghost" submission: every answer empty. Such responses do occur (a blank row in the response sheet,
 * a duplicate trigger delivery with empty values) and must be ignored, not recorded. Titles listed in
 * `ignoreTitles` (pre-filled questions such as the application reference) do not count as answers.
 */
export function isGhostResponse(response: FormResponse, ignoreTitles: readonly string[] = []): boolean {
  const ignored = ignoreTitles.map(titleKey);
  return Object.keys(response.answers).every(
    (t) => ignored.indexOf(titleKey(t)) >= 0 || isBlank(response.answers[t]!),
  );
}
