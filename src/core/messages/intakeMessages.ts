// The Issues found lines intake writes on an application (src/core/intake/recordable.ts, src/server/intake/*).
// They are stored and read later by anyone (review sidebar, digest), so they are written in the workbook's
// language (Settings › Default language). The "[error]" / "[warning]" markers stay as they are: the digest and
// the review sidebar find the lines by them.

export const INTAKE_MESSAGES = {
  'intake.lineBreaksReplaced': {
    en: 'line breaks were replaced by spaces',
    fr: 'les retours à la ligne ont été remplacés par des espaces',
  },
  'intake.cut': {
    en: '{length} characters, cut to the first {max}',
    fr: '{length} caractères, réduits aux {max} premiers',
  },
  'intake.changed': {
    en: "{column}: {notes} (the answer as sent is in the form's response tab).",
    fr: '{column} : {notes} (la réponse telle qu’envoyée est dans l’onglet des réponses du formulaire).',
  },
  'intake.notRecorded': {
    en: "{column}: {value} was not recorded in this column ({problem}); the answer as sent is in the form's response tab.",
    fr: '{column} : {value} n’a pas été enregistré dans cette colonne ({problem}) ; la réponse telle qu’envoyée est dans l’onglet des réponses du formulaire.',
  },
  'intake.moreProblems': {
    en: '… more problems: see the form response tab.',
    fr: '… autres problèmes : voir l’onglet des réponses du formulaire.',
  },
  'intake.contactLineBreaks': {
    en: "Points of contact: contact {n}'s name or title had line breaks, replaced by spaces (the answer as sent is in the form's response tab).",
    fr: 'Points de contact : le nom ou le titre du contact {n} contenait des retours à la ligne, remplacés par des espaces (la réponse telle qu’envoyée est dans l’onglet des réponses du formulaire).',
  },
  'intake.linkedByCity': {
    en: 'The reference was missing or unknown; linked to {id} by city and country.',
    fr: 'La référence manquait ou était inconnue ; liée à {id} par la ville et le pays.',
  },
  'intake.anotherForm': {
    en: 'Another application form arrived while "{stage}".',
    fr: 'Un autre formulaire de candidature est arrivé à l’étape « {stage} ».',
  },
  'intake.noConsent': {
    en: 'The enquirer did not tick the consent to be contacted.',
    fr: 'La personne n’a pas coché l’accord pour être contactée.',
  },
  'intake.noAcknowledgement': {
    en: 'No acknowledgement was sent: the submitter email address is missing or not valid (see Issues found).',
    fr: 'Aucun accusé de réception n’a été envoyé : l’adresse e-mail de l’expéditeur manque ou n’est pas valide (voir Problèmes relevés).',
  },
  'intake.flagAudit': { en: 'Email needs a person to check', fr: 'E-mail à vérifier par une personne' },
} as const;
