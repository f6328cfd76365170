// LAYER: objects. set and frozenset (CPython's Objects/setobject.c), with CPython 3.11's actual
// open-addressing table so that iteration order — and so repr, pop, list(s) — equals CPython's
// whenever the element hashes are deterministic (ints, tuples of ints, ...).
//
//   set / frozenset   value: a SetTable
//                        keys[]   mask+1 slots: null (never used), DUMMY (deleted) or a key (owned)
//                        hashes[] the cached hash of each slot (0 unused, -1 dummy)
//                        mask, fill (active + dummies), used (active), finger (pop's cursor),
//                        hash (frozenset's cached hash, null until computed)
//                     buf: address of the separately allocated table (16 bytes a slot), 0 while
//                          the table is the 8-slot smalltable inside the object
//                     cap: the table's number of slots (mask + 1)
//                     basicsize 200, GC, tracked at creation (tp_alloc); no free list in 3.11.
//   set_iterator      value: { set (owned, null when exhausted), used, pos, len }. 48, GC
//
// Table rules mirrored: first probe hash & mask, then LINEAR_PROBES = 9 neighbours, then
// perturb >>= 5; i = i*5 + 1 + perturb; a new key into a never-used slot bumps fill and resizes
// when fill*5 >= mask*3 to used*4 (used*2 above 50,000); set_table_resize picks the smallest power
// of two > minused (8 = the smalltable); set_merge resizes to (used + other.used)*2 up front and
// copies the table directly or with insert_clean when the target is empty; difference_update
// purges dummies when more than 1/4 of the table; intersection/difference/symmetric difference,
// issubset/issuperset, richcompare and the frozenset hash follow 3.11's algorithms (element order
// of results depends on them). Hashes may be numbers or bigints (see tuple.ts hashParts).

import { typeHooks } from './typehooks.js';
import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, xdecref, newref, filled } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { allocBuffer, freeBuffer } from '../memory/heap.js';
import { PyType, staticType, isSubtype, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, EQ, NE, LT, LE, GT, GE } from './type.js';
import { allocate, release } from './alloc.js';
import { raiseTypeError, raiseRuntimeError, raiseKeyError, raise, excType, PyErr } from './errors.js';
import { notImplemented, none } from './singletons.js';
import { newBool } from './bool.js';
import { StrType, newStr, strHash } from './str.js';
import { newInt } from './int.js';
import {
  hash as objectHash, richCompareBool, getIter, iterNext, repr as objectRepr, getAttrOrNull, forEachItem,
}  from './abstract.js';
import { method } from './define.js';
import { constHooks } from './consthooks.js';
import {
  checkArgs, errIs, reprEnter, reprLeave, registerLengthHint, TPFLAGS_MATCH_SELF, TPFLAGS_DISALLOW_INSTANTIATION,
  NB_AND, NB_OR, NB_SUBTRACT, NB_XOR,
} from './slice.js';
import { hashParts, hashFromParts, mul64, add64, rHi, rLo, newTupleSteal } from './tuple.js';
import { sequenceList } from './list.js';
import { DictType } from './dict.js';
import { DictTable } from './dicttable.js';
import { varargsMethod } from './tpcall.js';

const LINEAR_PROBES = 9;
const MINSIZE = 8;

/** the deleted-slot marker: never a real object, never exposed */
const DUMMY: PyObject = new PyObject(null as unknown as PyType, null, null);

export class SetTable {
  keys: (PyObject | null)[];
  hashes: (number | bigint)[];
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  finger = 0;
  hash: number | bigint | null = null;
  constructor() {
    this.keys = new Array(MINSIZE).fill(null);
    this.hashes = new Array(MINSIZE).fill(0);
  }
}

export const SetType = staticType({
  name: 'set', basicsize: 200, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_MATCH_SELF,
});
export const FrozenSetType = staticType({
  name: 'frozenset', basicsize: 200, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_MATCH_SELF,
});

/** PyAnySet_Check */
export const isAnySet = (o: PyObject): boolean =>
  o.type === SetType || o.type === FrozenSetType || isSubtype(o.type, SetType) || isSubtype(o.type, FrozenSetType);
/** PySet_Check (set or subclass, not frozenset) */
export const isSet = (o: PyObject): boolean => o.type === SetType || isSubtype(o.type, SetType);
const isFrozen = (o: PyObject): boolean => o.type === FrozenSetType || isSubtype(o.type, FrozenSetType);

const tableOf = (so: PyObject): SetTable => so.value as SetTable;

function setKeyHash(key: PyObject): number {
  return key.type === StrType ? strHash(key) : objectHash(key);
}

/** hash & mask (the low bits of the two's-complement hash) */
function firstIndex(hash: number | bigint, mask: number): number {
  if (typeof hash === 'number' && hash >= 0 && hash < 2147483648) return hash & mask;
  hashParts(hash);
  return rLo & mask;
}

// The perturbation state of a probe sequence (a 64-bit unsigned value as two halves).
let pHi = 0, pLo = 0;
function perturbInit(hash: number | bigint): void {
  if (typeof hash === 'number' && hash >= 0 && hash < 4294967296) {
    pHi = 0;
    pLo = hash;
  } else {
    hashParts(hash);
    pHi = rHi;
    pLo = rLo;
  }
}
/** perturb >>= PERTURB_SHIFT; return the next start index */
function perturbNext(i: number, mask: number): number {
  pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
  pHi = pHi >>> 5;
  return (i * 5 + 1 + pLo) & mask;
}

const strEq = (a: PyObject, b: PyObject): boolean =>
  a.type === StrType && b.type === StrType && a.value === b.value;

/** set_lookkey: the slot holding key, or the first unused slot of its probe sequence */
function lookkey(so: PyObject, key: PyObject, hash: number | bigint): number {
  for (;;) {
    const t = tableOf(so);
    let mask = t.mask;
    let i = firstIndex(hash, mask);
    perturbInit(hash);
    let restart = false;
    for (;;) {
      let e = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const startkey = t.keys[e];
        if (startkey === null) return e;
        if (t.hashes[e] === hash) {
          if (startkey === key || strEq(startkey, key)) return e;
          const keysArr = t.keys;
          const saveHi = pHi, saveLo = pLo;
          incref(startkey);
          let cmp: boolean;
          try {
            cmp = richCompareBool(startkey, key, EQ);
          } finally {
            decref(startkey);
          }
          pHi = saveHi; pLo = saveLo;
          if (tableOf(so) !== t || t.keys !== keysArr || t.keys[e] !== startkey) { restart = true; break; }
          if (cmp) return e;
          mask = t.mask;
        }
        e++;
      } while (probes--);
      if (restart) break;
      i = perturbNext(i, mask);
    }
  }
}

/** set_add_entry: add a borrowed key with its hash */
function addEntry(so: PyObject, key: PyObject, hash: number | bigint): void {
  incref(key);
  restart: for (;;) {
    const t = tableOf(so);
    let mask = t.mask;
    let i = firstIndex(hash, mask);
    perturbInit(hash);
    let freeslot = -1;
    for (;;) {
      let e = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const startkey = t.keys[e];
        if (startkey === null) {
          // found_unused_or_dummy
          if (freeslot === -1) {
            t.fill++;
            t.used++;
            t.keys[e] = key;
            t.hashes[e] = hash;
            if (t.fill * 5 < mask * 3) return;
            tableResize(so, t.used > 50000 ? t.used * 2 : t.used * 4);
            return;
          }
          t.used++;
          t.keys[freeslot] = key;
          t.hashes[freeslot] = hash;
          return;
        }
        const eh = t.hashes[e];
        if (eh === hash) {
          if (startkey === key || strEq(startkey, key)) {
            decref(key);
            return;
          }
          const keysArr = t.keys;
          const saveHi = pHi, saveLo = pLo;
          incref(startkey);
          let cmp: boolean;
          try {
            cmp = richCompareBool(startkey, key, EQ);
          } catch (err) {
            decref(startkey);
            decref(key);
            throw err;
          }
          decref(startkey);
          pHi = saveHi; pLo = saveLo;
          if (cmp) {
            decref(key);
            return;
          }
          if (tableOf(so) !== t || t.keys !== keysArr || t.keys[e] !== startkey) continue restart;
          mask = t.mask;
        } else if (eh === -1) {
          freeslot = e;
        }
        e++;
      } while (probes--);
      i = perturbNext(i, mask);
    }
  }
}

/** set_insert_clean: a key known to be absent into a table without dummies */
function insertClean(keys: (PyObject | null)[], hashes: (number | bigint)[], mask: number,
  key: PyObject, hash: number | bigint): void {
  let i = firstIndex(hash, mask);
  perturbInit(hash);
  for (;;) {
    let e = i;
    if (keys[e] === null) {
      keys[e] = key;
      hashes[e] = hash;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        e++;
        if (keys[e] === null) {
          keys[e] = key;
          hashes[e] = hash;
          return;
        }
      }
    }
    i = perturbNext(i, mask);
  }
}

/** set_table_resize: rebuild with the smallest power-of-two size > minused */
function tableResize(so: PyObject, minused: number): void {
  const t = tableOf(so);
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = t.keys, oldHashes = t.hashes;
  const oldAddr = so.buf;
  let newAddr = 0;
  if (newsize === MINSIZE) {
    if (oldAddr === 0 && t.fill === t.used) return; // the smalltable without dummies
  } else {
    newAddr = allocBuffer(16 * newsize);
  }
  const keys: (PyObject | null)[] = new Array(newsize).fill(null);
  const hashes: (number | bigint)[] = new Array(newsize).fill(0);
  t.mask = newsize - 1;
  t.keys = keys;
  t.hashes = hashes;
  if (t.fill === t.used) {
    for (let e = 0; e < oldKeys.length; e++) {
      const k = oldKeys[e];
      if (k !== null) insertClean(keys, hashes, t.mask, k, oldHashes[e]);
    }
  } else {
    t.fill = t.used;
    for (let e = 0; e < oldKeys.length; e++) {
      const k = oldKeys[e];
      if (k !== null && k !== DUMMY) insertClean(keys, hashes, t.mask, k, oldHashes[e]);
    }
  }
  so.buf = newAddr;
  so.cap = newsize;
  if (oldAddr !== 0) freeBuffer(oldAddr);
}

/** set_contains_entry */
function containsEntry(so: PyObject, key: PyObject, hash: number | bigint): boolean {
  const e = lookkey(so, key, hash);
  return tableOf(so).keys[e] !== null;
}

/** set_discard_entry: true if found (the key is released) */
function discardEntry(so: PyObject, key: PyObject, hash: number | bigint): boolean {
  const e = lookkey(so, key, hash);
  const t = tableOf(so);
  const old = t.keys[e];
  if (old === null) return false;
  t.keys[e] = DUMMY;
  t.hashes[e] = -1;
  t.used--;
  decref(old!);
  return true;
}

/** PySet_Add / set.add: a borrowed key */
export function setAddKey(so: PyObject, key: PyObject): void {
  addEntry(so, key, setKeyHash(key));
}

export function setContainsKey(so: PyObject, key: PyObject): boolean {
  return containsEntry(so, key, setKeyHash(key));
}

function discardKey(so: PyObject, key: PyObject): boolean {
  return discardEntry(so, key, setKeyHash(key));
}

/** set_clear_internal: empty first, then release the keys in table order, then free the table */
export function setClear(so: PyObject): void {
  const t = tableOf(so);
  const oldKeys = t.keys;
  const oldAddr = so.buf;
  let used = t.used;
  if (oldAddr === 0 && t.fill === 0) return;
  const fresh = new SetTable();
  fresh.finger = t.finger; // the finger belongs to the set object, not the table
  so.value = fresh;
  so.buf = 0;
  so.cap = MINSIZE;
  for (let e = 0; used > 0 && e < oldKeys.length; e++) {
    const k = oldKeys[e];
    if (k !== null && k !== DUMMY) {
      used--;
      decref(k);
    }
  }
  if (oldAddr !== 0) freeBuffer(oldAddr);
}

/** the active (key, hash) pairs in table order (borrowed keys): _PySet_NextEntry */
export function setEntries(so: PyObject): [PyObject, number][] {
  const t = tableOf(so);
  const out: [PyObject, number][] = [];
  for (let e = 0; e <= t.mask; e++) {
    const k = t.keys[e];
    if (k !== null && k !== DUMMY) out.push([k, t.hashes[e] as number]);
  }
  return out;
}

/** the active keys in table order (borrowed) */
export function setKeys(so: PyObject): PyObject[] {
  const t = tableOf(so);
  const out: PyObject[] = [];
  for (let e = 0; e <= t.mask; e++) {
    const k = t.keys[e];
    if (k !== null && k !== DUMMY) out.push(k);
  }
  return out;
}

export const setSize = (so: PyObject): number => tableOf(so).used;

/** set_merge: so |= other (both sets) */
function setMerge(so: PyObject, other: PyObject): void {
  const ot = tableOf(other);
  if (other === so || ot.used === 0) return;
  let t = tableOf(so);
  if ((t.fill + ot.used) * 5 >= t.mask * 3) {
    tableResize(so, (t.used + ot.used) * 2);
    t = tableOf(so);
  }
  if (t.fill === 0 && t.mask === ot.mask && ot.fill === ot.used) {
    for (let e = 0; e <= ot.mask; e++) {
      const k = ot.keys[e];
      if (k !== null) {
        incref(k);
        t.keys[e] = k;
        t.hashes[e] = ot.hashes[e];
      }
    }
    t.fill = ot.fill;
    t.used = ot.used;
    return;
  }
  if (t.fill === 0) {
    t.fill = ot.used;
    t.used = ot.used;
    for (let e = 0; e <= ot.mask; e++) {
      const k = ot.keys[e];
      if (k !== null && k !== DUMMY) {
        incref(k);
        insertClean(t.keys, t.hashes, t.mask, k, ot.hashes[e]);
      }
    }
    return;
  }
  for (let e = 0; e <= tableOf(other).mask; e++) {
    const o2 = tableOf(other);
    const k = o2.keys[e];
    if (k !== null && k !== DUMMY) addEntry(so, k, o2.hashes[e]);
  }
}

/** set_update_internal: add every element of an iterable */
export function setUpdate(so: PyObject, other: PyObject): void {
  if (isAnySet(other)) {
    setMerge(so, other);
    return;
  }
  if (other.type === DictType) {
    const dt = other.value as DictTable;
    const dictsize = dt.used;
    const t = tableOf(so);
    if ((t.fill + dictsize) * 5 >= t.mask * 3) tableResize(so, (t.used + dictsize) * 2);
    for (let i = 0; i < (other.value as DictTable).keys.length; i++) {
      const d2 = other.value as DictTable;
      const k = d2.keys[i];
      if (k === null || k === undefined) continue;
      addEntry(so, k, d2.hashes[i]);
    }
    return;
  }
  forEachItem(other, (key) => { setAddKey(so, key); });
}

// ---------------------------------------------------------------- construction

/** make_new_set: a new set/frozenset of `type` with the items of iterable (or empty) */
export function makeNewSet(type: PyType, iterable: PyObject | null): PyObject {
  const so = allocate(type, new SetTable(), null, 0, true);
  so.cap = MINSIZE;
  if (iterable !== null) {
    try {
      setUpdate(so, iterable);
    } catch (e) {
      decref(so);
      throw e;
    }
  }
  return so;
}

/** BUILD_SET: a new set with the borrowed items added in order (PySet_New(NULL) + PySet_Add) */
export function newSet(items: PyObject[]): PyObject {
  const so = makeNewSet(SetType, null);
  try {
    for (let i = 0; i < items.length; i++) setAddKey(so, items[i]);
  } catch (e) {
    decref(so);
    throw e;
  }
  return so;
}

/** PySet_Add (SET_ADD): a borrowed key */
export const setAdd = (so: PyObject, key: PyObject): void => setAddKey(so, key);

/** make_new_set_basetype: the result type of set operations on (subclasses of) set/frozenset */
function newSetBasetype(type: PyType, iterable: PyObject | null): PyObject {
  if (type !== SetType && type !== FrozenSetType) type = isSubtype(type, SetType) ? SetType : FrozenSetType;
  return makeNewSet(type, iterable);
}

/**
 * A constant frozenset of borrowed items, as CPython's compiler leaves it: it first makes one
 * from the items in source order (PyFrozenSet_New of the folded tuple), then its constant merging
 * (merge_consts_recursive) rebuilds it from that one's items in table order. Items whose hashes
 * collide land in another order the second time, which a set display ({0.1, 0.2, 0.3}) shows.
 */
export function newFrozenSet(items: PyObject[]): PyObject {
  const first = frozenSetOf(items);
  if (items.length === 0) return first;
  try {
    return frozenSetOf(setKeys(first));
  } finally {
    decref(first);
  }
}

function frozenSetOf(items: PyObject[]): PyObject {
  const so = makeNewSet(FrozenSetType, null);
  try {
    for (let i = 0; i < items.length; i++) setAddKey(so, items[i]);
  } catch (e) {
    decref(so);
    throw e;
  }
  return so;
}

function setDealloc(so: PyObject): void {
  untrack(so);
  if (so.weaklist !== null) typeHooks.clearWeakrefs(so);
  const t = tableOf(so);
  let used = t.used;
  for (let e = 0; used > 0 && e < t.keys.length; e++) {
    const k = t.keys[e];
    if (k !== null && k !== DUMMY) {
      used--;
      decref(k);
    }
  }
  if (so.buf !== 0) freeBuffer(so.buf);
  so.buf = 0;
  so.value = null;
  release(so);
}

function setTraverse(so: PyObject, visit: Visit): void {
  const t = tableOf(so);
  for (let e = 0; e <= t.mask; e++) {
    const k = t.keys[e];
    if (k !== null && k !== DUMMY) visit(k);
  }
}

function setRepr(so: PyObject): PyObject {
  const name = so.type.name;
  if (!reprEnter(so)) return newStr(`${name}(...)`);
  try {
    if (tableOf(so).used === 0) return newStr(`${name}()`);
    const keys = sequenceList(so);
    let listrepr: string;
    try {
      const r = objectRepr(keys);
      listrepr = (r.value as string).slice(1, -1);
      decref(r);
    } finally {
      decref(keys);
    }
    if (so.type !== SetType) return newStr(`${name}({${listrepr}})`);
    return newStr(`{${listrepr}}`);
  } finally {
    reprLeave(so);
  }
}

/** set_contains (sets themselves are looked up as frozensets) */
function setContainsSlot(so: PyObject, key: PyObject): boolean {
  try {
    return setContainsKey(so, key);
  } catch (e) {
    if (!isSet(key) || !errIs(e, 'TypeError')) throw e;
    decref((e as PyErr).exc);
    const tmp = makeNewSet(FrozenSetType, key);
    try {
      return setContainsKey(so, tmp);
    } finally {
      decref(tmp);
    }
  }
}

// ---------------------------------------------------------------- frozenset hash

/** _shuffle_bits: ((h ^ 89869747) ^ (h << 16)) * 3644798167, in 64 bits -> rHi, rLo */
function shuffleBits(hi: number, lo: number): void {
  const shHi = ((hi << 16) | (lo >>> 16)) >>> 0, shLo = (lo << 16) >>> 0;
  const xHi = (hi ^ shHi) >>> 0;
  const xLo = ((lo ^ 89869747) ^ shLo) >>> 0;
  mul64(xHi, xLo, 0, 3644798167);
}

function frozensetHash(so: PyObject): number {
  const t = tableOf(so);
  if (t.hash !== null) return t.hash as number;
  // xor of the shuffled hashes of the active entries (the unused/dummy terms cancel out)
  let hHi = 0, hLo = 0;
  for (let e = 0; e <= t.mask; e++) {
    const k = t.keys[e];
    if (k === null || k === DUMMY) continue;
    hashParts(t.hashes[e]);
    shuffleBits(rHi, rLo);
    hHi = (hHi ^ rHi) >>> 0;
    hLo = (hLo ^ rLo) >>> 0;
  }
  // hash ^= (used + 1) * 1927868237
  mul64(0, t.used + 1, 0, 1927868237);
  hHi = (hHi ^ rHi) >>> 0;
  hLo = (hLo ^ rLo) >>> 0;
  // hash ^= (hash >> 11) ^ (hash >> 25)
  const s11Lo = ((hLo >>> 11) | (hHi << 21)) >>> 0, s11Hi = hHi >>> 11;
  const s25Lo = ((hLo >>> 25) | (hHi << 7)) >>> 0, s25Hi = hHi >>> 25;
  hHi = (hHi ^ s11Hi ^ s25Hi) >>> 0;
  hLo = (hLo ^ s11Lo ^ s25Lo) >>> 0;
  // hash = hash * 69069 + 907133923
  mul64(hHi, hLo, 0, 69069);
  add64(rHi, rLo, 0, 907133923);
  let h: number;
  if (rHi === 0xffffffff && rLo === 0xffffffff) h = 590923713;
  else h = hashFromParts(rHi, rLo);
  t.hash = h;
  return h;
}

// ---------------------------------------------------------------- set algebra

function setCopy(so: PyObject): PyObject {
  return newSetBasetype(so.type, so);
}

/** set_intersection */
function setIntersection(so: PyObject, other: PyObject): PyObject {
  if (so === other) return setCopy(so);
  const result = newSetBasetype(so.type, null);
  try {
    if (isAnySet(other)) {
      let a = so, b = other;
      if (tableOf(b).used > tableOf(a).used) { const t = a; a = b; b = t; }
      // iterate the smaller one (b), look up in the larger one (a)
      for (const [key, hash] of setEntries(b)) {
        incref(key);
        try {
          if (containsEntry(a, key, hash)) addEntry(result, key, hash);
        } finally {
          decref(key);
        }
      }
      return result;
    }
    forEachItem(other, (key) => {
      const hash = setKeyHash(key);
      if (containsEntry(so, key, hash)) {
        addEntry(result, key, hash);
        if (tableOf(result).used >= tableOf(so).used) return true;
      }
      return false;
    });
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

function setIntersectionMulti(so: PyObject, others: PyObject[]): PyObject {
  if (others.length === 0) return setCopy(so);
  let result = newref(so);
  for (const other of others) {
    let nr: PyObject;
    try {
      nr = setIntersection(result, other);
    } catch (e) {
      decref(result);
      throw e;
    }
    decref(result);
    result = nr;
  }
  return result;
}

/** set_swap_bodies */
function swapBodies(a: PyObject, b: PyObject): void {
  const ta = tableOf(a), tb = tableOf(b);
  const bufA = a.buf, bufB = b.buf, capA = a.cap, capB = b.cap;
  a.value = tb; a.buf = bufB; a.cap = capB;
  b.value = ta; b.buf = bufA; b.cap = capA;
  const f = ta.finger; ta.finger = tb.finger; tb.finger = f; // fingers stay with their objects
  if (isFrozen(a) && isFrozen(b)) {
    // the cached hashes travel with the contents
  } else {
    ta.hash = null;
    tb.hash = null;
  }
}

function setIntersectionUpdate(so: PyObject, others: PyObject[]): void {
  const tmp = setIntersectionMulti(so, others);
  swapBodies(so, tmp);
  decref(tmp);
}

/** set_difference_update_internal */
function setDifferenceUpdateInternal(so: PyObject, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (isAnySet(other)) {
    let src: PyObject;
    if ((tableOf(other).used >> 3) > tableOf(so).used) src = setIntersection(so, other);
    else src = newref(other);
    try {
      for (const [key, hash] of setEntries(src)) {
        incref(key);
        try {
          discardEntry(so, key, hash);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(src);
    }
  } else {
    forEachItem(other, (key) => { discardKey(so, key); });
  }
  const t = tableOf(so);
  if ((t.fill - t.used) <= (t.mask >> 2)) return;
  tableResize(so, t.used > 50000 ? t.used * 2 : t.used * 4);
}

function setCopyAndDifference(so: PyObject, other: PyObject): PyObject {
  return filled(setCopy(so), (r) => { setDifferenceUpdateInternal(r, other); });
}

/** set_difference */
function setDifference(so: PyObject, other: PyObject): PyObject {
  let otherSize: number;
  if (isAnySet(other)) otherSize = tableOf(other).used;
  else if (other.type === DictType) otherSize = (other.value as DictTable).used;
  else return setCopyAndDifference(so, other);
  if ((tableOf(so).used >> 2) > otherSize) return setCopyAndDifference(so, other);
  const result = newSetBasetype(so.type, null);
  try {
    for (const [key, hash] of setEntries(so)) {
      incref(key);
      try {
        const found = other.type === DictType
          ? (other.value as DictTable).find(key, hash) >= 0
          : containsEntry(other, key, hash);
        if (!found) addEntry(result, key, hash);
      } finally {
        decref(key);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function setDifferenceMulti(so: PyObject, others: PyObject[]): PyObject {
  if (others.length === 0) return setCopy(so);
  return filled(setDifference(so, others[0]), (r) => {
    for (let i = 1; i < others.length; i++) setDifferenceUpdateInternal(r, others[i]);
  });
}

/** set_symmetric_difference_update */
function setSymmetricDifferenceUpdate(so: PyObject, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (other.type === DictType) {
    for (let i = 0; i < (other.value as DictTable).keys.length; i++) {
      const d2 = other.value as DictTable;
      const key = d2.keys[i];
      if (key === null || key === undefined) continue;
      const hash = d2.hashes[i];
      incref(key);
      try {
        if (!discardEntry(so, key, hash)) addEntry(so, key, hash);
      } finally {
        decref(key);
      }
    }
    return;
  }
  const otherset = isAnySet(other) ? newref(other) : newSetBasetype(so.type, other);
  try {
    for (const [key, hash] of setEntries(otherset)) {
      incref(key);
      try {
        if (!discardEntry(so, key, hash)) addEntry(so, key, hash);
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(otherset);
  }
}

function setSymmetricDifference(so: PyObject, other: PyObject): PyObject {
  const otherset = newSetBasetype(so.type, other);
  try {
    setSymmetricDifferenceUpdate(otherset, so);
  } catch (e) {
    decref(otherset);
    throw e;
  }
  return otherset;
}

/** set_issubset (3.11: a non-set argument is first made into a set) */
function setIsSubset(so: PyObject, other: PyObject): boolean {
  if (!isAnySet(other)) {
    const tmp = makeNewSet(SetType, other);
    try {
      return setIsSubset(so, tmp);
    } finally {
      decref(tmp);
    }
  }
  if (tableOf(so).used > tableOf(other).used) return false;
  for (const [key, hash] of setEntries(so)) {
    incref(key);
    try {
      if (!containsEntry(other, key, hash)) return false;
    } finally {
      decref(key);
    }
  }
  return true;
}

function setIsSuperset(so: PyObject, other: PyObject): boolean {
  if (!isAnySet(other)) {
    const tmp = makeNewSet(SetType, other);
    try {
      return setIsSuperset(so, tmp);
    } finally {
      decref(tmp);
    }
  }
  return setIsSubset(other, so);
}

function setIsDisjoint(so: PyObject, other: PyObject): boolean {
  if (so === other) return tableOf(so).used === 0;
  if (other.type === SetType || other.type === FrozenSetType) {
    let a = so, b = other;
    if (tableOf(b).used > tableOf(a).used) { const t = a; a = b; b = t; }
    for (const [key, hash] of setEntries(b)) {
      incref(key);
      try {
        if (containsEntry(a, key, hash)) return false;
      } finally {
        decref(key);
      }
    }
    return true;
  }
  return !forEachItem(other, (key) => setContainsKey(so, key));
}

function setUnion(so: PyObject, others: PyObject[]): PyObject {
  const result = setCopy(so);
  try {
    for (const other of others) {
      if (other === so) continue;
      setUpdate(result, other);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set.method(arg) for the dict views (the result sets are exact sets) */
export function setCallMethod(so: PyObject, name: string, arg: PyObject): PyObject {
  switch (name) {
    case 'difference_update': setDifferenceUpdateInternal(so, arg); return none();
    case 'symmetric_difference_update': setSymmetricDifferenceUpdate(so, arg); return none();
    case 'intersection': return setIntersectionMulti(so, [arg]);
    default: throw new Error(`pyheap internal: setCallMethod ${name}`);
  }
}

// ---------------------------------------------------------------- slots

for (const T of [SetType, FrozenSetType]) {
  T.dealloc = setDealloc;
  T.hasWeakref = true;
  T.traverse = setTraverse;
  T.clear = setClear;
  T.repr = setRepr;
  T.len = (so) => tableOf(so).used;
  T.contains = setContainsSlot;
  T.sizeof = (so) => so.type.basicsize + (so.buf !== 0 ? 16 * (tableOf(so).mask + 1) : 0);
  T.iter = (so) => newSetIter(so);
  T.richcompare = (v, w, op) => {
    if (!isAnySet(w)) return notImplemented();
    const tv = tableOf(v), tw = tableOf(w);
    switch (op) {
      case EQ:
        if (tv.used !== tw.used) return newBool(false);
        if (tv.hash !== null && tw.hash !== null && tv.hash !== tw.hash) return newBool(false);
        return newBool(setIsSubset(v, w));
      case NE: {
        let eq: boolean;
        if (tv.used !== tw.used) eq = false;
        else if (tv.hash !== null && tw.hash !== null && tv.hash !== tw.hash) eq = false;
        else eq = setIsSubset(v, w);
        return newBool(!eq);
      }
      case LE: return newBool(setIsSubset(v, w));
      case GE: return newBool(setIsSuperset(v, w));
      case LT: return newBool(tv.used < tw.used && setIsSubset(v, w));
      case GT: return newBool(tv.used > tw.used && setIsSuperset(v, w));
    }
    return notImplemented();
  };
  T.nb[NB_SUBTRACT] = (a, b) => (!isAnySet(a) || !isAnySet(b) ? notImplemented() : setDifference(a, b));
  T.nb[NB_AND] = (a, b) => (!isAnySet(a) || !isAnySet(b) ? notImplemented() : setIntersection(a, b));
  T.nb[NB_XOR] = (a, b) => (!isAnySet(a) || !isAnySet(b) ? notImplemented() : setSymmetricDifference(a, b));
  T.nb[NB_OR] = (a, b) => {
    if (!isAnySet(a) || !isAnySet(b)) return notImplemented();
    const result = setCopy(a);
    if (a === b) return result;
    try {
      setUpdate(result, b);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  };
}

FrozenSetType.hash = frozensetHash;

SetType.nbInplace[NB_OR] = (so, other) => {
  if (!isAnySet(other)) return notImplemented();
  setUpdate(so, other);
  return newref(so);
};
SetType.nbInplace[NB_AND] = (so, other) => {
  if (!isAnySet(other)) return notImplemented();
  setIntersectionUpdate(so, [other]);
  return newref(so);
};
SetType.nbInplace[NB_SUBTRACT] = (so, other) => {
  if (!isAnySet(other)) return notImplemented();
  setDifferenceUpdateInternal(so, other);
  return newref(so);
};
SetType.nbInplace[NB_XOR] = (so, other) => {
  if (!isAnySet(other)) return notImplemented();
  setSymmetricDifferenceUpdate(so, other);
  return newref(so);
};

SetType.new = (type, _args, _kwnames) => makeNewSet(type, null);
SetType.init = (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError('set() takes no keyword arguments');
  if (args.length > 1) raiseTypeError(`${self.type.name} expected at most 1 argument, got ${args.length}`);
  if (tableOf(self).fill) setClear(self);
  tableOf(self).hash = null;
  if (args.length === 1) setUpdate(self, args[0]);
};

FrozenSetType.new = (type, args, kwnames) => {
  if ((type === FrozenSetType || type.init === FrozenSetType.init) && kwnames !== null && kwnames.length > 0) {
    raiseTypeError('frozenset() takes no keyword arguments');
  }
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 1) raiseTypeError(`${type.name} expected at most 1 argument, got ${npos}`);
  const iterable = npos > 0 ? args[0] : null;
  if (type !== FrozenSetType) return makeNewSet(type, iterable);
  if (iterable !== null && iterable.type === FrozenSetType) return newref(iterable);
  return makeNewSet(type, iterable);
};

// ---------------------------------------------------------------- methods

/** the set methods 3.11 defines METH_VARARGS (their arguments come packed: objects/tpcall.ts) */
const VARARGS_METHODS = new Set(['union', 'update', 'intersection', 'intersection_update', 'difference', 'difference_update']);

function defBoth(name: string, f: (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject,
  mutating: boolean): void {
  const fn = VARARGS_METHODS.has(name) ? varargsMethod(f) : f;
  method(SetType, name, fn);
  if (!mutating) method(FrozenSetType, name, fn);
}

const qn = (self: PyObject, name: string): string => `${isFrozen(self) && !isSet(self) ? 'frozenset' : 'set'}.${name}`;

defBoth('add', (self, args, kwnames) => {
  checkArgs('set.add', 'add', args, kwnames, 1, 1);
  setAddKey(self, args[0]);
  return none();
}, true);

defBoth('clear', (self, args, kwnames) => {
  checkArgs('set.clear', 'clear', args, kwnames, 0, 0);
  setClear(self);
  return none();
}, true);

method(SetType, 'copy', (self, args, kwnames) => {
  checkArgs('set.copy', 'copy', args, kwnames, 0, 0);
  return setCopy(self);
});
method(FrozenSetType, 'copy', (self, args, kwnames) => {
  checkArgs('frozenset.copy', 'copy', args, kwnames, 0, 0);
  if (self.type === FrozenSetType) return newref(self);
  return setCopy(self);
});

/** set.remove / set.discard with the frozenset retry for set keys */
function discardWithRetry(so: PyObject, key: PyObject): boolean {
  try {
    return discardKey(so, key);
  } catch (e) {
    if (!isSet(key) || !errIs(e, 'TypeError')) throw e;
    decref((e as PyErr).exc);
    const tmp = makeNewSet(FrozenSetType, key);
    try {
      return discardKey(so, tmp);
    } finally {
      decref(tmp);
    }
  }
}

defBoth('discard', (self, args, kwnames) => {
  checkArgs('set.discard', 'discard', args, kwnames, 1, 1);
  discardWithRetry(self, args[0]);
  return none();
}, true);

defBoth('remove', (self, args, kwnames) => {
  checkArgs('set.remove', 'remove', args, kwnames, 1, 1);
  if (!discardWithRetry(self, args[0])) raiseKeyError(args[0]);
  return none();
}, true);

defBoth('pop', (self, args, kwnames) => {
  checkArgs('set.pop', 'pop', args, kwnames, 0, 0);
  const t = tableOf(self);
  if (t.used === 0) raise(excType('KeyError'), 'pop from an empty set');
  let e = t.finger & t.mask;
  while (t.keys[e] === null || t.keys[e] === DUMMY) {
    e++;
    if (e > t.mask) e = 0;
  }
  const key = t.keys[e]!;
  t.keys[e] = DUMMY;
  t.hashes[e] = -1;
  t.used--;
  t.finger = e + 1;
  return key;
}, true);

function varargs(self: PyObject, name: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${qn(self, name)}() takes no keyword arguments`);
}

defBoth('union', (self, args, kwnames) => {
  varargs(self, 'union', args, kwnames);
  return setUnion(self, args);
}, false);

defBoth('update', (self, args, kwnames) => {
  varargs(self, 'update', args, kwnames);
  for (const other of args) setUpdate(self, other);
  return none();
}, true);

defBoth('intersection', (self, args, kwnames) => {
  varargs(self, 'intersection', args, kwnames);
  return setIntersectionMulti(self, args);
}, false);

defBoth('intersection_update', (self, args, kwnames) => {
  varargs(self, 'intersection_update', args, kwnames);
  setIntersectionUpdate(self, args);
  return none();
}, true);

defBoth('difference', (self, args, kwnames) => {
  varargs(self, 'difference', args, kwnames);
  return setDifferenceMulti(self, args);
}, false);

defBoth('difference_update', (self, args, kwnames) => {
  varargs(self, 'difference_update', args, kwnames);
  for (const other of args) setDifferenceUpdateInternal(self, other);
  return none();
}, true);

defBoth('symmetric_difference', (self, args, kwnames) => {
  checkArgs(qn(self, 'symmetric_difference'), 'symmetric_difference', args, kwnames, 1, 1);
  return setSymmetricDifference(self, args[0]);
}, false);

defBoth('symmetric_difference_update', (self, args, kwnames) => {
  checkArgs('set.symmetric_difference_update', 'symmetric_difference_update', args, kwnames, 1, 1);
  setSymmetricDifferenceUpdate(self, args[0]);
  return none();
}, true);

defBoth('issubset', (self, args, kwnames) => {
  checkArgs(qn(self, 'issubset'), 'issubset', args, kwnames, 1, 1);
  return newBool(setIsSubset(self, args[0]));
}, false);

defBoth('issuperset', (self, args, kwnames) => {
  checkArgs(qn(self, 'issuperset'), 'issuperset', args, kwnames, 1, 1);
  return newBool(setIsSuperset(self, args[0]));
}, false);

defBoth('isdisjoint', (self, args, kwnames) => {
  checkArgs(qn(self, 'isdisjoint'), 'isdisjoint', args, kwnames, 1, 1);
  return newBool(setIsDisjoint(self, args[0]));
}, false);

/** set.__reduce__: (type(s), (list(s),), state) where state is the instance __dict__ or None */
function setReduce(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(`${qn(self, '__reduce__')}`, '__reduce__', args, kwnames, 0, 0);
  const keys = sequenceList(self);
  let state = getAttrOrNull(self, '__dict__');
  if (state === null || (state.type === DictType && (state.value as DictTable).used === 0)) {
    if (state !== null) decref(state);
    state = none();
  }
  incref(self.type);
  return newTupleSteal([self.type, newTupleSteal([keys]), state]);
}
method(SetType, '__reduce__', setReduce);
method(FrozenSetType, '__reduce__', setReduce);

// ================================================================ set_iterator

interface SetIterData { set: PyObject | null; used: number; pos: number; len: number }

export const SetIterType = staticType({
  name: 'set_iterator', basicsize: 48, flags: TPFLAGS_HAVE_GC | TPFLAGS_DISALLOW_INSTANTIATION,
});

function newSetIter(so: PyObject): PyObject {
  incref(so);
  const t = tableOf(so);
  const d: SetIterData = { set: so, used: t.used, pos: 0, len: t.used };
  return allocate(SetIterType, d, null);
}

SetIterType.iter = (o) => newref(o);
SetIterType.iternext = (it) => {
  const d = it.value as SetIterData;
  const so = d.set;
  if (so === null) return null;
  const t = tableOf(so);
  if (d.used !== t.used) {
    d.used = -1;
    raiseRuntimeError('Set changed size during iteration');
  }
  let i = d.pos;
  while (i <= t.mask && (t.keys[i] === null || t.keys[i] === DUMMY)) i++;
  d.pos = i + 1;
  if (i > t.mask) {
    d.set = null;
    decref(so);
    return null;
  }
  d.len--;
  return newref(t.keys[i]!);
};
SetIterType.dealloc = (o) => {
  untrack(o);
  const d = o.value as SetIterData;
  const so = d.set;
  d.set = null;
  xdecref(so);
  release(o);
};
SetIterType.traverse = (o: PyObject, visit: Visit) => {
  const d = o.value as SetIterData;
  if (d.set !== null) visit(d.set);
};

function setIterHint(it: PyObject): number {
  const d = it.value as SetIterData;
  if (d.set !== null && d.used === tableOf(d.set).used) return d.len;
  return 0;
}
registerLengthHint(SetIterType, setIterHint);
method(SetIterType, '__length_hint__', (self, args, kwnames) => {
  checkArgs('set_iterator.__length_hint__', '__length_hint__', args, kwnames, 0, 0);
  return newInt(setIterHint(self));
});

// ================================================================ bootstrap

/** Install the compiler's constant-frozenset hook. */
export function initSet(): void {
  constHooks.newFrozenSet = newFrozenSet;
}

