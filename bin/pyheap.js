#!/usr/bin/env -S node --stack-size=7000
// The CLI entry: the whole runtime is bundled into one script (dist/pyheap.cjs) by `npm run build`,
// which loads about twice as fast as the ~100 separate modules tsc emits, and is compiled with the
// V8 code cache the build saves next to it (see load-runtime.js). It runs on a JS stack deep enough
// for Python's recursion limit (the #! line's flag; see js-stack.js).
import { relaunchWithStack } from './js-stack.js';
import { loadRuntime } from './load-runtime.js';

if (!relaunchWithStack({ pyheap: true })) loadRuntime().runtime.main(process.argv.slice(2));
