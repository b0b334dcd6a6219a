// Choosing a member meeting's time (issue 17): the hour, on the first meeting's day, that falls within most
// participants' working hours in their own time zones. Countries map to one representative zone each.

import { instantAt, parseLocalDate, wallClockAt } from '../calendar/localDate';

/** Working hours a meeting must fit inside, local time: 09:00 to 17:00. */
export const WORK_START = 9;
export const WORK_END = 17;

/**
 * One representative IANA zone per country the meetings' default audience (member cities where no hub works:
 * mostly Europe and North America) lives in, plus the hubs' regions (every country of the demo network). Countries spanning zones get their most
 * populous one (United States → New York, Canada → Toronto, Russia → Moscow, Australia → Sydney, Brazil → São
 * Paulo, Mexico → Mexico City): a city elsewhere in such a country may be an hour or more off.
 */
export const COUNTRY_ZONES: Readonly<Record<string, string>> = {
  Albania: 'Europe/Tirane',
  Algeria: 'Africa/Algiers',
  Argentina: 'America/Argentina/Buenos_Aires',
  Australia: 'Australia/Sydney',
  Austria: 'Europe/Vienna',
  Bangladesh: 'Asia/Dhaka',
  Belgium: 'Europe/Brussels',
  'Bosnia and Herzegovina': 'Europe/Sarajevo',
  Brazil: 'America/Sao_Paulo',
  Bulgaria: 'Europe/Sofia',
  'Burkina Faso': 'Africa/Ouagadougou',
  Burundi: 'Africa/Bujumbura',
  Canada: 'America/Toronto',
  Chad: 'Africa/Ndjamena',
  Chile: 'America/Santiago',
  Colombia: 'America/Bogota',
  Croatia: 'Europe/Zagreb',
  Cyprus: 'Asia/Nicosia',
  'Czech Republic': 'Europe/Prague',
  'Democratic Republic of the Congo': 'Africa/Kinshasa',
  Denmark: 'Europe/Copenhagen',
  Ecuador: 'America/Guayaquil',
  Egypt: 'Africa/Cairo',
  Estonia: 'Europe/Tallinn',
  Ethiopia: 'Africa/Addis_Ababa',
  Finland: 'Europe/Helsinki',
  France: 'Europe/Paris',
  Georgia: 'Asia/Tbilisi',
  Germany: 'Europe/Berlin',
  Ghana: 'Africa/Accra',
  Greece: 'Europe/Athens',
  Hungary: 'Europe/Budapest',
  Iceland: 'Atlantic/Reykjavik',
  India: 'Asia/Kolkata',
  Indonesia: 'Asia/Jakarta',
  Iraq: 'Asia/Baghdad',
  Ireland: 'Europe/Dublin',
  Italy: 'Europe/Rome',
  Jordan: 'Asia/Amman',
  Kazakhstan: 'Asia/Almaty',
  Kenya: 'Africa/Nairobi',
  Kosovo: 'Europe/Belgrade',
  Kyrgyzstan: 'Asia/Bishkek',
  Latvia: 'Europe/Riga',
  Lebanon: 'Asia/Beirut',
  Libya: 'Africa/Tripoli',
  Lithuania: 'Europe/Vilnius',
  Luxembourg: 'Europe/Luxembourg',
  Madagascar: 'Indian/Antananarivo',
  Malawi: 'Africa/Blantyre',
  Maldives: 'Indian/Maldives',
  Mali: 'Africa/Bamako',
  Mauritania: 'Africa/Nouakchott',
  Mexico: 'America/Mexico_City',
  Montenegro: 'Europe/Podgorica',
  Morocco: 'Africa/Casablanca',
  Mozambique: 'Africa/Maputo',
  Nepal: 'Asia/Kathmandu',
  Netherlands: 'Europe/Amsterdam',
  'New Zealand': 'Pacific/Auckland',
  Niger: 'Africa/Niamey',
  Nigeria: 'Africa/Lagos',
  'North Macedonia': 'Europe/Skopje',
  Norway: 'Europe/Oslo',
  Pakistan: 'Asia/Karachi',
  Palestine: 'Asia/Hebron',
  Peru: 'America/Lima',
  Poland: 'Europe/Warsaw',
  Portugal: 'Europe/Lisbon',
  Romania: 'Europe/Bucharest',
  Russia: 'Europe/Moscow',
  Rwanda: 'Africa/Kigali',
  Senegal: 'Africa/Dakar',
  Serbia: 'Europe/Belgrade',
  Slovakia: 'Europe/Bratislava',
  Slovenia: 'Europe/Ljubljana',
  Somalia: 'Africa/Mogadishu',
  'South Africa': 'Africa/Johannesburg',
  Spain: 'Europe/Madrid',
  'Sri Lanka': 'Asia/Colombo',
  Sweden: 'Europe/Stockholm',
  Switzerland: 'Europe/Zurich',
  Tajikistan: 'Asia/Dushanbe',
  Tanzania: 'Africa/Dar_es_Salaam',
  Tunisia: 'Africa/Tunis',
  Turkey: 'Europe/Istanbul',
  Uganda: 'Africa/Kampala',
  Ukraine: 'Europe/Kyiv',
  'United Kingdom': 'Europe/London',
  'United States': 'America/New_York',
  Zambia: 'Africa/Lusaka',
  Zimbabwe: 'Africa/Harare',
};

export interface SlotChoice {
  /** The meeting's start on the first day (an instant). */
  start: Date;
  /** How many participants with a known zone have the whole meeting inside their working hours. */
  fits: number;
  /** Participants with a known zone. */
  known: number;
  /** Countries with no zone in the table (their participants were not counted). */
  unknownCountries: string[];
}

/**
 * The whole or half hour (UTC) on `day` at which a meeting of `minutes` fits most participants' 09:00–17:00 local
 * working hours; ties go to the earliest. `countries` holds one entry per participant.
 */
export function chooseSlot(day: string, countries: readonly string[], minutes: number): SlotChoice {
  const zones = countries.map((c) => COUNTRY_ZONES[c]).filter((z): z is string => z !== undefined);
  const unknownCountries = [...new Set(countries.filter((c) => COUNTRY_ZONES[c] === undefined))].sort();
  const d = parseLocalDate(day);
  const midnight = instantAt({ ...d, hour: 0, minute: 0, second: 0, millisecond: 0 }, 'UTC');
  let best: SlotChoice = {
    start: new Date(midnight.getTime() + 12 * 3600_000),
    fits: -1,
    known: zones.length,
    unknownCountries,
  };
  for (let half = 0; half < 48; half++) {
    const start = new Date(midnight.getTime() + half * 1800_000);
    const end = new Date(start.getTime() + minutes * 60_000);
    let fits = 0;
    for (const z of zones) {
      const a = wallClockAt(start, z);
      const b = wallClockAt(end, z);
      const from = a.hour + a.minute / 60;
      const to = b.hour + b.minute / 60 + (b.day !== a.day ? 24 : 0);
      if (from >= WORK_START && to <= WORK_END) fits++;
    }
    if (fits > best.fits) best = { start, fits, known: zones.length, unknownCountries };
  }
  return best;
}

/** How the chosen time falls in one country: its zone's local start and whether the meeting fits working hours. */
export interface CountrySlot {
  country: string;
  zone: string | null;
  /** Local start, HH:MM; '' when the country has no zone in the table. */
  localStart: string;
  fits: boolean;
  /** Participants from that country. */
  people: number;
}

const hhmm = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The "why" of a slot, country by country (the sidebar says it): local start and fit, by country name. */
export function slotByCountry(start: Date, countries: readonly string[], minutes: number): CountrySlot[] {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  const end = new Date(start.getTime() + minutes * 60_000);
  return [...counts.keys()].sort().map((country) => {
    const zone = COUNTRY_ZONES[country] ?? null;
    if (!zone) return { country, zone, localStart: '', fits: false, people: counts.get(country)! };
    const a = wallClockAt(start, zone);
    const b = wallClockAt(end, zone);
    const from = a.hour + a.minute / 60;
    const to = b.hour + b.minute / 60 + (b.day !== a.day ? 24 : 0);
    return {
      country,
      zone,
      localStart: `${hhmm(a.hour)}:${hhmm(a.minute)}`,
      fits: from >= WORK_START && to <= WORK_END,
      people: counts.get(country)!,
    };
  });
}
