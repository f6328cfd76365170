// LAYER: modules. Every module written in TypeScript, registered by name. One line a module:
// add yours here (sys, builtins and gc are wired in runtime.ts, which they need more of).

import { registerModule } from './registry.js';
import { makeMathModule } from './math.js';
import { makeTracebackHelperModule } from './_traceback.js';
import { installGenericAliases } from './generic.js';

export function registerModules(): void {
  registerModule('math', makeMathModule);
  registerModule('_traceback', makeTracebackHelperModule);
  installGenericAliases();
}
