// The opt-out page a recipient sees (issue 12 item 8), in the language of the email they came from: English and
// French, every other language falls back to English. Pure HTML text; the server serves it through HtmlService.

import { escapeHtml } from './html';

export type OptOutPageLanguage = 'en' | 'fr';

export type OptOutPageKind = 'confirm' | 'done' | 'already' | 'invalid' | 'expired' | 'busy';

interface PageWords {
  readonly title: string;
  readonly heading: Readonly<Record<OptOutPageKind, string>>;
  readonly body: Readonly<Record<OptOutPageKind, string>>;
  readonly button: string;
  readonly address: string;
}

const WORDS: Readonly<Record<OptOutPageLanguage, PageWords>> = {
  en: {
    title: 'Strong Cities Network — mailing preferences',
    heading: {
      confirm: 'Stop receiving our mailings?',
      done: 'You are unsubscribed',
      already: 'You were already unsubscribed',
      invalid: 'This link is not valid',
      expired: 'This link has expired',
      busy: 'Please try again',
    },
    body: {
      confirm:
        'Press the button to stop receiving Strong Cities Network mailings at this address. Replies to your own enquiries are not affected.',
      done: 'We will not send our mailings to this address any more. You can close this page.',
      already: 'This address was already removed from our mailings; nothing more is needed.',
      invalid:
        'The link is incomplete or was changed. Open the link from the email again, or reply to the email to ask us to remove you.',
      expired: 'The link is too old to be used. Use the link in a more recent email, or reply to the email.',
      busy: 'We could not record your choice just now. Please press the button again in a minute.',
    },
    button: 'Unsubscribe',
    address: 'Address',
  },
  fr: {
    title: 'Strong Cities Network — préférences d’envoi',
    heading: {
      confirm: 'Ne plus recevoir nos envois ?',
      done: 'Vous êtes désinscrit·e',
      already: 'Vous étiez déjà désinscrit·e',
      invalid: 'Ce lien n’est pas valide',
      expired: 'Ce lien a expiré',
      busy: 'Veuillez réessayer',
    },
    body: {
      confirm:
        'Appuyez sur le bouton pour ne plus recevoir les envois du Strong Cities Network à cette adresse. Les réponses à vos propres demandes ne sont pas concernées.',
      done: 'Nous n’enverrons plus nos envois à cette adresse. Vous pouvez fermer cette page.',
      already: 'Cette adresse avait déjà été retirée de nos envois ; rien d’autre n’est nécessaire.',
      invalid:
        'Le lien est incomplet ou a été modifié. Ouvrez à nouveau le lien de l’e-mail, ou répondez à l’e-mail pour nous demander de vous retirer.',
      expired:
        'Le lien est trop ancien pour être utilisé. Utilisez le lien d’un e-mail plus récent, ou répondez à l’e-mail.',
      busy: 'Nous n’avons pas pu enregistrer votre choix. Appuyez à nouveau sur le bouton dans une minute.',
    },
    button: 'Me désinscrire',
    address: 'Adresse',
  },
};

/** The page's language for an email language: French for French, English for every other one. */
export function optOutPageLanguage(language: string | null | undefined): OptOutPageLanguage {
  return String(language ?? '')
    .trim()
    .toLowerCase()
    .slice(0, 2) === 'fr'
    ? 'fr'
    : 'en';
}

/** An address shown with most of its local part hidden: enough to recognise it, not to harvest it. */
export function maskedAddress(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${email[0]}•••@${email.slice(at + 1)}`;
}

export interface OptOutPage {
  readonly title: string;
  readonly html: string;
}

/**
 * The page. `confirm` carries a form posting the token back (a GET alone never unsubscribes: mail scanners
 * follow links); it targets the top window because Apps Script serves HtmlService pages inside a frame.
 */
export function optOutPageHtml(
  kind: OptOutPageKind,
  language: OptOutPageLanguage,
  detail: { address?: string; action?: string; token?: string } = {},
): OptOutPage {
  const w = WORDS[language];
  const parts = [`<h1>${escapeHtml(w.heading[kind])}</h1>`, `<p>${escapeHtml(w.body[kind])}</p>`];
  if (detail.address)
    parts.push(
      `<p>${escapeHtml(w.address)}: <strong>${escapeHtml(maskedAddress(detail.address))}</strong></p>`,
    );
  if ((kind === 'confirm' || kind === 'busy') && detail.action && detail.token)
    parts.push(
      `<form method="post" action="${escapeHtml(detail.action)}" target="_top">` +
        `<input type="hidden" name="t" value="${escapeHtml(detail.token)}">` +
        `<input type="hidden" name="confirm" value="1">` +
        `<button type="submit" style="font-size:16px;padding:8px 20px">${escapeHtml(w.button)}</button></form>`,
    );
  const html =
    `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"></head>` +
    `<body style="font-family:Arial,Helvetica,sans-serif;max-width:36em;margin:2em auto;padding:0 1em;line-height:1.5">` +
    `${parts.join('')}</body></html>`;
  return { title: w.title, html };
}
