// The built-in email templates, keyed for code; setup copies them into the Templates tab, one row per language.

import { DECLINE, MORE_INFORMATION_REQUEST, WELCOME } from './decisions';
import { DAILY_DIGEST } from './digest';
import { APPLICATION_ACKNOWLEDGEMENT, APPLICATION_INVITATION, ENQUIRY_ACKNOWLEDGEMENT } from './intake';
import type { EmailTemplateDef } from './model';

export * from './model';

export const EMAIL_TEMPLATES = {
  enquiryAcknowledgement: ENQUIRY_ACKNOWLEDGEMENT,
  applicationInvitation: APPLICATION_INVITATION,
  applicationAcknowledgement: APPLICATION_ACKNOWLEDGEMENT,
  moreInformationRequest: MORE_INFORMATION_REQUEST,
  decline: DECLINE,
  welcome: WELCOME,
  dailyDigest: DAILY_DIGEST,
} as const satisfies Readonly<Record<string, EmailTemplateDef>>;

export type EmailTemplateKey = keyof typeof EMAIL_TEMPLATES;
