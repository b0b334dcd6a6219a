// What the review sidebar says, in English and French; the page follows the shared language switch.
import { language } from '../../shared/uiText';

const EN = {
  title: 'Review applications',
  back: '← All applications',
  empty: 'No open applications.',
  due: 'due {date}',
  overdue: 'overdue since {date}',
  dueToday: 'due today',
  noDue: 'no due date',
  stage: 'Stage: {stage}',
  findings: 'Findings',
  noFindings: 'No problems found.',
  intakeIssues: 'Noted on arrival',
  answers: 'Answers',
  contacts: 'Points of contact',
  emails: 'Emails',
  noEmails: 'No email yet.',
  actions: 'Actions',
  sendLink: 'Send application form link',
  approve: 'Approve as member',
  decline: 'Decline',
  requestInfo: 'Request more information',
  reasonLabel: 'Reason (emailed to the applicant)',
  reasonNeeded: 'Write the reason first: it is sent to the applicant.',
  done: '{id}: now "{stage}". Emails: {emails}.',
  checkEmails: 'Check these emails: {problems}',
  severity_error: 'Must be resolved',
  severity_warning: 'Check',
  severity_info: 'Note',
  confirmTitle: 'Send now?',
  confirmSend: 'This sends “{template}” in {language} to: {recipients}.',
  confirmApprove: 'This makes the city a member and sends “{template}” in {language} to: {recipients}.',
  confirmSubject: 'Subject: {subject}',
  confirmNobody: 'nobody (no valid email address)',
  confirm: 'Confirm and send',
  cancel: 'Cancel',
  language_en: 'English',
  language_fr: 'French',
  language_ar: 'Arabic',
  language_es: 'Spanish',
  hub: 'Hub',
  emailLine: '{template} → {to}: {status} {date}',
};

type Key = keyof typeof EN;

const FR: Record<Key, string> = {
  title: 'Examen des candidatures',
  back: '← Toutes les candidatures',
  empty: 'Aucune candidature en cours.',
  due: 'échéance le {date}',
  overdue: 'en retard depuis le {date}',
  dueToday: 'échéance aujourd’hui',
  noDue: 'pas d’échéance',
  stage: 'Étape : {stage}',
  findings: 'Constats',
  noFindings: 'Aucun problème relevé.',
  intakeIssues: 'Relevé à l’arrivée',
  answers: 'Réponses',
  contacts: 'Points de contact',
  emails: 'E-mails',
  noEmails: 'Aucun e-mail pour l’instant.',
  actions: 'Actions',
  sendLink: 'Envoyer le lien du formulaire',
  approve: 'Approuver comme membre',
  decline: 'Refuser',
  requestInfo: 'Demander des précisions',
  reasonLabel: 'Motif (envoyé au candidat)',
  reasonNeeded: 'Indiquez d’abord le motif : il est envoyé au candidat.',
  done: '{id} : désormais « {stage} ». E-mails : {emails}.',
  checkEmails: 'Vérifiez ces e-mails : {problems}',
  severity_error: 'À résoudre',
  severity_warning: 'À vérifier',
  severity_info: 'Remarque',
  confirmTitle: 'Envoyer maintenant ?',
  confirmSend: 'Cette action envoie « {template} » en {language} à : {recipients}.',
  confirmApprove:
    'Cette action fait de la ville un membre et envoie « {template} » en {language} à : {recipients}.',
  confirmSubject: 'Objet : {subject}',
  confirmNobody: 'personne (aucune adresse e-mail valide)',
  confirm: 'Confirmer et envoyer',
  cancel: 'Annuler',
  language_en: 'anglais',
  language_fr: 'français',
  language_ar: 'arabe',
  language_es: 'espagnol',
  hub: 'Hub',
  emailLine: '{template} → {to} : {status} {date}',
};

/** The text of a key in the sidebar's current language, with {name} placeholders filled in. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const template = (language() === 'fr' ? FR : EN)[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export type ReviewTextKey = Key;

/** A key's text when the key exists (language names), else `fallback`. */
export function tOr(key: string, fallback: string): string {
  return key in EN ? t(key as Key) : fallback;
}

/** Both tables, for the check that every key has its French words. */
export const REVIEW_TEXT_TABLES = { en: EN, fr: FR } as const;
