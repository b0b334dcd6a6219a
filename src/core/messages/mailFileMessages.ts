// The words of a mailing's Drive files (issue 12 item 5): what stops the mailing before its first send.

export const MAIL_FILE_MESSAGES = {
  'mail.file.unreadable': {
    en: 'Attachments: the Drive file {id} cannot be opened with your account (deleted, or not shared with you).',
    fr: 'Pièces jointes : le fichier Drive {id} ne peut pas être ouvert avec votre compte (supprimé, ou non partagé avec vous).',
  },
  'mail.file.googleType': {
    en: 'Attachments: “{name}” is a Google Docs, Sheets or Slides file; insert its link instead of attaching it.',
    fr: 'Pièces jointes : « {name} » est un fichier Google Docs, Sheets ou Slides ; insérez son lien au lieu de le joindre.',
  },
  'mail.file.tooLarge': {
    en: 'Attachments: {total} in all, over Gmail’s limit of 25 MB per message. Attach fewer files, or insert links instead.',
    fr: 'Pièces jointes : {total} au total, au-delà de la limite de Gmail de 25 Mo par message. Joignez moins de fichiers, ou insérez des liens.',
  },
  'mail.file.tooMany': {
    en: 'Attachments: {count} files, over the limit of 250 per message.',
    fr: 'Pièces jointes : {count} fichiers, au-delà de la limite de 250 par message.',
  },
  'mail.file.notShared': {
    en: 'Links: “{name}” is not shared with {n} recipient(s), who could not open it: {emails}. Share it (e.g. anyone with the link can view) or leave them out.',
    fr: 'Liens : « {name} » n’est pas partagé avec {n} destinataire(s), qui ne pourraient pas l’ouvrir : {emails}. Partagez-le (par ex. tous les utilisateurs disposant du lien peuvent consulter) ou retirez-les.',
  },
  'mail.file.badReference': {
    en: 'Drive file: paste the file’s link (https://drive.google.com/…) or its ID.',
    fr: 'Fichier Drive : collez le lien du fichier (https://drive.google.com/…) ou son identifiant.',
  },
} as const;
