// The plain-JS program of an execution worker thread: a script realm whose service calls are synchronous requests to the main thread.

/**
 * Evaluated with `new Worker(source, { eval: true })`, so it needs no TypeScript loader (works the same
 * under ts-jest and tsx). All service logic stays on the main thread; the worker only holds script realms.
 *
 * Protocol (one request at a time, strictly alternating):
 * - main → worker on `down`, then the `ctrl` cell is set and notified:
 *   `run` (a job), `reply` (to a call), `eval` (run code in the realm, for HtmlService scriptlets),
 *   `hostReturn` (the result of a host function the eval'd code called),
 *   `kill` (stop now: the thread exits, as a timed-out execution stops), `stop` (leave the pool).
 * - worker → main on `up`, then the shared `bell` cell is set and notified:
 *   `ready`, `call` (blocks until `reply`), `hostCall`, `evalDone`, `done` (the job's outcome). Logs ride along.
 */
export const WORKER_SOURCE = String.raw`'use strict';
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const vm = require('node:vm');
const { up, down, ctrl, bell, bridgeSource, cleanupSource, codeGeneration } = workerData;
const ctrlCell = new Int32Array(ctrl);
const bellCell = new Int32Array(bell);
const bridgeScript = new vm.Script(bridgeSource, { filename: 'emulator-bridge.js' });
// Compiled bundles by id; kept for the worker's life (the main thread sends each source once per worker).
const bundles = new Map();
let logs = [];

function send(message) {
  if (logs.length) { message.logs = logs; logs = []; }
  up.postMessage(message);
  Atomics.store(bellCell, 0, 1);
  Atomics.notify(bellCell, 0);
}

function receive() {
  for (;;) {
    const m = receiveMessageOnPort(down);
    if (m) return m.message;
    Atomics.wait(ctrlCell, 0, 0);
    Atomics.store(ctrlCell, 0, 0);
  }
}

// Values leaving the realm: data, Dates and handles; a function cannot cross (as in runExecution).
function plain(v) {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'function') throw new TypeError('A function cannot be passed to an Apps Script service.');
    return v;
  }
  if (Array.isArray(v)) return v.map(plain);
  if (Object.prototype.toString.call(v) === '[object Date]') return new Date(v.getTime());
  const o = {};
  for (const k of Object.keys(v)) o[k] = plain(v[k]);
  return o;
}

function errorOf(e) {
  const isErr = e && typeof e === 'object' && 'message' in e;
  return {
    name: isErr ? String(e.name) : 'Error',
    message: isErr ? String(e.message) : String(e),
    text: isErr ? e.name + ': ' + e.message : String(e),
  };
}

// Seeded Math.random (mulberry32) so that a seed replays the same run even when a script draws numbers.
function seededRandom(seed) {
  let a = seed >>> 0;
  return function random() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scriptOf(job) {
  let script = bundles.get(job.bundleId);
  if (!script) {
    script = new vm.Script(job.source, { filename: job.filename });
    bundles.set(job.bundleId, script);
  }
  return script;
}

function runJob(job) {
  let now = job.now;
  const methods = Object.assign(Object.create(null), job.methods);
  const context = vm.createContext(Object.create(null), { name: 'execution-' + job.executionId, codeGeneration });
  vm.runInContext(cleanupSource, context);
  vm.runInContext('(function (r) { Math.random = r; })', context)(seededRandom(job.randomSeed));
  let bridge;
  function awaitReply() {
    for (;;) {
      const m = receive();
      if (m.types) Object.assign(methods, m.types);
      if (m.now !== undefined) now = m.now;
      if (m.type === 'reply') return m.reply;
      if (m.type === 'kill') process.exit(0);
      if (m.type === 'eval') {
        try {
          const fn = vm.runInContext(m.code, context);
          const args = m.args.map((a, i) => (m.hostFns.includes(i) ? hostFunction(i) : bridge.imp(a)));
          send({ type: 'evalDone', ok: true, value: plain(fn.apply(undefined, args)) });
        } catch (e) {
          send({ type: 'evalDone', ok: false, error: errorOf(e) });
        }
      }
    }
  }
  // A host function handed to eval (HtmlService's printers): each use is a synchronous request to the main thread.
  function hostFunction(index) {
    return function () {
      send({ type: 'hostCall', index, args: plain(Array.prototype.slice.call(arguments)) });
      for (;;) {
        const m = receive();
        if (m.type === 'kill') process.exit(0);
        if (m.type !== 'hostReturn') continue;
        if (m.ok) return m.value;
        throw new Error(m.message);
      }
    };
  }
  const port = {
    call(h, m, args) {
      send({ type: 'call', h, m, args });
      return awaitReply();
    },
    now: () => now,
    methods,
    rootHandles: job.rootHandles,
    log(level, message) { logs.push({ level, message }); },
  };
  bridge = bridgeScript.runInContext(context)(port);
  for (const name of Object.keys(job.rootHandles)) context[name] = bridge.wrap(job.rootHandles[name]);
  try {
    scriptOf(job).runInContext(context, { timeout: 30000 });
  } catch (e) {
    return { type: 'done', ok: false, error: errorOf(e) };
  }
  const fn = context[job.fn];
  if (typeof fn !== 'function') return { type: 'done', ok: false, notFound: true };
  try {
    const raw = fn.apply(undefined, bridge.imp(job.args));
    return { type: 'done', ok: true, value: plain(raw) };
  } catch (e) {
    return { type: 'done', ok: false, error: errorOf(e) };
  }
}

send({ type: 'ready' });
for (;;) {
  const job = receive();
  if (job.type === 'stop') break;
  if (job.type !== 'run') continue;
  send(runJob(job));
}
up.close();
down.close();
`;
