#!/usr/bin/env node
// `npm test`: build, unit tests, then the differential suite (scripts/difftest.js).
// Arguments are passed to the differential suite (npm test -- --filter refcount --verbose).
// The last line printed is always `N passed, M failed, K skipped`, summed over unit tests and
// programs (skipped includes the known failures of test/known-failures.json); the exit status is
// non-zero if anything failed. A failed build stops the run there.
// PYHEAP_CMD=python3 npm test runs the differential suite against python3 on both sides (to check
// the harness and the corpus while pyheap cannot run them yet).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDifftest } from './difftest.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const totals = { passed: 0, failed: 0, skipped: 0 };

function finish() {
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exitCode = totals.failed ? 1 : 0;
}

function walk(dir, keep, out = []) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, keep, out);
    else if (keep(e.name)) out.push(p);
  }
  return out;
}

// (1) Build, every time: tsc is incremental enough, and a failed build still emits dist/, so a
// "dist newer than src" check would hide the failure on the next run.
function build() {
  // the same command as `npm run build`: tsc (type check + dist/), then the esbuild bundle the CLI runs
  const [cmd, args, label] = ['npm', ['run', '--silent', 'build'], 'npm run build'];
  console.log(`build: ${label}`);
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) {
    console.log(`build: failed (${r.error ? r.error.message : `exit ${r.status}`})`);
    return false;
  }
  return true;
}

// (2) Unit tests: node --test on test/unit/**/*.test.mjs, spec report on stdout, counts from TAP.
function unitTests() {
  const files = walk(path.join(repoRoot, 'test', 'unit'), (n) => n.endsWith('.test.mjs')).sort();
  if (!files.length) {
    console.log('unit: no test/unit/**/*.test.mjs files');
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyheap-unit-'));
  const tap = path.join(tmp, 'report.tap');
  const r = spawnSync(process.execPath, ['--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files], { cwd: repoRoot, stdio: 'inherit' });
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  fs.rmSync(tmp, { recursive: true, force: true });
  const field = (name) => {
    const m = new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text);
    return m ? Number(m[1]) : 0;
  };
  const passed = field('pass');
  let failed = field('fail') + field('cancelled');
  const skipped = field('skipped') + field('todo');
  if (r.status !== 0 && failed === 0) failed = 1; // the runner itself failed
  console.log(`unit: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
}

async function main() {
  if (!build()) {
    totals.failed++;
    return finish();
  }
  unitTests();
  try {
    const d = await runDifftest(process.argv.slice(2));
    totals.passed += d.passed;
    totals.failed += d.failed;
    totals.skipped += d.skipped + d.xfailed;
  } catch (e) {
    console.log(`differential: ${e.message}`);
    totals.failed++;
  }
  finish();
}

main();
