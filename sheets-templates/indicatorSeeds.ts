// The indicators setup adds to the Indicators tab, one per computation, each once (a row deleted on purpose is not
// added back): the definitions in words the Dashboard and donor reports show, in English and French.

import type { INDICATOR_COMPUTATIONS, INDICATOR_DIRECTIONS, INDICATOR_PERIODS } from './tabs/indicators';

export interface IndicatorSeed {
  computation: (typeof INDICATOR_COMPUTATIONS)[number];
  parameter: number | null;
  period: (typeof INDICATOR_PERIODS)[number];
  target: number | null;
  direction: (typeof INDICATOR_DIRECTIONS)[number];
  name: { en: string; fr: string };
  definition: { en: string; fr: string };
}

/** The Indicators row a seed becomes, in the workbook's language: no baseline, every hub, shown. */
export function indicatorRowOf(seed: IndicatorSeed, lang: 'en' | 'fr') {
  return {
    name: seed.name[lang],
    definition: seed.definition[lang],
    computation: seed.computation,
    parameter: seed.parameter,
    period: seed.period,
    baseline: null,
    target: seed.target,
    direction: seed.direction,
    hubId: null,
    hidden: false,
  };
}

export const INDICATOR_SEEDS: readonly IndicatorSeed[] = [
  {
    computation: 'members',
    parameter: null,
    period: 'quarter',
    target: null,
    direction: 'increase',
    name: { en: 'Member cities', fr: 'Villes membres' },
    definition: {
      en: 'Cities that were members on the last day of the period (or today): joined by then and not lapsed or withdrawn before it.',
      fr: 'Villes membres le dernier jour de la période (ou aujourd’hui) : entrées avant cette date et ni échues ni retirées avant elle.',
    },
  },
  {
    computation: 'new members',
    parameter: null,
    period: 'quarter',
    target: null,
    direction: 'increase',
    name: { en: 'New members', fr: 'Nouveaux membres' },
    definition: {
      en: 'Cities whose membership was confirmed (Joined on) during the period.',
      fr: 'Villes dont l’adhésion a été confirmée (Joined on) pendant la période.',
    },
  },
  {
    computation: 'engaged share',
    parameter: 90,
    period: 'quarter',
    target: 75,
    direction: 'increase',
    name: { en: 'Members engaged recently (%)', fr: 'Membres engagés récemment (%)' },
    definition: {
      en: 'Share of member cities with at least one engagement (the city or one of its contacts) in the Parameter days up to the last day of the period.',
      fr: 'Part des villes membres ayant au moins un engagement (la ville ou l’un de ses contacts) dans les jours du paramètre jusqu’au dernier jour de la période.',
    },
  },
  {
    computation: 'not engaged',
    parameter: 180,
    period: 'quarter',
    target: 0,
    direction: 'decrease',
    name: { en: 'Members without engagement', fr: 'Membres sans engagement' },
    definition: {
      en: 'Member cities with no engagement (the city or one of its contacts) in the Parameter days up to the last day of the period.',
      fr: 'Villes membres sans aucun engagement (la ville ou l’un de ses contacts) dans les jours du paramètre jusqu’au dernier jour de la période.',
    },
  },
  {
    computation: 'enquiries within target',
    parameter: 2,
    period: 'quarter',
    target: 90,
    direction: 'increase',
    name: { en: 'Enquiries answered in time (%)', fr: 'Demandes traitées à temps (%)' },
    definition: {
      en: 'Of the enquiries received in the period, the share whose application form was sent (or that were declined) within the Parameter working days; unanswered enquiries already past that count as late.',
      fr: 'Parmi les demandes reçues pendant la période, la part dont le formulaire de candidature a été envoyé (ou refusées) en au plus les jours ouvrés du paramètre ; les demandes sans réponse déjà au-delà comptent comme en retard.',
    },
  },
  {
    computation: 'applications within target',
    parameter: 3,
    period: 'quarter',
    target: 90,
    direction: 'increase',
    name: { en: 'Applications answered in time (%)', fr: 'Candidatures traitées à temps (%)' },
    definition: {
      en: 'Of the applications received in the period, the share confirmed (approved, declined or asked for more information) within the Parameter working days; unanswered applications already past that count as late.',
      fr: 'Parmi les candidatures reçues pendant la période, la part confirmée (approuvée, refusée ou complément demandé) en au plus les jours ouvrés du paramètre ; les candidatures sans réponse déjà au-delà comptent comme en retard.',
    },
  },
  {
    computation: 'mailings sent',
    parameter: null,
    period: 'quarter',
    target: null,
    direction: 'maintain',
    name: { en: 'Mailings sent', fr: 'Envois groupés effectués' },
    definition: {
      en: 'Mailings with at least one message sent during the period.',
      fr: 'Envois groupés dont au moins un message est parti pendant la période.',
    },
  },
  {
    computation: 'mailing reach',
    parameter: null,
    period: 'quarter',
    target: null,
    direction: 'increase',
    name: { en: 'Mailing reach', fr: 'Portée des envois' },
    definition: {
      en: 'Different contacts who were sent at least one mailing message during the period.',
      fr: 'Contacts différents ayant reçu au moins un message d’envoi groupé pendant la période.',
    },
  },
  {
    computation: 'opt-outs',
    parameter: null,
    period: 'quarter',
    target: null,
    direction: 'decrease',
    name: { en: 'Opt-outs', fr: 'Désinscriptions' },
    definition: {
      en: 'Contacts who opted out of mailings during the period.',
      fr: 'Contacts désinscrits des envois groupés pendant la période.',
    },
  },
  {
    computation: 'matches proposed',
    parameter: null,
    period: 'quarter',
    target: null,
    direction: 'increase',
    name: { en: 'Peer matches proposed', fr: 'Mises en relation proposées' },
    definition: {
      en: 'Peer-learning matches created during the period (counted in the seeking city’s hub).',
      fr: 'Mises en relation entre pairs créées pendant la période (comptées dans le hub de la ville demandeuse).',
    },
  },
  {
    computation: 'matches introduced',
    parameter: null,
    period: 'quarter',
    target: null,
    direction: 'increase',
    name: { en: 'Peer matches introduced', fr: 'Mises en relation présentées' },
    definition: {
      en: 'Peer-learning matches whose introduction email was sent during the period.',
      fr: 'Mises en relation dont l’e-mail de présentation est parti pendant la période.',
    },
  },
  {
    computation: 'match outcomes',
    parameter: null,
    period: 'quarter',
    target: null,
    direction: 'increase',
    name: { en: 'Peer matches with outcomes', fr: 'Mises en relation avec résultats' },
    definition: {
      en: 'Peer-learning matches whose outcome was recorded during the period.',
      fr: 'Mises en relation dont le résultat a été enregistré pendant la période.',
    },
  },
  {
    computation: 'event participants',
    parameter: null,
    period: 'quarter',
    target: null,
    direction: 'increase',
    name: { en: 'Event participants', fr: 'Participants aux événements' },
    definition: {
      en: 'Participants recorded as attended at events starting during the period (by their city’s hub, else the event’s).',
      fr: 'Participants notés présents aux événements commençant pendant la période (par le hub de leur ville, sinon celui de l’événement).',
    },
  },
  {
    computation: 'stale profiles',
    parameter: null,
    period: 'quarter',
    target: 0,
    direction: 'decrease',
    name: { en: 'Stale city profiles', fr: 'Profils de villes à revoir' },
    definition: {
      en: 'City profiles (not withdrawn) never reviewed or last reviewed at least the Parameter days ago (Settings: Stale profile days when empty); today only.',
      fr: 'Profils de villes (non retirées) jamais revus ou revus pour la dernière fois il y a au moins les jours du paramètre (Settings : Stale profile days s’il est vide) ; aujourd’hui seulement.',
    },
  },
  {
    computation: 'engagements',
    parameter: null,
    period: 'quarter',
    target: null,
    direction: 'increase',
    name: { en: 'Engagements', fr: 'Engagements' },
    definition: {
      en: 'Engagements (meetings, calls, events, emails, platform interactions…) dated in the period.',
      fr: 'Engagements (réunions, appels, événements, e-mails, interactions sur les plateformes…) datés de la période.',
    },
  },
  {
    computation: 'engagements all time',
    parameter: null,
    period: 'year',
    target: null,
    direction: 'increase',
    name: { en: 'Engagements since the start', fr: 'Engagements depuis le début' },
    definition: {
      en: 'Engagements up to the end of the period: the Engagements tab plus those moved to the yearly archives (History summary, counted once per city).',
      fr: 'Engagements jusqu’à la fin de la période : l’onglet Engagements plus ceux déplacés dans les archives annuelles (History summary, comptés une fois par ville).',
    },
  },
  {
    computation: 'sends all time',
    parameter: null,
    period: 'year',
    target: null,
    direction: 'increase',
    name: { en: 'Messages sent since the start', fr: 'Messages envoyés depuis le début' },
    definition: {
      en: 'Mailing messages sent up to the end of the period: the Sends tab plus those moved to the yearly archives (History summary).',
      fr: 'Messages d’envois groupés partis jusqu’à la fin de la période : l’onglet Sends plus ceux déplacés dans les archives annuelles (History summary).',
    },
  },
];
