// LAYER: modules. The `_weakref` module (CPython's Modules/_weakref.c): the weak reference types
// of objects/weakref.ts and the functions lib/weakref.py builds on.

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { checkArity } from '../objects/args.js';
import { raiseTypeError } from '../objects/errors.js';
import { None, none } from '../objects/singletons.js';
import { newInt } from '../objects/int.js';
import { newListSteal } from '../objects/list.js';
import { incref } from '../memory/refcount.js';
import { isDict, dictGetItem, dictDelItem } from '../objects/dict.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';
import { classmethod } from '../objects/define.js';
import { newGenericAlias } from './generic.js';
import {
  ReferenceType, ProxyType, CallableProxyType, newProxy, weakrefCount, weakrefsOf, isWeakref, supportsWeakrefs,
} from '../objects/weakref.js';

// weakref.ref[int]: types.GenericAlias (PEP 585)
classmethod(ReferenceType, '__class_getitem__', (cls, args, kwnames) => {
  checkArity('weakref.ReferenceType.__class_getitem__', args, kwnames, 1, 1);
  return newGenericAlias(cls, args[0]);
}, 'See PEP 585');

export function makeWeakrefModule(): PyObject {
  const m = newModule('_weakref', None);
  const set = (name: string, v: PyObject) => { moduleSet(m, name, v); decref(v); };
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) =>
    set(name, newBuiltinFunction(name, f, '_weakref'));

  fn('getweakrefcount', (args, kw) => {
    checkArity('_weakref.getweakrefcount', args, kw, 1, 1);
    return newInt(supportsWeakrefs(args[0].type) ? weakrefCount(args[0]) : 0);
  });
  fn('getweakrefs', (args, kw) => {
    checkArity('_weakref.getweakrefs', args, kw, 1, 1);
    const refs = weakrefsOf(args[0]);
    for (const r of refs) incref(r);
    return newListSteal(refs);
  });
  fn('proxy', (args, kw) => {
    checkArity('proxy', args, kw, 1, 2);
    return newProxy(args[0], args.length > 1 ? args[1] : null);
  });
  // delete d[key] if it is a dead weak reference (WeakValueDictionary's cleanup)
  fn('_remove_dead_weakref', (args, kw) => {
    checkArity('_remove_dead_weakref', args, kw, 2, 2);
    const [d, key] = args;
    if (!isDict(d)) raiseTypeError(`_remove_dead_weakref() argument 1 must be dict, not ${d.type.name}`);
    const v = dictGetItem(d, key);
    if (v !== null) {
      if (!isWeakref(v)) raiseTypeError('not a weakref');
      if (v.value === null) dictDelItem(d, key);
    }
    return none();
  });
  for (const [name, t] of [['ref', ReferenceType], ['ReferenceType', ReferenceType], ['ProxyType', ProxyType],
    ['CallableProxyType', CallableProxyType]] as const) {
    incref(t);
    set(name, t);
  }
  return m;
}
