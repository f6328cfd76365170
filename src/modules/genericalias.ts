// LAYER: modules. `list[int]`, `dict[str, int]`, `type[int]`: the builtin containers'
// __class_getitem__, which make a `types.GenericAlias` (the class itself is written in Python,
// lib/types.py, so this file only imports it and calls it).

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { hooksAbstract } from '../objects/abstract.js';
import { raiseTypeError } from '../objects/errors.js';
import { classmethod } from '../objects/define.js';
import { newStr } from '../objects/str.js';
import { newTupleSteal, TupleType } from '../objects/tuple.js';
import { ListType } from '../objects/list.js';
import { DictType } from '../objects/dict.js';
import { SetType, FrozenSetType } from '../objects/set.js';
import { builtinsHooks } from './builtinshooks.js';

/** types.GenericAlias(origin, item): a new reference */
export function newGenericAlias(origin: PyObject, item: PyObject): PyObject {
  const fromlist = newTupleSteal([newStr('GenericAlias')]);
  let types: PyObject;
  try { types = builtinsHooks.importModule('types', null, fromlist, 0); } finally { decref(fromlist); }
  let cls: PyObject;
  try { cls = A.getAttr(types, 'GenericAlias'); } finally { decref(types); }
  try { return A.call(cls, [origin, item], null); } finally { decref(cls); }
}

hooksAbstract.genericAlias = newGenericAlias;

for (const t of [ListType, DictType, TupleType, SetType, FrozenSetType]) {
  classmethod(t, '__class_getitem__', (cls, args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 1) {
      raiseTypeError(`${t.name}.__class_getitem__() takes exactly one argument (${args.length} given)`);
    }
    return newGenericAlias(cls, args[0]);
  }, 'See PEP 585');
}
