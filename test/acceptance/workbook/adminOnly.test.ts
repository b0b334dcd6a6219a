// Who may change who is staff: only admins write Staff, Settings and Hubs; nobody writes Applications by a generic save.
import { COORDINATOR, OWNER, ok, setUpWorkbook } from './harness';

describe('saveRecord and the tabs that hold power', () => {
  it('refuses a coordinator who tries to add an admin, change Settings or Hubs; an admin may', () => {
    const emu = setUpWorkbook();
    ok(emu, 'saveRecord', [
      {
        tab: 'Staff',
        fields: { name: 'Coordinator', email: COORDINATOR, role: 'coordinator', active: true },
      },
    ]);
    for (const [tab, fields] of [
      ['Staff', { name: 'Mallory', email: 'mallory@example.org', role: 'admin' }],
      ['Hubs', { name: 'New hub' }],
    ] as const) {
      const r = emu.run('saveRecord', [{ tab, fields }], { user: COORDINATOR });
      expect({ tab, status: r.status }).toEqual({ tab, status: 'error' });
      expect(r.error).toMatch(/does not allow you to change/);
    }
    const asAdmin = emu.run('saveRecord', [{ tab: 'Hubs', fields: { name: 'New hub' } }], { user: OWNER });
    expect(asAdmin.status).toBe('ok');
  });

  it('refuses generic saves of Applications: stage changes go through intake', () => {
    const emu = setUpWorkbook();
    const r = emu.run('saveRecord', [{ tab: 'Applications', fields: { stage: 'approved' } }], {
      user: OWNER,
    });
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/cannot be saved here/);
  });
});
