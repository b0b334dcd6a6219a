// Issue 12 item 3: audiences from filters, each contact left out counted with its reason; reads that do not grow with Sends.

import { COMMS, draft, mailWorld, ok, sheet } from './world';

describe('audiences (issue 12 item 3)', () => {
  const { emu, ids } = mailWorld();
  const audience = (filters: Record<string, unknown> = {}) =>
    ok<{
      matched: number;
      count: number;
      sample: { contactId: string }[];
      counts: Record<string, number>;
      excluded: { contactId: string; reason: string; detail: string }[];
    }>(emu, 'previewAudience', [draft({ audience: filters })], COMMS).value!;

  it('removes opted-out, inactive, suppressed, address-less and duplicate contacts, each with its reason', () => {
    const a = audience();
    expect(a.matched).toBe(10);
    expect(a.count).toBe(5);
    expect(a.counts).toEqual({
      'no email': 1,
      inactive: 1,
      'opted out': 1,
      suppressed: 1,
      'no consent': 0,
      duplicate: 1,
    });
    const why = Object.fromEntries(a.excluded.map((e) => [e.contactId, [e.reason, e.detail]]));
    expect(why[ids.noEmail!]).toEqual(['no email', '']);
    expect(why[ids.left!]![0]).toBe('inactive');
    expect(why[ids.optedOut!]![0]).toBe('opted out');
    expect(why[ids.bounced!]).toEqual(['suppressed', 'bounced']);
    expect(why[ids.dup!]).toEqual(['duplicate', ids.claire]); // the first contact with the address is kept
    expect(a.sample.map((s) => s.contactId)).toEqual([
      ids.amina,
      ids.omar,
      ids.claire,
      ids.pierre,
      ids.lucia,
    ]);
  });

  it('filters by membership status, hub, country, category, language and topics', () => {
    expect(audience({ statuses: ['applicant'] }).sample.map((s) => s.contactId)).toEqual([ids.lucia]);
    expect(audience({ countries: ['France'] }).count).toBe(2);
    expect(audience({ categories: ["mayor's office"] }).sample.map((s) => s.contactId)).toEqual([ids.amina]);
    expect(audience({ languages: ['es'] }).count).toBe(3);
    expect(audience({ topics: ['youth engagement'] }).count).toBe(2);
    const hub = audience({ hubIds: ['HUB-000001'] });
    expect(hub.matched).toBe(4); // Irbid's four contacts, before exclusions
  });

  it('starts from a saved mailing’s audience', () => {
    const saved = ok<{ id: string }>(emu, 'saveRecord', [
      {
        tab: 'Mailings',
        fields: {
          name: 'French list',
          templateName: 'Briefing',
          status: 'draft',
          audience: { countries: ['France'] },
        },
      },
    ]).value!.id;
    expect(audience({ savedList: saved }).count).toBe(2);
    expect(audience({ savedList: saved, categories: ['practitioner'] }).count).toBe(2);
    const missing = emu.run('previewAudience', [draft({ audience: { savedList: 'MLG-999999' } })], {
      user: COMMS,
    });
    expect(missing.error).toMatch(/there is no mailing MLG-999999/);
  });

  it('a bad draft is refused naming the field', () => {
    const r = emu.run('previewAudience', [{ name: 'two\nlines', templateName: 'Briefing' }], { user: COMMS });
    expect(r.error).toMatch(/^.*Name: write the mailing’s name on one line/);
    const f = emu.run('previewAudience', [draft({ audience: { countries: 'France' } })], { user: COMMS });
    expect(f.error).toMatch(/Audience: the filters could not be read/);
  });

  it('cells read do not grow with the Sends history', () => {
    const cells = () => {
      const r = emu.run('previewAudience', [draft()], { user: COMMS });
      return r.execution.records.reduce((n, c) => n + c.cellsRead + (c.cellsScanned ?? 0), 0);
    };
    const before = cells();
    const sends = sheet(emu, 'Sends');
    const rows = Array.from({ length: 5000 }, (_, i) => [
      `SND-${String(900000 + i)}`,
      'MLG-000001',
      '',
      `x${i}@e.org`,
      'en',
      '',
      'sent',
    ]);
    sends.setValuesRaw(sends.lastRow() + 1, 1, rows);
    expect(cells()).toBe(before);
  });
});
