// What intake's city matching reads: the Cities and Applications rows that may name the same city, found by search.
//
// Matching compares normalised names (cityKey) and countries exactly (src/core/intake/cityMatching.ts), so only
// rows whose name could fold to the same key matter: one search of the name columns finds them, whatever the
// number of cities in the country or of applications (open or closed) in the tab. The country is compared on
// the rows read.
import { APPLICATIONS, CITIES } from '../../../sheets-templates';
import { type ApplicationCandidate, type CityCandidate, cityKey } from '../../core/intake/cityMatching';
import { locateByPattern } from '../store/patternSearch';
import type { WorkbookSession } from '../store/session';

/** Arabic tatweel (U+0640), short vowels and other marks (U+064B–U+065F) and the superscript alef (U+0670). */
const ARABIC_GAPS = `${String.fromCharCode(0x640, 0x64b)}-${String.fromCharCode(0x65f, 0x670)}`;
/** What normaliseCityName folds away between letters: spacing, punctuation, apostrophes, Arabic tatweel and marks. */
const GAP_CLASS = `[\\s’'\`´.,;:()"/\\\\_\\-${ARABIC_GAPS}]`;
const GAP = `${GAP_CLASS}*`;

/** Arabic letters NFKD splits into a base letter and a hamza or madda mark (the key keeps the base letter). */
const ARABIC_BASES: Record<string, string> = { ا: '[اأإآٱ]', و: '[وؤ]', ي: '[يئ]' };

/**
 * A TextFinder regular expression (case and accents ignored by the finder) for a name cell whose cityKey may
 * equal `key`: the key's letters with anything normaliseCityName removes allowed between them, after any
 * leading words (so "City of …", "Ville d'…" and the other prefixes it drops are covered). A pre-filter only.
 * Literal characters, not \u escapes, so that RE2 (Sheets) and JavaScript (the emulator) read it alike.
 */
export function cityNamePattern(key: string): string {
  const letters = [...key.replace(/\s+/g, '')].map(
    (ch) => ARABIC_BASES[ch] ?? ch.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'),
  );
  return `^(?:.*${GAP_CLASS})?${GAP}${letters.join(GAP)}${GAP}$`;
}

export interface MatchCandidates {
  cities: CityCandidate[];
  applications: ApplicationCandidate[];
}

/**
 * The cities and applications matching must look at for `cityName`: those whose name (or local name) may fold
 * to the same key, and the applications linked to one of those cities. Two or three searches and a read per
 * block of the rows found; nothing else of either tab is read.
 */
export function matchCandidates(session: WorkbookSession, cityName: string): MatchCandidates {
  const key = cityKey(cityName);
  if (key === '') return { cities: [], applications: [] };
  const pattern = cityNamePattern(key);
  const cityTable = session.table(CITIES);
  const cities = cityTable.exists()
    ? cityTable.readRows(locateByPattern(cityTable, ['name', 'localName'], pattern, true)).map((r) => ({
        id: String(cityTable.cell(r, 'id')),
        name: String(cityTable.cell(r, 'name')),
        localName: String(cityTable.cell(r, 'localName')) || null,
        country: String(cityTable.cell(r, 'country')),
        status: String(cityTable.cell(r, 'status')) || null,
      }))
    : [];
  const t = session.table(APPLICATIONS);
  const cityIds = cities.map((c) => c.id).filter((id) => id !== '');
  const rows = new Set(locateByPattern(t, ['cityName'], pattern, true));
  if (cityIds.length > 0) for (const n of t.locate('cityId', cityIds)) rows.add(n);
  const applications = t.readRows([...rows]).map((r) => ({
    id: String(t.cell(r, 'id')),
    stage: String(t.cell(r, 'stage')),
    cityName: String(t.cell(r, 'cityName')),
    country: String(t.cell(r, 'country')),
    cityId: String(t.cell(r, 'cityId')) || null,
  }));
  return { cities, applications };
}

/** The two lists in the order matchExistingCity takes them. */
export function candidateLists(m: MatchCandidates): [CityCandidate[], ApplicationCandidate[]] {
  return [m.cities, m.applications];
}
