// LAYER: objects. Python functions (`def`, `lambda`). GC type, 136 + 16 bytes.
//   value: FunctionData (owned references to code, globals, name, qualname, defaults, ...)
//   dict:  the function's __dict__, created when first needed
// Calling a function is the VM's job (vm/call.ts installs `functionHooks.call`).

import { typeHooks } from './typehooks.js';
import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import { staticType, TPFLAGS_HAVE_GC, PyType } from './type.js';
import { allocate, release } from './alloc.js';
import { untrack } from '../memory/generations.js';
import { newStr } from './str.js';
import { hexAddr } from './abstract.js';
import { Code } from './code.js';
import { none } from './singletons.js';

export interface FunctionData {
  code: PyObject;
  globals: PyObject;
  builtins: PyObject;
  name: PyObject;
  qualname: PyObject;
  defaults: PyObject | null;    // tuple
  kwdefaults: PyObject | null;  // dict
  closure: PyObject | null;     // tuple of cells
  doc: PyObject;
  module: PyObject;
  annotations: PyObject | null;
}

export const FunctionType = staticType({ name: 'function', basicsize: 136, flags: TPFLAGS_HAVE_GC });

export const functionHooks = {
  call: (_f: PyObject, _args: PyObject[], _kwnames: string[] | null): PyObject => { throw new Error('vm not wired'); },
  /** bound method constructor (method.ts) */
  bind: (_f: PyObject, _self: PyObject): PyObject => { throw new Error('method not wired'); },
};

/** all references are borrowed; the function takes its own */
export function newFunction(code: PyObject, globals: PyObject, builtins: PyObject, qualname: PyObject,
  module: PyObject): PyObject {
  const c = code.value as Code;
  incref(code); incref(globals); incref(builtins); incref(qualname); incref(module);
  const firstConst = c.consts[0];
  // the compiler puts the docstring (or None) first among a function's constants, as CPython does
  const hasDoc = c.unit.name !== '<lambda>' && !c.unit.name.startsWith('<') && firstConst !== undefined &&
    firstConst.type.name === 'str';
  let doc: PyObject;
  if (hasDoc) { incref(firstConst); doc = firstConst; } else doc = none();
  const data: FunctionData = {
    code, globals, builtins, name: newStr(c.name), qualname, defaults: null, kwdefaults: null, closure: null,
    doc, module, annotations: null,
  };
  return allocate(FunctionType, data, null);
}

export const funcData = (f: PyObject): FunctionData => f.value as FunctionData;

/** func_traverse, in its order (what gc.get_referents lists) */
FunctionType.traverse = (o, visit) => {
  const d = o.value as FunctionData;
  visit(d.code); visit(d.globals); visit(d.builtins); visit(d.module);
  if (d.defaults !== null) visit(d.defaults);
  if (d.kwdefaults !== null) visit(d.kwdefaults);
  visit(d.doc); visit(d.name);
  if (o.dict !== null) visit(o.dict);
  if (d.closure !== null) visit(d.closure);
  if (d.annotations !== null) visit(d.annotations);
  visit(d.qualname);
};

/** func_clear: drop everything but name/qualname (gh-91636 keeps them) */
FunctionType.clear = (o) => {
  const d = o.value as FunctionData;
  const refs = [d.defaults, d.kwdefaults, d.closure, d.annotations, o.dict];
  d.defaults = null; d.kwdefaults = null; d.closure = null; d.annotations = null; o.dict = null;
  for (const r of refs) xdecref(r);
};

FunctionType.hasWeakref = true;
FunctionType.dealloc = (o) => {
  untrack(o);
  if (o.weaklist !== null) typeHooks.clearWeakrefs(o);
  const d = o.value as FunctionData;
  const refs: (PyObject | null)[] = [d.code, d.globals, d.builtins, d.name, d.qualname, d.defaults, d.kwdefaults,
    d.closure, d.doc, d.module, d.annotations, o.dict];
  o.dict = null;
  release(o);
  for (const r of refs) xdecref(r);
};

FunctionType.repr = (o) => newStr(`<function ${(o.value as FunctionData).qualname.value} at ${hexAddr(o)}>`);
FunctionType.call = (f, args, kwnames) => functionHooks.call(f, args, kwnames);
FunctionType.descrGet = (f, obj, _type: PyType) => {
  if (obj === null) {
    incref(f);
    return f;
  }
  return functionHooks.bind(f, obj);
};
FunctionType.sizeof = () => 136;
void decref;
