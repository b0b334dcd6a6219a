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
} as const;
