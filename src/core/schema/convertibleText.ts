// Which text Sheets would not keep as typed in a cell without the plain-text format: the store's "risky" predicate.
//
// `setValue(s)` parses strings as if a person typed them: "=…" becomes a formula, and numbers, dates,
// percentages, currencies and booleans are converted
// (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue: "If it begins with '=' it
// is interpreted as a formula"; the conversions follow the spreadsheet's locale). Only a cell formatted '@' keeps
// the text exactly (https://developers.google.com/sheets/api/guides/formats). The store writes text-only columns
// raw, trusting that format; when a block it writes holds text this predicate flags, it first sets '@' on those
// cells, so a cell whose format was lost (a paste, Clear formatting) still stores the text.
//
// Conservative by design: a false "risky" costs one extra format call, a false "safe" could store a live formula
// or turn "01234" into 1234. Which exact strings each locale converts is not documented, so this flags more:
// - anything starting with =, +, -, @, an apostrophe (hidden as a text marker), tab, CR or LF, also after spaces;
// - TRUE / FALSE in any case, and the error literals (#N/A, #REF!…);
// - any text with a digit made only of digits, spaces, number and date punctuation, currency signs, and letter
//   words that could be part of a date or number (month and weekday names and abbreviations in English, French,
//   Spanish, Portuguese, German and Italian, AM/PM, an exponent E, words in scripts other than Latin, whose
//   month names are not listed here).
// Ordinary text stays "safe": names, e-mail addresses, sentences with a year in them ("Met at the 2024 summit"),
// ids such as CON-000123.

const TRIGGER = /^\s*['=+\-@\t\r\n]/;
const LITERAL = /^\s*(?:true|false|#n\/a|#ref!|#div\/0!|#value!|#name\?|#num!|#null!|#error!)\s*$/i;
const HAS_DIGIT = /\p{Nd}/u; // any script's digits: whether Sheets reads Arabic-Indic ones is not documented
// Digits, white space (incl. no-break), number/date punctuation, currency signs, letters. Anything else
// (@, _, #, &, ?, !, ;, quotes…) cannot be part of a number, date, time or currency Sheets parses.
const NUMBER_OR_DATE_CHARS = /^[\p{Nd}\s.,:/\\()%'’\u00a0\u202f\p{Sc}\p{L}\p{M}-]*$/u;
const LETTER_WORD = /[\p{L}\p{M}]+/gu;
const LATIN_WORD = /^[A-Za-z\u00c0-\u024f]+$/;

// Month and weekday names (and their common abbreviations, matched as prefixes of 3+ letters) of the languages
// the network works in most; AM/PM and the exponent letter.
const DATE_WORDS = [
  // English
  'january february march april may june july august september october november december',
  'monday tuesday wednesday thursday friday saturday sunday sept',
  // French
  'janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre decembre décembre',
  'lundi mardi mercredi jeudi vendredi samedi dimanche',
  // Spanish, Portuguese
  'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
  'lunes martes miercoles miércoles jueves viernes sabado sábado domingo',
  'janeiro fevereiro março marco maio junho julho setembro outubro dezembro',
  'segunda terça terca quarta quinta sexta',
  // German, Italian
  'januar februar märz maerz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag',
  'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedi martedi mercoledi giovedi venerdi',
]
  .join(' ')
  .split(' ');
const SHORT_WORDS = new Set([
  'am',
  'pm',
  'a',
  'p',
  'e',
  't',
  'de',
  'del',
  'of',
  'the',
  'st',
  'nd',
  'rd',
  'th',
  'h',
]);

function couldBeDateWord(word: string): boolean {
  const w = word.toLowerCase();
  if (SHORT_WORDS.has(w)) return true;
  if (!LATIN_WORD.test(word)) return true; // another script: its month names are not listed, assume they could be
  if (w.length < 3) return false;
  return DATE_WORDS.some((name) => name.indexOf(w) === 0);
}

/** Whether Sheets might store `text` as something other than that exact text in a cell not formatted '@'. */
export function sheetsWouldConvert(text: string): boolean {
  if (text === '') return false;
  if (TRIGGER.test(text) || LITERAL.test(text)) return true;
  if (!HAS_DIGIT.test(text) || !NUMBER_OR_DATE_CHARS.test(text)) return false;
  const words = text.match(LETTER_WORD) ?? [];
  return words.every(couldBeDateWord);
}
