// Saving the mailing sidebar's work as a draft Mailings row and reopening it, through the shipped bundle: name,
// template, audience filters and Drive files kept; a stale save refused naming who changed it; only drafts change.

import { COMMS, draft, mailWorld, ok, tabRows } from './world';

interface Saved {
  id: string;
  version: number;
  draft: { name: string; templateName: string; audience: Record<string, unknown>; attachments: unknown[] };
}

describe('saved mailing drafts', () => {
  const { emu, ids } = mailWorld();
  const files = [{ fileId: '1AbcdefghijKLMNOP_-123', use: 'link' }];

  it('saves a new draft row and reopens it as saved', () => {
    const audience = {
      countries: ['France'],
      languages: ['fr'],
      eventIds: ['EVT-000001'],
      eventStatuses: ['attended'],
    };
    const d = draft({ audience, attachments: files });
    const s = ok<Saved>(emu, 'saveMailingDraft', [d, null, null], COMMS).value!;
    expect(s.id).toMatch(/^MLG-\d{6}$/);
    expect(s.version).toBe(1);
    const row = tabRows(emu, 'Mailings').find((m) => m['Mailing ID'] === s.id)!;
    expect(row).toMatchObject({
      Name: 'March briefing',
      Template: 'Briefing',
      Status: 'draft',
      'Created by': COMMS,
    });
    const back = ok<Saved>(emu, 'getMailingDraft', [s.id], COMMS).value!;
    expect(back).toEqual({
      id: s.id,
      version: 1,
      draft: {
        name: 'March briefing',
        templateName: 'Briefing',
        audience,
        attachments: files,
      },
    });
  });

  it('updates the draft at its version, refuses a stale save, and changes no mailing past draft', () => {
    const s = ok<Saved>(emu, 'saveMailingDraft', [draft({ name: 'April' }), null, null], COMMS).value!;
    const v2 = ok<Saved>(emu, 'saveMailingDraft', [draft({ name: 'April (final)' }), s.id, 1], COMMS).value!;
    expect(v2.version).toBe(2);
    expect(v2.draft.name).toBe('April (final)');
    const stale = emu.run('saveMailingDraft', [draft({ name: 'April (old tab)' }), s.id, 1], { user: COMMS });
    expect(stale.status).toBe('error');
    expect(stale.error).toMatch(/changed|modifié/i);
    expect(ok<Saved>(emu, 'getMailingDraft', [s.id], COMMS).value!.draft.name).toBe('April (final)');
    // A test send makes the standing "Automatic: Test sends" mailing, which is not a draft.
    ok(emu, 'sendMailingTest', [draft(), ids.claire, null], COMMS);
    const sending = tabRows(emu, 'Mailings').find((m) => m['Status'] !== 'draft')!;
    const r = emu.run('saveMailingDraft', [draft(), String(sending['Mailing ID']), 1], { user: COMMS });
    expect(r.error).toMatch(/only a draft can be changed/);
    const bad = emu.run('saveMailingDraft', [draft({ name: 'two\nlines' }), null, null], { user: COMMS });
    expect(bad.error).toMatch(/Name: write the mailing’s name on one line/);
  });
});
