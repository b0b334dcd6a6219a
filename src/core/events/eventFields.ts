// The fields the Event sidebar edits, and the checks the Events and Participants schemas cannot make alone.

import { budgetLines } from './logistics';

export const EVENT_FORM_FIELDS = [
  'name',
  'type',
  'status',
  'startsOn',
  'endsOn',
  'timeZone',
  'online',
  'place',
  'country',
  'platformLink',
  'hubId',
  'languages',
  'capacity',
  'visaLeadDays',
  'purpose',
  'budget',
  'sessions',
  'notes',
] as const;

export const PARTICIPANT_FORM_FIELDS = [
  'contactId',
  'name',
  'email',
  'organisation',
  'country',
  'gender',
  'role',
  'status',
  'interpretationLanguage',
  'travel',
  'travelFrom',
  'arrivesOn',
  'departsOn',
  'accommodation',
  'visa',
  'nationality',
  'passportNumber',
  'dietary',
  'access',
  'notes',
] as const;

export type EventCheck =
  | { key: 'endsOn'; code: 'events.endsBeforeStart'; params: { start: string; end: string } }
  | { key: 'timeZone'; code: 'events.badTimeZone'; params: { value: string } }
  | { key: 'budget'; code: 'events.badBudget'; params: { n: number } };

/** Whether Intl knows the zone (Apps Script's V8 has ECMA-402 time zones, as core/calendar/localDate.ts says). */
function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Cross-field and shape checks of an event's values (ISO days, the budget as parsed JSON). */
export function eventChecks(v: Readonly<Record<string, unknown>>): EventCheck[] {
  const out: EventCheck[] = [];
  const start = String(v['startsOn'] ?? '');
  const end = String(v['endsOn'] ?? '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end) && end < start)
    out.push({ key: 'endsOn', code: 'events.endsBeforeStart', params: { start, end } });
  const zone = String(v['timeZone'] ?? '').trim();
  if (zone !== '' && !knownZone(zone))
    out.push({ key: 'timeZone', code: 'events.badTimeZone', params: { value: zone } });
  const budget = v['budget'];
  if (budget !== null && budget !== undefined && budget !== '') {
    let parsed: unknown = budget;
    if (typeof budget === 'string') {
      try {
        parsed = JSON.parse(budget);
      } catch {
        parsed = null;
      }
    }
    const list = Array.isArray(parsed) ? parsed : null;
    const lines = budgetLines(list);
    const bad = list === null ? 0 : list.findIndex((x, i) => !validLine(x, lines[i]));
    if (list === null || bad >= 0)
      out.push({ key: 'budget', code: 'events.badBudget', params: { n: bad + 1 } });
  }
  return out;
}

function validLine(raw: unknown, line: { line: string } | undefined): boolean {
  if (!raw || typeof raw !== 'object' || !line || line.line.trim() === '') return false;
  const o = raw as Record<string, unknown>;
  const num = (x: unknown) =>
    typeof x === 'number' || (typeof x === 'string' && x.trim() !== '' && !Number.isNaN(Number(x)));
  return (
    num(o['planned']) &&
    (o['actual'] === undefined || o['actual'] === null || o['actual'] === '' || num(o['actual']))
  );
}
