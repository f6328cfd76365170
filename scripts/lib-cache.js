#!/usr/bin/env node
// Build step: compile pyheap's Python library (lib/**/*.py) with the freshly built bundle and
// save the code in dist/lib-code.bin, which imports then load instead of compiling
// (src/codecache.ts explains the format and when the cache is used). Every module is checked to
// load back identical to what the compiler produced; any difference fails the build.
import { loadRuntime } from '../bin/load-runtime.js';

const { cached, skipped } = loadRuntime().runtime.writeLibCache();
for (const s of skipped) process.stderr.write(`lib-cache: not cached: ${s}\n`);
if (cached.length === 0) {
  process.stderr.write('lib-cache: no module compiled\n');
  process.exit(1);
}
