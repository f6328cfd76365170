#!/usr/bin/env node
// The CLI entry: the whole runtime is bundled into one module (dist/pyheap.mjs) by `npm run build`,
// which loads about twice as fast as the ~100 separate modules tsc emits.
import { main } from '../dist/pyheap.mjs';
main(process.argv.slice(2));
