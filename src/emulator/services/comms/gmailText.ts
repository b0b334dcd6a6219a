// GmailApp's believed emoji defect: characters outside the Basic Multilingual Plane arrive as '?'.
//
// Believed, from public reports only (Google documents nothing): "a known limitation of GmailApp is support for Unicode
// characters … Gmail drafts with emojis like '☺' are replaced with ������" and the suggested fix "replace
// GmailApp.sendEmail() with MailApp.sendEmail()" (github.com/googleworkspace/solutions/issues/99, citing
// stackoverflow.com/a/50883782: GmailApp supports Unicode only up to 5.1); "emojis … in the email body are translated
// into question marks" (github.com/googleworkspace/solutions/issues/169 and /170). Unicode 5.1 predates nearly every
// emoji, which live outside the Basic Multilingual Plane, so the emulator turns each such code point into '?' in the
// subject and bodies given to GmailApp.sendEmail and GmailApp.createDraft. Accented and Arabic text (all in the BMP)
// is unharmed; MailApp and the Gmail advanced service (raw bytes) are not affected.

const OUTSIDE_BMP = /[\u{10000}-\u{10FFFF}]/gu;

/** The text as GmailApp is believed to deliver it. */
export function gmailAppText(text: string): string {
  return text.replace(OUTSIDE_BMP, '?');
}
