#!/usr/bin/env node
// Import timings: the CPU time (user + sys) of `-c "import X"` under python3 and under pyheap,
// runs interleaved, the minimum of each (CPU time is what a busy machine disturbs least; the
// minimum is the run least disturbed). Needs /usr/bin/time.
//
//   node bench/imports.js [--runs N] [--env K=V]... [module ...]
//
// --env sets a variable for pyheap's runs, e.g. PYHEAP_CODE_CACHE=0 to time imports without the
// compiled-module cache (src/codecache.ts).

import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let runs = 5;
const env = { ...process.env };
const modules = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i] === '--env') {
    const [k, ...v] = argv[++i].split('=');
    env[k] = v.join('=');
  } else modules.push(argv[i]);
}
if (modules.length === 0) modules.push('', 'contextlib', 'collections', 'unittest', 'typing', 're', 'json', 'dataclasses', 'enum');

/** CPU seconds of one run of cmd (user + sys), or NaN if it failed */
function cpu(cmd, args, environment) {
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', cmd, ...args], { cwd: root, env: environment, encoding: 'utf8' });
  if (r.status !== 0) return NaN;
  const last = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return last[0] + last[1];
}

console.log('| program | python3 (s CPU) | pyheap (s CPU) | ratio |');
console.log('|---|---|---|---|');
for (const m of modules) {
  const code = m === '' ? 'pass' : `import ${m}`;
  let py = Infinity, ph = Infinity;
  for (let i = 0; i < runs; i++) {
    py = Math.min(py, cpu('python3', ['-c', code], process.env));
    ph = Math.min(ph, cpu('node', ['bin/pyheap.js', '-c', code], env));
  }
  console.log(`| \`-c "${code}"\` | ${py.toFixed(2)} | ${ph.toFixed(2)} | ${(ph / py).toFixed(1)}x |`);
}
