// The hand-built test network of peer matching: 30 cities in four hubs and 5 partners, needs with planted pairs.

export interface CitySpec {
  name: string;
  country: string;
  hub: string;
  languages: string[];
  population: number;
  expertise: string[];
}
export interface PartnerSpec {
  name: string;
  type: string;
  country: string;
  expertise: string[];
  language: string;
}
export interface NeedSpec {
  city: string;
  topic: string;
  priority: 'high' | 'medium' | 'low';
  /** Days before the test's day. */
  surveyedDaysAgo: number;
  /** The city or partner that must be suggested (the right answer, under capacity 1). */
  planted: string;
  why: string;
}

export const HUBS: Record<string, string[]> = {
  MENA: ['Jordan', 'Lebanon', 'Morocco', 'Tunisia'],
  Europe: ['France', 'Belgium', 'Denmark', 'Germany', 'Norway'],
  'East Africa': ['Kenya', 'Uganda', 'Tanzania'],
  'South Asia': ['Pakistan', 'Bangladesh', 'India'],
};

const c = (
  name: string,
  country: string,
  hub: string,
  languages: string[],
  millions: number,
  expertise: string[] = [],
): CitySpec => ({ name, country, hub, languages, population: Math.round(millions * 1e6), expertise });

export const CITIES: CitySpec[] = [
  c('Mombasa', 'Kenya', 'East Africa', ['en', 'sw'], 1.2),
  c('Kisumu', 'Kenya', 'East Africa', ['en', 'sw'], 0.6, ['mental health']),
  c('Kampala', 'Uganda', 'East Africa', ['en'], 1.7, ['youth engagement']),
  c('Arusha', 'Tanzania', 'East Africa', ['en', 'sw'], 0.4, ['victim support']),
  c('Nairobi', 'Kenya', 'East Africa', ['en', 'sw'], 4.4, ['gender']),
  c('Dar es Salaam', 'Tanzania', 'East Africa', ['sw', 'en'], 5, ['civic participation']),
  c('Gulu', 'Uganda', 'East Africa', ['en'], 0.15),
  c('Aarhus', 'Denmark', 'Europe', ['en'], 0.35, ['youth engagement', 'rehabilitation and reintegration']),
  c('Lyon', 'France', 'Europe', ['fr'], 0.52, ['social cohesion', 'interfaith dialogue']),
  c('Liège', 'Belgium', 'Europe', ['fr'], 0.2),
  c('Bordeaux', 'France', 'Europe', ['fr'], 0.26, ['education', 'community policing']),
  c('Oslo', 'Norway', 'Europe', ['en'], 0.7, ['polarisation']),
  c('Dortmund', 'Germany', 'Europe', ['en'], 0.59, ['radicalisation prevention']),
  c('Strasbourg', 'France', 'Europe', ['fr'], 0.29, ['migration and integration']),
  c('Copenhagen', 'Denmark', 'Europe', ['en'], 0.65, ['multi-agency working']),
  c('Irbid', 'Jordan', 'MENA', ['ar', 'en'], 0.5, ['hate speech']),
  c('Tripoli', 'Lebanon', 'MENA', ['ar', 'fr'], 0.2),
  c('Casablanca', 'Morocco', 'MENA', ['ar', 'fr'], 3.7, ['migration and integration', 'online harms']),
  c('Tunis', 'Tunisia', 'MENA', ['ar', 'fr'], 0.6, ['community policing', 'social cohesion']),
  c('Zarqa', 'Jordan', 'MENA', ['ar'], 1.0),
  c('Sousse', 'Tunisia', 'MENA', ['ar', 'fr'], 0.27),
  c('Beirut', 'Lebanon', 'MENA', ['ar', 'en', 'fr'], 0.4, ['education']),
  c('Rabat', 'Morocco', 'MENA', ['ar', 'fr'], 0.58),
  c('Sfax', 'Tunisia', 'MENA', ['ar', 'fr'], 0.33),
  c('Karachi', 'Pakistan', 'South Asia', ['ur', 'en'], 16, ['hate speech']),
  c('Lahore', 'Pakistan', 'South Asia', ['ur', 'en'], 11, ['radicalisation prevention']),
  c('Dhaka', 'Bangladesh', 'South Asia', ['bn', 'en'], 10),
  c('Mumbai', 'India', 'South Asia', ['hi', 'en'], 12, ['multi-agency working']),
  c('Chittagong', 'Bangladesh', 'South Asia', ['bn', 'en'], 2.6, ['disinformation']),
  c('Peshawar', 'Pakistan', 'South Asia', ['ur', 'en'], 2),
];

export const PARTNERS: PartnerSpec[] = [
  {
    name: 'Youth Futures Foundation',
    type: 'foundation',
    country: 'United Kingdom',
    expertise: ['youth engagement'],
    language: 'en',
  },
  {
    name: 'Institut pour le dialogue',
    type: 'civil society',
    country: 'Tunisia',
    expertise: ['interfaith dialogue'],
    language: 'fr',
  },
  {
    name: 'Global Online Safety Lab',
    type: 'academic',
    country: '',
    expertise: ['online harms'],
    language: 'en',
  },
  {
    name: 'Victim Support Alliance',
    type: 'civil society',
    country: 'Kenya',
    expertise: ['victim support'],
    language: 'en',
  },
  {
    name: 'Arab Cities Forum',
    type: 'network',
    country: 'Jordan',
    expertise: ['hate speech'],
    language: 'ar',
  },
];

export const NEEDS: NeedSpec[] = [
  {
    city: 'Mombasa',
    topic: 'youth engagement',
    priority: 'high',
    surveyedDaysAgo: 60,
    planted: 'Kampala',
    why: 'same hub, English, similar size; Aarhus and the foundation are elsewhere',
  },
  {
    city: 'Liège',
    topic: 'social cohesion',
    priority: 'high',
    surveyedDaysAgo: 30,
    planted: 'Lyon',
    why: 'same hub, French; Tunis is in another hub',
  },
  {
    city: 'Zarqa',
    topic: 'hate speech',
    priority: 'medium',
    surveyedDaysAgo: 90,
    planted: 'Irbid',
    why: 'same hub, Arabic, same size; the forum has no population',
  },
  {
    city: 'Peshawar',
    topic: 'radicalisation prevention',
    priority: 'high',
    surveyedDaysAgo: 100,
    planted: 'Lahore',
    why: 'same hub; Dortmund is elsewhere',
  },
  {
    city: 'Sousse',
    topic: 'interfaith dialogue',
    priority: 'high',
    surveyedDaysAgo: 45,
    planted: 'Institut pour le dialogue',
    why: 'a Tunisian partner working in French; Lyon is in another hub',
  },
  {
    city: 'Gulu',
    topic: 'victim support',
    priority: 'low',
    surveyedDaysAgo: 730,
    planted: 'Arusha',
    why: 'same hub; the alliance is in Kenya, not Uganda',
  },
  {
    city: 'Dhaka',
    topic: 'multi-agency working',
    priority: 'high',
    surveyedDaysAgo: 20,
    planted: 'Mumbai',
    why: 'same hub, similar size',
  },
  {
    city: 'Rabat',
    topic: 'migration and integration',
    priority: 'medium',
    surveyedDaysAgo: 50,
    planted: 'Strasbourg',
    why: 'Casablanca would win, but held a peer exchange with Rabat two months ago',
  },
  {
    city: 'Nairobi',
    topic: 'online harms',
    priority: 'high',
    surveyedDaysAgo: 10,
    planted: 'Global Online Safety Lab',
    why: 'English; Casablanca shares no language with Nairobi',
  },
  {
    city: 'Tripoli',
    topic: 'community policing',
    priority: 'high',
    surveyedDaysAgo: 40,
    planted: 'Tunis',
    why: 'same hub, Arabic and French',
  },
  // The capacity trap: Beirut (one slot) is Sfax's best by a little and Zarqa's only good choice; greedy gives it to Sfax.
  {
    city: 'Sfax',
    topic: 'education',
    priority: 'high',
    surveyedDaysAgo: 30,
    planted: 'Bordeaux',
    why: 'Beirut scores higher, but Zarqa needs it more; Bordeaux is a close second',
  },
  {
    city: 'Zarqa',
    topic: 'education',
    priority: 'high',
    surveyedDaysAgo: 30,
    planted: 'Beirut',
    why: 'the only offerer sharing Arabic',
  },
];

/** The peer exchange the network remembers: Rabat and Casablanca, 60 days before the test's day. */
export const RECENT_EXCHANGE = { cities: ['Rabat', 'Casablanca'], daysAgo: 60 };

export const contactEmail = (name: string) =>
  `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')}@peers.example`;
