// LAYER: objects. The tuple type and its iterator (CPython's Objects/tupleobject.c), plus the 64-bit
// hash arithmetic that tuple, frozenset and range hashes share.
//
//   tuple           value: JS array of the items (owned references), fixed length.
//                   basicsize 24, itemsize 8 (the items live inside the object), GC type.
//                   Tracked at creation; untracking tuples of atoms is the collector's job
//                   (untrack_tuples). The empty tuple is a static singleton (refcount starting at
//                   999,999,999, never tracked, no obmalloc block).
//                   Free lists: one per size 1..20, 2000 each, exact tuples only (tuple_alloc /
//                   maybe_freelist_push).
//   tuple_iterator  value: the tuple (owned) or null once exhausted; aux: next index.
//                   basicsize 32, GC.
//
// Hashes: the hash slot's result is a JS number when it is a safe integer (|h| < 2**53), else a
// bigint with the exact signed 64-bit value (so `hash((1, 2))` prints CPython's number). Every
// hash consumer in this layer accepts both (see hashParts). CPython 3.11's tuplehash is xxHash-like:
// acc = P5; per item acc += lane*P2; acc = rotl(acc, 31); acc *= P1; finally acc += len ^ (P5 ^ 3527539).
//
// Sequence + and * (sq_concat / sq_repeat in CPython) live in nb[NB_ADD] / nb[NB_MULTIPLY] here.
// CPython tries the operands' genuine number slots before falling back to the sequence slot, and
// raises "can only concatenate tuple (not "int") to tuple" / "can't multiply sequence by non-int"
// itself; `numberSlotsOnly` reproduces that order from inside the slot.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, newref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import {
  PyType, staticType, isSubtype, BinarySlot, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, TPFLAGS_TUPLE_SUBCLASS,
  EQ, NE, LT, LE, GT,
} from './type.js';
import { allocate, allocateFrom, release, releaseTo, FreeList, settleFreeList } from './alloc.js';
import { raiseTypeError, raiseIndexError, raiseValueError, raiseMemoryError } from './errors.js';
import { notImplemented, isNotImplemented, None } from './singletons.js';
import { newBool } from './bool.js';
import { newStr, STATIC_REFCNT } from './str.js';
import { newInt } from './int.js';
import {
  hash as objectHash, repr as objectRepr, richCompare, richCompareBool, getIter, iterNext, hooksAbstract,
 
} from './abstract.js';
import { method } from './define.js';
import { constHooks } from './consthooks.js';
import {
  asSsize, hasIndex, itemAt, isSlice, sliceIndices, checkArgs, sliceIndexNotNone, PY_SSIZE_T_MAX,
  reprEnter, reprLeave, sequenceSlots, seqHooks, registerLengthHint,
  TPFLAGS_SEQUENCE, TPFLAGS_MAPPING, TPFLAGS_MATCH_SELF, TPFLAGS_DISALLOW_INSTANTIATION,
  NB_ADD, NB_AND, NB_MULTIPLY, NB_OR, NB_SUBTRACT, NB_XOR,
} from './slice.js';
import { lengthHint } from './iterators.js';

// ================================================================ 64-bit hash arithmetic

const TWO32 = 4294967296;
/** results of the u64 helpers (hi, lo as uint32), to avoid allocating pairs */
export let rHi = 0, rLo = 0;

/** split a hash (number or bigint) into its two's-complement uint32 halves: rHi, rLo */
export function hashParts(h: number | bigint): void {
  if (typeof h === 'number') {
    let lo = h % TWO32;
    if (lo < 0) lo += TWO32;
    rLo = lo;
    rHi = ((h - lo) / TWO32) >>> 0;
  } else {
    const u = BigInt.asUintN(64, h);
    rLo = Number(u & 0xffffffffn);
    rHi = Number(u >> 32n);
  }
}

/** (hi, lo) -> the signed 64-bit value as a number when safe, else a bigint */
export function hashFromParts(hi: number, lo: number): number {
  const sh = hi >= 0x80000000 ? hi - TWO32 : hi;
  const v = sh * TWO32 + lo;
  if (v >= -9007199254740991 && v <= 9007199254740991) return v;
  return ((BigInt(sh) << 32n) + BigInt(lo)) as unknown as number;
}

/** (ah,al) * (bh,bl) mod 2**64 -> rHi, rLo */
export function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const mid = a0 * b1 + a1 * b0;
  let lo = a0 * b0 + (mid % 65536) * 65536;
  const carry = Math.floor(lo / TWO32);
  lo -= carry * TWO32;
  const hi = a1 * b1 + Math.floor(mid / 65536) + carry;
  rLo = lo;
  rHi = (hi + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** (ah,al) + (bh,bl) mod 2**64 -> rHi, rLo */
export function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = al + bl;
  const c = lo >= TWO32 ? 1 : 0;
  rLo = lo - c * TWO32;
  rHi = (ah + bh + c) >>> 0;
}

// xxHash primes (pyhash.h)
const P1H = 0x9E3779B1, P1L = 0x85EBCA87;
const P2H = 0xC2B2AE3D, P2L = 0x27D4EB4F;
const P5H = 0x27D4EB2F, P5L = 0x165667C5;

/** CPython 3.11 tuplehash over already-computed item hashes */
export function tupleHashOf(hashes: (number | bigint)[]): number {
  let ah = P5H, al = P5L;
  for (let i = 0; i < hashes.length; i++) {
    hashParts(hashes[i]);
    mul64(rHi, rLo, P2H, P2L);
    add64(ah, al, rHi, rLo);
    // rotate left 31
    const h = rHi, l = rLo;
    ah = ((h << 31) | (l >>> 1)) >>> 0;
    al = ((l << 31) | (h >>> 1)) >>> 0;
    mul64(ah, al, P1H, P1L);
    ah = rHi; al = rLo;
  }
  add64(ah, al, P5H, ((P5L ^ 3527539 ^ hashes.length) >>> 0));
  if (rHi === 0xffffffff && rLo === 0xffffffff) return 1546275796;
  return hashFromParts(rHi, rLo);
}

// ================================================================ the tuple type

// (re-exported for the files that took them from here; they live in slice.ts, the leaf module)
export {
  TPFLAGS_SEQUENCE, TPFLAGS_MAPPING, TPFLAGS_MATCH_SELF, TPFLAGS_DISALLOW_INSTANTIATION,
  NB_ADD, NB_AND, NB_MULTIPLY, NB_OR, NB_SUBTRACT, NB_XOR, sequenceSlots,
};

export const TupleType = staticType({
  name: 'tuple', basicsize: 24, itemsize: 8,
  flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_SEQUENCE | TPFLAGS_MATCH_SELF,
});

export const isTuple = (o: PyObject): boolean => o.type === TupleType || (o.type.flags & TPFLAGS_TUPLE_SUBCLASS) !== 0;

const MAXSAVESIZE = 20;
const MAXFREELIST = 2000;
const freeLists: FreeList[] = [];
for (let i = 0; i < MAXSAVESIZE; i++) {
  freeLists.push(new FreeList(MAXFREELIST, { name: `free ${i + 1}-sized PyTupleObject`, size: 24 + 8 * (i + 1), order: 40 + i }));
}

/** free tuples of sizes 1, 2, ... (counts[i] of size i + 1), as startup leaves them */
export function settleTupleFreeLists(counts: readonly number[]): void {
  counts.forEach((n, i) => settleFreeList(freeLists[i], TupleType, i + 1, n));
}

/** the empty tuple: a static singleton outside obmalloc, never tracked */
export const EMPTY_TUPLE: PyObject = new PyObject(TupleType, [], null);
EMPTY_TUPLE.addr = 0x55d0c0900f60;
EMPTY_TUPLE.refcnt = STATIC_REFCNT;

/**
 * Would making and freeing an n-tuple now show? Not when its free list has one to hand out (the
 * same tuple goes back to the head), nor for the empty tuple, nor past the free lists' sizes
 * (counted in generation 0 and uncounted again, its block taken and given back); only when an
 * n-tuple must be taken from obmalloc and then stays on the free list.
 */
export function tupleChurnShows(n: number): boolean {
  return n >= 1 && n <= MAXSAVESIZE && freeLists[n - 1].items.length === 0;
}

/**
 * The block a packed call's args tuple occupies while the call runs, when the n-tuple free list
 * can hand one out: taken off the list unfilled, as tuple_alloc pops it, so that tuples made during
 * the call get the next ones; putBackFreeTuple returns it to the head. null when the list is empty
 * or n has none (see tupleChurnShows).
 */
export function takeFreeTuple(n: number): PyObject | null {
  if (n < 1 || n > MAXSAVESIZE) return null;
  return freeLists[n - 1].items.pop() ?? null;
}

export function putBackFreeTuple(n: number, o: PyObject): void {
  freeLists[n - 1].items.push(o);
}

/** a new reference to the empty tuple */
export function emptyTuple(): PyObject {
  EMPTY_TUPLE.refcnt++;
  return EMPTY_TUPLE;
}

/** tuple_alloc + fill: the tuple takes ownership of `items` (the array itself is kept) */
export function newTupleSteal(items: PyObject[]): PyObject {
  const n = items.length;
  if (n === 0) return emptyTuple();
  if (n <= MAXSAVESIZE) return allocateFrom(freeLists[n - 1], TupleType, items, null, n, true);
  return allocate(TupleType, items, null, n, true);
}

/** a new tuple of borrowed items (PyTuple_Pack / _PyTuple_FromArray) */
export function newTuple(items: PyObject[]): PyObject {
  const arr = items.slice();
  for (let i = 0; i < arr.length; i++) incref(arr[i]);
  return newTupleSteal(arr);
}

/** a tuple of two borrowed items */
export function newPair(a: PyObject, b: PyObject): PyObject {
  incref(a);
  incref(b);
  return newTupleSteal([a, b]);
}

/** borrowed item array of a tuple (or tuple subclass) */
export const tupleItems = (o: PyObject): PyObject[] => o.value as PyObject[];

/** an instance of a tuple subclass holding the given (stolen) items */
function newSubtypeTuple(type: PyType, items: PyObject[]): PyObject {
  return allocate(type, items, null, items.length, true);
}

function tupleDealloc(o: PyObject): void {
  if (o === EMPTY_TUPLE) { o.refcnt = STATIC_REFCNT; return; }
  untrack(o);
  const items = o.value as PyObject[];
  const n = items.length;
  for (let i = n - 1; i >= 0; i--) decref(items[i]);
  if (o.type === TupleType && n > 0 && n <= MAXSAVESIZE) releaseTo(freeLists[n - 1], o);
  else release(o);
}

TupleType.dealloc = tupleDealloc;
TupleType.traverse = (o: PyObject, visit: Visit) => {
  // tupletraverse visits the last item first, like list_traverse
  const items = o.value as PyObject[];
  for (let i = items.length - 1; i >= 0; i--) if (items[i]) visit(items[i]);
};
TupleType.sizeof = (o) => o.type.basicsize + 8 * (o.value as PyObject[]).length;
TupleType.len = (o) => (o.value as PyObject[]).length;

TupleType.repr = (o) => {
  const items = o.value as PyObject[];
  if (items.length === 0) return newStr('()');
  if (!reprEnter(o)) return newStr('(...)');
  try {
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const r = objectRepr(items[i]);
      parts.push(r.value as string);
      decref(r);
    }
    return newStr(items.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`);
  } finally {
    reprLeave(o);
  }
};

TupleType.hash = (o) => {
  const items = o.value as PyObject[];
  const hs: (number | bigint)[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    // (the items hashed so far are kept: a __hash__ runs once per item, as in CPython)
    if (items[i].type === TupleType) return nestedTupleHash({ items, hs, i });
    hs[i] = objectHash(items[i]);
  }
  return tupleHashOf(hs);
};

/**
 * The hash of a tuple holding tuples, without a JS call per level: CPython's tuplehash recurses
 * on the C stack, which holds a tuple nested 100,000 deep; the JS stack does not. Exact tuples
 * inside are hashed here, in the same order; anything else through its own hash.
 */
interface HashLevel { items: PyObject[]; hs: (number | bigint)[]; i: number }

function nestedTupleHash(root: HashLevel): number {
  const open = (t: PyObject): HashLevel => ({ items: t.value as PyObject[], hs: new Array((t.value as PyObject[]).length), i: 0 });
  const levels: HashLevel[] = [root];
  for (;;) {
    const top = levels[levels.length - 1];
    if (top.i < top.items.length) {
      const item = top.items[top.i];
      if (item.type === TupleType) levels.push(open(item));
      else top.hs[top.i++] = objectHash(item);
      continue;
    }
    const h = tupleHashOf(top.hs);
    levels.pop();
    if (levels.length === 0) return h;
    const parent = levels[levels.length - 1];
    parent.hs[parent.i++] = h;
  }
}

/** Py_RETURN_RICHCOMPARE for two JS numbers */
export function compareLengths(a: number, b: number, op: number): PyObject {
  switch (op) {
    case LT: return newBool(a < b);
    case LE: return newBool(a <= b);
    case EQ: return newBool(a === b);
    case NE: return newBool(a !== b);
    case GT: return newBool(a > b);
    default: return newBool(a >= b);
  }
}

TupleType.richcompare = (v, w, op) => {
  if (!isTuple(v) || !isTuple(w)) return notImplemented();
  const vi = v.value as PyObject[], wi = w.value as PyObject[];
  const vlen = vi.length, wlen = wi.length;
  let i = 0;
  for (; i < vlen && i < wlen; i++) {
    if (!richCompareBool(vi[i], wi[i], EQ)) break;
  }
  if (i >= vlen || i >= wlen) return compareLengths(vlen, wlen, op);
  if (op === EQ) return newBool(false);
  if (op === NE) return newBool(true);
  return richCompare(vi[i], wi[i], op);
};

TupleType.contains = (o, el) => {
  const items = o.value as PyObject[];
  for (let i = 0; i < items.length; i++) {
    if (richCompareBool(items[i], el, EQ)) return true;
  }
  return false;
};

TupleType.getitem = (o, key) => {
  const items = o.value as PyObject[];
  if (hasIndex(key)) {
    const v = itemAt(items, asSsize(key, 'IndexError'));
    if (v === undefined) raiseIndexError('tuple index out of range');
    return newref(v!);
  }
  if (isSlice(key)) {
    const [start, , step, n] = sliceIndices(key, items.length);
    if (n <= 0) return emptyTuple();
    if (start === 0 && step === 1 && n === items.length && o.type === TupleType) return newref(o);
    const out: PyObject[] = new Array(n);
    for (let k = 0, cur = start; k < n; k++, cur += step) {
      out[k] = items[cur];
      incref(out[k]);
    }
    return newTupleSteal(out);
  }
  return raiseTypeError(`tuple indices must be integers or slices, not ${key.type.name}`);
};

// ---------------------------------------------------------------- + and *

/**
 * The nb slots of list/tuple stand for CPython's sq_concat/sq_repeat, which are NOT in the nb
 * table: binary_op1 over the genuine number slots only. Returns the result, or null when no number
 * slot handled the operands. `skipSubtypeB`: b's slot was already tried by the caller's
 * binary_op1 because b's type is a subtype of a's.
 */

function realSlot(t: PyType, op: number): BinarySlot | null {
  const s = t.nb[op];
  return s !== null && !sequenceSlots.has(s) ? s : null;
}

export function numberSlotsOnly(a: PyObject, b: PyObject, op: number, skipSubtypeB: boolean): PyObject | null {
  const sa = realSlot(a.type, op);
  let sb = b.type !== a.type ? realSlot(b.type, op) : null;
  if (sb === sa) sb = null;
  if (sb !== null && skipSubtypeB && isSubtype(b.type, a.type)) sb = null;
  if (sa !== null) {
    if (sb !== null && isSubtype(b.type, a.type)) {
      const r = sb(a, b);
      if (!isNotImplemented(r)) return r;
      decref(r);
      sb = null;
    }
    const r = sa(a, b);
    if (!isNotImplemented(r)) return r;
    decref(r);
  }
  if (sb !== null) {
    const r = sb(a, b);
    if (!isNotImplemented(r)) return r;
    decref(r);
  }
  return null;
}

/** sequence_repeat's count: an index, OverflowError when it does not fit */
export function repeatCount(n: PyObject): number {
  if (!hasIndex(n)) raiseTypeError(`can't multiply sequence by non-int of type '${n.type.name}'`);
  return asSsize(n, 'OverflowError');
}

function tupleConcat(a: PyObject, b: PyObject): PyObject {
  const ai = a.value as PyObject[], bi = b.value as PyObject[];
  if (bi.length === 0 && a.type === TupleType) return newref(a);
  if (ai.length === 0 && b.type === TupleType) return newref(b);
  const out = ai.concat(bi);
  if (out.length === 0) return emptyTuple();
  for (let i = 0; i < out.length; i++) incref(out[i]);
  return newTupleSteal(out);
}

function tupleRepeat(a: PyObject, n: number): PyObject {
  const items = a.value as PyObject[];
  const size = items.length;
  if (size === 0 || n === 1) {
    if (a.type === TupleType) return newref(a);
    if (size === 0) return emptyTuple();
  }
  if (n <= 0 || size === 0) return emptyTuple();
  if (size > PY_SSIZE_T_MAX / n || size * n > 0x7fffffff) raiseMemoryError();
  const out: PyObject[] = new Array(size * n);
  for (let k = 0, p = 0; k < n; k++) {
    for (let i = 0; i < size; i++, p++) out[p] = items[i];
  }
  for (let i = 0; i < out.length; i++) incref(out[i]);
  return newTupleSteal(out);
}

/**
 * sq_concat as a number slot for a sequence type (list, tuple): the other operand's own number
 * slots are tried first, as CPython's binary_op1 does before falling back to sq_concat.
 */
export function sequenceAddSlot(isKind: (o: PyObject) => boolean, kind: string,
  concat: (a: PyObject, b: PyObject) => PyObject): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    if (!isKind(a)) return notImplemented();
    const r = numberSlotsOnly(a, b, NB_ADD, true);
    if (r !== null) return r;
    if (!isKind(b)) raiseTypeError(`can only concatenate ${kind} (not "${b.type.name}") to ${kind}`);
    return concat(a, b);
  };
}

/** sq_repeat as a number slot: `seq * n` and `n * seq` */
export function sequenceMulSlot(isKind: (o: PyObject) => boolean,
  repeat: (seq: PyObject, n: number) => PyObject): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    if (isKind(a)) {
      const r = numberSlotsOnly(a, b, NB_MULTIPLY, true);
      if (r !== null) return r;
      return repeat(a, repeatCount(b));
    }
    if (isKind(b)) return repeat(b, repeatCount(a));
    return notImplemented();
  };
}

const tupleAdd = sequenceAddSlot(isTuple, 'tuple', tupleConcat);
const tupleMul = sequenceMulSlot(isTuple, tupleRepeat);

sequenceSlots.add(tupleAdd);
sequenceSlots.add(tupleMul);
TupleType.nb[NB_ADD] = tupleAdd;
TupleType.nb[NB_MULTIPLY] = tupleMul;

// ---------------------------------------------------------------- construction

/** PySequence_Tuple: a new tuple with the items of any iterable */
export function sequenceTuple(v: PyObject): PyObject {
  if (v.type === TupleType) return newref(v);
  if (v.type === seqHooks.listType) return newTuple(v.value as PyObject[]);
  const it = getIter(v);
  const out: PyObject[] = [];
  try {
    lengthHint(v, 10);
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      out.push(x);
    }
  } catch (e) {
    for (let i = out.length - 1; i >= 0; i--) decref(out[i]);
    throw e;
  } finally {
    decref(it);
  }
  return newTupleSteal(out);
}

TupleType.new = (type, args, kwnames) => {
  if ((type === TupleType || type.init === TupleType.init) && kwnames !== null && kwnames.length > 0) {
    raiseTypeError('tuple() takes no keyword arguments');
  }
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 1) raiseTypeError(`tuple expected at most 1 argument, got ${npos}`);
  if (type === TupleType) {
    if (npos === 0) return emptyTuple();
    return sequenceTuple(args[0]);
  }
  // tuple_subtype_new: build an exact tuple, then copy into an instance of the subtype
  const tmp = npos === 0 ? emptyTuple() : sequenceTuple(args[0]);
  const items = (tmp.value as PyObject[]).slice();
  for (let i = 0; i < items.length; i++) incref(items[i]);
  decref(tmp);
  return newSubtypeTuple(type, items);
};

// ---------------------------------------------------------------- methods

method(TupleType, 'count', (self, args, kwnames) => {
  checkArgs('tuple.count', 'count', args, kwnames, 1, 1);
  const items = self.value as PyObject[];
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    if (richCompareBool(items[i], args[0], EQ)) n++;
  }
  return newInt(n);
});

method(TupleType, 'index', (self, args, kwnames) => {
  checkArgs('tuple.index', 'index', args, kwnames, 1, 3);
  const items = self.value as PyObject[];
  let start = 0, stop = PY_SSIZE_T_MAX;
  if (args.length > 1) start = sliceIndexNotNone(args[1]);
  if (args.length > 2) stop = sliceIndexNotNone(args[2]);
  if (start < 0) {
    start += items.length;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += items.length;
  else if (stop > items.length) stop = items.length;
  for (let i = start; i < stop; i++) {
    if (richCompareBool(items[i], args[0], EQ)) return newInt(i);
  }
  return raiseValueError('tuple.index(x): x not in tuple');
});

method(TupleType, '__getnewargs__', (self, args, kwnames) => {
  checkArgs('tuple.__getnewargs__', '__getnewargs__', args, kwnames, 0, 0);
  const items = self.value as PyObject[];
  const copy = newTuple(items);
  return newTupleSteal([copy]);
});

// ================================================================ tuple_iterator

export const TupleIterType = staticType({
  name: 'tuple_iterator', basicsize: 32, flags: TPFLAGS_HAVE_GC | TPFLAGS_DISALLOW_INSTANTIATION,
});

TupleType.iter = (o) => {
  incref(o);
  return allocate(TupleIterType, o, 0);
};
TupleIterType.iter = (o) => newref(o);
TupleIterType.iternext = (it) => {
  const seq = it.value as PyObject | null;
  if (seq === null) return null;
  const items = seq.value as PyObject[];
  const i = it.aux as number;
  if (i < items.length) {
    it.aux = i + 1;
    return newref(items[i]);
  }
  it.value = null;
  decref(seq);
  return null;
};
TupleIterType.dealloc = (o) => {
  untrack(o);
  const seq = o.value as PyObject | null;
  o.value = null;
  if (seq !== null) decref(seq);
  release(o);
};
TupleIterType.traverse = (o: PyObject, visit: Visit) => {
  if (o.value !== null) visit(o.value);
};

/** __length_hint__ of a tuple iterator */
export function tupleIterLength(it: PyObject): number {
  const seq = it.value as PyObject | null;
  if (seq === null) return 0;
  return Math.max(0, (seq.value as PyObject[]).length - (it.aux as number));
}

registerLengthHint(TupleIterType, tupleIterLength);
seqHooks.newTupleSteal = newTupleSteal;

method(TupleIterType, '__length_hint__', (self, args, kwnames) => {
  checkArgs('tuple_iterator.__length_hint__', '__length_hint__', args, kwnames, 0, 0);
  return newInt(tupleIterLength(self));
});
method(TupleIterType, '__setstate__', (self, args, kwnames) => {
  checkArgs('tuple_iterator.__setstate__', '__setstate__', args, kwnames, 1, 1);
  const seq = self.value as PyObject | null;
  let i = asSsize(args[0], 'OverflowError');
  if (seq !== null) {
    const n = (seq.value as PyObject[]).length;
    if (i < 0) i = 0;
    else if (i > n) i = n;
    self.aux = i;
  }
  incref(None);
  return None;
});

// ================================================================ bootstrap

/**
 * Install the tuple hooks (abstract.fastItems for exact lists and tuples, the compiler's constant
 * tuples). Called once by the bootstrap; the empty tuple itself is static and needs no init.
 */
export function initTupleCache(): void {
  hooksAbstract.fastItems = (o: PyObject): PyObject[] | null => {
    if (o.type === TupleType || o.type === seqHooks.listType) return o.value as PyObject[];
    return null;
  };
  constHooks.newTupleSteal = newTupleSteal;
}

