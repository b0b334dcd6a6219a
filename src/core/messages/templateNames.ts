// The names people see for the built-in email templates (code keeps the keys, e.g. enquiryAcknowledgement);
// English is each template's own name in sheets-templates/emails (a test holds them equal).

import type { Bilingual } from './catalogue';

export const TEMPLATE_NAMES: Readonly<Record<string, Bilingual>> = {
  enquiryAcknowledgement: { en: 'Enquiry acknowledgement', fr: 'Accusé de réception de la demande' },
  applicationInvitation: {
    en: 'Application form invitation',
    fr: 'Invitation à remplir le formulaire de candidature',
  },
  applicationAcknowledgement: {
    en: 'Application acknowledgement',
    fr: 'Accusé de réception de la candidature',
  },
  moreInformationRequest: { en: 'More information request', fr: 'Demande de précisions' },
  decline: { en: 'Application declined', fr: 'Candidature refusée' },
  welcome: { en: 'Welcome to the network', fr: 'Bienvenue dans le réseau' },
  dailyDigest: { en: 'Daily digest', fr: 'Récapitulatif quotidien' },
  followUpDigest: { en: 'Daily follow-ups', fr: 'Suivis du jour' },
  peerIntroduction: { en: 'Peer-learning introduction', fr: 'Mise en relation entre pairs' },
  meetingInvitation: { en: 'Member meeting invitation', fr: 'Invitation aux réunions de membres' },
  eventReminder: { en: 'Event reminder', fr: 'Rappel d’événement' },
  eventPlaceOffered: {
    en: 'Event place offered from the wait list',
    fr: 'Place proposée depuis la liste d’attente',
  },
};
