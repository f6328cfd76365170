// LAYER: modules. Every module written in TypeScript, registered by name. One line a module:
// add yours here (sys, builtins and gc are wired in runtime.ts, which they need more of).

import { registerModule } from './registry.js';
import { makeMathModule } from './math.js';
import { makePyheapPsutilModule } from './pyheap_psutil.js';
import { makePyheapGraphvizModule } from './pyheap_graphviz.js';
import { makeTracemallocModule } from './tracemalloc.js';

export function registerModules(): void {
  registerModule('math', makeMathModule);
  registerModule('_pyheap_psutil', makePyheapPsutilModule);
  registerModule('_pyheap_graphviz', makePyheapGraphvizModule);
  registerModule('_tracemalloc', makeTracemallocModule);
}
