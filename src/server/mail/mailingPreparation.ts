// A mailing draft made ready to check, preview or test: its template family, its audience, every recipient's fields.

import type { Audience } from '../../core/mail/audience';
import { type CheckRecipient, checkMailing, type MailingCheckResult } from '../../core/mail/mailingCheck';
import { type MailingDraft, parseMailingDraft } from '../../core/mail/mailingDraft';
import { MAILING_FIELD_NAMES, mergeFields } from '../../core/mail/mergeFields';
import { familyFromRows, type TemplateFamily } from '../../core/mail/templateRows';
import { UserError } from '../../core/messages';
import type { WorkbookSession } from '../store/session';
import { mailingFileProblems_ } from './attachments';
import { type AudienceWorld, audienceOf, readAudienceWorld } from './audienceRead';
import { optOutLinkProblem_ } from './optOutLinks';
import { templateRows } from './templateCatalog';

/**
 * What {{OptOutLink}} holds before the sending run makes each recipient's signed link (issue 12 item 8): previews,
 * checks and test sends show this stand-in, so the token counts as filled.
 */
export const OPT_OUT_STAND_IN = 'https://strongcities.example/opt-out (each recipient gets their own link)';

export interface PreparedMailing {
  readonly draft: MailingDraft;
  readonly family: TemplateFamily | null;
  readonly world: AudienceWorld;
  readonly audience: Audience;
  readonly recipients: readonly CheckRecipient[];
}

/** The sidebar's draft, checked; a bad one is refused naming its field. */
export function draftFrom(input: unknown): MailingDraft {
  const parsed = parseMailingDraft(input);
  if (!parsed.ok) throw new UserError(`mail.draft.${parsed.field}`);
  return parsed.draft;
}

export function prepareMailing(session: WorkbookSession, input: unknown): PreparedMailing {
  const draft = draftFrom(input);
  const settings = session.settings().settings;
  // Unknown tokens are not left out here: the check names them (and stops the mailing).
  const family = draft.templateName === '' ? null : familyFromRows(templateRows(session), draft.templateName);
  const world = readAudienceWorld(session);
  const audience = audienceOf(session, world, draft.audience, family?.purpose ?? '');
  const recipients = audience.recipients.map((c) => ({
    contactId: c.id,
    email: c.email,
    name: c.name,
    preferredLanguage: c.language,
    cityLanguages: world.cities[c.orgId]?.languages ?? [],
    fields: mergeFields(world.sources[c.id]!, draft.name, settings, OPT_OUT_STAND_IN),
  }));
  return { draft, family, world, audience, recipients };
}

export function checkPrepared(p: PreparedMailing): MailingCheckResult {
  return checkMailing(p.family, p.recipients, MAILING_FIELD_NAMES);
}

/** The template family or a refusal naming the template. */
export function requireFamily(p: PreparedMailing): TemplateFamily {
  if (!p.family) throw new UserError('mail.noTemplate', { name: p.draft.templateName });
  return p.family;
}

/** What stops a mailing beyond its template and audience: no opt-out links possible, files too big or unshared. */
export function mailingStoppers_(session: WorkbookSession, p: PreparedMailing): string[] {
  const optOut = optOutLinkProblem_(session);
  return [
    ...(optOut ? [optOut] : []),
    ...mailingFileProblems_(
      p.draft.attachments,
      p.recipients.map((r) => r.email),
      Object.values(p.family?.files ?? {}).map((fs) =>
        fs.map((f) => ({ fileId: f.fileId, use: 'attach' as const })),
      ),
    ),
  ];
}
