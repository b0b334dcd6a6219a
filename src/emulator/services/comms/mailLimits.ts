// Per-message mail limits (recipients, attachments, body size) and the attachment blobs a message carries.
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { Blob } from '../script/blob';

/**
 * "Current limitations" of https://developers.google.com/apps-script/guides/services/quotas (same for consumer and
 * Workspace accounts): Email attachments 250 / msg, Email body size 200 KB / msg, Email recipients per message
 * 50 / msg, Email total attachments size 25 MB / msg.
 */
export const RECIPIENTS_PER_MESSAGE = 50;
export const ATTACHMENTS_PER_MESSAGE = 250;
export const BODY_BYTES_PER_MESSAGE = 200 * 1024;
export const ATTACHMENT_BYTES_PER_MESSAGE = 25 * 1024 * 1024;

/**
 * The exceptions. Only the recipients one is seen verbatim in public reports ("Limit Exceeded: Email Recipients Per
 * Message", e.g. prograshi.com/?p=11178); the other three are believed to follow the same "Limit Exceeded: <row of the
 * quotas table>" pattern — no public report quoting them was found.
 */
export const LIMIT_ERRORS = {
  recipients: 'Limit Exceeded: Email Recipients Per Message.',
  attachments: 'Limit Exceeded: Email Attachments Per Message.',
  body: 'Limit Exceeded: Email Body Size.',
  attachmentBytes: 'Limit Exceeded: Email Total Attachments Size.',
} as const;

/** One attachment or inline image as Gmail carries it. `cid` is the inline image's key (`cid:logo`), else null. */
export interface MailPart {
  name: string;
  contentType: string;
  bytes: Buffer;
  cid: string | null;
}

/** A BlobSource (Blob, GmailAttachment, a Drive File…) as bytes; plain objects (old tests) carry only a name. */
function partOf(source: unknown, fallbackName: string, cid: string | null): MailPart {
  let blob: unknown = source;
  if (source instanceof ServiceObject && !(source instanceof Blob)) {
    const getBlob = (source as unknown as { getBlob?: () => unknown }).getBlob;
    if (typeof getBlob === 'function') blob = getBlob.call(source);
  }
  if (blob instanceof Blob) {
    return {
      name: blob.getName() ?? fallbackName,
      contentType: blob.getContentType() ?? 'application/octet-stream',
      bytes: Buffer.from(blob._bytes),
      cid,
    };
  }
  const name =
    blob && typeof blob === 'object' && 'name' in blob
      ? String((blob as { name: unknown }).name)
      : fallbackName;
  return { name, contentType: 'application/octet-stream', bytes: Buffer.alloc(0), cid };
}

/** The `attachments` option (BlobSource[]) as parts. */
export function attachmentParts(value: unknown): MailPart[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((b, i) => partOf(b, `attachment-${i + 1}`, null));
}

/** The `inlineImages` option ("a JavaScript object containing a mapping from image key (String) to image data
 * (BlobSource)", MailApp/GmailApp reference) as parts keyed by cid. */
export function inlineParts(value: unknown): MailPart[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).map(([cid, b]) => partOf(b, cid, cid));
}

/** Throws the limit a message breaks, checked in the order of the quotas table's rows. */
export function checkMessageLimits(m: {
  recipients: number;
  body: string;
  htmlBody: string | null;
  parts: MailPart[];
}): void {
  if (m.recipients > RECIPIENTS_PER_MESSAGE) throw new GoogleError(LIMIT_ERRORS.recipients);
  const files = m.parts.filter((p) => p.cid === null);
  if (files.length > ATTACHMENTS_PER_MESSAGE) throw new GoogleError(LIMIT_ERRORS.attachments);
  const bodyBytes = Buffer.byteLength(m.htmlBody ?? m.body, 'utf8');
  if (bodyBytes > BODY_BYTES_PER_MESSAGE) throw new GoogleError(LIMIT_ERRORS.body);
  // Inline images travel as parts of the message too; the quotas page does not say whether they count, so the
  // emulator counts them (the stricter reading).
  const total = m.parts.reduce((n, p) => n + p.bytes.length, 0);
  if (total > ATTACHMENT_BYTES_PER_MESSAGE) throw new GoogleError(LIMIT_ERRORS.attachmentBytes);
}
