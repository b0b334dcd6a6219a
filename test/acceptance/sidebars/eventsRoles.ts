// The role table of issue 16 (events, participants, registration, documents), for everyExport.test.ts: each
// function through google.script.run, for every role, on the demo workbook.
import type { RoleCall, RoleWorld, Who } from './roleTables';

const READERS: Who[] = ['admin', 'coordinator', 'hub', 'otherHub', 'comms', 'viewer'];
/** Events are network-wide: admins and coordinators manage them. */
const NETWORK_EDITORS: Who[] = ['admin', 'coordinator'];

export function eventCalls(world: () => RoleWorld): RoleCall[] {
  const emu = () => world().emu;
  let eventId = '';
  let participantId = '';
  /** One event with one participant, made by the admin the first time a call needs it. */
  const event = () => {
    if (eventId) return eventId;
    const e = emu().run<{ ok: boolean; record?: { id: string } }>(
      'saveEvent',
      [
        {
          fields: {
            name: 'Role check event',
            type: 'workshop',
            startsOn: '2027-03-01',
            endsOn: '2027-03-02',
          },
        },
      ],
      { user: world().staff.admin },
    );
    if (e.status !== 'ok' || !e.value?.ok)
      throw new Error(`saveEvent: ${e.error ?? JSON.stringify(e.value)}`);
    eventId = e.value.record!.id;
    const p = emu().run<{ ok: boolean; record?: { id: string } }>(
      'saveParticipant',
      [{ eventId, fields: { contactId: world().contactId, role: 'participant', status: 'invited' } }],
      { user: world().staff.admin },
    );
    if (p.status !== 'ok' || !p.value?.ok)
      throw new Error(`saveParticipant: ${p.error ?? JSON.stringify(p.value)}`);
    participantId = p.value.record!.id;
    return eventId;
  };
  const withForm = () => {
    const id = event();
    const f = emu().run('createRegistrationForm', [id], { user: world().staff.admin });
    if (f.status !== 'ok') throw new Error(`createRegistrationForm: ${f.error}`);
    return id;
  };
  return [
    { name: 'getEvent', allowed: READERS, args: () => [event()] },
    {
      name: 'saveEvent',
      allowed: NETWORK_EDITORS,
      args: () => [
        { fields: { name: `Role check ${Math.random()}`, type: 'webinar', startsOn: '2027-04-01' } },
      ],
    },
    {
      name: 'saveParticipant',
      allowed: NETWORK_EDITORS,
      args: () => [
        { eventId: event(), fields: { name: 'External guest', email: `guest${Math.random()}@example.org` } },
      ],
    },
    { name: 'createRegistrationForm', allowed: NETWORK_EDITORS, args: () => [event()] },
    { name: 'getRegistrationLink', allowed: NETWORK_EDITORS, args: () => [withForm(), participantId] },
    { name: 'applyRegistrations', allowed: NETWORK_EDITORS, args: () => [withForm()] },
    { name: 'generateEventSummary', allowed: NETWORK_EDITORS, args: () => [event()] },
    { name: 'generateVisaLetters', allowed: NETWORK_EDITORS, args: () => [event()] },
    { name: 'recordAttendance', allowed: NETWORK_EDITORS, args: () => [event()] },
  ];
}
