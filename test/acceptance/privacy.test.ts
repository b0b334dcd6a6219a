// Issue 13 (privacy and data protection) through the shipped bundle: the Privacy menu and who may use it, and the
// Settings' retention periods driving the retention job. More under test/acceptance/privacy/: consent (forms,
// mailing), the subject-access export, erasure (no trace; killed at every k), resubmission after erasure, the
// Suppressions hash, and retention (listing, confirmation, anonymising; killed at every k).

import { menuEntryPoints } from '../../src/server/menu/menuDefinition';
import { COORDINATOR, ok, setSetting, tabRows, VIEWER } from './intake/harness';
import { retentionWorld } from './privacy/retentionWorld';

describe('the Privacy menu (issue 13 items 2–5)', () => {
  it('offers the export, the erasure, and retention’s list and confirmation', () => {
    expect(menuEntryPoints()).toEqual(
      expect.arrayContaining([
        'exportPersonData',
        'erasePerson',
        'listRetentionDue',
        'anonymiseRetentionDue',
      ]),
    );
  });

  it('keeps export and erasure to admins; retention to coordinators and admins', () => {
    const { emu } = retentionWorld();
    const status = (name: string, args: unknown[], user: string) => emu.run(name, args, { user }).status;
    expect(status('exportPersonData', ['nobody-held@example.org'], COORDINATOR)).not.toBe('ok');
    expect(status('erasePerson', ['nobody-held@example.org', true], COORDINATOR)).not.toBe('ok');
    expect(status('listRetentionDue', [], VIEWER)).not.toBe('ok');
    expect(status('listRetentionDue', [], COORDINATOR)).toBe('ok');
  });
});

describe('retention periods (issue 13 item 4)', () => {
  it('are read from Settings: a longer period lists less, a shorter one more', () => {
    const { emu, ids } = retentionWorld();
    // Everything in the world is about 37 months old: 240 months keeps it all.
    setSetting(emu, 'Keep raw form responses (months)', '240');
    setSetting(emu, 'Keep inactive contacts (months)', '240');
    expect(ok(emu, 'listRetentionDue', [], COORDINATOR).value).toMatchObject({ due: 1, added: 1 });
    expect(tabRows(emu, 'Retention due').map((r) => r['Record'])).toEqual([ids.declined]);
    setSetting(emu, 'Keep inactive contacts (months)', '36');
    expect(ok(emu, 'listRetentionDue', [], COORDINATOR).value).toMatchObject({ due: 2, added: 1 });
    expect(tabRows(emu, 'Retention due').map((r) => r['Record'])).toEqual([ids.declined, ids.karim]);
  });
});
