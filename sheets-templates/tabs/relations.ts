// Tab definitions for keeping relationships alive (issue 17): Follow-ups hung on any record, and the political-event Watch.

import { bookkeepingColumns, col, idColumn, tableTab } from '../model';
import { FOLLOW_UP_STATUSES, WATCH_KINDS } from '../vocabularies';

/**
 * One row per thing someone promised to do: its owner (a Staff email, the column the sidebar and the digest
 * search), its due date, and the record it hangs on (an engagement, application, match, event or watch item).
 * Snoozing moves Snoozed until; done sets Status and Done at. Rows are never deleted, so ids are never reissued.
 */
export const FOLLOW_UPS = tableTab({
  name: 'Follow-ups',
  prefix: 'FUP',
  description:
    'Follow-ups promised to members and partners: what, who, by when, and the record they hang on.',
  columns: [
    idColumn('id', 'Follow-up ID', 'FUP'),
    col('what', 'What', 'text', { required: true, maxLength: 500, width: 260 }),
    col('owner', 'Owner', 'email', {
      required: true,
      note: 'The staff member (their Staff email) who does it.',
    }),
    col('dueOn', 'Due on', 'date', { required: true }),
    col('status', 'Status', 'enum', { required: true, values: FOLLOW_UP_STATUSES }),
    col('recordId', 'On record', 'ref', {
      refTabs: ['Engagements', 'Applications', 'Matches', 'Events', 'Watch'],
      note: 'The engagement, application, match, event or watch item this follow-up hangs on.',
    }),
    col('cityId', 'City', 'ref', { refTabs: ['Cities'] }),
    col('snoozedUntil', 'Snoozed until', 'date', { note: 'Not shown as due before this day.' }),
    col('doneAt', 'Done at', 'dateTime'),
    ...bookkeepingColumns(),
  ],
});

/**
 * Political events per city that may need the network to reach out: elections (entered ahead, shown on the city
 * profile), changes of mayor or governor (which flag the city's political contacts for re-confirmation),
 * incidents (the digest suggests engaging), policy changes.
 */
export const WATCH = tableTab({
  name: 'Watch',
  prefix: 'WCH',
  description:
    'Political events per city: elections, changes of mayor or governor, incidents, policy changes.',
  columns: [
    idColumn('id', 'Watch ID', 'WCH'),
    col('cityId', 'City', 'ref', { required: true, refTabs: ['Cities'] }),
    col('date', 'Date', 'date', {
      required: true,
      note: 'When it happens or happened; elections may be ahead.',
    }),
    col('kind', 'Kind', 'enum', { required: true, values: WATCH_KINDS }),
    col('sourceUrl', 'Source link', 'url'),
    col('note', 'Note', 'longText'),
    col('followUpNeeded', 'Follow-up needed', 'boolean'),
    col('followUpId', 'Follow-up', 'ref', { refTabs: ['Follow-ups'], system: true }),
    ...bookkeepingColumns(),
  ],
});
