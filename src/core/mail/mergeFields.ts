// The tokens a mailing may use and where each value comes from: the contact, its city, the mailing and Settings.

import type { FieldValues } from './tokens';

/** Tokens filled from Settings, in every email the CRM sends (intake emails included). */
export const SETTINGS_TOKENS = ['SenderName', 'TermsOfReferenceLink', 'OnlineHubLink'] as const;

/** Tokens of a mailing (DESIGN §5): the recipient contact, their city (or partner), the mailing, Settings. */
export const CONTACT_TOKENS = ['Name', 'FirstName', 'Title', 'Email', 'Category', 'Language'] as const;
export const CITY_TOKENS = ['City', 'LocalName', 'Country', 'Hub', 'MembershipStatus'] as const;
export const MAILING_TOKENS = ['MailingName', 'OptOutLink'] as const;
/** Filled when the mailing's audience is an event's participants: the recipient's own registration link (issue 16). */
export const EVENT_TOKENS = ['RegistrationLink'] as const;

export const MAILING_FIELD_NAMES: readonly string[] = [
  ...CONTACT_TOKENS,
  ...CITY_TOKENS,
  ...MAILING_TOKENS,
  ...EVENT_TOKENS,
  ...SETTINGS_TOKENS,
];

export interface SettingsLinks {
  readonly senderName: string;
  readonly termsOfReferenceUrl: string | null;
  readonly onlineHubUrl: string | null;
}

export interface RecipientSource {
  readonly contact: {
    readonly id: string;
    readonly name: string;
    readonly title: string;
    readonly email: string;
    readonly category: string;
    readonly language: string;
  };
  /** The contact's city or partner organisation (null when the reference leads nowhere). */
  readonly org: {
    readonly name: string;
    readonly localName: string;
    readonly country: string;
    readonly hubName: string;
    readonly status: string;
  } | null;
}

export function settingsFields(settings: SettingsLinks): FieldValues {
  return {
    SenderName: settings.senderName,
    TermsOfReferenceLink: settings.termsOfReferenceUrl ?? '',
    OnlineHubLink: settings.onlineHubUrl ?? '',
  };
}

/** "Dr Amina Haddad" → "Amina": the first word that is not a courtesy title. */
export function firstName(name: string): string {
  const words = name.trim().split(/\s+/);
  const titles = /^(dr|mr|mrs|ms|mx|prof|m|mme|mlle|sr|sra|srta|h\.?e\.?)\.?$/i;
  return words.find((w) => !titles.test(w)) ?? '';
}

/**
 * Every value one recipient's email can use. `optOutLink` is the recipient's own link, made by the sending run
 * (issue 12 item 8); previews and checks pass a stand-in so the token counts as filled. `registrationLink` is
 * the recipient's pre-filled event registration link ('' when the mailing is not to an event's participants).
 */
export function mergeFields(
  source: RecipientSource,
  mailingName: string,
  settings: SettingsLinks,
  optOutLink: string,
  registrationLink = '',
): FieldValues {
  const c = source.contact;
  const o = source.org;
  return {
    Name: c.name,
    FirstName: firstName(c.name),
    Title: c.title,
    Email: c.email,
    Category: c.category,
    Language: c.language,
    City: o?.name ?? '',
    LocalName: o?.localName ?? '',
    Country: o?.country ?? '',
    Hub: o?.hubName ?? '',
    MembershipStatus: o?.status ?? '',
    MailingName: mailingName,
    OptOutLink: optOutLink,
    RegistrationLink: registrationLink,
    ...settingsFields(settings),
  };
}
