// The editing actions with positional arguments as kill-anywhere cases: profile review requests, deactivate,
// move and "Mark profile reviewed". They carry no request id, so a retry after a stopped run may be refused as
// stale: accepted only when the first attempt's change is intact, once, and the refusal says so in words.

import { CITIES, CONTACTS, type TabDef } from '../../../sheets-templates';
import type { Emulator, ExecutionOptions, RunResult } from '../../../src/emulator';
import { bareAddress } from '../../../src/emulator/services/comms/mailStore';
import { call, SEED, seededWorkbook } from './fixtures';
import type { Violation } from './invariants';
import type { KillCase } from './killAnywhere';
import { copied } from './workbookCopy';
import { OWNER, recordRows } from './workbookView';

export const HUB_STAFF = ['layla@mena-hub.example', 'karim@mena-hub.example'];
const REVIEW_SUBJECT = /^City profiles to review/;

/** The seeded network with two active hub staff on the MENA hub (neither city was ever reviewed: both stale). */
export const withHubStaff = copied(() => {
  const emu = seededWorkbook();
  for (const [name, email] of [
    ['Layla', HUB_STAFF[0]],
    ['Karim', HUB_STAFF[1]],
  ])
    call(emu, 'saveRecord', [
      { tab: 'Staff', fields: { name, email, role: 'hub', hubId: SEED.hub, active: true } },
    ]);
  return emu;
});

/** Each hub staff member got the review request exactly once (a stopped run followed by its retry included). */
export function oneReviewRequestEach(emu: Emulator): Violation[] {
  const counts = new Map<string, number>();
  for (const m of emu.backend.stores.comms.mail.outbox.filter((x) => REVIEW_SUBJECT.test(x.subject)))
    for (const to of m.to) counts.set(bareAddress(to), (counts.get(bareAddress(to)) ?? 0) + 1);
  return HUB_STAFF.filter((e) => counts.get(e) !== 1).map((e) => ({
    check: (counts.get(e) ?? 0) > 1 ? 'email' : 'complete',
    detail: `${counts.get(e) ?? 0} review requests to ${e}`,
  }));
}

const versionOf = (emu: Emulator, def: TabDef, id: string) =>
  Number(recordRows(emu, def).find((r) => r.id === id)?.cells['version']);

/** The version the sidebar showed when the user clicked (read before the operation ran). */
const sidebarVersion = new WeakMap<Emulator, number>();

type Outcome = { ok: boolean; kind?: string; message?: string } | undefined;

/**
 * A positional save case on record `id`: `changed` says whether the row holds the action's change. The retry
 * (the user clicks again with the version the sidebar still shows) must succeed, or be refused as stale with a
 * "was changed" message while the change is already there; either way the record moved exactly one version.
 */
function positionalCase(
  name: string,
  def: TabDef,
  id: string,
  fn: string,
  extra: unknown[],
  fields: readonly string[],
  changed: (cells: Record<string, unknown>) => boolean,
): KillCase {
  const runAt = (emu: Emulator, version: number, options: ExecutionOptions = {}): RunResult =>
    emu.run(fn, [id, version, ...extra], { user: OWNER, ...options });
  return {
    name,
    fixture: withHubStaff,
    tabs: [def.name],
    intent: { changes: [{ tab: def.name, ids: [id], fields }] },
    operation: (emu, options) => {
      const v = versionOf(emu, def, id);
      sidebarVersion.set(emu, v);
      return runAt(emu, v, options);
    },
    followUp: (emu) => {
      const r = runAt(emu, sidebarVersion.get(emu)!);
      if (r.status !== 'ok') return [{ check: 'follow-up', detail: `retry ${r.status}: ${r.error}` }];
      const o = r.value as Outcome;
      if (o?.ok) return [];
      const row = recordRows(emu, def).find((x) => x.id === id);
      const out: Violation[] = [];
      if (o?.kind !== 'stale' || !/was changed/.test(o.message ?? ''))
        out.push({ check: 'follow-up', detail: `retry refused as ${o?.kind}: ${o?.message}` });
      if (!row || !changed(row.cells))
        out.push({
          check: 'lost',
          detail: 'retry refused as stale but the first attempt’s change is not there',
        });
      return out;
    },
    completed: (emu) => {
      const row = recordRows(emu, def).find((x) => x.id === id);
      const out: Violation[] = [];
      if (!row || !changed(row.cells)) out.push({ check: 'complete', detail: `${id} lacks the change` });
      const moved = versionOf(emu, def, id) - sidebarVersion.get(emu)!;
      if (moved !== 1) out.push({ check: 'complete', detail: `${id} moved ${moved} versions, expected 1` });
      return out;
    },
  };
}

const filled = (v: unknown) => v !== '' && v !== null && v !== undefined;

export const EDITING_CASES: KillCase[] = [
  {
    name: 'requestProfileReviews (emails hub staff), then clicked again',
    fixture: withHubStaff,
    tabs: ['Cities'],
    intent: {},
    operation: (emu, options) => emu.run('requestProfileReviews', [SEED.hub], { user: OWNER, ...options }),
    followUp: (emu) => {
      const r = emu.run('requestProfileReviews', [SEED.hub], { user: OWNER });
      return r.status === 'ok' ? [] : [{ check: 'follow-up', detail: `retry ${r.status}: ${r.error}` }];
    },
    completed: oneReviewRequestEach,
  },
  positionalCase(
    'deactivateContact, then clicked again',
    CONTACTS,
    SEED.contacts[0]!,
    'deactivateContact',
    [],
    ['activeTo'],
    (c) => filled(c['activeTo']),
  ),
  positionalCase(
    'moveContact to another city, then clicked again',
    CONTACTS,
    SEED.contacts[1]!,
    'moveContact',
    [SEED.cities[1]],
    ['orgId'],
    (c) => c['orgId'] === SEED.cities[1],
  ),
  positionalCase(
    'markProfileReviewed, then clicked again',
    CITIES,
    SEED.cities[0]!,
    'markProfileReviewed',
    [],
    ['profileReviewedOn'],
    (c) => filled(c['profileReviewedOn']),
  ),
];
