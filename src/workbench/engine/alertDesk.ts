// Lets the page answer Ui.alert/prompt while the execution that asked is still running: the execution blocks
// (Atomics.wait) and a small server on a worker thread takes the question to the page and the answer back.
import { Worker } from 'node:worker_threads';

export interface AlertQuestion {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  /** A Ui.ButtonSet name: OK, OK_CANCEL, YES_NO, YES_NO_CANCEL. */
  buttons: string;
}

export interface AlertAnswer {
  button?: string;
  text?: string;
}

/** ctl[0]: 1 once answered; ctl[1]: last poll (s since epoch); ctl[2]: answer length; ctl[3]: polls held open. */
const HEADER_BYTES = 16;
const ANSWER_BYTES = 64 * 1024;
/** A question nobody answers is closed after this long, as if the person closed the dialog. */
const ANSWER_TIMEOUT_MS = 10 * 60 * 1000;
/** How long the page's long poll waits for a question before asking again. */
const POLL_HOLD_MS = 15_000;

// Plain JavaScript: a worker started from a string runs without the TypeScript loader.
const DESK_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const ctl = new Int32Array(workerData.sab, 0, 4);
const bytes = new Uint8Array(workerData.sab, ${HEADER_BYTES});
let question = null;
let allowOrigin = '*';
const held = new Set();
function reply(res, status, body) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'access-control-allow-origin': allowOrigin,
    'access-control-allow-headers': 'content-type',
  });
  res.end(body === undefined ? '' : JSON.stringify(body));
}
function release(res) { if (held.delete(res)) { Atomics.store(ctl, 3, held.size); reply(res, 200, { question }); } }
parentPort.on('message', (m) => {
  if (m.origin) allowOrigin = m.origin;
  if (m.question !== undefined) { question = m.question; for (const res of [...held]) release(res); }
});
const server = http.createServer((req, res) => {
  Atomics.store(ctl, 1, Math.floor(Date.now() / 1000));
  const url = new URL(req.url, 'http://127.0.0.1');
  if (req.method === 'OPTIONS') return reply(res, 204);
  if (req.method === 'GET' && url.pathname === '/question') {
    if (question || url.searchParams.get('wait') !== '1') return reply(res, 200, { question });
    held.add(res);
    Atomics.store(ctl, 3, held.size);
    const timer = setTimeout(() => release(res), ${POLL_HOLD_MS});
    res.on('close', () => { clearTimeout(timer); held.delete(res); Atomics.store(ctl, 3, held.size); });
    return;
  }
  if (req.method === 'POST' && url.pathname === '/answer') {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      let a;
      try { a = JSON.parse(body); } catch (e) { return reply(res, 400, { error: 'bad json' }); }
      if (!question || a.id !== question.id) return reply(res, 409, { error: 'no such question' });
      const data = Buffer.from(JSON.stringify({ button: a.button, text: a.text }), 'utf8').subarray(0, ${ANSWER_BYTES});
      bytes.set(data);
      Atomics.store(ctl, 2, data.length);
      question = null;
      Atomics.store(ctl, 0, 1);
      Atomics.notify(ctl, 0);
      reply(res, 200, { ok: true });
    });
    return;
  }
  reply(res, 404, { error: 'not found' });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
`;

export class AlertDesk {
  private readonly ctl: Int32Array;
  private readonly bytes: Uint8Array;
  private nextId = 1;

  private constructor(
    private readonly worker: Worker,
    sab: SharedArrayBuffer,
    /** e.g. http://127.0.0.1:41234, the origin the page asks for questions. */
    readonly origin: string,
  ) {
    this.ctl = new Int32Array(sab, 0, 4);
    this.bytes = new Uint8Array(sab, HEADER_BYTES);
  }

  static async start(): Promise<AlertDesk> {
    const sab = new SharedArrayBuffer(HEADER_BYTES + ANSWER_BYTES);
    const worker = new Worker(DESK_SOURCE, { eval: true, workerData: { sab } });
    worker.unref();
    const port = await new Promise<number>((resolve, reject) => {
      worker.once('message', (m: { port: number }) => resolve(m.port));
      worker.once('error', reject);
    });
    return new AlertDesk(worker, sab, `http://127.0.0.1:${port}`);
  }

  /** Only the workbench page may answer. */
  allowOrigin(origin: string): void {
    this.worker.postMessage({ origin });
  }

  /** A page is open and listening for questions (a poll is held, or one arrived in the last few seconds). */
  pagePresent(): boolean {
    return Atomics.load(this.ctl, 3) > 0 || Date.now() / 1000 - Atomics.load(this.ctl, 1) < 5;
  }

  /**
   * Shows the question in the page and blocks this thread until it is answered; undefined when no page is open
   * (the caller then uses the emulator's queued or default answer).
   */
  ask(q: AlertQuestion): AlertAnswer | undefined {
    if (!this.pagePresent()) return undefined;
    const id = this.nextId++;
    Atomics.store(this.ctl, 0, 0);
    this.worker.postMessage({ question: { ...q, id } });
    const outcome = Atomics.wait(this.ctl, 0, 0, ANSWER_TIMEOUT_MS);
    if (outcome === 'timed-out') {
      this.worker.postMessage({ question: null });
      return { button: 'CLOSE' };
    }
    const length = Atomics.load(this.ctl, 2);
    return JSON.parse(Buffer.from(this.bytes.subarray(0, length)).toString('utf8')) as AlertAnswer;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
