// The built-in email templates, keyed for code; setup copies them into the Templates tab, one row per language.

import { DECLINE, MORE_INFORMATION_REQUEST, WELCOME } from './decisions';
import { DAILY_DIGEST } from './digest';
import { EVENT_PLACE_OFFERED, EVENT_REMINDER } from './events';
import { FOLLOW_UP_DIGEST } from './followUpDigest';
import { APPLICATION_ACKNOWLEDGEMENT, APPLICATION_INVITATION, ENQUIRY_ACKNOWLEDGEMENT } from './intake';
import { MEETING_INVITATION } from './meetings';
import type { EmailTemplateDef } from './model';
import { PEER_INTRODUCTION } from './peers';

export * from './model';

export const EMAIL_TEMPLATES = {
  enquiryAcknowledgement: ENQUIRY_ACKNOWLEDGEMENT,
  applicationInvitation: APPLICATION_INVITATION,
  applicationAcknowledgement: APPLICATION_ACKNOWLEDGEMENT,
  moreInformationRequest: MORE_INFORMATION_REQUEST,
  decline: DECLINE,
  welcome: WELCOME,
  dailyDigest: DAILY_DIGEST,
  followUpDigest: FOLLOW_UP_DIGEST,
  peerIntroduction: PEER_INTRODUCTION,
  meetingInvitation: MEETING_INVITATION,
  eventPlaceOffered: EVENT_PLACE_OFFERED,
  eventReminder: EVENT_REMINDER,
} as const satisfies Readonly<Record<string, EmailTemplateDef>>;

export type EmailTemplateKey = keyof typeof EMAIL_TEMPLATES;

/** A Templates row of a built-in email, as setup seeds it (and the demo network has it). */
export interface BuiltInTemplateRow {
  name: string;
  key: EmailTemplateKey;
  purpose: EmailTemplateDef['purpose'];
  language: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  active: true;
  notes: string;
  /** Built-in emails carry no files. */
  files: null;
}

/**
 * The Templates rows of the built-in emails whose key is not in `present`: one per language the email is written
 * in, English always, others only when Settings lists the language.
 */
export function builtInTemplateRows(
  languages: readonly string[],
  present: ReadonlySet<string> = new Set(),
): BuiltInTemplateRow[] {
  const rows: BuiltInTemplateRow[] = [];
  for (const key of Object.keys(EMAIL_TEMPLATES) as EmailTemplateKey[]) {
    if (present.has(key)) continue;
    const def: EmailTemplateDef = EMAIL_TEMPLATES[key];
    for (const language of Object.keys(def.variants)) {
      if (language !== 'en' && languages.indexOf(language) < 0) continue;
      const v = def.variants[language]!;
      rows.push({
        name: def.name,
        key,
        purpose: def.purpose,
        language,
        subject: v.subject,
        body: v.body,
        htmlBody: v.html ?? null,
        active: true,
        notes: `${def.description} Tokens: ${def.fields.map((f) => `{{${f}}}`).join(' ')}`.slice(0, 5000),
        files: null,
      });
    }
  }
  return rows;
}
