// A workbook with five years of history for the archive tests, and host-side views of live rows, archives and summary.

import {
  AUDIT,
  ENGAGEMENTS,
  EVENTS,
  HISTORY_SUMMARY,
  PARTICIPANTS,
  SENDS,
  type TabDef,
} from '../../../sheets-templates';
import { Emulator } from '../../../src/emulator';
import type { SheetModel, SpreadsheetModel } from '../../../src/emulator/services/spreadsheet/install';
import { stableDist } from '../../support/reliability/stableDist';
import { OWNER } from '../../support/reliability/workbookView';

export { OWNER };
/** The day the archive runs: history before 2024-06-15 is older than the default 24 months. */
export const TODAY = Date.UTC(2026, 5, 15, 9, 0, 0);
export const CUTOFF = Date.UTC(2024, 5, 15);
export const HISTORY_TABS: readonly TabDef[] = [ENGAGEMENTS, SENDS, AUDIT];

export function call<T>(emu: Emulator, fn: string, args: unknown[] = [], user = OWNER): T {
  const r = emu.run<T>(fn, args, { user });
  if (r.status !== 'ok') throw new Error(`${fn} ${r.status}: ${r.error}`);
  return r.value as T;
}

/** A small deterministic generator (the fixture must be the same on every run). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function writeRows(sheet: SheetModel, def: TabDef, records: Record<string, unknown>[]): void {
  const headers = sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!.map(String);
  const rows = records.map((r) =>
    headers.map((h) => {
      const c = def.columns.find((x) => x.header === h);
      const v = c ? r[c.key] : undefined;
      return v === undefined || v === null ? '' : (v as never);
    }),
  );
  const first = sheet.lastRow() + 1;
  if (sheet.maxRows < first + rows.length)
    sheet.insertRows(sheet.maxRows + 1, first + rows.length - sheet.maxRows);
  sheet.setValuesRaw(first, 1, rows);
}

export interface HistorySize {
  engagements: number;
  sends: number;
  audit: number;
  /** Events over the five years (none by default), and participants spread over them in shuffled row order. */
  events?: number;
  participants?: number;
}

/**
 * Set up through the bundle with a hub, three cities and four contacts saved by the product; then history loaded
 * host-side (as an old workbook would hold it): dates over five years in shuffled order, ids after the product's.
 */
export function historyWorkbook(size: HistorySize = { engagements: 90, sends: 60, audit: 40 }): Emulator {
  const emu = new Emulator({ distDir: stableDist(), start: new Date(TODAY - 3_600_000) });
  call(emu, 'setupWorkbook');
  const save = (tab: string, fields: Record<string, unknown>) =>
    call<{ id: string }>(emu, 'saveRecord', [{ tab, fields }]).id;
  const hub = save('Hubs', { name: 'MENA' });
  const cities = ['Amman', 'Irbid', 'Zarqa'].map((name) =>
    save('Cities', { name, country: 'Jordan', hubId: hub, status: 'member' }),
  );
  const contacts = ['Rana', 'Omar', 'Lina', 'Sami'].map((name, i) =>
    save('Contacts', {
      orgId: cities[i % 3],
      name,
      email: `${name.toLowerCase()}@city${i}.example`,
      category: 'practitioner',
      language: 'ar',
    }),
  );
  const book = emu.backend.stores.spreadsheets.bound;
  const rnd = lcg(7);
  const start = Date.UTC(2021, 6, 1);
  const span = Date.UTC(2026, 5, 1) - start;
  const day = (t: number) => new Date(Math.floor(t / 86_400_000) * 86_400_000);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const id = (prefix: string, n: number) => `${prefix}-${String(900 + n).padStart(6, '0')}`;
  const eng = Array.from({ length: size.engagements }, (_, n) => {
    const at = day(start + rnd() * span);
    const two = rnd() < 0.3;
    return {
      id: id('ENG', n),
      date: at,
      type: 'meeting',
      cityIds: two ? `${cities[0]}, ${cities[1]}` : pick(cities),
      contactIds: rnd() < 0.5 ? pick(contacts) : '',
      summary: n % 7 === 0 ? '=1+1 stays text' : `Call ${n}`,
      source: 'manual',
      sourceRef: '01234',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
  });
  const sends = Array.from({ length: size.sends }, (_, n) => {
    const at = new Date(start + rnd() * span);
    return {
      id: id('SND', n),
      mailingId: 'MLG-000001',
      contactId: pick(contacts),
      email: 'someone@city.example',
      language: 'ar',
      status: 'sent',
      sentAt: at,
      messageId: `msg-${n}`,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
  });
  const audit = Array.from({ length: size.audit }, (_, n) => {
    const at = new Date(start + rnd() * span);
    return {
      id: id('AUD', n),
      at,
      user: OWNER,
      action: 'update',
      tab: 'Cities',
      recordId: pick(cities),
      changes: '{}',
      summary: `Old change ${n}`,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
  });
  const events = Array.from({ length: size.events ?? 0 }, (_, n) => {
    const at = day(start + rnd() * span);
    const days = Math.floor(rnd() * 3);
    return {
      id: id('EVT', n),
      name: `Workshop ${n}`,
      type: 'workshop',
      startsOn: at,
      endsOn: new Date(at.getTime() + days * 86_400_000),
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
  });
  const participants = Array.from({ length: events.length > 0 ? (size.participants ?? 0) : 0 }, (_, n) => {
    const ev = pick(events);
    return {
      id: id('PAR', n),
      eventId: ev.id,
      contactId: pick(contacts),
      role: 'participant',
      status: 'attended',
      notes: n % 5 === 0 ? '=2+2 stays text' : '',
      createdAt: ev.startsOn,
      updatedAt: ev.startsOn,
      version: 1,
    };
  });
  writeRows(book.sheetByName('Events')!, EVENTS, events);
  writeRows(book.sheetByName('Participants')!, PARTICIPANTS, participants);
  writeRows(book.sheetByName('Engagements')!, ENGAGEMENTS, eng);
  writeRows(book.sheetByName('Sends')!, SENDS, sends);
  writeRows(book.sheetByName('Audit')!, AUDIT, audit);
  emu.backend.clock.set(TODAY);
  return emu;
}

/** Rows of a tab of any spreadsheet, keyed by header, with their id. */
export function rowsOf(sheet: SheetModel | undefined): { id: string; byHeader: Record<string, unknown> }[] {
  if (!sheet || sheet.lastRow() < 2) return [];
  const all = sheet.getValues(1, 1, sheet.lastRow(), sheet.lastColumn());
  const headers = all[0]!.map(String);
  return all
    .slice(1)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => {
      const byHeader: Record<string, unknown> = {};
      headers.forEach((h, i) => {
        if (h !== '') byHeader[h] = r[i];
      });
      return { id: String(r[0]).trim(), byHeader };
    });
}

export function archives(emu: Emulator): SpreadsheetModel[] {
  return emu.backend.stores.spreadsheets.all().filter((m) => /^SCN CRM archive \d{4}$/.test(m.name));
}

/** The Audit lines Archive history writes about its own runs: new rows, not history that was moved. */
export const isRunLine = (r: { byHeader: Record<string, unknown> }) => r.byHeader['Action'] === 'archive';

/** Every row of a history tab, live and archived, with where it sits (without the archive's own run lines). */
export function everywhere(
  emu: Emulator,
  def: TabDef,
): { id: string; where: string; byHeader: Record<string, unknown> }[] {
  const live = rowsOf(emu.backend.stores.spreadsheets.bound.sheetByName(def.name)).map((r) => ({
    ...r,
    where: 'live',
  }));
  const archived = archives(emu).flatMap((a) =>
    rowsOf(a.sheetByName(def.name)).map((r) => ({ ...r, where: a.name })),
  );
  return [...live, ...archived].filter((r) => def.name !== 'Audit' || !isRunLine(r));
}

/** The summary's totals per scope|record (summing its lines). */
export function summaryTotals(emu: Emulator): Map<string, { engagements: number; sends: number }> {
  const out = new Map<string, { engagements: number; sends: number }>();
  for (const r of rowsOf(emu.backend.stores.spreadsheets.bound.sheetByName(HISTORY_SUMMARY.name))) {
    const key = `${r.byHeader['Scope']}|${r.byHeader['Record ID']}`;
    const t = out.get(key) ?? { engagements: 0, sends: 0 };
    t.engagements += Number(r.byHeader['Engagements']);
    t.sends += Number(r.byHeader['Sends']);
    out.set(key, t);
  }
  return out;
}

/** Event id → the day it ended, read host-side from the live Events tab. */
export function eventEndsOf(emu: Emulator): Map<string, Date> {
  const events = rowsOf(emu.backend.stores.spreadsheets.bound.sheetByName(EVENTS.name));
  return new Map(events.map((e) => [e.id, e.byHeader['Ends on'] as Date]));
}
