// The store's keyed-lookup patterns: what a TextFinder search of a key column matches in each mode.
import { idAtLeastSource, keyPatternSource, keyTest } from '../../src/server/store/keyPattern';

describe('key patterns', () => {
  it('whole: the cell is the key, spaces around allowed, nothing else', () => {
    const t = keyTest(['CON-000001'], 'whole');
    expect([' CON-000001 ', 'CON-000001', 'CON-0000011', 'xCON-000001'].map(t)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('listItem: one item of a comma-separated list', () => {
    const t = keyTest(['CTY-000002'], 'listItem');
    expect(['CTY-000001, CTY-000002', 'CTY-000002', 'CTY-0000021', 'CTY-000001'].map(t)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("prefix: the cell starts with the key (a Sends message key), and the key's characters are literal", () => {
    const t = keyTest(['APP-000001:'], 'prefix');
    expect(['APP-000001:welcome', 'APP-000001', 'XAPP-000001:a', 'APP-0000012:a'].map(t)).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(keyPatternSource(['a.b'], 'prefix')).toBe('^\\s*(?:a\\.b)');
    expect(keyTest(['a.b'], 'prefix')('axb')).toBe(false);
  });

  it('caseless: the whole cell, surrounding spaces and case ignored (an email typed by hand)', () => {
    expect(keyPatternSource(['ana@city.org'], 'caseless')).toBe(keyPatternSource(['ana@city.org'], 'whole'));
    const test = keyTest(['ana@city.org'], 'caseless');
    expect(['ana@city.org', '  Ana@City.ORG ', 'ana@city.org.uk', 'x.ana@city.org', ''].map(test)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    // The plain whole-cell test keeps case.
    expect(keyTest(['ana@city.org'], 'whole')('Ana@City.org')).toBe(false);
  });

  it('id at least n: every id of the prefix whose number is n or more, whatever its padding, and no other', () => {
    // Checked against every number around each boundary: the pattern must agree with the numeric comparison.
    for (const n of [1, 3, 9, 10, 50, 99, 100, 109, 190, 999, 1000, 123456, 999999, 1000000]) {
      const re = new RegExp(idAtLeastSource('CTY', n));
      for (let m = Math.max(0, n - 120); m <= n + 120; m++) {
        const padded = `CTY-${String(m).padStart(6, '0')}`;
        expect([m, re.test(padded)]).toEqual([m, m >= n]);
        expect([m, re.test(` CTY-${m} `)]).toEqual([m, m >= n]);
      }
    }
    const re = new RegExp(idAtLeastSource('CTY', 51));
    expect(
      ['CTY-1000000', 'CON-000052', 'XCTY-000052', 'CTY-000052x', 'CTY-0000050', ''].map((c) => re.test(c)),
    ).toEqual([true, false, false, false, false, false]);
  });
});
