// What the My follow-ups sidebar says, in English and French; the page follows the shared language switch.
import { language } from '../../shared/uiText';

const EN = {
  mine: 'Mine',
  team: 'The team’s, due or overdue',
  noneMine: 'Nothing open. Well done.',
  noneTeam: 'Nobody else has anything due.',
  state_overdue: 'Overdue since {date}',
  state_due: 'Due today',
  state_upcoming: 'Due {date}',
  snoozedNote: '(snoozed)',
  owner: 'Owner: {name}',
  onRecord: 'On {id}',
  city: 'City: {name}',
  done: 'Done',
  snooze: 'Snooze',
  reassign: 'Reassign',
  snoozeUntil: 'Snooze until',
  reassignTo: 'Reassign to',
  confirm: 'Confirm',
  marked: '{id} done.',
  snoozed: '{id} snoozed until {date}.',
  reassigned: '{id} now with {name}.',
  add: 'Add a follow-up',
  what: 'What',
  dueOn: 'Due on',
  ownerLabel: 'Owner',
  recordLabel: 'On record (ENG-, APP-, MAT-, EVT- or WCH-…, optional)',
  addButton: 'Add',
  added: 'Added {id}.',
  reconfirm: 'Contacts to re-confirm (flagged more than {days} days ago)',
  reconfirmLine: '{name} ({city}, {category}) since {date}',
  confirm_contact: 'Confirmed',
  confirmed: '{name} confirmed.',
};

type Key = keyof typeof EN;

const FR: Record<Key, string> = {
  mine: 'Les miens',
  team: 'Ceux de l’équipe, dus ou en retard',
  noneMine: 'Rien en cours. Bravo.',
  noneTeam: 'Personne d’autre n’a de suivi dû.',
  state_overdue: 'En retard depuis le {date}',
  state_due: 'Dû aujourd’hui',
  state_upcoming: 'Dû le {date}',
  snoozedNote: '(reporté)',
  owner: 'Responsable : {name}',
  onRecord: 'Sur {id}',
  city: 'Ville : {name}',
  done: 'Fait',
  snooze: 'Reporter',
  reassign: 'Réattribuer',
  snoozeUntil: 'Reporter au',
  reassignTo: 'Réattribuer à',
  confirm: 'Confirmer',
  marked: '{id} terminé.',
  snoozed: '{id} reporté au {date}.',
  reassigned: '{id} confié à {name}.',
  add: 'Ajouter un suivi',
  what: 'Quoi',
  dueOn: 'Échéance',
  ownerLabel: 'Responsable',
  recordLabel: 'Rattaché à (ENG-, APP-, MAT-, EVT- ou WCH-…, facultatif)',
  addButton: 'Ajouter',
  added: '{id} ajouté.',
  reconfirm: 'Contacts à reconfirmer (signalés il y a plus de {days} jours)',
  reconfirmLine: '{name} ({city}, {category}) depuis le {date}',
  confirm_contact: 'Confirmé',
  confirmed: '{name} confirmé.',
};

export type FollowUpsTextKey = Key;

/** The text of a key in the sidebar's current language, with {name} placeholders filled in. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const template = (language() === 'fr' ? FR : EN)[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Both tables, for the check that every key has its French words. */
export const FOLLOW_UPS_TEXT_TABLES = { en: EN, fr: FR } as const;
