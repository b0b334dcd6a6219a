// The role table of issue 17 (follow-ups, the political-event watch, member meetings), for everyExport.test.ts:
// each function through google.script.run, for every role, on the demo workbook.
import { CONTACTS } from '../../../sheets-templates';
import { recordById } from './harness';
import type { RoleCall, RoleWorld, Who } from './roleTables';

const READERS: Who[] = ['admin', 'coordinator', 'hub', 'otherHub', 'comms', 'viewer'];
const CITY_EDITORS: Who[] = ['admin', 'coordinator', 'hub'];
const NETWORK_EDITORS: Who[] = ['admin', 'coordinator'];
/** Engagement loggers of any hub: a follow-up is the caller's own, whatever the hub. */
const FOLLOWERS: Who[] = ['admin', 'coordinator', 'hub', 'otherHub', 'comms'];

export function relationsCalls(world: () => RoleWorld): RoleCall[] {
  const emu = () => world().emu;
  const day = (days: number) =>
    new Date(emu().backend.clock.now() + days * 86_400_000).toISOString().slice(0, 10);
  /** A fresh follow-up owned by the caller when they may own one, else by the admin. */
  const followUp = (who?: Who) => {
    const owner = who && FOLLOWERS.indexOf(who) >= 0 ? world().email(who) : world().staff.admin;
    const r = emu().run<{ id: string; version: number }>(
      'addFollowUp',
      [{ what: `Role check ${Math.random()}`, dueOn: day(1) }],
      { user: owner },
    );
    if (r.status !== 'ok') throw new Error(`addFollowUp: ${r.error}`);
    return r.value!;
  };
  const series = new Map<string, { eventId: string; instances: string[]; next: number }>();
  /**
   * A series in the caller's own calendar when they may schedule (the admin's otherwise), made once per user: the
   * advanced service reaches the signed-in user's "primary" calendar only. Each call takes the next occurrence.
   */
  const seriesOf = (who?: Who) => {
    const user = who && NETWORK_EDITORS.indexOf(who) >= 0 ? world().email(who) : world().staff.admin;
    let mine = series.get(user);
    if (!mine) {
      const s = emu().run<{ eventId: string }>(
        'scheduleMemberMeetings',
        [{ summary: 'Role check', firstDay: day(3), count: 40, cityIds: [world().cityId] }],
        { user },
      );
      if (s.status !== 'ok') throw new Error(`scheduleMemberMeetings: ${s.error}`);
      const list = emu().run<{ id: string }[]>('listMeetingOccurrences', [s.value!.eventId], { user });
      mine = { eventId: s.value!.eventId, instances: list.value!.map((o) => o.id), next: 0 };
      series.set(user, mine);
    }
    return mine;
  };
  const occurrence = (who?: Who) => {
    const s = seriesOf(who);
    return s.instances[s.next++]!;
  };
  return [
    { name: 'getFollowUps', allowed: READERS, args: () => [] },
    { name: 'addFollowUp', allowed: FOLLOWERS, args: () => [{ what: 'Role check', dueOn: day(2) }] },
    {
      name: 'completeFollowUp',
      allowed: FOLLOWERS,
      args: (who) => {
        const f = followUp(who);
        return [f.id, f.version];
      },
    },
    {
      name: 'snoozeFollowUp',
      allowed: FOLLOWERS,
      args: (who) => {
        const f = followUp(who);
        return [f.id, f.version, day(7)];
      },
    },
    {
      name: 'reassignFollowUp',
      allowed: FOLLOWERS,
      args: (who) => {
        const f = followUp(who);
        return [f.id, f.version, world().staff.admin];
      },
    },
    {
      name: 'recordWatchItem',
      allowed: CITY_EDITORS,
      args: () => [{ cityId: world().cityId, date: day(30), kind: 'other', note: 'Role check' }],
    },
    {
      name: 'confirmContact',
      allowed: CITY_EDITORS,
      args: () => [world().contactId, Number(recordById(emu(), CONTACTS, world().contactId).version) || 1],
    },
    { name: 'getHubWatch', allowed: READERS, args: () => [null] },
    {
      name: 'scheduleMemberMeetings',
      allowed: NETWORK_EDITORS,
      args: () => [{ summary: 'Role check', firstDay: day(5), count: 2, cityIds: [world().cityId] }],
    },
    { name: 'getMeetings', allowed: NETWORK_EDITORS, args: () => [] },
    {
      name: 'previewMemberMeetings',
      allowed: NETWORK_EDITORS,
      args: () => [{ summary: 'Role check', firstDay: day(5), cityIds: [world().cityId] }],
    },
    {
      name: 'listMeetingOccurrences',
      allowed: NETWORK_EDITORS,
      args: (who) => [seriesOf(who).eventId],
    },
    {
      name: 'rescheduleMeetingOccurrence',
      allowed: NETWORK_EDITORS,
      args: (who) => [occurrence(who), null],
    },
    {
      name: 'recordMeetingAttendance',
      allowed: NETWORK_EDITORS,
      args: (who) => [{ instanceId: occurrence(who), attended: [] }],
    },
  ];
}
