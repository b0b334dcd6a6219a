// The problems a needs-survey response can leave for a person besides its answers' own: what to do, in both languages.

import type { NeedsSurvey, SurveyProblem } from './needsSurvey';

/** No city of the workbook has this response's reference, or its name and country. */
export function surveyCityProblem(s: NeedsSurvey): SurveyProblem {
  const who = `${s.cityName || '?'} (${s.country || '?'})`;
  return {
    en: `No city in Cities matches ${who}: put the city's ID in the City column, then run Applications › Process unprocessed responses now to record its needs and offers.`,
    fr: `Aucune ville de Cities ne correspond à ${who} : indiquez l’identifiant de la ville dans la colonne City, puis lancez Candidatures › Traiter maintenant les réponses en attente pour enregistrer ses besoins et ses offres.`,
  };
}
