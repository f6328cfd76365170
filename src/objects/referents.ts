// LAYER: objects. Names for the references objects hold, for heap snapshots (memory/stats.ts):
// traverse() tells which objects an object holds; this file, which knows the payloads, tells
// under which name:
//   dict (and subclasses)   a value under its key: property "key" for a str key, "[42]" for a number,
//                           "[<type>]" otherwise (the keys themselves stay unnamed 'hidden' edges)
//   instance attributes     property "x" from the instance's inline values; when the instance has a
//                           materialized __dict__: internal "__dict__" plus a shortcut "x" per attribute
//   module                  internal "__dict__" plus a shortcut per global
//   list, tuple, set        element edges by index (a set's in table order)
//   cell                    internal "cell_contents"
//   function, method, code, class: their attributes' names (__code__, __self__, co_consts[0], ...)
//   weakref                 a 'weak' edge "__referent__" (not counted: it keeps nothing alive)
// and a short text for value-like objects (a str's text, a number, a function's qualname, a class's
// name, a module's name). Installed into memory/ at import (setReferentNamer); it reads, never
// allocates or counts.

import type { PyObject } from '../memory/object.js';
import { setReferentNamer, type AddNamedReferent } from '../memory/stats.js';
import { PyType, TPFLAGS_HEAPTYPE, TPFLAGS_LIST_SUBCLASS, TPFLAGS_TUPLE_SUBCLASS, TPFLAGS_UNICODE_SUBCLASS,
  TPFLAGS_LONG_SUBCLASS, TPFLAGS_TYPE_SUBCLASS, isSubtype } from './type.js';
import { DictTable } from './dicttable.js';
import { InstanceValues } from './sharedkeys.js';
import { BoolType } from './int.js';
import { FloatType } from './float.js';
import { floatRepr } from './format.js';
import { CellType } from './cell.js';
import { FunctionType, type FunctionData } from './function.js';
import { MethodType } from './method.js';
import { ModuleType } from './module.js';
import { CodeType, Code } from './code.js';
import { isAnySet, setKeys } from './set.js';
import { isWeakref, WeakLink } from './weakref.js';

const MAX_TEXT = 200;

function isStr(o: PyObject): boolean {
  return (o.type.flags & TPFLAGS_UNICODE_SUBCLASS) !== 0 && typeof o.value === 'string';
}

function keyName(k: PyObject): string {
  if (isStr(k)) return k.value as string;
  const v = valueText(k);
  return v !== null ? `[${v}]` : `[${k.type.name}]`;
}

/** a table's values under their keys (a dict's entries, an instance's inline attributes) */
function nameEntries(t: DictTable, add: AddNamedReferent, kind: 'property' | 'shortcut'): void {
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k !== null) add(t.vals[i], kind, keyName(k));
  }
}

function valueText(o: PyObject): string | null {
  const t = o.type;
  if (isStr(o)) {
    const s = o.value as string;
    return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) + '...' : s;
  }
  if (t === BoolType) return o.value ? 'True' : 'False';
  if (t.flags & TPFLAGS_LONG_SUBCLASS) return String(o.value);
  if (t === FloatType || isSubtype(t, FloatType)) return floatRepr(o.value as number);
  if (t === FunctionType) {
    const q = (o.value as FunctionData).qualname;
    return isStr(q) ? q.value as string : null;
  }
  if (t === CodeType) return (o.value as Code).name;
  if (t.flags & TPFLAGS_TYPE_SUBCLASS) return (o as PyType).name;
  if (t === ModuleType || isSubtype(t, ModuleType)) {
    const v = o.value as { name?: unknown } | null;
    return v !== null && typeof v === 'object' && typeof v.name === 'string' ? v.name : null;
  }
  return null;
}

function nameReferents(o: PyObject, add: AddNamedReferent): void {
  const t = o.type;
  if (o.value instanceof DictTable) nameEntries(o.value, add, 'property');
  else if (t.flags & (TPFLAGS_LIST_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS)) {
    const items = o.value as (PyObject | null)[];
    for (let i = 0; i < items.length; i++) add(items[i], 'element', i);
  } else if (isAnySet(o)) {
    setKeys(o).forEach((k, i) => add(k, 'element', i));
  } else if (t === CellType) add(o.value as PyObject | null, 'internal', 'cell_contents');
  else if (t === FunctionType) {
    const d = o.value as FunctionData;
    add(d.code, 'internal', '__code__'); add(d.globals, 'internal', '__globals__');
    add(d.builtins, 'internal', '__builtins__'); add(d.name, 'internal', '__name__');
    add(d.qualname, 'internal', '__qualname__'); add(d.defaults, 'internal', '__defaults__');
    add(d.kwdefaults, 'internal', '__kwdefaults__'); add(d.closure, 'internal', '__closure__');
    add(d.doc, 'internal', '__doc__'); add(d.module, 'internal', '__module__');
    add(d.annotations, 'internal', '__annotations__');
  } else if (t === MethodType) {
    add(o.value as PyObject, 'internal', '__func__');
    add(o.aux as PyObject, 'internal', '__self__');
  } else if (t === CodeType) {
    (o.value as Code).consts.forEach((c, i) => add(c, 'internal', `co_consts[${i}]`));
    (o.value as Code).nameObjs.forEach((n) => add(n, 'internal', 'co_names'));
  } else if (isWeakref(o)) {
    add(o.value as PyObject | null, 'weak', '__referent__');
    if (o.aux instanceof WeakLink) add(o.aux.callback, 'internal', '__callback__');
  }
  if (t.flags & TPFLAGS_TYPE_SUBCLASS) {
    const cls = o as PyType;
    if (cls.flags & TPFLAGS_HEAPTYPE) add(cls.tpDict, 'internal', '__dict__');
  }
  // instance attributes
  if (o.values instanceof DictTable) nameEntries(o.values, add, 'property');
  else if (o.values instanceof InstanceValues) {
    const keys = o.type.cachedKeys, vals = o.values.vals;
    if (keys !== null) for (let i = 0; i < vals.length; i++) if (vals[i] !== null) add(vals[i], 'property', keyName(keys.names[i]));
  }
  else if (o.dict !== null && !(t.flags & TPFLAGS_TYPE_SUBCLASS)) {
    add(o.dict, 'internal', '__dict__');
    const instance = (t.flags & TPFLAGS_HEAPTYPE) !== 0 || t === ModuleType || isSubtype(t, ModuleType);
    if (instance && o.dict.value instanceof DictTable) nameEntries(o.dict.value, add, 'shortcut');
  }
}

setReferentNamer({ name: nameReferents, value: valueText });
