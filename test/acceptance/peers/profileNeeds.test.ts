// Issue 14 Deliver 1, through the shipped bundle: a city's profile shows its needs and offers with their age, read by key.

import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { COORDINATOR, ok, peersWorkbook, priorities, surveyAnswers, surveyFormId } from './needsHarness';

interface Age {
  unit: string;
  n: number;
}
interface Profile {
  needs: { topic: string; priority: string; source: string; surveyedOn: string; age: Age }[];
  offers: { topic: string; sinceYear: number | null; recordedOn: string; age: Age; description: string }[];
}

describe('the city profile', () => {
  it('shows the needs and offers of the survey with their age ("surveyed 8 months ago"), newest first', () => {
    const { emu, irbid, aarhus } = peersWorkbook({ start: new Date('2026-03-10T09:00:00Z') });
    submitFormResponse(emu, {
      formId: surveyFormId(emu),
      answers: { ...surveyAnswers(), ...priorities({ 'youth engagement': 'high' }) },
    });
    // Eight months on, without running eight months of daily triggers.
    emu.backend.clock.set(new Date('2026-11-12T09:00:00Z'));
    ok(
      emu,
      'recordNeed',
      [
        {
          fields: {
            cityId: irbid,
            topic: 'online harms',
            priority: 'medium',
            surveyedOn: '2026-11-10',
            source: 'interview',
          },
        },
      ],
      COORDINATOR,
    );
    const p = ok<Profile>(emu, 'getCityProfile', [irbid], COORDINATOR).value!;
    expect(p.needs.map((n) => [n.topic, n.priority, n.source, n.surveyedOn])).toEqual([
      ['online harms', 'medium', 'interview', '2026-11-10'],
      ['youth engagement', 'high', 'needs survey', '2026-03-10'],
    ]);
    expect(p.needs[1]!.age).toEqual({ unit: 'months', n: 8 });
    expect(p.offers).toEqual([
      expect.objectContaining({
        topic: 'interfaith dialogue',
        sinceYear: 2017,
        recordedOn: '2026-03-10',
        age: { unit: 'months', n: 8 },
        description: 'A council of faith leaders that meets monthly with the mayor.',
      }),
    ]);
    // Another city's profile shows none of them.
    const other = ok<Profile>(emu, 'getCityProfile', [aarhus], COORDINATOR).value!;
    expect([other.needs, other.offers]).toEqual([[], []]);
  });

  it('reads Needs and Offers by key: its cells read stay the same as another city adds 45 needs and 15 offers', () => {
    const { emu, irbid, aarhus } = peersWorkbook({ start: new Date('2026-03-10T09:00:00Z') });
    const survey = (city: string, country: string) =>
      submitFormResponse(emu, {
        formId: surveyFormId(emu),
        answers: {
          ...surveyAnswers({ city, country }),
          ...priorities({ 'youth engagement': 'high', gender: 'low', education: 'medium' }),
        },
      });
    survey('Irbid', 'Jordan');
    const cellsRead = () => {
      const r = emu.run('getCityProfile', [irbid], { user: COORDINATOR });
      expect(r.status).toBe('ok');
      return r.execution.records.reduce((n, c) => n + c.cellsRead, 0);
    };
    const before = cellsRead();
    for (let i = 0; i < 15; i++) survey('Aarhus', 'Denmark');
    expect(ok<Profile>(emu, 'getCityProfile', [aarhus], COORDINATOR).value!.needs).toHaveLength(45);
    expect(cellsRead()).toBe(before);
  });
});
