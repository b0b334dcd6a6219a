// The pure retention rules (src/core/privacy/retention.ts): cut-offs, closed applications, inactive contacts.
import {
  applicationDue,
  closureOf,
  contactDue,
  monthsBefore,
  peopleEmails,
  responseDue,
  sameMoment,
} from '../../src/core/privacy/retention';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('retention rules', () => {
  it('counts calendar months back, the 31st falling to the month’s last day', () => {
    expect(monthsBefore(d('2026-03-31'), 1).toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(monthsBefore(d('2026-01-15'), 24).toISOString().slice(0, 10)).toBe('2024-01-15');
    expect(monthsBefore(d('2026-01-15'), 13).toISOString().slice(0, 10)).toBe('2024-12-15');
  });

  it('closes declined and withdrawn applications at their decision, abandoned ones at their last step', () => {
    const base = { declinedAt: null, withdrawnAt: null, lastStepAt: d('2024-05-01') };
    expect(closureOf({ ...base, stage: 'declined', declinedAt: d('2024-01-01') })).toEqual({
      reason: 'declined',
      since: d('2024-01-01'),
    });
    expect(closureOf({ ...base, stage: 'withdrawn' })).toEqual({
      reason: 'withdrawn',
      since: d('2024-05-01'),
    });
    expect(closureOf({ ...base, stage: 'more info requested' })?.reason).toBe('abandoned');
    for (const stage of ['enquiry received', 'under review', 'approved'])
      expect(closureOf({ ...base, stage })).toBeNull();
    const cut = d('2024-03-01');
    expect(applicationDue({ ...base, stage: 'declined', declinedAt: d('2024-01-01') }, cut)).not.toBeNull();
    expect(applicationDue({ ...base, stage: 'application form sent' }, cut)).toBeNull(); // stepped since the cut-off
  });

  it('finds a contact inactive only when they left before the cut-off and nobody engaged them since', () => {
    const cut = d('2023-01-01');
    const left = { activeTo: d('2022-06-01'), lastEngagement: null, sharedWithActive: false };
    expect(contactDue(left, cut)).toBe(true);
    expect(contactDue({ ...left, lastEngagement: d('2023-02-01') }, cut)).toBe(false);
    expect(contactDue({ ...left, lastEngagement: d('2022-07-01') }, cut)).toBe(true);
    expect(contactDue({ ...left, activeTo: null }, cut)).toBe(false);
    expect(contactDue({ ...left, activeTo: d('2023-06-01') }, cut)).toBe(false);
    expect(contactDue({ ...left, sharedWithActive: true }, cut)).toBe(false);
  });

  it('raw responses, addresses of points of contact, and the same moment to the second', () => {
    expect(responseDue(d('2024-01-01'), d('2024-06-01'))).toBe(true);
    expect(responseDue(null, d('2024-06-01'))).toBe(false);
    const list = JSON.stringify([{ email: ' A@x.org ' }, { email: '[erased]' }, { name: 'no address' }]);
    expect(peopleEmails(list)).toEqual(['a@x.org']);
    expect(peopleEmails('{"email":"b@y.org"}, {"email":"c@z.org"}')).toEqual(['b@y.org', 'c@z.org']);
    expect(sameMoment(new Date(1000), new Date(2500))).toBe(true);
    expect(sameMoment(new Date(1000), new Date(5000))).toBe(false);
  });
});
