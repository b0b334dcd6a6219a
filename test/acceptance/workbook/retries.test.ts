// Killed anywhere, the next run completes: retried saves with their request id, the audit journal, reads under the lock.

import { JOURNAL_KEY_PREFIX } from '../../../src/core/audit/journalChunks';
import { Emulator, readDist } from '../../../src/emulator';
import { COORDINATOR, headers, OWNER, ok, setUpWorkbook, sheet, values } from './harness';

const NEW_CITY = { name: 'Zarqa', country: 'Jordan', hubId: 'HUB-000001', status: 'prospect' };

/** A set-up workbook with a hub and one city (CTY-000001). */
function workbookWithCity(emu = setUpWorkbook()): Emulator {
  ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'MENA' } }]);
  ok(emu, 'saveRecord', [
    { tab: 'Cities', fields: { name: 'Amman', country: 'Jordan', hubId: 'HUB-000001', status: 'member' } },
  ]);
  return emu;
}

function rows(emu: Emulator, tab: string): Record<string, unknown>[] {
  const v = values(emu, tab);
  const h = (v[0] ?? []).map(String);
  return v.slice(1).map((r) => Object.fromEntries(h.map((k, i) => [k, r[i]])));
}

function journalKeys(emu: Emulator): string[] {
  const stores = emu.backend.stores.script.properties.document;
  return [...stores.values()].flatMap((m) => [...m.keys()]).filter((k) => k.startsWith(JOURNAL_KEY_PREFIX));
}

/** The call number of the operation's last setValues (the audit block): stopping there kills it after its data write. */
function beforeAuditWrite(emu: Emulator, fn: string, args: unknown[]): number {
  const probe = emu.run(fn, args, { user: OWNER });
  if (probe.status !== 'ok') throw new Error(String(probe.error));
  const records = probe.execution.records;
  const last = records.map((r) => r.method).lastIndexOf('setValues');
  return last + 1;
}

describe('a save stopped after its data write, then retried with the same request id', () => {
  it('a create retried gives one record, and the audit row the stopped run owed', () => {
    const request = { tab: 'Cities', fields: NEW_CITY, requestId: 'retryCreateCity000001' };
    const k = beforeAuditWrite(workbookWithCity(), 'saveRecord', [request]);
    const emu = workbookWithCity();
    const killed = emu.run('saveRecord', [request], { user: OWNER, stopAtCall: k });
    expect(killed.status).toBe('killed');
    expect(rows(emu, 'Cities').filter((c) => c['Name'] === 'Zarqa')).toHaveLength(1);
    expect(journalKeys(emu).length).toBeGreaterThan(0);

    const retry = ok<{ id: string; version: number }>(emu, 'saveRecord', [request]);
    const zarqa = rows(emu, 'Cities').filter((c) => c['Name'] === 'Zarqa');
    expect(zarqa).toHaveLength(1);
    expect(retry.value).toEqual({ id: zarqa[0]!['City ID'], version: 1 });
    expect(zarqa[0]!['Last request']).toBe('retryCreateCity000001');
    const creates = rows(emu, 'Audit').filter((a) => a['Record ID'] === retry.value!.id);
    expect(creates.map((a) => a['Action'])).toEqual(['create']);
    expect(journalKeys(emu)).toEqual([]);
  });

  it('an update retried succeeds with one version bump and one audit row', () => {
    const request = {
      tab: 'Cities',
      id: 'CTY-000001',
      version: 1,
      fields: { notes: 'After the visit' },
      requestId: 'retryUpdateCity000001',
    };
    const k = beforeAuditWrite(workbookWithCity(), 'saveRecord', [request]);
    const emu = workbookWithCity();
    expect(emu.run('saveRecord', [request], { user: OWNER, stopAtCall: k }).status).toBe('killed');
    const retry = ok<{ id: string; version: number }>(emu, 'saveRecord', [request]);
    expect(retry.value).toEqual({ id: 'CTY-000001', version: 2 });
    const amman = rows(emu, 'Cities').find((c) => c['City ID'] === 'CTY-000001')!;
    expect(amman['Notes']).toBe('After the visit');
    expect(amman['Version']).toBe(2);
    const updates = rows(emu, 'Audit').filter(
      (a) => a['Record ID'] === 'CTY-000001' && a['Action'] === 'update',
    );
    expect(updates).toHaveLength(1);
  });

  it('a request id of the wrong shape is refused naming the field; no request id still saves', () => {
    const emu = workbookWithCity();
    const bad = emu.run('saveRecord', [{ tab: 'Cities', fields: NEW_CITY, requestId: 'short;' }], {
      user: OWNER,
    });
    expect(bad.status).toBe('error');
    expect(bad.error).toMatch(/Request id/);
    ok(emu, 'saveRecord', [{ tab: 'Cities', fields: NEW_CITY }]);
  });
});

describe('the audit journal', () => {
  it('a run stopped between the data write and the audit write: the next write session writes the audit row', () => {
    const request = { tab: 'Cities', id: 'CTY-000001', version: 1, fields: { notes: 'Stopped run' } };
    const withCoordinator = () => {
      const e = workbookWithCity();
      const staff = { name: 'Coordinator', email: COORDINATOR, role: 'coordinator', active: true };
      ok(e, 'saveRecord', [{ tab: 'Staff', fields: staff }]);
      return e;
    };
    const probe = withCoordinator().run('saveRecord', [request], { user: COORDINATOR });
    const k = probe.execution.records.map((r) => r.method).lastIndexOf('setValues') + 1;
    const emu = withCoordinator();
    const auditBefore = rows(emu, 'Audit').length;
    expect(emu.run('saveRecord', [request], { user: COORDINATOR, stopAtCall: k }).status).toBe('killed');
    expect(rows(emu, 'Audit')).toHaveLength(auditBefore);

    // Someone else's unrelated save: its write session completes the journal first.
    ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'South Asia' } }]);
    const added = rows(emu, 'Audit').slice(auditBefore);
    expect(added.map((a) => [a['Action'], a['Record ID'], a['User']])).toEqual([
      ['update', 'CTY-000001', COORDINATOR],
      ['create', 'HUB-000002', OWNER],
    ]);
    expect(JSON.parse(String(added[0]!['Changes']))).toEqual({ notes: ['', 'Stopped run'] });
    expect(journalKeys(emu)).toEqual([]);
  });

  it('a run stopped before its data write leaves no audit row for a change that did not happen', () => {
    const request = { tab: 'Cities', id: 'CTY-000001', version: 1, fields: { notes: 'Never written' } };
    const probe = workbookWithCity().run('saveRecord', [request], { user: OWNER });
    const k = probe.execution.records.map((r) => r.method).indexOf('setValues') + 1;
    const emu = workbookWithCity();
    const auditBefore = rows(emu, 'Audit').length;
    expect(emu.run('saveRecord', [request], { user: OWNER, stopAtCall: k }).status).toBe('killed');
    expect(journalKeys(emu).length).toBeGreaterThan(0);
    ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'South Asia' } }]);
    expect(
      rows(emu, 'Audit')
        .slice(auditBefore)
        .map((a) => a['Record ID']),
    ).toEqual(['HUB-000002']);
    expect(journalKeys(emu)).toEqual([]);
  });
});

describe('reads under the lock', () => {
  it('a table read under an earlier lock is read again: a row another execution added in between is kept', () => {
    // Two saves in one execution (two write sessions); between them another execution holds the lock and
    // appends a city. The second save must insert below that city, not over it.
    const dist = readDist();
    const source = `${dist.source}\nfunction twoSaves_() {\n  saveRecord({ tab: 'Cities', fields: { name: 'First', country: 'Jordan', hubId: 'HUB-000001', status: 'prospect' } });\n  return saveRecord({ tab: 'Cities', fields: { name: 'Second', country: 'Jordan', hubId: 'HUB-000001', status: 'prospect' } });\n}\n`;
    const emu = workbookWithCity(
      (() => {
        const e = new Emulator({ source, htmlFiles: dist.htmlFiles, timeZone: dist.manifest.timeZone });
        ok(e, 'setupWorkbook');
        return e;
      })(),
    );
    const locks = emu.backend.stores.script.locks;
    const OTHER = 999_999;
    let releases = 0;
    locks.onRelease((scope, key) => {
      releases++;
      if (releases === 1) locks.tryAcquire(OTHER, scope, key); // the other execution gets the lock next
    });
    const cities = sheet(emu, 'Cities');
    const idCol = headers(emu, 'Cities').indexOf('City ID') + 1;
    const nameCol = headers(emu, 'Cities').indexOf('Name') + 1;
    locks.waiter = (wait) => {
      // The other execution's insert, then it ends and releases the lock.
      const row = cities.lastRow() + 1;
      cities.setValuesRaw(row, idCol, [['CTY-000050']]);
      cities.setValuesRaw(row, nameCol, [['Added elsewhere']]);
      locks.release(OTHER, wait.scope, wait.key);
      return locks.tryAcquire(wait.executionId, wait.scope, wait.key);
    };
    const r = ok<{ id: string }>(emu, 'twoSaves_');
    const names = rows(emu, 'Cities').map((c) => c['Name']);
    expect(names).toEqual(['Amman', 'First', 'Added elsewhere', 'Second']);
    expect(r.value!.id).toBe('CTY-000051');
  });
});
