// A mailing draft made ready to check, preview or test: its template family, its audience, every recipient's fields.

import type { Audience } from '../../core/mail/audience';
import { type CheckRecipient, checkMailing, type MailingCheckResult } from '../../core/mail/mailingCheck';
import { type MailingDraft, parseMailingDraft } from '../../core/mail/mailingDraft';
import { MAILING_FIELD_NAMES, mergeFields } from '../../core/mail/mergeFields';
import { familyFromRows, type TemplateFamily } from '../../core/mail/templateRows';
import { message, UserError } from '../../core/messages';
import { registrationLinks_ } from '../events/registrationLinks';
import type { WorkbookSession } from '../store/session';
import { mailingFileProblems_ } from './attachments';
import { type AudienceWorld, audienceOf, effectiveFilter, readAudienceWorld } from './audienceRead';
import { cidsOf } from './gmailDraftSource';
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
  const links = registrationLinks_(session, effectiveFilter(session, draft.audience).eventIds ?? []);
  const recipients = audience.recipients.map((c) => ({
    contactId: c.id,
    email: c.email,
    name: c.name,
    preferredLanguage: c.language,
    cityLanguages: world.cities[c.orgId]?.languages ?? [],
    fields: mergeFields(world.sources[c.id]!, draft.name, settings, OPT_OUT_STAND_IN, links[c.id] ?? ''),
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

/**
 * A variant whose HTML shows an image (`cid:`) its Files do not carry (the cell edited or emptied by hand): every
 * message would show a broken image, so the start waits until the row is fixed.
 */
function missingImages(family: TemplateFamily | null): string[] {
  const out: string[] = [];
  if (!family) return out;
  for (const language of Object.keys(family.variants)) {
    const have = (family.files[language] ?? []).map((f) => f.cid);
    const missing = cidsOf(family.variants[language]!.html ?? '').filter((c) => have.indexOf(c) < 0);
    if (missing.length > 0)
      out.push(
        message('mail.variantImageMissing', { template: family.name, language, cids: missing.join(', ') }),
      );
  }
  return out;
}

/** What stops a mailing beyond its template and audience: no opt-out links possible, files too big or unshared,
 * an image a variant shows but does not carry. */
export function mailingStoppers_(session: WorkbookSession, p: PreparedMailing): string[] {
  const optOut = optOutLinkProblem_(session);
  return [
    ...(optOut ? [optOut] : []),
    ...missingImages(p.family),
    ...mailingFileProblems_(
      p.draft.attachments,
      p.recipients.map((r) => r.email),
      Object.values(p.family?.files ?? {}).map((fs) =>
        fs.map((f) => ({ fileId: f.fileId, use: 'attach' as const })),
      ),
    ),
  ];
}
