// Country names to ISO codes, so "Côte d’Ivoire", "Cote d'Ivoire" and "Ivory Coast" are recognised as one country.

import { COUNTRIES, COUNTRY_ALIASES } from '../../../sheets-templates/forms/countries';
import { normaliseCountryName } from '../schema/text';

let index: Record<string, string> | null = null;

function codeIndex(): Record<string, string> {
  if (!index) {
    index = {};
    for (const [code, name] of COUNTRIES) {
      index[normaliseCountryName(name)] = code;
      index[code.toLowerCase()] = code;
    }
    for (const alias of Object.keys(COUNTRY_ALIASES))
      index[normaliseCountryName(alias)] = COUNTRY_ALIASES[alias]!;
  }
  return index;
}

/** The ISO 3166-1 alpha-2 code of a country name, code or common alias; null when unknown. */
export function countryCodeOf(name: string): string | null {
  const key = normaliseCountryName(name);
  return key === '' ? null : (codeIndex()[key] ?? null);
}

/** The key two country fields compare by: the ISO code when known, otherwise the normalised text. */
export function countryKey(name: string): string {
  return countryCodeOf(name) ?? normaliseCountryName(name);
}

/**
 * Every spelling countryKey treats as `name`'s country (its ISO code, its names and aliases), normalised:
 * what a search of a Country column looks for before the exact comparison.
 */
export function countrySpellings(name: string): string[] {
  const key = countryKey(name);
  const out = new Set<string>([normaliseCountryName(name)]);
  for (const [spelling, code] of Object.entries(codeIndex())) if (code === key) out.add(spelling);
  return [...out].filter((s) => s !== '');
}
