// The words of dissemination (issue 12): mailing drafts, the check before sending, audiences, previews and test sends.

export const MAIL_MESSAGES = {
  'mail.draft.name': {
    en: 'Name: write the mailing’s name on one line (at most 160 characters).',
    fr: 'Nom : écrivez le nom de l’envoi sur une ligne (160 caractères au plus).',
  },
  'mail.draft.templateName': {
    en: 'Template: choose one of the templates of the Templates tab.',
    fr: 'Modèle : choisissez l’un des modèles de l’onglet Templates.',
  },
  'mail.draft.audience': {
    en: 'Audience: the filters could not be read; choose them again.',
    fr: 'Destinataires : les filtres n’ont pas pu être lus ; choisissez-les à nouveau.',
  },
  'mail.draft.attachments': {
    en: 'Attachments: a file could not be read; choose the Drive files again.',
    fr: 'Pièces jointes : un fichier n’a pas pu être lu ; choisissez à nouveau les fichiers Drive.',
  },
  'mail.draft.version': {
    en: 'Saved draft: its version could not be read; reopen the draft and start again.',
    fr: 'Brouillon enregistré : sa version n’a pas pu être lue ; rouvrez le brouillon et relancez l’envoi.',
  },
  'mail.noTemplate': {
    en: 'Template “{name}”: no active row of that name in the Templates tab.',
    fr: 'Modèle « {name} » : aucune ligne active de ce nom dans l’onglet Templates.',
  },
  'mail.unknownToken': {
    en: 'Template “{template}” ({language}): {tokens} is not a field the CRM fills, so the mailing cannot start. Fix the token in the Templates tab; known fields: {known}.',
    fr: 'Modèle « {template} » ({language}) : {tokens} n’est pas un champ que le CRM remplit ; l’envoi ne peut donc pas commencer. Corrigez ce champ dans l’onglet Templates ; champs connus : {known}.',
  },
  'mail.variantBroken': {
    en: 'Template “{template}” ({language}) cannot be used: {detail}',
    fr: 'Le modèle « {template} » ({language}) ne peut pas être utilisé : {detail}',
  },
  'mail.requiredEmpty': {
    en: '{name} <{email}> ({language}): {tokens} would be empty and has no fallback. Fill it in, add a fallback ({{Field|…}}) or leave this contact out.',
    fr: '{name} <{email}> ({language}) : {tokens} serait vide et n’a pas de valeur de repli. Complétez-le, ajoutez une valeur de repli ({{Field|…}}) ou retirez ce contact.',
  },
  'mail.noVariant': {
    en: '{name} <{email}>: the template has no variant in their language, their city’s languages or English.',
    fr: '{name} <{email}> : le modèle n’a de variante ni dans sa langue, ni dans celles de sa ville, ni en anglais.',
  },
  'mail.headerUnsafe': {
    en: '{name} <{email}>: a field would put a line break in the subject, which is refused.',
    fr: '{name} <{email}> : un champ mettrait un saut de ligne dans l’objet, ce qui est refusé.',
  },
  'mail.noRecipients': {
    en: 'Nobody would receive this mailing: the audience is empty.',
    fr: 'Personne ne recevrait cet envoi : la liste des destinataires est vide.',
  },
  'mail.ready': {
    en: 'Ready to send: {n} recipient(s), each one rendered in their variant.',
    fr: 'Prêt à l’envoi : {n} destinataire(s), chacun rendu dans sa variante.',
  },
  'mail.notInAudience': {
    en: '{id} is not among this mailing’s recipients.',
    fr: '{id} ne fait pas partie des destinataires de cet envoi.',
  },
  'mail.noVariantIn': {
    en: 'Template “{template}” has no usable variant in {language}.',
    fr: 'Le modèle « {template} » n’a pas de variante utilisable en {language}.',
  },
  'mail.previewBlocked': {
    en: 'This recipient cannot be rendered: {detail}',
    fr: 'Ce destinataire ne peut pas être rendu : {detail}',
  },
  'mail.noOwnAddress': {
    en: 'Google does not tell the script your address, so the test cannot be sent to you.',
    fr: 'Google ne communique pas votre adresse au script : le test ne peut donc pas vous être envoyé.',
  },
  'mail.testSent': {
    en: 'Test sent to {to} ({language}).',
    fr: 'Test envoyé à {to} ({language}).',
  },
  'mail.testFailed': {
    en: 'The test email was not sent: {error}',
    fr: 'L’e-mail de test n’a pas été envoyé : {error}',
  },
  'mail.savedListMissing': {
    en: 'Saved list: there is no mailing {id}.',
    fr: 'Liste enregistrée : il n’y a pas d’envoi {id}.',
  },
  'mail.mailingMissing': {
    en: 'Mailings: there is no mailing {id}.',
    fr: 'Envois : il n’y a pas d’envoi {id}.',
  },
  'mail.notDraft': {
    en: 'Mailing {id} is “{status}”: only a draft can be changed.',
    fr: 'L’envoi {id} est « {status} » : seul un brouillon peut être modifié.',
  },
} as const;
