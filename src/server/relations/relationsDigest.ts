// The daily digest's relationship part (issue 17): the reader's follow-ups due, the team's, and incidents to act on.

import { CITIES, WATCH } from '../../../sheets-templates';
import { displayDay } from '../../core/calendar/displayDate';
import { addDays } from '../../core/calendar/localDate';
import { displayValue, type Language, message } from '../../core/messages';
import { dueBy, effectiveDue } from '../../core/relations/followUps';
import { formatIsoDate } from '../../core/schema/cells';
import { normaliseEmail } from '../../core/schema/text';
import { recordNames } from '../records/lookups';
import type { WorkbookSession } from '../store/session';
import { activeStaff, allOpenFollowUps, type FollowUpLine } from './followUpRows';

/** Incidents this many days old or newer are suggested for engagement. */
export const INCIDENT_DAYS = 7;
const MAX_LINES = 20;

export interface RelationsDigestData {
  today: string;
  due: FollowUpLine[];
  staffNames: Map<string, string>;
  incidents: { cityName: string; kind: string; date: string; note: string }[];
}

/** What the digest needs, read once per run: open follow-ups (a Status search) and the week's incidents (a Kind search). */
export function relationsDigestData_(session: WorkbookSession): RelationsDigestData {
  const today = formatIsoDate(session.now());
  const due = dueBy(allOpenFollowUps(session), today);
  const staffNames = new Map([...activeStaff(session).entries()].map(([e, s]) => [e, s.name]));
  const watch = session.table(WATCH);
  const since = addDays(today, -INCIDENT_DAYS);
  const rows = watch.exists()
    ? watch
        .findRows('kind', ['incident'])
        .map((r) => watch.values(r))
        .filter((v) => v['date'] instanceof Date)
        .map((v) => ({ v, date: formatIsoDate(v['date'] as Date) }))
        .filter((x) => x.date >= since && x.date <= today)
    : [];
  const names = session.table(CITIES).exists()
    ? recordNames(
        session,
        rows.map((x) => String(x.v['cityId'] ?? '')),
      )
    : {};
  const incidents = rows
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((x) => ({
      cityName: names[String(x.v['cityId'])] ?? String(x.v['cityId'] ?? ''),
      kind: String(x.v['kind']),
      date: x.date,
      note: String(x.v['note'] ?? '').slice(0, 120),
    }));
  return { today, due, staffNames, incidents };
}

const capped = (lines: readonly string[], lang: Language) =>
  lines.length <= MAX_LINES
    ? lines.join('\n')
    : [...lines.slice(0, MAX_LINES), message('digest.more', { n: lines.length - MAX_LINES }, lang)].join(
        '\n',
      );

/** The digest fields for one reader: their own follow-ups due, everyone else's (with the owner), incidents. */
export function relationsDigestFields_(data: RelationsDigestData, reader: string, lang: Language) {
  const me = normaliseEmail(reader);
  const line = (f: FollowUpLine, withOwner: boolean) =>
    message(
      'digest.followUpLine',
      {
        id: f.id,
        what: f.what,
        due: displayDay(effectiveDue(f), lang),
        owner: withOwner ? ` · ${data.staffNames.get(f.owner) ?? f.owner}` : '',
      },
      lang,
    );
  const mine = data.due.filter((f) => f.owner === me);
  const team = data.due.filter((f) => f.owner !== me);
  return {
    FollowUpsCount: mine.length,
    FollowUpsList: capped(
      mine.map((f) => line(f, false)),
      lang,
    ),
    TeamFollowUpsCount: team.length,
    TeamFollowUpsList: capped(
      team.map((f) => line(f, true)),
      lang,
    ),
    IncidentsCount: data.incidents.length,
    IncidentsList: capped(
      data.incidents.map((i) =>
        message(
          'digest.incidentLine',
          {
            city: i.cityName,
            kind: displayValue(i.kind, lang),
            date: displayDay(i.date, lang),
            note: i.note ? ` (${i.note})` : '',
          },
          lang,
        ),
      ),
      lang,
    ),
  };
}
