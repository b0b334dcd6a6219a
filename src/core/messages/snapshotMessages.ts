// What the weekly snapshot says (the About dialog's status line and the run's Audit line), in English and French.

export const SNAPSHOT_MESSAGES = {
  'snapshot.made': {
    en: 'Weekly snapshot taken {at}: "{name}" in the Drive folder "{folder}"; {kept} kept.',
    fr: 'Instantané hebdomadaire pris le {at} : « {name} » dans le dossier Drive « {folder} » ; {kept} conservé(s).',
  },
  'snapshot.unnamed': {
    en: 'Weekly snapshot not taken {at}: no Drive folder is named in Settings › Snapshot folder. Name one (create it in Drive first) to turn the weekly copy on.',
    fr: 'Instantané hebdomadaire non pris le {at} : aucun dossier Drive n’est indiqué dans Settings › Snapshot folder. Indiquez-en un (créez-le d’abord dans Drive) pour activer la copie hebdomadaire.',
  },
  'snapshot.missing': {
    en: 'Weekly snapshot not taken {at}: no Drive folder named "{folder}" (Settings › Snapshot folder) was found for {owner}. Create it in Drive or correct the name.',
    fr: 'Instantané hebdomadaire non pris le {at} : aucun dossier Drive nommé « {folder} » (Settings › Snapshot folder) n’a été trouvé pour {owner}. Créez-le dans Drive ou corrigez le nom.',
  },
  'snapshot.failed': {
    en: 'Weekly snapshot failed {at}: {error}. The next weekly run tries again.',
    fr: 'Échec de l’instantané hebdomadaire le {at} : {error}. La prochaine exécution hebdomadaire réessaie.',
  },
  'snapshot.binned': {
    en: '{n} older snapshot(s) moved to the bin.',
    fr: '{n} instantané(s) plus ancien(s) mis à la corbeille.',
  },
  'snapshot.cannotBin': {
    en: 'An older snapshot ("{name}") could not be moved to the bin ({error}): remove it by hand.',
    fr: 'Un instantané plus ancien (« {name} ») n’a pas pu être mis à la corbeille ({error}) : supprimez-le à la main.',
  },
  'snapshot.damaged': {
    en: 'The list of earlier snapshots could not be read: those copies are left in the folder for a person to remove.',
    fr: 'La liste des instantanés précédents est illisible : ces copies restent dans le dossier, à supprimer à la main.',
  },
  'snapshot.never': {
    en: 'No weekly snapshot has run yet (Mondays, into the Drive folder named in Settings › Snapshot folder).',
    fr: 'Aucun instantané hebdomadaire n’a encore été pris (le lundi, dans le dossier Drive indiqué dans Settings › Snapshot folder).',
  },
} as const;
