// Text safety and normalisation: formula neutralising, header-injection checks, email and city-name keys.

/**
 * Formula injection (DESIGN §8) and "text kept as typed" (README). Sheets reads typed input starting with `=` (and,
 * when typed, `+`, `-`, `@`) as a formula and converts text that looks like a number, date or boolean; tab and
 * carriage return are the classic prefixes used to smuggle a formula past a filter (OWASP "CSV injection").
 *
 * 1. Text-only columns (every text type) are formatted '@' (plain text) by setup and by the store's new rows, and
 *    the store sets '@' again on any cell it writes convertible text to (src/server/store/plainTextGuard.ts), so a
 *    lost format never turns saved text into a formula. In a '@' cell `setValue(s)` stores the text as it is
 *    ("01234", "1/2", "TRUE", "+44 20…", "=1+1" stay text: https://developers.google.com/sheets/api/guides/formats).
 *    The rule, the same on every path (forms, sidebars, the grid): the store writes text into those cells exactly
 *    as typed and reads it back exactly — no apostrophe added, none removed. A leading apostrophe typed by a person
 *    ("'=1+1") is part of the text: in a cell already formatted as plain text, Sheets does not parse the entry, so
 *    the apostrophe is not taken as the "treat as text" marker and stays in the value (believed, from public
 *    reports rather than a Google reference page: writing a string that Sheets stores without parsing — the API's
 *    RAW input, a '@' cell — keeps a typed apostrophe as a character,
 *    https://github.com/theoephraim/node-google-spreadsheet/issues/323,
 *    https://github.com/robin900/gspread-dataframe/issues/26). The emulator models exactly that
 *    (src/emulator/services/spreadsheet/valueConversion.ts: a '@' cell keeps strings exactly).
 * 2. `neutraliseText` is the layer that does not depend on a '@' format, for text written into columns that are not
 *    plain text (dates, numbers, checkboxes holding text). It prefixes an apostrophe to risky text only: in a cell
 *    not formatted '@' a leading apostrophe marks typed input as text and is not part of the value
 *    (https://support.google.com/docs/answer/58515; https://github.com/handsontable/hyperformula/issues/129 surveys
 *    the apps); `restoreText`, applied when such a column is read, removes an apostrophe placed in front of a risky
 *    character, so restoreText(neutraliseText(s)) === s for every string s.
 *
 * Guarantee of neutraliseText on its own: the result never starts with =, +, -, @, tab or CR, so no spreadsheet
 * evaluates it as a formula; text that starts with neither those nor apostrophes before them is returned unchanged.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
// Text that already starts with apostrophes before a trigger gets one more, so restoreText stays exact.
const NEEDS_MARKER = /^'*[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

export function neutraliseText(text: string): string {
  return NEEDS_MARKER.test(text) ? "'" + text : text;
}

/** Inverse of neutraliseText for a value read back from a cell that is not formatted '@'. */
export function restoreText(text: string): string {
  return text.charAt(0) === "'" && NEEDS_MARKER.test(text.slice(1)) ? text.slice(1) : text;
}

// CR, LF and the Unicode line separators: any of them in a mail header starts a new header.
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;

export function hasLineBreak(text: string): boolean {
  return LINE_BREAK.test(text);
}

/**
 * Header-injection check for values that end up in mail headers (subjects, names, addresses):
 * returns a message naming the field, or null when the value is safe.
 */
export function headerProblem(fieldLabel: string, value: string): string | null {
  return hasLineBreak(value) ? `${fieldLabel}: line breaks are not allowed here.` : null;
}

/** The form an email is compared and stored in: trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Deliberately pragmatic: one @, no spaces or header-breaking characters, a dotted domain with a 2+ letter
// top-level label. Mail services do the real check; this catches typing mistakes and injection.
const EMAIL_PATTERN =
  /^[^\s@<>()[\]\\,;:"]+@(?:[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]*[A-Za-z0-9\u00a1-\uffff])?\.)+[A-Za-z\u00a1-\uffff]{2,}$/;

export function isValidEmail(email: string): boolean {
  if (email.length > 254 || hasLineBreak(email)) return false;
  const at = email.lastIndexOf('@');
  if (at < 1 || at > 64) return false;
  const local = email.slice(0, at);
  if (local.charAt(0) === '.' || local.charAt(local.length - 1) === '.' || local.indexOf('..') >= 0)
    return false;
  return EMAIL_PATTERN.test(email);
}

/** International phone numbers: optional +, then 6–15 digits with spaces, dots, dashes or brackets. */
export function isValidPhone(phone: string): boolean {
  if (!/^\+?[0-9][0-9 ().-]*$/.test(phone)) return false;
  const digits = phone.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

export function isValidUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(url);
}

// Words that open an official name and do not distinguish one city from another.
const CITY_PREFIXES = [
  'city of ',
  'municipality of ',
  'county of ',
  'town of ',
  'ville de ',
  "ville d'",
  'commune de ',
  'municipalite de ',
  'municipio de ',
  'ciudad de ',
  'grad ',
  'opstina ',
];

/**
 * The key two city names are compared by when looking for duplicates: accents and other combining marks
 * removed (also Arabic short vowels), case folded, punctuation as spaces, whitespace collapsed, and a
 * leading "City of" / "Ville de" / "Grad"… dropped. "Ville de Montréal" and "MONTREAL " share a key.
 */
export function normaliseCityName(name: string): string {
  let key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/[.,;:()"/\\_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const prefix of CITY_PREFIXES) {
    if (key.indexOf(prefix) === 0 && key.length > prefix.length) {
      key = key.slice(prefix.length).trim();
      break;
    }
  }
  return key.replace(/'/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Country names compare the same way (so "Côte d’Ivoire" matches "Cote d'Ivoire"). */
export function normaliseCountryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´.,;:()"/\\_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
