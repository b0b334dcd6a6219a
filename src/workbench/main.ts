// `npm start`: the CRM offline in a browser on a local .xlsx workbook (run after `npm run build`).
// Usage: tsx src/workbench/main.ts [--file path.xlsx] [--port 8080] [--demo demo|bench|none] [--user email]
//          [--dist dir] [--script file.js]  (another build folder, or a plain script instead of the bundle)
// Environment: WORKBENCH_FILE, WORKBENCH_PORT, WORKBENCH_DEMO, WORKBENCH_USER (flags win).
import fs from 'node:fs';
import path from 'node:path';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

async function main(): Promise<void> {
  // Dates are computed in the script's time zone, as Apps Script does (and as the tests run).
  const distDir = arg('dist') ?? 'dist';
  const script = arg('script');
  const manifestPath = path.resolve(distDir, 'appsscript.json');
  process.env.TZ = script
    ? 'Europe/London'
    : (JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { timeZone: string }).timeZone;
  const { DEFAULT_PORT, DEFAULT_WORKBOOK, startWorkbench, summaryLine } = await import('./workbench');
  const demo = arg('demo') ?? process.env.WORKBENCH_DEMO;
  const started = Date.now();
  const wb = await startWorkbench({
    file: arg('file') ?? process.env.WORKBENCH_FILE ?? DEFAULT_WORKBOOK,
    port: Number(arg('port') ?? process.env.WORKBENCH_PORT ?? DEFAULT_PORT),
    demo: demo === 'bench' || demo === 'none' ? demo : 'demo',
    user: arg('user') ?? process.env.WORKBENCH_USER,
    distDir,
    ...(script ? { source: fs.readFileSync(script, 'utf8') } : {}),
  });
  for (const w of wb.summary.warnings) console.warn(`Warning: ${w}`);
  console.log(`SCN CRM workbench: ${wb.url}`);
  console.log(
    `${summaryLine(wb)} — ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl+C saves and stops.`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await wb.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  console.error(`Workbench failed to start: ${e.message}`);
  process.exit(1);
});
