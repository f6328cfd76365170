// LAYER: objects. The dict type, its views and iterators (CPython's Objects/dictobject.c), on the
// compact-dict model of dicttable.ts.
//
//   dict                    value: the DictTable (entries in insertion order, CPython's sizes).
//                           basicsize 48, GC. Created UNTRACKED (PyDict_New, `{}`, and `dict()`
//                           which untracks after tp_alloc); tracked as soon as a key or value
//                           that may be tracked is stored (MAINTAIN_TRACKING: a GC object other
//                           than an untracked tuple; static types do not count). Untracking again
//                           is the collector's business. Free list of 80 exact dicts.
//                           __sizeof__ = basicsize + the keys object (0 for the shared empty keys).
//   dict_keys / dict_values / dict_items
//                           value: the dict (owned). basicsize 24, GC. `.mapping` is a
//                           mappingproxy of the dict (attributes.ts).
//   dict_(reverse)keyiterator / valueiterator / itemiterator
//                           value: DictIterData { dict (owned, null when exhausted), used, pos,
//                           len, result (the recycled (key, value) tuple, owned) }. 56, GC.
//
// Rules mirrored: insertdict / insert_to_emptydict / dict_merge (clone of a clean source into an
// empty dict, one big resize otherwise) / PyDict_Copy (clone when at most 1/3 of the entries are
// holes) / dict_new_presized (BUILD_MAP, kwargs) / popitem shrinking dk_nentries / fromkeys fast
// paths; iteration errors "dictionary changed size during iteration" and "dictionary keys changed
// during iteration"; entries released in entry order, key then value (clear, dealloc).
// Hashes may be numbers or (for large values) bigints — see tuple.ts.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, xdecref, newref, filled } from '../memory/refcount.js';
import { untrack, track, isTracked } from '../memory/generations.js';
import {
  PyType, staticType, hooks as typeHooksMain, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, TPFLAGS_DICT_SUBCLASS,
  TPFLAGS_HEAPTYPE, TypeType, EQ, NE, LT, LE, GT, GE, isSubtype,
} from './type.js';
import { allocate, allocateFrom, release, releaseTo, FreeList, settleFreeList } from './alloc.js';
import {
  raiseTypeError, raiseValueError, raiseRuntimeError, raiseKeyError, raise, excType, PyErr,
} from './errors.js';
import { None, notImplemented, none } from './singletons.js';
import { newBool } from './bool.js';
import { StrType, newStr, strHash, internStr } from './str.js';
import { newInt } from './int.js';
import {
  hash as objectHash, repr as objectRepr, richCompareBool, getIter, iterNext, getItem, setItem,
  getAttrOrNull, callMethod, lookupSpecial, call, contains as sequenceContains, len as objectLen,
  iterateToArray,
} from './abstract.js';
import { method, classmethod, getset } from './define.js';
import { newMappingProxy } from './attributes.js';
import { DictTable } from './dicttable.js';
import {
  checkArgs, errIs, reprEnter, reprLeave, registerLengthHint, TPFLAGS_MAPPING, TPFLAGS_MATCH_SELF,
  TPFLAGS_DISALLOW_INSTANTIATION, NB_AND, NB_OR, NB_SUBTRACT, NB_XOR,
} from './slice.js';
import { TupleType, newTupleSteal, newPair, isTuple } from './tuple.js';
import { ListType, newListSteal, sequenceFast, sequenceList } from './list.js';
import { recycleTuple } from './iterators.js';
import {
  SetType, FrozenSetType, isAnySet, makeNewSet, setUpdate, setAddKey, setEntries, setCallMethod,
} from './set.js';
import { objectHooks, hooksObject } from './object.js';
import { typeHooks } from './typehooks.js';
import { varargsMethod } from './tpcall.js';

export const DictType = staticType({
  name: 'dict', basicsize: 48,
  flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS | TPFLAGS_MAPPING | TPFLAGS_MATCH_SELF,
});

export const isDict = (o: PyObject): boolean => o.type === DictType || (o.type.flags & TPFLAGS_DICT_SUBCLASS) !== 0;

const dictFreeList = new FreeList(80, { name: 'free PyDictObject', size: 48, order: 10 });
export const settleDictFreeList = (n: number): void => settleFreeList(dictFreeList, DictType, 0, n);

/** the DictTable behind a dict (or dict subclass) */
export const dictTable = (d: PyObject): DictTable => d.value as DictTable;

/** new_dict: a dict object owning `t`, from the free list, untracked */
function newDictWithTable(t: DictTable): PyObject {
  return allocateFrom(dictFreeList, DictType, t, null, 0, false);
}

/** PyDict_New: an empty dict (shared empty keys), untracked */
export function newDict(): PyObject {
  return newDictWithTable(new DictTable());
}

/**
 * dict_new_presized(n, unicode). The default (unicode) gives the sizes CPython reaches for compiler
 * maps of up to 15 pairs whatever the keys; BUILD_MAP / BUILD_CONST_KEY_MAP should use
 * dictFromItems, which picks the kind from the keys as _PyDict_FromItems does.
 */
export function newDictPresized(n: number, unicode = true): PyObject {
  const t = new DictTable();
  t.presize(n, unicode);
  return newDictWithTable(t);
}

/** a key's hash (exact str: the cached str hash) */
export function keyHash(key: PyObject): number {
  return key.type === StrType ? strHash(key) : objectHash(key);
}

/** _PyObject_GC_MAY_BE_TRACKED */
export function mayBeTracked(o: PyObject): boolean {
  const t = o.type;
  if (!(t.flags & TPFLAGS_HAVE_GC)) return false;
  if (t === TupleType) return isTracked(o);
  if (t === TypeType || isSubtype(t, TypeType)) return ((o as PyType).flags & TPFLAGS_HEAPTYPE) !== 0;
  return true;
}

/** MAINTAIN_TRACKING */
function maintainTracking(d: PyObject, key: PyObject, value: PyObject): void {
  if (!isTracked(d) && (mayBeTracked(key) || mayBeTracked(value))) track(d);
}

/** insertdict with a known hash: borrowed key and value */
export function dictInsert(d: PyObject, key: PyObject, hash: number, value: PyObject): void {
  (d.value as DictTable).set(key, hash, value);
  maintainTracking(d, key, value);
}

/** PyDict_SetItem: borrowed key and value */
export function dictSetItem(d: PyObject, key: PyObject, value: PyObject): void {
  if (key.type === StrType) {
    // an exact str key of a plain indexed str table: found by its (cached) hash and text, its
    // value replaced, or a new entry appended without a second lookup
    const t = d.value as DictTable;
    const strIndex = t.strIndex;
    if (strIndex !== null && t.hashIndex === null) {
      const hash = strHash(key);
      const i = strIndex.getH(key.value as string, hash);
      if (i !== undefined) {
        maintainTracking(d, key, value);
        const old = t.vals[i]!;
        incref(value);
        t.vals[i] = value;
        decref(old);
        return;
      }
      if (t.layout === null && t.shared === null) {
        t.insertNewStr(key, hash, value);
        maintainTracking(d, key, value);
        return;
      }
    }
  }
  if ((key.type.flags & TPFLAGS_HEAPTYPE) !== 0) {
    // 3.11's PyDict_SetItem takes its references to the key and the value before it hashes the
    // key, so a __hash__ (or __eq__) sees one more
    incref(key);
    incref(value);
    try {
      dictInsert(d, key, keyHash(key), value);
    } finally {
      decref(key);
      decref(value);
    }
    return;
  }
  dictInsert(d, key, keyHash(key), value);
}

/**
 * STORE_SUBSCR_DICT (`d[k] = v` in quickened code): _PyDict_SetItem_Take2 takes over the stack's
 * references, so a __hash__ sees none more (unlike PyDict_SetItem)
 */
export function dictStoreSubscr(d: PyObject, key: PyObject, value: PyObject): void {
  if ((key.type.flags & TPFLAGS_HEAPTYPE) !== 0) dictInsert(d, key, keyHash(key), value);
  else dictSetItem(d, key, value);
}

/** PyDict_SetItemString (the key is interned) */
export function dictSetItemStr(d: PyObject, name: string, value: PyObject): void {
  const t = d.value as DictTable;
  const i = t.findStr(name);
  if (i >= 0) {
    const old = t.vals[i]!;
    incref(value);
    t.vals[i] = value;
    decref(old);
    maintainTracking(d, value, value);
    return;
  }
  const key = internStr(name);
  try {
    dictInsert(d, key, strHash(key), value);
  } finally {
    decref(key);
  }
}

/** PyDict_GetItemWithError: borrowed value or null; errors from __hash__/__eq__ propagate */
export function dictGetItem(d: PyObject, key: PyObject): PyObject | null {
  const t = d.value as DictTable;
  const i = key.type === StrType ? t.findExactStr(key) : t.find(key, objectHash(key));
  return i < 0 ? null : t.vals[i];
}

/**
 * d[key] of an exact dict (BINARY_SUBSCR; subclasses go through the getitem slot for __missing__)
 * as a new reference, or null when the key is missing: the interpreter loop makes the KeyError
 * itself and leaves by return, without a JS throw. Raises only what hashing and comparing the
 * key raise.
 */
export function dictLookup(d: PyObject, key: PyObject): PyObject | null {
  const t = d.value as DictTable;
  let i: number;
  if (key.type === StrType) {
    const strIndex = t.strIndex;
    if (strIndex !== null && t.hashIndex === null) {
      const j = strIndex.getH(key.value as string, strHash(key));
      i = j === undefined ? -1 : j;
    } else i = t.findExactStr(key);
  } else i = t.find(key, objectHash(key));
  if (i < 0) return null;
  const v = t.vals[i]!;
  v.refcnt++;
  return v;
}

/** borrowed value for a str key given as a JS string, or null */
export function dictGetItemStr(d: PyObject, name: string): PyObject | null {
  return (d.value as DictTable).getStr(name);
}

/** `key in d` */
export function dictContains(d: PyObject, key: PyObject): boolean {
  const t = d.value as DictTable;
  return (key.type === StrType ? t.findExactStr(key) : t.find(key, objectHash(key))) >= 0;
}

/** PyDict_DelItem: KeyError(key) when missing */
export function dictDelItem(d: PyObject, key: PyObject): void {
  const t = d.value as DictTable;
  const i = t.find(key, keyHash(key));
  if (i < 0) raiseKeyError(key);
  t.deleteEntry(i);
}

/** delete a str key; false when it was not there */
export function dictDelItemStr(d: PyObject, name: string): boolean {
  const t = d.value as DictTable;
  const i = t.findStr(name);
  if (i < 0) return false;
  t.deleteEntry(i);
  return true;
}

export function dictLen(d: PyObject): number {
  return (d.value as DictTable).used;
}

/** PyDict_Clear */
export function dictClear(d: PyObject): void {
  (d.value as DictTable).clear();
}

/** new references to the (key, value) pairs, in order (a snapshot) */
export function dictItemsArray(d: PyObject): [PyObject, PyObject][] {
  const t = d.value as DictTable;
  const out: [PyObject, PyObject][] = [];
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k !== null) {
      incref(k);
      incref(t.vals[i]!);
      out.push([k, t.vals[i]!]);
    }
  }
  return out;
}

/** the text of the dict's str keys, in order (no references taken; other keys are left out) */
export function dictStrKeys(d: PyObject): string[] {
  const t = d.value as DictTable;
  const out: string[] = [];
  for (const k of t.keys) if (k !== null && typeof k.value === 'string') out.push(k.value);
  return out;
}

/** PyDict_Keys / Values / Items: new lists */
export function dictKeysList(d: PyObject): PyObject {
  const t = d.value as DictTable;
  const out: PyObject[] = [];
  for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== null) out.push(newref(t.keys[i]!));
  return newListSteal(out);
}
export function dictValuesList(d: PyObject): PyObject {
  const t = d.value as DictTable;
  const out: PyObject[] = [];
  for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== null) out.push(newref(t.vals[i]!));
  return newListSteal(out);
}
export function dictItemsList(d: PyObject): PyObject {
  const t = d.value as DictTable;
  const out: PyObject[] = [];
  for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== null) out.push(newPair(t.keys[i]!, t.vals[i]!));
  return newListSteal(out);
}

/**
 * _PyDict_FromItems (BUILD_MAP / BUILD_CONST_KEY_MAP): presized, str-only table when every key is
 * an exact str; borrowed keys and values inserted in order.
 */
export function dictFromItems(keys: PyObject[], values: PyObject[]): PyObject {
  let unicode = true;
  for (let i = 0; i < keys.length; i++) if (keys[i].type !== StrType) { unicode = false; break; }
  const d = newDictPresized(keys.length, unicode);
  try {
    for (let i = 0; i < keys.length; i++) dictSetItem(d, keys[i], values[i]);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

/** PyDict_Copy */
export function dictCopy(o: PyObject): PyObject {
  const t = o.value as DictTable;
  if (t.used === 0) return newDict();
  if (o.type.iter === DictType.iter && t.used >= Math.floor((t.nentries * 2) / 3)) {
    const d = newDictWithTable(t.clone());
    if (isTracked(o)) track(d);
    return d;
  }
  const copy = newDict();
  try {
    dictMerge(copy, o, 1);
  } catch (e) {
    decref(copy);
    throw e;
  }
  return copy;
}

/**
 * dict_merge(a, b, override): override 1 replaces existing keys, 0 keeps them, 2 raises
 * KeyError(key) on a duplicate (used for f(**a, **b)). b: a dict (fast path) or any mapping with
 * keys() and __getitem__.
 */
export function dictMerge(a: PyObject, b: PyObject, override: number | boolean): void {
  if (typeof override === 'boolean') override = override ? 1 : 0;
  const mp = a.value as DictTable;
  if (isDict(b) && b.type.iter === DictType.iter) {
    const other = b.value as DictTable;
    if (b === a || other.used === 0) return;
    if (mp.used === 0) {
      override = 1;
      // a clean, combined source just built: clone it
      if (other.shared === null && other.used === other.nentries &&
          (other.log2size === 3 || Math.floor((2 * (other.size >> 1)) / 3) < other.used)) {
        const clone = other.clone();
        const old = a.value as DictTable;
        a.value = clone;
        old.clear();
        if (isTracked(b) && !isTracked(a)) track(a);
        return;
      }
    }
    if (Math.floor((2 * mp.size) / 3) < other.used) {
      mp.rebuild(Math.max(3, log2Estimate(mp.used + other.used)), other.unicode && mp.unicode);
    }
    const origSize = other.nentries;
    for (let i = 0; i < other.keys.length; i++) {
      const key = other.keys[i];
      if (key === null) continue;
      const value = other.vals[i]!;
      const hash = other.hashes[i];
      incref(key);
      incref(value);
      try {
        if (override === 1) dictInsert(a, key, hash, value);
        else if (mp.find(key, hash) < 0) dictInsert(a, key, hash, value);
        else if (override !== 0) raiseKeyError(key);
      } finally {
        decref(value);
        decref(key);
      }
      if (origSize !== other.nentries) raiseRuntimeError('dict mutated during update');
    }
    return;
  }
  // the generic way: keys() then b[key]
  const keys = mappingKeys(b);
  let it: PyObject;
  try {
    it = getIter(keys);
  } finally {
    decref(keys);
  }
  try {
    for (;;) {
      const key = iterNext(it);
      if (key === null) break;
      try {
        if (override !== 1 && dictContains(a, key)) {
          if (override === 0) continue;
          raiseKeyError(key);
        }
        const value = getItem(b, key);
        try {
          dictSetItem(a, key, value);
        } finally {
          decref(value);
        }
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** estimate_log2_keysize(n): log2 of the smallest power of two >= ((3n+1)/2 | 8) */
function log2Estimate(n: number): number {
  const m = ((3 * n + 1) >> 1) | 8;
  let k = 0;
  while ((1 << k) < m) k++;
  return k;
}

/** PyMapping_Keys: a list (new reference) */
export function mappingKeys(o: PyObject): PyObject {
  if (o.type === DictType) return dictKeysList(o);
  const out = callMethod(o, 'keys', []);
  if (out.type === ListType) return out;
  let it: PyObject;
  try {
    it = getIter(out);
  } catch (e) {
    if (errIs(e, 'TypeError')) {
      decref((e as PyErr).exc);
      const tn = out.type.name;
      decref(out);
      raiseTypeError(`${o.type.name}.keys() returned a non-iterable (type ${tn})`);
    }
    decref(out);
    throw e;
  }
  decref(out);
  try {
    return sequenceList(it);
  } finally {
    decref(it);
  }
}

/** PyDict_MergeFromSeq2: update from an iterable of pairs */
export function dictMergeFromSeq2(d: PyObject, seq2: PyObject, override: boolean): void {
  const it = getIter(seq2);
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(it);
      if (item === null) break;
      try {
        let fast: PyObject;
        try {
          fast = sequenceFast(item, '');
        } catch (e) {
          if (errIs(e, 'TypeError')) {
            decref((e as PyErr).exc);
            raiseTypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
        try {
          const items = fast.value as PyObject[];
          if (items.length !== 2) {
            raiseValueError(`dictionary update sequence element #${i} has length ${items.length}; 2 is required`);
          }
          const key = items[0], value = items[1];
          incref(key);
          incref(value);
          try {
            if (override) dictSetItem(d, key, value);
            else dictSetDefault(d, key, value);
          } finally {
            decref(key);
            decref(value);
          }
        } finally {
          decref(fast);
        }
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

/** dict_update_arg: dict, mapping (has keys()), or iterable of pairs */
export function dictUpdateArg(self: PyObject, arg: PyObject): void {
  if (arg.type === DictType) {
    dictMerge(self, arg, 1);
    return;
  }
  const keys = getAttrOrNull(arg, 'keys');
  if (keys !== null) {
    decref(keys);
    dictMerge(self, arg, 1);
    return;
  }
  dictMergeFromSeq2(self, arg, true);
}

/** the kwargs dict the call machinery builds for f(**kw)-style methods (_PyStack_AsDict) */
function kwargsDict(args: PyObject[], kwnames: string[]): PyObject {
  const d = newDictPresized(kwnames.length, true);
  const base = args.length - kwnames.length;
  try {
    for (let k = 0; k < kwnames.length; k++) {
      const key = internStr(kwnames[k]);
      try {
        dictSetItem(d, key, args[base + k]);
      } finally {
        decref(key);
      }
    }
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

/** dict_update_common: (arg, **kwds) */
function dictUpdateCommon(self: PyObject, args: PyObject[], kwnames: string[] | null, methname: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) raiseTypeError(`${methname} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateArg(self, args[0]);
  if (nkw > 0) {
    const kw = kwargsDict(args, kwnames!);
    try {
      dictMerge(self, kw, 1);
    } finally {
      decref(kw);
    }
  }
}

/** PyDict_SetDefault: the (borrowed) value now stored for key */
export function dictSetDefault(d: PyObject, key: PyObject, dflt: PyObject): PyObject {
  const t = d.value as DictTable;
  const hash = keyHash(key);
  if (t.unicode && key.type !== StrType && t.log2size !== 0) t.rebuild(log2Of(t.used * 3), false);
  const i = t.find(key, hash);
  if (i >= 0) return t.vals[i]!;
  dictInsert(d, key, hash, dflt);
  return dflt;
}

function log2Of(minsize: number): number {
  const m = minsize | 8;
  let k = 0;
  while ((1 << k) < m) k++;
  return k;
}

/** _PyDict_Pop: a new reference to the removed value, or to dflt, or KeyError */
export function dictPop(d: PyObject, key: PyObject, dflt: PyObject | null): PyObject {
  const t = d.value as DictTable;
  if (t.used === 0) {
    if (dflt !== null) return newref(dflt);
    raiseKeyError(key);
  }
  const i = t.find(key, keyHash(key));
  if (i < 0) {
    if (dflt !== null) return newref(dflt);
    raiseKeyError(key);
  }
  const [k, v] = t.takeEntry(i);
  decref(k);
  return v;
}

// ================================================================ slots

function dictDealloc(o: PyObject): void {
  untrack(o);
  const t = o.value as DictTable;
  t.clear();
  if (o.type === DictType) releaseTo(dictFreeList, o);
  else release(o);
}

DictType.dealloc = dictDealloc;
DictType.traverse = (o: PyObject, visit: Visit) => {
  const t = o.value as DictTable;
  if (t.shared !== null) {
    // a split table's keys belong to the shared keys (sharedkeys.ts counts them for the audit)
    for (const v of t.valuesByKeyIndex()) visit(v);
    return;
  }
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k !== null) {
      visit(t.vals[i]!);
      visit(k);
    }
  }
};
DictType.clear = (o) => (o.value as DictTable).clear();
DictType.sizeof = (o) => o.type.basicsize + (o.value as DictTable).keysBytes();
DictType.len = (o) => (o.value as DictTable).used;

DictType.getitem = (mp, key) => {
  const v = dictGetItem(mp, key);
  if (v !== null) return newref(v);
  if (mp.type !== DictType) {
    const missing = lookupSpecial(mp, '__missing__');
    if (missing !== null) {
      try {
        return call(missing, [key], null);
      } finally {
        decref(missing);
      }
    }
  }
  return raiseKeyError(key);
};

DictType.setitem = (mp, key, value) => {
  if (value === null) dictDelItem(mp, key);
  else dictSetItem(mp, key, value);
};

DictType.contains = (mp, key) => dictContains(mp, key);

DictType.repr = (mp) => {
  const t = mp.value as DictTable;
  if (!reprEnter(mp)) return newStr('{...}');
  try {
    if (t.used === 0) return newStr('{}');
    const parts: string[] = [];
    for (let i = 0; i < (mp.value as DictTable).keys.length; i++) {
      const tt = mp.value as DictTable;
      const key = tt.keys[i];
      if (key === null || key === undefined) continue;
      const value = tt.vals[i]!;
      incref(key);
      incref(value);
      try {
        const kr = objectRepr(key);
        const ks = kr.value as string;
        decref(kr);
        const vr = objectRepr(value);
        const vs = vr.value as string;
        decref(vr);
        parts.push(`${ks}: ${vs}`);
      } finally {
        decref(key);
        decref(value);
      }
    }
    return newStr(`{${parts.join(', ')}}`);
  } finally {
    reprLeave(mp);
  }
};

/** dict_equal */
function dictEqual(a: PyObject, b: PyObject): boolean {
  const ta = a.value as DictTable;
  if (ta.used !== (b.value as DictTable).used) return false;
  for (let i = 0; i < (a.value as DictTable).keys.length; i++) {
    const t = a.value as DictTable;
    const key = t.keys[i];
    if (key === null || key === undefined) continue;
    const aval = t.vals[i]!;
    incref(aval);
    incref(key);
    try {
      const bval = (b.value as DictTable).get(key, t.hashes[i]);
      if (bval === null) return false;
      incref(bval);
      try {
        if (!richCompareBool(aval, bval, EQ)) return false;
      } finally {
        decref(bval);
      }
    } finally {
      decref(key);
      decref(aval);
    }
  }
  return true;
}

DictType.richcompare = (v, w, op) => {
  if (!isDict(v) || !isDict(w) || (op !== EQ && op !== NE)) return notImplemented();
  const eq = dictEqual(v, w);
  return newBool(op === EQ ? eq : !eq);
};

DictType.nb[NB_OR] = (a, b) => {
  if (!isDict(a) || !isDict(b)) return notImplemented();
  const n = dictCopy(a);
  try {
    dictUpdateArg(n, b);
  } catch (e) {
    decref(n);
    throw e;
  }
  return n;
};
DictType.nbInplace[NB_OR] = (a, b) => {
  dictUpdateArg(a, b);
  return newref(a);
};

DictType.new = (type, _args, _kwnames) => {
  // dict_new: tp_alloc tracks; an exact dict is untracked again
  const d = allocate(type, new DictTable(), null, 0, true);
  if (type === DictType) untrack(d);
  return d;
};

DictType.init = (self, args, kwnames) => {
  if (self.type === DictType) {
    // dict_vectorcall: one positional argument, then each keyword inserted in order
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (npos > 1) raiseTypeError(`dict expected at most 1 argument, got ${npos}`);
    if (npos === 1) dictUpdateArg(self, args[0]);
    for (let k = 0; k < nkw; k++) {
      const key = internStr(kwnames![k]);
      try {
        dictSetItem(self, key, args[npos + k]);
      } finally {
        decref(key);
      }
    }
    return;
  }
  dictUpdateCommon(self, args, kwnames, 'dict');
};

DictType.iter = (d) => newDictIter(d, KIND_KEYS, false);

// ================================================================ methods

method(DictType, 'keys', (self, args, kwnames) => {
  checkArgs('dict.keys', 'keys', args, kwnames, 0, 0);
  return newView(DictKeysType, self);
});
method(DictType, 'values', (self, args, kwnames) => {
  checkArgs('dict.values', 'values', args, kwnames, 0, 0);
  return newView(DictValuesType, self);
});
method(DictType, 'items', (self, args, kwnames) => {
  checkArgs('dict.items', 'items', args, kwnames, 0, 0);
  return newView(DictItemsType, self);
});

method(DictType, 'get', (self, args, kwnames) => {
  checkArgs('dict.get', 'get', args, kwnames, 1, 2);
  const v = dictGetItem(self, args[0]);
  if (v !== null) return newref(v);
  return newref(args.length > 1 ? args[1] : None);
});

method(DictType, 'setdefault', (self, args, kwnames) => {
  checkArgs('dict.setdefault', 'setdefault', args, kwnames, 1, 2);
  return newref(dictSetDefault(self, args[0], args.length > 1 ? args[1] : None));
});

method(DictType, 'pop', (self, args, kwnames) => {
  checkArgs('dict.pop', 'pop', args, kwnames, 1, 2);
  return dictPop(self, args[0], args.length > 1 ? args[1] : null);
});

method(DictType, 'popitem', (self, args, kwnames) => {
  checkArgs('dict.popitem', 'popitem', args, kwnames, 0, 0);
  const t = self.value as DictTable;
  if (t.used === 0) raise(excType('KeyError'), 'popitem(): dictionary is empty');
  // a split table becomes combined first, at its size
  if (t.shared !== null) t.rebuild(t.log2size, true);
  let i = t.nentries - 1;
  while (i >= 0 && t.keys[i] === null) i--;
  const [key, value] = t.takeEntry(i);
  t.truncate(i);
  return newTupleSteal([key, value]);
});

method(DictType, 'update', varargsMethod((self, args, kwnames) => {
  dictUpdateCommon(self, args, kwnames, 'update');
  return none();
}));

method(DictType, 'clear', (self, args, kwnames) => {
  checkArgs('dict.clear', 'clear', args, kwnames, 0, 0);
  dictClear(self);
  return none();
});

method(DictType, 'copy', (self, args, kwnames) => {
  checkArgs('dict.copy', 'copy', args, kwnames, 0, 0);
  return dictCopy(self);
});

method(DictType, '__reversed__', (self, args, kwnames) => {
  checkArgs('dict.__reversed__', '__reversed__', args, kwnames, 0, 0);
  return newDictIter(self, KIND_KEYS, true);
});

/** _PyDict_FromKeys */
export function dictFromKeys(cls: PyObject, iterable: PyObject, value: PyObject): PyObject {
  const d = call(cls, [], null);
  try {
    if (d.type === DictType) {
      if (iterable.type === DictType) {
        const src = iterable.value as DictTable;
        (d.value as DictTable).rebuild(log2Estimate(src.used), src.unicode);
        for (let i = 0; i < src.keys.length; i++) {
          const k = src.keys[i];
          if (k !== null) dictInsert(d, k, src.hashes[i], value);
        }
        return d;
      }
      if (iterable.type === SetType || iterable.type === FrozenSetType) {
        const entries = setEntries(iterable);
        (d.value as DictTable).rebuild(log2Estimate(entries.length), false);
        for (const [k, h] of entries) dictInsert(d, k, h, value);
        return d;
      }
    }
    const it = getIter(iterable);
    try {
      for (;;) {
        const key = iterNext(it);
        if (key === null) break;
        try {
          if (d.type === DictType) dictSetItem(d, key, value);
          else setItem(d, key, value);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

classmethod(DictType, 'fromkeys', (cls, args, kwnames) => {
  checkArgs('dict.fromkeys', 'fromkeys', args, kwnames, 1, 2);
  return dictFromKeys(cls, args[0], args.length > 1 ? args[1] : None);
});

// ================================================================ iterators

const KIND_KEYS = 0, KIND_VALUES = 1, KIND_ITEMS = 2;

interface DictIterData {
  dict: PyObject | null;
  used: number;
  pos: number;
  len: number;
  result: PyObject | null;
  kind: number;
  reverse: boolean;
}

const ITER_FLAGS = TPFLAGS_HAVE_GC | TPFLAGS_DISALLOW_INSTANTIATION;
export const DictKeyIterType = staticType({ name: 'dict_keyiterator', basicsize: 56, flags: ITER_FLAGS });
export const DictValueIterType = staticType({ name: 'dict_valueiterator', basicsize: 56, flags: ITER_FLAGS });
export const DictItemIterType = staticType({ name: 'dict_itemiterator', basicsize: 56, flags: ITER_FLAGS });
export const DictRevKeyIterType = staticType({ name: 'dict_reversekeyiterator', basicsize: 56, flags: ITER_FLAGS });
export const DictRevValueIterType = staticType({ name: 'dict_reversevalueiterator', basicsize: 56, flags: ITER_FLAGS });
export const DictRevItemIterType = staticType({ name: 'dict_reverseitemiterator', basicsize: 56, flags: ITER_FLAGS });
const ITER_TYPES = [
  [DictKeyIterType, DictValueIterType, DictItemIterType],
  [DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType],
];

/** dictiter_new */
function newDictIter(d: PyObject, kind: number, reverse: boolean): PyObject {
  const t = d.value as DictTable;
  incref(d);
  const data: DictIterData = {
    dict: d, used: t.used, len: t.used, pos: reverse ? t.nentries - 1 : 0, result: null, kind, reverse,
  };
  const it = allocate(ITER_TYPES[reverse ? 1 : 0][kind], data, null, 0, false);
  if (kind === KIND_ITEMS) {
    incref(None); incref(None);
    data.result = newTupleSteal([None, None]);
  }
  track(it);
  return it;
}

function dictIterExhaust(data: DictIterData): null {
  const d = data.dict!;
  data.dict = null;
  decref(d);
  return null;
}

function dictIterNext(it: PyObject): PyObject | null {
  const data = it.value as DictIterData;
  const d = data.dict;
  if (d === null) return null;
  const t = d.value as DictTable;
  if (data.used !== t.used) {
    data.used = -1;
    raiseRuntimeError('dictionary changed size during iteration');
  }
  let i = data.pos;
  let key: PyObject, value: PyObject;
  if (!data.reverse) {
    const n = t.keys.length;
    while (i < n && t.keys[i] === null) i++;
    if (i >= n) return dictIterExhaust(data);
    if (data.len === 0) {
      dictIterExhaust(data);
      raiseRuntimeError('dictionary keys changed during iteration');
    }
    data.pos = i + 1;
  } else {
    if (i < 0) return dictIterExhaust(data);
    while (t.keys[i] === null || t.keys[i] === undefined) {
      if (--i < 0) return dictIterExhaust(data);
    }
    data.pos = i - 1;
  }
  data.len--;
  key = t.keys[i]!;
  value = t.vals[i]!;
  switch (data.kind) {
    case KIND_KEYS: return newref(key);
    case KIND_VALUES: return newref(value);
    default:
      incref(key);
      incref(value);
      return recycleTuple(data.result, [key, value]);
  }
}

function dictIterHint(it: PyObject): number {
  const data = it.value as DictIterData;
  if (data.dict !== null && data.used === (data.dict.value as DictTable).used) return data.len;
  return 0;
}

for (const row of ITER_TYPES) {
  for (const T of row) {
    T.iter = (o) => newref(o);
    T.iternext = dictIterNext;
    T.dealloc = (o) => {
      untrack(o);
      const data = o.value as DictIterData;
      const d = data.dict, r = data.result;
      data.dict = null;
      data.result = null;
      xdecref(d);
      xdecref(r);
      release(o);
    };
    T.traverse = (o: PyObject, visit: Visit) => {
      const data = o.value as DictIterData;
      if (data.dict !== null) visit(data.dict);
      if (data.result !== null) visit(data.result);
    };
    registerLengthHint(T, dictIterHint);
    method(T, '__length_hint__', (self, args, kwnames) => {
      checkArgs(`${T.name}.__length_hint__`, '__length_hint__', args, kwnames, 0, 0);
      return newInt(dictIterHint(self));
    });
  }
}

// ================================================================ views

export const DictKeysType = staticType({ name: 'dict_keys', basicsize: 24, flags: ITER_FLAGS });
export const DictValuesType = staticType({ name: 'dict_values', basicsize: 24, flags: ITER_FLAGS });
export const DictItemsType = staticType({ name: 'dict_items', basicsize: 24, flags: ITER_FLAGS });

/** _PyDictView_New */
function newView(type: PyType, d: PyObject): PyObject {
  incref(d);
  return allocate(type, d, null);
}

const isSetView = (o: PyObject): boolean => o.type === DictKeysType || o.type === DictItemsType;

const VIEW_KIND = new Map<PyType, number>([[DictKeysType, KIND_KEYS], [DictValuesType, KIND_VALUES], [DictItemsType, KIND_ITEMS]]);

function dictItemsContains(dv: PyObject, obj: PyObject): boolean {
  if (!isTuple(obj) || (obj.value as PyObject[]).length !== 2) return false;
  const [key, value] = obj.value as PyObject[];
  const found = dictGetItem(dv.value as PyObject, key);
  if (found === null) return false;
  incref(found);
  try {
    return richCompareBool(found, value, EQ);
  } finally {
    decref(found);
  }
}

for (const T of [DictKeysType, DictValuesType, DictItemsType]) {
  const kind = VIEW_KIND.get(T)!;
  T.len = (o) => ((o.value as PyObject).value as DictTable).used;
  T.iter = (o) => newDictIter(o.value as PyObject, kind, false);
  T.dealloc = (o) => {
    untrack(o);
    const d = o.value as PyObject;
    o.value = null;
    decref(d);
    release(o);
  };
  T.traverse = (o: PyObject, visit: Visit) => { if (o.value !== null) visit(o.value); };
  T.repr = (o) => {
    if (!reprEnter(o)) return newStr('...');
    try {
      const seq = sequenceList(o);
      try {
        const r = objectRepr(seq);
        const s = r.value as string;
        decref(r);
        return newStr(`${T.name}(${s})`);
      } finally {
        decref(seq);
      }
    } finally {
      reprLeave(o);
    }
  };
  method(T, '__reversed__', (self, args, kwnames) => {
    checkArgs(`${T.name}.__reversed__`, '__reversed__', args, kwnames, 0, 0);
    return newDictIter(self.value as PyObject, kind, true);
  });
  getset(T, 'mapping', (self) => newMappingProxy(self.value as PyObject));
}

DictKeysType.contains = (dv, key) => dictContains(dv.value as PyObject, key);
DictItemsType.contains = dictItemsContains;

/** all_contained_in */
function allContainedIn(self: PyObject, other: PyObject): boolean {
  const it = getIter(self);
  try {
    for (;;) {
      const next = iterNext(it);
      if (next === null) return true;
      let ok: boolean;
      try {
        ok = sequenceContains(other, next);
      } finally {
        decref(next);
      }
      if (!ok) return false;
    }
  } finally {
    decref(it);
  }
}

function viewRichCompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (!isAnySet(other) && !isSetView(other)) return notImplemented();
  const lenSelf = objectLen(self), lenOther = objectLen(other);
  let ok = false;
  switch (op) {
    case NE:
    case EQ:
      if (lenSelf === lenOther) ok = allContainedIn(self, other);
      if (op === NE) ok = !ok;
      break;
    case LT: if (lenSelf < lenOther) ok = allContainedIn(self, other); break;
    case LE: if (lenSelf <= lenOther) ok = allContainedIn(self, other); break;
    case GT: if (lenSelf > lenOther) ok = allContainedIn(other, self); break;
    case GE: if (lenSelf >= lenOther) ok = allContainedIn(other, self); break;
  }
  return newBool(ok);
}

/** dictviews_to_set */
function viewToSet(self: PyObject): PyObject {
  let left = self;
  if (self.type === DictKeysType && (self.value as PyObject).type === DictType) left = self.value as PyObject;
  return makeNewSet(SetType, left);
}

function viewSub(a: PyObject, b: PyObject): PyObject {
  return filled(viewToSet(a), (r) => { decref(setCallMethod(r, 'difference_update', b)); });
}

function viewOr(a: PyObject, b: PyObject): PyObject {
  return filled(viewToSet(a), (r) => { setUpdate(r, b); });
}

/** _PyDictView_Intersect */
function viewAnd(self: PyObject, other: PyObject): PyObject {
  if (!isSetView(self)) {
    const t = self; self = other; other = t;
  }
  const lenSelf = objectLen(self);
  if (other.type === SetType && lenSelf <= objectLen(other)) {
    return setCallMethod(other, 'intersection', self);
  }
  if (isSetView(other)) {
    const lenOther = objectLen(other);
    if (lenOther > lenSelf) {
      const t = self; self = other; other = t;
    }
  }
  const result = makeNewSet(SetType, null);
  try {
    const it = getIter(other);
    try {
      const containsFn = self.type === DictKeysType
        ? (k: PyObject) => dictContains(self.value as PyObject, k)
        : (k: PyObject) => dictItemsContains(self, k);
      for (;;) {
        const key = iterNext(it);
        if (key === null) break;
        try {
          if (containsFn(key)) setAddKey(result, key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** dictitems_xor */
function itemsXor(self: PyObject, other: PyObject): PyObject {
  const d1 = self.value as PyObject, d2 = other.value as PyObject;
  const temp = dictCopy(d1);
  let result: PyObject | null = null;
  try {
    result = makeNewSet(SetType, null);
    const t2 = d2.value as DictTable;
    for (let i = 0; i < t2.keys.length; i++) {
      const key = t2.keys[i];
      if (key === null || key === undefined) continue;
      const val2 = t2.vals[i]!, hash = t2.hashes[i];
      incref(key);
      incref(val2);
      try {
        const tt = temp.value as DictTable;
        const j = tt.find(key, hash);
        let toDelete = false;
        if (j >= 0) {
          const val1 = tt.vals[j]!;
          incref(val1);
          try {
            toDelete = richCompareBool(val1, val2, EQ);
          } finally {
            decref(val1);
          }
        }
        if (toDelete) {
          const k = tt.find(key, hash);
          if (k < 0) raiseKeyError(key);
          tt.deleteEntry(k);
        } else {
          const pair = newPair(key, val2);
          try {
            setAddKey(result, pair);
          } finally {
            decref(pair);
          }
        }
      } finally {
        decref(key);
        decref(val2);
      }
    }
    const remaining = newView(DictItemsType, temp);
    try {
      setUpdate(result, remaining);
    } finally {
      decref(remaining);
    }
    return result;
  } catch (e) {
    if (result !== null) decref(result);
    throw e;
  } finally {
    decref(temp);
  }
}

function viewXor(a: PyObject, b: PyObject): PyObject {
  if (a.type === DictItemsType && b.type === DictItemsType) return itemsXor(a, b);
  return filled(viewToSet(a), (r) => { decref(setCallMethod(r, 'symmetric_difference_update', b)); });
}

/** dictviews_isdisjoint */
function viewIsDisjoint(self: PyObject, other: PyObject): boolean {
  if (self === other) return objectLen(self) === 0;
  if (isAnySet(other) || isSetView(other)) {
    const lenSelf = objectLen(self);
    const lenOther = objectLen(other);
    if (lenOther > lenSelf) {
      const t = other; other = self; self = t;
    }
  }
  const it = getIter(other);
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) return true;
      let c: boolean;
      try {
        c = sequenceContains(self, item);
      } finally {
        decref(item);
      }
      if (c) return false;
    }
  } finally {
    decref(it);
  }
}

for (const T of [DictKeysType, DictItemsType]) {
  T.richcompare = viewRichCompare;
  T.nb[NB_SUBTRACT] = viewSub;
  T.nb[NB_AND] = viewAnd;
  T.nb[NB_OR] = viewOr;
  T.nb[NB_XOR] = viewXor;
  method(T, 'isdisjoint', (self, args, kwnames) => {
    checkArgs(`${T.name}.isdisjoint`, 'isdisjoint', args, kwnames, 1, 1);
    return newBool(viewIsDisjoint(self, args[0]));
  });
}

// ================================================================ bootstrap

/** wrap an existing attribute table in a dict (an instance's __dict__ materialised) */
export function dictFromTable(t: DictTable): PyObject {
  const d = newDictWithTable(t);
  for (let i = 0; i < t.keys.length; i++) {
    if (t.keys[i] !== null && mayBeTracked(t.vals[i]!)) {
      track(d);
      break;
    }
  }
  return d;
}

/**
 * Install the dict hooks the lower files use: type.ts attribute lookup (hooks.dictGetStr), the
 * instance-dict helpers of object.ts, and typeobject.ts's dict operations. Called once by the
 * bootstrap before any type dict is read.
 */
export function initDict(): void {
  typeHooksMain.dictGetStr = dictGetItemStr;
  objectHooks.dictFromTable = dictFromTable;
  hooksObject.maintainTracking = (d, v) => maintainTracking(d, v, v);
  typeHooks.dictGetStr = dictGetItemStr;
  typeHooks.dictSetStr = dictSetItemStr;
  typeHooks.dictDelStr = dictDelItemStr;
  typeHooks.dictCopy = dictCopy;
  typeHooks.dictClear = dictClear;
  typeHooks.dictItems = dictItemsArray;
  typeHooks.dictType = () => DictType;
  typeHooks.iterate = iterateToArray;
}

