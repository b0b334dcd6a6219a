// What the sidebars say, in English and French (the coordinator's working languages), and the current choice.
// Stored values, field labels, notes and template names come from the shared table in src/core/messages.
import { displayDateTime, displayDay } from '../../core/calendar/displayDate';
import {
  displayList,
  displayValue,
  type Language,
  fieldLabel as labelOf,
  templateName as nameOfTemplate,
  fieldNote as noteOf,
  setMessageLanguage,
} from '../../core/messages';

export type { Language };

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
  mailingsReceived: 'Mailings received',
  mailingsCount: '{n} sends in the Sends tab, {m} more archived.',
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
  eventTitle: 'Event',
  eventSaved: 'Event saved ({id}).',
  eventParticipantSaved: 'Participant saved ({id}).',
  eventSaveParticipant: 'Save participant',
  eventParticipants: 'Participants',
  eventCounts: 'Counts by status',
  eventInterpretation: 'Interpretation (pair, participants, interpreters)',
  eventTravel: 'Travel and visas (name, from, letter deadline)',
  eventRooming: 'Rooming list by night',
  eventBudget: 'Budget (planned / actual)',
  eventActions: 'Event actions',
  eventCreateForm: 'Create the registration form',
  eventFormReady: 'Registration form ready: {url}',
  eventApplyRegistrations: 'Apply registrations',
  eventRegistrationsApplied: '{applied} of {checked} response(s) applied.',
  eventGenerateSummary: 'Generate the summary',
  eventSummaryWritten: 'Summary report written: {url}',
  eventSummaryLink: 'Summary report',
  eventGenerateLetters: 'Generate visa letters',
  eventLettersWritten: '{n} visa letter(s) written.',
  eventRecordAttendance: 'Record attendance',
  eventAttendanceLogged: '{n} attendance engagement(s) logged.',
  eventWorking: 'Working…',
  needsTitle: 'Record needs',
  needsHint: 'A need heard in an interview, a consultation or a focus group. The survey records its own.',
  needRecorded: 'Need recorded ({id}).',
  recordNeeds: 'Record needs',
  offers: 'Practice offered',
  offerSince: 'since {year}',
  surveyedAge: 'surveyed {age}',
  recordedAge: 'recorded {age}',
  ageToday: 'today',
  ageDay: 'yesterday',
  ageDays: '{n} days ago',
  ageMonth: '1 month ago',
  ageMonths: '{n} months ago',
  ageYear: '1 year ago',
  ageYears: '{n} years ago',
  typeToAdd: 'Type to add…',
  peersTitle: 'Peer matches',
  followUpsTitle: 'My follow-ups',
  meetingsTitle: 'Member meetings',
  importTitle: 'Import attendance or statistics',
  actionPoints: 'Action points (one per line; each becomes a follow-up for you)',
  loggedWithFollowUps: 'Logged {id}, with {n} follow-up(s).',
  peersSuggest: 'Suggest peer matches',
  peersSuggesting: 'Scoring every open need…',
  peersSuggested: '{written} suggestion(s) written for {needs} open need(s); {unmatched} without a match.',
  peersNone: 'No open matches. Suggest matches to score every open need.',
  peersSeeks: '{seeker} ← {offerer}',
  peersScore: '{topic} · score {score}',
  peersBreakdown: 'Breakdown',
  peersFollowUp: 'Follow up on {date}',
  peersAccept: 'Accept and introduce',
  peersDismiss: 'Dismiss',
  peersEdit: 'Change the offering side',
  peersReason: 'Reason',
  peersOffering: 'Offering city or partner ID',
  peersConfirm: 'Confirm',
  peersAccepted: 'Introductions sent to {n} contact(s).',
  peersDismissed: 'Suggestion dismissed.',
  peersEdited: 'Suggestion changed.',
  peersExchangeHeld: 'Exchange held',
  peersRecordOutcome: 'Record outcome',
  peersOutcome: 'What changed, in the cities’ words',
  peersStatus: 'Status: {status}',
  staleTitle2: 'Stale profiles',
  mailingTitle: 'New mailing',
  staleIntro: 'Cities whose profile was not reviewed for {days} days or more.',
  noneStale: 'Every profile was reviewed within the last {days} days.',
  requestReviews: 'Ask {n} hub staff to review',
  requestSent: 'Request sent to {who}.',
  noRecipients: 'No active hub staff in the Staff tab to ask.',
  neverShort: 'never reviewed',
  daysAgo: 'reviewed {days} days ago',
  openCityHint: 'Open a city from SCN CRM › Members, or from Find.',
  openContactHint: 'Open a contact from SCN CRM › Members, or from Find.',
  validateTitle: 'Validate workbook',
  checking: 'Checking every tab…',
  checkAgain: 'Check again',
  noProblems: 'No problems found in {rows} rows.',
  problemsFound: '{n} problem(s) in {rows} rows. Invalid cells are highlighted.',
  problemsFoundFirst: '{n} problem(s) in {rows} rows (first {shown} listed). Invalid cells are highlighted.',
  problemRow: '{tab} · row {row}',
  aboutVersion: 'Version',
  aboutTimeZone: 'Time zone:',
  aboutUser: 'Signed in as:',
  aboutSnapshot: 'Weekly snapshot:',
  unknownUser: 'unknown',
  aboutError: 'Could not load details: {message}',
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
  mailingsReceived: 'Envois groupés reçus',
  mailingsCount: '{n} envois dans l’onglet Sends, {m} autres archivés.',
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
  eventTitle: 'Événement',
  eventSaved: 'Événement enregistré ({id}).',
  eventParticipantSaved: 'Participant enregistré ({id}).',
  eventSaveParticipant: 'Enregistrer le participant',
  eventParticipants: 'Participants',
  eventCounts: 'Effectifs par statut',
  eventInterpretation: 'Interprétation (paire, participants, interprètes)',
  eventTravel: 'Voyages et visas (nom, provenance, date limite de la lettre)',
  eventRooming: 'Liste des chambres par nuit',
  eventBudget: 'Budget (prévu / réel)',
  eventActions: 'Actions sur l’événement',
  eventCreateForm: 'Créer le formulaire d’inscription',
  eventFormReady: 'Formulaire d’inscription prêt : {url}',
  eventApplyRegistrations: 'Appliquer les inscriptions',
  eventRegistrationsApplied: '{applied} réponse(s) appliquée(s) sur {checked}.',
  eventGenerateSummary: 'Rédiger le compte rendu',
  eventSummaryWritten: 'Compte rendu rédigé : {url}',
  eventSummaryLink: 'Compte rendu',
  eventGenerateLetters: 'Rédiger les lettres de visa',
  eventLettersWritten: '{n} lettre(s) de visa rédigée(s).',
  eventRecordAttendance: 'Enregistrer la présence',
  eventAttendanceLogged: '{n} engagement(s) de présence enregistré(s).',
  eventWorking: 'En cours…',
  needsTitle: 'Enregistrer des besoins',
  needsHint:
    'Un besoin entendu lors d’un entretien, d’une consultation ou d’un groupe de discussion. L’enquête enregistre les siens.',
  needRecorded: 'Besoin enregistré ({id}).',
  recordNeeds: 'Enregistrer des besoins',
  offers: 'Pratiques proposées',
  offerSince: 'depuis {year}',
  surveyedAge: 'recueilli {age}',
  recordedAge: 'enregistrée {age}',
  ageToday: 'aujourd’hui',
  ageDay: 'hier',
  ageDays: 'il y a {n} jours',
  ageMonth: 'il y a 1 mois',
  ageMonths: 'il y a {n} mois',
  ageYear: 'il y a 1 an',
  ageYears: 'il y a {n} ans',
  typeToAdd: 'Tapez pour ajouter…',
  peersTitle: 'Mises en relation entre pairs',
  followUpsTitle: 'Mes suivis',
  meetingsTitle: 'Réunions de membres',
  importTitle: 'Importer des présences ou des statistiques',
  actionPoints: 'Actions à mener (une par ligne ; chacune devient un suivi pour vous)',
  loggedWithFollowUps: '{id} noté, avec {n} suivi(s).',
  peersSuggest: 'Proposer des mises en relation',
  peersSuggesting: 'Calcul pour chaque besoin ouvert…',
  peersSuggested:
    '{written} suggestion(s) écrite(s) pour {needs} besoin(s) ouvert(s) ; {unmatched} sans correspondance.',
  peersNone: 'Aucune mise en relation ouverte. Lancez les suggestions pour évaluer chaque besoin ouvert.',
  peersSeeks: '{seeker} ← {offerer}',
  peersScore: '{topic} · score {score}',
  peersBreakdown: 'Détail du score',
  peersFollowUp: 'Suivi le {date}',
  peersAccept: 'Accepter et présenter',
  peersDismiss: 'Écarter',
  peersEdit: 'Changer la partie qui offre',
  peersReason: 'Motif',
  peersOffering: 'Identifiant de la ville ou du partenaire qui offre',
  peersConfirm: 'Confirmer',
  peersAccepted: 'Présentation envoyée à {n} contact(s).',
  peersDismissed: 'Suggestion écartée.',
  peersEdited: 'Suggestion modifiée.',
  peersExchangeHeld: 'Échange tenu',
  peersRecordOutcome: 'Enregistrer le résultat',
  peersOutcome: 'Ce qui a changé, dans les mots des villes',
  peersStatus: 'Statut : {status}',
  staleTitle2: 'Fiches à vérifier',
  mailingTitle: 'Nouvel envoi',
  staleIntro: 'Villes dont la fiche n’a pas été vérifiée depuis {days} jours ou plus.',
  noneStale: 'Toutes les fiches ont été vérifiées ces {days} derniers jours.',
  requestReviews: 'Demander la vérification à {n} membre(s) du hub',
  requestSent: 'Demande envoyée à {who}.',
  noRecipients: 'Aucun membre actif du hub dans l’onglet Staff.',
  neverShort: 'jamais vérifiée',
  daysAgo: 'vérifiée il y a {days} jours',
  openCityHint: 'Ouvrez une ville depuis SCN CRM › Members, ou depuis Rechercher.',
  openContactHint: 'Ouvrez un contact depuis SCN CRM › Members, ou depuis Rechercher.',
  validateTitle: 'Valider le classeur',
  checking: 'Vérification de chaque onglet…',
  checkAgain: 'Vérifier à nouveau',
  noProblems: 'Aucun problème dans {rows} lignes.',
  problemsFound: '{n} problème(s) dans {rows} lignes. Les cellules non valables sont surlignées.',
  problemsFoundFirst:
    '{n} problème(s) dans {rows} lignes ({shown} premiers listés). Les cellules non valables sont surlignées.',
  problemRow: '{tab} · ligne {row}',
  aboutVersion: 'Version',
  aboutTimeZone: 'Fuseau horaire :',
  aboutUser: 'Connecté en tant que :',
  aboutSnapshot: 'Instantané hebdomadaire :',
  unknownUser: 'inconnu',
  aboutError: 'Impossible de charger les détails : {message}',
};

/** Both tables, for the check that every key has its French words (test/acceptance/hardening/french*). */
export const UI_TEXT_TABLES: Readonly<Record<Language, Readonly<Record<TextKey, string>>>> = {
  en: EN,
  fr: FR,
};
let current: Language = 'en';
const listeners: (() => void)[] = [];
// Messages built in the page (the browser check of a form) follow the sidebar's switch.
setMessageLanguage(() => current);

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
  const template = UI_TEXT_TABLES[current][key] ?? EN[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A field's label: the column header in English, its French label in French. */
export function fieldLabel(tab: string, key: string, header: string): string {
  return labelOf(tab, key, header, current);
}

/** A field's help text (the header's note in the sheet) in the current language. */
export function fieldNote(tab: string, key: string, note: string): string {
  return noteOf(tab, key, note, current);
}

/** A stored vocabulary value (stage, status, type, topic…) as the reader says it; the stored value stays stable. */
export function valueText(value: string): string {
  return displayValue(value, current);
}

/** A comma-separated list of stored values, each shown in the current language. */
export function listText(value: string): string {
  return displayList(value, current);
}

/** A built-in email template's name (never its key). */
export function templateName(key: string): string {
  return nameOfTemplate(key, current);
}

/** A YYYY-MM-DD day in the current language's one date format (the grid's). */
export function dateText(iso: string): string {
  return displayDay(iso, current);
}

/** A moment (e.g. when an email was sent) in the current language's one date-and-time format. */
export function dateTimeText(moment: Date): string {
  return displayDateTime(moment, current);
}
