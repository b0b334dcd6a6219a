// zod/mini's words for issues that carry no message of ours, from the message table (English or French).

import type { z } from 'zod/mini';
import { config } from 'zod/mini';
import { message } from '../messages/catalogue';

type Issue = z.core.$ZodRawIssue;

/** One short phrase per kind of issue; the schema prefixes the field's label. */
function issueText(issue: Issue): string {
  const i = issue as Issue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      return message('zod.type', { expected: String(i['expected']) });
    case 'too_big':
      return message('zod.tooBig', { max: String(i['maximum']) });
    case 'too_small':
      return message('zod.tooSmall', { min: String(i['minimum']) });
    case 'invalid_format':
      return message('zod.format', { format: String(i['format']) });
    case 'invalid_value':
      return message('zod.value', { list: ((i['values'] as unknown[]) ?? []).map(String).join(', ') });
    case 'unrecognized_keys':
      return message('zod.keys', { keys: ((i['keys'] as unknown[]) ?? []).map(String).join(', ') });
    default:
      return message('zod.invalid');
  }
}

// zod/mini ships no locale (classic zod loads English by itself); ours replaces zod's `en` and costs less.
config({ localeError: (issue) => issueText(issue) });
