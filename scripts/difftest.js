#!/usr/bin/env node
// Differential test runner: every program runs under `python3` (the oracle, always asked live)
// and under pyheap, and the two must agree.
//
//   node scripts/difftest.js [--filter SUBSTR] [--jobs N] [--verbose] [--stress] [--no-skip]
//                            [--timeout SECONDS] [paths...]
//
// Programs: every test/programs/**/*.py, and every ../shared/seed-examples/*.py (run in place).
// `paths` (files or folders) restrict the run; --filter keeps the programs whose name
// (repo-relative path, or seed:NAME.py) contains SUBSTR.
//
// Each program runs once per side, with the same argv, each run in its own fresh temporary working
// directory, stdin on /dev/null (input() sees EOF), under a timeout (a hang is a failure).
// pyheap runs with PYHEAP_AUDIT=1 (and PYHEAP_GC_STRESS=1 under --stress).
//
// Compared: stdout byte for byte, the exit status (or SIGINT, the death of a program ended by an
// uncaught KeyboardInterrupt), and the last non-empty line of stderr, or the
// whole stderr for programs under test/programs/tracebacks/ and programs that ask for it.
// python3 gets test/oracle/ on PYTHONPATH and test/oracle/bin/ on PATH (the third-party modules
// programs use: psutil, objgraph, and Graphviz's dot); in stdout, objgraph's temporary file names
// count as equal.
// In stderr, the program's absolute path becomes <program>, its folder <dir>, and hex addresses
// (0x7f...) become 0xADDR. Any pyheap stderr line starting with `pyheap-audit:` fails the program,
// and such lines are left out of the comparison.
//
// Markers, in a `# pyheap-test: ...` comment within the first 5 lines of a program:
//   module         this file is a helper module imported by other programs, not a test; only
//                  honoured on the first line (text after the word is a free comment)
//   stderr=full    compare the whole stderr, not only its last line
//   argv=A B C     extra command-line arguments (split on whitespace, no quoting), both sides
//   options=-W X   interpreter options, before the program's file (split on whitespace), both sides
//   timeout=S      at least S seconds for this program (a correctness test that is big by design,
//                  such as freeing a million-long chain, must not fail because the machine is busy)
//   stress=audit-only REASON
//                  under --stress, stdout is not compared (the exit status, the stderr, the audit
//                  and a crash still are): for programs whose output depends on when collections
//                  happen (gc counts, what an explicit gc.collect() still finds, the order of
//                  __del__ among objects of different generations). REASON (required) says why.
//
// Programs whose name ends in `_mem.py` print memory figures (psutil): their stdout is judged by
// shape (scripts/memshape.js: same text, same rises and falls, within 20% of python3's), python3
// runs them with test/oracle/ on PYTHONPATH (a psutil reading /proc), and pyheap runs them without
// the audit and with MEMORY_TIMEOUT_FACTOR times the timeout (seed cycle_leak_mem builds 20 million ints: about a minute on an idle machine).
//
// test/known-failures.json maps a program name (repo-relative path or seed:NAME.py) to the reason
// it is known to fail. A listed program that fails is an expected failure; one that passes fails
// the run, so that the list only shrinks.
//
// Hidden option for testing the harness itself: PYHEAP_CMD="python3" (any command line, split on
// whitespace) replaces pyheap (its snapshot, else `node bin/pyheap.js`; bin/js-stack.js) as the side under test.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareMemoryShape, isMemoryProgram } from './memshape.js';
import { pyheapNodeArgs, pyheapEnv } from '../bin/js-stack.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const programsDir = path.join(repoRoot, 'test', 'programs');
const tracebacksDir = path.join(programsDir, 'tracebacks');
const seedDir = path.join(path.resolve(repoRoot, '..', 'shared'), 'seed-examples');
const knownFailuresFile = path.join(repoRoot, 'test', 'known-failures.json');
// python3 has no psutil or objgraph: it runs every program with test/oracle/ first on PYTHONPATH
// (a psutil reading /proc, objgraph's own objgraph.py) and test/oracle/bin/ first on PATH (`dot`:
// pyheap's WebAssembly Graphviz, the renderer pyheap's objgraph uses)
const oracleDir = path.join(repoRoot, 'test', 'oracle');
// the random part of tempfile names objgraph prints (objgraph-k2j3h4x9.dot), the same on both sides
const TEMP_NAME = /objgraph-[a-z0-9_]{8}\./g;
// memory programs build lists of millions of objects: more time, and no audit (its live-object map
// cannot hold 2^24 objects, and the audit adds minutes to them)
const MEMORY_TIMEOUT_FACTOR = 12;

// Seed examples that need modules pyheap does not have yet. Remove a row when its issue lands.
const NEEDS_THREADS = 'needs threading and the GIL (not written yet)';
const NEEDS_GC = 'needs weakref (not written yet; the cycle collector and gc are)';
const SKIPPED_SEEDS = {
  'threads_lock_counter.py': NEEDS_THREADS,
  'threads_condition.py': NEEDS_THREADS,
  'threads_loop_join.py': NEEDS_THREADS,
};

const MARKER_LINES = 5;
const OUTPUT_LIMIT = 32 * 1024 * 1024;
const DIFF_LINES = 3;

function usage() {
  return `usage: node scripts/difftest.js [--filter SUBSTR] [--jobs N] [--verbose] [--stress] [--no-skip]
                               [--timeout SECONDS] [paths...]
  --filter SUBSTR   only programs whose name contains SUBSTR
  --jobs N          programs run in parallel (default: number of CPUs)
  --verbose         print every program, and both sides' full output for each failure
  --stress          run pyheap with PYHEAP_GC_STRESS=1
  --no-skip         also run the seed examples skipped as needing later modules
  --timeout S       per-run timeout in seconds (default 30)
  paths             files or folders to run instead of the whole suite`;
}

export function parseArgs(argv) {
  const opts = { filter: null, jobs: defaultJobs(), verbose: false, stress: false, noSkip: false, timeout: 30, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--filter') opts.filter = value();
    else if (a.startsWith('--filter=')) opts.filter = a.slice(9);
    else if (a === '--jobs' || a === '-j') opts.jobs = positiveInt(a, value());
    else if (a.startsWith('--jobs=')) opts.jobs = positiveInt('--jobs', a.slice(7));
    else if (a === '--timeout') opts.timeout = positiveInt(a, value());
    else if (a.startsWith('--timeout=')) opts.timeout = positiveInt('--timeout', a.slice(10));
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--stress') opts.stress = true;
    else if (a === '--no-skip') opts.noSkip = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.paths.push(a);
  }
  return opts;
}

function positiveInt(name, s) {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a positive integer, got ${s}`);
  return n;
}

function defaultJobs() {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
}

// ---------------------------------------------------------------------------------------------
// Discovery

function listPy(dir, recursive) {
  const out = [];
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (recursive && e.name !== '__pycache__') out.push(...listPy(p, true));
    } else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

function readMarkers(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').slice(0, MARKER_LINES);
  const markers = { module: false, stderrFull: false, argv: [], options: [], timeout: 0, stressAuditOnly: null };
  lines.forEach((line, i) => {
    const m = /#\s*pyheap-test:\s*(.*)$/.exec(line);
    if (!m) return;
    const body = m[1].trim();
    if (/^module\b/.test(body)) {
      if (i === 0) markers.module = true;
    } else if (/^stderr=full\b/.test(body)) markers.stderrFull = true;
    else if (/^timeout=\d+$/.test(body)) markers.timeout = Number(body.slice(8));
    else if (body.startsWith('argv=')) markers.argv = body.slice(5).trim().split(/\s+/).filter(Boolean);
    else if (body.startsWith('options=')) markers.options = body.slice(8).trim().split(/\s+/).filter(Boolean);
    else if (/^stress=audit-only\b/.test(body)) {
      const reason = body.slice('stress=audit-only'.length).trim();
      if (!reason) throw new Error(`${file}:${i + 1}: "# pyheap-test: stress=audit-only" needs a reason after it`);
      markers.stressAuditOnly = reason;
    }
    else throw new Error(`${file}:${i + 1}: unknown marker "# pyheap-test: ${body}"`);
  });
  return markers;
}

function programName(file) {
  if (path.dirname(file) === seedDir) return `seed:${path.basename(file)}`;
  return path.relative(repoRoot, file).split(path.sep).join('/');
}

function isInside(file, dir) {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

// Returns { programs: [{file, name, seed, markers}], skipped: [{name, reason}], notes: [] }
function discover(opts) {
  const notes = [];
  let files;
  if (opts.paths.length) {
    files = [];
    for (const p of opts.paths) {
      const abs = path.resolve(p);
      let st;
      try {
        st = fs.statSync(abs);
      } catch {
        throw new Error(`no such file or folder: ${p}`);
      }
      if (st.isDirectory()) files.push(...listPy(abs, true).sort());
      else files.push(abs);
    }
  } else {
    files = listPy(programsDir, true).sort();
    if (fs.existsSync(seedDir)) files.push(...listPy(seedDir, false).sort());
    else notes.push(`note: ${seedDir} not found; seed examples not run`);
  }
  const seen = new Set();
  const programs = [];
  const skipped = [];
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    const name = programName(file);
    if (opts.filter && !name.includes(opts.filter)) continue;
    const markers = readMarkers(file);
    if (markers.module) continue;
    const seed = name.startsWith('seed:');
    const skipReason = seed ? SKIPPED_SEEDS[path.basename(file)] : undefined;
    if (skipReason && !opts.noSkip) {
      skipped.push({ name, reason: skipReason });
      continue;
    }
    programs.push({ file, name, seed, markers });
  }
  return { programs, skipped, notes };
}

// ---------------------------------------------------------------------------------------------
// Running

function pyheapCommand() {
  const custom = process.env.PYHEAP_CMD;
  if (custom && custom.trim()) {
    const [cmd, ...args] = custom.trim().split(/\s+/);
    return { cmd, args, label: custom.trim(), env: (e) => e };
  }
  // (started as bin/pyheap starts it, NODE_EXTRA_CA_CERTS handed over: see bin/js-stack.js pyheapEnv)
  return { cmd: process.execPath, args: pyheapNodeArgs(), env: pyheapEnv, label: pyheapNodeArgs().includes('--snapshot-blob') ? 'pyheap (dist/pyheap.blob)' : 'node bin/pyheap.js' };
}

function baseEnv() {
  const env = { ...process.env };
  delete env.PYTHONHASHSEED; // programs must be deterministic under any hash seed
  delete env.PYHEAP_CMD;
  env.PYTHONDONTWRITEBYTECODE = '1'; // no __pycache__ beside helper modules in the repo
  // without a locale, python3 coerces the C locale to UTF-8 and turns on UTF-8 mode (PEP 538,
  // PEP 540), which pyheap does not model and which moves its startup's references to True,
  // False and some strs (refcount/startup_refs.py): both sides run under a UTF-8 locale then
  if (!env.LC_ALL && !env.LC_CTYPE && !env.LANG) env.LANG = 'C.UTF-8';
  return env;
}

// Children run in their own process groups (so that a timeout kills everything they started);
// on Ctrl-C those groups would outlive us, so kill them first.
const liveChildren = new Set();
function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try { child.kill('SIGKILL'); } catch { /* already gone */ }
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    for (const child of liveChildren) {
      killGroup(child);
      fs.rmSync(child.tempCwd, { recursive: true, force: true });
    }
    process.exit(130);
  });
}

function runOnce(cmd, args, env, timeoutMs) {
  return new Promise((resolve) => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'pyheap-test-'));
    const started = Date.now();
    const out = [];
    const err = [];
    let size = 0;
    let timedOut = false;
    let overflow = false;
    let child;
    const finish = (result) => {
      clearTimeout(timer);
      fs.rmSync(cwd, { recursive: true, force: true });
      resolve({ ...result, ms: Date.now() - started, timedOut, overflow });
    };
    const kill = () => killGroup(child);
    const timer = setTimeout(() => { timedOut = true; kill(); }, timeoutMs);
    try {
      child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    } catch (e) {
      finish({ status: null, signal: null, stdout: Buffer.alloc(0), stderr: Buffer.from(String(e)), spawnError: e });
      return;
    }
    const collect = (chunks) => (chunk) => {
      size += chunk.length;
      if (size > OUTPUT_LIMIT) {
        if (!overflow) { overflow = true; kill(); }
        return;
      }
      chunks.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    let spawnError = null;
    child.on('error', (e) => { spawnError = e; });
    child.tempCwd = cwd;
    liveChildren.add(child);
    child.on('close', (status, signal) => {
      liveChildren.delete(child);
      finish({ status, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err), spawnError });
    });
  });
}

function normalizeStderr(text, program) {
  let t = text.split(program.file).join('<program>');
  t = t.split(path.dirname(program.file) + path.sep).join('<dir>/');
  return t.replace(/0x[0-9a-fA-F]+/g, '0xADDR');
}

function lastNonEmptyLine(text) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

// When pyheap itself crashed (Node's stack trace ends its stderr), the Node error line.
function crashHint(stderr) {
  if (!/^Node\.js v/.test(lastNonEmptyLine(stderr))) return [];
  const line = stderr.split('\n').find((l) => /^[A-Za-z]*(Error|Exception)\b.*:/.test(l));
  return line ? [`    pyheap crashed: ${show(line)}`] : [];
}

function describeExit(r) {
  if (r.spawnError) return `could not start: ${r.spawnError.message}`;
  if (r.timedOut) return 'timed out';
  if (r.overflow) return `output over ${OUTPUT_LIMIT >> 20} MB`;
  if (r.signal) return `killed by ${r.signal}`;
  return `exit ${r.status}`;
}

// Lines of a text; a last line without its newline is marked, as diff does.
function textLines(text) {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += '\\ (no newline at end)';
  return lines;
}

// A compact diff of two texts: the differing stretch between their common first and last lines
// (at most DIFF_LINES of each side), with one line of context before it.
function diffLines(expected, actual) {
  const a = textLines(expected);
  const b = textLines(actual);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const out = [`    @@ line ${i + 1} (- python3: ${a.length} lines, + pyheap: ${b.length} lines)`];
  if (i > 0) out.push(`      ${show(a[i - 1])}`);
  for (const [sign, lines] of [['-', a], ['+', b]]) {
    const stretch = lines.slice(i, lines.length - j);
    for (const l of stretch.slice(0, DIFF_LINES)) out.push(`    ${sign} ${show(l)}`);
    if (stretch.length > DIFF_LINES) out.push(`    ${sign} ... ${stretch.length - DIFF_LINES} more lines`);
  }
  return out;
}

// One line for display: control characters escaped, long lines cut.
function show(line) {
  const s = line.replace(/[\x00-\x09\x0b-\x1f\x7f]/g, (c) =>
    ({ '\t': '\\t', '\r': '\\r' })[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return s.length > 200 ? s.slice(0, 200) + '...' : s;
}

async function runProgram(program, opts, knownReason) {
  const py = ['python3', [...program.markers.options, program.file, ...program.markers.argv]];
  const ph = pyheapCommand();
  const env = baseEnv();
  const memory = isMemoryProgram(program.file);
  const phEnv = ph.env(memory ? { ...env } : { ...env, PYHEAP_AUDIT: '1' });
  if (opts.stress) phEnv.PYHEAP_GC_STRESS = '1';
  const timeoutMs = Math.max(opts.timeout, program.markers.timeout) * 1000 * (memory ? MEMORY_TIMEOUT_FACTOR : 1);
  const pyEnv = {
    ...env,
    PYTHONPATH: [oracleDir, env.PYTHONPATH].filter(Boolean).join(path.delimiter),
    PATH: [path.join(oracleDir, 'bin'), env.PATH].filter(Boolean).join(path.delimiter),
  };
  const [exp, act] = await Promise.all([
    runOnce(py[0], py[1], pyEnv, timeoutMs),
    runOnce(ph.cmd, [...ph.args, ...program.markers.options, program.file, ...program.markers.argv], phEnv, timeoutMs),
  ]);

  const problems = []; // [summary, detail lines]
  const unfinished = (r) => r.spawnError || r.timedOut || r.overflow;
  // (a program ended by an uncaught KeyboardInterrupt dies of SIGINT, as CPython's exit_sigint
  // makes it: pyheap must too, compared below with the exit status)
  if (unfinished(exp) || (exp.signal && exp.signal !== 'SIGINT')) {
    problems.push([`python3 (the oracle) ${describeExit(exp)}: the program itself is broken`, []]);
  }
  if (unfinished(act)) {
    problems.push([`pyheap ${describeExit(act)}${act.timedOut ? ` after ${timeoutMs / 1000}s` : ''}`, []]);
  }
  const actErrAll = act.stderr.toString('utf8');
  const auditLines = actErrAll.split('\n').filter((l) => l.startsWith('pyheap-audit:'));
  const actErr = actErrAll.split('\n').filter((l) => !l.startsWith('pyheap-audit:')).join('\n');
  const expErr = exp.stderr.toString('utf8');
  if (auditLines.length) {
    problems.push([`refcount audit: ${auditLines.length} line(s)`, auditLines.slice(0, 5).map((l) => `    ${show(l)}`)
      .concat(auditLines.length > 5 ? [`    ... ${auditLines.length - 5} more`] : [])]);
  }
  if (!unfinished(exp) && !unfinished(act)) {
    if (memory) {
      const shape = compareMemoryShape(exp.stdout.toString('utf8'), act.stdout.toString('utf8'));
      if (shape.length) problems.push(['memory figures differ in shape', shape.slice(0, 5).map((l) => `    ${show(l)}`)]);
    } else if (opts.stress && program.markers.stressAuditOnly !== null) {
      // (stdout depends on when collections happen: see the marker's reason)
    } else if (!exp.stdout.equals(act.stdout)) {
      const e = exp.stdout.toString('utf8').replace(TEMP_NAME, 'objgraph-XXXXXXXX.');
      const a = act.stdout.toString('utf8').replace(TEMP_NAME, 'objgraph-XXXXXXXX.');
      if (e !== a) problems.push(['stdout differs', diffLines(e, a)]);
    }
    if (exp.status !== act.status || exp.signal !== act.signal) {
      problems.push([`exit status differs: python3 ${describeExit(exp)}, pyheap ${describeExit(act)}`, []]);
    }
    const full = program.markers.stderrFull || isInside(program.file, tracebacksDir);
    const e = normalizeStderr(expErr, program);
    const a = normalizeStderr(actErr, program);
    if (full) {
      if (e !== a) problems.push(['stderr differs', diffLines(e, a)]);
    } else {
      const el = lastNonEmptyLine(e);
      const al = lastNonEmptyLine(a);
      if (el !== al) problems.push(['last stderr line differs', [`    - ${show(el) || '(no stderr)'}`, `    + ${show(al) || '(no stderr)'}`, ...crashHint(a)]]);
    }
  }
  const ok = problems.length === 0;
  let outcome;
  if (knownReason !== undefined) outcome = ok ? 'xpass' : 'xfail';
  else outcome = ok ? 'pass' : 'fail';
  return { program, outcome, problems, exp, act, expErr, actErr: actErrAll, knownReason };
}

function report(r, opts, log) {
  const name = r.program.name;
  const ms = `${r.act.ms} ms pyheap, ${r.exp.ms} ms python3`;
  if (r.outcome === 'pass') {
    if (opts.verbose) log(`PASS ${name} (${ms})`);
    return;
  }
  if (r.outcome === 'xpass') {
    log(`FAIL ${name}: unexpectedly passed: remove it from test/known-failures.json`);
    return;
  }
  const summary = r.problems.map((p) => p[0]).join('; ');
  if (r.outcome === 'xfail') {
    log(`XFAIL ${name}: ${summary} (known: ${r.knownReason})`);
    if (!opts.verbose) return;
  } else {
    log(`FAIL ${name}: ${summary}`);
  }
  for (const [, detail] of r.problems) for (const l of detail) log(l);
  if (opts.verbose) {
    const dump = (label, text) => {
      if (!text) return;
      log(`    --- ${label}`);
      for (const l of text.replace(/\n$/, '').split('\n')) log(`    | ${l}`);
    };
    dump('python3 stdout', r.exp.stdout.toString('utf8'));
    dump('python3 stderr', r.expErr);
    dump('pyheap stdout', r.act.stdout.toString('utf8'));
    dump('pyheap stderr', r.actErr);
  }
}

function loadKnownFailures() {
  let text;
  try {
    text = fs.readFileSync(knownFailuresFile, 'utf8');
  } catch {
    return {};
  }
  const data = JSON.parse(text);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${knownFailuresFile}: must be a JSON object {"program": "reason"}`);
  }
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== 'string' || !v.trim()) throw new Error(`${knownFailuresFile}: "${k}" needs a reason string`);
  }
  return data;
}

// Runs the suite; returns { passed, failed, skipped, xfailed }.
export async function runDifftest(argv, log = console.log) {
  const opts = parseArgs(argv);
  if (opts.help) {
    log(usage());
    return { passed: 0, failed: 0, skipped: 0, xfailed: 0 };
  }
  const known = loadKnownFailures();
  const { programs, skipped, notes } = discover(opts);
  for (const n of notes) log(n);
  const ph = pyheapCommand();
  log(`differential: ${programs.length} programs, python3 vs ${ph.label}, ${opts.jobs} jobs` +
    `${opts.stress ? ', PYHEAP_GC_STRESS=1' : ''}`);

  let failed = 0;
  // A known-failures entry naming no program is stale (renamed or deleted): the list must shrink.
  if (!opts.paths.length && !opts.filter) {
    const names = new Set([...programs.map((p) => p.name), ...skipped.map((s) => s.name)]);
    for (const k of Object.keys(known)) {
      if (!names.has(k)) {
        log(`FAIL ${k}: listed in test/known-failures.json but no such program: remove it`);
        failed++;
      }
    }
  }

  const results = new Array(programs.length);
  let printed = 0;
  let next = 0;
  const flush = () => {
    while (printed < programs.length && results[printed]) report(results[printed++], opts, log);
  };
  const worker = async () => {
    while (next < programs.length) {
      const i = next++;
      results[i] = await runProgram(programs[i], opts, known[programs[i].name]);
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs, programs.length) }, worker));

  const bySkipReason = new Map();
  for (const s of skipped) {
    if (!bySkipReason.has(s.reason)) bySkipReason.set(s.reason, []);
    bySkipReason.get(s.reason).push(s.name);
  }
  for (const [reason, names] of bySkipReason) log(`SKIP ${names.length} (${reason}): ${names.join(', ')}`);

  const count = (o) => results.filter((r) => r.outcome === o).length;
  const passed = count('pass');
  const xfailed = count('xfail');
  failed += count('fail') + count('xpass');
  log(`differential: ${passed} passed, ${failed} failed, ${skipped.length} skipped, ${xfailed} expected failures`);
  return { passed, failed, skipped: skipped.length, xfailed };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  runDifftest(process.argv.slice(2)).then(
    ({ passed, failed, skipped, xfailed }) => {
      console.log(`${passed} passed, ${failed} failed, ${skipped + xfailed} skipped`);
      process.exitCode = failed ? 1 : 0;
    },
    (e) => {
      console.error(`difftest: ${e.message}`);
      if (/unknown option|needs/.test(e.message)) console.error(usage());
      process.exitCode = 2;
    },
  );
}
