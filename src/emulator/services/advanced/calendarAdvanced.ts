// The Calendar advanced service (Calendar API v3 as Apps Script exposes it): Events.insert, get, patch, instances.
// Sources: https://developers.google.com/apps-script/advanced/calendar ("uses the same objects, methods, and
// parameters as the public API"), https://developers.google.com/workspace/calendar/api/v3/reference/events (the
// Event resource), …/events/insert (conferenceDataVersion, sendUpdates), …/events/instances,
// https://developers.google.com/workspace/calendar/api/guides/recurringevents (modifying or cancelling one instance),
// https://developers.google.com/workspace/calendar/api/guides/create-events#conferencing (createRequest, hangoutsMeet).
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { instanceSuffix, occurrences, parseRule } from './calendarRecurrence';
import { type CalendarEvent, CalendarStore } from './calendarStore';

export { CalendarStore };

/** Events a user may create per day: 5,000 on a consumer account, 10,000 on Workspace (the Calendar quotas page);
 *  the emulator applies the consumer figure. */
export const EVENTS_PER_DAY = 5000;

/** "API call to calendar.events.insert failed with error: …" (the form advanced-service failures take; believed). */
const apiError = (method: string, message: string) =>
  new GoogleError(`API call to calendar.events.${method} failed with error: ${message}`);

type Args = Record<string, unknown>;
const obj = (v: unknown): Args => (v && typeof v === 'object' ? (v as Args) : {});
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

abstract class CalendarResource extends ServiceObject {
  readonly _service = 'Calendar';
  constructor(
    g: GoogleBackend,
    protected readonly _store: CalendarStore,
  ) {
    super(g);
  }
  /** "primary" is the signed-in user's primary calendar (its id is their address). */
  protected _calendar(calendarId: unknown, method: string): Map<string, CalendarEvent> {
    const id = String(calendarId ?? '');
    const me = this._g.current.effectiveUser.toLowerCase();
    if (id === 'primary' || id.toLowerCase() === me) return this._store.events(me);
    throw apiError(method, 'Not Found');
  }
}

function parseTime(
  t: unknown,
  which: string,
  method: string,
): { dateTime: string; timeZone?: string; at: Date } {
  const v = obj(t);
  const at = typeof v.dateTime === 'string' ? new Date(v.dateTime) : null;
  if (!at || Number.isNaN(at.getTime()))
    throw apiError(method, which === 'end' ? 'Missing end time.' : 'Missing start time.');
  return {
    dateTime: at.toISOString(),
    ...(typeof v.timeZone === 'string' ? { timeZone: v.timeZone } : {}),
    at,
  };
}

export class CalendarEvents extends CalendarResource {
  readonly _type = 'EventsCollection'; // @types: Calendar.Collection.EventsCollection

  /**
   * insert(resource, calendarId, optionalArgs?) → Event. A `conferenceData.createRequest` of type hangoutsMeet is
   * honoured only with `conferenceDataVersion: 1` (version 0, the default, "assumes no conference data support and
   * ignores conference data in the event's body"); the conference is then created (statusCode "success": believed,
   * as the guide says creation is asynchronous and Meet answers at once in practice) with a video entry point and
   * `hangoutLink`. `recurrence` takes RRULE lines; a recurring event needs start.timeZone. `sendUpdates` "all" or
   * "externalOnly" sends invitations to the attendees ("none", the default, sends none).
   */
  insert(resource: unknown, calendarId: unknown, optionalArgs?: unknown): CalendarEvent {
    const events = this._calendar(calendarId, 'insert');
    const r = obj(resource);
    const args = obj(optionalArgs);
    const me = this._g.current.effectiveUser.toLowerCase();
    const today = new Date(this._g.clock.now()).toISOString().slice(0, 10);
    const key = `${me}|${today}`;
    const made = this._store.createdToday.get(key) ?? 0;
    if (made >= EVENTS_PER_DAY) throw apiError('insert', 'Calendar usage limits exceeded.');
    const start = parseTime(r.start, 'start', 'insert');
    const end = parseTime(r.end, 'end', 'insert');
    if (end.at.getTime() < start.at.getTime()) throw apiError('insert', 'The specified time range is empty.');
    const recurrence = Array.isArray(r.recurrence) ? r.recurrence.map(String) : undefined;
    if (recurrence) {
      if (!start.timeZone) throw apiError('insert', 'Missing time zone definition for start time.');
      for (const line of recurrence)
        if (/^RRULE:/.test(line) && !parseRule(line))
          throw apiError('insert', `Invalid recurrence rule: ${line}`);
    }
    const id = typeof r.id === 'string' && r.id ? r.id : this._store.newId();
    if (events.has(id)) throw apiError('insert', 'The requested identifier already exists.');
    const now = new Date(this._g.clock.now()).toISOString();
    const attendees = (Array.isArray(r.attendees) ? r.attendees : []).map((a) => {
      const x = obj(a);
      return {
        email: String(x.email ?? '').toLowerCase(),
        ...(x.displayName ? { displayName: String(x.displayName) } : {}),
        responseStatus: 'needsAction',
      };
    });
    const event: CalendarEvent = {
      kind: 'calendar#event',
      id,
      status: 'confirmed',
      ...(r.summary !== undefined ? { summary: String(r.summary) } : {}),
      ...(r.description !== undefined ? { description: String(r.description) } : {}),
      start: { dateTime: start.dateTime, ...(start.timeZone ? { timeZone: start.timeZone } : {}) },
      end: { dateTime: end.dateTime, ...(end.timeZone ? { timeZone: end.timeZone } : {}) },
      ...(recurrence ? { recurrence } : {}),
      ...(attendees.length ? { attendees } : {}),
      organizer: { email: me, self: true },
      iCalUID: `${id}@google.com`,
      sequence: 0,
      created: now,
      updated: now,
    };
    const request = obj(obj(r.conferenceData).createRequest);
    if (Number(args.conferenceDataVersion ?? 0) === 1 && Object.keys(request).length > 0) {
      const type = String(obj(request.conferenceSolutionKey).type ?? '');
      if (type !== 'hangoutsMeet') throw apiError('insert', 'Invalid conference type value.');
      const code = this._store.meetCode();
      const uri = `https://meet.google.com/${code}`;
      event.hangoutLink = uri;
      event.conferenceData = {
        createRequest: {
          requestId: String(request.requestId ?? ''),
          conferenceSolutionKey: { type },
          status: { statusCode: 'success' },
        },
        entryPoints: [{ entryPointType: 'video', uri, label: uri.replace('https://', '') }],
        conferenceSolution: { key: { type }, name: 'Google Meet' },
        conferenceId: code,
      };
    }
    events.set(id, event);
    this._store.createdToday.set(key, made + 1);
    this._notify(event, args.sendUpdates, 'invitation');
    return copy(event);
  }

  /** get(calendarId, eventId) → Event, a series, one instance (its exception or its computed form), or a cancelled one. */
  get(calendarId: unknown, eventId: unknown): CalendarEvent {
    const events = this._calendar(calendarId, 'get');
    const found = this._find(events, String(eventId ?? ''));
    if (!found) throw apiError('get', 'Not Found');
    return copy(found);
  }

  /**
   * patch(resource, calendarId, eventId, optionalArgs?) → Event: only the fields given change. Patching an instance
   * id (seriesId_yyyymmddThhmmssZ) makes an exception of that one occurrence, keeping its originalStartTime;
   * `status: "cancelled"` cancels it (the guide: "cancelling an instance" removes it from instances()).
   */
  patch(resource: unknown, calendarId: unknown, eventId: unknown, optionalArgs?: unknown): CalendarEvent {
    const events = this._calendar(calendarId, 'patch');
    const id = String(eventId ?? '');
    const current = this._find(events, id);
    if (!current) throw apiError('patch', 'Not Found');
    const r = obj(resource);
    const next: CalendarEvent = copy(current);
    if (r.summary !== undefined) next.summary = String(r.summary);
    if (r.description !== undefined) next.description = String(r.description);
    if (r.start !== undefined) {
      const s = parseTime(r.start, 'start', 'patch');
      next.start = { dateTime: s.dateTime, ...(s.timeZone ? { timeZone: s.timeZone } : {}) };
    }
    if (r.end !== undefined) {
      const e = parseTime(r.end, 'end', 'patch');
      next.end = { dateTime: e.dateTime, ...(e.timeZone ? { timeZone: e.timeZone } : {}) };
    }
    if (new Date(next.end.dateTime).getTime() < new Date(next.start.dateTime).getTime())
      throw apiError('patch', 'The specified time range is empty.');
    if (r.status === 'cancelled' || r.status === 'confirmed') next.status = r.status;
    if (Array.isArray(r.attendees))
      next.attendees = r.attendees.map((a) => ({
        email: String(obj(a).email ?? '').toLowerCase(),
        responseStatus: 'needsAction',
      }));
    next.sequence = current.sequence + 1;
    next.updated = new Date(this._g.clock.now()).toISOString();
    events.set(next.id, next);
    this._notify(
      next,
      obj(optionalArgs).sendUpdates,
      next.status === 'cancelled' ? 'cancellation' : 'update',
    );
    return copy(next);
  }

  /**
   * instances(calendarId, eventId, optionalArgs?) → Events `{ kind: "calendar#events", items }`: the series'
   * occurrences in time order, each with its own id, `recurringEventId` and `originalStartTime`, exceptions as
   * patched, cancelled ones left out (showDeleted false by default). `timeMin`/`timeMax` bound the end/start.
   */
  instances(calendarId: unknown, eventId: unknown, optionalArgs?: unknown): Record<string, unknown> {
    const events = this._calendar(calendarId, 'instances');
    const series = events.get(String(eventId ?? ''));
    if (!series) throw apiError('instances', 'Not Found');
    const args = obj(optionalArgs);
    const min = typeof args.timeMin === 'string' ? new Date(args.timeMin).getTime() : -Infinity;
    const max = typeof args.timeMax === 'string' ? new Date(args.timeMax).getTime() : Infinity;
    const limit = typeof args.maxResults === 'number' ? args.maxResults : 250;
    const items = this._instances(events, series)
      .filter((e) => e.status !== 'cancelled' || args.showDeleted === true)
      .filter((e) => new Date(e.end.dateTime).getTime() > min && new Date(e.start.dateTime).getTime() < max)
      .slice(0, limit);
    return { kind: 'calendar#events', summary: series.summary ?? '', items: items.map(copy) };
  }

  _instances(events: Map<string, CalendarEvent>, series: CalendarEvent): CalendarEvent[] {
    if (!series.recurrence) return [series];
    const rule = series.recurrence.map(parseRule).find((x) => x !== null);
    if (!rule) return [series];
    const first = new Date(series.start.dateTime);
    const length = new Date(series.end.dateTime).getTime() - first.getTime();
    const tz = series.start.timeZone ?? 'UTC';
    return occurrences(first, rule, tz).map((at) => {
      const id = `${series.id}_${instanceSuffix(at)}`;
      const exception = events.get(id);
      if (exception) return exception;
      const { recurrence: _r, ...rest } = series;
      return {
        ...copy(rest),
        id,
        recurringEventId: series.id,
        originalStartTime: { dateTime: at.toISOString(), timeZone: tz },
        start: { dateTime: at.toISOString(), timeZone: tz },
        end: { dateTime: new Date(at.getTime() + length).toISOString(), timeZone: tz },
      };
    });
  }

  _find(events: Map<string, CalendarEvent>, id: string): CalendarEvent | undefined {
    const direct = events.get(id);
    if (direct) return direct;
    const m = /^(.+)_(\d{8}T\d{6}Z)$/.exec(id);
    const series = m ? events.get(m[1]!) : undefined;
    return series ? this._instances(events, series).find((e) => e.id === id) : undefined;
  }

  _notify(event: CalendarEvent, sendUpdates: unknown, kind: 'invitation' | 'update' | 'cancellation'): void {
    const me = this._g.current.effectiveUser.toLowerCase();
    const to = (event.attendees ?? []).map((a) => a.email).filter((e) => e !== me);
    const domain = me.split('@')[1] ?? '';
    const chosen =
      sendUpdates === 'all'
        ? to
        : sendUpdates === 'externalOnly'
          ? to.filter((e) => !e.endsWith(`@${domain}`))
          : [];
    if (chosen.length > 0) this._store.notices.push({ eventId: event.id, to: chosen, kind });
  }
}

/** The `Calendar` global, present only when appsscript.json enables the advanced service. */
export class CalendarAdvancedRoot extends CalendarResource {
  readonly _type = 'Calendar';
  override _properties(): Record<string, unknown> {
    return { Events: new CalendarEvents(this._g, this._store) };
  }
}
