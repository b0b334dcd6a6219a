// Acceptance (issue 17 part 1) through dist/Code.js: follow-ups hung on records, ordered by due date, moved by done,
// snooze and reassign with the version checked; a meeting's action points become follow-ups; the digest lists them.

import { sheet, values } from '../workbook/harness';
import { COORDINATOR, followUps, HUB_OFFICER, ok, outbox, relationsWorld, tabRows, VIEWER } from './world';

const add = (emu: ReturnType<typeof relationsWorld>['emu'], user: string, fields: Record<string, unknown>) =>
  ok<{ id: string; version: number }>(emu, 'addFollowUp', [fields], user).value!;

describe('follow-ups', () => {
  it('lists the caller’s open follow-ups ordered by due date, then the team’s due ones for a coordinator', () => {
    const { emu } = relationsWorld();
    const late = add(emu, COORDINATOR, { what: 'Send the minutes', dueOn: '2026-05-28' });
    const later = add(emu, COORDINATOR, { what: 'Call the mayor', dueOn: '2026-06-10' });
    const today = add(emu, COORDINATOR, { what: 'Book the room', dueOn: '2026-06-01' });
    const officer = add(emu, COORDINATOR, {
      what: 'Check the venue',
      dueOn: '2026-05-30',
      owner: HUB_OFFICER,
    });
    const officerLater = add(emu, HUB_OFFICER, { what: 'Draft the agenda', dueOn: '2026-06-20' });
    const view = followUps(emu, COORDINATOR);
    expect(view.mine.map((f) => [f.id, f.state])).toEqual([
      [late.id, 'overdue'],
      [today.id, 'due'],
      [later.id, 'upcoming'],
    ]);
    // The team's: due or overdue only, never the coordinator's own.
    expect(view.team!.map((f) => f.id)).toEqual([officer.id]);
    const hub = followUps(emu, HUB_OFFICER);
    expect(hub.mine.map((f) => f.id)).toEqual([officer.id, officerLater.id]);
    expect(hub.team).toBeNull();
  });

  it('moves by done, snooze and reassign; a stale version and someone else’s follow-up are refused', () => {
    const { emu } = relationsWorld();
    const a = add(emu, HUB_OFFICER, { what: 'Send the report', dueOn: '2026-05-29' });
    const b = add(emu, HUB_OFFICER, { what: 'Phone the policy team', dueOn: '2026-05-30' });
    const c = add(emu, HUB_OFFICER, { what: 'Share the toolkit', dueOn: '2026-06-01' });
    // Snooze a to the 5th: b and c now come first.
    const snoozed = ok<{ due: string; version: number }>(
      emu,
      'snoozeFollowUp',
      [a.id, a.version, '2026-06-05'],
      HUB_OFFICER,
    ).value!;
    expect(snoozed.due).toBe('2026-06-05');
    expect(followUps(emu, HUB_OFFICER).mine.map((f) => f.id)).toEqual([b.id, c.id, a.id]);
    // The version read before the snooze is stale now.
    const stale = emu.run('completeFollowUp', [a.id, a.version], { user: HUB_OFFICER });
    expect(stale.status).toBe('error');
    expect(stale.error).toMatch(/changed|version/i);
    ok(emu, 'completeFollowUp', [b.id, b.version], HUB_OFFICER);
    ok(emu, 'reassignFollowUp', [c.id, c.version, COORDINATOR], HUB_OFFICER);
    expect(followUps(emu, HUB_OFFICER).mine.map((f) => f.id)).toEqual([a.id]);
    expect(followUps(emu, COORDINATOR).mine.map((f) => f.id)).toEqual([c.id]);
    const rows = tabRows(emu, 'Follow-ups');
    const row = (id: string) => rows.find((r) => r['Follow-up ID'] === id)!;
    expect(row(b.id)['Status']).toBe('done');
    expect(row(b.id)['Done at']).toBeInstanceOf(Date);
    expect(row(c.id)['Owner']).toBe(COORDINATOR);
    // The hub officer no longer owns c; a done one cannot be done again; a viewer cannot own one.
    const cNow = followUps(emu, COORDINATOR).mine[0]!;
    expect(emu.run('completeFollowUp', [cNow.id, cNow.version], { user: HUB_OFFICER }).error).toMatch(
      /belongs to/,
    );
    const bNow = rows.find((r) => r['Follow-up ID'] === b.id)!['Version'];
    expect(emu.run('completeFollowUp', [b.id, bNow], { user: HUB_OFFICER }).error).toMatch(/already done/);
    expect(emu.run('reassignFollowUp', [cNow.id, cNow.version, VIEWER], { user: COORDINATOR }).error).toMatch(
      /not active staff/,
    );
    expect(
      emu.run('snoozeFollowUp', [cNow.id, cNow.version, '2026-05-01'], { user: COORDINATOR }).error,
    ).toMatch(/after today/);
  });

  it('hangs on a record: the city comes from it, and a record that is not there is refused', () => {
    const { emu, cityId } = relationsWorld();
    const eng = ok<{ ok: boolean; record: { id: string } }>(
      emu,
      'logEngagement',
      [{ fields: { date: '2026-06-01', type: 'meeting', cityIds: [cityId], summary: 'Call', topics: [] } }],
      COORDINATOR,
    ).value!;
    const f = add(emu, COORDINATOR, { what: 'Send slides', dueOn: '2026-06-03', recordId: eng.record.id });
    const row = tabRows(emu, 'Follow-ups').find((r) => r['Follow-up ID'] === f.id)!;
    expect(row['On record']).toBe(eng.record.id);
    expect(row['City']).toBe(cityId);
    expect(
      emu.run('addFollowUp', [{ what: 'x', dueOn: '2026-06-03', recordId: 'ENG-999999' }], {
        user: COORDINATOR,
      }).error,
    ).toMatch(/not an engagement/);
  });

  it('turns a logged meeting’s action points into follow-ups, once even when the save is retried', () => {
    const { emu, cityId } = relationsWorld();
    const request = {
      fields: {
        date: '2026-06-01',
        type: 'meeting',
        cityIds: [cityId],
        summary: 'Met the mayor',
        topics: [],
      },
      requestId: 'req-0123456789abcdef',
      actionPoints: '- Send the toolkit\n\n* Introduce Kampala\n- Send the toolkit\n',
    };
    const first = ok<{ ok: true; record: { id: string }; followUpIds: string[] }>(
      emu,
      'logEngagement',
      [request],
      HUB_OFFICER,
    ).value!;
    expect(first.followUpIds).toHaveLength(2);
    const again = ok<{ ok: true; record: { id: string }; followUpIds: string[] }>(
      emu,
      'logEngagement',
      [request],
      HUB_OFFICER,
    ).value!;
    expect(again.record.id).toBe(first.record.id);
    const rows = tabRows(emu, 'Follow-ups');
    expect(rows.map((r) => r['What'])).toEqual(['Send the toolkit', 'Introduce Kampala']);
    for (const r of rows) {
      expect(r['Owner']).toBe(HUB_OFFICER);
      expect(r['On record']).toBe(first.record.id);
      // No follow-up date on the engagement: a week after the meeting.
      expect((r['Due on'] as Date).getDate()).toBe(8);
    }
  });

  it('puts each reader’s follow-ups in the daily digest, the team’s apart', () => {
    const { emu } = relationsWorld();
    add(emu, COORDINATOR, { what: 'Chase the signed MoU', dueOn: '2026-05-25' });
    add(emu, COORDINATOR, { what: 'Not yet due', dueOn: '2026-07-01' });
    add(emu, HUB_OFFICER, { what: 'Visit the youth centre', dueOn: '2026-06-01' });
    const before = outbox(emu).length;
    const run = emu.run('sendDailyDigestNow', [], { user: COORDINATOR });
    expect(run.status).toBe('ok');
    const mail = outbox(emu)
      .slice(before)
      .find((m) => String(m.to).includes(COORDINATOR))!;
    const body = String(mail.body);
    expect(body).toMatch(
      /Your follow-ups due or overdue \(1\):\n• FUP-\d+ – Chase the signed MoU – due 25\/05\/2026/,
    );
    expect(body).toMatch(
      /The team's follow-ups due or overdue \(1\):\n• FUP-\d+ – Visit the youth centre – due 01\/06\/2026 · Hub Officer/,
    );
    expect(body).not.toMatch(/Not yet due/);
  });

  it('reads no more cells for the sidebar when the tab holds 400 more done follow-ups', () => {
    const { emu } = relationsWorld();
    add(emu, COORDINATOR, { what: 'Chase the signed MoU', dueOn: '2026-05-25' });
    const cells = () => emu.run('getFollowUps', [], { user: HUB_OFFICER }).execution.cellsRead;
    const small = cells();
    // History typed host-side: 400 done follow-ups of someone else, below the open one.
    const s = sheet(emu, 'Follow-ups');
    const head = values(emu, 'Follow-ups')[0]!.map(String);
    const rows = Array.from({ length: 400 }, (_, i) =>
      head.map((h) =>
        h === 'Follow-up ID'
          ? `FUP-${String(1000 + i).padStart(6, '0')}`
          : h === 'What'
            ? `Old task ${i}`
            : h === 'Owner'
              ? 'someone@strongcities.org'
              : h === 'Due on'
                ? new Date('2025-01-01T00:00:00Z')
                : h === 'Status'
                  ? 'done'
                  : h === 'Version'
                    ? 1
                    : '',
      ),
    );
    s.setValuesRaw(s.lastRow() + 1, 1, rows);
    expect(cells()).toBe(small);
  });
});
