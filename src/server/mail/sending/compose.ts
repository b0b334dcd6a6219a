// One queued send made into its message at send time: the contact re-checked (opted out, suppressed), rendered in
// the variant chosen at the start, with the recipient's own opt-out link.

import { type AudienceContact, consentFacts } from '../../../core/mail/audience';
import { HeaderInjectionError } from '../../../core/mail/headerSafety';
import { joinFooters, linkedFilesText } from '../../../core/mail/linkedFiles';
import { mergeFields } from '../../../core/mail/mergeFields';
import { optOutFooter } from '../../../core/mail/optOut';
import { renderVariant } from '../../../core/mail/renderEmail';
import { messageReference } from '../../../core/mail/sendQueue';
import type { MailingMessage } from '../../../core/mail/sendQueueMime';
import type { TemplateFamily } from '../../../core/mail/templateRows';
import { MissingFieldsError } from '../../../core/mail/tokens';
import { NEWSLETTER_PURPOSES, newsletterRefusal, suppressionOf } from '../../../core/privacy/mailingConsent';
import type { Settings } from '../../../core/schema/settings';
import type { WorkbookSession } from '../../store/session';
import type { AudienceWorld } from '../audienceRead';
import type { MailingFiles } from './files';
import { optOutUrl_ } from './optOutSeam';

/** What a run knows of one mailing while it sends it. */
export interface MailingContext {
  readonly id: string;
  readonly name: string;
  readonly family: TemplateFamily | null;
  readonly world: AudienceWorld;
  readonly settings: Settings;
  readonly from: string;
  /** The mailing's Drive files, read once per run. */
  readonly files: MailingFiles;
  /** Each recipient's event registration link by contact id, when the audience is an event's participants. */
  readonly registrationLinks?: Readonly<Record<string, string>>;
}

export interface QueuedSend {
  readonly id: string;
  readonly contactId: string;
  readonly email: string;
  readonly language: string;
}

/** `hold`: it cannot go now (no opt-out link, a file gone): back to the queue with the reason, and the run stops. */
export type Composed = { message: MailingMessage } | { skip: string } | { fail: string } | { hold: string };

const NO_CONTACT: AudienceContact = {
  id: '',
  orgId: '',
  name: '',
  email: '',
  category: '',
  language: '',
  activeFrom: null,
  activeTo: null,
  optedOut: false,
};

/** The message for `s`, or why it is skipped now (opted out or suppressed since the start) or cannot be made. */
export function composeSend_(session: WorkbookSession, m: MailingContext, s: QueuedSend): Composed {
  const contact = m.world.contacts.find((c) => c.id === s.contactId);
  if (contact?.optedOut) return { skip: 'opted out since the mailing started' };
  // The same checks as the audience (address, Address hash, newsletter consent), on the address queued.
  const facts = consentFacts(contact ?? { ...NO_CONTACT, email: s.email });
  const suppressed = suppressionOf(
    { ...facts, email: s.email },
    { byEmail: m.world.suppressed, byHash: m.world.byHash },
  );
  if (suppressed !== undefined) return { skip: `suppressed since the mailing started (${suppressed})` };
  const refusal = NEWSLETTER_PURPOSES.indexOf(m.family?.purpose ?? '') >= 0 ? newsletterRefusal(facts) : null;
  if (refusal !== null) return { skip: `no consent since the mailing started (${refusal})` };
  const source = m.world.sources[s.contactId];
  if (!source) return { fail: `contact ${s.contactId} is no longer in the Contacts tab` };
  const variant = m.family?.variants[s.language];
  if (!m.family || !variant) return { fail: `the template has no usable ${s.language} variant any more` };
  const url = optOutUrl_(session, {
    email: s.email,
    contactId: s.contactId || null,
    mailingId: m.id,
    language: s.language,
  });
  if (url === null) return { hold: 'no opt-out link can be made (is the web app still deployed?)' };
  if (m.files.problem !== null) return { hold: m.files.problem };
  const fields = mergeFields(source, m.name, m.settings, url, m.registrationLinks?.[s.contactId] ?? '');
  try {
    const email = renderVariant(
      m.family.name,
      variant,
      s.language,
      fields,
      joinFooters(
        (language) => linkedFilesText(language, m.files.links),
        url ? optOutFooter(url) : undefined,
      ),
    );
    return {
      message: {
        from: m.from,
        fromName: m.settings.senderName,
        to: s.email.trim(),
        cc: m.settings.mailingCc,
        bcc: m.settings.mailingBcc,
        replyTo: m.settings.replyTo,
        subject: email.subject,
        textBody: email.textBody,
        htmlBody: email.htmlBody,
        messageId: messageReference(s.id, m.id),
        // RFC 2369; the page is the web app's doGet (issue 12 item 8).
        unsubscribeUrl: url,
        parts: [...(m.files.byLanguage[s.language] ?? []), ...m.files.parts],
      },
    };
  } catch (e) {
    if (e instanceof MissingFieldsError || e instanceof HeaderInjectionError) return { fail: e.message };
    throw e;
  }
}
