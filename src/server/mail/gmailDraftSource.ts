// Starting a mailing from a Gmail draft (issue 12 item 1): the user's drafts listed (subject, date) for the picker,
// and a chosen draft read as mailing content — subject, HTML and plain bodies (tokens checked like a template's),
// inline images with their Content-ID (to go back as multipart/related) apart from the attachments.

import { MAILING_FIELD_NAMES } from '../../core/mail/mergeFields';
import { type RawFilePart, type RawFileParts, rawFileParts } from '../../core/mail/mimeParts';
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

/** Bytes a base64 text stands for. */
const sizeOf = (b64: string) =>
  Math.floor((b64.length * 3) / 4) - (/==$/.test(b64) ? 2 : /=$/.test(b64) ? 1 : 0);

/**
 * The draft's file parts from its raw RFC 2822 message (Gmail advanced service, users.drafts.get with format
 * "raw": https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/get). GmailApp cannot give them:
 * GmailAttachment (https://developers.google.com/apps-script/reference/gmail/gmail-attachment) has no Content-ID,
 * so an inline image cannot be tied to the body's cid: reference from GmailApp alone. The API documents `raw` as a
 * base64url string; Apps Script is believed (public reports) to hand some byte fields over as byte arrays, so both
 * are read.
 */
function rawDraftParts_(draftId: string): RawFileParts {
  const d = Gmail!.Users!.Drafts!.get('me', draftId, { format: 'raw' });
  const raw: unknown = d.message?.raw;
  const bytes = typeof raw === 'string' ? Utilities.base64DecodeWebSafe(raw) : ((raw ?? []) as number[]);
  return rawFileParts(Utilities.newBlob(bytes).getDataAsString());
}

/** A draft as content for the sidebar, and its file parts (bytes as base64) for making a template. */
export interface ReadDraft {
  content: GmailDraftContent;
  files: RawFilePart[];
}

/**
 * A Gmail draft as mailing content: subject and bodies through GmailApp, inline images (with the Content-ID the
 * HTML refers to) and attachments from the raw message. A cid: reference with no image, or a part not carried
 * base64 (so not copied byte for byte), is reported, not guessed.
 * https://developers.google.com/apps-script/reference/gmail/gmail-app#getDraft(String)
 */
export function readGmailDraft_(draftId: string): ReadDraft {
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
  const raw = rawDraftParts_(draftId);
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
  const refs = cidsOf(htmlBody);
  const inline = raw.parts.filter((p) => p.cid !== null);
  const missing = refs.filter((c) => !inline.some((p) => p.cid === c));
  if (missing.length > 0)
    problems.push(message('mail.gmailDraft.images', { subject, images: inline.length, refs: refs.length }));
  if (raw.unreadable.length > 0)
    problems.push(message('mail.gmailDraft.encoding', { subject, names: raw.unreadable.join(', ') }));
  // Inline images in the order the HTML shows them (unreferenced ones after).
  const rank = (p: RawFilePart) => {
    const i = refs.indexOf(p.cid ?? '');
    return i < 0 ? refs.length : i;
  };
  const ordered = inline.slice().sort((a, b) => rank(a) - rank(b));
  const facts = (p: RawFilePart): DraftPart => ({
    name: p.name,
    contentType: p.contentType,
    size: sizeOf(p.base64),
  });
  return {
    content: {
      draftId,
      subject,
      htmlBody,
      plainBody,
      inlineImages: ordered.map((p) => ({ ...facts(p), cid: p.cid ?? '' })),
      attachments: raw.parts.filter((p) => p.cid === null).map(facts),
      problems,
    },
    files: [...ordered, ...raw.parts.filter((p) => p.cid === null)],
  };
}

/** The chosen draft for the mailing sidebar: its content and what stops it being used. */
export function getGmailDraftContent(draftId: unknown): GmailDraftContent {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'prepare mailings');
  if (typeof draftId !== 'string' || draftId.trim() === '')
    throw new UserError('mail.gmailDraft.missing', { id: String(draftId ?? '') });
  return readGmailDraft_(draftId.trim()).content;
}
