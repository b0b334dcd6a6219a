// The workbench page's own assets (not an Apps Script page): the client bundled by esbuild from TypeScript, and CSS.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const clientDir = path.join(__dirname, '..', 'client');

export interface ClientAssets {
  js: string;
  css: Record<string, string>;
}

/** Bundles src/workbench/client/main.ts into one script (no CDN, nothing fetched at run time). */
export async function buildClientAssets(): Promise<ClientAssets> {
  const result = await esbuild.build({
    entryPoints: [path.join(clientDir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const css: Record<string, string> = {};
  for (const f of fs.readdirSync(clientDir)) {
    if (f.endsWith('.css')) css[f] = fs.readFileSync(path.join(clientDir, f), 'utf8');
  }
  return { js: result.outputFiles[0].text, css };
}

export function shellHtml(title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title.replace(/[<&]/g, '')} — workbench</title><link rel="stylesheet" href="/assets/workbench.css"></head>
<body><div id="app" aria-busy="true">Loading the workbook…</div><script src="/assets/app.js"></script></body></html>`;
}
