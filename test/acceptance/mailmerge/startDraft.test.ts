// Starting a saved mailing draft (issue 12): the draft row becomes the mailing under the same id, at the version the
// sidebar read (a start over a newer save is refused naming who saved it), and nothing but a draft converts.

import { recipientsWorld, runMinutes, sendsOf } from './sendingWorld';
import { COMMS, ok, outbox, tabRows } from './world';

const DRAFT = { name: 'Saved then sent', templateName: 'Quarterly', audience: {} };

interface Saved {
  id: string;
  version: number;
}

describe('starting a saved draft', () => {
  const emu = recipientsWorld(12, 3);
  const saved = ok<Saved>(emu, 'saveMailingDraft', [DRAFT, null, null], COMMS).value!;

  it('refuses a start over a newer save of the draft, naming the change', () => {
    ok(emu, 'saveMailingDraft', [{ ...DRAFT, name: 'Saved then sent (v2)' }, saved.id, 1], COMMS);
    const r = emu.run('startMailing', [DRAFT, null, null, { mailingId: saved.id, version: 1 }], {
      user: COMMS,
    });
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/changed|modifié/i);
    const rows = tabRows(emu, 'Mailings');
    expect(rows.filter((m) => m['Status'] !== 'draft' && m['Name'] !== '')).toEqual([]);
    expect(tabRows(emu, 'Sends')).toEqual([]);
  });

  it('converts the draft row into the mailing: same id, no second row, everyone mailed once', () => {
    const named = { ...DRAFT, name: 'Saved then sent (final)' };
    const r = ok<{ mailingId: string }>(
      emu,
      'startMailing',
      [named, null, 'SavedDraftStart00001', { mailingId: saved.id, version: 2 }],
      COMMS,
    ).value!;
    expect(r.mailingId).toBe(saved.id);
    const rows = tabRows(emu, 'Mailings');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'Mailing ID': saved.id,
      Name: named.name,
      Status: 'sending',
      Recipients: 12,
    });
    expect(sendsOf(emu, saved.id)).toHaveLength(12);
    // The same Start retried (its answer lost) is the same mailing.
    const again = ok<{ mailingId: string }>(
      emu,
      'startMailing',
      [named, null, 'SavedDraftStart00001', { mailingId: saved.id, version: 2 }],
      COMMS,
    ).value!;
    expect(again.mailingId).toBe(saved.id);
    runMinutes(emu, 5);
    expect(outbox(emu)).toHaveLength(12);
    expect(tabRows(emu, 'Mailings')[0]!['Status']).toBe('done');
  });

  it('refuses to start a mailing that is no longer a draft as a draft', () => {
    const r = emu.run(
      'startMailing',
      [DRAFT, null, 'SavedDraftStart00002', { mailingId: saved.id, version: 3 }],
      {
        user: COMMS,
      },
    );
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/only a draft/);
    expect(tabRows(emu, 'Mailings')).toHaveLength(1);
  });
});
