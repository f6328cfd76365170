// LAYER: objects. Container constructors attributes.ts needs, wired by runtime.ts.
import type { PyObject } from '../memory/object.js';
const unwired = (n: string) => (): never => { throw new Error(`attrHooks.${n} not wired`); };
export const attrHooks = {
  newTupleSteal: unwired('newTupleSteal') as (items: PyObject[]) => PyObject,
  newTuple: unwired('newTuple') as (items: PyObject[]) => PyObject,
  newListSteal: unwired('newListSteal') as (items: PyObject[]) => PyObject,
  newDict: unwired('newDict') as () => PyObject,
  dictGetStr: unwired('dictGetStr') as (d: PyObject, k: string) => PyObject | null,
  dictSetStr: unwired('dictSetStr') as (d: PyObject, k: string, v: PyObject) => void,
  /** delete a str key; false when it was missing */
  dictDelStr: unwired('dictDelStr') as (d: PyObject, k: string) => boolean,
  /** the str keys of a dict */
  keys: unwired('keys') as (d: PyObject) => string[],
  notImplemented: unwired('notImplemented') as () => PyObject,
  moduleByName: unwired('moduleByName') as (name: string | null) => PyObject,
};
