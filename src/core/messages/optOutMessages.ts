// The words of opt-out (issue 12 item 8) that staff read: why links cannot be made, what the page recorded.

export const OPT_OUT_MESSAGES = {
  'optOut.notDeployed': {
    en: 'Opt-out links: the script is not deployed as a web app, so every email’s opt-out link would be dead and the mailing cannot start. In the Apps Script editor choose Deploy › New deployment › Web app (Execute as: Me, Who has access: Anyone), then check again.',
    fr: 'Liens de désinscription : le script n’est pas déployé comme application web ; le lien de désinscription de chaque e-mail serait donc mort et l’envoi ne peut pas commencer. Dans l’éditeur Apps Script, choisissez Déployer › Nouveau déploiement › Application web (Exécuter en tant que : moi, Accès : tout le monde), puis vérifiez à nouveau.',
  },
} as const;
