// LAYER: objects. What typeobject.ts needs from files written elsewhere (dict, weakref, the VM),
// wired by the bootstrap so the type machinery does not depend on them at load time.
import type { PyObject } from '../memory/object.js';
import type { PyType } from './type.js';

const unwired = (name: string) => (): never => { throw new Error(`typeHooks.${name} not wired`); };

export const typeHooks = {
  dictGetStr: unwired('dictGetStr') as (d: PyObject, name: string) => PyObject | null,
  dictSetStr: unwired('dictSetStr') as (d: PyObject, name: string, v: PyObject) => void,
  dictDelStr: unwired('dictDelStr') as (d: PyObject, name: string) => boolean,
  dictCopy: unwired('dictCopy') as (d: PyObject) => PyObject,
  dictClear: unwired('dictClear') as (d: PyObject) => void,
  /** new references to (key, value) pairs */
  dictItems: unwired('dictItems') as (d: PyObject) => [PyObject, PyObject][],
  dictType: unwired('dictType') as () => PyType,
  /** new references to the items of an iterable */
  iterate: unwired('iterate') as (o: PyObject) => PyObject[],
  staticMethod: unwired('staticMethod') as (f: PyObject) => PyObject,
  classMethod: unwired('classMethod') as (f: PyObject) => PyObject,
  cellSet: unwired('cellSet') as (cell: PyObject, v: PyObject) => void,
  instanceDict: unwired('instanceDict') as (o: PyObject) => PyObject,
  firstWeakref: unwired('firstWeakref') as (o: PyObject) => PyObject,
  clearWeakrefs: ((_o: PyObject) => {}) as (o: PyObject) => void,
  /** weakref.ref(o) without a callback: the shared basic reference (a new reference) */
  basicWeakref: unwired('basicWeakref') as (o: PyObject) => PyObject,
  /** run tp_finalize (__del__), reporting an exception as unraisable */
  callFinalizer: unwired('callFinalizer') as (o: PyObject) => void,
  /** super(cls, cls).__init_subclass__(**kw) for a new class */
  superInitSubclass: unwired('superInitSubclass') as (t: PyType, kwnames: string[], kwvalues: PyObject[]) => PyObject,
  currentGlobals: (() => null) as () => PyObject | null,
  replaceAllocation: ((_from: PyObject, _to: PyObject) => {}) as (from: PyObject, to: PyObject) => void,
  freeTypeBlock: unwired('freeTypeBlock') as (t: PyType) => void,
  /** a new tuple of the items (new references taken) */
  newTuple: unwired('newTuple') as (items: PyObject[]) => PyObject,
  newList: unwired('newList') as (items: PyObject[]) => PyObject,
  newDict: unwired('newDict') as () => PyObject,
};
