// The emulated Google Calendar's host-side state: events per calendar, exceptions of recurring series, notifications.

/** An event as the Calendar API v3 represents it (the fields the emulator models). */
export interface CalendarEvent {
  kind: 'calendar#event';
  id: string;
  status: 'confirmed' | 'cancelled';
  summary?: string;
  description?: string;
  start: { dateTime: string; timeZone?: string };
  end: { dateTime: string; timeZone?: string };
  recurrence?: string[];
  recurringEventId?: string;
  originalStartTime?: { dateTime: string; timeZone?: string };
  attendees?: { email: string; displayName?: string; responseStatus: string }[];
  organizer: { email: string; self: boolean };
  hangoutLink?: string;
  conferenceData?: Record<string, unknown>;
  iCalUID: string;
  sequence: number;
  created: string;
  updated: string;
}

/** One notification email Calendar would send (sendUpdates "all" or "externalOnly"). */
export interface CalendarNotice {
  eventId: string;
  to: string[];
  kind: 'invitation' | 'update' | 'cancellation';
}

export class CalendarStore {
  /** calendarId (the owner's address for "primary") → event id → event; instance exceptions are keyed by their id. */
  readonly calendars = new Map<string, Map<string, CalendarEvent>>();
  readonly notices: CalendarNotice[] = [];
  /** Events created per user per day, against the documented daily limit. */
  readonly createdToday = new Map<string, number>();
  private counter = 0;

  events(calendarId: string): Map<string, CalendarEvent> {
    let m = this.calendars.get(calendarId);
    if (!m) {
      m = new Map();
      this.calendars.set(calendarId, m);
    }
    return m;
  }

  /** Event ids: base32hex characters (a–v, 0–9), as the API requires of ids a client chooses. */
  newId(): string {
    this.counter++;
    return `scn${this.counter.toString(32).padStart(6, '0')}emu`;
  }

  /** A Meet code in the xxx-yyyy-zzz form. */
  meetCode(): string {
    const letters = 'abcdefghijkmnopqrstuvwxyz';
    let n = ++this.counter * 7919;
    let code = '';
    for (let i = 0; i < 10; i++) {
      code += letters[n % letters.length];
      n = Math.floor(n / letters.length) + i * 31;
    }
    return `${code.slice(0, 3)}-${code.slice(3, 7)}-${code.slice(7, 10)}`;
  }
}
