// LAYER: vm. The structural pattern matching opcodes (PEP 634) of CPython 3.11's ceval.c:
//
//   GET_LEN         subject            -> subject, len(subject)
//   MATCH_MAPPING   subject            -> subject, bool   (type has Py_TPFLAGS_MAPPING)
//   MATCH_SEQUENCE  subject            -> subject, bool   (type has Py_TPFLAGS_SEQUENCE)
//   MATCH_KEYS      subject, keys      -> subject, keys, values-tuple | None
//   MATCH_CLASS(n)  subject, cls, names -> attrs-tuple | None
//
// The compiler (compiler/codegen_pattern.ts) does the rest with ordinary opcodes. These make the
// same temporary objects CPython does (the `seen` set, the attribute list, map.get's default
// object()), so gc counts and allocation statistics agree while a match runs.

import type { PyObject } from '../memory/object.js';
import { decref, xdecref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { raiseTypeError, raise, excType } from '../objects/errors.js';
import { none } from '../objects/singletons.js';
import { newBool } from '../objects/bool.js';
import { newInt } from '../objects/int.js';
import { StrType } from '../objects/str.js';
import { newSet, setAddKey, setContainsKey } from '../objects/set.js';
import { newList, listAppend, listAsTuple } from '../objects/list.js';
import { newTuple, TupleType } from '../objects/tuple.js';
import { PyType, TypeType, ObjectType } from '../objects/type.js';
import { TPFLAGS_SEQUENCE, TPFLAGS_MAPPING, TPFLAGS_MATCH_SELF } from '../objects/slice.js';

/** isinstance() with __instancecheck__, installed by the builtins module */
export const matchHooks = {
  isInstance: (o: PyObject, cls: PyObject): boolean => A.isInstance(o, cls as PyType),
};

export const getLen = (subject: PyObject): PyObject => newInt(A.len(subject));
export const matchMapping = (subject: PyObject): PyObject => newBool((subject.type.flags & TPFLAGS_MAPPING) !== 0);
export const matchSequence = (subject: PyObject): PyObject => newBool((subject.type.flags & TPFLAGS_SEQUENCE) !== 0);

/**
 * The values of `keys` (a tuple) in the mapping `subject`, read with subject.get(key, dummy) so a
 * defaultdict grows no keys; None when one is missing. A key given twice is a ValueError.
 */
export function matchKeys(subject: PyObject, keys: PyObject): PyObject {
  const wanted = keys.value as PyObject[];
  if (wanted.length === 0) return newTuple([]);
  const get = A.getAttr(subject, 'get');
  const seen = newSet([]);
  let dummy: PyObject | null = null;
  let values: PyObject | null = null;
  try {
    dummy = A.call(ObjectType, [], null);
    values = newList([]);
    for (const key of wanted) {
      if (setContainsKey(seen, key)) raise(excType('ValueError'), `mapping pattern checks duplicate key (${A.reprString(key)})`);
      setAddKey(seen, key);
      const value = A.call(get, [key, dummy], null);
      if (value === dummy) {
        decref(value);
        return none();
      }
      listAppend(values, value);
      decref(value);
    }
    return listAsTuple(values);
  } finally {
    xdecref(values);
    decref(get);
    decref(seen);
    xdecref(dummy);
  }
}

/**
 * match_class: isinstance(subject, cls), then the attributes the sub-patterns name: the first
 * `nargs` from cls.__match_args__ (or the subject itself for bool, int, str, list, ... which match
 * themselves), then `names`. A tuple of them, or None when the match fails.
 */
export function matchClass(subject: PyObject, cls: PyObject, nargs: number, names: PyObject): PyObject {
  if (!A.isInstance(cls, TypeType)) raiseTypeError('called match pattern must be a type');
  if (!matchHooks.isInstance(subject, cls)) return none();
  const type = cls as PyType;
  const seen = newSet([]);
  const attrs = newList([]);
  let matchArgs: PyObject | null = null;
  try {
    if (nargs > 0) {
      let matchSelf = false;
      matchArgs = A.getAttrOrNull(type, '__match_args__');
      if (matchArgs === null) {
        matchArgs = newTuple([]);
        matchSelf = (type.flags & TPFLAGS_MATCH_SELF) !== 0;
      } else if (matchArgs.type !== TupleType) {
        raiseTypeError(`${type.name}.__match_args__ must be a tuple (got ${matchArgs.type.name})`);
      }
      const positional = matchArgs.value as PyObject[];
      const allowed = matchSelf ? 1 : positional.length;
      if (allowed < nargs) {
        raiseTypeError(`${type.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
      }
      if (matchSelf) {
        listAppend(attrs, subject);
      } else {
        for (let i = 0; i < nargs; i++) {
          const name = positional[i];
          if (name.type !== StrType) {
            raiseTypeError(`__match_args__ elements must be strings (got ${name.type.name})`);
          }
          if (!appendAttr(attrs, subject, type, name, seen)) return none();
        }
      }
    }
    for (const name of names.value as PyObject[]) {
      if (!appendAttr(attrs, subject, type, name, seen)) return none();
    }
    return listAsTuple(attrs);
  } finally {
    xdecref(matchArgs);
    decref(seen);
    decref(attrs);
  }
}

/** match_class_attr: append subject.<name> to attrs; false when the subject has no such attribute */
function appendAttr(attrs: PyObject, subject: PyObject, type: PyType, name: PyObject, seen: PyObject): boolean {
  if (setContainsKey(seen, name)) {
    raiseTypeError(`${type.name}() got multiple sub-patterns for attribute ${A.reprString(name)}`);
  }
  setAddKey(seen, name);
  const attr = A.getAttrOrNull(subject, name.value as string);
  if (attr === null) return false;
  listAppend(attrs, attr);
  decref(attr);
  return true;
}
