// What Validate workbook reports (missing tabs and columns, duplicates) and what menu actions say when they
// finish (toasts), in English and French. Tab names and column headers are the sheet's own and stay as written.

export const WORKBOOK_MESSAGES = {
  'validate.tabMissing': {
    en: 'The tab "{tab}" is missing. Run Set up or repair workbook.',
    fr: 'L’onglet « {tab} » manque. Lancez Installer ou réparer le classeur.',
  },
  'validate.columnMissing': {
    en: 'The optional column "{column}" is missing. Run Set up or repair workbook.',
    fr: 'La colonne facultative « {column} » manque. Lancez Installer ou réparer le classeur.',
  },
  'validate.requiredColumnMissing': {
    en: 'The required column "{column}" is missing. Run Set up or repair workbook.',
    fr: 'La colonne obligatoire « {column} » manque. Lancez Installer ou réparer le classeur.',
  },
  'validate.columnTwice': {
    en: 'The column "{column}" appears twice (columns {letters}).',
    fr: 'La colonne « {column} » apparaît deux fois (colonnes {letters}).',
  },
  'validate.idTwice': {
    en: '{column}: {id} is also on row {row}. Every record needs its own id.',
    fr: '{column} : {id} figure aussi à la ligne {row}. Chaque fiche a besoin de son propre identifiant.',
  },
  'validate.duplicate': {
    en: 'Possible duplicate: same {what} as row {row}{id}.',
    fr: 'Doublon possible : {what} identiques à ceux de la ligne {row}{id}.',
  },
  'validate.lostPlainText': {
    en: '{column} (column {letter}): {n} cell(s) lost the plain-text format, so Sheets may turn text typed there (a leading +, 0 or =) into a number or formula. Run SCN CRM › Data › Set up or repair workbook to restore it.',
    fr: '{column} (colonne {letter}) : {n} cellule(s) ont perdu le format texte brut ; Sheets risque donc de transformer ce qui y est tapé (un +, un 0 ou un = en tête) en nombre ou en formule. Lancez SCN CRM › Données › Installer ou réparer le classeur pour le rétablir.',
  },
  'validate.duplicateId': { en: ' ({id})', fr: ' ({id})' },
  'validate.same.name and country': { en: 'name and country', fr: 'nom et pays' },
  'validate.same.email': { en: 'email', fr: 'e-mail' },
  'validate.same.date, type, people, topics and summary': {
    en: 'date, type, people, topics and summary',
    fr: 'date, type, personnes, thèmes et résumé',
  },
  // Structure errors the store raises when a tab cannot be worked with (src/server/store, audit, archive)
  'structure.tabMissing': {
    en: 'The tab "{tab}" is missing. Run SCN CRM › Data › Set up or repair workbook to recreate it.',
    fr: 'L’onglet « {tab} » manque. Lancez SCN CRM › Données › Installer ou réparer le classeur pour le recréer.',
  },
  'structure.auditMissing': {
    en: 'The tab "{tab}" is missing, so changes cannot be recorded. Run SCN CRM › Data › Set up or repair workbook.',
    fr: 'L’onglet « {tab} » manque : les modifications ne peuvent donc pas être tracées. Lancez SCN CRM › Données › Installer ou réparer le classeur.',
  },
  'structure.summaryMissing': {
    en: 'The tab "{tab}" is missing. Run SCN CRM › Data › Set up or repair workbook, then archive again.',
    fr: 'L’onglet « {tab} » manque. Lancez SCN CRM › Données › Installer ou réparer le classeur, puis archivez à nouveau.',
  },
  'structure.noColumn': {
    en: 'Tab "{tab}" has no column "{column}", so this value cannot be saved. Run SCN CRM › Data › Set up or repair workbook.',
    fr: 'L’onglet « {tab} » n’a pas de colonne « {column} » : cette valeur ne peut donc pas être enregistrée. Lancez SCN CRM › Données › Installer ou réparer le classeur.',
  },
  'structure.requiredColumns': {
    en: 'Tab "{tab}" has no column {columns} (required). Run SCN CRM › Data › Set up or repair workbook.',
    fr: 'L’onglet « {tab} » n’a pas de colonne {columns} (obligatoire). Lancez SCN CRM › Données › Installer ou réparer le classeur.',
  },
  'structure.columnTwice': {
    en: 'Tab "{tab}" has the column "{column}" twice (columns {letters}). Rename or remove one.',
    fr: 'L’onglet « {tab} » a deux fois la colonne « {column} » (colonnes {letters}). Renommez ou supprimez l’une d’elles.',
  },
  'structure.idTwice': {
    en: 'Tab "{tab}", column "{column}" ({letter}): the id {id} is on rows {rows}. Each record needs its own id; run SCN CRM › Data › Validate workbook.',
    fr: 'Onglet « {tab} », colonne « {column} » ({letter}) : l’identifiant {id} figure aux lignes {rows}. Chaque fiche a besoin de son propre identifiant ; lancez SCN CRM › Données › Valider le classeur.',
  },
  'structure.and': { en: ' and ', fr: ' et ' },
  // The daily digest's lines (src/core/intake/digest.ts); the email around them is the dailyDigest template
  'digest.line': {
    en: '• {id} – {city}, {country} – {stage} – due {due}{hub}',
    fr: '• {id} – {city}, {country} – {stage} – échéance le {due}{hub}',
  },
  'digest.more': { en: '… and {n} more', fr: '… et {n} autres' },
  // Toasts of menu actions
  'toast.sweepTitle': { en: 'Process unprocessed responses', fr: 'Traitement des réponses en attente' },
  'toast.sweep': {
    en: '{checked} response(s) checked, {recorded} newly recorded.',
    fr: '{checked} réponse(s) vérifiée(s), {recorded} nouvellement enregistrée(s).',
  },
  'toast.sweepFailed': {
    en: ' {n} could not be recorded: {first}',
    fr: ' {n} n’ont pas pu être enregistrée(s) : {first}',
  },
  'toast.digestTitle': { en: 'Daily digest', fr: 'Récapitulatif quotidien' },
  'toast.digest': {
    en: 'Digest of {date}: {due} due today, {overdue} overdue; sent to {n} person(s).',
    fr: 'Récapitulatif du {date} : {due} à traiter aujourd’hui, {overdue} en retard ; envoyé à {n} personne(s).',
  },
} as const;
