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
  'privacy.sourceForms': {
    en: 'Google Forms › stored responses',
    fr: 'Google Forms › réponses conservées par les formulaires',
  },
  'privacy.eraseTitle': { en: 'Erase a person', fr: 'Effacer une personne' },
  'privacy.eraseConfirm': {
    en: 'Erase {email}? These rows will be anonymised (the rows stay, so counts are kept; the name, address and phone are replaced by [erased]): {list}. The forms’ raw response tabs are changed too. This cannot be undone.',
    fr: 'Effacer {email} ? Ces lignes seront anonymisées (les lignes restent, les décomptes sont donc gardés ; le nom, l’adresse et le téléphone sont remplacés par [erased]) : {list}. Les onglets de réponses brutes des formulaires sont modifiés aussi. C’est irréversible.',
  },
  'privacy.eraseNothing': {
    en: 'Nothing is held about this address in the workbook or its archives. Record the erasure anyway?',
    fr: 'Rien n’est détenu sur cette adresse dans le classeur ni dans ses archives. Enregistrer l’effacement quand même ?',
  },
  'privacy.sourceLetters': {
    en: 'Google Drive › visa invitation letters',
    fr: 'Google Drive › lettres d’invitation pour les visas',
  },
  'privacy.lettersNotTrashed': {
    en: 'Visa letters Drive would not move to the bin (made by someone else: only a file’s owner can): {urls}. Ask their owner to delete them.',
    fr: 'Lettres de visa que Drive n’a pas mises à la corbeille (créées par quelqu’un d’autre : seul le propriétaire d’un fichier le peut) : {urls}. Demandez à leur propriétaire de les supprimer.',
  },
  'privacy.eraseDone': {
    en: 'Erased: rows anonymised in {count} tabs. The Audit tab records the erasure by contact id and address hash.',
    fr: 'Effacé : lignes anonymisées dans {count} onglets. L’onglet Audit enregistre l’effacement par identifiant de contact et empreinte de l’adresse.',
  },
  'privacy.retentionTitle': { en: 'Retention', fr: 'Conservation' },
  'privacy.retentionListed': {
    en: 'Retention: {added} new items due; {waiting} wait for a coordinator in the "Retention due" tab (Privacy › Anonymise what retention lists).',
    fr: 'Conservation : {added} nouveaux éléments échus ; {waiting} attendent un coordinateur dans l’onglet « Retention due » (Confidentialité › Anonymiser ce que la conservation liste).',
  },
  'privacy.retentionNothing': {
    en: 'Nothing listed in the "Retention due" tab waits to be anonymised.',
    fr: 'Rien de ce que liste l’onglet « Retention due » n’attend d’être anonymisé.',
  },
  'privacy.retentionConfirm': {
    en: 'Anonymise what retention lists? {count} items: {list}. Their rows stay, so counts are kept; names, addresses and phones are replaced by [erased], in the raw response tabs too, and the forms’ stored responses are deleted. Inactive contacts are erased everywhere, their address kept only as a hash in Suppressions. This cannot be undone.',
    fr: 'Anonymiser ce que la conservation liste ? {count} éléments : {list}. Leurs lignes restent, les décomptes sont donc gardés ; noms, adresses et téléphones sont remplacés par [erased], dans les onglets de réponses brutes aussi, et les réponses conservées par les formulaires sont supprimées. Les contacts inactifs sont effacés partout, leur adresse gardée seulement comme empreinte dans Suppressions. C’est irréversible.',
  },
  'privacy.retentionKindApplication': { en: 'closed applications', fr: 'candidatures closes' },
  'privacy.retentionKindContact': { en: 'inactive contacts', fr: 'contacts inactifs' },
  'privacy.retentionKindResponse': { en: 'raw form responses', fr: 'réponses brutes de formulaire' },
  'privacy.retentionArchivesUnreadable': {
    en: 'The yearly archives of {years} cannot be opened with your account, so what retention lists there cannot be anonymised. Ask an admin to run it, or to share the archives with you.',
    fr: 'Les archives annuelles de {years} ne peuvent pas être ouvertes avec votre compte : ce que la conservation y liste ne peut donc pas être anonymisé. Demandez à un administrateur de le lancer, ou de vous partager les archives.',
  },
  'privacy.retentionColKey': {
    en: 'One row per item: kind and id.',
    fr: 'Une ligne par élément : type et identifiant.',
  },
  'privacy.retentionColKind': {
    en: 'application (closed), contact (inactive) or response (a raw form response).',
    fr: 'application (close), contact (inactif) ou response (une réponse brute de formulaire).',
  },
  'privacy.retentionColRecord': {
    en: 'The application or contact id; for a raw response, the application it was recorded on.',
    fr: 'L’identifiant de la candidature ou du contact ; pour une réponse brute, la candidature où elle est enregistrée.',
  },
  'privacy.retentionColForm': {
    en: 'For a raw response: the enquiry or the application form.',
    fr: 'Pour une réponse brute : le formulaire de demande ou de candidature.',
  },
  'privacy.retentionColReason': {
    en: 'Why it falls due (Settings › Keep … months).',
    fr: 'Pourquoi il arrive à échéance (Paramètres › durées de conservation).',
  },
  'privacy.retentionColDueSince': {
    en: 'When it closed, left the role or was received.',
    fr: 'Date de clôture, de départ du poste ou de réception.',
  },
  'privacy.retentionColListedOn': {
    en: 'When the daily job listed it.',
    fr: 'Date à laquelle la tâche quotidienne l’a listé.',
  },
  'privacy.retentionColDoneOn': {
    en: 'Filled once a coordinator confirmed (Privacy › Anonymise what retention lists).',
    fr: 'Rempli après confirmation d’un coordinateur (Confidentialité › Anonymiser ce que la conservation liste).',
  },
  'privacy.retentionColOutcome': {
    en: 'anonymised, no longer due, or no longer held.',
    fr: 'anonymised (anonymisé), no longer due (plus échu) ou no longer held (plus détenu).',
  },
  'privacy.retentionDone': {
    en: 'Retention: {done} items anonymised, {stale} no longer due, {left} left for the next run.',
    fr: 'Conservation : {done} éléments anonymisés, {stale} plus échus, {left} laissés pour la prochaine exécution.',
  },
} as const;
