// An error a person reads: it carries a message code and its values, and its text is in the reader's language.

import { isMessageCode, type MessageCode, type MessageParams, message } from './catalogue';
import { type Language, messageLanguage } from './language';

/**
 * The base of every error shown to a user (access refusals, stale saves, missing records). The code is what
 * tests and callers match on; `message` is written once, at construction, in the reader's language, because
 * google.script.run hands a sidebar only the message of a thrown error.
 */
export class UserError extends Error {
  readonly code: MessageCode | 'text';
  readonly params: MessageParams;

  /** `code` is a message code; a plain sentence is accepted (shown as written) but the French check flags it. */
  constructor(code: MessageCode | string, params: MessageParams = {}, lang: Language = messageLanguage()) {
    super(isMessageCode(code) ? message(code, params, lang) : code);
    this.code = isMessageCode(code) ? code : 'text';
    this.params = params;
    this.name = 'UserError';
  }
}
