// The words of events (issue 16): refusals naming the field, and what the event actions report.

export const EVENT_MESSAGES = {
  'events.notFound': {
    en: 'No event {id} in the Events tab.',
    fr: 'Aucun événement {id} dans l’onglet Events.',
  },
  'events.participantNotFound': {
    en: 'No participant {id} in the Participants tab.',
    fr: 'Aucun participant {id} dans l’onglet Participants.',
  },
  'events.endsBeforeStart': {
    en: 'Ends on: {end} is before the first day, {start}.',
    fr: 'Fin le : le {end} précède le premier jour, le {start}.',
  },
  'events.badTimeZone': {
    en: 'Time zone: "{value}" is not a time zone name such as Europe/London.',
    fr: 'Fuseau horaire : « {value} » n’est pas un nom de fuseau comme Europe/London.',
  },
  'events.badBudget': {
    en: 'Budget: line {n} needs a name and a planned amount as a number (the actual amount, if given, a number too).',
    fr: 'Budget : la ligne {n} doit avoir un nom et un montant prévu en chiffres (le montant réel, s’il est donné, aussi).',
  },
  'events.whoNeeded': {
    en: 'Contact: choose a contact, or give an external person’s name and email.',
    fr: 'Contact : choisissez un contact, ou donnez le nom et l’e-mail d’une personne extérieure.',
  },
  'events.alreadyListed': {
    en: 'Contact: {name} is already a participant of this event ({id}).',
    fr: 'Contact : {name} participe déjà à cet événement ({id}).',
  },
  'events.departsBeforeArrival': {
    en: 'Departs on: {departs} is before the arrival, {arrives}.',
    fr: 'Départ le : le {departs} précède l’arrivée, le {arrives}.',
  },
  'events.noRegistrationForm': {
    en: 'This event has no registration form yet: create it from the Event sidebar first.',
    fr: 'Cet événement n’a pas encore de formulaire d’inscription : créez-le d’abord depuis le panneau Événement.',
  },
  'events.unknownReference': {
    en: 'Registration reference "{reference}" is not a participant of this event: recorded as a new external participant; check whether it repeats someone.',
    fr: 'La référence d’inscription « {reference} » n’est pas un participant de cet événement : enregistrée comme nouveau participant extérieur ; vérifiez qu’elle ne fait pas doublon.',
  },
  'events.waitListed': {
    en: 'The event is full: placed on the wait list.',
    fr: 'L’événement est complet : placé en liste d’attente.',
  },
  'events.promoted': {
    en: 'Moved from the wait list to registered when a place was given up.',
    fr: 'Passé de la liste d’attente à inscrit quand une place s’est libérée.',
  },
  'events.letterNotTrashed': {
    en: 'Retention: the visa letter {url} could not be moved to the bin ({reason}); delete it by hand.',
    fr: 'Conservation : la lettre de visa {url} n’a pas pu être mise à la corbeille ({reason}) ; supprimez-la à la main.',
  },
} as const;
