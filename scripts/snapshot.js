#!/usr/bin/env node
// Build step: save the loaded runtime as a V8 startup snapshot, dist/pyheap.blob.
//
// Starting pyheap from the bundle means reading 1.2 MB of JavaScript and running the top level of
// its ~100 modules (building the opcode tables, the static types' JS objects, the pymalloc model's
// typed arrays) and building the builtins before the first line of Python: more than 100 ms of
// CPU on this machine. A snapshot is V8's heap saved just after that: `node --snapshot-blob
// dist/pyheap.blob -- ARGS` starts with the runtime already loaded and calls its main on ARGS.
//
//   build time (this script)                    run time (bin/pyheap, bin/js-stack.js)
//   dist/pyheap.cjs -> snapshot entry script    node --stack-size=K --snapshot-blob dist/pyheap.blob -- ARGS
//   node --build-snapshot: runs the top level,   deserialize: the loaded runtime, then
//   saves the heap -> dist/pyheap.blob            main(ARGS) as from bin/pyheap.js
//   dist/pyheap.blob.key: "NODE ULIMIT K"         used only when node and ulimit -s are the same
//
// In the snapshot: the modules' top level and bootCore() (runtime.ts: small-int and str caches,
// static types, builtins; deterministic, so ids and counts are the same as without it). Not in it:
// the rest of boot(), which reads argv, the environment and the std streams, and runs anew in every
// process. Nothing is read from the environment while modules load or in bootCore (see alloc.ts,
// gc.ts, codecache.ts: their settings are read by boot). Then warmUpForSnapshot (runtime.ts) runs
// the interpreter loop and the compiler once, leaving nothing on pyheap's heap, so that the
// snapshot holds their bytecode too and a run does not compile them first.
// V8 accepts a blob only under the node binary and V8 flags it was made with, so the blob is made
// under the --stack-size runs use, and the key records what it depends on; the launchers check it
// and otherwise load the bundle as before (bin/load-runtime.js). A blob that moved with its
// folder (paths in it are the build's) falls back the same way, inside the snapshot's main.
// A failure here leaves no blob: pyheap then starts the slower way, and the build goes on.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundlePath } from '../bin/load-runtime.js';
import { blobPath, blobKey, keyPath, stackKb } from '../bin/js-stack.js';

const distDir = dirname(bundlePath);

/**
 * Python sources the snapshot's warm-up compiles (runtime.ts warmUpForSnapshot), so that the
 * bytecode of the tokenizer, parser and compiler is in the snapshot: a few of pyheap's own lib/
 * modules, which between them use most of the language (classes, decorators, comprehensions,
 * generators, f-strings, try and with).
 */
const WARM_UP_FILES = ['functools.py', 'enum.py', 'dataclasses.py', 'random.py', 'string.py', 'contextlib.py']
  .map((f) => join(distDir, '..', 'lib', f));

/** the script node --build-snapshot runs: the bundle as a CommonJS module, then the main to call */
function entrySource() {
  const bundle = readFileSync(bundlePath, 'utf8');
  return `'use strict';
(function (bundleFile, distDir, warmUpFiles) {
  const runtime = { exports: {} };
  (function (exports, require, module, __filename, __dirname) {
${bundle}
  })(runtime.exports, require, runtime, bundleFile, distDir);
  runtime.exports.bootCore();
  runtime.exports.warmUpForSnapshot(warmUpFiles.map((f) => require('node:fs').readFileSync(f, 'utf8')));
  require('node:v8').startupSnapshot.setDeserializeMainFunction(() => {
    const path = require('node:path');
    const flag = process.execArgv.findIndex((a) => a === '--snapshot-blob' || a.startsWith('--snapshot-blob='));
    const blob = flag < 0 ? '' : process.execArgv[flag].includes('=') ? process.execArgv[flag].slice(16) : process.execArgv[flag + 1];
    const here = path.dirname(path.resolve(blob));
    const args = process.argv.slice(1);
    // argv as bin/pyheap.js would see it (sys.executable is argv[1])
    process.argv = [process.argv[0], path.join(here, '..', 'bin', 'pyheap.js'), ...args];
    let main = runtime.exports.main;
    if (here !== distDir) {
      // moved since the build: the snapshot's paths are stale; load the bundle beside the blob
      const { Module, createRequire } = require('node:module');
      const file = path.join(here, 'pyheap.cjs');
      const wrapper = new (require('node:vm').Script)(Module.wrap(require('node:fs').readFileSync(file, 'utf8')), { filename: file }).runInThisContext();
      const fresh = { exports: {} };
      wrapper.call(fresh.exports, fresh.exports, createRequire(file), fresh, file, here);
      main = fresh.exports.main;
    }
    main(args);
  });
})(${JSON.stringify(bundlePath)}, ${JSON.stringify(distDir)}, ${JSON.stringify(WARM_UP_FILES)});
`;
}

/**
 * node --build-snapshot of the runtime into `blob` (null, or why it failed). `wrap`: a command
 * to run node under (e.g. valgrind); `flags`: further V8 flags, which runs must then give too.
 */
export function buildBlob(blob, { wrap = [], flags = [] } = {}) {
  rmSync(blob, { force: true });
  const kb = stackKb();
  if (kb === null) return 'the stack limit (ulimit -s) is too small for the stack pyheap runs with';
  const entry = `${blob}.entry.cjs`;
  writeFileSync(entry, entrySource());
  const argv = [...wrap, process.execPath, `--stack-size=${kb}`, '--no-warnings', ...flags, '--snapshot-blob', blob, '--build-snapshot', entry];
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  rmSync(entry, { force: true });
  if (r.status !== 0) {
    rmSync(blob, { force: true });
    return `node --build-snapshot failed: ${(r.stderr || String(r.error)).trim().split('\n').slice(-3).join(' | ')}`;
  }
  return null;
}

/**
 * The blob `bench/run.js --instructions` starts pyheap from: made under valgrind (V8 folds the
 * CPU features it detects into the flags a blob must match, and valgrind's virtual CPU has other
 * ones) and with --single-threaded, the flag those runs use.
 */
export const valgrindBlobPath = join(distDir, 'pyheap.valgrind.blob');
export const valgrindBlobFlags = ['--single-threaded'];
export const buildValgrindBlob = () => buildBlob(valgrindBlobPath, { wrap: ['valgrind', '--tool=none', '-q'], flags: valgrindBlobFlags });

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--valgrind') {
    // (for a checkout compared by bench/run.js --instructions --variant)
    const failure = buildValgrindBlob();
    if (failure !== null) process.stderr.write(`snapshot: no ${valgrindBlobPath} (${failure})\n`);
    process.exit(failure === null ? 0 : 1);
  }
  rmSync(keyPath, { force: true });
  const failure = buildBlob(blobPath);
  if (failure !== null) process.stderr.write(`snapshot: no dist/pyheap.blob (${failure}); pyheap will start without it\n`);
  else writeFileSync(keyPath, blobKey() + '\n');
}
