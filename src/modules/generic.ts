// LAYER: modules. PEP 585 and PEP 604 on builtin types: list[int] (types.GenericAlias, through
// __class_getitem__ on list, dict, tuple, set, frozenset and type) and int | None
// (types.UnionType, through type's `|`). The two alias types are written in Python
// (lib/_genericalias.py); this file connects the builtin types to them, importing that module
// the first time an alias is made.

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { checkArity } from '../objects/args.js';
import { None } from '../objects/singletons.js';
import { classmethod } from '../objects/define.js';
import { TypeType, PyType } from '../objects/type.js';
import { ListType } from '../objects/list.js';
import { DictType } from '../objects/dict.js';
import { TupleType } from '../objects/tuple.js';
import { SetType, FrozenSetType } from '../objects/set.js';
import { NB_OR } from '../objects/slice.js';
import { builtinsHooks } from './builtinshooks.js';

/** call _genericalias.<name>(...args) (a new reference) */
function callHelper(name: string, args: PyObject[]): PyObject {
  const m = builtinsHooks.importModule('_genericalias', null, None, 0);
  let fn: PyObject;
  try {
    fn = A.getAttr(m, name);
  } finally {
    decref(m);
  }
  try {
    return A.call(fn, args, null);
  } finally {
    decref(fn);
  }
}

/** types.GenericAlias(origin, args): a new reference (for other types' __class_getitem__) */
export function newGenericAlias(origin: PyObject, args: PyObject): PyObject {
  return callHelper('GenericAlias', [origin, args]);
}

export function installGenericAliases(): void {
  for (const t of [ListType, DictType, TupleType, SetType, FrozenSetType, TypeType] as PyType[]) {
    // defined once only (a second definition would leak the first descriptor); asked of the
    // type's declarations, not typeLookup, whose cache would keep the negative answer
    if (t.defs.some((d) => d.name === '__class_getitem__')) continue;
    classmethod(t, '__class_getitem__', (cls, args, kw) => {
      checkArity('__class_getitem__', args, kw, 1, 1);
      return newGenericAlias(cls, args[0]);
    });
  }
  // type.__or__ / __ror__: int | str, None | int (the helper returns NotImplemented for others)
  TypeType.nb[NB_OR] = (a, b) => callHelper('union_or', [a, b]);
}
