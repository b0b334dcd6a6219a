// Which language variant a recipient gets: the contact's preferred language, else one of the city's, else English.

import { FALLBACK_LANGUAGE, normaliseLanguage } from './renderEmail';

/** Why a variant was chosen, shown beside each recipient so "why did she get English?" has an answer. */
export type VariantReason = 'preferred' | 'city' | 'fallback';

export interface VariantChoice {
  readonly language: string;
  readonly reason: VariantReason;
}

/**
 * The fallback chain of DESIGN §2.6 and issue 12 item 1: the contact's preferred language when the template has
 * it; otherwise the first of the city's languages (in the order the city lists them) that it has; otherwise
 * English. Null when the template has none of these (not even English): the recipient cannot be mailed.
 */
export function chooseVariant(
  preferred: string,
  cityLanguages: readonly string[],
  available: readonly string[],
): VariantChoice | null {
  const has = (l: string) => available.indexOf(l) >= 0;
  const own = preferred.trim() === '' ? '' : normaliseLanguage(preferred);
  if (own !== '' && has(own)) return { language: own, reason: 'preferred' };
  for (const l of cityLanguages) {
    if (l.trim() === '') continue;
    const code = normaliseLanguage(l);
    if (has(code)) return { language: code, reason: 'city' };
  }
  return has(FALLBACK_LANGUAGE) ? { language: FALLBACK_LANGUAGE, reason: 'fallback' } : null;
}
