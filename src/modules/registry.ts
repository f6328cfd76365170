// LAYER: modules. The table of modules written in TypeScript: `import name` finds them here before
// it searches sys.path (imports.ts). Each module file registers itself in modules/index.ts.

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { None } from '../objects/singletons.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';

/** module name -> a function making a new module object (a new reference) */
export const builtinModuleFactories = new Map<string, () => PyObject>();

export function registerModule(name: string, make: () => PyObject): void {
  builtinModuleFactories.set(name, make);
}

export type NativeFunction = (args: PyObject[], kw: string[] | null) => PyObject;

/** a new module object `name` (a new reference) and `def`, which adds a builtin function to it */
export function newNativeModule(name: string): { module: PyObject; def: (fname: string, f: NativeFunction) => void } {
  const module = newModule(name, None);
  const def = (fname: string, f: NativeFunction): void => {
    const o = newBuiltinFunction(fname, f, name);
    moduleSet(module, fname, o);
    decref(o);
  };
  return { module, def };
}
