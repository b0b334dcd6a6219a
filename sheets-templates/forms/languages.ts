// How the forms name each language of correspondence (its own name first, so a reader finds their language).

export const LANGUAGE_LABELS: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'Français (French)',
  ar: 'العربية (Arabic)',
  es: 'Español (Spanish)',
  pt: 'Português (Portuguese)',
  ru: 'Русский (Russian)',
  bs: 'Bosanski (Bosnian)',
  sq: 'Shqip (Albanian)',
  sr: 'Srpski (Serbian)',
  mk: 'Македонски (Macedonian)',
  sw: 'Kiswahili (Swahili)',
  ur: 'اردو (Urdu)',
  hi: 'हिन्दी (Hindi)',
  bn: 'বাংলা (Bengali)',
  de: 'Deutsch (German)',
};

/** The label shown on a form for a language code; an unknown code is shown as itself. */
export function languageLabel(code: string): string {
  return LANGUAGE_LABELS[code] ?? code;
}
