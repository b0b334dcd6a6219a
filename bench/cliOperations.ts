// Bench rows for the command line (issue 18): a backup and a restore of the bench workbook with the CLI's real
// googleapis client against the local fake Google (src/fakeGoogle) — API requests made and wall seconds.
//
// The CLI runs unpaced here, so the seconds are the client's and the fake's work, not Google's quota: at the
// Sheets API's 60 requests per minute per user (https://developers.google.com/sheets/api/limits) the same requests
// need at least (requests − 60) seconds more once over 60.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli/main';
import type { Emulator } from '../src/emulator';
import { FakeGoogle } from '../src/fakeGoogle/fakeGoogle';
import type { BenchRow } from './measure';
import type { AsyncBenchOperation } from './operations';

const TOKEN = 'bench-access-token';

function row(operation: string, requests: number, seconds: number, note: string): BenchRow {
  // `calls` and `io calls` are API requests; the fewest a CLI run could make is not modelled (ratio 1).
  return {
    operation,
    calls: requests,
    ioCalls: requests,
    cellsRead: 0,
    cellsWritten: 0,
    modelledSeconds: seconds,
    lowerBound: requests,
    ratio: 1,
    note,
  };
}

async function crm(fake: FakeGoogle, args: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  let err = '';
  const code = await runCli(args, {
    out: (l) => out.push(l),
    err: (t) => {
      err += t;
    },
    env: { SCN_CRM_ROOT_URL: fake.rootUrl, SCN_CRM_ACCESS_TOKEN: TOKEN, SCN_CRM_TOKEN_FILE: '/nonexistent' },
    confirm: async () => false,
    tty: false,
    caller: { backoffMs: 5, perMinute: 100_000 },
  });
  if (code !== 0) throw new Error(`crm ${args[0]} failed (${code}): ${err}`);
  return { code, out, err };
}

function split(fake: FakeGoogle): string {
  return `Sheets ${fake.count('sheets')}, Drive ${fake.count('drive')} requests`;
}

export function cliOperations(build: () => Emulator, user: string): AsyncBenchOperation[] {
  return [
    {
      name: 'CLI backup → restore of the bench workbook (googleapis, local fake)',
      async run() {
        const emu = build();
        const fake = new FakeGoogle(emu.backend, {
          tokens: { [TOKEN]: user },
          perUser: 1e6,
          perProject: 1e6,
        });
        await fake.start();
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'scn-bench-backup-'));
        try {
          const book = emu.backend.stores.spreadsheets.bound;
          let started = Date.now();
          const backup = await crm(fake, ['backup', '--spreadsheet', book.id, '--out', out]);
          const backupRow = row(
            'CLI backup: API requests, wall seconds (googleapis, local fake)',
            fake.log.length,
            (Date.now() - started) / 1000,
            `${split(fake)}; ${backup.err.trim().split('\n').at(-1)}; wall seconds`,
          );
          fake.log.length = 0;
          const target = emu.backend.stores.spreadsheets.create('Restored', { owner: user });
          started = Date.now();
          const restore = await crm(fake, [
            'restore',
            '--from',
            backup.out.at(-1)!,
            '--spreadsheet',
            target.id,
            '--yes',
          ]);
          const restoreRow = row(
            'CLI restore into an empty spreadsheet: API requests, wall seconds',
            fake.log.length,
            (Date.now() - started) / 1000,
            `${split(fake)}; ${restore.out.at(-1)}; wall seconds`,
          );
          return [backupRow, restoreRow];
        } finally {
          await fake.stop();
          fs.rmSync(out, { recursive: true, force: true });
        }
      },
    },
  ];
}
