// Writes a file so that a killed process leaves either the old file or the new one, never half of one.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `data` to a temporary file beside `target`, flushes it to disk, then renames it over `target`
 * (rename is atomic on one file system). A crash before the rename leaves the previous file untouched.
 */
export async function writeFileAtomic(target: string, data: Buffer | string): Promise<void> {
  const dir = path.dirname(target);
  await fs.promises.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await fs.promises.open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(temp, target);
}

/** Temporary files a killed save left behind (they never replaced anything; safe to delete). */
export function removeStaleTemps(target: string): void {
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) return;
  const prefix = `.${path.basename(target)}.`;
  for (const f of fs.readdirSync(dir)) {
    if (f.startsWith(prefix) && f.endsWith('.tmp')) fs.rmSync(path.join(dir, f), { force: true });
  }
}

/** writeFileAtomic in this thread, for small files that must be on disk before the caller goes on. */
export function writeFileAtomicSync(target: string, data: Buffer | string): void {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
}
