// The words of the mailing sending engine (issue 12 items 6, 7, 9): starting, scheduling, sender checks, control.

export const SENDING_MESSAGES = {
  'mail.send.checkFailed': {
    en: 'The mailing cannot start: {detail}',
    fr: 'L’envoi ne peut pas commencer : {detail}',
  },
  'mail.send.senderProblem': {
    en: 'The mailing cannot start: a sender setting is wrong. {detail}',
    fr: 'L’envoi ne peut pas commencer : un réglage d’expéditeur est incorrect. {detail}',
  },
  'mail.send.badCopy': {
    en: 'Mailing CC/BCC: “{address}” is not one valid email address.',
    fr: 'Copie / copie cachée des envois : « {address} » n’est pas une adresse e-mail valide.',
  },
  'mail.gmailDraft.missing': {
    en: 'Gmail draft: there is no draft {id} in your Gmail any more; choose another one.',
    fr: 'Brouillon Gmail : il n’y a plus de brouillon {id} dans votre Gmail ; choisissez-en un autre.',
  },
  'mail.gmailDraft.unknownToken': {
    en: 'Gmail draft “{subject}”: {tokens} is not a field the CRM fills. Fix it in Gmail; known fields: {known}.',
    fr: 'Brouillon Gmail « {subject} » : {tokens} n’est pas un champ que le CRM remplit. Corrigez-le dans Gmail ; champs connus : {known}.',
  },
  'mail.gmailDraft.images': {
    en: 'Gmail draft “{subject}”: {images} inline image(s) for {refs} image reference(s) in the body; insert the images again in Gmail.',
    fr: 'Brouillon Gmail « {subject} » : {images} image(s) intégrée(s) pour {refs} référence(s) d’image dans le texte ; insérez de nouveau les images dans Gmail.',
  },
  'mail.gmailDraft.name': {
    en: 'Template name: write it on one line (at most 120 characters).',
    fr: 'Nom du modèle : écrivez-le sur une ligne (120 caractères au plus).',
  },
  'mail.gmailDraft.language': {
    en: 'Language: choose one of the workbook’s languages ({languages}).',
    fr: 'Langue : choisissez l’une des langues du classeur ({languages}).',
  },
  'mail.gmailDraft.refused': {
    en: 'This Gmail draft cannot be used: {detail}',
    fr: 'Ce brouillon Gmail ne peut pas être utilisé : {detail}',
  },
  'mail.gmailDraft.encoding': {
    en: 'Gmail draft “{subject}”: {names} cannot be copied byte for byte (not base64-encoded); attach it again in Gmail.',
    fr: 'Brouillon Gmail « {subject} » : {names} ne peut pas être copié à l’identique (pas encodé en base64) ; joignez-le de nouveau dans Gmail.',
  },
  'mail.variantImageMissing': {
    en: 'Template “{template}”, {language} variant: its HTML shows image(s) {cids} that its Files cell does not carry; make the variant again from its Gmail draft or fix its Files cell.',
    fr: 'Modèle « {template} », variante {language} : son HTML affiche la ou les images {cids} que sa cellule Files ne contient pas ; refaites la variante depuis son brouillon Gmail ou corrigez sa cellule Files.',
  },
  'mail.gmailDraft.taken': {
    en: 'Template “{name}” already has a {language} variant; choose another name or language.',
    fr: 'Le modèle « {name} » a déjà une variante {language} ; choisissez un autre nom ou une autre langue.',
  },
  'mail.gmailDraft.made': {
    en: 'The Gmail draft is now the {language} variant of template “{name}”, with {files} image(s) and attachment(s) kept as Drive files; choose that template for the mailing.',
    fr: 'Le brouillon Gmail est désormais la variante {language} du modèle « {name} », avec {files} image(s) et pièce(s) jointe(s) conservées comme fichiers Drive ; choisissez ce modèle pour l’envoi.',
  },
  'mail.send.notAlias': {
    en: 'Mailing sender address: “{address}” is not a send-as alias of {account}, the account the mailing goes from (Gmail › Settings › Accounts › Send mail as). Add the alias there or empty the setting.',
    fr: 'Adresse d’expédition des envois : « {address} » n’est pas un alias d’envoi de {account}, le compte d’où partent les envois (Gmail › Paramètres › Comptes › Envoyer des e-mails en tant que). Ajoutez l’alias ou videz le paramètre.',
  },
  'mail.send.badSenderName': {
    en: 'Sender name: write it on one line.',
    fr: 'Nom de l’expéditeur : écrivez-le sur une ligne.',
  },
  'mail.send.badSchedule': {
    en: 'Schedule at: give a date and time (dd/mm/yyyy hh:mm).',
    fr: 'Programmer : indiquez une date et une heure (jj/mm/aaaa hh:mm).',
  },
  'mail.send.scheduleInPast': {
    en: 'Schedule at: that time has passed; choose a later one or send now.',
    fr: 'Programmer : cette heure est passée ; choisissez-en une plus tardive ou envoyez maintenant.',
  },
  'mail.send.tooManyTriggers': {
    en: 'Your account already has {count} triggers for this script, the most Apps Script allows: remove one (Extensions › Apps Script › Triggers) and start again.',
    fr: 'Votre compte a déjà {count} déclencheurs pour ce script, le maximum permis par Apps Script : supprimez-en un (Extensions › Apps Script › Déclencheurs) puis recommencez.',
  },
  'mail.send.started': {
    en: 'Mailing {id} started: {queued} queued, {skipped} skipped. Expected to finish by {finish}.',
    fr: 'Envoi {id} lancé : {queued} en file, {skipped} écartés. Fin prévue vers {finish}.',
  },
  'mail.send.scheduled': {
    en: 'Mailing {id} scheduled: {queued} queued, {skipped} skipped. Expected to finish by {finish}.',
    fr: 'Envoi {id} programmé : {queued} en file, {skipped} écartés. Fin prévue vers {finish}.',
  },
  'mail.send.cannotChange': {
    en: 'Mailing {id} is {status}: that cannot be done now.',
    fr: 'L’envoi {id} est à l’état « {status} » : ce n’est pas possible maintenant.',
  },
  'mail.unknown.notUnknown': {
    en: 'Send {id} is {status}, not “to check by hand”: someone resolved it already.',
    fr: 'L’envoi {id} est à l’état « {status} », pas « à vérifier à la main » : quelqu’un l’a déjà réglé.',
  },
  'mail.unknown.notOwner': {
    en: 'Send {id}: only {owner}, whose account sends mailing {mailing}, can put it back in the queue.',
    fr: 'Envoi {id} : seul·e {owner}, dont le compte envoie l’envoi {mailing}, peut le remettre dans la file.',
  },
  'mail.unknown.badOutcome': {
    en: 'Choose “mark sent” or “put back in the queue”.',
    fr: 'Choisissez « marquer envoyé » ou « remettre dans la file ».',
  },
  'mail.unknown.markedSent': {
    en: 'Marked sent by {who}: found in the Sent folder.',
    fr: 'Marqué envoyé par {who} : trouvé dans le dossier Envoyés.',
  },
  'mail.unknown.requeued': {
    en: 'Put back in the queue by {who}: not in the Sent folder.',
    fr: 'Remis dans la file par {who} : absent du dossier Envoyés.',
  },
  'digest.unknownLine': {
    en: '• {send} – mailing “{mailing}” ({mailingId}) – {email}',
    fr: '• {send} – envoi « {mailing} » ({mailingId}) – {email}',
  },
} as const;
