// Loading the bundled runtime (dist/pyheap.cjs, made by `npm run build`) with V8's code cache.
//
// Compiling the 1.2 MB bundle is a good part of pyheap's startup. `npm run build` runs a short
// warm-up program once and saves V8's code cache for the bundle (the bytecode of every function
// that ran) in dist/pyheap.cjs.cache (scripts/code-cache.js); later runs hand it to V8, which then
// skips parsing and compiling those functions. A cache made by another Node version, or missing,
// is rejected or absent and the bundle is compiled from source as usual: only speed differs.

import { readFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const bundlePath = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'pyheap.cjs');
export const cachePath = bundlePath + '.cache';

/** the bundle's exports ({ main }) and the compiled script (for making a new cache) */
export function loadRuntime() {
  const source = readFileSync(bundlePath, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundlePath, cachedData });
  const wrapper = script.runInThisContext();
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { runtime: module.exports, script };
}
