// LAYER: modules. The table of modules written in TypeScript: `import name` finds them here before
// it searches sys.path (imports.ts). Each module file registers itself in modules/index.ts.

import { PyObject } from '../memory/object.js';

/** module name -> a function making a new module object (a new reference) */
export const builtinModuleFactories = new Map<string, () => PyObject>();

export function registerModule(name: string, make: () => PyObject): void {
  builtinModuleFactories.set(name, make);
}
