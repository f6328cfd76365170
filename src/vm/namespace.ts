// LAYER: vm. Loading and storing names in the dicts that serve as namespaces (module globals,
// builtins, class bodies). Exact dicts are read through their DictTable directly (the fast path);
// any other mapping goes through the mapping protocol.

import { PyObject } from '../memory/object.js';
import { decref, incref } from '../memory/refcount.js';
import { DictTable } from '../objects/dicttable.js';
import { internStr, strHash } from '../objects/str.js';
import { getItem, setItem, delItem, isInstance } from '../objects/abstract.js';
import { PyErr, excType } from '../objects/errors.js';
import { track, isTracked } from '../memory/generations.js';
import { TPFLAGS_HAVE_GC, TPFLAGS_HEAPTYPE } from '../objects/type.js';

/** a dict whose table may be used directly: not an instance of a Python subclass of dict, whose
 * __getitem__/__setitem__/__delitem__ may be overridden (a __prepare__ namespace, as enum's) */
const isPlainDict = (d: PyObject): boolean => d.value instanceof DictTable && (d.type.flags & TPFLAGS_HEAPTYPE) === 0;

/** borrowed value or null */
export function nsLoad(d: PyObject, name: string): PyObject | null {
  if (isPlainDict(d)) return (d.value as DictTable).getStr(name);
  const k = internStr(name);
  try {
    const v = getItem(d, k);
    decref(v); // the mapping keeps it alive; callers treat the result as borrowed
    return v;
  } catch (e) {
    if (e instanceof PyErr && isInstance(e.exc, excType('KeyError'))) {
      decref(e.exc);
      return null;
    }
    throw e;
  } finally {
    decref(k);
  }
}

/** d[name] = v (borrowed v) */
export function nsStore(d: PyObject, name: string, v: PyObject): void {
  if (isPlainDict(d)) {
    const t = d.value as DictTable;
    const i = t.findStr(name);
    if (i >= 0) {
      const old = t.vals[i]!;
      incref(v);
      t.vals[i] = v;
      decref(old);
    } else {
      const k = internStr(name);
      t.set(k, strHash(k), v);
      decref(k);
    }
    if ((v.type.flags & TPFLAGS_HAVE_GC) && !isTracked(d) && isTrackableValue(v)) track(d);
    return;
  }
  const k = internStr(name);
  try {
    setItem(d, k, v);
  } finally {
    decref(k);
  }
}

/** MAINTAIN_TRACKING's test: could v be part of a cycle? */
function isTrackableValue(v: PyObject): boolean {
  if (v.type.name === 'tuple') return isTracked(v);
  return true;
}

/** del d[name]; false if absent */
export function nsDelete(d: PyObject, name: string): boolean {
  if (isPlainDict(d)) {
    const t = d.value as DictTable;
    const i = t.findStr(name);
    if (i < 0) return false;
    t.deleteEntry(i);
    return true;
  }
  const k = internStr(name);
  try {
    delItem(d, k);
    return true;
  } catch (e) {
    if (e instanceof PyErr && isInstance(e.exc, excType('KeyError'))) {
      decref(e.exc);
      return false;
    }
    throw e;
  } finally {
    decref(k);
  }
}
