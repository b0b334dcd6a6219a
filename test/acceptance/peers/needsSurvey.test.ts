// Issue 14 Deliver 1, through the shipped bundle: the needs survey made by setup, its responses recorded once, never lost.

import { DEFAULT_TOPICS } from '../../../sheets-templates';
import { advanceClock } from '../../../src/emulator/events';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { setSetting } from '../intake/harness';
import { responseLanding, submitEvent } from '../intake/landing';
import {
  COORDINATOR,
  ok,
  peersWorkbook,
  priorities,
  priorityTitleOf,
  SURVEY,
  surveyAnswers,
  surveyFormId,
  surveyTitle,
  tabRows,
} from './needsHarness';

const answers = (over: Record<string, string | string[]> = {}) => ({
  ...surveyAnswers(over),
  ...priorities({ 'youth engagement': 'high', 'online harms': 'medium' }),
});

describe('the needs survey made by setup', () => {
  it('is a bilingual form linked to the workbook, with one priority question per Settings topic, and its trigger', () => {
    const { emu } = peersWorkbook();
    const form = emu.backend.stores.comms.forms.get(surveyFormId(emu))!;
    expect(form.title).toBe(
      'Strong Cities Network – needs and practice survey / Strong Cities Network – enquête sur les besoins et les pratiques',
    );
    expect(form.destination?.id).toBe(emu.backend.stores.spreadsheets.boundId);
    const titles = form.items.map((i) => i.title);
    expect(titles).toContain('Priority: youth engagement / Priorité : engagement des jeunes');
    expect(titles.filter((t) => t.startsWith('Priority: '))).toHaveLength(20);
    const priority = form.items.find((i) => i.title === priorityTitleOf('youth engagement'))!;
    expect(priority.choices).toEqual(['High / haute', 'Medium / moyenne', 'Low / basse']);
    expect(form.items.find((i) => i.title === surveyTitle('practice1Since'))!.validation).toBeTruthy();
    const triggers = emu.backend.stores.script.triggers.triggers.map((t) => t.handler);
    expect(triggers.filter((h) => h === 'onNeedsSurveySubmit')).toHaveLength(1);
    ok(emu, 'setupWorkbook');
    expect(
      [...emu.backend.stores.comms.forms.forms.values()].filter((f) => f.title === SURVEY.title),
    ).toHaveLength(1);
  });
});

describe('a survey response', () => {
  it('is recorded into Needs, Offers and the city, once when delivered twice', () => {
    const { emu, irbid } = peersWorkbook({ start: new Date('2026-03-10T09:00:00Z') });
    const response = responseLanding(emu, surveyFormId(emu), answers());
    const event = () => submitEvent(emu, surveyFormId(emu), response);
    const first = ok<{ status: string; surveyId: string }>(emu, 'onNeedsSurveySubmit', [event()]);
    const second = ok<{ status: string }>(emu, 'onNeedsSurveySubmit', [event()]);
    expect(first.value).toMatchObject({ status: 'recorded', needs: 2, offers: 1 });
    expect(second.value).toMatchObject({ status: 'already recorded', needs: 2, offers: 1 });

    const [survey, ...more] = tabRows(emu, 'Surveys');
    expect(more).toEqual([]);
    expect(survey).toMatchObject({ 'Response ID': response.id, City: irbid, 'Issues found': '' });
    const needs = tabRows(emu, 'Needs');
    expect(needs.map((n) => [n['City'], n['Topic'], n['Priority'], n['Source'], n['Status']])).toEqual([
      [irbid, 'online harms', 'medium', 'needs survey', 'open'],
      [irbid, 'youth engagement', 'high', 'needs survey', 'open'],
    ]);
    for (const n of needs) {
      expect(n['Source reference']).toBe(first.value!.surveyId);
      expect(n['Support wanted']).toBe('A peer exchange with a city that runs an exit programme.');
      expect((n['Surveyed on'] as Date).toISOString().slice(0, 10)).toBe('2026-03-10');
    }
    const offers = tabRows(emu, 'Offers');
    expect(
      offers.map((o) => [o['City or partner'], o['Topic'], o['Since year'], o['Languages'], o['Status']]),
    ).toEqual([[irbid, 'interfaith dialogue', 2017, 'ar, en', 'current']]);
    const city = tabRows(emu, 'Cities').find((c) => c['City ID'] === irbid)!;
    expect(city['Languages']).toBe('ar, en');
    expect(city['Expertise']).toBe('interfaith dialogue');
    expect(String(city['Priorities'])).toContain('youth engagement');
    expect(String(survey!['Needs']).split(', ')).toHaveLength(2);
  });

  it('with bad content is recorded once all the same, each problem flagged for a person', () => {
    const { emu, irbid } = peersWorkbook();
    // Forms would refuse these answers; they reach the CRM through the Forms API or a pre-filled link, never checked.
    const bad = answers({
      practice1Since: 'around 2015',
      practice2Description: 'Something we do, with no topic chosen.',
      email: 'not-an-address',
    });
    // A topic removed from Settings after setup: its priority answer is recorded nowhere as a need, and flagged.
    bad[priorityTitleOf('gender')] = 'High / haute';
    setSetting(emu, 'Topics', DEFAULT_TOPICS.filter((t) => t !== 'gender').join(', '));
    const response = responseLanding(emu, surveyFormId(emu), bad);
    const event = () => submitEvent(emu, surveyFormId(emu), response);
    expect(ok<{ status: string }>(emu, 'onNeedsSurveySubmit', [event()]).value!.status).toBe('recorded');
    expect(ok<{ status: string }>(emu, 'onNeedsSurveySubmit', [event()]).value!.status).toBe(
      'already recorded',
    );
    const surveys = tabRows(emu, 'Surveys');
    expect(surveys).toHaveLength(1);
    const issues = String(surveys[0]!['Issues found']);
    expect(issues).toContain('Practice 1: "around 2015" is not a year');
    expect(issues).toContain('Practice 2: no topic from the list was chosen');
    expect(issues).toMatch(/Your email address \/ Votre adresse e-mail: not a valid email address/);
    expect(issues).toContain(`"${priorityTitleOf('gender')}" is not a topic in Settings any more`);
    expect(tabRows(emu, 'Needs')).toHaveLength(2);
    const offers = tabRows(emu, 'Offers');
    expect(offers.map((o) => [o['City or partner'], o['Topic'], o['Since year']])).toEqual([
      [irbid, 'interfaith dialogue', ''],
    ]);
  });
});

describe('a survey from a city the workbook does not know', () => {
  it('is recorded and flagged, and completed by the sweep once a person names the city', () => {
    const { emu, aarhus } = peersWorkbook();
    const r = submitFormResponse(emu, {
      formId: surveyFormId(emu),
      answers: answers({ city: 'Aarhus Kommune', country: 'Denmark' }),
    });
    expect(r.triggers.map((t) => [t.status, t.error])).toEqual([['ok', undefined]]);
    const [survey] = tabRows(emu, 'Surveys');
    expect(survey).toMatchObject({ City: '', 'City as answered': 'Aarhus Kommune, Denmark' });
    expect(String(survey!['Issues found'])).toContain('No city in Cities matches Aarhus Kommune (Denmark)');
    expect(tabRows(emu, 'Needs')).toEqual([]);
    // The coordinator puts the city's id in the row, then runs the sweep.
    const head = tabRows(emu, 'Surveys').length && Object.keys(survey!);
    const cityCol = (head as string[]).indexOf('City') + 1;
    emu.backend.stores.spreadsheets.bound.sheetByName('Surveys')!.setValuesRaw(2, cityCol, [[aarhus]]);
    const sweep = ok<{ failed: string[] }>(emu, 'processUnprocessedResponses', [], COORDINATOR);
    expect(sweep.value!.failed).toEqual([]);
    expect(tabRows(emu, 'Needs').map((n) => [n['City'], n['Topic']])).toEqual([
      [aarhus, 'online harms'],
      [aarhus, 'youth engagement'],
    ]);
    expect(tabRows(emu, 'Offers')).toHaveLength(1);
    expect(tabRows(emu, 'Surveys')).toHaveLength(1);
    // Swept again: nothing more.
    ok(emu, 'processUnprocessedResponses', [], COORDINATOR);
    expect(tabRows(emu, 'Needs')).toHaveLength(2);
    expect(tabRows(emu, 'Offers')).toHaveLength(1);
  });
});

describe('survey responses the trigger did not record', () => {
  it('a blank ghost is ignored; a response whose trigger never ran is recorded by the daily sweep, once', () => {
    const { emu } = peersWorkbook();
    const ghost = responseLanding(emu, surveyFormId(emu), {});
    expect(
      ok<{ status: string }>(emu, 'onNeedsSurveySubmit', [submitEvent(emu, surveyFormId(emu), ghost)]).value,
    ).toMatchObject({ status: 'ghost' });
    responseLanding(emu, surveyFormId(emu), answers());
    expect(tabRows(emu, 'Surveys')).toEqual([]);
    const runs = advanceClock(emu, 24 * 60 * 60 * 1000).filter((r) => r.handler === 'runDailyJobs');
    expect(runs.map((r) => [r.status, r.error])).toEqual([['ok', undefined]]);
    expect(tabRows(emu, 'Surveys')).toHaveLength(1);
    expect(tabRows(emu, 'Needs')).toHaveLength(2);
    advanceClock(emu, 24 * 60 * 60 * 1000);
    expect(tabRows(emu, 'Surveys')).toHaveLength(1);
    expect(tabRows(emu, 'Needs')).toHaveLength(2);
  });
});
