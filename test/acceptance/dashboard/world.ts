// A small network written straight into a set-up workbook (host side, as a person would type it), with dates chosen
// so every Dashboard indicator has a value computed by hand in the tests. Today is Friday 15 May 2026 (2026 Q2).

import { columnsOf } from '../../../sheets-templates';
import { Emulator } from '../../../src/emulator';
import { ok, setSetting, sheet, values } from '../intake/harness';

export { ok, sheet, values };
export const TODAY = new Date('2026-05-15T12:00:00Z');

/** Local midnight of a day (the workbook's zone is the test process's: Europe/London). */
export const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};
export const at = (iso: string) => new Date(iso);

/** Appends rows to a tab, fields by key, placed under the tab's own headers. */
export function putRows(emu: Emulator, tab: string, records: Record<string, unknown>[]): void {
  const s = sheet(emu, tab);
  const head = (values(emu, tab)[0] ?? []).map(String);
  const cols = columnsOf(tab);
  const start = Math.max(2, s.lastRow() + 1);
  const rows = records.map((r) =>
    head.map((h) => {
      const c = cols.find((x) => x.header === h);
      const v = c ? r[c.key] : undefined;
      if (v === undefined || v === null) return '';
      if (Array.isArray(v)) return v.join(', ');
      return v as string | number | boolean | Date;
    }),
  );
  if (rows.length > 0) s.setValuesRaw(start, 1, rows);
}

export const HUB_A = 'HUB-000001';
export const HUB_E = 'HUB-000002';
const bk = { version: 1 };

export function dashboardWorld(): Emulator {
  const emu = new Emulator({ start: TODAY });
  ok(emu, 'setupWorkbook');
  setSetting(emu, 'Holidays', '2026-04-08');
  putRows(emu, 'Hubs', [
    { id: HUB_A, name: 'Africa', ...bk },
    { id: HUB_E, name: 'Europe', ...bk },
  ]);
  const city = (id: string, hubId: string, status: string, more: Record<string, unknown>) => ({
    id,
    name: id,
    country: 'Kenya',
    hubId,
    status,
    ...more,
    ...bk,
  });
  putRows(emu, 'Cities', [
    city('CTY-000001', HUB_A, 'member', {
      joinedOn: day('2026-04-10'),
      profileReviewedOn: day('2026-05-01'),
    }),
    city('CTY-000002', HUB_A, 'member', { joinedOn: day('2026-02-05') }),
    city('CTY-000003', HUB_E, 'member', {
      joinedOn: day('2025-06-01'),
      profileReviewedOn: day('2025-01-10'),
    }),
    city('CTY-000004', HUB_E, 'lapsed', {
      joinedOn: day('2024-03-01'),
      statusChangedOn: day('2026-04-20'),
      profileReviewedOn: day('2026-03-01'),
    }),
    city('CTY-000005', HUB_E, 'prospect', {}),
    city('CTY-000006', HUB_A, 'withdrawn', {
      joinedOn: day('2023-01-01'),
      statusChangedOn: day('2025-12-01'),
    }),
  ]);
  const contact = (id: string, orgId: string, more: Record<string, unknown> = {}) => ({
    id,
    orgId,
    name: id,
    category: 'mayor',
    email: `${id.toLowerCase()}@example.org`,
    ...more,
    ...bk,
  });
  putRows(emu, 'Contacts', [
    contact('CON-000001', 'CTY-000001'),
    contact('CON-000002', 'CTY-000002'),
    contact('CON-000003', 'CTY-000003', { optedOut: true, optedOutOn: day('2026-04-02') }),
    contact('CON-000004', 'CTY-000004', { optedOut: true, optedOutOn: day('2026-01-15') }),
  ]);
  const eng = (
    id: string,
    date: string,
    type: string,
    source: string,
    cityIds: string[],
    contactIds: string[],
  ) => ({
    id,
    date: day(date),
    type,
    source,
    cityIds,
    contactIds,
    summary: 'x',
    ...bk,
  });
  putRows(emu, 'Engagements', [
    eng('ENG-000001', '2026-05-01', 'meeting', 'manual', ['CTY-000001'], []),
    eng('ENG-000002', '2026-03-20', 'email', 'mailing', [], ['CON-000002']),
    eng('ENG-000003', '2025-12-01', 'event', 'event', ['CTY-000003'], []),
    eng('ENG-000004', '2026-04-15', 'training', 'manual', ['CTY-000001', 'CTY-000004'], []),
    eng('ENG-000005', '2025-09-10', 'meeting', 'manual', ['CTY-000004'], []),
  ]);
  const app = (id: string, hubId: string, stamps: Record<string, string>) => ({
    id,
    stage: 'enquiry received',
    cityName: id,
    country: 'Kenya',
    hubId,
    ...Object.fromEntries(Object.entries(stamps).map(([k, v]) => [k, at(v)])),
    ...bk,
  });
  putRows(emu, 'Applications', [
    app('APP-000001', HUB_A, {
      enquiryReceivedAt: '2026-04-06T10:00:00Z',
      formSentAt: '2026-04-09T10:00:00Z',
      applicationReceivedAt: '2026-04-20T10:00:00Z',
      approvedAt: '2026-04-23T10:00:00Z',
    }),
    app('APP-000002', HUB_A, {
      enquiryReceivedAt: '2026-04-10T10:00:00Z',
      formSentAt: '2026-04-15T10:00:00Z',
      applicationReceivedAt: '2026-04-21T10:00:00Z',
      moreInfoRequestedAt: '2026-04-27T10:00:00Z',
    }),
    app('APP-000003', HUB_E, { enquiryReceivedAt: '2026-05-11T10:00:00Z' }),
    app('APP-000004', HUB_E, { enquiryReceivedAt: '2026-05-14T10:00:00Z' }),
    app('APP-000005', HUB_A, {
      enquiryReceivedAt: '2026-02-02T10:00:00Z',
      formSentAt: '2026-02-03T10:00:00Z',
      applicationReceivedAt: '2026-03-02T10:00:00Z',
      declinedAt: '2026-03-04T10:00:00Z',
    }),
  ]);
  const mailing = (id: string) => ({ id, name: id, templateName: 'x', status: 'done', ...bk });
  putRows(emu, 'Mailings', [mailing('MLG-000001'), mailing('MLG-000002'), mailing('MLG-000003')]);
  const send = (id: string, mailingId: string, contactId: string, status: string, sentAt?: string) => ({
    id,
    mailingId,
    contactId,
    email: `${contactId.toLowerCase()}@example.org`,
    status,
    sentAt: sentAt ? at(sentAt) : null,
    ...bk,
  });
  putRows(emu, 'Sends', [
    send('SND-000001', 'MLG-000001', 'CON-000001', 'sent', '2026-04-05T09:00:00Z'),
    send('SND-000002', 'MLG-000001', 'CON-000002', 'sent', '2026-04-05T09:00:00Z'),
    send('SND-000003', 'MLG-000001', 'CON-000003', 'failed'),
    send('SND-000004', 'MLG-000002', 'CON-000001', 'sent', '2026-05-02T09:00:00Z'),
    send('SND-000005', 'MLG-000003', 'CON-000002', 'sent', '2026-02-10T09:00:00Z'),
  ]);
  const match = (id: string, seekingCityId: string, status: string, more: Record<string, unknown>) => ({
    id,
    seekingCityId,
    offeringCityId: 'CTY-000003',
    topic: 'youth engagement',
    status,
    ...more,
    ...bk,
  });
  putRows(emu, 'Matches', [
    match('MAT-000001', 'CTY-000001', 'outcome recorded', {
      createdAt: at('2026-01-20T09:00:00Z'),
      introducedOn: day('2026-02-01'),
      outcome: 'A youth council set up',
      outcomeOn: day('2026-04-25'),
    }),
    match('MAT-000002', 'CTY-000002', 'introduced', {
      createdAt: at('2026-04-03T09:00:00Z'),
      introducedOn: day('2026-04-10'),
    }),
    match('MAT-000003', 'CTY-000003', 'proposed', { createdAt: at('2026-05-02T09:00:00Z') }),
    match('MAT-000004', 'CTY-000003', 'dismissed', { createdAt: at('2026-03-05T09:00:00Z') }),
  ]);
  putRows(emu, 'Events', [
    {
      id: 'EVT-000001',
      name: 'Nairobi summit',
      type: 'summit',
      hubId: HUB_A,
      startsOn: day('2026-04-12'),
      ...bk,
    },
    {
      id: 'EVT-000002',
      name: 'Lyon workshop',
      type: 'workshop',
      hubId: HUB_E,
      startsOn: day('2026-02-20'),
      ...bk,
    },
  ]);
  const part = (id: string, eventId: string, contactId: string, status: string, gender: string) => ({
    id,
    eventId,
    contactId: contactId || null,
    name: id,
    status,
    gender: gender || null,
    ...bk,
  });
  putRows(emu, 'Participants', [
    part('PAR-000001', 'EVT-000001', 'CON-000001', 'attended', 'woman'),
    part('PAR-000002', 'EVT-000001', 'CON-000003', 'attended', 'man'),
    part('PAR-000003', 'EVT-000001', '', 'attended', ''),
    part('PAR-000004', 'EVT-000001', 'CON-000002', 'registered', 'woman'),
    part('PAR-000005', 'EVT-000002', 'CON-000003', 'attended', 'woman'),
  ]);
  // Archived history (History summary): a city's engagements, another's, and a contact's engagements and sends.
  putRows(emu, 'History summary', [
    { scope: 'city', recordId: 'CTY-000003', engagements: 4, sends: 0, archiveYears: '2024', batch: 'b1' },
    { scope: 'city', recordId: 'CTY-000004', engagements: 2, sends: 0, archiveYears: '2024', batch: 'b1' },
    { scope: 'contact', recordId: 'CON-000003', engagements: 4, sends: 6, archiveYears: '2024', batch: 'b1' },
  ]);
  return emu;
}

/** The Dashboard's indicator rows, by indicator name: [hub, current label, value, previous label, value, …]. */
export function indicatorRows(emu: Emulator): Record<string, unknown[]> {
  const rows = values(emu, 'Dashboard');
  const start = rows.findIndex((r) => r[0] === 'Indicator');
  const out: Record<string, unknown[]> = {};
  for (const r of rows.slice(start + 1)) {
    if (r[0] === '') break;
    out[String(r[0])] = r.slice(2, 11);
  }
  return out;
}

/** A titled block of the Dashboard below the indicators: its header row and rows, until a blank row. */
export function block(emu: Emulator, title: string): unknown[][] {
  const rows = values(emu, 'Dashboard');
  const at = rows.findIndex((r) => String(r[0]).startsWith(title));
  if (at < 0) throw new Error(`no block ${title}`);
  const out: unknown[][] = [];
  for (const r of rows.slice(at + 1)) {
    if (r.every((c) => c === '')) break;
    let width = r.length;
    while (width > 0 && r[width - 1] === '') width--;
    out.push(r.slice(0, width));
  }
  return out;
}
