// Which keyed Templates rows setup refreshes to the current built-in text (issue 12): a row whose text is one setup
// once wrote (its digest is in SHIPPED_TEXT_DIGESTS) was never edited, so it takes the current text; a row with any
// other text was edited by someone and is left alone, reported. Pure: the caller gives the SHA-256.

import type { EmailTemplateDef } from '../../../sheets-templates/emails/model';
import { hexOf, type Sha256 } from '../privacy/addressHash';
import { normaliseLanguage } from './renderEmail';
import type { TemplateRow } from './templateRows';

/** The text a digest is taken over: subject, body and HTML body (empty when none), as one JSON array. */
export function builtInTextOf(subject: string, body: string, html: string | null | undefined): string {
  return JSON.stringify([subject, body, html ?? '']);
}

export interface RowRefresh {
  readonly rowId: string;
  readonly key: string;
  readonly language: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

export interface RefreshPlan {
  /** Never-edited rows whose text is older than the current one. */
  readonly refresh: readonly RowRefresh[];
  /** Rows edited by someone whose text differs from the current one: kept, named. */
  readonly edited: readonly { rowId: string; name: string; language: string }[];
}

export function planBuiltInRefresh(
  rows: readonly TemplateRow[],
  templates: Readonly<Record<string, EmailTemplateDef>>,
  shipped: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>,
  sha256: Sha256,
): RefreshPlan {
  const refresh: RowRefresh[] = [];
  const edited: { rowId: string; name: string; language: string }[] = [];
  for (const r of rows) {
    const key = r.key.trim();
    const def = key === '' ? undefined : templates[key];
    const language = normaliseLanguage(r.language);
    const current = def?.variants[language];
    if (!def || !current) continue;
    const now = builtInTextOf(current.subject, current.body, current.html);
    const text = builtInTextOf(r.subject, r.body, r.htmlBody);
    if (text === now) continue;
    const digest = hexOf(sha256(text));
    if ((shipped[key]?.[language] ?? []).indexOf(digest) >= 0)
      refresh.push({
        rowId: r.id,
        key,
        language,
        subject: current.subject,
        body: current.body,
        htmlBody: current.html ?? '',
      });
    else edited.push({ rowId: r.id, name: r.name, language });
  }
  return { refresh, edited };
}
