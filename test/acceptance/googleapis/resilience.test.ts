// Issue 18: the CLI under failure, against the fake Google: an interrupted backup resumes without reading again
// what it saved, 429s (forced, and the per-minute quota) are retried with backoff, the client paces itself under
// the quota, bad credentials and a missing spreadsheet give clear messages (in-process and through the bin), and
// archive spreadsheets in the folder Settings names are part of the backup.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { benchEmulator } from '../../../bench/benchWorkbook';
import { ApiCaller } from '../../../src/cli/google/apiCaller';
import type { Emulator } from '../../../src/emulator';
import type { FakeGoogle } from '../../../src/fakeGoogle/fakeGoogle';
import { crm, OWNER, startFake, tempDir } from '../../support/googleapis/harness';

jest.setTimeout(300_000);

const sums = (dir: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')).tabs as {
      title: string;
      sha256: string;
    }[]
  ).map((t) => `${t.title}:${t.sha256}`);

describe('the CLI under failure (issue 18)', () => {
  let emu: Emulator;
  let fake: FakeGoogle;
  let id: string;
  const small = { chunkCells: 20_000 };
  beforeAll(async () => {
    emu = benchEmulator('demo');
    id = emu.backend.stores.spreadsheets.bound.id;
    fake = await startFake(emu);
  });
  afterAll(() => fake.stop());

  it('an interrupted backup resumes where it stopped and ends identical to an uninterrupted one', async () => {
    const clean = await crm(
      fake,
      ['backup', '--spreadsheet', id, '--out', tempDir('scn-clean-'), '--no-xlsx'],
      small,
    );
    expect(clean.code).toBe(0);
    fake.log.length = 0;
    await crm(fake, ['backup', '--spreadsheet', id, '--out', tempDir('scn-count-'), '--no-xlsx'], small);
    const full = fake.count('sheets');
    const out = tempDir('scn-resume-');
    fake.log.length = 0;
    fake.outageAfter = 12;
    const first = await crm(fake, ['backup', '--spreadsheet', id, '--out', out, '--no-xlsx'], {
      ...small,
      caller: { maxAttempts: 2 },
    });
    expect(first.code).toBe(1);
    expect(first.err).toMatch(/Google kept refusing to read .* \(503\) after 2 tries[\s\S]*it resumes/);
    fake.outageAfter = undefined;
    fake.log.length = 0;
    const second = await crm(fake, ['backup', '--spreadsheet', id, '--out', out, '--no-xlsx'], small);
    expect(second.code).toBe(0);
    expect(second.out[0]).toMatch(/^Resuming the unfinished backup in /);
    // The chunks saved before the outage (11 of them after the first request) are not read again.
    expect(fake.count('sheets')).toBeLessThanOrEqual(full - 10);
    expect(sums(second.out.at(-1)!)).toEqual(sums(clean.out.at(-1)!));
  });

  it('retries a 429 with backoff, and stays within a per-minute quota by waiting', async () => {
    fake.forced429 = 2;
    const r = await crm(fake, ['backup', '--spreadsheet', id, '--out', tempDir('scn-429-'), '--no-xlsx']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Google answered 429 to "read the spreadsheet"; retry 1 in/);
    expect(r.err).toMatch(/retry 2 in/);
    expect(r.err).toMatch(/; 2 retries\)/);
  });

  it('paces requests under the per-minute budget (60 per user by default)', async () => {
    const waits: number[] = [];
    // The sleep records the wait and stops the call there (a real one would wait that long).
    const caller = new ApiCaller({
      perMinute: 3,
      sleep: async (ms) => {
        waits.push(ms);
        throw new Error('stopped while waiting');
      },
    });
    for (let i = 0; i < 3; i++) await caller.call('read', 'read', async () => ({ data: i }));
    expect(waits).toEqual([]);
    await expect(caller.call('read', 'read', async () => ({ data: 4 }))).rejects.toThrow(
      'stopped while waiting',
    );
    // The fourth read waits for the first to leave the 60-second window; writes have their own budget.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(59_000);
    await expect(caller.call('write', 'write', async () => ({ data: 5 }))).resolves.toBe(5);
  });

  it('says clearly when the credentials are bad or the spreadsheet does not exist', async () => {
    const bad = await crm(
      fake,
      ['backup', '--spreadsheet', id, '--out', tempDir('scn-401-')],
      {},
      'not-a-token',
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Google refused the credentials (401) while trying to read the spreadsheet');
    expect(bad.err).toContain('npm run crm -- login');
    const missing = await crm(fake, [
      'diff',
      '--spreadsheet',
      '1NoSuchSpreadsheet',
      '--from',
      tempDir('scn-404-'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('is not a backup made by this tool');
    const gone = await crm(fake, [
      'backup',
      '--spreadsheet',
      '1NoSuchSpreadsheet',
      '--out',
      tempDir('scn-404-'),
    ]);
    expect(gone.code).toBe(1);
    expect(gone.err).toContain(
      'Google found nothing to read the spreadsheet (404: Requested entity was not found.)',
    );
  });

  // The child talks to the fake in this process, so it must run asynchronously: spawnSync would block the event
  // loop the fake answers on, and both would wait for ever.
  const shell = (args: string[], env: Record<string, string>) =>
    new Promise<{ status: number | null; stderr: string }>((resolve) => {
      execFile(
        path.resolve('node_modules/.bin/tsx'),
        ['src/cli/main.ts', ...args],
        { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 },
        (error, _stdout, stderr) =>
          resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
      );
    });

  it('the bin gives the same message from a shell', async () => {
    const r = await shell(['backup', '--spreadsheet', id], {
      SCN_CRM_ROOT_URL: fake.rootUrl,
      SCN_CRM_ACCESS_TOKEN: 'wrong',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Google refused the credentials (401)');
    const usage = await shell(['backup'], { SCN_CRM_ACCESS_TOKEN: 'x' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('backup needs --spreadsheet');
  });

  it('backs up the archive spreadsheets in the Drive folder named in Settings', async () => {
    const drive = emu.backend.stores.drive;
    const folder = drive.addFolder('SCN CRM archives', OWNER);
    const archive = emu.backend.stores.spreadsheets.create('SCN CRM archive 2023', { owner: OWNER });
    drive.get(archive.id)!.parentId = folder.id;
    archive.sheets[0]!.setValuesRaw(1, 1, [
      ['Engagement ID', 'Date'],
      ['ENG-000001', new Date(Date.UTC(2023, 4, 2))],
    ]);
    const r = await crm(fake, ['backup', '--spreadsheet', id, '--out', tempDir('scn-arch-'), '--no-xlsx']);
    expect(r.code).toBe(0);
    const dir = r.out.at(-1)!;
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(m.archives).toEqual([
      expect.objectContaining({ spreadsheetId: archive.id, title: 'SCN CRM archive 2023' }),
    ]);
    const sub = JSON.parse(fs.readFileSync(path.join(dir, m.archives[0].dir, 'manifest.json'), 'utf8'));
    expect(sub.complete).toBe(true);
    const tab = JSON.parse(fs.readFileSync(path.join(dir, m.archives[0].dir, sub.tabs[0].file), 'utf8'));
    expect(tab.rows[1][0].v).toEqual({ stringValue: 'ENG-000001' });
  });
});
