// The words of the event documents (summary report, visa letter) in English and French, and the counts they show.

import type { Language } from '../messages/language';

const WORDS = {
  en: {
    summary: 'Event summary',
    purpose: 'Purpose',
    dates: 'Dates and place',
    participation: 'Participation',
    byStatus: 'By status',
    byHub: 'By hub',
    byCountry: 'By country',
    byRole: 'By role',
    byGender: 'By gender (where recorded)',
    interpretation: 'Interpretation',
    sessions: 'Sessions and outcomes',
    followUps: 'Follow-ups',
    budget: 'Budget',
    none: 'None recorded.',
    online: 'Online',
    count: 'Count',
    line: 'Line',
    planned: 'Planned',
    actual: 'Actual',
    pair: 'Pair',
    mode: 'Mode',
    listeners: 'Participants',
    interpreters: 'Interpreters',
    notRecorded: 'not recorded',
    letterTitle: 'Visa invitation letter',
    letterBody:
      'The Strong Cities Network invites {name} ({nationality}, passport {passport}) to take part in {event}, {place}, from {start} to {end}. The Network covers the arrangements stated in the invitation. Please present this letter to the consulate by {deadline}.',
  },
  fr: {
    summary: 'Synthèse de l’événement',
    purpose: 'Objet',
    dates: 'Dates et lieu',
    participation: 'Participation',
    byStatus: 'Par statut',
    byHub: 'Par hub',
    byCountry: 'Par pays',
    byRole: 'Par rôle',
    byGender: 'Par genre (quand il est renseigné)',
    interpretation: 'Interprétation',
    sessions: 'Sessions et résultats',
    followUps: 'Suites à donner',
    budget: 'Budget',
    none: 'Rien d’enregistré.',
    online: 'En ligne',
    count: 'Nombre',
    line: 'Ligne',
    planned: 'Prévu',
    actual: 'Réel',
    pair: 'Paire',
    mode: 'Mode',
    listeners: 'Participants',
    interpreters: 'Interprètes',
    notRecorded: 'non renseigné',
    letterTitle: 'Lettre d’invitation pour un visa',
    letterBody:
      'Le Strong Cities Network invite {name} ({nationality}, passeport {passport}) à participer à {event}, {place}, du {start} au {end}. Le réseau prend en charge ce que précise l’invitation. Merci de présenter cette lettre au consulat avant le {deadline}.',
  },
} as const;

export type DocumentWord = keyof (typeof WORDS)['en'];

export function docWord(key: DocumentWord, lang: Language, params: Record<string, string> = {}): string {
  return WORDS[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);
}

/** Rows [label, count] of how many people have each value, most first, then by label; '' counted as `blank`. */
export function tally(values: readonly string[], blank: string | null): [string, string][] {
  const counts: Record<string, number> = {};
  for (const v of values) {
    const key = v === '' ? blank : v;
    if (key === null) continue;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.keys(counts)
    .sort((a, b) => counts[b]! - counts[a]! || (a < b ? -1 : 1))
    .map((k) => [k, String(counts[k])]);
}
