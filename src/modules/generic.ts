// LAYER: modules. PEP 604 on types: int | None makes a types.UnionType, through type's `|`.
// The union type is written in Python (lib/_genericalias.py); this file connects type's nb_or
// to it, importing that module the first time a union is made. (list[int], PEP 585, is
// genericalias.ts.)

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { None } from '../objects/singletons.js';
import { TypeType } from '../objects/type.js';
import { NB_OR } from '../objects/slice.js';
import { builtinsHooks } from './builtinshooks.js';

/** _genericalias.union_or(a, b): a new reference (NotImplemented for operands it does not take) */
function unionOr(a: PyObject, b: PyObject): PyObject {
  const m = builtinsHooks.importModule('_genericalias', null, None, 0);
  let fn: PyObject;
  try {
    fn = A.getAttr(m, 'union_or');
  } finally {
    decref(m);
  }
  try {
    return A.call(fn, [a, b], null);
  } finally {
    decref(fn);
  }
}

export function installUnionOperator(): void {
  // type.__or__ / __ror__: int | str, None | int, list[int] | None
  TypeType.nb[NB_OR] = unionOr;
}
