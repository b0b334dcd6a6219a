// Gives zod/mini the English issue messages that classic zod loads by itself ("Invalid input: expected string…").

import { en } from 'zod/locales';
import { config } from 'zod/mini';

// zod/mini ships no locale, so issues without a message of ours would read only "Invalid input". Importing
// `en` by name keeps the other locales out of the bundle (≈3 KB instead of ≈270 KB for `z.locales`).
config(en());
