// A standalone local server for sidebars and dialogs (browser tests): the sidebar handler on 127.0.0.1 only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSidebarHandler, type SidebarHandler, type SidebarHandlerOptions } from './sidebarHandler';

export interface SidebarServer {
  /** e.g. http://127.0.0.1:43127 */
  readonly origin: string;
  readonly handler: SidebarHandler;
  /** Absolute URL of a page (dist/<name>.html with the shim). */
  pageUrl(name: string): string;
  close(): Promise<void>;
}

export interface SidebarServerOptions extends SidebarHandlerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
}

/** Starts the server; it listens on the loopback interface only, never on the network. */
export async function startSidebarServer(options: SidebarServerOptions): Promise<SidebarServer> {
  const handler = createSidebarHandler(options);
  const server = http.createServer((req, res) => {
    if (req.url === '/favicon.ico') {
      // Browsers ask for it on every page; an empty answer keeps 404s out of the pages' consoles.
      res.writeHead(204);
      res.end();
    } else if (!handler.handle(req, res)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    handler,
    pageUrl: (name) => origin + handler.pagePath(name),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
