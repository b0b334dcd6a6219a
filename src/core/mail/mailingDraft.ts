// What the mailing sidebar sends the server: a name, a template and the audience's filters, checked before use.

import * as z from 'zod/mini';
import { hasLineBreak } from '../schema/text';
import type { MailingFile } from './attachmentCheck';
import type { AudienceFilter } from './audience';
import '../schema/zodLocale';

export interface MailingDraft {
  readonly name: string;
  readonly templateName: string;
  readonly audience: AudienceFilter;
  /** Drive files attached or linked (issue 12 item 5). */
  readonly attachments: readonly MailingFile[];
}

const list = z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)));

const draftSchema = z.object({
  name: z.string().check(
    z.trim(),
    z.maxLength(160),
    z.refine((s) => !hasLineBreak(s)),
  ),
  templateName: z.string().check(z.trim(), z.maxLength(120)),
  audience: z.optional(
    z.object({
      statuses: list,
      hubIds: list,
      countries: list,
      categories: list,
      languages: list,
      topics: list,
      eventIds: list,
      eventStatuses: list,
      savedList: z.optional(z.string().check(z.maxLength(40))),
    }),
  ),
  attachments: z.optional(
    z
      .array(
        z.object({
          fileId: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9_-]{10,100}$/)),
          use: z.enum(['attach', 'link']),
        }),
      )
      .check(z.maxLength(300)),
  ),
});

/** The field a bad draft is refused for: 'name', 'templateName', 'audience' or 'attachments'. */
export type DraftField = 'name' | 'templateName' | 'audience' | 'attachments';

export type DraftParse = { ok: true; draft: MailingDraft } | { ok: false; field: DraftField };

/** Checks a draft from a sidebar; on failure names the first field at fault (the server words the refusal). */
export function parseMailingDraft(input: unknown): DraftParse {
  const r = z.safeParse(draftSchema, input);
  if (!r.success) {
    const first = String(r.error.issues[0]?.path[0] ?? 'audience');
    const field: DraftField =
      first === 'name' || first === 'templateName' || first === 'attachments' ? first : 'audience';
    return { ok: false, field };
  }
  const a = r.data.audience ?? {};
  const audience: Record<string, unknown> = {};
  for (const key of Object.keys(a) as (keyof typeof a)[]) {
    const v = a[key];
    if (Array.isArray(v)) {
      const items = v.map((s) => s.trim()).filter((s) => s !== '');
      if (items.length > 0) audience[key] = items;
    } else if (typeof v === 'string' && v.trim() !== '') audience[key] = v.trim();
  }
  return {
    ok: true,
    draft: {
      name: r.data.name,
      templateName: r.data.templateName,
      audience: audience as AudienceFilter,
      attachments: (r.data.attachments ?? []).map((f) => ({ fileId: f.fileId, use: f.use })),
    },
  };
}

/** A Mailings row's Audience cell (JSON) as filters; anything unreadable counts as no filter. */
export function filterFromJson(json: unknown): AudienceFilter {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return {};
    }
  }
  const parsed = parseMailingDraft({ name: '', templateName: '', audience: value });
  return parsed.ok ? parsed.draft.audience : {};
}
