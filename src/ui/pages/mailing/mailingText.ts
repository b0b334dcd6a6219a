// What the mailing sidebar says, in English and French; the page follows the shared language switch.
import { language } from '../../shared/uiText';

const EN = {
  name: 'Mailing name',
  template: 'Template',
  chooseTemplate: '— choose a template —',
  filters: 'Audience',
  statuses: 'Membership status',
  hubs: 'Hub',
  countries: 'Country',
  categories: 'Contact category',
  languages: 'Preferred language',
  topics: 'Topics (city priorities or expertise)',
  savedList: 'Start from a saved mailing’s audience',
  noSavedList: '— none —',
  anyHint: 'Nothing selected: any.',
  showAudience: 'Show audience',
  audienceCount: '{count} recipient(s) of {matched} matching contact(s).',
  sample: 'Sample',
  excludedTitle: 'Left out ({n})',
  reason_noEmail: 'no email address',
  reason_inactive: 'inactive',
  reason_optedOut: 'opted out',
  reason_suppressed: 'suppressed',
  reason_duplicate: 'duplicate address',
  excludedLine: '{name} <{email}>: {reason}',
  check: 'Check before sending',
  checkOk: 'Ready to send.',
  checkBlocked: 'Not ready: fix what is listed below.',
  perLanguage: 'Variants: {list}',
  variantsTitle: 'Which variant each recipient gets',
  variantLine: '{name} <{email}>: {language} ({reason})',
  why_preferred: 'preferred language',
  why_city: 'a language of the city',
  why_fallback: 'English fallback',
  why_chosen: 'chosen for this preview',
  previewTitle: 'Preview a recipient',
  recipient: 'Recipient',
  variant: 'Variant',
  theirVariant: '— their own variant —',
  preview: 'Preview',
  sendTest: 'Send a test to me',
  previewTo: 'To: {to} · {language} ({reason})',
  previewSubject: 'Subject: {subject}',
  htmlFrame: 'HTML version of the email',
  testSent: 'Test sent to {to}.',
  showAudienceFirst: 'Show the audience first, then choose a recipient.',
};

type Key = keyof typeof EN;

const FR: Record<Key, string> = {
  name: 'Nom de l’envoi',
  template: 'Modèle',
  chooseTemplate: '— choisir un modèle —',
  filters: 'Destinataires',
  statuses: 'Statut d’adhésion',
  hubs: 'Hub',
  countries: 'Pays',
  categories: 'Catégorie de contact',
  languages: 'Langue préférée',
  topics: 'Thèmes (priorités ou expertise de la ville)',
  savedList: 'Partir des destinataires d’un envoi enregistré',
  noSavedList: '— aucun —',
  anyHint: 'Rien de sélectionné : tous.',
  showAudience: 'Afficher les destinataires',
  audienceCount: '{count} destinataire(s) sur {matched} contact(s) correspondant(s).',
  sample: 'Échantillon',
  excludedTitle: 'Écartés ({n})',
  reason_noEmail: 'pas d’adresse e-mail',
  reason_inactive: 'inactif',
  reason_optedOut: 'désinscrit',
  reason_suppressed: 'adresse bloquée',
  reason_duplicate: 'adresse en double',
  excludedLine: '{name} <{email}> : {reason}',
  check: 'Vérifier avant l’envoi',
  checkOk: 'Prêt à l’envoi.',
  checkBlocked: 'Pas prêt : corrigez ce qui est listé ci-dessous.',
  perLanguage: 'Variantes : {list}',
  variantsTitle: 'La variante reçue par chaque destinataire',
  variantLine: '{name} <{email}> : {language} ({reason})',
  why_preferred: 'langue préférée',
  why_city: 'une langue de la ville',
  why_fallback: 'repli sur l’anglais',
  why_chosen: 'choisie pour cet aperçu',
  previewTitle: 'Aperçu pour un destinataire',
  recipient: 'Destinataire',
  variant: 'Variante',
  theirVariant: '— sa propre variante —',
  preview: 'Aperçu',
  sendTest: 'M’envoyer un test',
  previewTo: 'À : {to} · {language} ({reason})',
  previewSubject: 'Objet : {subject}',
  htmlFrame: 'Version HTML de l’e-mail',
  testSent: 'Test envoyé à {to}.',
  showAudienceFirst: 'Affichez d’abord les destinataires, puis choisissez-en un.',
};

export type MailingTextKey = Key;

/** The text of a key in the sidebar's current language, with {name} placeholders filled in. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const template = (language() === 'fr' ? FR : EN)[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The key of an exclusion reason's words. */
export function reasonKey(reason: string): Key {
  const keys: Record<string, Key> = {
    'no email': 'reason_noEmail',
    inactive: 'reason_inactive',
    'opted out': 'reason_optedOut',
    suppressed: 'reason_suppressed',
    duplicate: 'reason_duplicate',
  };
  return keys[reason] ?? 'reason_suppressed';
}

/** Both tables, for the check that every key has its French words. */
export const MAILING_TEXT_TABLES = { en: EN, fr: FR } as const;
