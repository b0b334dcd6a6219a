// Issue 16 through the shipped bundle: an event from invitation through registration and the wait list to
// attendance, the interpretation plan against one worked out by hand, visa letters and the summary report.

import { submitFormResponse } from '../../src/emulator/services/comms/submit';
import { DocumentStore } from '../../src/emulator/services/document/install';
import {
  COORDINATOR,
  EVENT_FIELDS,
  eventWorld,
  ok,
  registration,
  tabRows,
  VIEWER,
} from './events/eventHarness';
import { responseLanding, submitEvent } from './intake/landing';

interface Outcome {
  ok: boolean;
  message?: string;
  problems?: { key: string }[];
  record?: { id: string; version: number; values: Record<string, unknown> };
  promoted?: string[];
}

const yes = 'Yes / Oui';
const no = 'No / Non';

describe('an event from invitation to report', () => {
  it('runs registration, the wait list, logistics, visa letters, attendance and the summary', () => {
    const { emu, amina, omar, lars } = eventWorld();
    // Refusals name the field.
    const bad = ok<Outcome>(
      emu,
      'saveEvent',
      [{ fields: { ...EVENT_FIELDS, endsOn: '2026-06-01' } }],
      COORDINATOR,
    );
    expect(bad.value).toMatchObject({ ok: false, problems: [{ key: 'endsOn' }] });
    expect(bad.value!.message).toMatch(/Ends on.*2026-06-01/);
    const zone = ok<Outcome>(emu, 'saveEvent', [{ fields: { ...EVENT_FIELDS, timeZone: 'Mars/Olympus' } }]);
    expect(zone.value!.message).toMatch(/Time zone.*Mars\/Olympus/);
    const budget = ok<Outcome>(emu, 'saveEvent', [
      { fields: { ...EVENT_FIELDS, budget: '[{"line": "Venue"}]' } },
    ]);
    expect(budget.value!.message).toMatch(/Budget: line 1/);
    expect(emu.run('saveEvent', [{ fields: EVENT_FIELDS }], { user: VIEWER }).error).toMatch(/manage events/);
    expect(tabRows(emu, 'Events')).toEqual([]);

    const event = ok<Outcome>(emu, 'saveEvent', [{ fields: EVENT_FIELDS }], COORDINATOR).value!;
    expect(event.ok).toBe(true);
    const eventId = event.record!.id;
    const add = (fields: Record<string, unknown>) =>
      ok<Outcome>(emu, 'saveParticipant', [{ eventId, fields }], COORDINATOR).value!;
    const who = add({ role: 'participant' });
    expect(who).toMatchObject({ ok: false, problems: [{ key: 'contactId' }] });
    const pa = add({ contactId: amina, role: 'speaker', interpretationLanguage: 'fr' }).record!.id;
    expect(add({ contactId: amina })).toMatchObject({ ok: false, problems: [{ key: 'contactId' }] });
    const po = add({ contactId: omar, interpretationLanguage: 'ar' }).record!.id;
    const pl = add({ contactId: lars }).record!.id;
    expect(tabRows(emu, 'Participants').map((r) => r['Status'])).toEqual(['invited', 'invited', 'invited']);

    // The registration form, once, with its trigger; a participant's link carries their reference.
    const form = ok<{ formId: string; created: boolean }>(emu, 'createRegistrationForm', [eventId]).value!;
    expect(form.created).toBe(true);
    expect(
      ok<{ created: boolean }>(emu, 'createRegistrationForm', [eventId], COORDINATOR).value!.created,
    ).toBe(false);
    const triggers = emu.backend.stores.script.triggers.triggers.filter(
      (t) => t.handler === 'onEventRegistrationSubmit',
    );
    expect(triggers).toHaveLength(1);
    const link = ok<string>(emu, 'getRegistrationLink', [eventId, pa], COORDINATOR).value!;
    expect(link).toContain(pa);
    const model = emu.backend.stores.comms.forms.get(form.formId)!;
    const language = model.items.find((i) => i.title.startsWith('Language you will listen in'))!;
    expect(language.choices).toHaveLength(3);

    // Amina registers (visa, travel, two hotel nights); the same response delivered twice changes once.
    const answersA = registration({
      reference: pa,
      name: 'Amina Haddad',
      email: 'amina@irbid.example',
      attending: yes,
      language: language.choices![1]!,
      travel: yes,
      travelFrom: 'Irbid',
      arrivesOn: '2026-06-09',
      departsOn: '2026-06-11',
      accommodation: yes,
      visa: yes,
      nationality: 'Jordanian',
      passportNumber: 'N1234567',
      dietary: 'Vegetarian',
    });
    const landed = responseLanding(emu, form.formId, answersA);
    const first = ok<{ status: string }>(emu, 'onEventRegistrationSubmit', [
      submitEvent(emu, form.formId, landed),
    ]);
    const again = ok<{ status: string }>(emu, 'onEventRegistrationSubmit', [
      submitEvent(emu, form.formId, landed),
    ]);
    expect([first.value!.status, again.value!.status]).toEqual(['applied', 'already applied']);
    const aminaRow = () => tabRows(emu, 'Participants').find((r) => r['Participant ID'] === pa)!;
    expect(aminaRow()).toMatchObject({
      Status: 'registered',
      Travel: 'requested',
      Visa: 'letter requested',
      Accommodation: 'requested',
      'Travelling from': 'Irbid',
      Nationality: 'Jordanian',
      'Dietary needs': 'Vegetarian',
    });
    const versionAfter = aminaRow()['Version'];
    ok(emu, 'applyRegistrations', [eventId], COORDINATOR);
    expect(aminaRow()['Version']).toBe(versionAfter);

    // Omar takes the last place; Lars is wait-listed; Omar cancels and Lars is promoted.
    const submit = (answers: Record<string, string>) =>
      submitFormResponse(emu, { formId: form.formId, answers }).triggers.map((t) => [t.status, t.error]);
    expect(
      submit(
        registration({ reference: po, name: 'Omar Khalil', email: 'omar@irbid.example', attending: yes }),
      ),
    ).toEqual([['ok', undefined]]);
    submit(
      registration({ reference: pl, name: 'Lars Jensen', email: 'lars@aarhus.example', attending: yes }),
    );
    const status = () =>
      Object.fromEntries(tabRows(emu, 'Participants').map((r) => [r['Participant ID'], r['Status']]));
    expect(status()).toEqual({ [pa]: 'registered', [po]: 'registered', [pl]: 'wait-listed' });
    submit(registration({ reference: po, name: 'Omar Khalil', email: 'omar@irbid.example', attending: no }));
    expect(status()).toEqual({ [pa]: 'registered', [po]: 'cancelled', [pl]: 'registered' });

    // Bad content is recorded, never lost: an unknown reference becomes a flagged external participant.
    // Forms would refuse these answers; they reach the CRM through the Forms API or an edited response row.
    const strange = responseLanding(
      emu,
      form.formId,
      registration({
        reference: 'PAR-999999',
        name: 'Nadia Stranger',
        email: 'not-an-address',
        attending: yes,
        arrivesOn: 'next week',
      }),
    );
    ok(emu, 'onEventRegistrationSubmit', [submitEvent(emu, form.formId, strange)]);
    const stranger = tabRows(emu, 'Participants').find((r) => r['Name'] === 'Nadia Stranger')!;
    expect(stranger['Status']).toBe('wait-listed');
    expect(String(stranger['Issues found'])).toContain('PAR-999999');
    expect(String(stranger['Issues found'])).toMatch(/next week/);
    expect(String(stranger['Issues found'])).toMatch(/not-an-address/);

    // Logistics, and the interpretation plan worked out by hand: floor English; expected Amina (fr) and Lars (no
    // language: the floor); two days → three interpreters per booth.
    const view = ok<{
      logistics: {
        counts: Record<string, number>;
        interpretation: { floor: string; booths: number; interpreters: number; pairs: unknown[] };
        travel: { name: string; letterDeadline: string }[];
        rooming: { night: string; guests: { name: string }[] }[];
        budget: { planned: number; actual: number; difference: number };
      };
    }>(emu, 'getEvent', [eventId], COORDINATOR).value!.logistics;
    expect(view.counts).toMatchObject({ registered: 2, cancelled: 1, 'wait-listed': 1, invited: 0 });
    expect(view.interpretation).toEqual({
      floor: 'en',
      floorListeners: 1,
      booths: 2,
      interpreters: 6,
      pairs: [
        { from: 'en', to: 'fr', participants: 1, mode: 'booth', interpreters: 3 },
        { from: 'en', to: 'ar', participants: 0, mode: 'booth', interpreters: 3 },
      ],
    });
    expect(view.travel).toEqual([
      expect.objectContaining({ name: 'Amina Haddad', letterDeadline: '2026-05-10' }),
    ]);
    expect(view.rooming.map((n) => [n.night, n.guests.map((g) => g.name)])).toEqual([
      ['2026-06-09', ['Amina Haddad']],
      ['2026-06-10', ['Amina Haddad']],
    ]);
    expect(view.budget).toEqual(expect.objectContaining({ planned: 8000, actual: 8100, difference: 100 }));

    // Visa letters only for those who need one, once.
    expect(
      ok<{ created: string[] }>(emu, 'generateVisaLetters', [eventId], COORDINATOR).value!.created,
    ).toEqual([pa]);
    expect(
      ok<{ created: string[] }>(emu, 'generateVisaLetters', [eventId], COORDINATOR).value!.created,
    ).toEqual([]);
    const docs = emu.backend.stores.documents;
    const letter = [...docs.documents.values()].find((d) => d.name.includes('Visa invitation letter'))!;
    expect(DocumentStore.text(letter)).toMatch(
      /Amina Haddad \(Jordanian, passport N1234567\).*by 2026-05-10/,
    );
    expect(aminaRow()['Visa']).toBe('letter sent');

    // Attendance: one engagement per attending contact, once.
    for (const [id, record] of [
      [pa, aminaRow()],
      [pl, tabRows(emu, 'Participants').find((r) => r['Participant ID'] === pl)!],
    ] as const) {
      const saved = ok<Outcome>(
        emu,
        'saveParticipant',
        [{ id, version: record['Version'], fields: { status: 'attended' } }],
        COORDINATOR,
      ).value!;
      expect(saved.ok).toBe(true);
    }
    expect(
      ok<{ logged: string[] }>(emu, 'recordAttendance', [eventId], COORDINATOR).value!.logged,
    ).toHaveLength(2);
    expect(ok<{ logged: string[] }>(emu, 'recordAttendance', [eventId], COORDINATOR).value!.logged).toEqual(
      [],
    );
    const engagements = tabRows(emu, 'Engagements').filter((e) => e['Event'] === eventId);
    expect(engagements.map((e) => [e['Contacts'], e['Type'], e['Source']]).sort()).toEqual(
      [
        [amina, 'event', 'event'],
        [lars, 'event', 'event'],
      ].sort(),
    );

    // The summary report: headings and figures, its link on the event.
    const summary = ok<{ url: string; id: string }>(emu, 'generateEventSummary', [eventId], COORDINATOR)
      .value!;
    const doc = docs.get(summary.id)!;
    const headings = doc.body
      .filter((e) => e.kind === 'PARAGRAPH' && e.heading === 'HEADING1')
      .map((e) => (e as { text: string }).text);
    expect(headings).toEqual([
      'Purpose',
      'Dates and place',
      'Participation',
      'Interpretation',
      'Budget',
      'Sessions and outcomes',
      'Follow-ups',
    ]);
    const textOf = DocumentStore.text(doc);
    expect(textOf).toContain('Bring MENA members together on youth engagement.');
    expect(textOf).toContain('2026-06-10 – 2026-06-11 (Asia/Amman); Amman, City Hall, Jordan');
    expect(textOf).toMatch(/MENA\t1/);
    expect(textOf).toMatch(/Management Unit \(global\)\t1/);
    expect(textOf).toMatch(/Jordan\t1/);
    expect(textOf).toMatch(/Denmark\t1/);
    expect(textOf).toMatch(/attended\t2/);
    expect(textOf).toContain('three cities will pilot one');
    expect(tabRows(emu, 'Events')[0]!['Summary report']).toBe(summary.url);
  });
});
