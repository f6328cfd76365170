#!/usr/bin/env node
// Measure the references CPython 3.11's startup holds that pyheap's does not (src/startuprefs.ts
// says why): run test/programs/refcount/startup_refs.py under python3 and under the built pyheap,
// and add the differences to the table in src/startuprefs.ts. Run after a change to pyheap's
// startup makes that program differ: `npm run build && node scripts/gen-startup-refs.js && npm run build`
// (again until it reports no difference: a new set of interned characters takes two rounds).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pyheapEnv } from '../bin/js-stack.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const probe = path.join(root, 'test/programs/refcount/startup_refs.py');
const table = path.join(root, 'src/startuprefs.ts');

function parse(out) {
  const r = { builtins: {} };
  for (const line of out.trim().split('\n')) {
    const [kind, rest] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
    if (kind === 'builtin') {
      const [name, n] = rest.split(' ');
      r.builtins[name] = Number(n);
    } else {
      r[kind] = JSON.parse(rest);
    }
  }
  return r;
}

// a few of python3's counts differ from run to run (the probe says which): take the median
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const runs = Array.from({ length: 7 }, () => parse(execFileSync('python3', [probe, '--all'], { encoding: 'utf8' })));
const python = { builtins: {} };
python.internedChars = runs[0].internedChars;
for (const key of ['ints', 'chars', 'interned', 'bytechars', 'singletons']) {
  python[key] = runs[0][key].map((_, i) => median(runs.map((r) => r[key][i])));
}
for (const name of Object.keys(runs[0].builtins)) python.builtins[name] = median(runs.map((r) => r.builtins[name]));
const pyheap = parse(execFileSync(path.join(root, 'bin/pyheap'), [probe, '--all'], { encoding: 'utf8', env: pyheapEnv() }));
const text = fs.readFileSync(table, 'utf8');
const m = /\/\* BEGIN \*\/ (.*) \/\* END \*\//.exec(text);
const old = JSON.parse(m[1]);
const next = { internedChars: python.internedChars, builtins: {} };
let changed = 0;
const newSet = pyheap.internedChars !== python.internedChars;
if (newSet) {
  // pyheap makes the new set first: their counts are measured on the next run
  next.interned = python.interned.map(() => 0);
  changed++;
}
for (const key of ['ints', 'chars', 'interned', 'bytechars', 'singletons']) {
  if (key === 'interned' && newSet) continue;
  next[key] = python[key].map((n, i) => {
    const d = n - pyheap[key][i];
    if (d !== 0) changed++;
    return (old[key][i] ?? 0) + d;
  });
}
for (const name of Object.keys(python.builtins).sort()) {
  if (!(name in pyheap.builtins)) continue;
  const d = python.builtins[name] - pyheap.builtins[name];
  if (d !== 0) changed++;
  const v = (old.builtins[name] ?? 0) + d;
  if (v !== 0) next.builtins[name] = v;
}
fs.writeFileSync(table, text.replace(m[0], `/* BEGIN */ ${JSON.stringify(next)} /* END */`));
console.log(`gen-startup-refs: ${changed} counts differed; src/startuprefs.ts updated (rebuild)`);
