// What the import sidebar says, in English and French; the page follows the shared language switch.
import { language } from '../../shared/uiText';

const EN = {
  file: 'File (CSV export)',
  platform: 'Platform',
  platform_auto: 'Detect from the file',
  platform_zoom: 'Zoom participant report',
  platform_teams: 'Microsoft Teams attendance report',
  platform_meet: 'Google Meet attendance report',
  platform_stats: 'Comms platform statistics',
  event: 'Event (optional)',
  noEvent: 'None',
  type: 'Engagement type',
  title: 'Meeting title (if the file has none)',
  day: 'Meeting day (if the file has none)',
  preview: 'Preview',
  chooseFile: 'Choose a file first.',
  reading: 'Reading the file…',
  summary: '{platform}: {rows} row(s) below the header on line {line}.',
  meeting: 'Meeting: {title} on {day}.',
  meetingId: 'Meeting ID {id}.',
  after: 'Lines {from}–{to} come after the table (another section of the report) and were not read.',
  matched: 'Matched by email ({n})',
  byName: 'Matched by name: confirm ({n})',
  unmatched: 'Not found among contacts ({n})',
  problems: 'Rows that cannot be imported ({n})',
  nonePeople: 'Nobody in the file.',
  person: '{name} <{email}>',
  stay: '{minutes} min, lines {lines}',
  stayRejoined: '{minutes} min, joined {joins} times, lines {lines}',
  interaction: '{platform} · {interaction} × {count} on {day}, lines {lines}',
  isContact: '→ {name} ({org})',
  already: 'already recorded',
  samePerson: 'Same person',
  skip: 'Skip',
  addContact: 'Add as a contact',
  org: 'City or partner',
  category: 'Category',
  language: 'Language',
  noAddStats: 'Statistics name no person: add the address to a contact first to count it.',
  problem_noIdentity: 'Line {line}: no name and no email.',
  problem_badEmail: 'Line {line}: {column} "{value}" is not an email address.',
  problem_badTime: 'Line {line}: {column} "{value}" cannot be read as a date and time.',
  problem_badDuration: 'Line {line}: {column} "{value}" cannot be read as a duration.',
  problem_badDate: 'Line {line}: {column} "{value}" cannot be read as a date.',
  problem_badCount: 'Line {line}: {column} "{value}" is not a whole number.',
  import: 'Import',
  importing: 'Recording engagements…',
  done: 'Recorded {n} engagement(s); {already} already recorded; {skipped} skipped; {added} contact(s) added.',
};

type Key = keyof typeof EN;

const FR: Record<Key, string> = {
  file: 'Fichier (export CSV)',
  platform: 'Plateforme',
  platform_auto: 'Détecter d’après le fichier',
  platform_zoom: 'Rapport des participants Zoom',
  platform_teams: 'Rapport de présence Microsoft Teams',
  platform_meet: 'Rapport de présence Google Meet',
  platform_stats: 'Statistiques des plateformes de communication',
  event: 'Événement (facultatif)',
  noEvent: 'Aucun',
  type: 'Type d’échange',
  title: 'Titre de la réunion (si le fichier n’en a pas)',
  day: 'Jour de la réunion (si le fichier n’en a pas)',
  preview: 'Aperçu',
  chooseFile: 'Choisissez d’abord un fichier.',
  reading: 'Lecture du fichier…',
  summary: '{platform} : {rows} ligne(s) sous l’en-tête de la ligne {line}.',
  meeting: 'Réunion : {title} le {day}.',
  meetingId: 'ID de réunion {id}.',
  after: 'Les lignes {from} à {to} suivent le tableau (une autre section du rapport) et n’ont pas été lues.',
  matched: 'Reconnus par leur adresse ({n})',
  byName: 'Reconnus par leur nom : à confirmer ({n})',
  unmatched: 'Absents des contacts ({n})',
  problems: 'Lignes impossibles à importer ({n})',
  nonePeople: 'Personne dans le fichier.',
  person: '{name} <{email}>',
  stay: '{minutes} min, lignes {lines}',
  stayRejoined: '{minutes} min, {joins} connexions, lignes {lines}',
  interaction: '{platform} · {interaction} × {count} le {day}, lignes {lines}',
  isContact: '→ {name} ({org})',
  already: 'déjà enregistré',
  samePerson: 'Même personne',
  skip: 'Ignorer',
  addContact: 'Ajouter comme contact',
  org: 'Ville ou partenaire',
  category: 'Catégorie',
  language: 'Langue',
  noAddStats:
    'Les statistiques ne nomment personne : ajoutez d’abord l’adresse à un contact pour la compter.',
  problem_noIdentity: 'Ligne {line} : ni nom ni adresse.',
  problem_badEmail: 'Ligne {line} : {column} « {value} » n’est pas une adresse e-mail.',
  problem_badTime: 'Ligne {line} : {column} « {value} » n’est pas une date et une heure lisibles.',
  problem_badDuration: 'Ligne {line} : {column} « {value} » n’est pas une durée lisible.',
  problem_badDate: 'Ligne {line} : {column} « {value} » n’est pas une date lisible.',
  problem_badCount: 'Ligne {line} : {column} « {value} » n’est pas un nombre entier.',
  import: 'Importer',
  importing: 'Enregistrement des échanges…',
  done: '{n} échange(s) enregistré(s) ; {already} déjà enregistré(s) ; {skipped} ignoré(s) ; {added} contact(s) ajouté(s).',
};

export type ImportTextKey = Key;

/** The text of a key in the sidebar's current language, with {name} placeholders filled in. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const template = (language() === 'fr' ? FR : EN)[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Both tables, for the check that every key has its French words. */
export const IMPORT_TEXT_TABLES = { en: EN, fr: FR } as const;
