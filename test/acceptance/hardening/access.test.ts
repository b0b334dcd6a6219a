// Hardening 4: access holds in the grid too. Through dist/Code.js: the installable edit trigger reverts a
// single-cell edit the editor's role does not allow and flags multi-cell ones; Staff, Settings and Hubs are
// protected for admins only, Audit and Sends warn; the protections follow the admins in Staff.
import { AUDIT, CITIES, CONTACTS, HUBS, SENDS, SETTINGS, STAFF } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { fireEdit } from '../../../src/emulator/events';
import { invokeScriptRun } from '../../../src/emulator/scriptRun';
import { columnLetters } from '../../../src/emulator/services/spreadsheet/install';
import { bound, demoEmulator, OWNER, records, STRANGER, staffByRole } from '../sidebars/harness';

interface World {
  emu: Emulator;
  hub: string;
  coordinator: string;
  /** A contact of a city of the Management Unit's hub, which hub staff of another hub may not change. */
  contact: Record<string, unknown> & { _row: number };
}

function world(): World {
  const emu = demoEmulator();
  // Setup again now that the demo's staff are in: the protections take the demo admins.
  const setup = emu.run('setupWorkbook', [], { user: OWNER });
  if (setup.status !== 'ok') throw new Error(String(setup.error));
  const hubs = records(emu, HUBS);
  const mu = hubs.find((h) => /management unit/i.test(String(h.name)));
  if (!mu) throw new Error('demo has no Management Unit hub');
  const other = hubs.find((h) => h.id !== mu.id && records(emu, STAFF).some((s) => s.hubId === h.id))!;
  const staff = staffByRole(emu, String(other.id));
  const muCities = new Set(
    records(emu, CITIES)
      .filter((c) => c.hubId === mu.id)
      .map((c) => c.id),
  );
  const contact = records(emu, CONTACTS).find((c) => muCities.has(c.orgId) && c.notes === '');
  if (!contact) throw new Error('demo has no Management Unit contact without notes');
  return { emu, hub: staff.hub, coordinator: staff.coordinator, contact };
}

const colOf = (key: string) => CONTACTS.columns.findIndex((c) => c.key === key) + 1;
const a1Of = (key: string, row: number) => `${columnLetters(colOf(key))}${row}`;
const contactRow = (emu: Emulator, id: unknown) => records(emu, CONTACTS).find((c) => c.id === id)!;
const auditRows = (emu: Emulator) => records(emu, AUDIT);

function edit(emu: Emulator, user: string, a1: string, values: unknown[][], sheetName = CONTACTS.name) {
  const runs = fireEdit(emu, { user, sheetName, a1, values });
  for (const r of runs) if (r.status !== 'ok') throw new Error(`${r.status}: ${r.error}`);
  return runs;
}

describe('grid edits are held to the same roles as the sidebars', () => {
  // Installable triggers run as their creator; the edit event names the person who typed
  // (https://developers.google.com/apps-script/guides/triggers/installable, …/triggers/events#edit).
  it('reverts a hub user’s edit of a Management Unit contact (the sidebar refuses the same change)', () => {
    const { emu, hub, contact } = world();
    const before = auditRows(emu).length;
    const refused = invokeScriptRun(emu, {
      name: 'saveContact',
      args: [{ id: contact.id, version: contact.version, fields: { name: 'Changed by hub' } }],
      user: hub,
    });
    expect(refused.ok && (refused.value as { ok?: boolean }).ok !== false).toBe(false);

    const runs = edit(emu, hub, a1Of('name', contact._row), [['Changed by hub']]);
    expect(runs.map((r) => r.value)).toContainEqual(expect.objectContaining({ outcome: 'reverted' }));
    const after = contactRow(emu, contact.id);
    expect(after.name).toBe(contact.name);
    expect(after.version).toBe(contact.version);
    expect(after.updatedBy).toBe(contact.updatedBy);
    const added = auditRows(emu).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ user: hub, tab: 'Contacts', recordId: contact.id });
    expect(String(added[0]!.summary)).toMatch(/^Reverted: .*not in your hub/);
  });

  it('clears a previously empty cell typed into by a user not listed in Staff (oldValue is absent)', () => {
    const { emu, contact } = world();
    const [simple, installable] = edit(emu, STRANGER, a1Of('notes', contact._row), [['stranger was here']]);
    expect(simple!.value).toBeUndefined();
    expect(installable!.value).toMatchObject({
      outcome: 'reverted',
      reason: expect.stringMatching(/not listed/),
    });
    const after = contactRow(emu, contact.id);
    expect(after.notes).toBe('');
    expect(after.version).toBe(contact.version);
    expect(auditRows(emu).at(-1)).toMatchObject({ user: STRANGER, recordId: contact.id });
  });

  it('stamps an allowed edit once (the simple onEdit leaves it to the installable trigger)', () => {
    const { emu, coordinator, contact } = world();
    const before = auditRows(emu).length;
    edit(emu, coordinator, a1Of('title', contact._row), [['Deputy mayor']]);
    const after = contactRow(emu, contact.id);
    expect(after).toMatchObject({ title: 'Deputy mayor', version: Number(contact.version) + 1 });
    expect(after.updatedBy).toBe(coordinator);
    const added = auditRows(emu).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ user: coordinator, action: 'sheet edit' });
  });

  it('flags a multi-cell paste it cannot revert, in Audit and in Validate workbook, naming who did it', () => {
    const { emu, hub, coordinator, contact } = world();
    const before = auditRows(emu).length;
    const runs = edit(emu, hub, `${a1Of('title', contact._row)}:${a1Of('category', contact._row + 1)}`, [
      ['Pasted', 'other'],
      ['Pasted', 'other'],
    ]);
    expect(runs.map((r) => r.value)).toContainEqual(expect.objectContaining({ outcome: 'flagged' }));
    const added = auditRows(emu).slice(before);
    expect(added.length).toBeGreaterThanOrEqual(1);
    expect(added.every((a) => a.user === hub && /^NOT ALLOWED/.test(String(a.summary)))).toBe(true);
    expect(contactRow(emu, contact.id).version).toBe(contact.version);
    const report = invokeScriptRun(emu, { name: 'checkWorkbook', args: [], user: coordinator });
    if (!report.ok) throw new Error(report.error.message);
    const problems = (report.value as { problems: { tab: string; row: number; message: string }[] }).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ tab: 'Contacts', row: contact._row, message: expect.stringContaining(hub) }),
    );
    // An allowed edit of a row settles the flag on that row only (review item 18); both edited: no flag left.
    edit(emu, coordinator, a1Of('title', contact._row), [['Checked']]);
    const mid = invokeScriptRun(emu, { name: 'checkWorkbook', args: [], user: coordinator });
    if (!mid.ok) throw new Error(mid.error.message);
    const left = (mid.value as { problems: { row: number; message: string }[] }).problems;
    expect(left.filter((p) => p.message.includes(hub)).map((p) => p.row)).toEqual([contact._row + 1]);
    edit(emu, coordinator, a1Of('title', contact._row + 1), [['Checked']]);
    const again = invokeScriptRun(emu, { name: 'checkWorkbook', args: [], user: coordinator });
    if (!again.ok) throw new Error(again.error.message);
    const still = (again.value as { problems: { message: string }[] }).problems;
    expect(still.some((p) => p.message.includes(hub))).toBe(false);
  });

  it('refuses onGridEdit called through google.script.run', () => {
    const { emu, contact } = world();
    const r = invokeScriptRun(emu, {
      name: 'onGridEdit',
      args: [{ triggerUid: '1', value: 'x', range: { a1: a1Of('name', contact._row) } }],
      user: OWNER,
    });
    expect(r.ok).toBe(false);
  });
});

describe('protections of the admin tabs', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/protection (editors; setWarningOnly)
  it('keeps Staff, Settings and Hubs to admins and warns on Audit and Sends; coordinators still save', () => {
    const { emu, coordinator, contact } = world();
    const book = bound(emu);
    for (const tab of [STAFF.name, SETTINGS.name, HUBS.name]) {
      const p = book.sheetByName(tab)!.protections.find((x) => x.kind === 'SHEET')!;
      expect({ tab, warningOnly: p.warningOnly }).toEqual({ tab, warningOnly: false });
      expect(p.editors).toContain(OWNER);
      expect(p.editors).not.toContain(coordinator);
    }
    for (const tab of [AUDIT.name, SENDS.name]) {
      const p = book.sheetByName(tab)!.protections.find((x) => x.kind === 'SHEET')!;
      expect({ tab, warningOnly: p.warningOnly }).toEqual({ tab, warningOnly: true });
    }
    expect(() =>
      fireEdit(emu, { user: coordinator, sheetName: STAFF.name, a1: 'C2', values: [['x@y.org']] }),
    ).toThrow(/protected cell/);
    // A coordinator's sidebar save writes its Audit row through the warning-only protection.
    const before = auditRows(emu).length;
    const saved = invokeScriptRun(emu, {
      name: 'saveContact',
      args: [{ id: contact.id, version: contact.version, fields: { title: 'Saved in the sidebar' } }],
      user: coordinator,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(auditRows(emu).length).toBe(before + 1);
  });

  it('refreshes the editors when Staff changes', () => {
    const { emu, coordinator } = world();
    const staffRow = records(emu, STAFF).find((s) => s.email === coordinator)!;
    const promoted = invokeScriptRun(emu, {
      name: 'saveRecord',
      args: [{ tab: 'Staff', id: staffRow.id, version: staffRow.version, fields: { role: 'admin' } }],
      user: OWNER,
    });
    if (!promoted.ok) throw new Error(promoted.error.message);
    const p = bound(emu)
      .sheetByName(STAFF.name)!
      .protections.find((x) => x.kind === 'SHEET')!;
    expect(p.editors).toContain(coordinator);
    // Now an admin, the former coordinator edits Staff in the grid; the edit is stamped, not reverted.
    const notesA1 = `${columnLetters(STAFF.columns.findIndex((c) => c.key === 'notes') + 1)}${staffRow._row}`;
    const runs = edit(emu, coordinator, notesA1, [['Promoted']], STAFF.name);
    expect(runs.map((r) => r.value)).toContainEqual(expect.objectContaining({ outcome: 'recorded' }));
  });
});
