// French header notes of the tabs sidebars do not show (Hubs, Staff, Needs, Mailings, Sends, Audit…): setup writes
// each header's note in the workbook's language (fieldNote in display.ts looks here after fieldTextFr.ts).

import { BOOKKEEPING_NOTES, idNote } from './fieldTextFr';

const ID_NOTE = /^Set by the add-on \(([A-Z]+-\d+)\)\. Never edit or reuse an id\.$/;

const NOTES_FR: Readonly<Record<string, string>> = {
  'Hubs.countries': 'Pays couverts, séparés par des virgules.',
  'Hubs.leadStaffId': 'Identifiant Staff du responsable du hub.',
  'Staff.email': 'Compte Google utilisé pour ouvrir le classeur.',
  'Staff.role':
    'admin : réglages et rôles ; coordinator : tout le reste ; hub : son hub ; comms : envois groupés ; viewer : lecture seule.',
  'Staff.hubId': 'Obligatoire pour le personnel d’un hub.',
  'Matches.offeringPartnerId': 'Quand c’est un partenaire, et non une ville, qui offre le soutien.',
  'Matches.score': '0 à 100 ; voir Justification.',
  'Matches.rationale': 'Pourquoi ces deux-là : besoins face à l’expertise, hub, langue, contexte.',
  'Matches.scoreBreakdown':
    'Points par critère (thème, priorité, fraîcheur, langue, hub, taille, répétition) ; leur somme donne le score.',
  'Matches.language': 'La langue de travail des deux parties ; vide quand une interprétation est nécessaire.',
  'Matches.decisionReason':
    'Pourquoi la coordination a modifié ou écarté la suggestion ; une paire écartée n’est pas reproposée pendant la fenêtre de pénalité.',
  'Matches.followUpOn': 'Fixée à l’envoi de la mise en contact.',
  'Matches.outcome': 'Ce qui a changé, dans les mots des villes.',
  'Offers.description': 'La pratique, le programme ou l’approche proposés.',
  'Offers.sinceYear': 'L’année où la pratique a commencé.',
  'Offers.languages': 'Langues dans lesquelles la pratique peut être partagée.',
  'Offers.sourceRef': 'La réponse à l’enquête (SUR-…) ou l’entretien d’où vient cette ligne.',
  'Offers.status': 'Les offres retirées ne sont plus proposées aux rapprochements.',
  'Surveys.responseId':
    'La réponse au formulaire que cette ligne enregistre : une réponse déjà enregistrée n’est jamais traitée deux fois.',
  'Surveys.cityId': 'La ville dont parle la réponse, une fois connue.',
  'Surveys.needIds': 'Les lignes de Needs ajoutées par cette réponse.',
  'Surveys.offerIds': 'Les lignes d’Offers ajoutées par cette réponse.',
  'Surveys.issuesFound': 'Problèmes relevés à l’arrivée, à résoudre par une personne.',
  'Follow-ups.owner': 'Le membre du personnel (son e-mail dans Staff) qui s’en charge.',
  'Follow-ups.recordId':
    'L’échange, la candidature, la mise en relation, l’événement ou l’élément de veille auquel ce suivi se rattache.',
  'Follow-ups.snoozedUntil': 'N’apparaît pas comme dû avant ce jour.',
  'Watch.date': 'Quand cela a lieu ou a eu lieu ; les élections peuvent être à venir.',
  'Templates.key':
    'Renseigné par l’installation sur les lignes des e-mails que le CRM envoie de lui-même (p. ex. enquiryAcknowledgement) : modifiez leur texte, gardez cette clé.',
  'Templates.subject': 'Peut utiliser {{Champ}} et {{Champ|valeur par défaut}}. Sans retour à la ligne.',
  'Templates.body':
    'Le corps en texte brut, avec des jetons {{Champ}} ; une ligne vide sépare les paragraphes. Sert aussi de corps HTML quand celui-ci est vide.',
  'Templates.htmlBody':
    'Corps HTML facultatif avec des jetons {{Champ}} (les valeurs sont échappées, les retours à la ligne deviennent <br>). Vide : fait à partir du corps.',
  'Templates.files':
    'Images intégrées et pièces jointes de cette variante (issues d’un brouillon Gmail), gardées comme fichiers Drive : [{"fileId": "…", "name": "…", "cid": "…" pour une image intégrée, ou null pour une pièce jointe}].',
  'Mailings.templateName': 'Nom du modèle ; la variante suit la langue de chaque destinataire.',
  'Mailings.audience': 'Filtre : statut, hub, pays, catégorie, langue, thèmes, événement.',
  'Mailings.engagementType': 'Type d’échange enregistré pour chaque destinataire.',
  'Mailings.attachments':
    'Fichiers Drive joints ou en lien dans chaque message : [{"fileId": "…", "use": "attach" ou "link"}].',
  'Sends.status':
    '« unknown » : l’envoi s’est arrêté en cours ; vérifiez le dossier des messages envoyés. Jamais renvoyé automatiquement.',
  'Suppressions.email':
    'L’adresse à ne jamais écrire. Vide seulement quand le motif est « erased » : l’empreinte la remplace.',
  'Suppressions.source': 'Envoi groupé, envoi ou formulaire d’où vient l’exclusion.',
  'Suppressions.addressHash':
    'Renseigné par le module : SHA-256 (hexadécimal) de l’adresse sans espaces, en minuscules. Gardée quand l’adresse est effacée, pour ne plus jamais lui écrire.',
  'Audit.changes': 'Champ → [avant, après].',
  'Settings.key': 'Ne renommez pas les clés.',
  'Settings.value': 'Les listes sont séparées par des virgules ; les dates au format AAAA-MM-JJ.',
  'History summary.archiveYears': 'Années des archives qui contiennent les lignes, par ex. 2021, 2022.',
  'Indicators.definition':
    'Ce que le chiffre signifie, en mots, comme un rapport aux bailleurs le définirait.',
  'Indicators.computation':
    'Le calcul qui produit le chiffre ; la définition doit dire la même chose en mots.',
  'Indicators.parameter':
    'Jours pour les fenêtres d’échanges, jours ouvrés pour les délais de réponse ; vide : la valeur de Settings.',
  'Indicators.baseline': 'La valeur de départ de l’indicateur.',
  'Indicators.target': 'La valeur visée à la fin de la période.',
  'Indicators.hubId':
    'L’identifiant d’un pôle pour ne compter que lui ; vide : tous les pôles (ou celui choisi sur le Dashboard).',
  'Indicators.hidden': 'Cochez pour garder la définition sans l’afficher sur le Dashboard.',
};

/** The French note of any tab's column: its own entry, the shared bookkeeping notes, or the id note. */
export function sheetNoteFr(tab: string, key: string, note: string): string | undefined {
  const own = NOTES_FR[`${tab}.${key}`];
  if (own) return own;
  if (BOOKKEEPING_NOTES[key] && note !== '') return BOOKKEEPING_NOTES[key];
  const id = ID_NOTE.exec(note);
  return id ? idNote(id[1]!) : undefined;
}
