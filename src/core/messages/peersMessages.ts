// The words of needs and peer learning's part A (issue 14): the Record needs sidebar's refusals.

export const PEERS_MESSAGES = {
  'needs.sourceNotGathered': {
    en: '{value} is not a source a person gathers needs from; choose one of: {list}.',
    fr: '{value} n’est pas une source de besoins recueillis par une personne ; choisissez parmi : {list}.',
  },
  'needs.futureDate': {
    en: '{date} is in the future: give the day the need was gathered.',
    fr: '{date} est dans le futur : indiquez le jour où le besoin a été recueilli.',
  },
  'needs.newOnly': {
    en: 'Record needs adds new needs only; change an existing one in the Needs tab.',
    fr: 'Enregistrer des besoins n’ajoute que de nouveaux besoins ; modifiez un besoin existant dans l’onglet Needs.',
  },
} as const;
