// The words of the privacy actions (issue 13): subject-access export, erasure and retention, as admins read them.

export const PRIVACY_MESSAGES = {
  'privacy.exportTitle': { en: 'Export a person’s data', fr: 'Exporter les données d’une personne' },
  'privacy.askEmail': {
    en: 'The email address of the person whose data you want:',
    fr: 'L’adresse e-mail de la personne dont vous voulez les données :',
  },
  'privacy.badEmail': {
    en: 'Email: "{email}" is not an email address; nothing was done.',
    fr: 'E-mail : « {email} » n’est pas une adresse e-mail ; rien n’a été fait.',
  },
  'privacy.exportDone': {
    en: '{count} items held about this address (from {sources}) are in the file "{name}": {url}',
    fr: '{count} éléments détenus sur cette adresse (provenant de {sources}) sont dans le fichier « {name} » : {url}',
  },
  'privacy.exportNothing': {
    en: 'Nothing is held about this address in the workbook or its archives; the file "{name}" says so: {url}',
    fr: 'Rien n’est détenu sur cette adresse dans le classeur ni dans ses archives ; le fichier « {name} » le dit : {url}',
  },
  'privacy.fileTitle': {
    en: 'Personal data held by the Strong Cities Network CRM about {email}, exported on {date}.',
    fr: 'Données personnelles détenues par le CRM du Strong Cities Network sur {email}, exportées le {date}.',
  },
  'privacy.fileNothing': {
    en: 'Nothing is held about this address.',
    fr: 'Rien n’est détenu sur cette adresse.',
  },
  'privacy.colWhere': { en: 'Where', fr: 'Où' },
  'privacy.colTab': { en: 'Tab', fr: 'Onglet' },
  'privacy.colRow': { en: 'Row', fr: 'Ligne' },
  'privacy.colField': { en: 'Field', fr: 'Champ' },
  'privacy.colValue': { en: 'Value', fr: 'Valeur' },
  'privacy.whereWorkbook': { en: 'CRM workbook', fr: 'Classeur du CRM' },
} as const;
