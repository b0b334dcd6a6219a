// Problems with the Settings tab (src/core/schema/settings.ts), shown by Validate workbook in the reader's language.
// Setting keys are the sheet's own and stay as written.

export const SETTINGS_MESSAGES = {
  'settings.notWhole': { en: '{value} is not a whole number', fr: '{value} n’est pas un nombre entier' },
  'settings.belowMin': {
    en: '{n} is below the minimum of {min}',
    fr: '{n} est inférieur au minimum de {min}',
  },
  'settings.aboveMax': {
    en: '{n} is above the maximum of {max}',
    fr: '{n} est supérieur au maximum de {max}',
  },
  'settings.lineBreaks': {
    en: 'line breaks are not allowed',
    fr: 'les retours à la ligne ne sont pas permis',
  },
  'settings.notEmail': {
    en: '{value} is not a valid email address',
    fr: '{value} n’est pas une adresse e-mail valide',
  },
  'settings.notUrl': {
    en: '{value} is not a valid link (it must start with https://)',
    fr: '{value} n’est pas un lien valide (il doit commencer par https://)',
  },
  'settings.notLanguage': {
    en: '{value} is not a language code such as en or fr',
    fr: '{value} n’est pas un code de langue comme en ou fr',
  },
  'settings.notDate': {
    en: '{value} is not a date (use YYYY-MM-DD)',
    fr: '{value} n’est pas une date (écrivez AAAA-MM-JJ)',
  },
  'settings.leavingEmpty': { en: 'leaving it empty', fr: 'il reste vide' },
  'settings.using': { en: 'using {value}', fr: 'la valeur {value} est utilisée' },
  'settings.invalid': { en: '{key}: {problem}; {fallback}.', fr: '{key} : {problem} ; {fallback}.' },
  'settings.unknownKey': {
    en: '{key}: this setting is not known and is ignored.',
    fr: '{key} : ce réglage n’est pas connu et il est ignoré.',
  },
  'settings.repeated': {
    en: '{key}: appears more than once; the first row is used.',
    fr: '{key} : figure plus d’une fois ; la première ligne est utilisée.',
  },
  'settings.noLanguages': {
    en: 'Languages: the list is empty; using {value}.',
    fr: 'Languages : la liste est vide ; les langues {value} sont utilisées.',
  },
  'settings.defaultNotListed': {
    en: 'Default language: “{value}” is not in Languages; using {first}.',
    fr: 'Default language : « {value} » ne figure pas dans Languages ; {first} est utilisée.',
  },
} as const;
