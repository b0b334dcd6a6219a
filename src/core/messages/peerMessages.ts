// The words of peer matching (issue 14): the coordinator's decisions on suggested matches and their progress.

export const PEER_MESSAGES = {
  'peers.reasonNeeded': {
    en: 'Reason: say why (it is kept, and a dismissed pair is not suggested again soon).',
    fr: 'Motif : indiquez pourquoi (il est conservé, et une paire écartée n’est pas reproposée de sitôt).',
  },
  'peers.notProposed': {
    en: '{id} is {status}: only a proposed match can be accepted, changed or dismissed.',
    fr: '{id} est au statut « {status} » : seule une mise en relation proposée peut être acceptée, modifiée ou écartée.',
  },
  'peers.noContact': {
    en: '{name} has no active contact with an email address: add its primary contact, then accept again.',
    fr: '{name} n’a aucun contact actif avec une adresse e-mail : ajoutez son contact principal, puis acceptez de nouveau.',
  },
  'peers.badStep': {
    en: 'Status: {id} is {status}; the next step is {next}.',
    fr: 'Statut : {id} est au statut « {status} » ; l’étape suivante est « {next} ».',
  },
  'peers.outcomeNeeded': {
    en: 'Outcome: write what changed, in the cities’ own words.',
    fr: 'Résultat : décrivez ce qui a changé, dans les mots des villes.',
  },
  'peers.offeringNeeded': {
    en: 'Offering city or partner: choose a city or partner other than the seeking city, with an ID from the Cities or Partners tab.',
    fr: 'Ville ou partenaire qui offre : choisissez une ville ou un partenaire autre que la ville demandeuse, avec un identifiant des onglets Cities ou Partners.',
  },
} as const;
