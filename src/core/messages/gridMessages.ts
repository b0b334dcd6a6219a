// Why a direct edit of the grid is refused, and the Audit lines and Validate problems that report it, in English
// and French (src/server/access/gridAccess.ts, gridEdits.ts, gridEditFlags.ts). Audit lines are stored, so they are
// written in the workbook's language; Validate's problems are shown in the reader's. "NOT ALLOWED" starts the Audit
// line in both languages: it is the marker Validate tells people to look for.

export const GRID_MESSAGES = {
  'grid.unknownUser': {
    en: 'Google did not disclose who made the edit, so it cannot be checked against the Staff tab',
    fr: 'Google n’a pas indiqué qui a fait la modification : elle ne peut donc pas être vérifiée dans l’onglet Staff',
  },
  'grid.notStaff': {
    en: '{who} is not listed as active staff in the Staff tab',
    fr: '{who} ne figure pas parmi le personnel actif de l’onglet Staff',
  },
  'grid.adminsOnly': {
    en: '{tab} is changed by admins only (role {role})',
    fr: '{tab} n’est modifié que par les administrateurs (rôle {role})',
  },
  'grid.viewer': {
    en: 'viewers read the workbook only (role {role})',
    fr: 'les lecteurs ne font que consulter le classeur (rôle {role})',
  },
  'grid.tabRoles': {
    en: '{tab} is changed by {roles} (role {role})',
    fr: '{tab} est modifié par les rôles {roles} (rôle {role})',
  },
  'grid.cityRoles': {
    en: "{tab} is changed by admins, coordinators and the city's hub (role {role})",
    fr: '{tab} est modifié par les administrateurs, les coordinateurs et le hub de la ville (rôle {role})',
  },
  'grid.ownHubOnly': {
    en: "hub staff change only their own hub's rows (role hub)",
    fr: 'le personnel d’un hub ne modifie que les lignes de son hub (rôle hub)',
  },
  'grid.ownerColumnPaste.hub': {
    en: 'hub staff may not paste or fill over the hub column, whose old values Google does not give (role hub)',
    fr: 'le personnel d’un hub ne peut pas coller ni recopier sur la colonne du hub, dont Google ne donne pas les anciennes valeurs (rôle hub)',
  },
  'grid.ownerColumnPaste.org': {
    en: 'hub staff may not paste or fill over the city or partner column, whose old values Google does not give (role hub)',
    fr: 'le personnel d’un hub ne peut pas coller ni recopier sur la colonne de la ville ou du partenaire, dont Google ne donne pas les anciennes valeurs (rôle hub)',
  },
  'grid.partnerContacts': {
    en: 'partner contacts are kept by coordinators (role hub)',
    fr: 'les contacts des partenaires sont tenus par les coordinateurs (rôle hub)',
  },
  'grid.notYourHub': {
    en: 'the row is not in your hub (role hub)',
    fr: 'la ligne n’est pas dans votre hub (rôle hub)',
  },
  'grid.busy': {
    en: 'the workbook stayed busy for {minutes} minutes, so the edit could not be checked',
    fr: 'le classeur est resté occupé pendant {minutes} minutes : la modification n’a donc pas pu être vérifiée',
  },
  'grid.reverted': {
    en: 'Reverted: {who} changed {a1} directly in the sheet, but {reason}.',
    fr: 'Annulée : {who} a modifié {a1} directement dans la feuille, mais {reason}.',
  },
  'grid.notAllowed': {
    en: 'NOT ALLOWED, check this row: {who} changed {a1} (row {row}) directly in the sheet, but {reason}. {why}',
    fr: 'NOT ALLOWED, vérifiez cette ligne : {who} a modifié {a1} (ligne {row}) directement dans la feuille, mais {reason}. {why}',
  },
  'grid.changedAgain': {
    en: 'The cell changed again before the check ran, so it was not reverted.',
    fr: 'La cellule a de nouveau changé avant la vérification : elle n’a donc pas été rétablie.',
  },
  'grid.noOldValues': {
    en: 'Google gives no old values for a paste or multi-cell edit, so it was not reverted.',
    fr: 'Google ne donne pas les anciennes valeurs d’un collage ou d’une modification de plusieurs cellules : elle n’a donc pas été annulée.',
  },
  'grid.flagProblem': {
    en: '{a1} (rows {from}–{to}) was changed directly in the sheet by {user} on {date}, but {reason}. Check these rows against the Audit tab and correct them; an allowed edit of the rows clears this flag.',
    fr: '{a1} (lignes {from} à {to}) a été modifié directement dans la feuille par {user} le {date}, mais {reason}. Comparez ces lignes à l’onglet Audit et corrigez-les ; une modification autorisée de ces lignes retire ce signalement.',
  },
} as const;
