// LAYER: objects. Declaring a builtin type's methods and attributes from TypeScript:
//
//   method(ListType, 'append', (self, args) => { ... return newref(None); });
//   getset(ComplexType, 'real', (self) => newFloat(self.value.re));
//
// Declarations are collected on the type (type.defs) and installed in the type's __dict__ as
// method descriptors / getset descriptors when the runtime boots (bootstrap.ts), or at once if the
// type is already finished.

import { PyObject } from '../memory/object.js';
import { PyType, MethodFn, TypeDef } from './type.js';

export const defineHooks = {
  /** installed by descriptors.ts: put one def into a finished type's dict */
  install: null as null | ((t: PyType, d: TypeDef) => void),
};

function add(t: PyType, d: TypeDef): void {
  t.defs.push(d);
  if (t.tpDict !== null && defineHooks.install !== null) defineHooks.install(t, d);
}

export function method(t: PyType, name: string, fn: MethodFn, doc: string | null = null): void {
  add(t, { kind: 'method', name, fn, doc });
}

/** a slot wrapper that is not one of the slots slots.ts wraps (`int.__divmod__`) */
export function slotWrapper(t: PyType, name: string, fn: MethodFn): void {
  add(t, { kind: 'wrapper', name, fn, doc: null });
}

export function classmethod(t: PyType, name: string, fn: MethodFn, doc: string | null = null): void {
  add(t, { kind: 'classmethod', name, fn, doc });
}

export function staticmethod(t: PyType, name: string, fn: (args: PyObject[], kwnames: string[] | null) => PyObject,
  doc: string | null = null): void {
  add(t, { kind: 'staticmethod', name, fn, doc });
}

export function getset(t: PyType, name: string, get: (self: PyObject) => PyObject,
  set: ((self: PyObject, v: PyObject | null) => void) | null = null, doc: string | null = null): void {
  add(t, { kind: 'getset', name, get, set, doc });
}

/** a plain class attribute (a constant), created at bootstrap */
export function classValue(t: PyType, name: string, make: () => PyObject): void {
  add(t, { kind: 'value', name, make });
}
