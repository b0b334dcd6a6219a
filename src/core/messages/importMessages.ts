// The words of engagement imports (issue 15): why a file cannot be read, and why a chosen contact cannot be added.

export const IMPORT_MESSAGES = {
  'import.empty': {
    en: 'The file is empty. Export the participant or attendance report again and choose that file.',
    fr: 'Le fichier est vide. Exportez de nouveau le rapport des participants ou de présence et choisissez ce fichier.',
  },
  'import.noHeader': {
    en: 'No table header was found in the file. Expected columns such as "Name (Original Name)", "User Email", "Join Time" (Zoom), "Full Name", "First Join", "Email" (Teams) or "Email", "Platform", "Interaction", "Date", "Count" (statistics).',
    fr: 'Aucune ligne d’en-tête n’a été trouvée dans le fichier. Colonnes attendues, par exemple : « Name (Original Name) », « User Email », « Join Time » (Zoom), « Full Name », « First Join », « Email » (Teams) ou « Email », « Platform », « Interaction », « Date », « Count » (statistiques).',
  },
  'import.unreadable': {
    en: 'The file could not be read as CSV: a quote is opened and never closed. Export it again, or open it in a spreadsheet and save it as CSV.',
    fr: 'Le fichier n’a pas pu être lu comme un CSV : un guillemet est ouvert et jamais fermé. Exportez-le de nouveau, ou ouvrez-le dans un tableur et enregistrez-le en CSV.',
  },
  'import.noRows': {
    en: 'The table in the file has a header but no rows below it.',
    fr: 'Le tableau du fichier a un en-tête mais aucune ligne en dessous.',
  },
  'import.noDate': {
    en: 'Meeting day: the file gives no date (no start time, no join times). Give the day of the meeting.',
    fr: 'Jour de la réunion : le fichier ne donne aucune date (ni heure de début, ni heures d’arrivée). Indiquez le jour de la réunion.',
  },
  'import.tooLarge': {
    en: 'The file is too large to import from the sidebar (over {max} characters). Split it into smaller files.',
    fr: 'Le fichier est trop volumineux pour être importé depuis le panneau (plus de {max} caractères). Découpez-le en fichiers plus petits.',
  },
  'import.mayNotAdd': {
    en: '{name}: your role does not allow you to add contacts to that city or partner. Skip this person, or ask a coordinator.',
    fr: '{name} : votre rôle ne vous permet pas d’ajouter des contacts à cette ville ou à ce partenaire. Ignorez cette personne, ou demandez à un coordinateur.',
  },
  'import.contactInvalid': {
    en: '{name} cannot be added as a contact: {problems}',
    fr: '{name} ne peut pas être ajouté comme contact : {problems}',
  },
} as const;
