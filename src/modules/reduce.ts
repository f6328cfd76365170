// LAYER: modules. `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__` as CPython
// 3.11's typeobject.c computes them: what `copy` (and pickle) use to take apart a plain instance.
// They live in modules/ because the protocol-2 answer names functions of the Python module
// `copyreg` (lib/copyreg.py), which has to be imported.
//
//   obj.__reduce_ex__(proto)
//     |  the class overrides __reduce__?  -> call obj.__reduce__()
//     v
//   proto >= 2: (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems)
//               (copyreg.__newobj_ex__, (cls, args, kwargs), ...) when __getnewargs_ex__ gives kwargs
//   proto < 2:  copyreg._reduce_ex(obj, proto)
//
//   state: obj.__getstate__() when overridden; otherwise the instance __dict__ (None when empty),
//   paired with a dict of the __slots__ values when there are any: (dict_or_None, slots).

import { PyObject } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { raiseTypeError } from '../objects/errors.js';
import { None, none } from '../objects/singletons.js';
import { ObjectType, typeLookup } from '../objects/type.js';
import { method } from '../objects/define.js';
import { newInt } from '../objects/int.js';
import { isStr, newStr } from '../objects/str.js';
import { TupleType, newTupleSteal } from '../objects/tuple.js';
import { DictType, newDict, dictSetItemStr, dictLen } from '../objects/dict.js';
import { ListType } from '../objects/list.js';
import { instanceDict } from '../objects/object.js';
import { DictTable } from '../objects/dicttable.js';
import { InstanceValues } from '../objects/sharedkeys.js';
import { builtinsHooks } from './builtinshooks.js';

function importCopyreg(): PyObject {
  const fromlist = newTupleSteal([newStr('__newobj__')]);
  try {
    return builtinsHooks.importModule('copyreg', null, fromlist, 0);
  } finally {
    decref(fromlist);
  }
}

function copyregAttr(name: string): PyObject {
  const m = importCopyreg();
  try { return A.getAttr(m, name); } finally { decref(m); }
}

function instanceDictEmpty(o: PyObject): boolean {
  if (!o.type.hasDict) return true;
  if (o.dict !== null) return dictLen(o.dict) === 0;
  const table = o.values as DictTable | InstanceValues | null;
  return table === null || table.used === 0;
}

/** copyreg._slotnames(cls): the names of the __slots__ values (cached in cls.__dict__['__slotnames__']) */
function slotNamesOf(o: PyObject): PyObject {
  const fn = copyregAttr('_slotnames');
  try { return A.call1(fn, o.type); } finally { decref(fn); }
}

/** object_getstate_default: the instance dict (or None), with the slot values when there are any */
function defaultState(o: PyObject, required: boolean): PyObject {
  if (required && o.type.itemsize !== 0) raiseTypeError(`cannot pickle ${o.type.name} objects`);
  let state = instanceDictEmpty(o) ? none() : instanceDict(o);
  try {
    const names = slotNamesOf(o);
    try {
      const nameCount = names === None ? 0 : A.len(names);
      if (required) {
        let size = ObjectType.basicsize;
        if (o.type.hasDict) size += 8;
        if (o.type.hasWeakref) size += 8;
        size += 8 * nameCount;
        if (o.type.basicsize > size) raiseTypeError(`cannot pickle '${o.type.name}' object`);
      }
      if (nameCount > 0) {
        const slots = newDict();
        try {
          for (let i = 0; i < nameCount; i++) {
            const idx = newInt(i);
            let name: PyObject;
            try { name = A.getItem(names, idx); } finally { decref(idx); }
            try {
              if (!isStr(name)) raiseTypeError('__slotnames__ should be a list of str');
              const value = A.getAttrOrNull(o, name.value as string);
              if (value !== null) { dictSetItemStr(slots, name.value as string, value); decref(value); }
            } finally { decref(name); }
          }
          if (dictLen(slots) > 0) {
            const pair = newTupleSteal([state, slots]);
            state = pair;
            incref(slots);
          }
        } finally { decref(slots); }
      }
    } finally { decref(names); }
    const result = state;
    state = None;
    return result;
  } finally {
    if (state !== None) decref(state);
  }
}

let objectGetstateDescr: PyObject | null = null;
let objectReduceDescr: PyObject | null = null;

/** object_getstate: the default state unless the class overrides __getstate__ */
function getState(o: PyObject, required: boolean): PyObject {
  objectGetstateDescr ??= ObjectType.tpDict === null ? null : typeLookup(ObjectType, '__getstate__');
  const found = typeLookup(o.type, '__getstate__');
  if (found !== null && found === objectGetstateDescr) return defaultState(o, required);
  const fn = A.getAttr(o, '__getstate__');
  try { return A.call0(fn); } finally { decref(fn); }
}

/** _PyObject_GetNewArguments: [args tuple or null, kwargs dict or null] (new references) */
function newArguments(o: PyObject): [PyObject | null, PyObject | null] {
  const ex = A.lookupSpecial(o, '__getnewargs_ex__');
  if (ex !== null) {
    let r: PyObject;
    try { r = A.call0(ex); } finally { decref(ex); }
    try {
      if (!A.isInstance(r, TupleType)) raiseTypeError(`__getnewargs_ex__ should return a tuple, not '${r.type.name}'`);
      const items = r.value as PyObject[];
      if (items.length !== 2) raiseTypeError(`__getnewargs_ex__ should return a tuple of length 2, not ${items.length}`);
      const [args, kwargs] = items;
      if (!A.isInstance(args, TupleType)) raiseTypeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${args.type.name}'`);
      if (!A.isInstance(kwargs, DictType)) raiseTypeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${kwargs.type.name}'`);
      incref(args); incref(kwargs);
      return [args, kwargs];
    } finally { decref(r); }
  }
  const plain = A.lookupSpecial(o, '__getnewargs__');
  if (plain !== null) {
    let r: PyObject;
    try { r = A.call0(plain); } finally { decref(plain); }
    if (!A.isInstance(r, TupleType)) {
      const name = r.type.name;
      decref(r);
      raiseTypeError(`__getnewargs__ should return a tuple, not '${name}'`);
    }
    return [r, null];
  }
  return [null, null];
}

/** reduce_newobj: the protocol 2+ answer */
function reduceNewobj(o: PyObject): PyObject {
  if (o.type.new === null) raiseTypeError(`cannot pickle '${o.type.name}' object`);
  const [args, kwargs] = newArguments(o);
  const owned: PyObject[] = [];
  if (args !== null) owned.push(args);
  if (kwargs !== null) owned.push(kwargs);
  try {
    let newobj: PyObject, newargs: PyObject;
    if (kwargs === null || dictLen(kwargs) === 0) {
      newobj = copyregAttr('__newobj__');
      const items: PyObject[] = [o.type];
      if (args !== null) items.push(...(args.value as PyObject[]));
      for (const x of items) incref(x);
      newargs = newTupleSteal(items);
    } else {
      newobj = copyregAttr('__newobj_ex__');
      incref(o.type); incref(args!); incref(kwargs);
      newargs = newTupleSteal([o.type, args!, kwargs]);
    }
    const parts: PyObject[] = [newobj, newargs];
    try {
      const isList = A.isInstance(o, ListType), isDict = A.isInstance(o, DictType);
      parts.push(getState(o, !(args !== null || isList || isDict)));
      parts.push(isList ? A.getIter(o) : none());
      if (isDict) {
        const items = A.callMethod(o, 'items', []);
        try { parts.push(A.getIter(items)); } finally { decref(items); }
      } else {
        parts.push(none());
      }
    } catch (e) {
      for (const p of parts) decref(p);
      throw e;
    }
    return newTupleSteal(parts);
  } finally {
    for (const x of owned) decref(x);
  }
}

function commonReduce(o: PyObject, proto: number): PyObject {
  if (proto >= 2) return reduceNewobj(o);
  const fn = copyregAttr('_reduce_ex');
  const p = newInt(proto);
  try { return A.call(fn, [o, p], null); } finally { decref(fn); decref(p); }
}

method(ObjectType, '__reduce_ex__', (o, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError('object.__reduce_ex__() takes no keyword arguments');
  if (args.length !== 1) raiseTypeError(`object.__reduce_ex__() takes exactly one argument (${args.length} given)`);
  const proto = A.indexValue(args[0]);
  objectReduceDescr ??= typeLookup(ObjectType, '__reduce__');
  const reduce = A.getAttrOrNull(o, '__reduce__');
  if (reduce !== null) {
    try {
      const clsReduce = A.getAttr(o.type, '__reduce__');
      const overridden = clsReduce !== objectReduceDescr;
      decref(clsReduce);
      if (overridden) return A.call0(reduce);
    } finally { decref(reduce); }
  }
  return commonReduce(o, proto);
});

method(ObjectType, '__reduce__', (o, args, kwnames) => {
  if ((kwnames !== null && kwnames.length > 0) || args.length !== 0) {
    raiseTypeError(`object.__reduce__() takes no arguments (${args.length} given)`);
  }
  return commonReduce(o, 0);
});

method(ObjectType, '__getstate__', (o, args) => {
  if (args.length !== 0) raiseTypeError(`object.__getstate__() takes no arguments (${args.length} given)`);
  return defaultState(o, false);
});
