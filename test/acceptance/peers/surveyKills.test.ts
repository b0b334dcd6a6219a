// Issue 14 part A over the needs survey: its trigger stopped at any service call, then the sweep; recorded once, whole.
//
// Each k starts from a copy of one workbook (a response landed, its trigger not run yet). `npm run test:soak` tries
// every k (SOAK_SEEDS), the default run the edges and a sample between (killPoints).

import { killPoints } from '../../support/reliability/killAnywhere';
import { copied } from '../../support/reliability/workbookCopy';
import { responseLanding, submitEvent } from '../intake/landing';
import {
  COORDINATOR,
  OWNER,
  peersWorkbook,
  priorities,
  surveyAnswers,
  surveyFormId,
  tabRows,
} from './needsHarness';

const asTrigger = { user: OWNER, effectiveUser: OWNER, authMode: 'FULL' as const };

let responseId = '';
let irbid = '';
const fixture = copied(() => {
  const w = peersWorkbook({ start: new Date('2026-03-10T09:00:00Z') });
  irbid = w.irbid;
  const answers = {
    ...surveyAnswers(),
    ...priorities({ 'youth engagement': 'high', 'online harms': 'medium' }),
  };
  responseId = responseLanding(w.emu, surveyFormId(w.emu), answers).id;
  return w.emu;
});

function trigger(emu: ReturnType<typeof fixture>, stopAtCall?: number) {
  const form = emu.backend.stores.comms.forms.get(surveyFormId(emu))!;
  const response = form.responses.find((r) => r.id === responseId)!;
  return emu.run('onNeedsSurveySubmit', [submitEvent(emu, surveyFormId(emu), response)], {
    ...asTrigger,
    ...(stopAtCall ? { stopAtCall } : {}),
  });
}

/** What must hold once the follow-up ran: one Surveys row, its two needs and one offer, the city's lists. */
function violations(emu: ReturnType<typeof fixture>): string[] {
  const out: string[] = [];
  const surveys = tabRows(emu, 'Surveys').filter((s) => s['Response ID'] === responseId);
  if (surveys.length !== 1) out.push(`${surveys.length} Surveys rows`);
  const id = String(surveys[0]?.['Survey ID'] ?? '');
  const needs = tabRows(emu, 'Needs').filter((n) => n['Source reference'] === id);
  const topics = needs.map((n) => n['Topic']).sort();
  if (topics.join() !== 'online harms,youth engagement') out.push(`needs ${topics.join()}`);
  const offers = tabRows(emu, 'Offers').filter((o) => o['Source reference'] === id);
  if (offers.length !== 1) out.push(`${offers.length} offers`);
  const listed = String(surveys[0]?.['Needs'] ?? '')
    .split(', ')
    .filter(Boolean)
    .sort();
  const ids = needs.map((n) => String(n['Need ID'])).sort();
  if (listed.join() !== ids.join()) out.push(`Surveys › Needs lists ${listed.join()} for ${ids.join()}`);
  const city = tabRows(emu, 'Cities').find((c) => c['City ID'] === irbid)!;
  if (city['Languages'] !== 'ar, en') out.push(`city languages ${String(city['Languages'])}`);
  if (city['Expertise'] !== 'interfaith dialogue') out.push(`city expertise ${String(city['Expertise'])}`);
  return out;
}

describe('the needs-survey trigger stopped at any service call, then the sweep', () => {
  it('records the response once, with all its needs and offers', () => {
    const probe = trigger(fixture());
    expect(probe.status).toBe('ok');
    const n = probe.execution.calls;
    const found: string[] = [];
    let halfDone = 0; // runs stopped with the Surveys row written but its needs or offers not yet
    for (const k of killPoints(n, 8)) {
      const emu = fixture();
      const stopped = trigger(emu, k);
      if (stopped.status === 'error') found.push(`k=${k}: ${stopped.error}`);
      if (stopped.status === 'killed' && tabRows(emu, 'Surveys').length === 1 && violations(emu).length > 0)
        halfDone++;
      const sweep = emu.run<{ failed: string[] }>('processUnprocessedResponses', [], { user: COORDINATOR });
      if (sweep.status !== 'ok' || sweep.value!.failed.length > 0)
        found.push(`k=${k}: sweep ${sweep.error ?? sweep.value!.failed.join('; ')}`);
      // A late redelivery of the same event changes nothing.
      trigger(emu);
      found.push(...violations(emu).map((v) => `k=${k}/${n}: ${v}`));
    }
    expect(found).toEqual([]);
    expect(halfDone).toBeGreaterThan(0);
  });
});
