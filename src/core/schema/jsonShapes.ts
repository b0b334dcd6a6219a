// Shapes of the structured (json) columns, e.g. an application's points of contact, checked with zod.

import * as z from 'zod';
import { CONTACT_CATEGORIES } from '../../../sheets-templates/vocabularies';
import { hasLineBreak, isValidEmail, isValidPhone } from './text';

const singleLine = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, { error: `${label} is missing` })
    .max(max, { error: `${label} is too long (at most ${max} characters)` })
    .refine((s) => !hasLineBreak(s), { error: `${label} must be on one line` });

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .max(max, { error: `${label} is too long (at most ${max} characters)` })
    .optional();

export const pointOfContactSchema = z.object({
  name: singleLine('name', 120),
  email: z
    .string({ error: 'email is missing' })
    .trim()
    .toLowerCase()
    .refine(isValidEmail, { error: (iss) => `email “${String(iss.input)}” is not a valid email address` }),
  position: optionalText('position', 160),
  category: z
    .enum(CONTACT_CATEGORIES, { error: `category must be one of: ${CONTACT_CATEGORIES.join(', ')}` })
    .optional(),
  phone: z
    .string()
    .refine((p) => p === '' || isValidPhone(p), { error: 'phone is not a valid international number' })
    .optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, { error: 'language must be a code such as en, fr, ar or es' })
    .optional(),
});

export type PointOfContact = z.infer<typeof pointOfContactSchema>;

/** Points of contact: the FAQ asks for 2–3; up to 5 are kept. */
export const pointsOfContactSchema = z
  .array(pointOfContactSchema, { error: 'must be a list of people' })
  .max(5, { error: 'at most 5 people' });

const stringList = z.array(z.string(), { error: 'must be a list' }).optional();

/** A mailing's audience filter; every part is optional and parts combine with AND. */
export const audienceSchema = z.object({
  statuses: stringList,
  hubIds: stringList,
  countries: stringList,
  categories: stringList,
  languages: stringList,
  topics: stringList,
  eventIds: stringList,
  contactIds: stringList,
  primaryOnly: z.boolean({ error: 'primaryOnly must be true or false' }).optional(),
});

export type Audience = z.infer<typeof audienceSchema>;

/** An audit row's changes: field key → [before, after]. */
export const auditChangesSchema = z.record(z.string(), z.tuple([z.unknown(), z.unknown()]), {
  error: 'must map each field to [before, after]',
});

/** Json columns with a known shape, keyed "Tab.key". Other json columns only need to be valid JSON. */
export const JSON_SHAPES: Readonly<Record<string, z.ZodType>> = {
  'Applications.pointsOfContact': pointsOfContactSchema,
  'Mailings.audience': audienceSchema,
  'Audit.changes': auditChangesSchema,
};
