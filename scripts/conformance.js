#!/usr/bin/env node
// LAYER: tooling. Runs CPython's own test_gc, test_weakref and test_finalization under pyheap.
//
//   1. python3 tells where its Lib/test is and which test ids each file holds (the universe:
//      a test pyheap never reports counts as failed, so a crash cannot shrink the total).
//   2. pyheap runs test/cpython/driver.py for each file, in a fresh temporary directory, loading
//      the file IN PLACE from python3's installation. The driver prints a protocol line per test.
//      If pyheap dies or times out, the test in progress is recorded as an error and pyheap is
//      started again on the tests not yet reported.
//   3. The outcomes are checked against test/cpython/known-failures.json ({"id": "reason"}):
//      an unlisted failure fails the run, and so does a listed test that passes (or is
//      skipped): the list only shrinks.
//
// usage: node scripts/conformance.js [FILE...] [--only SUBSTR[,SUBSTR]] [--verbose] [--list]
//          FILE: test_gc, test_weakref, test_finalization (default: all three)
//          --only: run only the tests whose id contains one of the substrings (no manifest check
//                  for the others)
//          --verbose: print the detail (traceback, reason) of every non-passing test
//          --list: print every test with its status
//        PYHEAP_CT_TIMEOUT=seconds per pyheap process (default 900); PYHEAP_BIN=another pyheap entry script
// Prints `test_gc: N passed, M failed, K skipped` per file and a total line; exit status 1 when
// the outcomes disagree with the manifest.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeStackArgs, pyheapNodeArgs, pyheapEnv } from '../bin/js-stack.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const driver = path.join(root, 'test', 'cpython', 'driver.py');
const manifestPath = path.join(root, 'test', 'cpython', 'known-failures.json');
/** node arguments that start pyheap (its snapshot, or PYHEAP_BIN's script) */
const pyheapArgs = process.env.PYHEAP_BIN ? [...nodeStackArgs(), path.resolve(process.env.PYHEAP_BIN)] : pyheapNodeArgs();
const ALL_FILES = ['test_gc', 'test_weakref', 'test_finalization'];
const timeoutMs = Number(process.env.PYHEAP_CT_TIMEOUT ?? 900) * 1000;

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const listAll = argv.includes('--list');
const onlyIdx = argv.indexOf('--only');
const only = onlyIdx >= 0 ? argv[onlyIdx + 1].split(',') : null;
const files = argv.filter((a, i) => !a.startsWith('--') && (onlyIdx < 0 || i !== onlyIdx + 1));
for (const f of files) {
  if (!ALL_FILES.includes(f)) { console.error(`unknown test file ${f}; one of ${ALL_FILES.join(', ')}`); process.exit(2); }
}
const selectedFiles = files.length ? files : ALL_FILES;

/** python3's Lib/test directory and, per file, the ids unittest finds in it */
function cpythonUniverse() {
  const prog = `
import sys, json, unittest
def flat(s):
    for t in s:
        if isinstance(t, unittest.TestSuite): yield from flat(t)
        else: yield t
ids = {}
for name in sys.argv[1:]:
    mod = __import__('test.' + name, fromlist=['_'])
    ids[name] = [t.id() for t in flat(unittest.defaultTestLoader.loadTestsFromModule(mod))]
print(json.dumps({'dir': sys.prefix + '/lib/python%d.%d/test' % sys.version_info[:2], 'ids': ids}))
`;
  const out = execFileSync('python3', ['-c', prog, ...selectedFiles], { encoding: 'utf8', cwd: tmpdir() });
  return JSON.parse(out);
}

const unescape = (s) => s.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));

/** run pyheap's driver once; resolves with the protocol events and how the process ended */
function runDriver(testDir, name, excluded, cwd) {
  const args = [...pyheapArgs, driver, testDir, name];
  const control = [...excluded.map((id) => '-' + id), ...(only ?? []).map((s) => '+' + s)];
  if (control.length) {
    const file = path.join(cwd, '.control');
    writeFileSync(file, control.join('\n') + '\n');
    args.push(file);
  }
  const env = pyheapEnv({ ...process.env });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; if (stderr.length > 1e6) stderr = stderr.slice(-5e5); });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const events = [];
      for (const line of stdout.split('\n')) {
        if (line.startsWith('@@ct\t')) events.push(line.split('\t').slice(1));
      }
      resolve({ events, code, signal, timedOut, stderr });
    });
  });
}

/** every outcome of one file: Map id -> {status, detail} */
async function runFile(testDir, name, universe) {
  const results = new Map();
  const cwd = mkdtempSync(path.join(tmpdir(), `pyheap-ct-${name}-`));
  let fixtureError = null;
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const run = await runDriver(testDir, name, [...results.keys()], cwd);
      let current = null;
      let done = false;
      for (const [kind, ...rest] of run.events) {
        if (kind === 'START') current = rest[0];
        else if (kind === 'END') {
          results.set(rest[0], { status: rest[1], detail: unescape(rest[2] ?? '') });
          current = null;
        } else if (kind === 'FIXTURE') {
          fixtureError = `${rest[0]}: ${rest[1]}: ${unescape(rest[2] ?? '')}`;
        } else if (kind === 'IMPORTERROR') {
          fixtureError = `import failed: ${unescape(rest[0] ?? '')}`;
        } else if (kind === 'DONE') done = true;
      }
      if (done || fixtureError !== null && current === null) break;
      const tail = run.stderr.trim().split('\n').slice(-3).join('\n');
      const why = run.timedOut ? `timed out after ${timeoutMs / 1000}s` : `pyheap exited (status ${run.code ?? run.signal}) during the test: ${tail}`;
      if (current === null) {
        fixtureError = run.timedOut ? `${why}, outside any test` : `pyheap exited between tests: ${tail}`;
        break;
      }
      results.set(current, { status: 'error', detail: why });
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
  for (const id of universe) {
    if (!results.has(id) && (only === null || only.some((s) => id.includes(s)))) {
      results.set(id, { status: 'error', detail: `not run by pyheap${fixtureError ? ': ' + fixtureError : ''}` });
    }
  }
  return results;
}

function loadManifest() {
  if (!existsSync(manifestPath)) return {};
  const raw = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const known = {};
  for (const [id, reason] of Object.entries(raw)) if (!id.startsWith('//')) known[id] = reason;
  return known;
}

const shortId = (id) => id.replace(/^test\./, '');
const FAILING = new Set(['fail', 'error', 'xpass']);

async function main() {
  const { dir, ids } = cpythonUniverse();
  const known = loadManifest();
  const problems = [];
  const lines = [];
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const name of selectedFiles) {
    const results = await runFile(dir, name, ids[name]);
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const [id, r] of results) {
      const sid = shortId(id);
      const listed = Object.prototype.hasOwnProperty.call(known, sid);
      if (FAILING.has(r.status)) {
        count.failed++;
        if (!listed) problems.push(`UNEXPECTED ${r.status.toUpperCase()}: ${sid}\n    ${r.detail.trim().split('\n').slice(-1)[0]}`);
      } else if (r.status === 'skip') {
        count.skipped++;
        if (listed) problems.push(`LISTED BUT SKIPPED (remove it from the manifest): ${sid} (${r.detail})`);
      } else {
        count.passed++;
        if (listed) problems.push(`LISTED BUT PASSES (remove it from the manifest): ${sid}`);
      }
      if (listAll || (verbose && r.status !== 'pass')) {
        console.log(`${r.status.padEnd(5)} ${sid}${listed && FAILING.has(r.status) ? '  [known: ' + known[sid] + ']' : ''}`);
        if (verbose && r.status !== 'pass' && r.detail) console.log('      ' + r.detail.trim().split('\n').join('\n      '));
      }
    }
    const line = `${name}: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`;
    lines.push(line);
    console.log(line);
    total.passed += count.passed; total.failed += count.failed; total.skipped += count.skipped;
  }
  if (only === null) {
    // a manifest entry for a file that ran but whose id does not exist is stale too
    const seen = new Set(selectedFiles.flatMap((n) => ids[n].map(shortId)));
    for (const sid of Object.keys(known)) {
      if (selectedFiles.some((n) => sid.startsWith(n + '.')) && !seen.has(sid)) problems.push(`LISTED BUT UNKNOWN: ${sid}`);
    }
  }
  console.log(`total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  if (problems.length && only === null) {
    console.log(`\n${problems.length} disagreement(s) with test/cpython/known-failures.json:`);
    for (const p of problems) console.log('  ' + p);
    process.exit(1);
  }
}

main().catch((e) => { console.error(e); process.exit(2); });
