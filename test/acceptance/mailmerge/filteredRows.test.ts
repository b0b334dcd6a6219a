// Google's mail-merge sample mails rows hidden by a filter (and its users were surprised both ways): here a grid
// filter on Contacts decides nothing. The audience comes from the sidebar's filters only, so the preview's count is
// exactly who is mailed, and the mailing sends to exactly that set, hidden rows included (README, "Mail merge").

import { columnByHeader, tabByName } from '../../../sheets-templates';
import { applyUserFilter, rowHiddenByFilter } from '../../../src/emulator/services/spreadsheet/filter';
import { FOUR_LANGUAGES, recipientsWorld, runMinutes, sendsOf, start } from './sendingWorld';
import { COMMS, ok, outbox, sheet } from './world';

interface AudienceView {
  count: number;
}
interface CheckView {
  ok: boolean;
  recipients: number;
  perLanguage: Record<string, number>;
}

const draft = (name: string, audience: Record<string, unknown> = {}) => ({
  name,
  templateName: 'Quarterly',
  audience,
});

describe('a filter on the Contacts tab does not decide a mailing’s audience', () => {
  const emu = recipientsWorld(12, 4);
  const contacts = sheet(emu, 'Contacts');
  const head = (contacts.getValues(1, 1, 1, contacts.lastColumn())[0] ?? []).map(String);
  const def = tabByName('Contacts')!;
  const languageCol = head.findIndex((h) => columnByHeader(def, h)?.key === 'language') + 1;
  const preview = (d: Record<string, unknown>) => ok<AudienceView>(emu, 'previewAudience', [d], COMMS).value!;
  const check = (d: Record<string, unknown>) => ok<CheckView>(emu, 'checkMailingDraft', [d], COMMS).value!;
  const before = preview(draft('All'));

  // A person filters the grid to hide the French-speaking contacts (Data › Create a filter, hide "fr").
  applyUserFilter(
    contacts,
    { row: 1, col: 1, numRows: contacts.lastRow(), numCols: contacts.lastColumn() },
    {
      [languageCol]: { hiddenValues: ['fr'] },
    },
  );

  it('the filter hides the rows in the grid', () => {
    expect(languageCol).toBeGreaterThan(0);
    const hidden = [];
    for (let r = 2; r <= contacts.lastRow(); r++) if (rowHiddenByFilter(contacts, r)) hidden.push(r);
    expect(hidden).toHaveLength(3);
    for (const r of hidden) expect(contacts.getValues(r, languageCol, 1, 1)[0]![0]).toBe('fr');
  });

  it('the preview counts every matching contact, hidden rows included, and says so per language', () => {
    const after = preview(draft('All'));
    expect(before.count).toBe(12);
    expect(after.count).toBe(12);
    const c = check(draft('All'));
    expect(c.recipients).toBe(12);
    expect(c.perLanguage['fr']).toBe(3);
  });

  it('a mailing sends to exactly the previewed set, once each, hidden rows included', () => {
    const v = start(emu, draft('All'));
    expect(v.queued).toBe(12);
    runMinutes(emu, 3);
    const to = outbox(emu).map((m) => m.to[0]!);
    expect(to).toHaveLength(12);
    expect(new Set(to).size).toBe(12);
    const expected = Array.from({ length: 12 }, (_, i) => `person${i + 1}@town${(i % 4) + 1}.example`);
    expect([...to].sort()).toEqual([...expected].sort());
    expect(sendsOf(emu, v.mailingId).every((s) => s['Status'] === 'sent')).toBe(true);
  });

  it('the sidebar’s own filter decides instead: only French speakers, every one of them though hidden in the grid', () => {
    const fr = draft('French only', { languages: ['fr'] });
    expect(preview(fr).count).toBe(3);
    const sentBefore = outbox(emu).length;
    const v = start(emu, fr);
    expect(v.queued).toBe(3);
    runMinutes(emu, 3);
    const to = outbox(emu)
      .slice(sentBefore)
      .map((m) => m.to[0]!);
    const french = Array.from({ length: 12 }, (_, i) => i)
      .filter((i) => FOUR_LANGUAGES[i % 4] === 'fr')
      .map((i) => `person${i + 1}@town${(i % 4) + 1}.example`);
    expect([...to].sort()).toEqual(french.sort());
  });
});
