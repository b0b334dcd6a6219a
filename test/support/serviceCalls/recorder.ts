// Jest setup file (setupFilesAfterEnv) of the service-call record run: notes every Apps Script Type.method a test
// file's scripts actually ran on an emulated object of that type, and writes them to SERVICE_CALL_RECORD_DIR.
// Loaded only by record.ts's child jest run, never by the ordinary one.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GoogleBackend } from '../../../src/emulator/backend';

const dir = process.env['SERVICE_CALL_RECORD_DIR'];
if (!dir)
  throw new Error(
    'recorder.ts is the service-call record run’s setup file: SERVICE_CALL_RECORD_DIR is unset',
  );
const ROOT = path.resolve(__dirname, '../../..');
const shippedPath = path.join(ROOT, 'dist/Code.js');
// Calls the shipped bundle makes are what the record is checked against, never evidence of a fidelity test.
const shipped = fs.existsSync(shippedPath) ? fs.readFileSync(shippedPath, 'utf8') : undefined;

const calls = new Set<string>();
GoogleBackend.observeScriptCall = (type, method, state) => {
  if (state.scriptSource !== shipped) calls.add(`${type}.${method}`);
};

afterAll(() => {
  const file = path.relative(ROOT, expect.getState().testPath ?? 'unknown');
  const name = crypto.createHash('sha256').update(file).digest('hex').slice(0, 16);
  const tmp = path.join(dir, `${name}.json.tmp`);
  fs.writeFileSync(tmp, JSON.stringify({ file, calls: [...calls].sort() }));
  fs.renameSync(tmp, path.join(dir, `${name}.json`));
  GoogleBackend.observeScriptCall = undefined;
});
