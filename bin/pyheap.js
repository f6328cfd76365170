#!/usr/bin/env node
// The CLI entry: the whole runtime is bundled into one script (dist/pyheap.cjs) by `npm run build`,
// which loads about twice as fast as the ~100 separate modules tsc emits, and is compiled with the
// V8 code cache the build saves next to it (see load-runtime.js).
import { loadRuntime } from './load-runtime.js';

loadRuntime().runtime.main(process.argv.slice(2));
