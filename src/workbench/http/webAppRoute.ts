// The script's web app in the workbench: /exec[/path] runs doGet/doPost in the emulator, as the deployed URL would,
// so an opt-out link in an emailed message opens from the Outbox.
import type http from 'node:http';
import { serveWebApp } from '../../emulator/webApp';
import type { WorkbenchEngine } from '../engine/engine';
import { escapeHtml, readBody, sendText } from './httpIo';
import { localFormLinks } from './outboxPage';

/** The workbench's stand-in for https://script.google.com/macros/s/<deployment>/exec. */
export const WEB_APP_PATH = '/exec';

export function isWebAppPath(pathname: string): boolean {
  return pathname === WEB_APP_PATH || pathname.startsWith(`${WEB_APP_PATH}/`);
}

export async function webAppRoute(
  engine: WorkbenchEngine,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<void> {
  const method = req.method === 'POST' ? 'POST' : 'GET';
  const body = method === 'POST' ? await readBody(req) : undefined;
  const out = serveWebApp(engine.emu, {
    method,
    pathInfo: decodeURIComponent(url.pathname.slice(WEB_APP_PATH.length + 1)),
    queryString: url.search.replace(/^\?/, ''),
    body,
    contentType: req.headers['content-type'],
  });
  // Logged and saved like any other execution (the Sheet may have changed: an opt-out lands in Suppressions).
  engine.afterPageCall(method === 'POST' ? 'doPost' : 'doGet', out.execution);
  const headers: Record<string, string> = {};
  if (out.fileName)
    headers['content-disposition'] = `attachment; filename="${out.fileName.replace(/"/g, '')}"`;
  const titled =
    out.title && !/<title>/i.test(out.body) ? `<title>${escapeHtml(out.title)}</title>${out.body}` : out.body;
  // The page's own links and form actions name the deployed URL (ScriptApp.getService().getUrl()): here they go
  // to this /exec, so the opt-out page's confirm button posts to the workbench, not to Google.
  const html = localFormLinks(titled, `http://${req.headers.host ?? url.host}`);
  sendText(
    res,
    out.status,
    out.contentType,
    out.contentType.startsWith('text/html') ? html : out.body,
    headers,
  );
}
