// The audit trail: saves through the add-on and direct sheet edits (onEdit) both land in the Audit tab.
import { fireEdit } from '../../../src/emulator/events';
import { headers, OWNER, ok, setUpWorkbook, values } from './harness';

function auditRows(emu: ReturnType<typeof setUpWorkbook>) {
  const v = values(emu, 'Audit');
  const h = v[0]!.map(String);
  return v.slice(1).map((r) => Object.fromEntries(h.map((k, i) => [k, r[i]])));
}

describe('audit', () => {
  it('records who, when, which action, record, field, old and new value of a save, in one block', () => {
    const emu = setUpWorkbook();
    ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'MENA' } }]);
    const r = ok(emu, 'saveRecord', [
      { tab: 'Hubs', id: 'HUB-000001', version: 1, fields: { name: 'MENA hub', notes: 'n' } },
    ]);
    const last = auditRows(emu).at(-1)!;
    expect(last).toMatchObject({ User: OWNER, Action: 'update', Tab: 'Hubs', 'Record ID': 'HUB-000001' });
    expect(JSON.parse(String(last['Changes']))).toEqual({ name: ['MENA', 'MENA hub'], notes: ['', 'n'] });
    expect(last['At']).toBeInstanceOf(Date);
    const auditWrites = r.execution.records.filter((c) => c.method === 'setValues');
    expect(auditWrites).toHaveLength(2); // the Hubs row span, the Audit block
  });

  it('records a direct single-cell edit with its old value and bumps the row version', () => {
    const emu = setUpWorkbook();
    ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'MENA' } }]);
    const col = headers(emu, 'Hubs').indexOf('Name') + 1;
    const [run] = fireEdit(emu, { sheetName: 'Hubs', row: 2, col, values: [['MENA region']], user: OWNER });
    expect(run!.status).toBe('ok');
    const last = auditRows(emu).at(-1)!;
    expect(last).toMatchObject({ Action: 'sheet edit', Tab: 'Hubs', 'Record ID': 'HUB-000001' });
    expect(JSON.parse(String(last['Changes']))).toEqual({ name: ['MENA', 'MENA region'] });
    const hubs = values(emu, 'Hubs');
    expect(hubs[1]![hubs[0]!.indexOf('Version')]).toBe(2);
    // A sidebar that read version 1 before the edit is now refused instead of overwriting it.
    const stale = emu.run(
      'saveRecord',
      [{ tab: 'Hubs', id: 'HUB-000001', version: 1, fields: { notes: 'x' } }],
      { user: OWNER },
    );
    expect(stale.error).toMatch(/was changed/);
  });

  it('records a multi-cell paste with what Google gives: the new values, one row per record', () => {
    const emu = setUpWorkbook();
    ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'A' } }]);
    ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'B' } }]);
    const col = headers(emu, 'Hubs').indexOf('Name') + 1;
    fireEdit(emu, { sheetName: 'Hubs', row: 2, col, values: [['A2'], ['B2']], user: OWNER });
    const rows = auditRows(emu).slice(-2);
    expect(rows.map((r) => r['Record ID'])).toEqual(['HUB-000001', 'HUB-000002']);
    expect(JSON.parse(String(rows[1]!['Changes']))['name'][1]).toBe('B2');
  });
});
