// LAYER: modules. Every module written in TypeScript, registered by name. One line a module:
// add yours here (sys, builtins and gc are wired in runtime.ts, which they need more of).

import { registerModule } from './registry.js';
import { makeMathModule } from './math.js';
import { makeWeakrefModule } from './_weakref.js';
import { makeAtexitModule } from './atexit.js';
import './reduce.js'; // object.__reduce_ex__ / __reduce__ / __getstate__ (they need copyreg)
import { makeTracebackHelperModule } from './_traceback.js';
import { makeJsreModule } from './jsre.js';
import { makePosixModule } from './posix.js';
import { makeRandomModule } from './random.js';
import { makeTimeNativeModule } from './time.js';
import { makeFloatPackModule } from './floatpack.js';
import { makeJsonFastModule } from './jsonfast.js';
import { makePyheapPsutilModule } from './pyheap_psutil.js';
import { installGenericAliases } from './generic.js';
import { makePyheapGraphvizModule } from './pyheap_graphviz.js';
import { makeTracemallocModule } from './tracemalloc.js';
import { makePyheapAbcModule } from './pyheap_abc.js';
import { makeHeapqModule } from './heapq.js';

export function registerModules(): void {
  registerModule('math', makeMathModule);
  registerModule('_weakref', makeWeakrefModule);
  registerModule('atexit', makeAtexitModule);
  registerModule('_traceback', makeTracebackHelperModule);
  registerModule('_jsre', makeJsreModule);
  registerModule('posix', makePosixModule);
  registerModule('_random', makeRandomModule);
  registerModule('_pyheap_time', makeTimeNativeModule);
  registerModule('_pyheap_floatpack', makeFloatPackModule);
  registerModule('_pyheap_json', makeJsonFastModule);
  registerModule('_pyheap_psutil', makePyheapPsutilModule);
  installGenericAliases();
  registerModule('_pyheap_graphviz', makePyheapGraphvizModule);
  registerModule('_tracemalloc', makeTracemallocModule);
  registerModule('_pyheap_abc', makePyheapAbcModule);
  registerModule('_heapq', makeHeapqModule);
}
