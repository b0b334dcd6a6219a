// Issue 16 through the shipped bundle: an invitation mailing to an event's participants carries each recipient's
// own pre-filled registration link ({{RegistrationLink}}); without a registration form it is refused before the
// first send, as every recipient's tokens are checked first.

import { outbox } from '../intake/harness';
import { runMinutes } from '../mailmerge/sendingWorld';
import { COMMS } from '../mailmerge/world';
import { COORDINATOR, EVENT_FIELDS, eventWorld, ok, tabRows } from './eventHarness';

const INVITE = {
  en: {
    subject: 'Invitation: {{MailingName}}',
    body: 'Dear {{Name}},\n\nRegister here: {{RegistrationLink}}',
  },
  fr: {
    subject: 'Invitation : {{MailingName}}',
    body: 'Bonjour {{Name}},\n\nInscrivez-vous ici : {{RegistrationLink}}',
  },
};

describe('invitations to an event', () => {
  it('carry each participant’s own registration link, and wait for the form', () => {
    const { emu, amina, lars } = eventWorld();
    ok(emu, 'saveRecord', [
      { tab: 'Staff', fields: { name: 'Comms', email: COMMS, role: 'comms', active: true } },
    ]);
    for (const [language, v] of Object.entries(INVITE))
      ok(emu, 'saveRecord', [
        { tab: 'Templates', fields: { name: 'Invite', purpose: 'invitation', language, active: true, ...v } },
      ]);
    const eventId = ok<{ record: { id: string } }>(emu, 'saveEvent', [{ fields: EVENT_FIELDS }], COORDINATOR)
      .value!.record.id;
    const add = (contactId: string) =>
      ok<{ record: { id: string } }>(
        emu,
        'saveParticipant',
        [{ eventId, fields: { contactId } }],
        COORDINATOR,
      ).value!.record.id;
    const pa = add(amina);
    const pl = add(lars);
    const draft = {
      name: 'MENA conference invitation',
      templateName: 'Invite',
      audience: { eventIds: [eventId], eventStatuses: ['invited'] },
    };

    // No registration form yet: the token would be empty for every recipient, so nothing starts or is queued.
    const refused = emu.run('startMailing', [draft, null], { user: COMMS });
    expect(refused.error).toMatch(/RegistrationLink/);
    expect(tabRows(emu, 'Mailings')).toEqual([]);
    expect(tabRows(emu, 'Sends')).toEqual([]);

    ok(emu, 'createRegistrationForm', [eventId], COORDINATOR);
    const linkOf = (participantId: string) =>
      ok<string>(emu, 'getRegistrationLink', [eventId, participantId], COORDINATOR).value!;
    const started = ok<{ mailingId: string; queued: number }>(emu, 'startMailing', [draft, null], COMMS)
      .value!;
    expect(started.queued).toBe(2);
    runMinutes(emu, 3);
    const sent = outbox(emu).filter((m) => /MENA conference invitation/.test(m.subject));
    expect(sent).toHaveLength(2);
    const to = (email: string) => sent.find((m) => m.to.includes(email))!;
    const amineMail = to('amina@irbid.example');
    const larsMail = to('lars@aarhus.example');
    // Each message holds its recipient's own link (their participant reference answered), not the other's.
    expect(amineMail.body).toContain(linkOf(pa));
    expect(amineMail.body).toMatch(/Inscrivez-vous ici/);
    expect(larsMail.body).toContain(linkOf(pl));
    expect(larsMail.body).not.toContain(linkOf(pa));
    expect(linkOf(pa)).not.toBe(linkOf(pl));
    expect(linkOf(pa)).toContain(encodeURIComponent(pa));
  });
});
