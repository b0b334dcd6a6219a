// How stored things read in the person's language: vocabulary values, field labels and notes, template names, actions.

import { FIELD_LABELS_FR, FIELD_NOTES_FR } from './fieldTextFr';
import { type Language, messageLanguage } from './language';
import { ACTIONS_FR, MENU_FR, TITLES_FR } from './phrasesFr';
import { sheetNoteFr } from './sheetNotesFr';
import { TEMPLATE_NAMES } from './templateNames';
import { VOCABULARY_FR } from './vocabularyFr';

/** A stored vocabulary value (stage, status, category, topic…) as shown; values not in a list show as written. */
export function displayValue(value: string, lang: Language = messageLanguage()): string {
  if (lang === 'fr') return VOCABULARY_FR[value] ?? value;
  return value;
}

/** A comma-separated list of stored values, each shown in the language. */
export function displayList(text: string, lang: Language = messageLanguage()): string {
  if (text.trim() === '') return text;
  return text
    .split(',')
    .map((part) => displayValue(part.trim(), lang))
    .join(', ');
}

/** A field's label: the column header in English, its French label in French. */
export function fieldLabel(
  tab: string,
  key: string,
  header: string,
  lang: Language = messageLanguage(),
): string {
  if (lang === 'fr') return FIELD_LABELS_FR[`${tab}.${key}`] ?? header;
  return header;
}

/** A field's help note (the header note in the sheet), in the language. */
export function fieldNote(
  tab: string,
  key: string,
  note: string,
  lang: Language = messageLanguage(),
): string {
  if (lang === 'fr' && note !== '')
    return FIELD_NOTES_FR[`${tab}.${key}`] ?? sheetNoteFr(tab, key, note) ?? note;
  return note;
}

/** A built-in template's name, never its key; unknown keys (templates added in the sheet) show as written. */
export function templateName(key: string, lang: Language = messageLanguage()): string {
  return TEMPLATE_NAMES[key]?.[lang] ?? key;
}

/** An access refusal's action phrase ("validate the workbook") in the language. */
export function actionPhrase(action: string, lang: Language = messageLanguage()): string {
  if (lang === 'fr') return ACTIONS_FR[action] ?? action;
  return action;
}

/** A sidebar's or dialog's title in the language. */
export function titleText(title: string, lang: Language = messageLanguage()): string {
  if (lang === 'fr') return TITLES_FR[title] ?? title;
  return title;
}

/** "a or b" / "a ou b". */
export function orList(items: readonly string[], lang: Language = messageLanguage()): string {
  return items.join(lang === 'fr' ? ' ou ' : ' or ');
}

/** A caption of the SCN CRM menu in the language. */
export function menuText(caption: string, lang: Language = messageLanguage()): string {
  if (lang === 'fr') return MENU_FR[caption] ?? caption;
  return caption;
}
