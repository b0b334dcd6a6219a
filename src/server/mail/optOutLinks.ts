// Each recipient's opt-out link (issue 12 item 8): the script's own web app URL with a signed token. The signing
// secret is made once in the script properties, never in the workbook, where any editor could read it.

import {
  dayNumber,
  type Hmac,
  type OptOutVerdict,
  signOptOutToken,
  utf8Bytes,
  verifyOptOutToken,
} from '../../core/mail/optOutToken';
import { UserError } from '../../core/messages';
import type { WorkbookSession } from '../store/session';

/** The script property holding the secret (script properties: shared by every user, not visible in the sheet). */
export const OPT_OUT_SECRET_PROPERTY = 'scn.optOut.secret';

export interface OptOutRecipient {
  readonly email: string;
  readonly contactId: string | null;
  readonly mailingId: string;
  /** The language of the email, so the page opens in it (EN when absent). */
  readonly language?: string;
}

/** Java bytes are signed: give Apps Script -128…127, as its own methods return. */
const signed = (bytes: readonly number[]) => bytes.map((b) => ((b & 255) > 127 ? (b & 255) - 256 : b & 255));

const hmac: Hmac = (value, key) => Utilities.computeHmacSha256Signature(signed(value), signed(key));

const keys = new WeakMap<WorkbookSession, number[]>();

/**
 * The web app's /exec URL, or null when the script is not deployed as a web app: links made then would be dead,
 * so nothing is sent (https://developers.google.com/apps-script/reference/script/service#getUrl()).
 */
export function optOutPageUrl_(): string | null {
  const url = ScriptApp.getService().getUrl();
  return url ? String(url) : null;
}

/** The secret, read once per execution; made under the script lock the first time (two runs cannot make two). */
function secretKey(session: WorkbookSession, create: boolean): number[] | null {
  const known = keys.get(session);
  if (known) return known;
  const props = PropertiesService.getScriptProperties();
  let secret = props.getProperty(OPT_OUT_SECRET_PROPERTY);
  if (!secret && create) {
    secret = session.write(() => {
      const again = props.getProperty(OPT_OUT_SECRET_PROPERTY);
      if (again) return again;
      // getUuid is a random (version 4) UUID: two give 244 random bits.
      const made = (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, '');
      props.setProperty(OPT_OUT_SECRET_PROPERTY, made);
      return made;
    });
  }
  if (!secret) return null;
  const key = utf8Bytes(secret);
  keys.set(session, key);
  return key;
}

/**
 * Why opt-out links cannot be made now (the reader's words), or null when they can. The check before a mailing
 * starts asks this; it also makes the secret, so the sending run only reads it.
 */
export function optOutLinkProblem_(session: WorkbookSession): string | null {
  if (optOutPageUrl_() === null) return new UserError('optOut.notDeployed').message;
  secretKey(session, true);
  return null;
}

/** The opt-out link for one recipient of a mailing; refuses (UserError) when the web app is not deployed. */
export function optOutLinkFor(session: WorkbookSession, recipient: OptOutRecipient): string {
  const url = optOutPageUrl_();
  if (url === null) throw new UserError('optOut.notDeployed');
  const token = signOptOutToken(hmac, secretKey(session, true)!, {
    mailingId: recipient.mailingId,
    contactId: recipient.contactId,
    email: recipient.email,
    language: recipient.language ?? '',
    issuedDay: dayNumber(session.now()),
  });
  return `${url}${url.indexOf('?') < 0 ? '?' : '&'}t=${token}`;
}

/** A token from the page checked; with no secret yet no link was ever made, so every token is forged. */
export function verifyOptOutLink_(session: WorkbookSession, token: string): OptOutVerdict {
  const key = secretKey(session, false);
  if (!key) return { ok: false, reason: 'forged' };
  return verifyOptOutToken(hmac, key, token, dayNumber(session.now()));
}
