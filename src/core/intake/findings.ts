// The coordinator's review findings on an application: what is missing or doubtful, with a severity, in English and French.

import { isValidEmail, isValidPhone } from '../schema/text';
import type { Bilingual } from './answerSchema';
import type { Application } from './application';

/**
 * error: must be resolved (or asked for) before approval; warning: the reviewer should look; info: worth
 * knowing. The FAQ's "ideally" (a political or policy contact) and "we also prefer" (a practitioner) are
 * therefore a warning and an info, not errors.
 */
export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'missingApplicationId'
  | 'missingCity'
  | 'missingCountry'
  | 'unknownCountry'
  | 'missingPopulation'
  | 'fewContacts'
  | 'contactIncomplete'
  | 'noPolicyContact'
  | 'noPractitioner'
  | 'invalidEmail'
  | 'duplicateContactEmail'
  | 'invalidPhone'
  | 'principlesNotAccepted'
  | 'missingBackground'
  | 'briefBackground'
  | 'noLanguages'
  | 'existingCity'
  | 'alreadyMember'
  | 'memberThroughThis'
  | 'openApplication';

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** The field concerned, e.g. 'contacts[2].email', when there is one. */
  readonly field?: string;
  readonly message: Bilingual;
}

/** Below this many characters a background is too brief to review. */
export const BRIEF_BACKGROUND_CHARS = 80;

export function validationFindings(app: Application): Finding[] {
  const out: Finding[] = [];
  const add = (code: FindingCode, severity: Severity, en: string, fr: string, field?: string) =>
    out.push(
      field === undefined
        ? { code, severity, message: { en, fr } }
        : { code, severity, field, message: { en, fr } },
    );

  if (!/^APP-\d{6,}$/.test(app.applicationId)) {
    add(
      'missingApplicationId',
      'error',
      'The application reference is missing or not in the form APP-000123: link it to its enquiry by hand.',
      'La référence de candidature manque ou n’a pas la forme APP-000123 : rattachez-la à sa demande manuellement.',
      'applicationId',
    );
  }
  if (app.cityName.trim() === '')
    add('missingCity', 'error', 'The city name is missing.', 'Le nom de la ville manque.', 'cityName');
  if (app.country.trim() === '')
    add('missingCountry', 'error', 'The country is missing.', 'Le pays manque.', 'country');
  else if (app.countryCode === null) {
    add(
      'unknownCountry',
      'warning',
      `"${app.country}" is not a country on our list.`,
      `« ${app.country} » ne figure pas dans notre liste de pays.`,
      'country',
    );
  }
  if (app.population === null)
    add('missingPopulation', 'info', 'No population given.', 'Population non indiquée.', 'population');

  contactFindings(app, add);

  if (app.principlesNotAccepted.length > 0) {
    const names = app.principlesNotAccepted.join(', ');
    add(
      'principlesNotAccepted',
      'error',
      `Not all principles are accepted yet: ${names}.`,
      `Tous les principes ne sont pas encore acceptés : ${names}.`,
      'principlesAccepted',
    );
  }
  const background = app.background.trim();
  if (background === '') {
    add(
      'missingBackground',
      'error',
      "No background on the city's issues and approaches.",
      'Aucune présentation des enjeux et des approches de la ville.',
      'background',
    );
  } else if (background.length < BRIEF_BACKGROUND_CHARS) {
    add(
      'briefBackground',
      'info',
      'The background is very brief; consider asking for more.',
      'La présentation est très brève ; envisagez de demander des précisions.',
      'background',
    );
  }
  if (app.languages.length === 0)
    add(
      'noLanguages',
      'info',
      'No working language given.',
      'Aucune langue de travail indiquée.',
      'languages',
    );
  return out;
}

type Add = (code: FindingCode, severity: Severity, en: string, fr: string, field?: string) => void;

function contactFindings(app: Application, add: Add): void {
  const contacts = app.contacts;
  if (contacts.length < 2) {
    add(
      'fewContacts',
      'error',
      `Only ${contacts.length} point(s) of contact; the network asks for 2–3.`,
      `Seulement ${contacts.length} point(s) de contact ; le réseau en demande 2 ou 3.`,
      'contacts',
    );
  }
  const seen: Record<string, number> = {};
  for (const c of contacts) {
    const at = `contacts[${c.index}]`;
    const who = c.name || `Contact ${c.index}`;
    if (c.name === '' || c.category === null) {
      add(
        'contactIncomplete',
        'warning',
        `Contact ${c.index}: name or role is missing.`,
        `Contact ${c.index} : nom ou rôle manquant.`,
        at,
      );
    }
    if (!isValidEmail(c.email)) {
      const shown = c.email === '' ? '(empty)' : c.email;
      add(
        'invalidEmail',
        'error',
        `${who}: the email address ${shown} is not valid.`,
        `${who} : l’adresse e-mail ${c.email === '' ? '(vide)' : c.email} n’est pas valide.`,
        `${at}.email`,
      );
    } else if (seen[c.email] !== undefined) {
      add(
        'duplicateContactEmail',
        'warning',
        `Contacts ${seen[c.email]} and ${c.index} share the email ${c.email}.`,
        `Les contacts ${seen[c.email]} et ${c.index} ont la même adresse ${c.email}.`,
        `${at}.email`,
      );
    } else seen[c.email] = c.index;
    if (c.phone !== '' && !isValidPhone(c.phone)) {
      add(
        'invalidPhone',
        'warning',
        `${who}: the phone number ${c.phone} does not look valid.`,
        `${who} : le numéro ${c.phone} ne semble pas valide.`,
        `${at}.phone`,
      );
    }
  }
  if (
    contacts.length > 0 &&
    !contacts.some((c) => c.category === "mayor's office" || c.category === 'policy team')
  ) {
    add(
      'noPolicyContact',
      'warning',
      "No contact in the mayor's office or the policy team (ideally one holds the authority's mandate).",
      'Aucun contact au cabinet du maire ni dans l’équipe chargée des politiques (idéalement, l’un d’eux détient le mandat de l’autorité).',
      'contacts',
    );
  }
  if (contacts.length > 0 && !contacts.some((c) => c.category === 'practitioner')) {
    add(
      'noPractitioner',
      'info',
      'No practitioner among the contacts (preferred, not required).',
      'Aucun praticien parmi les contacts (souhaité, non obligatoire).',
      'contacts',
    );
  }
}

/** True when any finding must be resolved before the application can be approved. */
export function blocksApproval(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** One line per finding for the Applications tab's "Issues found" column, in the given language. */
export function findingsText(findings: readonly Finding[], language: 'en' | 'fr' = 'en'): string {
  return findings.map((f) => `[${f.severity}] ${f.message[language]}`).join('\n');
}
