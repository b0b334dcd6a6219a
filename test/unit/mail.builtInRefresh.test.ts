// The built-in texts' digests (sheets-templates/emails/shipped.ts): the current text of every variant is recorded,
// so a workbook seeded with it is refreshed when the text next changes; and the refresh plan tells a never-edited
// older text (refreshed) from an edited one (kept).

import { createHash } from 'node:crypto';
import { EMAIL_TEMPLATES } from '../../sheets-templates/emails';
import { SHIPPED_TEXT_DIGESTS } from '../../sheets-templates/emails/shipped';
import { builtInTextOf, planBuiltInRefresh } from '../../src/core/mail/builtInRefresh';
import type { TemplateRow } from '../../src/core/mail/templateRows';

const sha256 = (text: string) => [...createHash('sha256').update(text, 'utf8').digest()];
const hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('the shipped digests of the built-in texts', () => {
  it('record the current text of every variant, last (append the new digest when a text changes)', () => {
    for (const [key, def] of Object.entries(EMAIL_TEMPLATES))
      for (const [language, v] of Object.entries(def.variants)) {
        const list = SHIPPED_TEXT_DIGESTS[key]?.[language] ?? [];
        const d = hex(builtInTextOf(v!.subject, v!.body, v!.html));
        expect({ key, language, last: list[list.length - 1] }).toEqual({ key, language, last: d });
      }
  });
});

describe('the refresh plan', () => {
  const digest = EMAIL_TEMPLATES.dailyDigest.variants['en']!;
  const row = (over: Partial<TemplateRow>): TemplateRow => ({
    id: 'TPL-000001',
    name: 'Daily digest',
    key: 'dailyDigest',
    purpose: 'digest',
    language: 'en',
    subject: digest.subject,
    body: digest.body,
    htmlBody: '',
    active: true,
    ...over,
  });
  const old = 'an older shipped body';
  const shipped = { dailyDigest: { en: [hex(builtInTextOf(digest.subject, old, '')), 'current'] } };

  it('refreshes a row holding an older shipped text, keeps an edited one, leaves a current or key-less one', () => {
    const plan = planBuiltInRefresh(
      [
        row({ id: 'TPL-000001', body: old }),
        row({ id: 'TPL-000002', body: 'Edited by the coordinator' }),
        row({ id: 'TPL-000003' }),
        row({ id: 'TPL-000004', key: '', body: old }),
        row({ id: 'TPL-000005', key: 'dailyDigest', language: 'xx', body: old }),
      ],
      EMAIL_TEMPLATES,
      shipped,
      sha256,
    );
    expect(plan.refresh).toEqual([
      {
        rowId: 'TPL-000001',
        key: 'dailyDigest',
        language: 'en',
        subject: digest.subject,
        body: digest.body,
        htmlBody: '',
      },
    ]);
    expect(plan.edited).toEqual([{ rowId: 'TPL-000002', name: 'Daily digest', language: 'en' }]);
  });
});
