// Issue 18: `crm provision` against the fake Google makes a workbook from sheets-templates and its bound script
// project with the built bundle; the emulator's setup, run on that workbook with the pushed bundle, has nothing to
// create or repair (it only does what a script alone can: forms, triggers, first admin, built-in templates, and
// decorating each tab once, which it always does on a workbook it has not fingerprinted). verify-push checks the
// project against dist/; an Apps Script API left off gives Google's message and the setting to change.
import fs from 'node:fs';
import path from 'node:path';
import { TABS } from '../../../sheets-templates';
import { filesOfDist } from '../../../src/cli/provision/scriptFiles';
import { message } from '../../../src/core/messages';
import { Emulator } from '../../../src/emulator';
import { crm, OWNER, startFake } from '../../support/googleapis/harness';

jest.setTimeout(300_000);

/** Setup's change lines that would mean the provisioned workbook was incomplete or wrong. */
function repairs(changes: string[]): string[] {
  const pattern = (key: string, params: Record<string, string | number>) =>
    new RegExp(
      `^${message(key as never, params as never)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/999|TAB/g, '.+')}$`,
    );
  const bad = [
    pattern('setup.tabCreated', { tab: 'TAB' }),
    pattern('setup.headersWritten', { tab: 'TAB' }),
    pattern('setup.settingsAdded', { n: 999 }),
    pattern('setup.emptySheetRemoved', { name: 'TAB' }),
    pattern('setup.rulesExtended', { tab: 'TAB', row: 999 }),
  ];
  return changes.filter((c) => bad.some((p) => p.test(c)));
}

describe('provision (issue 18)', () => {
  it('creates a workbook and bound project that setup accepts without repairs', async () => {
    const emu = new Emulator();
    const fake = await startFake(emu);
    try {
      const r = await crm(
        fake,
        ['provision', '--title', 'SCN CRM (test)', '--env', 'dev', '--dist', path.resolve('dist')],
        {},
      );
      expect(r.err).not.toMatch(/Error/);
      expect(r.code).toBe(0);
      expect(r.out.join('\n')).toMatch(/Set up or repair workbook/);
      const created = emu.backend.stores.spreadsheets.all().find((s) => s.name === 'SCN CRM (test)')!;
      expect(created.sheets.map((s) => s.name)).toEqual(TABS.map((d) => d.name));
      const project = [...fake.projects.values()][0]!;
      expect(project.parentId).toBe(created.id);
      expect(project.files.map((f) => f.name).sort()).toEqual(
        filesOfDist('dist')
          .map((f) => f.name)
          .sort(),
      );
      // The project file for `npm run deploy` (written in the working directory the test ran in: cleaned up).
      const clasp = path.resolve('.clasp.dev.json');
      if (fs.existsSync(clasp)) {
        expect(JSON.parse(fs.readFileSync(clasp, 'utf8')).scriptId).toBe(project.scriptId);
        expect(fs.statSync(clasp).mode & 0o777).toBe(0o600);
        fs.rmSync(clasp);
      }

      // The emulator's setup (dist/Code.js, the file pushed) on the provisioned workbook as the bound one.
      emu.backend.stores.spreadsheets.boundId = created.id;
      const setup = emu.run<{ changes: string[]; created: string[] }>('setupWorkbook', [], { user: OWNER });
      expect(setup.status).toBe('ok');
      expect(setup.value!.created).toEqual([]);
      expect(repairs(setup.value!.changes)).toEqual([]);
      // Sanity of the filter: the same setup on an empty workbook reports those repairs.
      const fresh = new Emulator().run<{ changes: string[] }>('setupWorkbook', [], { user: OWNER });
      expect(repairs(fresh.value!.changes).length).toBeGreaterThan(TABS.length);

      const ok = await crm(fake, ['verify-push', '--script', project.scriptId, '--dist', 'dist']);
      expect(ok.code).toBe(0);
      expect(ok.out[0]).toMatch(/holds exactly the \d+ files of dist\//);
      project.files.find((f) => f.name === 'Code')!.source += '\n// edited in the browser';
      const drift = await crm(fake, ['verify-push', '--script', project.scriptId, '--dist', 'dist']);
      expect(drift.code).toBe(1);
      expect(drift.out).toContain('different in the project: Code.SERVER_JS');
    } finally {
      await fake.stop();
    }
  });

  it('says how to turn the Apps Script API on when it is off', async () => {
    const emu = new Emulator();
    const fake = await startFake(emu, { scriptApiDisabled: true });
    try {
      const r = await crm(fake, ['provision', '--title', 'T', '--dist', 'dist']);
      expect(r.code).toBe(1);
      expect(r.err).toContain('User has not enabled the Apps Script API');
      expect(r.err).toContain('https://script.google.com/home/usersettings');
    } finally {
      await fake.stop();
      fs.rmSync(path.resolve('.clasp.dev.json'), { force: true });
    }
  });
});
