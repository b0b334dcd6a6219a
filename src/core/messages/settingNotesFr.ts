// French text of the Settings tab's Notes column: setup writes each setting's note in the workbook's language.
// The Key cell stays as stored (the settings reader looks keys up by it), so the French note names the setting.

const SETTING_NOTES_FR: Readonly<Record<string, { readonly label: string; readonly note: string }>> = {
  slaWorkingDays: {
    label: 'Délai en jours ouvrés',
    note: 'Jours ouvrés pour répondre à une demande ou à une candidature (la FAQ promet 2 à 3).',
  },
  holidays: {
    label: 'Jours fériés',
    note: 'Dates non comptées comme jours ouvrés, AAAA-MM-JJ, séparées par des virgules.',
  },
  languages: {
    label: 'Langues',
    note: 'Langues de correspondance (codes) ; chaque modèle devrait exister dans chacune.',
  },
  defaultLanguage: {
    label: 'Langue par défaut',
    note: 'Utilisée quand un modèle n’a pas de version dans la langue du contact. Doit figurer dans Langues.',
  },
  topics: {
    label: 'Thèmes',
    note: 'La liste des thèmes des priorités, expertises, besoins et engagements.',
  },
  senderName: { label: 'Nom de l’expéditeur', note: 'Nom affiché comme expéditeur de chaque courriel.' },
  replyTo: { label: 'Adresse de réponse', note: 'Adresse à laquelle les réponses sont envoyées.' },
  mailingFrom: {
    label: 'Adresse d’envoi des envois groupés',
    note: 'L’adresse From des envois groupés : un alias d’envoi du compte qui les lance (vide : ce compte).',
  },
  mailingCc: {
    label: 'Copie des envois groupés',
    note: 'En copie de chaque message d’un envoi groupé (chaque copie compte dans le quota quotidien).',
  },
  mailingBcc: {
    label: 'Copie cachée des envois groupés',
    note: 'En copie cachée de chaque message d’un envoi groupé (chaque copie compte dans le quota quotidien).',
  },
  termsOfReferenceUrl: {
    label: 'Lien du mandat',
    note: 'Envoyé aux nouveaux membres avec le courriel de bienvenue.',
  },
  onlineHubUrl: {
    label: 'Lien de l’Online Hub',
    note: 'L’Online Hub des membres, envoyé avec le courriel de bienvenue.',
  },
  staleProfileDays: {
    label: 'Jours avant qu’un profil soit ancien',
    note: 'Un profil de ville non revu depuis ce nombre de jours est signalé comme ancien.',
  },
  engagedWithinDays: {
    label: 'Engagés depuis (jours)',
    note: 'Fenêtre de l’indicateur « membres engagés récemment » du tableau de bord.',
  },
  digestRecipients: {
    label: 'Destinataires du résumé',
    note: 'Qui reçoit le résumé quotidien des éléments en retard ; vide : chaque coordinateur.',
  },
  mailDailyReserve: {
    label: 'Réserve quotidienne de courriels',
    note: 'Courriels du quota quotidien gardés pour les accusés de réception et les résumés ; les envois groupés s’arrêtent avant.',
  },
  archiveAfterMonths: {
    label: 'Archiver après (mois)',
    note: 'Les lignes Engagements, Sends et Audit plus anciennes passent dans les classeurs d’archive annuels (Données › Archiver l’historique).',
  },
  archiveCellBudget: {
    label: 'Budget de cellules de l’archive',
    note: 'Si la grille du classeur (lignes × colonnes de chaque onglet) dépasse encore ce nombre de cellules après l’archivage, Archiver l’historique archive des mois de plus, jusqu’au minimum de mois. La limite de Google est de 10 000 000.',
  },
  archiveMinMonths: {
    label: 'Mois minimum avant archivage',
    note: 'Le budget de cellules n’archive jamais l’historique plus récent que ce nombre de mois ; s’il est encore dépassé, l’exécution le signale à un administrateur.',
  },
  archiveFolder: {
    label: 'Dossier d’archive',
    note: 'Le dossier Drive (par son nom) où sont créés les classeurs d’archive annuels ; créé s’il manque.',
  },
  snapshotFolder: {
    label: 'Dossier des instantanés',
    note: 'Le dossier Drive (par son nom) où va la copie hebdomadaire de ce classeur ; vide : pas d’instantané. Le dossier n’est pas créé : créez-le et partagez-le comme vous le souhaitez.',
  },
  snapshotsKept: {
    label: 'Instantanés conservés',
    note: 'Nombre d’instantanés hebdomadaires gardés dans le dossier ; les plus anciens faits par le CRM vont à la corbeille (jamais d’autres fichiers).',
  },
  privacyNoticeUrl: {
    label: 'Lien vers la politique de confidentialité',
    note: 'La politique de confidentialité du réseau, en lien dans les formulaires de demande et de candidature (https).',
  },
  keepClosedApplicationsMonths: {
    label: 'Conserver les candidatures refusées ou abandonnées (mois)',
    note: 'Les candidatures refusées, retirées ou abandonnées plus anciennes sont proposées à l’anonymisation par la tâche de conservation.',
  },
  eventReminderDays: {
    label: 'Rappel d’événement (jours avant)',
    note: 'Les tâches quotidiennes envoient un rappel à chaque participant inscrit ou confirmé ce nombre de jours avant un événement (0 : aucun rappel).',
  },
  keepInactiveContactsMonths: {
    label: 'Conserver les contacts inactifs (mois)',
    note: 'Les contacts inactifs (partis de leur fonction, sans échange) depuis plus longtemps sont proposés à l’anonymisation.',
  },
  keepRawResponsesMonths: {
    label: 'Conserver les réponses brutes des formulaires (mois)',
    note: 'Les réponses brutes plus anciennes sont proposées à l’anonymisation une fois enregistrées.',
  },
  keepEventTravelDays: {
    label: 'Conserver les données de voyage des événements (jours)',
    note: 'Jours après la fin d’un événement avant que les tâches quotidiennes effacent le voyage, le visa et les besoins de ses participants (rôle, statut et présence restent).',
  },
  peerWeightTopic: {
    label: 'Poids pair : thème',
    note: 'Points quand l’autre partie a une pratique ou une expertise sur le thème du besoin (mise en relation entre pairs).',
  },
  peerWeightPriority: {
    label: 'Poids pair : priorité',
    note: 'Points pour un besoin de priorité haute (moyenne : 60 %, basse : 30 %).',
  },
  peerWeightRecency: {
    label: 'Poids pair : fraîcheur',
    note: 'Points pour un besoin relevé dans les 12 derniers mois, jusqu’à zéro à 36 mois.',
  },
  peerWeightLanguage: {
    label: 'Poids pair : langue commune',
    note: 'Points quand les deux parties travaillent dans une langue commune (aucun quand une interprétation est nécessaire).',
  },
  peerWeightHub: {
    label: 'Poids pair : même hub',
    note: 'Points quand les deux villes sont dans le même hub (un partenaire : dans le même pays).',
  },
  peerWeightSize: {
    label: 'Poids pair : taille comparable',
    note: 'Points pour des villes de population comparable (la plus petite sur la plus grande).',
  },
  peerPenaltyRecent: {
    label: 'Pénalité pair : déjà rencontrés ou mis en relation',
    note: 'Points retirés à une paire qui a tenu un échange entre pairs dans la fenêtre ou a été mise en relation avant elle.',
  },
  peerPenaltyDays: {
    label: 'Fenêtre de pénalité pair (jours)',
    note: 'Une paire mise en relation ou écartée depuis moins de jours n’est pas reproposée ; un échange entre pairs dans la fenêtre coûte la pénalité.',
  },
  peerCapacity: {
    label: 'Échanges par partie qui offre',
    note: 'Nombre de mises en relation ouvertes (proposées, faites, échange tenu) qu’une ville ou un partenaire qui offre accepte à la fois.',
  },
  peerFollowUpDays: {
    label: 'Jours avant le suivi d’une mise en relation',
    note: 'La date de suivi fixée sur une mise en relation à l’envoi de la présentation.',
  },
  contactReconfirmDays: {
    label: 'Jours avant de relancer une reconfirmation de contact',
    note: 'Un contact encore à reconfirmer après un changement politique, ce nombre de jours plus tard, est listé pour son hub.',
  },
};

/** A setting's Notes cell in French, naming the setting; undefined when no French text exists yet. */
export function settingNoteFr(field: string): string | undefined {
  const t = SETTING_NOTES_FR[field];
  return t === undefined ? undefined : `${t.label} : ${t.note}`;
}
