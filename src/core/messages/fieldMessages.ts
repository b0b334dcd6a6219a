// What a field check says (sidebar saves, the browser check, Validate workbook), in English and French.
// Each text follows the field's label, e.g. "Email: “bob@” is not a valid email address."

export const FIELD_MESSAGES = {
  'field.withLabel': { en: '{label}: {problem}', fr: '{label} : {problem}' },
  'field.required': { en: 'a value is required.', fr: 'une valeur est obligatoire.' },
  'field.tooLong': {
    en: 'is too long ({length} characters; at most {max}).',
    fr: 'est trop long ({length} caractères ; {max} au plus).',
  },
  'field.lineBreak': {
    en: 'line breaks are not allowed here.',
    fr: 'les retours à la ligne ne sont pas permis ici.',
  },
  'field.badId': {
    en: '{value} is not a valid id (like {example}).',
    fr: '{value} n’est pas un identifiant valable (comme {example}).',
  },
  'field.badEmail': {
    en: '{value} is not a valid email address.',
    fr: '{value} n’est pas une adresse e-mail valable.',
  },
  'field.badPhone': {
    en: '{value} is not a valid phone number (use the international format, e.g. +44 20 7946 0000).',
    fr: '{value} n’est pas un numéro de téléphone valable (utilisez le format international, p. ex. +33 1 23 45 67 89).',
  },
  'field.badUrl': {
    en: '{value} is not a valid link (it must start with https://).',
    fr: '{value} n’est pas un lien valable (il doit commencer par https://).',
  },
  'field.belowMin': {
    en: '{value} is below the minimum of {min}.',
    fr: '{value} est inférieur au minimum de {min}.',
  },
  'field.aboveMax': {
    en: '{value} is above the maximum of {max}.',
    fr: '{value} dépasse le maximum de {max}.',
  },
  'field.notAllowed': { en: '{value} is not one of: {list}.', fr: '{value} ne fait pas partie de : {list}.' },
  'field.notInSettings': {
    en: '{value} is not in the {setting} list in Settings ({list}).',
    fr: '{value} ne figure pas dans la liste {setting} de l’onglet Settings ({list}).',
  },
  'field.notLanguage': {
    en: '{value} is not a language code such as en, fr, ar or es.',
    fr: '{value} n’est pas un code de langue comme en, fr, ar ou es.',
  },
  'field.notRef': {
    en: '{value} is not a {tabs} ID (like {examples}).',
    fr: '{value} n’est pas un identifiant {tabs} (comme {examples}).',
  },
  'field.refMissing': { en: '{value} was not found in {tab}.', fr: '{value} est introuvable dans {tab}.' },
  'field.or': { en: ' or ', fr: ' ou ' },
  'field.notYesNo': { en: '{value} is not yes or no.', fr: '{value} n’est ni oui ni non.' },
  'field.notDate': {
    en: '{value} is not a valid date (use YYYY-MM-DD).',
    fr: '{value} n’est pas une date valable (écrivez AAAA-MM-JJ).',
  },
  'field.notNumber': { en: '{value} is not a number.', fr: '{value} n’est pas un nombre.' },
  'field.notWhole': { en: '{value} is not a whole number.', fr: '{value} n’est pas un nombre entier.' },
  'field.notJson': { en: '{value} is not valid JSON.', fr: '{value} n’est pas du JSON valable.' },
  'field.badJson': { en: 'is not valid JSON ({detail}).', fr: 'n’est pas du JSON valable ({detail}).' },
  'field.jsonItem': { en: 'item {n}: ', fr: 'élément {n} : ' },
  // Rules across fields (src/core/schema/recordRules.ts)
  'rule.notBefore': {
    en: '{later}: must not be before {earlier}.',
    fr: '{later} : ne peut pas précéder {earlier}.',
  },
  'rule.hubNeeded': { en: 'Hub: hub staff need a hub.', fr: 'Hub : l’équipe d’un hub a besoin d’un hub.' },
  'rule.offeringNeeded': {
    en: 'Offering city: give an offering city or an offering partner.',
    fr: 'Ville qui accompagne : indiquez une ville ou un partenaire qui accompagne.',
  },
  'rule.offeringDiffers': {
    en: 'Offering city: must differ from the seeking city.',
    fr: 'Ville qui accompagne : doit être différente de la ville demandeuse.',
  },
  'rule.suppressionEmailNeeded': {
    en: 'Email: give the address to suppress (only an erased address may leave it empty, with its hash).',
    fr: 'E-mail : indiquez l’adresse à exclure (seule une adresse effacée peut le laisser vide, avec son empreinte).',
  },
  // zod's own issues, for checks that carry no message of ours (src/core/schema/zodLocale.ts)
  'zod.type': { en: 'expected {expected}', fr: '{expected} attendu' },
  'zod.tooBig': { en: 'too big (at most {max})', fr: 'trop grand ({max} au plus)' },
  'zod.tooSmall': { en: 'too small (at least {min})', fr: 'trop petit ({min} au moins)' },
  'zod.format': { en: 'invalid {format}', fr: '{format} non valable' },
  'zod.value': { en: 'must be one of: {list}', fr: 'doit être parmi : {list}' },
  'zod.keys': { en: 'unexpected keys: {keys}', fr: 'clés inattendues : {keys}' },
  'zod.invalid': { en: 'invalid input', fr: 'saisie non valable' },
} as const;
