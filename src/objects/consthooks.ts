// LAYER: objects. Constructors code.ts needs from types written in their own files; wired by the
// bootstrap so that code.ts does not depend on every type's file.
import type { PyObject } from '../memory/object.js';

export const constHooks = {
  newFloat: (_v: number): PyObject => { throw new Error('newFloat not wired'); },
  newComplex: (_re: number, _im: number): PyObject => { throw new Error('newComplex not wired'); },
  newBytes: (_v: Uint8Array): PyObject => { throw new Error('newBytes not wired'); },
  newTupleSteal: (_items: PyObject[]): PyObject => { throw new Error('newTupleSteal not wired'); },
  newFrozenSet: (_items: PyObject[]): PyObject => { throw new Error('newFrozenSet not wired'); },
};
