// LAYER: cli. Ctrl-C while code typed at the interactive prompt runs: KeyboardInterrupt, and the
// session goes on (as in python3).
//
// Node runs a signal handler only when JavaScript is idle, which it never is while a Python loop
// runs. So a small watcher process is started beside the interpreter, in the same process group:
// the terminal sends SIGINT to both; the watcher writes one byte into a named pipe that the
// interpreter opened without blocking. The eval loop calls evalHooks.periodicCheck every few
// thousand backward jumps (ts.checkBudget), which reads the pipe and raises KeyboardInterrupt when
// a byte is there. The interpreter itself ignores SIGINT meanwhile (else Node would exit). Without
// mkfifo (not Linux/macOS) the watcher is not started and Ctrl-C keeps Node's default: it ends pyheap.

import { mkdtempSync, openSync, readSync, closeSync, rmSync, constants } from 'node:fs';
import { childProcess, os } from '../lazynode.js';
import { join } from 'node:path';
import { ts } from '../vm/state.js';
import { evalHooks } from '../vm/evalhooks.js';
import { raise, excType } from '../objects/errors.js';

const BACKWARD_JUMPS_BETWEEN_CHECKS = 10000;

const WATCHER = `
const fs = require('node:fs');
const fd = fs.openSync(process.argv[1], 'w');
process.on('SIGINT', () => { try { fs.writeSync(fd, '!'); } catch {} });
const parent = Number(process.argv[2]);
setInterval(() => { if (process.ppid !== parent) process.exit(0); }, 500);
`;

export interface InterruptWatcher {
  /** forget a Ctrl-C that came while nothing ran */
  drain(): void;
  stop(): void;
}

export function startInterruptWatcher(): InterruptWatcher | null {
  let dir: string;
  let fd: number;
  try {
    dir = mkdtempSync(join(os().tmpdir(), 'pyheap-sigint-'));
    const fifo = join(dir, 'fifo');
    childProcess().execFileSync('mkfifo', [fifo], { stdio: 'ignore' });
    fd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const child = childProcess().spawn(process.execPath, ['-e', WATCHER, fifo, String(process.pid)], { stdio: 'ignore' });
    child.unref();
  } catch {
    return null;
  }
  const buf = Buffer.alloc(64);
  const takeSignal = (): boolean => {
    let got = false;
    for (;;) {
      let n = 0;
      try { n = readSync(fd, buf, 0, buf.length, null); } catch { n = 0; }
      if (n <= 0) return got;
      got = true;
    }
  };
  const ignore = (): void => {};
  process.on('SIGINT', ignore);
  evalHooks.periodicCheck = () => {
    ts.checkBudget = BACKWARD_JUMPS_BETWEEN_CHECKS;
    if (takeSignal()) raise(excType('KeyboardInterrupt'), null);
  };
  ts.checkBudget = BACKWARD_JUMPS_BETWEEN_CHECKS;
  return {
    drain: () => { takeSignal(); },
    stop: () => {
      process.off('SIGINT', ignore);
      evalHooks.periodicCheck = () => {};
      try { closeSync(fd); } catch { /* already closed */ }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
