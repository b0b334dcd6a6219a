// The Find sidebar's ranking (pure): name, email, country and id matches, accents folded, inactive contacts last.
import { foldForSearch, type SearchEntry, searchEntries } from '../../src/core/search/searchIndex';

const entry = (
  kind: SearchEntry['kind'],
  id: string,
  name: string,
  extra: Partial<SearchEntry> = {},
): SearchEntry => ({
  kind,
  id,
  name,
  detail: '',
  email: '',
  country: '',
  inactive: false,
  ...extra,
});

const ENTRIES: SearchEntry[] = [
  entry('city', 'CTY-000001', 'Montréal', { country: 'Canada' }),
  entry('city', 'CTY-000002', 'Mombasa', { country: 'Kenya' }),
  entry('city', 'CTY-000003', 'Nairobi', { country: 'Kenya' }),
  entry('contact', 'CON-000001', 'Amina Mohamed', { email: 'amina.mohamed@nairobi.go.ke' }),
  entry('contact', 'CON-000002', 'Mona Lisa', { email: 'mona@montreal.ca', inactive: true }),
  entry('contact', 'CON-000003', 'Monique Dubois', { email: 'monique.dubois@montreal.ca' }),
  entry('partner', 'PTN-000001', 'Mayors Migration Council', { country: '' }),
];

describe('searchEntries', () => {
  it('finds nothing for an empty query', () => {
    expect(searchEntries(ENTRIES, '   ')).toEqual([]);
  });

  it('folds accents and case: "montreal" finds Montréal first, then contacts by email', () => {
    const ids = searchEntries(ENTRIES, 'montreal').map((h) => h.id);
    expect(ids[0]).toBe('CTY-000001');
    expect(ids).toContain('CON-000003');
  });

  it('ranks whole-name prefixes before word prefixes, active before inactive', () => {
    const ids = searchEntries(ENTRIES, 'mon').map((h) => h.id);
    expect(ids.indexOf('CTY-000001')).toBeLessThan(ids.indexOf('CON-000002'));
    expect(ids.indexOf('CON-000003')).toBeLessThan(ids.indexOf('CON-000002'));
  });

  it('matches every word: "amina nairobi" finds the contact by name and email', () => {
    expect(searchEntries(ENTRIES, 'amina nairobi').map((h) => h.id)).toEqual(['CON-000001']);
  });

  it('finds cities by country and records by exact id', () => {
    expect(
      searchEntries(ENTRIES, 'kenya')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['CTY-000002', 'CTY-000003']);
    expect(searchEntries(ENTRIES, 'ptn-000001').map((h) => h.id)).toEqual(['PTN-000001']);
  });

  it('finds a word inside a name (3+ letters) and honours the limit', () => {
    expect(searchEntries(ENTRIES, 'igration').map((h) => h.id)).toEqual(['PTN-000001']);
    expect(searchEntries(ENTRIES, 'm', 2)).toHaveLength(2);
  });

  it('foldForSearch treats punctuation as spaces', () => {
    expect(foldForSearch('  Côte d’Ivoire ')).toBe('cote d ivoire');
  });
});
