// Text safety and normalisation: formula neutralising, header-injection checks, email and city-name keys.

/**
 * Formula injection (DESIGN §8). Sheets reads typed input starting with `=` (and, when typed, `+`, `-`,
 * `@`) as a formula; tab and carriage return are the classic prefixes used to smuggle one past a filter
 * (OWASP "CSV injection"). Two layers keep user text inert:
 *
 * 1. The table store gives every `textOnly` column the plain-text number format '@', so values written
 *    there are stored as typed text: "01234", "1/2", "TRUE", "+44 20…" and "=1+1" stay exactly as entered.
 *    The store writes text into those columns unchanged (`plainTextCell`): an apostrophe written there
 *    showed in the cell ("'+962…") in the emulator, whose '@' cells keep text exactly as written
 *    (src/emulator/services/spreadsheet/valueConversion.ts); Google does not document either way. Validate
 *    workbook reports a text-only column whose data cells lost '@', and Set up or repair restores it; before a
 *    write whose text Sheets would convert (convertibleText.ts), the store sets '@' on exactly those cells again
 *    (src/server/store/plainTextGuard.ts), so a lost format never turns saved text into a formula.
 * 2. `neutraliseText` is the layer that does not depend on the cell's format, for text written into columns
 *    that are not plain text (dates, numbers, checkboxes holding text), the Audit tab and exports.
 *    It prefixes an apostrophe to risky text only: by spreadsheet convention a leading apostrophe marks
 *    typed input as text and is not shown (https://github.com/handsontable/hyperformula/issues/129 surveys
 *    the apps). What `setValue` does with it in a cell already formatted '@' is not documented, so
 *    `restoreText` (applied by `fromCell` on every read) removes an
 *    apostrophe placed in front of a risky character. A value written through neutraliseText therefore
 *    reads back exactly as the original text under either behaviour, and is never evaluated.
 *
 * Guarantee of neutraliseText on its own: the result never starts with =, +, -, @, tab or CR, so no
 * spreadsheet evaluates it as a formula; text that starts with neither those nor apostrophes before them is
 * returned unchanged; restoreText(neutraliseText(s)) === s for every string s. Phone numbers keep their +
 * (after the apostrophe). Not verified against real Sheets: whether a '@' cell keeps or hides the leading
 * apostrophe of text written by setValue — hence the round-trip design above, which is exact either way
 * for any text that does not itself begin with an apostrophe.
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

/**
 * What the store writes into a cell formatted '@' (plain text): the text unchanged, so the cell shows exactly what
 * was typed (no visible leading apostrophe in front of "+962…"). The plain-text format is what keeps such text
 * from being read as a formula or number there (layer 1 above; the emulator models it in
 * src/emulator/services/spreadsheet/valueConversion.ts). Only text that itself starts with apostrophes before a
 * trigger character gets one more, so restoreText, which every read applies, still gives it back exactly.
 */
export function plainTextCell(text: string): string {
  return FORMULA_TRIGGER.test(text) ? text : neutraliseText(text);
}

/** Inverse of neutraliseText (and of plainTextCell) for a value read back from a cell. */
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
