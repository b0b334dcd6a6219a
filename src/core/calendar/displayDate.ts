// Dates as people read them: one format per language, the one the workbook's grid shows (Sheets' en_GB / fr_FR
// automatic date format, dd/MM/yyyy), so a date reads the same in a sidebar, the grid and the Outbox.

import type { Language } from '../messages/language';

/** The patterns per language, for people who write them down (help texts, tests). */
export const DATE_PATTERNS: Readonly<Record<Language, { date: string; dateTime: string }>> = {
  en: { date: 'dd/MM/yyyy', dateTime: 'dd/MM/yyyy HH:mm' },
  fr: { date: 'dd/MM/yyyy', dateTime: 'dd/MM/yyyy HH:mm' },
};

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

function render(pattern: string, p: { y: number; m: number; d: number; h?: number; min?: number }): string {
  return pattern
    .replace('yyyy', String(p.y))
    .replace('MM', pad2(p.m))
    .replace('dd', pad2(p.d))
    .replace('HH', pad2(p.h ?? 0))
    .replace('mm', pad2(p.min ?? 0));
}

/**
 * A calendar day given as YYYY-MM-DD (as the server sends it, already in the script's time zone). Anything else
 * (an empty value, text typed into a date column) is returned unchanged rather than guessed at.
 */
export function displayDay(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return render(DATE_PATTERNS[lang].date, { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });
}

/** A moment, read in the runtime's own time zone (the script's in Apps Script, the browser's in a page). */
export function displayDateTime(moment: Date, lang: Language): string {
  if (Number.isNaN(moment.getTime())) return '';
  return render(DATE_PATTERNS[lang].dateTime, {
    y: moment.getFullYear(),
    m: moment.getMonth() + 1,
    d: moment.getDate(),
    h: moment.getHours(),
    min: moment.getMinutes(),
  });
}
