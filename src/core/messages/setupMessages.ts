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
  'setup.templatesSeeded': {
    en: 'Templates: {n} row(s) of the built-in emails added.',
    fr: 'Templates : {n} ligne(s) des e-mails intégrés ajoutée(s).',
  },
  'setup.templatesRefreshed': {
    en: 'Templates: {n} row(s) of the built-in emails never edited brought to the current text ({rows}).',
    fr: 'Templates : {n} ligne(s) des e-mails intégrés jamais modifiées mises au texte actuel ({rows}).',
  },
  'setup.templatesEdited': {
    en: 'Templates: {n} row(s) of the built-in emails were edited and are kept as they are ({rows}); the current built-in text is not applied to them.',
    fr: 'Templates : {n} ligne(s) des e-mails intégrés ont été modifiées et sont conservées telles quelles ({rows}) ; le texte intégré actuel ne leur est pas appliqué.',
  },
  'setup.tabCreated': { en: '{tab}: tab created.', fr: '{tab} : onglet créé.' },
  'setup.headersWritten': { en: '{tab}: headers written.', fr: '{tab} : en-têtes écrits.' },
  'setup.headerRestored': {
    en: '{tab}: column {letter} header {was} restored to "{header}".',
    fr: '{tab} : l’en-tête de la colonne {letter} ({was}) est rétabli en « {header} ».',
  },
  'setup.emptyHeader': { en: 'an empty header', fr: 'vide' },
  'setup.privacyNoticeLinked': {
    en: 'Form "{title}": the privacy notice link (Settings) is now in its description.',
    fr: 'Formulaire « {title} » : le lien vers la politique de confidentialité (Settings) figure désormais dans sa description.',
  },
  'setup.columnAdded': {
    en: '{tab}: missing column "{header}" added as column {letter}.',
    fr: '{tab} : la colonne manquante « {header} » est ajoutée en colonne {letter}.',
  },
  'setup.settingsAdded': {
    en: 'Settings: {n} setting(s) added with their defaults.',
    fr: 'Settings : {n} réglage(s) ajouté(s) avec leur valeur par défaut.',
  },
  'setup.settingsNotesRelanguaged': {
    en: 'Settings: {n} note(s) written in the workbook’s language.',
    fr: 'Settings : {n} note(s) écrite(s) dans la langue du classeur.',
  },
  'setup.auditRenumbered': {
    en: 'Audit: {n} row(s) sharing an id with an earlier row got a new id.',
    fr: 'Audit : {n} ligne(s) qui partageaient un identifiant avec une ligne antérieure ont reçu un nouvel identifiant.',
  },
  'setup.emptySheetRemoved': {
    en: 'The empty tab “{name}” a new spreadsheet starts with was removed (it held no cell, and its grid counts towards Google’s 10 million cells).',
    fr: 'L’onglet vide « {name} » d’un nouveau classeur a été supprimé (il ne contenait aucune cellule, et sa grille compte dans la limite de 10 millions de cellules de Google).',
  },
  'setup.firstAdmin': {
    en: 'Staff: {email} added as the first admin.',
    fr: 'Staff : {email} ajouté comme premier administrateur.',
  },
  'setup.triggerDuplicate': {
    en: 'Trigger {handler}: duplicate removed.',
    fr: 'Déclencheur {handler} : doublon supprimé.',
  },
  'setup.triggerInstalled': { en: 'Trigger {handler}: installed.', fr: 'Déclencheur {handler} : installé.' },
  'setup.triggersRunAs': {
    en: 'Triggers: they run as {me}.',
    fr: 'Déclencheurs : ils s’exécutent au nom de {me}.',
  },
  'setup.you': { en: 'you', fr: 'vous' },
  'setup.triggersOtherOwner': {
    en: "Triggers: not installed for {me}: they run as {owner}, who installed them. To repair missing triggers, {owner} runs Set up or repair workbook. If {owner} has left, mark them inactive in the Staff tab and run setup again: it then installs the triggers as you ({owner}'s own triggers stop when that account is deleted; until then {owner} can delete them under Extensions › Apps Script › Triggers).",
    fr: 'Déclencheurs : non installés pour {me} : ils s’exécutent au nom de {owner}, qui les a installés. Pour réparer des déclencheurs manquants, {owner} lance Installer ou réparer le classeur. Si {owner} est parti, marquez ce compte inactif dans l’onglet Staff et relancez l’installation : elle installe alors les déclencheurs à votre nom (ceux de {owner} s’arrêtent quand ce compte est supprimé ; d’ici là, {owner} peut les supprimer sous Extensions › Apps Script › Déclencheurs).',
  },
  'setup.warningProtection': {
    en: '{tab}: warning-only protection applied (edits by non-admins are reverted or flagged).',
    fr: '{tab} : protection par avertissement appliquée (les modifications des non-administrateurs sont annulées ou signalées).',
  },
  'setup.protectionsByAdmins': {
    en: 'Protections of Staff, Settings, Hubs, Audit and Sends are kept by admins: run setup as an admin.',
    fr: 'Les protections de Staff, Settings, Hubs, Audit et Sends sont gérées par les administrateurs : lancez l’installation en tant qu’administrateur.',
  },
  'setup.protectionsSkipped': {
    en: 'Protections of {tabs}: not changed, an admin must run setup.',
    fr: 'Protections de {tabs} : inchangées, un administrateur doit lancer l’installation.',
  },
  'setup.protectionsApplied': {
    en: 'Protections: {tabs} editable by {editors} only.',
    fr: 'Protections : {tabs} modifiables par {editors} uniquement.',
  },
  'setup.formCreated': {
    en: 'Form "{title}" created and linked: its responses land in their own tab. {url}',
    fr: 'Formulaire « {title} » créé et lié : ses réponses arrivent dans leur propre onglet. {url}',
  },
  'setup.firstAdminAudit': {
    en: 'First admin, added by setup',
    fr: 'Premier administrateur, ajouté par l’installation',
  },
} as const;
