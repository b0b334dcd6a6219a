// De-duplication on intake: finds the existing City and any earlier open Application for the same city and country.

import { normaliseCityName } from '../schema/text';
import { countryKey } from './countryNames';
import type { Finding } from './findings';
import { isClosedStage } from './stages';

/** What matching needs of a Cities row. */
export interface CityCandidate {
  readonly id: string;
  readonly name: string;
  readonly localName?: string | null;
  readonly country: string;
  readonly status?: string | null;
}

/** What matching needs of an Applications row. */
export interface ApplicationCandidate {
  readonly id: string;
  readonly stage: string;
  readonly cityName: string;
  readonly country: string;
  readonly cityId?: string | null;
}

export interface CityMatch {
  /** The existing city to link to (not create again), or null when the city is new. */
  readonly city: CityCandidate | null;
  /** The earliest other application for the same city that is still open, or null. */
  readonly openApplication: ApplicationCandidate | null;
  readonly findings: readonly Finding[];
}

/**
 * The key a city is compared by: accents, case, punctuation, spacing and a leading "City of" removed
 * (normaliseCityName), and Arabic tatweel (a stretching stroke, not a letter) removed. Arabic hamza forms of
 * alef fold to plain alef because NFKD splits off the hamza as a combining mark.
 */
export function cityKey(name: string): string {
  return normaliseCityName(name).replace(/\u0640/g, '');
}

function sameCity(
  name: string,
  country: string,
  other: { name: string; localName?: string | null; country: string },
): boolean {
  const key = cityKey(name);
  if (key === '' || countryKey(country) !== countryKey(other.country)) return false;
  return key === cityKey(other.name) || (!!other.localName && key === cityKey(other.localName));
}

/**
 * Looks for the same city (normalised name or local name, and country) among existing Cities and open
 * Applications. `selfId` is the application being processed (an application form arriving for its own
 * enquiry is not a duplicate of itself); `ownCityId` the city its approval made a member, which is reported as
 * such, not as "already a member". Same city and country → link and flag, never a second record.
 */
export function matchExistingCity(
  application: {
    readonly cityName: string;
    readonly country: string;
    readonly selfId?: string;
    /** The city this application itself made a member (set once approved): not a duplicate of itself. */
    readonly ownCityId?: string;
  },
  cities: readonly CityCandidate[],
  applications: readonly ApplicationCandidate[],
): CityMatch {
  const { cityName, country, selfId, ownCityId } = application;
  const city = cities.find((c) => sameCity(cityName, country, c)) ?? null;
  const open = applications
    .filter((a) => a.id !== selfId && !isClosedStage(a.stage))
    .filter(
      (a) =>
        (city !== null && a.cityId === city.id) ||
        sameCity(cityName, country, { name: a.cityName, country: a.country }),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const openApplication = open[0] ?? null;

  const findings: Finding[] = [];
  if (city && ownCityId && city.id === ownCityId) {
    findings.push({
      code: 'memberThroughThis',
      severity: 'info',
      field: 'cityName',
      message: {
        en: `${city.name} (${city.id}) became a member through this application.`,
        fr: `${city.name} (${city.id}) est devenue membre par cette candidature.`,
      },
    });
  } else if (city && city.status === 'member') {
    findings.push({
      code: 'alreadyMember',
      severity: 'warning',
      field: 'cityName',
      message: {
        en: `${city.name} (${city.id}) is already a member: check whether this adds contacts rather than a new membership.`,
        fr: `${city.name} (${city.id}) est déjà membre : vérifiez s’il s’agit plutôt de nouveaux contacts.`,
      },
    });
  } else if (city) {
    findings.push({
      code: 'existingCity',
      severity: 'info',
      field: 'cityName',
      message: {
        en: `Linked to the existing city ${city.name} (${city.id}).`,
        fr: `Rattachée à la ville existante ${city.name} (${city.id}).`,
      },
    });
  }
  if (openApplication) {
    findings.push({
      code: 'openApplication',
      severity: 'warning',
      field: 'cityName',
      message: {
        en: `An earlier application for this city is still open: ${openApplication.id} (${openApplication.stage}).`,
        fr: `Une candidature antérieure pour cette ville est toujours ouverte : ${openApplication.id} (${openApplication.stage}).`,
      },
    });
  }
  return { city, openApplication, findings };
}
