// Request ids (shape check and the sidebar's per-submission ids), plain-text cells and the lost-'@' check.

import { CONTACTS } from '../../sheets-templates';
import { fromCell, normaliseShortText, toCell } from '../../src/core/schema/cells';
import { REQUEST_ID_PATTERN, requestIdOf } from '../../src/core/schema/requestId';
import { neutraliseText, restoreText } from '../../src/core/schema/text';
import { matchHeaders } from '../../src/core/workbook/headerMatch';
import { lostPlainTextProblems, textOnlyBounds } from '../../src/core/workbook/plainTextFormats';
import { newRequestId, SubmissionIds } from '../../src/ui/shared/submissionIds';

describe('request ids', () => {
  it('accepts none (menu and trigger paths) or a well-formed id; refuses others naming the field', () => {
    expect(requestIdOf(undefined)).toBeUndefined();
    expect(requestIdOf('')).toBeUndefined();
    expect(requestIdOf('abcDEF0123456789_-xy')).toBe('abcDEF0123456789_-xy');
    for (const bad of ['short', 'x'.repeat(65), '-startsWithDash000000', 'has space 0123456789', 42, {}]) {
      expect(() => requestIdOf(bad)).toThrow(/^Request id: /);
    }
  });

  it('the sidebar makes well-formed ids, the same for a retried submission and new after an answer', () => {
    expect(REQUEST_ID_PATTERN.test(newRequestId())).toBe(true);
    expect(newRequestId()).not.toBe(newRequestId());
    const ids = new SubmissionIds();
    const first = ids.idFor({ values: { name: 'A' } });
    expect(ids.idFor({ values: { name: 'A' } })).toBe(first);
    const changed = ids.idFor({ values: { name: 'B' } });
    expect(changed).not.toBe(first);
    ids.settled();
    expect(ids.idFor({ values: { name: 'B' } })).not.toBe(changed);
  });
});

describe('plain-text cells', () => {
  it('keep text as typed both ways, a leading apostrophe included; neutraliseText round-trips through restoreText', () => {
    const notes = CONTACTS.columns.find((c) => c.key === 'notes')!;
    for (const s of ['+962 6 000', '=1+1', '-5', '@x', 'plain', "'=x", "''+1", "'plain", ' a\r\nb\r ']) {
      expect(toCell(notes, s)).toBe(s);
      expect(fromCell(notes, toCell(notes, s))).toEqual({ ok: true, value: s });
      expect(restoreText(neutraliseText(s))).toBe(s);
    }
  });

  it('short text is normalised by trimming only', () => {
    expect(normaliseShortText('  Amman \t')).toBe('Amman');
    expect(normaliseShortText('a  b')).toBe('a  b');
  });

  it("reports each text-only column with data cells that lost '@', at its first such row", () => {
    const headers = CONTACTS.columns.map((c) => c.header);
    const match = matchHeaders(CONTACTS, headers);
    const bounds = textOnlyBounds(CONTACTS, match)!;
    const width = bounds.to - bounds.from + 1;
    const formats = [new Array(width).fill('@'), new Array(width).fill('@'), new Array(width).fill('@')];
    const phone = match.index['phone']! - bounds.from;
    formats[2]![phone] = '0.###############';
    formats[0]![phone] = '';
    const problems = lostPlainTextProblems(CONTACTS, match, bounds.from, formats, [3, 4]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      tab: 'Contacts',
      row: 4,
      col: match.index['phone']! + 1,
      column: 'Phone',
    });
  });
});
