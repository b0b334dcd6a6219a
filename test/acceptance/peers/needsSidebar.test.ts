// Issue 14 Deliver 1, through the shipped bundle: Record needs saves a gathered need, refuses bad content naming the field.

import { COORDINATOR, HUB_STAFF, ok, peersWorkbook, tabRows, VIEWER } from './needsHarness';

interface Outcome {
  ok: boolean;
  message?: string;
  problems?: { key: string; message: string }[];
  record?: { id: string; values: Record<string, unknown> };
}

const need = (cityId: string, over: Record<string, unknown> = {}) => ({
  fields: {
    cityId,
    topic: 'youth engagement',
    priority: 'high',
    description: 'Heard at the focus group with youth workers.',
    supportWanted: 'A study visit.',
    surveyedOn: '2026-02-10',
    source: 'focus group',
    ...over,
  },
});

describe('Record needs', () => {
  it('saves a need gathered in a focus group, with its source and day, open', () => {
    const { emu, irbid } = peersWorkbook({ start: new Date('2026-03-01T10:00:00Z') });
    const form = ok<{ cities: { id: string }[]; sources: string[]; initial: { cityId: string } }>(
      emu,
      'getNeedsForm',
      [irbid],
      COORDINATOR,
    ).value!;
    expect(form.initial.cityId).toBe(irbid);
    expect(form.sources).toEqual(['interview', 'consultation', 'focus group', 'desk research', 'other']);
    const saved = ok<Outcome>(emu, 'recordNeed', [need(irbid)], COORDINATOR).value!;
    expect(saved.ok).toBe(true);
    const [row] = tabRows(emu, 'Needs');
    expect(row).toMatchObject({
      'Need ID': saved.record!.id,
      City: irbid,
      Topic: 'youth engagement',
      Priority: 'high',
      Source: 'focus group',
      Status: 'open',
      'Support wanted': 'A study visit.',
    });
    expect((row!['Surveyed on'] as Date).getFullYear()).toBe(2026);
    const audit = tabRows(emu, 'Audit').slice(-1)[0]!;
    expect(audit).toMatchObject({ Tab: 'Needs', 'Record ID': saved.record!.id, User: COORDINATOR });
  });

  it.each([
    ['no topic', { topic: '' }, 'topic', /Topic/],
    ['a priority not on the list', { priority: 'urgent' }, 'priority', /Priority.*urgent/],
    ['a source a person does not gather from', { source: 'needs survey' }, 'source', /Source.*needs survey/],
    ['a day in the future', { surveyedOn: '2026-12-31' }, 'surveyedOn', /Surveyed on.*2026-12-31.*future/],
    ['no day', { surveyedOn: '' }, 'surveyedOn', /Surveyed on/],
    ['a city that does not exist', { cityId: 'CTY-999999' }, 'cityId', /City.*CTY-999999/],
  ])('refuses %s, naming the field, and writes nothing', (_name, over, key, words) => {
    const { emu, irbid } = peersWorkbook({ start: new Date('2026-03-01T10:00:00Z') });
    const r = ok<Outcome>(emu, 'recordNeed', [need(irbid, over)], COORDINATOR).value!;
    expect(r.ok).toBe(false);
    expect(r.problems!.map((p) => p.key)).toEqual([key]);
    expect(r.message).toMatch(words);
    expect(tabRows(emu, 'Needs')).toEqual([]);
  });

  it('answers in French when the caller reads French', () => {
    const { emu, irbid } = peersWorkbook({ start: new Date('2026-03-01T10:00:00Z') });
    ok(emu, 'setUiLanguage', ['fr'], COORDINATOR);
    const r = ok<Outcome>(emu, 'recordNeed', [need(irbid, { source: 'application' })], COORDINATOR).value!;
    expect(r.message).toMatch(/Source.*n’est pas une source de besoins recueillis/);
  });

  it('is refused to viewers and, for another hub’s city, to hub staff; hub staff see their own cities only', () => {
    const { emu, irbid, aarhus } = peersWorkbook({ start: new Date('2026-03-01T10:00:00Z') });
    const viewer = emu.run('recordNeed', [need(irbid)], { user: VIEWER });
    expect(viewer.error).toMatch(/Your role \(viewer\) does not allow you to record needs/);
    const other = emu.run('recordNeed', [need(aarhus)], { user: HUB_STAFF });
    expect(other.error).toMatch(/Aarhus is not in your hub/);
    expect(tabRows(emu, 'Needs')).toEqual([]);
    const form = ok<{ cities: { id: string }[] }>(emu, 'getNeedsForm', [null], HUB_STAFF).value!;
    expect(form.cities.map((c) => c.id)).toEqual([irbid]);
    expect(ok<Outcome>(emu, 'recordNeed', [need(irbid)], HUB_STAFF).value!.ok).toBe(true);
    expect(tabRows(emu, 'Needs')).toHaveLength(1);
  });
});
