// The JS stack the interpreter runs on: deep enough for Python's recursion limit.
//
// Python-to-Python calls nest no JS frames (src/vm/eval.ts runFrame), but recursion that passes
// through builtins and slots (repr -> __repr__ -> repr, __getattr__, a class's __init__, sort keys,
// __call__ ...) nests JS frames, 2-3 KB of JS stack per Python level. V8's default stack (984 KB)
// runs out after ~350 such levels, far below the default limit of 1000 (CPython's C stack holds
// them), and a JS stack overflow in the middle of an operation cannot be turned into a clean
// RecursionError. So pyheap runs with `--stack-size`, under the OS limit for the main thread's
// stack (RLIMIT_STACK, 8 MB by default on Linux) with 1 MB to spare:
//
//   bin/pyheap.js run directly (npx pyheap, ./bin/pyheap.js): its #! line passes the flag
//   node bin/pyheap.js / node scripts/x.js:  relaunchWithStack() runs the same command once more,
//                                            with the flag, and exits as it exits
//
// Tools that start pyheap themselves pass nodeStackArgs() and avoid the second start. V8's code
// cache (dist/pyheap.cjs.cache) is only accepted under the flags it was made with, so the build
// makes it under this flag too.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** the stack the #! line of bin/pyheap.js asks for, in KB (keep the two equal) */
const WANTED_KB = 7000;
/** V8's own default */
const DEFAULT_KB = 984;
const FLAG = '--stack-size=';

/** the soft RLIMIT_STACK in KB (Infinity when unlimited), or null where /proc does not tell */
function osStackKb() {
  try {
    const m = /^Max stack size\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    if (m === null) return null;
    return m[1] === 'unlimited' ? Infinity : Math.floor(Number(m[1]) / 1024);
  } catch {
    return null;
  }
}

/** the --stack-size pyheap should run with (KB), or null to keep V8's default */
export function stackKb() {
  const os = osStackKb();
  if (os === null) return null;
  const kb = Math.min(WANTED_KB, os - 1024);
  return kb > DEFAULT_KB ? kb : null;
}

/** node arguments that start pyheap with its stack (for tools that spawn it) */
export function nodeStackArgs() {
  const kb = stackKb();
  return kb === null ? [] : [`${FLAG}${kb}`];
}

// The startup snapshot (scripts/snapshot.js): the runtime saved just after loading. V8 takes it
// only from the node binary and under the V8 flags it was made with, so the build writes beside
// it the key of what it depends on; a process whose key differs starts from the bundle instead.
const binDir = dirname(fileURLToPath(import.meta.url));
export const blobPath = join(binDir, '..', 'dist', 'pyheap.blob');
export const keyPath = blobPath + '.key';

/** "NODE-VERSION ULIMIT-S STACK-KB": what a blob made by this process depends on */
export function blobKey() {
  const os = osStackKb();
  return `${process.version} ${os === Infinity ? 'unlimited' : os} ${stackKb()}`;
}

/** whether dist/pyheap.blob can start pyheap from this process's node and limits */
export function snapshotUsable() {
  if (process.env.NODE_OPTIONS || stackKb() === null || !existsSync(blobPath)) return false;
  try {
    return readFileSync(keyPath, 'utf8').trim() === blobKey();
  } catch {
    return false;
  }
}

/**
 * The node arguments that start pyheap (what follows them are pyheap's own arguments): from the
 * snapshot when it is usable, else bin/pyheap.js, both with pyheap's stack. For tools that spawn
 * pyheap (bench, difftest, conformance), so that they start it the way bin/pyheap does.
 */
export function pyheapNodeArgs() {
  if (snapshotUsable()) return [...nodeStackArgs(), '--snapshot-blob', blobPath, '--'];
  return [...nodeStackArgs(), join(binDir, 'pyheap.js')];
}

/**
 * The environment to start pyheap's node with: `env` with NODE_EXTRA_CA_CERTS handed over as
 * PYHEAP_NODE_EXTRA_CA_CERTS, as bin/pyheap does (node would parse its certificates at startup,
 * ~30 ms, for TLS pyheap never uses; src/cli/launchenv.ts puts it back before Python runs).
 */
export function pyheapEnv(env = process.env) {
  if (env.NODE_EXTRA_CA_CERTS === undefined || env.PYHEAP_NODE_EXTRA_CA_CERTS !== undefined) return env;
  const { NODE_EXTRA_CA_CERTS: certs, ...rest } = env;
  return { ...rest, PYHEAP_NODE_EXTRA_CA_CERTS: certs };
}

/**
 * Unless this process already has the stack pyheap wants, run this same command again with it
 * (inheriting stdio; Ctrl-C goes to the child, which handles it) and exit as it exits: so it
 * returns (false) only when the caller should go on in this process. For bin/pyheap.js
 * (`pyheap: true`) the second start is from the snapshot when it is usable.
 */
export function relaunchWithStack({ pyheap = false } = {}) {
  const kb = stackKb();
  const given = process.execArgv.filter((a) => a.startsWith(FLAG));
  if (kb === null || (given.length === 1 && given[0] === `${FLAG}${kb}`)) return false;
  const execArgv = process.execArgv.filter((a) => !a.startsWith(FLAG));
  const rest = pyheap && execArgv.length === 0 ? pyheapNodeArgs() : [...execArgv, `${FLAG}${kb}`, process.argv[1]];
  process.on('SIGINT', () => {});
  // node:child_process is required here, not imported above: loading it costs every run ~20 ms
  const { spawnSync } = createRequire(import.meta.url)('node:child_process');
  const r = spawnSync(process.execPath, [...rest, ...process.argv.slice(2)], { stdio: 'inherit', env: pyheap ? pyheapEnv() : process.env });
  if (r.error) throw r.error;
  if (r.signal !== null) {
    process.removeAllListeners('SIGINT');
    process.kill(process.pid, r.signal);
  }
  process.exit(r.status ?? 1);
}
