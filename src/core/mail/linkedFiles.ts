// The lines a mailing's linked Drive files add to each message, in the message's language, before the opt-out line.

import type { FooterHook } from './renderEmail';

export interface LinkedFile {
  readonly name: string;
  readonly url: string;
}

const HEADING: Readonly<Record<string, string>> = {
  en: 'Documents:',
  fr: 'Documents :',
  ar: 'المستندات:',
  es: 'Documentos:',
};

/** "Documents:" then one "name: url" line per file; null when there are none. File names are kept to one line. */
export function linkedFilesText(language: string, files: readonly LinkedFile[]): string | null {
  if (files.length === 0) return null;
  const lines = files.map((f) => `${f.name.replace(/\s+/g, ' ').trim()}: ${f.url}`);
  return [HEADING[language] ?? HEADING.en!, ...lines].join('\n');
}

/** One footer from several: each present part, a blank line between. */
export function joinFooters(...hooks: readonly (FooterHook | undefined)[]): FooterHook {
  return (language) => {
    const parts = hooks.map((h) => (h ? h(language) : null)).filter((p): p is string => !!p);
    return parts.length === 0 ? null : parts.join('\n\n');
  };
}
