// Helper of exports.test.mjs (not a test itself): loads a .heapsnapshot file with Chrome DevTools'
// own heap snapshot worker, in headless Chromium, and prints what DevTools made of it as JSON:
// { built, stat: { nodeCount, rootNodeIndex, totalSize, ... }, summary: { className: { count,
// self, maxRet, distance } } } — the figures of the Memory tab's Summary view.
//
//   node --experimental-websocket test/unit/devtools_load_snapshot.mjs FILE.heapsnapshot
//
// It starts `chromium --headless` with a debugging port, opens the DevTools front end bundled with
// Chromium (devtools://devtools/bundled/devtools_app.html) and, in that page, starts two heap
// snapshot workers the way DevTools' HeapSnapshotProxy does: the main one gets a loader, the file
// in chunks (`write`, `close`), then `buildSnapshot` with a port to the second worker (which does
// part of the initialisation); then asks the snapshot for its static data and the aggregates by
// class. Exit status 3 when Chromium is not installed.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const WORKER = 'devtools://devtools/bundled/entrypoints/heap_snapshot_worker/heap_snapshot_worker-entrypoint.js';

const IN_PAGE = `(async (text) => {
  const start = () => new Promise((resolve, reject) => {
    const w = new Worker(${JSON.stringify(WORKER)}, { type: 'module' });
    w.onerror = (e) => reject(new Error('worker failed: ' + e.message));
    w.onmessage = (e) => { if (e.data === 'workerReady') resolve(w); };
  });
  const main = await start(), second = await start();
  let callId = 0;
  const call = (w, msg, transfer = []) => new Promise((resolve, reject) => {
    const id = ++callId;
    const on = (e) => {
      if (e.data && e.data.callId === id) {
        w.removeEventListener('message', on);
        if (e.data.error) reject(new Error(msg.methodName + ': ' + e.data.error + '\\n' + e.data.errorCallStack));
        else resolve(e.data.result);
      }
    };
    w.addEventListener('message', on);
    w.postMessage({ ...msg, callId: id }, transfer);
  });
  await call(main, { disposition: 'createLoader', objectId: 1 });
  for (let i = 0; i < text.length; i += 1 << 16) {
    await call(main, { disposition: 'method', objectId: 1, methodName: 'write', methodArguments: [text.slice(i, i + (1 << 16))] });
  }
  await call(main, { disposition: 'method', objectId: 1, methodName: 'close', methodArguments: [] });
  const channel = new MessageChannel();
  second.postMessage({ disposition: 'setupForSecondaryInit', objectId: 1, callId: 0 }, [channel.port2]);
  const built = await call(main, { disposition: 'factory', objectId: 1, methodName: 'buildSnapshot', methodArguments: [], newObjectId: 2 }, [channel.port1]);
  const method = (methodName, ...methodArguments) => call(main, { disposition: 'method', objectId: 2, methodName, methodArguments });
  const stat = await method('updateStaticData');
  const aggregates = await method('aggregatesWithFilter', {});
  const summary = {};
  for (const [key, v] of Object.entries(aggregates)) {
    summary[v.name ?? key] = { count: v.count, self: v.self, maxRet: v.maxRet, distance: v.distance };
  }
  main.terminate(); second.terminate();
  return JSON.stringify({ built, stat, summary });
})`;

function fail(msg, status = 1) {
  process.stderr.write(`devtools_load_snapshot: ${msg}\n`);
  process.exit(status);
}

const file = process.argv[2];
if (file === undefined) fail('usage: devtools_load_snapshot.mjs FILE.heapsnapshot', 2);
if (typeof WebSocket === 'undefined') fail('run with node --experimental-websocket', 2);
const text = fs.readFileSync(file, 'utf8');

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pyheap-chromium-'));
const chromium = spawn('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
const cleanup = () => {
  try { process.kill(-chromium.pid, 'SIGKILL'); } catch { /* already gone */ }
  fs.rmSync(profile, { recursive: true, force: true });
};
process.on('exit', cleanup);
chromium.on('error', (e) => fail(`chromium did not start: ${e.message}`, e.code === 'ENOENT' ? 3 : 1));
const timer = setTimeout(() => fail('timed out'), 90_000);

let stderr = '';
chromium.stderr.on('data', (chunk) => {
  stderr += chunk;
  const m = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
  if (m !== null && stderr !== null) {
    stderr = null;
    drive(m[1]).then((out) => {
      clearTimeout(timer);
      process.stdout.write(out + '\n');
      process.exit(0);
    }, (e) => fail(e.stack ?? String(e)));
  }
});

async function drive(browserUrl) {
  const ws = new WebSocket(browserUrl);
  await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = () => reject(new Error('no connection to chromium')); });
  let id = 0;
  const pending = new Map();
  ws.onmessage = (m) => {
    const d = JSON.parse(m.data);
    if (d.id !== undefined && pending.has(d.id)) { pending.get(d.id)(d); pending.delete(d.id); }
  };
  const send = (method, params = {}, sessionId = undefined) => new Promise((resolve, reject) => {
    const i = ++id;
    pending.set(i, (d) => (d.error ? reject(new Error(`${method}: ${d.error.message}`)) : resolve(d.result)));
    ws.send(JSON.stringify({ id: i, method, params, sessionId }));
  });
  const { targetId } = await send('Target.createTarget', { url: 'devtools://devtools/bundled/devtools_app.html' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  // the front end's page must have loaded before its workers can be started from it
  for (let i = 0; i < 100; i++) {
    const r = await send('Runtime.evaluate', { expression: 'document.readyState', returnByValue: true }, sessionId);
    if (r.result.value === 'complete') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const r = await send('Runtime.evaluate', { expression: `${IN_PAGE}(${JSON.stringify(text)})`, awaitPromise: true, returnByValue: true }, sessionId);
  if (r.exceptionDetails !== undefined) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value;
}
