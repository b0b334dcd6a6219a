// The opt-out page served by the script's own web app (issue 12 item 8): doGet shows the confirm page, doPost
// records the opt-out in Suppressions (under the lock, audited, once per address), RFC 8058 one-click included.
// https://developers.google.com/apps-script/guides/web, https://www.rfc-editor.org/rfc/rfc8058

import { SUPPRESSIONS } from '../../../sheets-templates';
import {
  type OptOutPageKind,
  type OptOutPageLanguage,
  optOutPageHtml,
  optOutPageLanguage,
} from '../../core/mail/optOutPage';
import type { OptOutClaim } from '../../core/mail/optOutToken';
import { type WorkbookSession, workbook } from '../store/session';
import { hashAddress } from './addressDigest';
import { optOutPageUrl_, verifyOptOutLink_ } from './optOutLinks';

/** A person waits on the page: a short wait for the lock, then "try again" rather than Google's timeout error. */
const PAGE_LOCK_WAIT_MS = 10000;

type WebEvent = { parameter?: Record<string, string | undefined> } | undefined;

const param = (e: WebEvent, name: string) => String(e?.parameter?.[name] ?? '');

function page(kind: OptOutPageKind, language: OptOutPageLanguage, detail = {}) {
  const p = optOutPageHtml(kind, language, detail);
  return HtmlService.createHtmlOutput(p.html)
    .setTitle(p.title)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

/** The page language of a refused link: `hl` when given (the token's own field cannot be trusted then). */
const refusedLanguage = (e: WebEvent) => optOutPageLanguage(param(e, 'hl'));

/** Records the opt-out once: a second confirm (or a second one-click POST) changes nothing. */
export function recordOptOut_(session: WorkbookSession, claim: OptOutClaim): 'done' | 'already' | 'busy' {
  return session.write<'done' | 'already' | 'busy'>(
    () => {
      const table = session.table(SUPPRESSIONS);
      // Keyed lookup of the address (one TextFinder search): what is read does not grow with the tab.
      const same = table.findRows('email', [claim.email]);
      if (same.some((r) => String(table.cell(r, 'reason')) === 'opted out')) return 'already';
      table.insert(
        [
          {
            email: claim.email,
            reason: 'opted out',
            addedOn: session.now(),
            source: claim.mailingId,
            addressHash: hashAddress(claim.email),
            notes: claim.contactId ? `Opt-out link (contact ${claim.contactId})` : 'Opt-out link',
          },
        ],
        { summary: `Opted out through the link of mailing ${claim.mailingId}` },
      );
      return 'done';
    },
    PAGE_LOCK_WAIT_MS,
    () => 'busy',
  );
}

/** Web app GET: the confirm page, or a plain refusal. Reads no workbook cell (link scanners call this). */
export function doGet(e: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  const token = param(e, 't');
  const v = verifyOptOutLink_(workbook(), token);
  if (!v.ok) return page(v.reason === 'expired' ? 'expired' : 'invalid', refusedLanguage(e));
  const language = optOutPageLanguage(v.claim.language);
  return page('confirm', language, { address: v.claim.email, action: optOutPageUrl_() ?? '', token });
}

/**
 * Web app POST: the confirm button's form (t, confirm=1) or an RFC 8058 one-click request from a mail client
 * (the List-Unsubscribe URL, body "List-Unsubscribe=One-Click"); anything else only shows the confirm page.
 */
export function doPost(
  e: GoogleAppsScript.Events.DoPost,
): GoogleAppsScript.HTML.HtmlOutput | GoogleAppsScript.Content.TextOutput {
  const token = param(e, 't');
  const oneClick = param(e, 'List-Unsubscribe') === 'One-Click';
  const session = workbook();
  const v = verifyOptOutLink_(session, token);
  if (!v.ok) {
    if (oneClick) return ContentService.createTextOutput(`refused: ${v.reason}`);
    return page(v.reason === 'expired' ? 'expired' : 'invalid', refusedLanguage(e));
  }
  const language = optOutPageLanguage(v.claim.language);
  if (!oneClick && param(e, 'confirm') !== '1')
    return page('confirm', language, { address: v.claim.email, action: optOutPageUrl_() ?? '', token });
  const outcome = recordOptOut_(session, v.claim);
  if (oneClick) return ContentService.createTextOutput(outcome === 'busy' ? 'busy' : 'unsubscribed');
  return page(outcome, language, {
    address: v.claim.email,
    action: optOutPageUrl_() ?? '',
    token: outcome === 'busy' ? token : undefined,
  });
}
