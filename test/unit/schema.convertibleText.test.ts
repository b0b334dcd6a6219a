// The store's "risky text" predicate: text Sheets would evaluate or convert unless the cell is formatted '@'.

import { sheetsWouldConvert } from '../../src/core/schema/convertibleText';

describe('sheetsWouldConvert', () => {
  it.each([
    ['=1+1'],
    ['+44 20 7946 0958'],
    ['-3'],
    ['@SUM(A1)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ["'quoted"],
    ['  =1+1'],
    ['01234'],
    ['12,000.50'],
    ['1.5e3'],
    ['50%'],
    ['$1,200'],
    ['€ 12'],
    ['(12)'],
    ['1/2'],
    ['2026-02-01'],
    ['12:30'],
    ['10:00 PM'],
    ['Jan 5, 2024'],
    ['5 janvier 2024'],
    ['5 de enero de 2024'],
    ['Mon 3 Mar'],
    ['TRUE'],
    [' false '],
    ['#N/A'],
    ['٥ يناير ٢٠٢٤'],
  ])('flags %j', (text) => {
    expect(sheetsWouldConvert(text)).toBe(true);
  });

  it.each([
    [''],
    ['Amman'],
    ['Rana Haddad'],
    ['rana2@amman.gov.jo'],
    ['Met at the 2024 summit'],
    ['CON-000123'],
    ['Room 12 in the town hall'],
    ['https://example.org/2024'],
    ['Truely'],
    ['Hub #3'],
    ['عمّان'],
  ])('leaves ordinary text %j alone', (text) => {
    expect(sheetsWouldConvert(text)).toBe(false);
  });
});
