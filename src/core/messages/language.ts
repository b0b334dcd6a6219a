// The language messages are written in: English unless the side that shows them (server or sidebar) says otherwise.

export type Language = 'en' | 'fr';

export const LANGUAGES: readonly Language[] = ['en', 'fr'];

let resolver: () => Language = () => 'en';

/**
 * Tells the messages which language the person reading them uses. The server registers the user's sidebar
 * language (src/server/records/uiLanguage.ts), a sidebar its own switch (src/ui/shared/uiText.ts); core stays
 * free of Apps Script and browser globals.
 */
export function setMessageLanguage(resolve: () => Language): void {
  resolver = resolve;
}

/** The reader's language; any failure to find it out falls back to English (e.g. before authorisation). */
export function messageLanguage(): Language {
  try {
    return resolver() === 'fr' ? 'fr' : 'en';
  } catch {
    return 'en';
  }
}

/** Fills {name} placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * The language of text stored in the workbook and read later by anyone (Issues found lines, Audit summaries, notes
 * and help texts): the workbook's default language from Settings, when it is one the messages speak, else English.
 */
export function languageOf(code: string | null | undefined): Language {
  return String(code ?? '').toLowerCase() === 'fr' ? 'fr' : 'en';
}
