// What the sidebars say, in English and French (the coordinator's working languages), and the current choice.
import { FIELD_LABELS_FR } from './fieldLabelsFr';

export type Language = 'en' | 'fr';

const EN = {
  loading: 'Loading…',
  saving: 'Saving…',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  reload: 'Reload',
  saved: 'Saved.',
  required: 'required',
  fixErrors: 'Check the fields marked in red.',
  staleTitle: 'Someone else changed this record',
  staleKeep:
    'Your changes are kept in the form. Reload to see the latest version, then make your changes again.',
  languageLabel: 'Language',
  error: 'Could not complete: {message}',
  readOnly: 'You can read this record but not change it.',
  none: 'None yet.',
  choose: '— choose —',
  remove: 'Remove {name}',
  open: 'Open {name}',
  findTitle: 'Find',
  findLabel: 'Search cities, contacts and partners',
  findHint: 'Type a name, email or country. Arrow keys move, Enter opens.',
  noResults: 'Nothing found for “{q}”.',
  resultCount: '{n} found',
  kind_city: 'City',
  kind_contact: 'Contact',
  kind_partner: 'Partner',
  inactive: 'inactive',
  opening: 'Opening {name}…',
  cityTitle: 'City profile',
  details: 'Details',
  contacts: 'Contacts',
  addContact: 'Add contact',
  recentEngagement: 'Recent engagement',
  logEngagement: 'Log engagement',
  needs: 'Needs',
  matches: 'Peer matches',
  hub: 'Hub',
  reviewedOn: 'Profile reviewed on {date}.',
  neverReviewed: 'Profile never reviewed.',
  reviewOverdue: 'Not reviewed for {days} days (the limit is {limit}).',
  markReviewed: 'Mark profile reviewed',
  markedReviewed: 'Profile marked reviewed.',
  moreEngagement: '{n} more in the Engagements tab.',
  archivedHistory: 'Archived: {n} engagements and {m} sends, in',
  matchSeeking: 'learns from {name}',
  matchOffering: 'supports {name}',
  contactTitle: 'Contact',
  newContact: 'New contact',
  belongsTo: 'Belongs to {name}',
  deactivate: 'Deactivate',
  deactivateHint: 'Ends the contact today (Active to); nothing is deleted.',
  deactivated: 'Contact end-dated today.',
  moveTitle: 'Move to another city',
  moveButton: 'Move',
  moved: 'Contact moved to {name}.',
  inactiveSince: 'Inactive since {date}.',
  created: 'Created {id}.',
  partnerTitle: 'Partner',
  newPartner: 'New partner',
  deactivatePartner: 'Deactivate partner',
  deactivatePartnerHint: 'Ends all of its active contacts today; nothing is deleted.',
  partnerDeactivated: '{n} contact(s) end-dated.',
  engagementTitle: 'Log engagement',
  logged: 'Engagement logged ({id}).',
  typeToAdd: 'Type to add…',
  staleTitle2: 'Stale profiles',
  staleIntro: 'Cities whose profile was not reviewed for {days} days or more.',
  noneStale: 'Every profile was reviewed within the last {days} days.',
  requestReviews: 'Ask {n} hub staff to review',
  requestSent: 'Request sent to {who}.',
  noRecipients: 'No active hub staff in the Staff tab to ask.',
  neverShort: 'never reviewed',
  daysAgo: 'reviewed {days} days ago',
};

export type TextKey = keyof typeof EN;

const FR: Record<TextKey, string> = {
  loading: 'Chargement…',
  saving: 'Enregistrement…',
  save: 'Enregistrer',
  cancel: 'Annuler',
  close: 'Fermer',
  reload: 'Recharger',
  saved: 'Enregistré.',
  required: 'obligatoire',
  fixErrors: 'Vérifiez les champs signalés en rouge.',
  staleTitle: 'Quelqu’un d’autre a modifié cette fiche',
  staleKeep:
    'Vos modifications restent dans le formulaire. Rechargez pour voir la dernière version, puis refaites vos modifications.',
  languageLabel: 'Langue',
  error: 'Action impossible : {message}',
  readOnly: 'Vous pouvez lire cette fiche mais pas la modifier.',
  none: 'Aucun pour l’instant.',
  choose: '— choisir —',
  remove: 'Retirer {name}',
  open: 'Ouvrir {name}',
  findTitle: 'Rechercher',
  findLabel: 'Chercher villes, contacts et partenaires',
  findHint: 'Tapez un nom, une adresse e-mail ou un pays. Flèches pour parcourir, Entrée pour ouvrir.',
  noResults: 'Aucun résultat pour « {q} ».',
  resultCount: '{n} trouvé(s)',
  kind_city: 'Ville',
  kind_contact: 'Contact',
  kind_partner: 'Partenaire',
  inactive: 'inactif',
  opening: 'Ouverture de {name}…',
  cityTitle: 'Fiche ville',
  details: 'Détails',
  contacts: 'Contacts',
  addContact: 'Ajouter un contact',
  recentEngagement: 'Échanges récents',
  logEngagement: 'Noter un échange',
  needs: 'Besoins',
  matches: 'Mises en relation',
  hub: 'Hub',
  reviewedOn: 'Fiche vérifiée le {date}.',
  neverReviewed: 'Fiche jamais vérifiée.',
  reviewOverdue: 'Non vérifiée depuis {days} jours (limite : {limit}).',
  markReviewed: 'Marquer la fiche comme vérifiée',
  markedReviewed: 'Fiche marquée comme vérifiée.',
  moreEngagement: '{n} autres dans l’onglet Engagements.',
  archivedHistory: 'Archivés : {n} échanges et {m} envois, dans',
  matchSeeking: 'apprend de {name}',
  matchOffering: 'accompagne {name}',
  contactTitle: 'Contact',
  newContact: 'Nouveau contact',
  belongsTo: 'Rattaché à {name}',
  deactivate: 'Désactiver',
  deactivateHint: 'Termine le contact aujourd’hui (Actif jusqu’au) ; rien n’est supprimé.',
  deactivated: 'Contact terminé aujourd’hui.',
  moveTitle: 'Rattacher à une autre ville',
  moveButton: 'Déplacer',
  moved: 'Contact rattaché à {name}.',
  inactiveSince: 'Inactif depuis le {date}.',
  created: '{id} créé.',
  partnerTitle: 'Partenaire',
  newPartner: 'Nouveau partenaire',
  deactivatePartner: 'Désactiver le partenaire',
  deactivatePartnerHint: 'Termine aujourd’hui tous ses contacts actifs ; rien n’est supprimé.',
  partnerDeactivated: '{n} contact(s) terminé(s).',
  engagementTitle: 'Noter un échange',
  logged: 'Échange enregistré ({id}).',
  typeToAdd: 'Tapez pour ajouter…',
  staleTitle2: 'Fiches à vérifier',
  staleIntro: 'Villes dont la fiche n’a pas été vérifiée depuis {days} jours ou plus.',
  noneStale: 'Toutes les fiches ont été vérifiées ces {days} derniers jours.',
  requestReviews: 'Demander la vérification à {n} membre(s) du hub',
  requestSent: 'Demande envoyée à {who}.',
  noRecipients: 'Aucun membre actif du hub dans l’onglet Staff.',
  neverShort: 'jamais vérifiée',
  daysAgo: 'vérifiée il y a {days} jours',
};

const TABLES: Record<Language, Record<TextKey, string>> = { en: EN, fr: FR };
let current: Language = 'en';
const listeners: (() => void)[] = [];

export function language(): Language {
  return current;
}

/** Switches the language and lets every page part re-label itself. */
export function setLanguage(next: Language): void {
  if (next === current) return;
  current = next;
  document.documentElement.lang = next;
  for (const listener of listeners) listener();
}

export function onLanguageChange(listener: () => void): void {
  listeners.push(listener);
}

/** The text of a key in the current language, with {name} placeholders filled in. */
export function text(key: TextKey, params: Record<string, string | number> = {}): string {
  const template = TABLES[current][key] ?? EN[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A field's label: the column header in English, its French label when one is known. */
export function fieldLabel(tab: string, key: string, header: string): string {
  if (current === 'fr') return FIELD_LABELS_FR[`${tab}.${key}`] ?? header;
  return header;
}
