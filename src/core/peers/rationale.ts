// The plain-language why of a suggested pair, in English and French, from the evidence the score used.

import { displayValue } from '../messages/display';
import type { Language } from '../messages/language';
import { FACTORS, type ScoredPair } from './scoring';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
};

const LANGUAGE_NAMES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    en: 'English',
    fr: 'French',
    ar: 'Arabic',
    es: 'Spanish',
    pt: 'Portuguese',
    ru: 'Russian',
    sw: 'Swahili',
    de: 'German',
    ur: 'Urdu',
    hi: 'Hindi',
    bn: 'Bengali',
  },
  fr: {
    en: 'anglais',
    fr: 'français',
    ar: 'arabe',
    es: 'espagnol',
    pt: 'portugais',
    ru: 'russe',
    sw: 'swahili',
    de: 'allemand',
    ur: 'ourdou',
    hi: 'hindi',
    bn: 'bengali',
  },
};

export const languageName = (code: string, lang: Language): string => LANGUAGE_NAMES[lang][code] ?? code;

const monthYear = (d: Date, lang: Language) => `${MONTHS[lang][d.getMonth()]} ${d.getFullYear()}`;

function list(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/**
 * E.g. "Mombasa seeks youth engagement (priority high, surveyed March 2026); Aarhus has practice on youth
 * engagement since 2019; both work in English; same hub". Names come from the workbook: the caller shows this
 * as text, never as HTML.
 */
export function rationale(p: ScoredPair, lang: Language): string {
  const fr = lang === 'fr';
  const topic = displayValue(p.need.topic, lang);
  const priority = displayValue(p.need.priority, lang);
  const parts: string[] = [];
  const surveyed = p.need.surveyedOn
    ? fr
      ? `, relevé en ${monthYear(p.need.surveyedOn, lang)}`
      : `, surveyed ${monthYear(p.need.surveyedOn, lang)}`
    : '';
  parts.push(
    fr
      ? `${p.seeker.name} cherche un appui sur ${topic} (priorité ${priority}${surveyed})`
      : `${p.seeker.name} seeks ${topic} (priority ${priority}${surveyed})`,
  );
  const since = p.practice.sinceYear
    ? fr
      ? ` depuis ${p.practice.sinceYear}`
      : ` since ${p.practice.sinceYear}`
    : '';
  const what = p.practice.description ? ` (${p.practice.description})` : '';
  parts.push(
    fr
      ? `${p.offerer.name} a une pratique sur ${topic}${since}${what}`
      : `${p.offerer.name} has practice on ${topic}${since}${what}`,
  );
  const names = p.sharedLanguages.map((l) => languageName(l, lang));
  if (names.length > 0)
    parts.push(fr ? `les deux travaillent en ${list(names, lang)}` : `both work in ${list(names, lang)}`);
  else
    parts.push(
      fr
        ? 'aucune langue de travail commune : interprétation nécessaire'
        : 'no shared working language: interpretation needed',
    );
  if (p.sameHub)
    parts.push(
      p.offerer.kind === 'city' ? (fr ? 'même hub' : 'same hub') : fr ? 'même pays' : 'same country',
    );
  // Populations within about 1.4× of each other.
  if (sizeRatio(p) >= 0.7) parts.push(fr ? 'tailles comparables' : 'similar size');
  if (p.factors.repeat < 0)
    parts.push(
      p.past.lastMatchedOn
        ? fr
          ? `déjà mises en relation en ${monthYear(p.past.lastMatchedOn, lang)}`
          : `matched before, ${monthYear(p.past.lastMatchedOn, lang)}`
        : fr
          ? `échange entre pairs récent (${monthYear(p.past.lastMetOn!, lang)})`
          : `met in a peer exchange recently (${monthYear(p.past.lastMetOn!, lang)})`,
    );
  // The offering city's own limit (Cities › Peer exchanges hosted), when it has one: why it may not take more.
  const hosts = p.offerer.capacity;
  if (hosts !== null && hosts !== undefined)
    parts.push(
      fr
        ? `${p.offerer.name} accueille au plus ${hosts} échange${hosts > 1 ? 's' : ''} entre pairs à la fois`
        : `${p.offerer.name} hosts at most ${hosts} peer exchange${hosts === 1 ? '' : 's'} at a time`,
    );
  // French puts a space before the semicolon.
  return `${parts.join(fr ? ' ; ' : '; ')}.`;
}

function sizeRatio(p: ScoredPair): number {
  const a = p.seeker.population ?? 0;
  const b = p.offerer.population ?? 0;
  return a > 0 && b > 0 ? Math.min(a, b) / Math.max(a, b) : 0;
}

/** "topic 40 · priority 15 · … = 87": the points of each factor, as the Score breakdown column holds them. */
export function breakdownText(p: ScoredPair): string {
  return `${FACTORS.map((f) => `${f} ${p.factors[f]}`).join(' · ')} = ${p.score}`;
}
