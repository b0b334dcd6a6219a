// Every message the server shows a person (refusals, store errors, sidebar failures), by code, in English and French.
// Codes are stable; the words live only here. Field-check messages are in fieldMessages.ts.

import { DASHBOARD_MESSAGES } from './dashboardMessages';
import { EVENT_MESSAGES } from './eventMessages';
import { FIELD_MESSAGES } from './fieldMessages';
import { GRID_MESSAGES } from './gridMessages';
import { IMPORT_MESSAGES } from './importMessages';
import { INTAKE_MESSAGES } from './intakeMessages';
import { fill, type Language, messageLanguage } from './language';
import { MAIL_FILE_MESSAGES } from './mailFileMessages';
import { MAIL_MESSAGES } from './mailMessages';
import { OPT_OUT_MESSAGES } from './optOutMessages';
import { PEER_MESSAGES } from './peerMessages';
import { PEERS_MESSAGES } from './peersMessages';
import { PRIVACY_MESSAGES } from './privacyMessages';
import { RELATIONS_MESSAGES } from './relationsMessages';
import { SENDING_MESSAGES } from './sendingMessages';
import { SETTINGS_MESSAGES } from './settingsMessages';
import { SETUP_MESSAGES } from './setupMessages';
import { SNAPSHOT_MESSAGES } from './snapshotMessages';
import { WORKBOOK_MESSAGES } from './workbookMessages';

export interface Bilingual {
  readonly en: string;
  readonly fr: string;
}

const SERVER_MESSAGES = {
  // Access (src/server/access/roles.ts, src/server/records/sidebarAccess.ts)
  'access.notStaff': {
    en: '{who} is not listed as active staff in the Staff tab, so you cannot {action}. Ask an admin to add you.',
    fr: '{who} ne figure pas parmi le personnel actif de l’onglet Staff : vous ne pouvez donc pas {action}. Demandez à un administrateur de vous ajouter.',
  },
  'access.editTriggerOnly': {
    en: 'The grid edit check runs from its installable edit trigger only.',
    fr: 'Le contrôle des modifications de la grille ne s’exécute que depuis son déclencheur de modification installé.',
  },
  'access.yourAccount': { en: 'Your account', fr: 'Votre compte' },
  // Review fixes of grid access, Validate workbook and the audit journal (src/server/access, validate, audit)
  'validate.gridFlagsDropped': {
    en: '{count} more grid edits that were not allowed could not be kept as flags here (the list holds the newest). Find them in the Audit tab: their rows start with "NOT ALLOWED".',
    fr: '{count} autres modifications non autorisées de la grille n’ont pas pu être gardées ici (la liste garde les plus récentes). Retrouvez-les dans l’onglet Audit : leurs lignes commencent par « NOT ALLOWED ».',
  },
  'validate.alreadyRunning': {
    en: 'A check of the workbook is already running (another sidebar or its scheduled continuation). Try again in a few minutes.',
    fr: 'Une vérification du classeur est déjà en cours (un autre panneau ou sa suite programmée). Réessayez dans quelques minutes.',
  },
  'validate.highlightsCapped': {
    en: '{count} invalid cells are listed but not highlighted: at most {max} cells are coloured at a time.',
    fr: '{count} cellules non valides sont listées mais pas surlignées : {max} cellules au plus sont colorées à la fois.',
  },
  'validate.auditDeadLetter': {
    en: 'An audit row could not be written after two tries and was set aside: {action} on {tab} {id} by {user} at {at}: {summary}',
    fr: 'Une ligne d’audit n’a pas pu être écrite après deux essais et a été mise de côté : {action} sur {tab} {id} par {user} le {at} : {summary}',
  },
  'validate.auditDeadLetterMore': {
    en: '{count} more audit rows were set aside but did not fit in the list; check the Audit tab against the recent changes.',
    fr: '{count} autres lignes d’audit ont été mises de côté sans tenir dans la liste ; comparez l’onglet Audit aux changements récents.',
  },

  'access.role': {
    en: 'Your role ({role}) does not allow you to {action}; this needs {needed}.',
    fr: 'Votre rôle ({role}) ne vous permet pas de {action} ; il faut le rôle {needed}.',
  },
  'access.roleShort': {
    en: 'Your role ({role}) does not allow you to {action}.',
    fr: 'Votre rôle ({role}) ne vous permet pas de {action}.',
  },
  'access.partnerContacts': {
    en: 'Your role ({role}) does not allow you to {action}: partner contacts are kept by coordinators.',
    fr: 'Votre rôle ({role}) ne vous permet pas de {action} : les contacts des partenaires sont tenus par les coordinateurs.',
  },
  'access.otherHub': {
    en: "{what} is not in your hub, so you cannot {action}. Hub staff change only their own hub's cities and contacts.",
    fr: '{what} n’est pas dans votre hub : vous ne pouvez donc pas {action}. L’équipe d’un hub ne modifie que les villes et contacts de son hub.',
  },
  'access.otherHubEngagement': {
    en: '{what} is not in your hub, so you cannot log engagement with it.',
    fr: '{what} n’est pas dans votre hub : vous ne pouvez donc pas y noter un échange.',
  },
  'access.hubMove': {
    en: 'Hub: only coordinators move a city to another hub.',
    fr: 'Hub : seuls les coordinateurs rattachent une ville à un autre hub.',
  },
  // The store (src/server/store/*)
  'store.stale': {
    en: '{id} was changed{by} since you opened it (now version {now}, yours {yours}). Reload it, then make your change again.',
    fr: '{id} a été modifié{by} depuis que vous l’avez ouvert (version actuelle {now}, la vôtre {yours}). Rechargez-le, puis refaites votre modification.',
  },
  'store.staleBy': { en: ' by {who}', fr: ' par {who}' },
  'store.changedSince': { en: 'Changed since: {list}.', fr: 'Modifié depuis : {list}.' },
  'store.changedField': {
    en: '{field}: now “{now}” (you had “{was}”)',
    fr: '{field} : désormais « {now} » (vous aviez « {was} »)',
  },
  'store.notFound': {
    en: '{tab}: no record with id {id}.',
    fr: '{tab} : aucune fiche avec l’identifiant {id}.',
  },
  'store.notFoundDeleted': {
    en: '{tab}: no record with id {id} (it may have been deleted).',
    fr: '{tab} : aucune fiche avec l’identifiant {id} (elle a peut-être été supprimée).',
  },
  // Sidebars (src/server/records, cities, contacts, partners, engagements, profiles, search)
  'sidebar.versionMissing': {
    en: 'The record version is missing: reload the record.',
    fr: 'La version de la fiche manque : rechargez la fiche.',
  },
  'sidebar.cityIdMissing': {
    en: 'City: the city id is missing; reopen the profile.',
    fr: 'Ville : l’identifiant de la ville manque ; rouvrez la fiche.',
  },
  'sidebar.orgRequired': {
    en: 'City or partner ID: a value is required.',
    fr: 'Identifiant de la ville ou du partenaire : une valeur est obligatoire.',
  },
  'sidebar.contactOrg': {
    en: 'Contact: say which city or partner the contact belongs to.',
    fr: 'Contact : indiquez la ville ou le partenaire auquel le contact est rattaché.',
  },
  'sidebar.language': {
    en: 'Language: choose en (English) or fr (français).',
    fr: 'Langue : choisissez en (English) ou fr (français).',
  },
  'sidebar.engagementNewOnly': {
    en: 'Engagements are logged as new rows; edit an existing one in the Engagements tab.',
    fr: 'Chaque échange est noté sur une nouvelle ligne ; modifiez un échange existant dans l’onglet Engagements.',
  },
  'sidebar.cannotSave': {
    en: 'Records of "{tab}" cannot be saved here.',
    fr: 'Les fiches de « {tab} » ne s’enregistrent pas ici.',
  },
  'sidebar.notId': {
    en: '{key}: “{value}” is not a record id.',
    fr: '{key} : « {value} » n’est pas un identifiant de fiche.',
  },
  'sidebar.noSuchPage': {
    en: 'There is no sidebar called “{page}”.',
    fr: 'Aucun panneau ne s’appelle « {page} ».',
  },
  'sidebar.noHubStaff': {
    en: '{hub}: no active hub staff in the Staff tab to send the request to.',
    fr: '{hub} : aucun membre actif de ce hub dans l’onglet Staff à qui envoyer la demande.',
  },
  'sidebar.noSuchTab': { en: 'The tab "{tab}" does not exist.', fr: 'L’onglet « {tab} » n’existe pas.' },
  // Toasts of menu actions opened without a selected row
  'toast.selectCity': {
    en: 'Select a city row in the Cities tab, or find the city here.',
    fr: 'Sélectionnez la ligne d’une ville dans l’onglet Cities, ou cherchez la ville ici.',
  },
  'toast.selectContact': {
    en: 'Select a contact row in the Contacts tab, or find the contact here.',
    fr: 'Sélectionnez la ligne d’un contact dans l’onglet Contacts, ou cherchez le contact ici.',
  },
  'toast.selectOrg': {
    en: 'Select the city (or partner) the contact belongs to first, or find it here.',
    fr: 'Sélectionnez d’abord la ville (ou le partenaire) du contact, ou cherchez-la ici.',
  },
  'toast.selectPartner': {
    en: 'Select a partner row in the Partners tab, or find the partner here.',
    fr: 'Sélectionnez la ligne d’un partenaire dans l’onglet Partners, ou cherchez le partenaire ici.',
  },
  // Review (src/server/intake/stageActions.ts)
  'review.reasonMissing': {
    en: 'Reason: write what the applicant should know; it is emailed to them.',
    fr: 'Motif : écrivez ce que le candidat doit savoir ; il lui est envoyé par e-mail.',
  },
  'review.reasonTooLong': {
    en: 'Reason: at most 2,000 characters.',
    fr: 'Motif : 2 000 caractères au plus.',
  },
  'review.unknownStage': {
    en: '{id}: the stage "{stage}" is not one the CRM knows; fix it in the sheet.',
    fr: '{id} : l’étape « {stage} » n’est pas connue du CRM ; corrigez-la dans la feuille.',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

export const MESSAGES = {
  ...SERVER_MESSAGES,
  ...FIELD_MESSAGES,
  ...WORKBOOK_MESSAGES,
  ...MAIL_MESSAGES,
  ...OPT_OUT_MESSAGES,
  ...PRIVACY_MESSAGES,
  ...PEER_MESSAGES,
  ...EVENT_MESSAGES,
  ...MAIL_FILE_MESSAGES,
  ...SETUP_MESSAGES,
  ...GRID_MESSAGES,
  ...SETTINGS_MESSAGES,
  ...INTAKE_MESSAGES,
  ...SENDING_MESSAGES,
  ...PEERS_MESSAGES,
  ...RELATIONS_MESSAGES,
  ...SNAPSHOT_MESSAGES,
  ...IMPORT_MESSAGES,
  ...DASHBOARD_MESSAGES,
} as const;

export type MessageCode = keyof typeof MESSAGES;
export type MessageParams = Readonly<Record<string, string | number>>;

export function isMessageCode(code: string): code is MessageCode {
  return (MESSAGES as Readonly<Record<string, Bilingual | undefined>>)[code] !== undefined;
}

/** The words of a message in a language (the reader's by default), its placeholders filled in. */
export function message(
  code: MessageCode,
  params: MessageParams = {},
  lang: Language = messageLanguage(),
): string {
  return fill(MESSAGES[code][lang], params);
}
