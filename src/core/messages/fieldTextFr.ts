// French labels and help notes of the fields people see in sidebars (keys are `Tab.field`; the tab headers are English).

import {
  EVENT_LABELS_FR,
  EVENT_NOTES_FR,
  PARTICIPANT_LABELS_FR,
  PARTICIPANT_NOTES_FR,
} from './eventFieldsFr';

/** The notes every table shares on its bookkeeping columns. */
export const BOOKKEEPING_NOTES: Readonly<Record<string, string>> = {
  createdAt: 'Renseigné par le module à la création de la ligne.',
  updatedAt: 'Renseigné par le module à chaque enregistrement.',
  updatedBy: 'Auteur du dernier enregistrement.',
  version:
    'Version de la ligne, augmentée de 1 à chaque enregistrement. Un enregistrement fait depuis une version plus ancienne est refusé.',
  lastRequest:
    'Renseigné par le module : l’identifiant du dernier enregistrement depuis un panneau appliqué à cette ligne, pour qu’un nouvel essai ne soit pas appliqué deux fois.',
};

const BOOKKEEPING_LABELS: Readonly<Record<string, string>> = {
  createdAt: 'Créé le',
  updatedAt: 'Modifié le',
  updatedBy: 'Modifié par',
  version: 'Version',
  lastRequest: 'Dernière requête',
};

export const idNote = (example: string) =>
  `Renseigné par le module (${example}). Ne modifiez ni ne réutilisez jamais un identifiant.`;

function withBookkeeping(
  tab: string,
  entries: Record<string, string>,
  source: Readonly<Record<string, string>>,
) {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(entries)) out[`${tab}.${key}`] = value;
  for (const [key, value] of Object.entries(source)) out[`${tab}.${key}`] = value;
  return out;
}

const TABLES_SHOWN = [
  'Cities',
  'Contacts',
  'Partners',
  'Applications',
  'Engagements',
  'Needs',
  'Events',
  'Participants',
];

export const FIELD_LABELS_FR: Readonly<Record<string, string>> = Object.assign(
  {},
  withBookkeeping(
    'Cities',
    {
      id: 'Identifiant de la ville',
      name: 'Nom',
      localName: 'Nom local',
      country: 'Pays',
      hubId: 'Hub',
      status: 'Statut d’adhésion',
      statusChangedOn: 'Statut modifié le',
      joinedOn: 'Membre depuis le',
      population: 'Population',
      languages: 'Langues',
      priorities: 'Priorités',
      expertise: 'Expertise',
      peerCapacity: 'Échanges entre pairs accueillis',
      website: 'Site web',
      profileReviewedOn: 'Fiche vérifiée le',
      notes: 'Notes',
    },
    BOOKKEEPING_LABELS,
  ),
  withBookkeeping(
    'Contacts',
    {
      id: 'Identifiant du contact',
      orgId: 'Identifiant de la ville ou du partenaire',
      name: 'Nom',
      title: 'Fonction',
      category: 'Catégorie',
      email: 'E-mail',
      phone: 'Téléphone',
      language: 'Langue préférée',
      primary: 'Contact principal',
      activeFrom: 'Actif depuis le',
      activeTo: 'Actif jusqu’au',
      lawfulBasis: 'Base légale',
      lawfulBasisOn: 'Date de la base légale',
      lawfulBasisSource: 'Origine de la base légale',
      newsletterConsent: 'Consentement à la lettre d’information',
      newsletterConsentOn: 'Date du consentement',
      newsletterConsentSource: 'Origine du consentement',
      optedOut: 'Désinscrit',
      optedOutOn: 'Désinscrit le',
      reconfirmSince: 'À reconfirmer depuis le',
      confirmedOn: 'Confirmé le',
      notes: 'Notes',
    },
    BOOKKEEPING_LABELS,
  ),
  withBookkeeping(
    'Partners',
    {
      id: 'Identifiant du partenaire',
      name: 'Nom',
      type: 'Type',
      country: 'Pays',
      expertise: 'Expertise',
      website: 'Site web',
      activeTo: 'Actif jusqu’au',
      notes: 'Notes',
    },
    BOOKKEEPING_LABELS,
  ),
  withBookkeeping(
    'Applications',
    {
      id: 'Identifiant de la candidature',
      stage: 'Étape',
      dueBy: 'Échéance',
      enquiryReceivedAt: 'Demande reçue le',
      formSentAt: 'Formulaire de candidature envoyé le',
      applicationReceivedAt: 'Candidature reçue le',
      reviewStartedAt: 'Examen commencé le',
      moreInfoRequestedAt: 'Précisions demandées le',
      approvedAt: 'Approuvée le',
      declinedAt: 'Refusée le',
      withdrawnAt: 'Retirée le',
      cityName: 'Ville',
      country: 'Pays',
      submitterName: 'Nom de la personne qui dépose',
      submitterEmail: 'E-mail de la personne qui dépose',
      submitterPosition: 'Fonction de la personne qui dépose',
      language: 'Langue préférée',
      enquiryMessage: 'Message de la demande',
      newsletterConsent: 'Consentement à la lettre d’information',
      newsletterConsentOn: 'Date du consentement',
      pointsOfContact: 'Points de contact',
      background: 'Contexte',
      priorityTopics: 'Thèmes prioritaires',
      languages: 'Langues',
      principlesAccepted: 'Principes acceptés',
      enquiryResponseId: 'Identifiant de la réponse (demande)',
      applicationResponseId: 'Identifiant de la réponse (candidature)',
      cityId: 'Identifiant de la ville',
      hubId: 'Hub',
      assignedTo: 'Attribuée à',
      duplicateOf: 'Doublon de',
      issuesFound: 'Problèmes relevés',
      decisionReason: 'Motif de la décision',
      notes: 'Notes',
    },
    BOOKKEEPING_LABELS,
  ),
  withBookkeeping(
    'Engagements',
    {
      id: 'Identifiant de l’échange',
      date: 'Date',
      type: 'Type',
      cityIds: 'Villes',
      contactIds: 'Contacts',
      partnerIds: 'Partenaires',
      staffIds: 'Personnel',
      topics: 'Thèmes',
      summary: 'Résumé',
      followUpOn: 'Relance le',
      followUpDone: 'Relance faite',
      source: 'Source',
      sourceRef: 'Référence de la source',
      eventId: 'Événement',
    },
    BOOKKEEPING_LABELS,
  ),
  withBookkeeping(
    'Needs',
    {
      id: 'Identifiant du besoin',
      cityId: 'Ville',
      topic: 'Thème',
      priority: 'Priorité',
      description: 'Description',
      surveyedOn: 'Recueilli le',
      source: 'Source',
      status: 'Statut',
      supportWanted: 'Soutien souhaité',
      sourceRef: 'Référence de la source',
    },
    BOOKKEEPING_LABELS,
  ),
  withBookkeeping('Events', EVENT_LABELS_FR, BOOKKEEPING_LABELS),
  withBookkeeping('Participants', PARTICIPANT_LABELS_FR, BOOKKEEPING_LABELS),
);

export const FIELD_NOTES_FR: Readonly<Record<string, string>> = Object.assign(
  {},
  ...TABLES_SHOWN.map((tab) => withBookkeeping(tab, {}, BOOKKEEPING_NOTES)),
  {
    'Cities.id': idNote('CTY-000123'),
    'Cities.name': 'Nom en anglais (alphabet latin).',
    'Cities.localName': 'Nom dans sa propre langue et son écriture, p. ex. en arabe ou en cyrillique.',
    'Cities.hubId': 'Identifiant du hub ; Management Unit pour les villes hors hub.',
    'Cities.joinedOn': 'Date de confirmation de l’adhésion.',
    'Cities.languages': 'Langues de travail avec le réseau (codes).',
    'Cities.priorities': 'Thèmes sur lesquels la ville veut travailler.',
    'Cities.expertise': 'Thèmes sur lesquels la ville peut partager sa pratique.',
    'Cities.peerCapacity':
      'Échanges entre pairs que la ville peut accueillir à la fois (0 : aucun pour l’instant) ; vide : Paramètres › Échanges par partie qui offre.',
    'Cities.profileReviewedOn': 'Dernière vérification de la fiche avec le hub.',
    'Contacts.id': idNote('CON-000123'),
    'Contacts.title': 'Intitulé du poste ou fonction.',
    'Contacts.email': 'Utilisé pour tous les envois ; les doublons sont signalés.',
    'Contacts.phone': 'Format international, p. ex. +44 20 7946 0000.',
    'Contacts.primary': 'La personne qui suit la relation avec la ville.',
    'Contacts.activeTo': 'À renseigner quand la personne quitte sa fonction.',
    'Contacts.lawfulBasis': 'Fondement du traitement de ces données personnelles.',
    'Applications.newsletterConsent':
      'Réponse de l’auteur à la question des formulaires sur la lettre d’information ; recopiée sur son contact à l’approbation.',
    'Applications.newsletterConsentOn': 'Date de la dernière réponse de l’auteur à cette question.',
    'Contacts.lawfulBasisOn': 'Date à laquelle la base légale a été enregistrée.',
    'Contacts.lawfulBasisSource':
      'D’où vient la base légale : une réponse à un formulaire, une importation, un coordinateur.',
    'Contacts.newsletterConsent':
      'Réponse à la question sur la lettre d’information. Les contacts fondés sur le consentement ne la reçoivent que s’il est donné.',
    'Contacts.newsletterConsentOn': 'Date à laquelle le consentement a été donné ou refusé.',
    'Contacts.newsletterConsentSource':
      'D’où vient le consentement : une réponse à un formulaire, un coordinateur.',
    'Contacts.optedOut': 'Coché : ne reçoit aucun envoi groupé.',
    'Contacts.reconfirmSince':
      'Renseigné quand un changement politique demande de reconfirmer ce contact ; effacé une fois confirmé.',
    'Contacts.confirmedOn': 'Date de la dernière confirmation de la personne dans sa fonction.',
    'Partners.id': idNote('PTN-000123'),
    'Partners.country': 'Siège ; vide pour les organisations mondiales.',
    'Partners.activeTo':
      'À renseigner quand le partenariat prend fin (panneau Partenaire › Désactiver le partenaire) ; ses contacts sont terminés aussi.',
    'Applications.id': idNote('APP-000123'),
    'Applications.dueBy':
      'Date à laquelle le réseau doit répondre : les jours ouvrés du délai (Settings) après la dernière étape, hors week-ends et jours fériés.',
    'Applications.enquiryReceivedAt': 'Renseigné par le module à l’arrivée de la demande.',
    'Applications.formSentAt': 'Renseigné par le module à l’envoi du lien du formulaire de candidature.',
    'Applications.applicationReceivedAt': 'Renseigné par le module à l’arrivée du formulaire de candidature.',
    'Applications.reviewStartedAt':
      'Renseigné par le module quand une personne ouvre la candidature pour l’examiner.',
    'Applications.moreInfoRequestedAt': 'Renseigné par le module quand des précisions sont demandées.',
    'Applications.approvedAt': 'Renseigné par le module à l’approbation.',
    'Applications.declinedAt': 'Renseigné par le module au refus.',
    'Applications.withdrawnAt': 'Renseigné par le module quand le candidat se retire.',
    'Applications.cityName': 'Tel qu’écrit par le candidat.',
    'Applications.pointsOfContact':
      '2 ou 3 personnes : nom, e-mail, fonction, catégorie, téléphone, langue. Idéalement une au cabinet du maire ou dans l’équipe des politiques publiques et un praticien.',
    'Applications.background': 'Bref contexte des enjeux de la ville et de ses approches.',
    'Applications.principlesAccepted':
      'Les principes du réseau auxquels le candidat s’engage ; tous sont nécessaires pour l’approbation.',
    'Applications.enquiryResponseId':
      'Identifiant de la réponse au formulaire de demande : une réponse déjà enregistrée n’est jamais traitée deux fois.',
    'Applications.applicationResponseId': 'Identifiant de la réponse au formulaire de candidature.',
    'Applications.cityId': 'La ville concernée par cette candidature, une fois connue.',
    'Applications.duplicateOf': 'Renseigné quand cette candidature en répète une plus ancienne.',
    'Applications.issuesFound': 'Problèmes de validation relevés à l’arrivée.',
    'Applications.decisionReason': 'Motif du refus, ou précisions demandées.',
    'Engagements.id': idNote('ENG-000123'),
    'Engagements.cityIds': 'Identifiants des villes, séparés par des virgules.',
    'Engagements.contactIds': 'Identifiants des contacts, séparés par des virgules.',
    'Engagements.staffIds': 'Les personnes du réseau qui y ont pris part.',
    'Engagements.summary': 'Ce qui a été discuté, convenu ou envoyé.',
    'Engagements.sourceRef': 'Envoi groupé, envoi, événement ou lien externe d’où vient cette ligne.',
    'Needs.id': idNote('NED-000123'),
    'Needs.supportWanted': 'Le type d’aide que la ville demande.',
    'Needs.sourceRef': 'La réponse à l’enquête (SUR-…), la candidature ou la réunion d’où vient cette ligne.',
    'Events.id': idNote('EVT-000123'),
    'Participants.id': idNote('PAR-000123'),
  },
  withBookkeeping('Events', {}, EVENT_NOTES_FR),
  withBookkeeping('Participants', {}, PARTICIPANT_NOTES_FR),
);

/** The tabs whose every column label and note has a French text (the sidebars show them). */
export const TABS_WITH_FRENCH_FIELDS: readonly string[] = TABLES_SHOWN;
