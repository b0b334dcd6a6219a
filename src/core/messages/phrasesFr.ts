// Phrases the server passes as English words, in French: the actions an access refusal names ("you cannot …")
// and the titles of sidebars and dialogs. The English phrase is the key (callers stay readable); a test finds every
// phrase in src/server and needs it here.

export const ACTIONS_FR: Readonly<Record<string, string>> = {
  'approve applications': 'approuver des candidatures',
  'archive history': 'archiver l’historique',
  'ask applicants for more information': 'demander des précisions aux candidats',
  'ask hubs to review profiles': 'demander aux hubs de vérifier des fiches',
  'change the sidebar language': 'changer la langue des panneaux',
  'deactivate contacts': 'désactiver des contacts',
  'deactivate partners': 'désactiver des partenaires',
  'deactivate this contact': 'désactiver ce contact',
  'decline applications': 'refuser des candidatures',
  'edit city profiles': 'modifier des fiches ville',
  'edit contacts': 'modifier des contacts',
  'edit partners': 'modifier des partenaires',
  'edit this city': 'modifier cette ville',
  'edit this contact': 'modifier ce contact',
  'list stale profiles': 'lister les fiches à vérifier',
  'log engagement': 'noter un échange',
  'mark city profiles reviewed': 'marquer des fiches ville comme vérifiées',
  'move contacts': 'déplacer des contacts',
  'move this contact': 'déplacer ce contact',
  'open records': 'ouvrir des fiches',
  'process form responses': 'traiter les réponses aux formulaires',
  'read city profiles': 'consulter les fiches ville',
  'read contacts': 'consulter les contacts',
  'read partners': 'consulter les partenaires',
  'read the service targets': 'consulter les objectifs de service',
  'review applications': 'examiner des candidatures',
  'search the network': 'chercher dans le réseau',
  'send application forms': 'envoyer des formulaires de candidature',
  'send the daily digest': 'envoyer le récapitulatif quotidien',
  'set up or repair the workbook': 'installer ou réparer le classeur',
  'validate the workbook': 'valider le classeur',
};

/** Titles of sidebars and dialogs (HtmlOutput.setTitle), as the server's show functions write them. */
export const TITLES_FR: Readonly<Record<string, string>> = {
  'About SCN CRM': 'À propos de SCN CRM',
  'City profile': 'Fiche ville',
  Contact: 'Contact',
  Find: 'Rechercher',
  'Log engagement': 'Noter un échange',
  'New contact': 'Nouveau contact',
  'New partner': 'Nouveau partenaire',
  Partner: 'Partenaire',
  'Review applications': 'Examen des candidatures',
  'Stale profiles': 'Fiches à vérifier',
  'Validate workbook': 'Valider le classeur',
};
