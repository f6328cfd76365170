// Headless Chromium for tests, with no npm dependency: the Chrome DevTools Protocol over the pipe
// Chromium opens with --remote-debugging-pipe (fd 3: commands in, fd 4: replies out, each message
// a JSON text ended by a NUL byte). Enough to open a page, wait for it, and evaluate an expression
// in it (for measuring what the page drew: getBoundingClientRect, getTotalLength ...).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The Chromium executable on PATH (Debian's package installs `chromium`), or null. */
export function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

export async function launchChromium(executable, { width = 1100, height = 1400 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pyheap-chromium-'));
  const proc = spawn(executable, [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
    '--disable-extensions', '--remote-debugging-pipe', `--user-data-dir=${profile}`, `--window-size=${width},${height}`,
    'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stdio[2].on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const pending = new Map();
  let buffer = '';
  let nextId = 1;
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  proc.stdio[4].on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const msg = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      const p = msg.id !== undefined ? pending.get(msg.id) : undefined;
      if (p === undefined) continue;
      pending.delete(msg.id);
      if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}`));
      else p.resolve(msg.result);
    }
  });
  proc.on('exit', () => {
    for (const p of pending.values()) p.reject(new Error(`chromium exited: ${stderr}`));
    pending.clear();
  });

  function send(method, params = {}, sessionId = undefined) {
    const id = nextId++;
    const msg = { id, method, params };
    if (sessionId !== undefined) msg.sessionId = sessionId;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, method });
      proc.stdio[3].write(JSON.stringify(msg) + '\0');
    });
  }

  /** Open `url` in a new tab; resolves once its load event has passed (scripts ran). */
  async function open(url, timeoutMs = 20000) {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    const evaluate = async (expression) => {
      const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
      if (r.exceptionDetails) throw new Error(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value;
    };
    await send('Page.navigate', { url }, sessionId);
    const t0 = Date.now();
    while (!(await evaluate(`document.readyState === 'complete' && location.href === ${JSON.stringify(url)}`))) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out loading ${url}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return {
      evaluate,
      screenshot: async (file) => {
        const r = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: false }, sessionId);
        fs.writeFileSync(file, Buffer.from(r.data, 'base64'));
      },
      close: () => send('Target.closeTarget', { targetId }),
    };
  }

  async function close() {
    try {
      await Promise.race([send('Browser.close'), new Promise((r) => setTimeout(r, 3000))]);
    } catch { /* already gone */ }
    if (proc.exitCode === null) proc.kill('SIGKILL');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    // Chromium's helper processes may still be writing into the profile after the browser itself
    // exited (ENOTEMPTY while the folder is removed): retry for a while, and a temporary folder
    // left behind is not the test's failure
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    } catch { /* left in the temporary folder */ }
  }

  return { send, open, close };
}
