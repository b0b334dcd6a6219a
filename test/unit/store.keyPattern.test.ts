// The store's keyed-lookup patterns: what a TextFinder search of a key column matches in each mode.
import { keyPatternSource, keyTest } from '../../src/server/store/keyPattern';

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
});
