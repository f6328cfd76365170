#!/usr/bin/env node
// A Graphviz `dot`-compatible renderer that needs no system Graphviz: a WebAssembly build of
// Graphviz (and resvg for PNG). `pyheap-dot -Tsvg -oout.svg in.dot`. See src/tools/graphviz.ts.
import { dotMain } from '../dist/tools/graphviz.js';
process.exitCode = await dotMain(process.argv.slice(2));
