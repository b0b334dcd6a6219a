// Shapes of the structured (json) columns, e.g. an application's points of contact, checked with zod/mini.

import * as z from 'zod/mini';
import { CONTACT_CATEGORIES } from '../../../sheets-templates/vocabularies';
import { hasLineBreak, isValidEmail, isValidPhone } from './text';
import './zodLocale';

const singleLine = (label: string, max: number) =>
  z.string({ error: `${label} must be text` }).check(
    z.trim(),
    z.minLength(1, { error: `${label} is missing` }),
    z.maxLength(max, { error: `${label} is too long (at most ${max} characters)` }),
    z.refine((s) => !hasLineBreak(s), { error: `${label} must be on one line` }),
  );

const optionalText = (label: string, max: number) =>
  z.optional(
    z
      .string({ error: `${label} must be text` })
      .check(z.maxLength(max, { error: `${label} is too long (at most ${max} characters)` })),
  );

export const pointOfContactSchema = z.object({
  name: singleLine('name', 120),
  email: z
    .string({ error: 'email is missing' })
    .check(
      z.trim(),
      z.toLowerCase(),
      z.refine(isValidEmail, { error: (iss) => `email “${String(iss.input)}” is not a valid email address` }),
    ),
  position: optionalText('position', 160),
  category: z.optional(
    z.enum(CONTACT_CATEGORIES, { error: `category must be one of: ${CONTACT_CATEGORIES.join(', ')}` }),
  ),
  phone: z.optional(
    z
      .string()
      .check(
        z.refine((p) => p === '' || isValidPhone(p), { error: 'phone is not a valid international number' }),
      ),
  ),
  language: z.optional(
    z.string().check(z.regex(/^[a-z]{2,3}$/, { error: 'language must be a code such as en, fr, ar or es' })),
  ),
});

export type PointOfContact = z.infer<typeof pointOfContactSchema>;

/** Points of contact: the FAQ asks for 2–3; up to 5 are kept. */
export const pointsOfContactSchema = z
  .array(pointOfContactSchema, { error: 'must be a list of people' })
  .check(z.maxLength(5, { error: 'at most 5 people' }));

const stringList = z.optional(z.array(z.string(), { error: 'must be a list' }));

/** A mailing's audience filter; every part is optional and parts combine with AND. */
export const audienceSchema = z.object({
  statuses: stringList,
  hubIds: stringList,
  countries: stringList,
  categories: stringList,
  languages: stringList,
  topics: stringList,
  eventIds: stringList,
  /** Narrows eventIds to participants with these statuses (a mailing draft's filter, issue 12). */
  eventStatuses: stringList,
  /** The saved mailing whose audience a draft starts from. */
  savedList: z.optional(z.string({ error: 'must be a mailing ID' })),
  contactIds: stringList,
  primaryOnly: z.optional(z.boolean({ error: 'primaryOnly must be true or false' })),
});

export type Audience = z.infer<typeof audienceSchema>;

/** An audit row's changes: field key → [before, after]. */
export const auditChangesSchema = z.record(z.string(), z.tuple([z.unknown(), z.unknown()]), {
  error: 'must map each field to [before, after]',
});

/** Json columns with a known shape, keyed "Tab.key". Other json columns only need to be valid JSON. */
export const JSON_SHAPES: Readonly<Record<string, z.ZodMiniType>> = {
  'Applications.pointsOfContact': pointsOfContactSchema,
  'Mailings.audience': audienceSchema,
  'Audit.changes': auditChangesSchema,
};
