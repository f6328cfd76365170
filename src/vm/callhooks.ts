// LAYER: vm. Constructors the VM needs from container types written in their own files, wired by
// the bootstrap (objects/bootstrap.ts).
import type { PyObject } from '../memory/object.js';
import { newCell } from '../objects/cell.js';

const unwired = (n: string) => (): never => { throw new Error(`callHooks.${n} not wired`); };

export const callHooks = {
  newTupleSteal: unwired('newTupleSteal') as (items: PyObject[]) => PyObject,
  newTuple: unwired('newTuple') as (items: PyObject[]) => PyObject,
  /** PySequence_Tuple */
  sequenceTuple: unwired('sequenceTuple') as (v: PyObject) => PyObject,
  newList: unwired('newList') as (items: PyObject[]) => PyObject,
  newListSteal: unwired('newListSteal') as (items: PyObject[]) => PyObject,
  listAppend: unwired('listAppend') as (l: PyObject, v: PyObject) => void,
  listExtend: unwired('listExtend') as (l: PyObject, it: PyObject) => void,
  newDict: unwired('newDict') as () => PyObject,
  newDictPresized: unwired('newDictPresized') as (n: number) => PyObject,
  dictSetItem: unwired('dictSetItem') as (d: PyObject, k: PyObject, v: PyObject) => void,
  dictSetStr: unwired('dictSetStr') as (d: PyObject, k: string, v: PyObject) => void,
  dictGetStr: unwired('dictGetStr') as (d: PyObject, k: string) => PyObject | null,
  dictUpdate: unwired('dictUpdate') as (d: PyObject, other: PyObject) => void,
  /** new references to the (key, value) pairs of a mapping */
  dictPairs: unwired('dictPairs') as (d: PyObject) => [PyObject, PyObject][],
  newSet: unwired('newSet') as (items: PyObject[]) => PyObject,
  setAdd: unwired('setAdd') as (s: PyObject, v: PyObject) => void,
  setUpdate: unwired('setUpdate') as (s: PyObject, it: PyObject) => void,
  newSlice: unwired('newSlice') as (a: PyObject, b: PyObject, c: PyObject) => PyObject,
  newFloat: unwired('newFloat') as (v: number) => PyObject,
  format: unwired('format') as (v: PyObject, spec: PyObject | null) => PyObject,
  newCell,
};
