// The words of keeping relationships alive (issue 17): follow-ups, the political-event watch, member meetings.

export const RELATIONS_MESSAGES = {
  'followUps.notOpen': {
    en: '{id} is already done: reopen it in the Follow-ups tab if it still needs doing.',
    fr: '{id} est déjà terminé : rouvrez-le dans l’onglet Follow-ups s’il reste à faire.',
  },
  'followUps.notYours': {
    en: '{id} belongs to {owner}: only its owner or a coordinator can change it.',
    fr: '{id} appartient à {owner} : seuls son responsable ou un coordinateur peuvent le modifier.',
  },
  'followUps.badSnooze': {
    en: 'Snooze until: choose a day after today and at most {max} days ahead.',
    fr: 'Reporter au : choisissez un jour après aujourd’hui, à {max} jours au plus.',
  },
  'followUps.badOwner': {
    en: 'Owner: {owner} is not active staff in the Staff tab; choose someone listed there.',
    fr: 'Responsable : {owner} ne fait pas partie du personnel actif de l’onglet Staff ; choisissez une personne qui y figure.',
  },
  'followUps.whatNeeded': {
    en: 'What: say what is to be done.',
    fr: 'Quoi : indiquez ce qu’il faut faire.',
  },
  'followUps.badDue': {
    en: 'Due on: give a date as YYYY-MM-DD.',
    fr: 'Échéance : indiquez une date au format AAAA-MM-JJ.',
  },
  'followUps.badRecord': {
    en: 'On record: {id} is not an engagement, application, match, event or watch item of this workbook.',
    fr: 'Rattaché à : {id} n’est ni un échange, ni une candidature, ni une mise en relation, ni un événement, ni un élément de veille de ce classeur.',
  },
  'watch.badKind': {
    en: 'Kind: choose one of {kinds}.',
    fr: 'Type : choisissez parmi {kinds}.',
  },
  'watch.followUpFor': {
    en: 'Re-confirm the political contacts of {city} after the {kind} of {date}',
    fr: 'Reconfirmer les contacts politiques de {city} après : {kind} du {date}',
  },
  'watch.followUpAfter': {
    en: 'Follow up with {city} after the {kind} of {date}',
    fr: 'Faire le suivi avec {city} après : {kind} du {date}',
  },
  'digest.followUpLine': {
    en: '• {id} – {what} – due {due}{owner}',
    fr: '• {id} – {what} – échéance le {due}{owner}',
  },
  'toast.digestFollowUps': {
    en: 'Follow-ups emailed to {n} owner(s) who read no digest.',
    fr: 'Suivis envoyés par e-mail à {n} responsable(s) qui ne reçoivent pas le récapitulatif.',
  },
  'digest.incidentLine': {
    en: '• {city}: {kind} on {date} – consider getting in touch{note}',
    fr: '• {city} : {kind} le {date} – pensez à prendre contact{note}',
  },
  'meetings.noCalendar': {
    en: 'The Calendar advanced service is not enabled for this script: an admin enables it in the project (Services › Google Calendar API).',
    fr: 'Le service avancé Calendar n’est pas activé pour ce script : un administrateur l’active dans le projet (Services › Google Calendar API).',
  },
  'meetings.noGuests': {
    en: 'None of the chosen cities has an active primary contact with an email address: add one, then schedule again.',
    fr: 'Aucune des villes choisies n’a de contact principal actif avec une adresse e-mail : ajoutez-en un, puis planifiez de nouveau.',
  },
  'meetings.badStart': {
    en: 'New time: give a date and time.',
    fr: 'Nouvel horaire : indiquez une date et une heure.',
  },
  'meetings.badTitle': {
    en: 'Title: at most 200 characters.',
    fr: 'Titre : 200 caractères au plus.',
  },
  'meetings.badFirstDay': {
    en: 'First meeting on: give a date as YYYY-MM-DD.',
    fr: 'Première réunion le : indiquez une date au format AAAA-MM-JJ.',
  },
  'meetings.pastFirstDay': {
    en: 'First meeting on: choose today or a later day.',
    fr: 'Première réunion le : choisissez aujourd’hui ou un jour suivant.',
  },
  'meetings.badEvery': {
    en: 'Every (weeks): choose a whole number from {min} to {max}.',
    fr: 'Toutes les (semaines) : choisissez un nombre entier de {min} à {max}.',
  },
  'meetings.badCount': {
    en: 'Meetings in the series: choose a whole number from {min} to {max}.',
    fr: 'Réunions de la série : choisissez un nombre entier de {min} à {max}.',
  },
  'meetings.badMinutes': {
    en: 'Length (minutes): choose a whole number from {min} to {max}.',
    fr: 'Durée (minutes) : choisissez un nombre entier de {min} à {max}.',
  },
  'meetings.badHub': {
    en: 'Audience: {id} is not a hub of this workbook.',
    fr: 'Public : {id} n’est pas un hub de ce classeur.',
  },
  'meetings.emptyAudience': {
    en: 'Audience: it holds no member city; choose a hub whose cities are members.',
    fr: 'Public : il ne compte aucune ville membre ; choisissez un hub dont des villes sont membres.',
  },
  'meetings.actionWhat': {
    en: 'Action point {n} – What: say what is to be done.',
    fr: 'Point d’action {n} – Quoi : indiquez ce qu’il faut faire.',
  },
  'meetings.actionWhatLong': {
    en: 'Action point {n} – What: {length} characters; at most {max}. Shorten it, or split it into several points.',
    fr: 'Point d’action {n} – Quoi : {length} caractères ; {max} au plus. Raccourcissez-le ou répartissez-le en plusieurs points.',
  },
  'meetings.actionOwner': {
    en: 'Action point {n} – Owner: {owner} is not active staff in the Staff tab; choose someone listed there.',
    fr: 'Point d’action {n} – Responsable : {owner} ne fait pas partie du personnel actif de l’onglet Staff ; choisissez une personne qui y figure.',
  },
  'meetings.actionDue': {
    en: 'Action point {n} – Due on: give a date as YYYY-MM-DD.',
    fr: 'Point d’action {n} – Échéance : indiquez une date au format AAAA-MM-JJ.',
  },
} as const;
