// Shared helpers for issue 14 part A's tests: a set-up workbook with two cities, and needs-survey answers by key.

import { DEFAULT_TOPICS } from '../../../sheets-templates';
import { languageLabel, needsSurveyForm, questionsOf } from '../../../sheets-templates/forms';
import { displayValue } from '../../../src/core/messages';
import type { Emulator } from '../../../src/emulator';
import { documentProperty, intakeWorkbook, ok } from '../intake/harness';

export { COORDINATOR, OWNER, ok, outbox, tabRows, VIEWER, values } from '../intake/harness';

export const HUB_STAFF = 'hub.mena@strongcities.org';

export const surveyFormId = (emu: Emulator) => documentProperty(emu, 'scn.form.needsSurvey');

/** The survey as setup builds it on a fresh workbook (Settings › topics are the defaults). */
export const SURVEY = needsSurveyForm(DEFAULT_TOPICS, (t) => displayValue(t, 'fr'));
export const surveyTitle = (key: string) => {
  const q = questionsOf(SURVEY).find((x) => x.key === key);
  if (!q) throw new Error(`no survey question ${key}`);
  return q.title;
};
export const priorityTitleOf = (topic: string) =>
  surveyTitle(`priority${DEFAULT_TOPICS.indexOf(topic as never) + 1}`);

/** The intake workbook (hubs MENA, Management Unit) plus Irbid (Jordan, MENA) and Aarhus (Denmark, Management Unit), and MENA hub staff. */
export function peersWorkbook(options: { start?: Date } = {}): {
  emu: Emulator;
  irbid: string;
  aarhus: string;
} {
  const emu = intakeWorkbook(options.start ? { start: options.start } : {});
  const irbid = ok<{ id: string }>(emu, 'saveRecord', [
    {
      tab: 'Cities',
      fields: { name: 'Irbid', country: 'Jordan', hubId: 'HUB-000001', status: 'member', languages: ['ar'] },
    },
  ]).value!.id;
  const aarhus = ok<{ id: string }>(emu, 'saveRecord', [
    { tab: 'Cities', fields: { name: 'Aarhus', country: 'Denmark', hubId: 'HUB-000002', status: 'member' } },
  ]).value!.id;
  ok(emu, 'saveRecord', [
    {
      tab: 'Staff',
      fields: { name: 'MENA hub', email: HUB_STAFF, role: 'hub', hubId: 'HUB-000001', active: true },
    },
  ]);
  return { emu, irbid, aarhus };
}

type Answers = Record<string, string | string[]>;

/** A complete survey from Irbid, by question key (values as the form shows them); '' leaves a question unanswered. */
export function surveyAnswers(over: Record<string, string | string[]> = {}): Answers {
  const byKey: Answers = {
    city: 'Irbid',
    country: 'Jordan',
    name: 'Amina Haddad',
    email: 'amina.haddad@irbid.example',
    languages: [languageLabel('ar'), languageLabel('en')],
    description: 'Young people are targeted online; we want a youth council that works.',
    supportWanted: 'A peer exchange with a city that runs an exit programme.',
    practice1Topic: 'interfaith dialogue',
    practice1Description: 'A council of faith leaders that meets monthly with the mayor.',
    practice1Since: '2017',
    ...over,
  };
  const out: Answers = {};
  for (const [k, v] of Object.entries(byKey)) if (v !== '') out[surveyTitle(k)] = v;
  return out;
}

/** Priority answers for the given topics, as the form shows them ("High / haute"). */
export function priorities(byTopic: Record<string, 'high' | 'medium' | 'low'>): Answers {
  const labels = { high: 'High / haute', medium: 'Medium / moyenne', low: 'Low / basse' };
  const out: Answers = {};
  for (const [topic, p] of Object.entries(byTopic)) out[priorityTitleOf(topic)] = labels[p];
  return out;
}
