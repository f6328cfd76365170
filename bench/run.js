#!/usr/bin/env node
// Benchmark harness: runs every bench/*.py under python3 and under pyheap, interleaved
// (python3, pyheap, python3, pyheap, ...), and prints the median wall time of each and the ratio.
//
//   npm run bench [-- options]
//   node bench/run.js [--runs N] [--filter NAME] [--json] [--env K=V]... [--timeout SEC]
//                     [--cpu | --instructions] [--trace] [--variant LABEL=CMD]...
//
//   --runs N       runs per side and benchmark (default 5; 1 with --instructions)
//   --filter NAME  only benchmarks whose file name contains NAME (repeatable)
//   --json         print one JSON document instead of the table
//   --env K=V      set K=V in pyheap's environment (repeatable), e.g. to compare tracing on/off
//   --timeout SEC  per-run time limit (default 300); a run that exceeds it fails
//   --python CMD   the reference interpreter (default python3). It is run as its executable itself
//                  (its sys.executable), not through a launcher script in front of it: pyenv's
//                  shim, a bash script, costs ~0.1 s per start, as much as the smaller benchmarks'
//                  whole run in python3, and would be counted as python3's
//   --cpu          time each run by its CPU time (user + system, from GNU time's -o file) instead
//                  of the wall clock: steadier than wall time on a loaded machine
//   --instructions count each run's machine instructions (valgrind's cachegrind, all threads) instead
//                  of timing it: the same count on a loaded machine as on an idle one, to within
//                  ~0.5%, so a change of 1-2% shows (wall and CPU time here move by up to 40%). pyheap
//                  then runs with --single-threaded, V8 compiling on the main thread, so the
//                  compiles are counted the same way in every run, from a startup snapshot made for
//                  these runs (dist/pyheap.valgrind.blob, built first: V8 takes dist/pyheap.blob
//                  neither under valgrind nor with another flag). Variants need the same, e.g.
//                  for a checkout ../base where `node scripts/snapshot.js --valgrind` made the
//                  blob: --variant "base=node --stack-size=7000 --single-threaded --snapshot-blob
//                  ../base/dist/pyheap.valgrind.blob --"
//   --trace        also run every benchmark under `pyheap trace` (the HTML report recorder, report
//                  written to a temporary file): an extra column "pyheap traced" and its ratio to
//                  plain pyheap
//   --variant LABEL=CMD  also run every benchmark with CMD (words; the file is appended), shown as
//                  an extra column LABEL with its ratio to plain pyheap, e.g. the build without
//                  the memory-event hooks made by bench/hooks-variant.js
//
// A pyheap run fails when it exits non-zero, times out, or prints something other than what
// python3 printed; the row then shows FAIL and the first line of its stderr, and the other
// benchmarks still run. Timing is never a pass/fail criterion.
//
// A benchmark whose source has the line `# bench: collection time from gc DEBUG_STATS` is timed
// by the collector itself instead of by the wall clock: its time is the sum of the
// "gc: done, ..., T s elapsed" lines that gc.DEBUG_STATS writes to stderr (in CPython and pyheap
// alike), so only its collections are measured (bench/gc_collect.py).
//
// Hidden option (testing the harness itself): --pyheap-cmd "CMD ARGS" replaces
// `bin/pyheap`; the benchmark file is appended to it, e.g. --pyheap-cmd python3.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeStackArgs, pyheapEnv } from '../bin/js-stack.js';
import { buildValgrindBlob, valgrindBlobPath, valgrindBlobFlags } from '../scripts/snapshot.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');

function usage(msg) {
  if (msg) process.stderr.write(`bench/run.js: ${msg}\n`);
  process.stderr.write('usage: node bench/run.js [--runs N] [--filter NAME] [--json] [--env K=V] [--timeout SEC] [--python CMD] [--cpu | --instructions] [--trace] [--variant LABEL=CMD]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const o = { runs: 5, filters: [], json: false, env: {}, timeout: 300, python: 'python3', pyheapCmd: null, measure: 'wall', trace: false, variants: [] };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let val = null;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0 && a !== '--env' && a !== '--variant') {
      val = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const next = () => {
      if (val !== null) return val;
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--runs': {
        o.runs = Number(next());
        if (!Number.isInteger(o.runs) || o.runs < 1) usage('--runs must be a positive integer');
        break;
      }
      case '--filter':
        o.filters.push(next());
        break;
      case '--json':
        o.json = true;
        break;
      case '--env': {
        const kv = next();
        const k = kv.indexOf('=');
        if (k <= 0) usage(`--env expects K=V, got ${kv}`);
        o.env[kv.slice(0, k)] = kv.slice(k + 1);
        break;
      }
      case '--timeout':
        o.timeout = Number(next());
        if (!(o.timeout > 0)) usage('--timeout must be positive');
        break;
      case '--python':
        o.python = next();
        break;
      case '--pyheap-cmd':
        o.pyheapCmd = next();
        break;
      case '--cpu':
      case '--instructions':
        if (o.measure !== 'wall' && o.measure !== a.slice(2)) usage('--cpu and --instructions exclude each other');
        o.measure = a.slice(2);
        break;
      case '--trace':
        o.trace = true;
        break;
      case '--variant': {
        const lc = next();
        const k = lc.indexOf('=');
        if (k <= 0) usage(`--variant expects LABEL=CMD, got ${lc}`);
        o.variants.push({ label: lc.slice(0, k), cmd: lc.slice(k + 1) });
        break;
      }
      case '-h':
      case '--help':
        usage();
        break;
      default:
        usage(`unknown option ${a}`);
    }
  }
  // (a count varies by well under 1% between runs: one run each unless asked)
  if (o.measure === 'instructions' && !argv.some((a) => a === '--runs' || a.startsWith('--runs='))) o.runs = 1;
  return o;
}

function splitCmd(cmd) {
  // whitespace-separated words; single or double quotes group
  const out = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m;
  while ((m = re.exec(cmd)) !== null) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

const cpuFile = join(tmpdir(), `pyheap-bench-cpu-${process.pid}.txt`);

/**
 * run argv and measure it by `measure`: 'wall' (seconds), 'cpu' (seconds, user + system: under GNU
 * time writing "user system" to cpuFile) or 'instructions' (billions: under cachegrind, whose
 * summary goes to stderr after the program's)
 */
function runOnce(argv, env, timeoutSec, measure) {
  const cpu = measure === 'cpu';
  if (cpu) argv = ['/usr/bin/time', '-f', '%U %S', '-o', cpuFile, ...argv];
  if (measure === 'instructions') argv = ['valgrind', '--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', ...argv];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: timeoutSec * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  let secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (cpu) {
    const m = /^([0-9.]+) ([0-9.]+)\s*$/m.exec(readFileSync(cpuFile, 'utf8'));
    secs = m === null ? NaN : Number(m[1]) + Number(m[2]);
  }
  if (measure === 'instructions') {
    const m = /^==\d+== I\s+refs:\s+([0-9,]+)\s*$/m.exec(r.stderr ?? '');
    secs = m === null ? NaN : Number(m[1].replace(/,/g, '')) / 1e9;
  }
  let error = null;
  if (r.error) error = r.error.code === 'ETIMEDOUT' ? `timeout after ${timeoutSec} s` : String(r.error.message);
  else if (r.status !== 0) error = r.signal ? `killed by ${r.signal}` : `exit status ${r.status}`;
  return { secs, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error };
}

const GC_TIMED_MARKER = /^# bench: collection time from gc DEBUG_STATS$/m;

/** the seconds of the collections reported by gc.DEBUG_STATS in a run's stderr (null if none) */
function gcElapsed(stderr) {
  let total = 0, n = 0;
  for (const m of stderr.matchAll(/^gc: done, .*, ([0-9.]+)s elapsed$/gm)) {
    total += Number(m[1]);
    n++;
  }
  return n > 0 ? total : null;
}

/** replace a run's wall time with its collections' time; an error if it reported none */
function useGcTime(r) {
  if (r.error !== null) return r;
  const t = gcElapsed(r.stderr);
  if (t === null) return { ...r, error: 'no "gc: done ... elapsed" line on stderr' };
  return { ...r, secs: t };
}

function firstLine(s) {
  const lines = s.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return '';
  // Node's report of an uncaught JS exception starts with a source location and a code frame:
  // the error message itself is more useful there
  if (/^(node:|file:|\/).*:\d+$/.test(lines[0])) {
    const err = lines.find((l) => /^[\w.]*(Error|Exception)\b/.test(l));
    if (err !== undefined) return err;
  }
  return lines[0];
}

function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

function failureMessage(r, expectedStdout) {
  if (r.error !== null) {
    const line = firstLine(r.stderr);
    return line ? `${r.error}: ${line}` : r.error;
  }
  if (r.stdout !== expectedStdout) {
    const a = expectedStdout.split('\n');
    const b = r.stdout.split('\n');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    const line = firstLine(r.stderr);
    return `stdout differs at line ${i + 1}: expected ${JSON.stringify(a[i] ?? '')}, got ${JSON.stringify(b[i] ?? '')}` +
      (line ? ` (stderr: ${line})` : '');
  }
  return null;
}

/**
 * How --instructions starts pyheap: from a startup snapshot as `npx pyheap` does, made for these
 * runs (scripts/snapshot.js buildValgrindBlob: under valgrind, --single-threaded), when it builds
 * and runs; else from the bundle, whose loading then counts too (~0.45 G instructions more).
 */
function instructionsLauncher() {
  const node = [process.execPath, ...nodeStackArgs(), ...valgrindBlobFlags];
  const failure = buildValgrindBlob();
  if (failure === null) {
    const fromBlob = [...node, '--snapshot-blob', valgrindBlobPath, '--'];
    const check = spawnSync('valgrind', ['--tool=none', '-q', ...fromBlob, '-c', 'print(6 * 7)'], { encoding: 'utf8' });
    if (check.status === 0 && check.stdout.trim() === '42') return fromBlob;
    process.stderr.write(`bench: the valgrind snapshot does not run (${(check.stderr || '').trim().split('\n').pop()}); pyheap starts from the bundle\n`);
  } else {
    process.stderr.write(`bench: no valgrind snapshot (${failure}); pyheap starts from the bundle\n`);
  }
  return [...node, join(root, 'bin', 'pyheap.js')];
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  let files = readdirSync(benchDir).filter((f) => f.endsWith('.py')).sort();
  if (o.filters.length > 0) files = files.filter((f) => o.filters.some((n) => f.includes(n)));
  if (files.length === 0) usage('no benchmark matches');

  const measure = o.measure;
  let pyArgv = splitCmd(o.python);
  // time the interpreter, not a launcher script in front of it (pyenv's shim: see --python)
  const exe = spawnSync(pyArgv[0], [...pyArgv.slice(1), '-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  if (exe.status === 0 && exe.stdout.trim() !== '') pyArgv = [exe.stdout.trim(), ...pyArgv.slice(1)];
  // pyheap is started as `npx pyheap` starts it: bin/pyheap, the launcher (the snapshot when usable);
  // counting instructions, node on a snapshot made for valgrind (see --instructions), with the
  // environment bin/pyheap would give it (pyheapEnv)
  let launcher = [join(root, 'bin', 'pyheap')];
  if (measure === 'instructions') {
    if (spawnSync('valgrind', ['--version']).status !== 0) usage('--instructions needs valgrind');
    launcher = instructionsLauncher();
  }
  const heapArgv = o.pyheapCmd !== null ? splitCmd(o.pyheapCmd) : launcher;
  const pyEnv = { ...process.env };
  const heapEnv = measure === 'instructions' ? pyheapEnv({ ...process.env, ...o.env }) : { ...process.env, ...o.env };
  const traceOut = join(tmpdir(), `pyheap-bench-trace-${process.pid}.html`);
  const variants = o.variants.map((v) => ({ label: v.label, argv: splitCmd(v.cmd) }));
  if (o.trace) variants.unshift({ label: 'pyheap traced', argv: [...launcher, 'trace', '-o', traceOut] });

  const results = [];
  for (const f of files) {
    const name = f.replace(/\.py$/, '');
    const path = join('bench', f);
    const gcTimed = GC_TIMED_MARKER.test(readFileSync(join(benchDir, f), 'utf8'));
    // (counting instructions, such a benchmark is counted whole: the collector's own share is not separable)
    const timed = gcTimed && measure !== 'instructions' ? useGcTime : (r) => r;
    const res = { name, file: path, status: 'ok', error: null, python3: { median: null, times: [] }, pyheap: { median: null, times: [] }, ratio: null,
      variants: variants.map((v) => ({ label: v.label, median: null, times: [], ratio: null, error: null })) };
    let expected = null;
    let heapFailed = false;
    if (!o.json) process.stderr.write(`${name} `);
    for (let i = 0; i < o.runs; i++) {
      const p = timed(runOnce([...pyArgv, path], pyEnv, o.timeout, measure));
      if (p.error !== null) {
        res.status = 'fail';
        res.error = `python3 failed: ${failureMessage(p, p.stdout)}`;
        break;
      }
      if (expected === null) expected = p.stdout;
      else if (p.stdout !== expected) {
        res.status = 'fail';
        res.error = 'python3 output is not deterministic';
        break;
      }
      res.python3.times.push(p.secs);
      if (!heapFailed) {
        const h = timed(runOnce([...heapArgv, path], heapEnv, o.timeout, measure));
        const msg = failureMessage(h, expected);
        if (msg !== null) {
          heapFailed = true;
          res.status = 'fail';
          res.error = msg;
        } else {
          res.pyheap.times.push(h.secs);
        }
      }
      variants.forEach((v, vi) => {
        const vr = res.variants[vi];
        if (vr.error !== null) return;
        const h = timed(runOnce([...v.argv, path], heapEnv, o.timeout, measure));
        const msg = failureMessage(h, expected);
        if (msg !== null) vr.error = msg;
        else vr.times.push(h.secs);
      });
      if (!o.json) process.stderr.write('.');
    }
    rmSync(traceOut, { force: true });
    if (!o.json) process.stderr.write('\n');
    res.python3.median = median(res.python3.times);
    if (res.status === 'ok') {
      res.pyheap.median = median(res.pyheap.times);
      res.ratio = res.pyheap.median / res.python3.median;
    } else {
      res.pyheap.times = [];
    }
    for (const vr of res.variants) {
      if (vr.error !== null) { vr.times = []; continue; }
      vr.median = median(vr.times);
      if (res.pyheap.median !== null) vr.ratio = vr.median / res.pyheap.median;
    }
    results.push(res);
  }

  if (o.json) {
    const doc = {
      version: 1,
      runs: o.runs,
      python: o.python,
      pyheap: heapArgv.join(' '),
      env: o.env,
      timing: measure,
      node: process.version,
      date: new Date().toISOString(),
      results,
    };
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
    return;
  }

  const unit = measure === 'instructions' ? 'G instr' : 's';
  const header = ['benchmark', `python3 median (${unit})`, `pyheap median (${unit})`, 'ratio (pyheap/python3)'];
  for (const v of variants) header.push(`${v.label} (${unit})`, `${v.label}/pyheap`);
  const notes = [];
  const rows = results.map((r) => {
    const py = r.python3.median === null ? '-' : r.python3.median.toFixed(3);
    if (r.status !== 'ok') return [r.name, py, 'FAIL', r.error];
    const row = [r.name, py, r.pyheap.median.toFixed(3), r.ratio.toFixed(2) + 'x'];
    for (const vr of r.variants) {
      if (vr.error !== null) {
        row.push('FAIL', '-');
        notes.push(`${r.name}, ${vr.label}: ${vr.error}`);
      } else row.push(vr.median.toFixed(3), vr.ratio.toFixed(3) + 'x');
    }
    return row;
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.filter((r) => r[2] !== 'FAIL' || c < 3).map((r) => (r[c] ?? '').length)));
  const fmt = (cells) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : c === 3 && cells[2] === 'FAIL' ? cell : cell.padStart(widths[c]))).join('  ');
  const lines = [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt), ...notes];
  const envNote = Object.keys(o.env).length ? `, pyheap env: ${Object.entries(o.env).map(([k, v]) => `${k}=${v}`).join(' ')}` : '';
  const timing = { wall: 'wall time', cpu: 'CPU time (user + system)', instructions: `machine instructions (cachegrind; pyheap single-threaded, from ${heapArgv.includes('--snapshot-blob') ? 'its snapshot' : 'the bundle'})` }[measure];
  process.stdout.write(`${o.runs} runs each, interleaved, ${timing}${envNote}\n` + lines.join('\n') + '\n');
}

main();
