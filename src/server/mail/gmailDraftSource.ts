// Starting a mailing from a Gmail draft (issue 12 item 1): the user's drafts listed (subject, date) for the picker,
// and a chosen draft read as mailing content — subject, HTML and plain bodies (tokens checked like a template's),
// inline images with their cid (to go back as multipart/related) apart from the attachments.

import { MAILING_FIELD_NAMES } from '../../core/mail/mergeFields';
import { unknownFields } from '../../core/mail/tokens';
import { message, UserError } from '../../core/messages';
import { requireRole } from '../access/roles';
import { workbook } from '../store/session';
import { DISSEMINATORS } from './disseminationAccess';

/** At most this many drafts listed (the newest): each costs a few Gmail calls. */
const LISTED = 50;

export interface GmailDraftItem {
  draftId: string;
  subject: string;
  /** dd/MM/yyyy HH:mm in the script's time zone. */
  date: string;
  attachments: number;
  inlineImages: number;
}

export interface DraftPart {
  name: string;
  contentType: string;
  size: number;
}

export interface GmailDraftContent {
  draftId: string;
  subject: string;
  htmlBody: string;
  plainBody: string;
  /** Inline images in the order the HTML refers to them, each with the cid the HTML uses. */
  inlineImages: (DraftPart & { cid: string })[];
  attachments: DraftPart[];
  /** Unknown tokens and unmatched images, named; the draft cannot be used while any is listed. */
  problems: string[];
}

function part(a: GoogleAppsScript.Gmail.GmailAttachment): DraftPart {
  return { name: a.getName(), contentType: a.getContentType(), size: a.getSize() };
}

/**
 * The user's Gmail drafts, newest first (https://developers.google.com/apps-script/reference/gmail/gmail-app#getDrafts()
 * and GmailDraft.getMessage: https://developers.google.com/apps-script/reference/gmail/gmail-draft#getMessage()).
 */
export function listGmailDrafts(): GmailDraftItem[] {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'prepare mailings');
  const zone = Session.getScriptTimeZone();
  const items = GmailApp.getDrafts().map((d) => {
    const m = d.getMessage();
    const date = m.getDate();
    return {
      at: date.getTime(),
      item: {
        draftId: d.getId(),
        subject: m.getSubject(),
        date: Utilities.formatDate(date, zone, 'dd/MM/yyyy HH:mm'),
        attachments: m.getAttachments({ includeInlineImages: false }).length,
        inlineImages: m.getAttachments({ includeAttachments: false }).length,
      },
    };
  });
  return items
    .sort((a, b) => b.at - a.at)
    .slice(0, LISTED)
    .map((x) => x.item);
}

/** The cids the HTML body refers to (`src="cid:…"`), each once, in order. */
export function cidsOf(html: string): string[] {
  const out: string[] = [];
  const re = /\bsrc\s*=\s*["']?cid:([^"'\s>]+)/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) if (out.indexOf(m[1]!) < 0) out.push(m[1]!);
  return out;
}

/**
 * A Gmail draft as mailing content. GmailAttachment exposes no Content-ID, so the inline images (getAttachments
 * with includeAttachments false) are matched to the HTML's cid: references in order (believed: Gmail keeps the
 * inline parts in the order of the body's references; a count that differs is reported, not guessed).
 * https://developers.google.com/apps-script/reference/gmail/gmail-message#getAttachments(Object)
 */
export function readGmailDraft_(draftId: string): GmailDraftContent {
  let draft: GoogleAppsScript.Gmail.GmailDraft;
  try {
    draft = GmailApp.getDraft(draftId);
  } catch {
    throw new UserError('mail.gmailDraft.missing', { id: draftId });
  }
  const m = draft.getMessage();
  const subject = m.getSubject();
  const htmlBody = m.getBody();
  const plainBody = m.getPlainBody();
  const inline = m.getAttachments({ includeAttachments: false });
  const files = m.getAttachments({ includeInlineImages: false });
  const problems: string[] = [];
  const unknown = unknownFields([subject, htmlBody, plainBody].join('\n'), MAILING_FIELD_NAMES);
  if (unknown.length > 0)
    problems.push(
      message('mail.gmailDraft.unknownToken', {
        subject,
        tokens: unknown.map((t) => `{{${t}}}`).join(', '),
        known: MAILING_FIELD_NAMES.join(', '),
      }),
    );
  const cids = cidsOf(htmlBody);
  if (cids.length !== inline.length)
    problems.push(message('mail.gmailDraft.images', { subject, images: inline.length, refs: cids.length }));
  return {
    draftId,
    subject,
    htmlBody,
    plainBody,
    inlineImages: inline.map((a, i) => ({ ...part(a), cid: cids[i] ?? '' })),
    attachments: files.map(part),
    problems,
  };
}

/** The chosen draft for the mailing sidebar: its content and what stops it being used. */
export function getGmailDraftContent(draftId: unknown): GmailDraftContent {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'prepare mailings');
  if (typeof draftId !== 'string' || draftId.trim() === '')
    throw new UserError('mail.gmailDraft.missing', { id: String(draftId ?? '') });
  return readGmailDraft_(draftId.trim());
}
