// What "Set up or repair workbook" says (its toast and change lines) and the help texts it stores in the grid
// (date rules), in English and French. Tab names, headers and trigger function names stay as written.

export const SETUP_MESSAGES = {
  'setup.toastTitle': { en: 'Set up or repair workbook', fr: 'Installer ou réparer le classeur' },
  'setup.nothingToDo': {
    en: 'Everything is in order: nothing to set up or repair.',
    fr: 'Tout est en ordre : rien à installer ni à réparer.',
  },
  'setup.changesMade': { en: '{n} change(s) made.', fr: '{n} modification(s) faite(s).' },
  'setup.dateRuleHelp': { en: 'A date, e.g. 2025-03-31.', fr: 'Une date, par ex. 2025-03-31.' },
  'setup.decorated': {
    en: '{tab}: notes, formats, dropdowns, widths and protection applied.',
    fr: '{tab} : notes, formats, listes déroulantes, largeurs et protection appliqués.',
  },
  'setup.rulesExtended': {
    en: '{tab}: dropdowns, checkboxes and date rules extended to row {row}.',
    fr: '{tab} : listes déroulantes, cases à cocher et règles de date étendues jusqu’à la ligne {row}.',
  },
} as const;
