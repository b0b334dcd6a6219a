// The French check's eye: which words of a text are English only. A word is English only when the English side of
// the text tables uses it and no French text, tab name or column header does (headers are the sheet's own words,
// which French messages name as written). Applied to what a French reader is shown, it flags any English left.
import { TABS } from '../../../sheets-templates';
import { MESSAGES } from '../../../src/core/messages/catalogue';
import { ACTIONS_FR, MENU_FR, TITLES_FR } from '../../../src/core/messages/phrasesFr';
import { TEMPLATE_NAMES } from '../../../src/core/messages/templateNames';
import { VOCABULARY_FR } from '../../../src/core/messages/vocabularyFr';
import { REVIEW_TEXT_TABLES } from '../../../src/ui/pages/review/reviewText';
import { CHROME_TEXT_TABLES } from '../../../src/workbench/client/chromeText';

const { UI_TEXT_TABLES } =
  require('../../../src/ui/shared/uiText') as typeof import('../../../src/ui/shared/uiText');

const wordsOf = (text: string): string[] =>
  (
    text
      // Placeholders, links and addresses are not words of a language.
      .replace(/\{\w+\}|https?:\/\/\S+|\S+@\S+/g, ' ')
      .toLowerCase()
      .match(/[a-zà-ÿœ’']{2,}/g) ?? []
  ).map((w) => w.replace(/['’]s$/, ''));

function englishOnly(): Set<string> {
  const en: string[] = [];
  const fr: string[] = [];
  for (const m of Object.values(MESSAGES)) {
    en.push(m.en);
    fr.push(m.fr);
  }
  for (const tables of [UI_TEXT_TABLES, REVIEW_TEXT_TABLES, CHROME_TEXT_TABLES]) {
    en.push(...Object.values(tables.en as Record<string, string>));
    fr.push(...Object.values(tables.fr as Record<string, string>));
  }
  for (const table of [MENU_FR, TITLES_FR, ACTIONS_FR, VOCABULARY_FR]) {
    en.push(...Object.keys(table));
    fr.push(...Object.values(table));
  }
  for (const name of Object.values(TEMPLATE_NAMES)) {
    en.push(name.en);
    fr.push(name.fr);
  }
  // The sheet's own names: tabs and headers stay as written in every language.
  const sheetNames = TABS.flatMap((t) => [t.name, ...t.columns.map((c) => c.header)]);
  const shared = new Set([...fr, ...sheetNames, 'SCN CRM', 'Strong Cities'].flatMap(wordsOf));
  return new Set(en.flatMap(wordsOf).filter((w) => !shared.has(w)));
}

const ENGLISH_ONLY = englishOnly();

/** The English-only words of a text (none for a fully French text). */
export function englishWordsIn(text: string): string[] {
  // Record ids (APP-000038) are keys, not words: "app" is an English word of the messages ("web app").
  const words = wordsOf(text.replace(/\b[A-Z]{3}-\d{6}\b/g, ' '));
  return [...new Set(words.filter((w) => ENGLISH_ONLY.has(w)))];
}

/** How many words the check knows as English only (it must know many to mean anything). */
export const ENGLISH_ONLY_SIZE = ENGLISH_ONLY.size;
