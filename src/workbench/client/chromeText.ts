// What the workbench page itself says (top bar, status line, outbox, dialogs), in English and French: the acting
// user's CRM language (their sidebar switch, else their Google locale), as the bundle's own pages use.
import { fill, type Language } from '../../core/messages/language';

const EN = {
  docTitle: 'SCN CRM workbench',
  clock: 'Clock',
  moveClockTo: 'Move the clock to',
  plusHour: '+1 hour',
  plusDay: '+1 day',
  go: 'Go',
  user: 'User',
  actingAs: 'Acting as user',
  forms: 'Forms',
  noForms: 'No forms yet.',
  files: 'Files',
  outbox: 'Outbox ({n})',
  outboxTitle: 'Outbox',
  closeOutbox: 'Close outbox',
  noEmail: 'No email sent yet.',
  from: 'From',
  to: 'To',
  cc: 'Cc',
  replyTo: 'Reply-To',
  emailFrame: 'Email: {subject}',
  notSaved: 'Not saved: {error}',
  savingFile: 'Saving…',
  savedFile: 'Saved (#{n})',
  running: 'Running {caption}…',
  savingCell: 'Saving the cell…',
  advancing: 'Advancing the clock…',
  switching: 'Switching user…',
  done: 'Done.',
  emailSent: 'Email sent to {to}: {subject}',
  runFailed: '{fn} failed: {error}',
  formRecorded: 'Response to “{form}” recorded — {runs}',
  formNoTriggers: 'Response to “{form}” recorded (no triggers)',
  tabs: 'Tabs',
  sheet: 'Sheet',
  editCell: 'Edit {cell}',
  scriptMenus: 'Script menus',
  sidebar: 'Sidebar',
  closeSidebar: 'Close sidebar',
  closeDialog: 'Close dialog',
  message: 'Message',
  dismiss: 'Dismiss',
  OK: 'OK',
  CANCEL: 'Cancel',
  YES: 'Yes',
  NO: 'No',
  CLOSE: 'Close',
};

export type ChromeKey = keyof typeof EN;

const FR: Record<ChromeKey, string> = {
  docTitle: 'Atelier SCN CRM',
  clock: 'Horloge',
  moveClockTo: 'Avancer l’horloge jusqu’au',
  plusHour: '+1 heure',
  plusDay: '+1 jour',
  go: 'Aller',
  user: 'Utilisateur',
  actingAs: 'Utilisateur actif',
  forms: 'Formulaires',
  noForms: 'Aucun formulaire pour l’instant.',
  files: 'Fichiers',
  outbox: 'Boîte d’envoi ({n})',
  outboxTitle: 'Boîte d’envoi',
  closeOutbox: 'Fermer la boîte d’envoi',
  noEmail: 'Aucun e-mail envoyé pour l’instant.',
  from: 'De',
  to: 'À',
  cc: 'Cc',
  replyTo: 'Répondre à',
  emailFrame: 'E-mail : {subject}',
  notSaved: 'Non enregistré : {error}',
  savingFile: 'Enregistrement…',
  savedFile: 'Enregistré (n° {n})',
  running: '{caption} en cours…',
  savingCell: 'Enregistrement de la cellule…',
  advancing: 'L’horloge avance…',
  switching: 'Changement d’utilisateur…',
  done: 'Terminé.',
  emailSent: 'E-mail envoyé à {to} : {subject}',
  runFailed: 'Échec de {fn} : {error}',
  formRecorded: 'Réponse à « {form} » enregistrée — {runs}',
  formNoTriggers: 'Réponse à « {form} » enregistrée (aucun déclencheur)',
  tabs: 'Onglets',
  sheet: 'Feuille',
  editCell: 'Modifier {cell}',
  scriptMenus: 'Menus du script',
  sidebar: 'Panneau latéral',
  closeSidebar: 'Fermer le panneau',
  closeDialog: 'Fermer la boîte de dialogue',
  message: 'Message',
  dismiss: 'Fermer',
  OK: 'OK',
  CANCEL: 'Annuler',
  YES: 'Oui',
  NO: 'Non',
  CLOSE: 'Fermer',
};

/** Both tables, for the check that every key has its French words. */
export const CHROME_TEXT_TABLES: Readonly<Record<Language, Readonly<Record<ChromeKey, string>>>> = {
  en: EN,
  fr: FR,
};

let current: Language = 'en';
/** Elements whose text or attribute is a key of the table, re-labelled when the language changes. */
const labelled: { node: Element; key: ChromeKey; attr?: string }[] = [];

export function chromeLanguage(): Language {
  return current;
}

/** The words of a key in the page's language. */
export function wt(key: ChromeKey, params: Record<string, string | number> = {}): string {
  return fill(CHROME_TEXT_TABLES[current][key], params);
}

/** Gives an element its words (text, or an attribute such as aria-label) and keeps them in the page's language. */
export function label<T extends Element>(node: T, key: ChromeKey, attr?: string): T {
  labelled.push({ node, key, attr });
  if (attr) node.setAttribute(attr, wt(key));
  else node.textContent = wt(key);
  return node;
}

/** Switches the page's language; true when it changed (the caller re-renders what it builds each time). */
export function setChromeLanguage(next: Language): boolean {
  if (next === current) return false;
  current = next;
  document.documentElement.lang = next;
  for (const l of labelled) {
    if (l.attr) l.node.setAttribute(l.attr, wt(l.key));
    else l.node.textContent = wt(l.key);
  }
  return true;
}
