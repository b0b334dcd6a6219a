// The workbench's local web server (127.0.0.1 only): the page, its API, the scripts' sidebars and dialogs, the forms
// and the outbox.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSidebarHandler, type SidebarHandler } from '../../emulator/browser';
import { FormSubmissionError } from '../../emulator/services/comms/install';
import { type ApiContext, handleApi } from './api';
import { buildClientAssets, shellHtml } from './clientAssets';
import { renderFile, renderFileList } from './filesPage';
import { answersByTitle, answersFrom, renderConfirmation, renderForm, renderFormList } from './formPage';
import { formLanguage } from './formText';
import { readBody, sendText } from './httpIo';
import { EMAIL_CSP, emailDocument } from './outboxPage';
import { isWebAppPath, webAppRoute } from './webAppRoute';

export interface WorkbenchServer {
  origin: string;
  sidebars: SidebarHandler;
  close(): Promise<void>;
}

export async function startServer(
  ctx: ApiContext,
  options: { port: number; distDir?: string },
): Promise<WorkbenchServer> {
  const { engine } = ctx;
  const assets = await buildClientAssets();
  let origin = '';
  const sidebars = createSidebarHandler({
    emu: engine.emu,
    user: engine.user,
    distDir: options.distDir,
    pages: engine.dialogPages,
    basePath: '/sidebar/',
    onCall: (call) => engine.afterPageCall(call.name, call.outcome.execution),
    onHostAction: (a) => a.action === 'close' && engine.hostClosed(a.page),
  });
  const forms = () => engine.emu.backend.stores.comms.forms;

  async function formRoute(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const m = /^\/forms\/d\/e\/([A-Za-z0-9_-]+)\/(viewform|formResponse)$/.exec(url.pathname);
    const form = m && [...forms().forms.values()].find((f) => f.publishedId === m[1]);
    if (!m || !form) {
      sendText(res, 404, 'text/plain', 'No such form');
      return;
    }
    const localeOf = (user: string) => engine.emu.backend.stores.script.session.locales.get(user);
    if (req.method !== 'POST') {
      const language = formLanguage(form, url.searchParams.get('hl'), localeOf);
      sendText(
        res,
        200,
        'text/html; charset=utf-8',
        renderForm(form, answersFrom(url.searchParams, form), {}, {}, language),
      );
      return;
    }
    const params = new URLSearchParams(await readBody(req));
    const language = formLanguage(form, params.get('hl') ?? url.searchParams.get('hl'), localeOf);
    const answers = answersFrom(params, form);
    const email = params.get('emailAddress') ?? '';
    try {
      // What the triggers did goes to the operator's status area (the engine logs it), not to the respondent.
      engine.submitForm({ formId: form.id, answers: answersByTitle(form, answers), respondentEmail: email });
      sendText(res, 200, 'text/html; charset=utf-8', renderConfirmation(form, language));
    } catch (e) {
      if (!(e instanceof FormSubmissionError)) throw e;
      const problems: Record<number, string> = {};
      let emailProblem: string | undefined;
      let formProblem: string | undefined;
      for (const p of e.problems) {
        const item = form.items.find((i) => i.title === p.question);
        if (item) problems[item.id] = p.problem;
        else if (p.question === 'Email') emailProblem = p.problem;
        else formProblem = p.problem;
      }
      sendText(
        res,
        200,
        'text/html; charset=utf-8',
        renderForm(form, answers, problems, { email, emailProblem, formProblem }, language),
      );
    }
  }

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = url.pathname;
    if (handleApi(ctx, req, res, url)) return;
    if (sidebars.handle(req, res)) return;
    if (p === '/') {
      sendText(res, 200, 'text/html; charset=utf-8', shellHtml(engine.model.name));
      return;
    }
    if (p === '/assets/app.js') {
      sendText(res, 200, 'text/javascript; charset=utf-8', assets.js);
      return;
    }
    const css = /^\/assets\/([a-z]+\.css)$/.exec(p);
    if (css && assets.css[css[1]]) {
      sendText(res, 200, 'text/css; charset=utf-8', assets.css[css[1]]);
      return;
    }
    if (p === '/forms') {
      sendText(res, 200, 'text/html; charset=utf-8', renderFormList([...forms().forms.values()]));
      return;
    }
    if (p.startsWith('/forms/d/e/')) {
      formRoute(req, res, url).catch((e: Error) => sendText(res, 500, 'text/plain', e.message));
      return;
    }
    if (isWebAppPath(p)) {
      webAppRoute(engine, req, res, url).catch((e: Error) => sendText(res, 500, 'text/plain', e.message));
      return;
    }
    if (p === '/files') {
      sendText(res, 200, 'text/html; charset=utf-8', renderFileList(engine.emu.backend));
      return;
    }
    const created = /^\/files\/([A-Za-z0-9_-]+)$/.exec(p);
    if (created) {
      const from = Number(url.searchParams.get('from') ?? 2);
      const html = renderFile(engine.emu.backend, created[1], url.searchParams.get('tab'), from || 2);
      sendText(res, html ? 200 : 404, 'text/html; charset=utf-8', html ?? 'No such file', {
        'content-security-policy': "script-src 'none'",
      });
      return;
    }
    const mail = /^\/outbox\/([A-Za-z0-9_-]+)$/.exec(p);
    if (mail) {
      const m = engine.emu.backend.stores.comms.mail.outbox.find((x) => x.id === mail[1]);
      if (!m) {
        sendText(res, 404, 'text/plain', 'No such message');
        return;
      }
      sendText(res, 200, 'text/html; charset=utf-8', emailDocument(m, origin), {
        'content-security-policy': EMAIL_CSP,
      });
      return;
    }
    if (p === '/favicon.ico') {
      sendText(res, 204, 'text/plain', '');
      return;
    }
    sendText(res, 404, 'text/plain', 'Not found');
  }

  const server = http.createServer((req, res) => {
    try {
      // The page's user switcher decides who the sidebars' google.script.run calls run as.
      sidebars.user = engine.user;
      route(req, res);
    } catch (e) {
      if (!res.headersSent) sendText(res, 500, 'text/plain', (e as Error).message);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    sidebars,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
