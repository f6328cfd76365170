// Unit tests of the compiled-module cache (src/codecache.ts, src/compiler/marshal.ts); run
// `npm run build` first: node --test test/unit/codecache.test.mjs
//
// The cache must never make an import differ from a fresh compile, so every lib/ module's cached
// code is compared with what the compiler produces from the current source, field by field and
// by constant sharing (which decides `is` identities and refcounts of constants).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LibCodeCache, LIB_CACHE_NAME, compileToUnit } from '../../dist/codecache.js';
import { dumpModule, loadModule, moduleDifference } from '../../dist/compiler/marshal.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lib = join(root, 'lib');
const bundle = join(root, 'dist', 'pyheap.cjs');
const cacheFile = join(root, 'dist', LIB_CACHE_NAME);

function libFiles(dir = lib) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...libFiles(p));
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out.sort();
}

test('the build wrote a cache for this bundle holding every lib/ module', () => {
  const cache = LibCodeCache.open(cacheFile, bundle, lib);
  assert.ok(cache !== null, `${cacheFile} is missing or was not written by dist/pyheap.cjs: run npm run build`);
  const want = libFiles().map((f) => relative(lib, f).split(sep).join('/'));
  assert.deepEqual(cache.modules().slice().sort(), want);
});

test('every cached lib/ module equals a fresh compile of its source', () => {
  const cache = LibCodeCache.open(cacheFile, bundle, lib);
  assert.ok(cache !== null);
  for (const file of libFiles()) {
    const source = readFileSync(file, 'utf8');
    const cached = cache.unit(file, source);
    assert.ok(cached !== null, `${file}: not taken from the cache (source changed since the build? run npm run build)`);
    assert.equal(moduleDifference(compileToUnit(source, file, 'exec'), cached), null, file);
  }
});

test('a changed source, another build or a file outside lib/ is not served from the cache', () => {
  const file = join(lib, 'contextlib.py');
  const source = readFileSync(file, 'utf8');
  const cache = LibCodeCache.open(cacheFile, bundle, lib);
  assert.ok(cache.unit(file, source) !== null);
  assert.equal(cache.unit(file, source + '\n'), null);
  assert.equal(cache.unit(join(root, 'contextlib.py'), source), null);
  // the cache names the bundle that wrote it: any other code file (here the tsc output) is refused
  assert.equal(LibCodeCache.open(cacheFile, fileURLToPath(new URL('../../dist/codecache.js', import.meta.url)), lib), null);
  assert.equal(LibCodeCache.open(join(root, 'no-such-cache.bin'), bundle, lib), null);
});

test('marshal round trip keeps every kind of constant and their sharing', () => {
  const source = [
    'x = (1, 2.5, -0.0, 3j, -2j, float("nan"), 10**30, -10**20, b"\\x00\\xff", "é\\ud800", ..., None, True, False)',
    'y = frozenset({1, "a"}) if x in {1, 2, "a"} else (1, 2.5)',
    'def f(a, /, b=1.5, *c, d, **e):',
    '    def g(): return a, "shared literal", (1, 2.5)',
    '    return g, "shared literal", 1e308 * 10, -1e308 * 10',
    'class K:',
    '    def m(self): return __class__, "shared literal"',
    'lam = lambda q: q + 1',
  ].join('\n');
  const unit = compileToUnit(source, '/somewhere/m.py', 'exec');
  const back = loadModule(dumpModule(unit), '/somewhere/m.py');
  assert.equal(moduleDifference(unit, back), null);
  // installed elsewhere: the filename is the new one in every nested unit
  const moved = loadModule(dumpModule(unit), '/elsewhere/m.py');
  const names = [];
  const walk = (u) => { names.push(u.filename); for (const c of u.consts) if (c.kind === 'code') walk(c.code); };
  walk(moved);
  assert.ok(names.length > 3 && names.every((n) => n === '/elsewhere/m.py'));
  // the difference check itself sees a changed constant and a broken sharing
  const other = compileToUnit(source.replace('"shared literal", (1, 2.5)', '"shared literal!", (1, 2.5)'), '/somewhere/m.py', 'exec');
  assert.notEqual(moduleDifference(unit, other), null);
  const copy = loadModule(dumpModule(unit), '/somewhere/m.py');
  const f = copy.consts.find((c) => c.kind === 'code' && c.code.name === 'f').code;
  const i = f.consts.findIndex((c) => c.kind === 'str' && c.value === 'shared literal');
  f.consts[i] = { kind: 'str', value: 'shared literal' }; // equal, but no longer the object g and K.m use
  assert.match(moduleDifference(unit, copy) ?? '', /shared differently/);
});

test('imports of lib/ modules are served from the cache by the bundle', () => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'pyheap.js'), '-c', 'import contextlib, unittest, json'], {
    encoding: 'utf8', env: { ...process.env, PYHEAP_CODE_CACHE: 'verbose' },
  });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.ok(lines.some((l) => l.endsWith(`contextlib.py`) && l.includes('code object from')), r.stderr);
  assert.deepEqual(lines.filter((l) => !l.includes('code object from')), []);
});
