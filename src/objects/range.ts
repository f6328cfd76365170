// LAYER: objects. range and its iterators (CPython's Objects/rangeobject.c).
//
//   range              value: { start, stop, step, length } — four owned int objects, as CPython
//                      keeps them (so range(10**6) holds its bound and length ints);
//                      aux:   the same four values as JS numbers, or bigints when any of them is
//                      beyond 2**53 (the fast paths read these).
//                      basicsize 48, not a GC type, not subclassable.
//   range_iterator     value: { start, step, len } (numbers, or bigints between 2**53 and 2**63);
//                      used when start, stop, step and the length fit in a C long. 48, not GC.
//   longrange_iterator same payload, for everything else. 48, not GC.
//
// Mirrored: length = (hi - lo - 1) // |step| + 1; len() raises OverflowError beyond 2**63 - 1;
// indexing and slicing in arbitrary precision ("range object index out of range"); `in`, count
// and index use arithmetic for exact ints and bools and iterate otherwise; equality and hash by
// (len, start, step) with start/step ignored as CPython does for empty and 1-element ranges.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, newref } from '../memory/refcount.js';
import { staticType, EQ, NE } from './type.js';
import { allocate, release } from './alloc.js';
import { raiseTypeError, raiseValueError, raiseIndexError, raise, excType } from './errors.js';
import { None, notImplemented } from './singletons.js';
import { newBool, BoolType } from './bool.js';
import { newStr } from './str.js';
import { IntType, newInt, bigOf } from './int.js';
import {
  index as numberIndex, hash as objectHash, reprString, richCompareBool, getIter, iterNext,
} from './abstract.js';
import { method, getset } from './define.js';
import {
  hasIndex, isSlice, sliceLongIndices, checkArgs, registerLengthHint, TPFLAGS_SEQUENCE, TPFLAGS_DISALLOW_INSTANTIATION,
} from './slice.js';
import { recursion, raiseRecursionError, IN_COMPARISON } from './recursion.js';
import { tupleHashOf, newTupleSteal } from './tuple.js';

type Num = number | bigint;

interface RangeObjs { start: PyObject; stop: PyObject; step: PyObject; length: PyObject }
interface RangeVals { start: Num; stop: Num; step: Num; length: Num }

export const RangeType = staticType({ name: 'range', basicsize: 48, flags: TPFLAGS_SEQUENCE });

const SAFE = 9007199254740991n;
const LONG_MAX = 9223372036854775807n, LONG_MIN = -9223372036854775808n;

const big = (v: Num): bigint => (typeof v === 'bigint' ? v : BigInt(v));
const isExactInt = (o: PyObject): boolean => o.type === IntType || o.type === BoolType;

/** compute_range_length */
function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  let lo: bigint, hi: bigint;
  if (step > 0n) { lo = start; hi = stop; } else { lo = stop; hi = start; step = -step; }
  if (lo >= hi) return 0n;
  return (hi - lo - 1n) / step + 1n;
}

function valsOf(r: PyObject): RangeVals { return r.aux as RangeVals; }
function objsOf(r: PyObject): RangeObjs { return r.value as RangeObjs; }

/** make_range_object: takes ownership of the three int objects */
function makeRange(start: PyObject, stop: PyObject, step: PyObject): PyObject {
  if (recursion.depth >= recursion.limit) {
    // compute_range_length compares through PyObject_RichCompareBool, which checks the recursion depth
    decref(start); decref(stop); decref(step);
    raiseRecursionError(IN_COMPARISON);
  }
  const s = bigOf(start), e = bigOf(stop), st = bigOf(step);
  const len = rangeLength(s, e, st);
  const length = newInt(len);
  const allSafe = [s, e, st, len].every((v) => v <= SAFE && v >= -SAFE);
  const vals: RangeVals = allSafe
    ? { start: Number(s), stop: Number(e), step: Number(st), length: Number(len) }
    : { start: s, stop: e, step: st, length: len };
  const objs: RangeObjs = { start, stop, step, length };
  return allocate(RangeType, objs, vals);
}

/** range(start, stop, step) from JS values (a new reference) */
export function newRange(start: Num, stop: Num, step: Num): PyObject {
  return makeRange(newInt(start), newInt(stop), newInt(step));
}

RangeType.new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError('range() takes no keyword arguments');
  const n = args.length;
  if (n === 0) raiseTypeError('range expected at least 1 argument, got 0');
  if (n > 3) raiseTypeError(`range expected at most 3 arguments, got ${n}`);
  if (n === 1) {
    const stop = numberIndex(args[0]);
    return makeRange(newInt(0), stop, newInt(1));
  }
  const start = numberIndex(args[0]);
  let stop: PyObject;
  try {
    stop = numberIndex(args[1]);
  } catch (e) {
    decref(start);
    throw e;
  }
  let step: PyObject;
  if (n === 3) {
    try {
      step = numberIndex(args[2]);
    } catch (e) {
      decref(start); decref(stop);
      throw e;
    }
    if (bigOf(step) === 0n) {
      decref(start); decref(stop); decref(step);
      raiseValueError('range() arg 3 must not be zero');
    }
  } else step = newInt(1);
  return makeRange(start, stop!, step!);
};

RangeType.dealloc = (r) => {
  const o = objsOf(r);
  r.value = null;
  decref(o.start);
  decref(o.stop);
  decref(o.step);
  decref(o.length);
  release(r);
};
RangeType.traverse = (r: PyObject, visit: Visit) => {
  const o = objsOf(r);
  visit(o.start); visit(o.stop); visit(o.step); visit(o.length);
};

RangeType.repr = (r) => {
  const o = objsOf(r);
  const v = valsOf(r);
  if (big(v.step) === 1n) return newStr(`range(${reprString(o.start)}, ${reprString(o.stop)})`);
  return newStr(`range(${reprString(o.start)}, ${reprString(o.stop)}, ${reprString(o.step)})`);
};

RangeType.len = (r) => {
  const n = valsOf(r).length;
  if (typeof n === 'number') return n;
  if (n > LONG_MAX) raise(excType('OverflowError'), 'Python int too large to convert to C ssize_t');
  return Number(n);
};
RangeType.bool = (r) => big(valsOf(r).length) !== 0n;

/** compute_item: start + i*step */
function computeItem(v: RangeVals, i: Num): PyObject {
  if (typeof i === 'number' && typeof v.start === 'number') {
    const x = v.start + i * (v.step as number);
    if (Number.isSafeInteger(x)) return newInt(x);
  }
  return newInt(big(v.start) + big(i) * big(v.step));
}

RangeType.getitem = (r, item) => {
  const v = valsOf(r);
  if (hasIndex(item)) {
    const iobj = numberIndex(item);
    let i: Num = iobj.value as Num;
    decref(iobj);
    if (typeof i === 'number' && typeof v.length === 'number') {
      if (i < 0) i += v.length;
      if (i < 0 || i >= v.length) raiseIndexError('range object index out of range');
      return computeItem(v, i);
    }
    let bi = big(i);
    const len = big(v.length);
    if (bi < 0n) bi += len;
    if (bi < 0n || bi >= len) raiseIndexError('range object index out of range');
    return computeItem(v, bi);
  }
  if (isSlice(item)) {
    const [start, stop, step] = sliceLongIndices(item, big(v.length));
    const substep = big(v.step) * step;
    const b = big(v.start), s = big(v.step);
    return makeRange(newInt(b + start * s), newInt(b + stop * s), newInt(substep));
  }
  return raiseTypeError(`range indices must be integers or slices, not ${item.type.name}`);
};

/** range_contains_long for an exact int or bool */
function containsLong(v: RangeVals, ob: PyObject): boolean {
  const x = ob.value as Num;
  if (typeof x === 'number' && typeof v.start === 'number') {
    const start = v.start, stop = v.stop as number, step = v.step as number;
    if (step > 0 ? !(start <= x && x < stop) : !(x <= start && stop < x)) return false;
    return (x - start) % step === 0;
  }
  const bx = big(x), start = big(v.start), stop = big(v.stop), step = big(v.step);
  if (step > 0n ? !(start <= bx && bx < stop) : !(bx <= start && stop < bx)) return false;
  return (bx - start) % step === 0n;
}

/** _PySequence_IterSearch over the range: count of / index of / contains `ob` */
function iterSearch(r: PyObject, ob: PyObject, mode: 'contains' | 'count' | 'index'): number {
  const it = getIter(r);
  let n = 0;
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(it);
      if (item === null) break;
      let eq: boolean;
      try {
        eq = richCompareBool(item, ob, EQ);
      } finally {
        decref(item);
      }
      if (eq) {
        if (mode === 'contains') return 1;
        if (mode === 'index') return i;
        n++;
      }
    }
  } finally {
    decref(it);
  }
  if (mode === 'index') raiseValueError('sequence.index(x): x not in sequence');
  return n;
}

RangeType.contains = (r, ob) => {
  if (isExactInt(ob)) return containsLong(valsOf(r), ob);
  return iterSearch(r, ob, 'contains') === 1;
};

/** range_equals */
function rangeEquals(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const va = valsOf(a), vb = valsOf(b);
  const la = big(va.length);
  if (la !== big(vb.length)) return false;
  if (la === 0n) return true;
  if (big(va.start) !== big(vb.start)) return false;
  if (la === 1n) return true;
  return big(va.step) === big(vb.step);
}

RangeType.richcompare = (a, b, op) => {
  if (b.type !== RangeType || (op !== EQ && op !== NE)) return notImplemented();
  const eq = rangeEquals(a, b);
  return newBool(op === EQ ? eq : !eq);
};

RangeType.hash = (r) => {
  const o = objsOf(r);
  const len = big(valsOf(r).length);
  const hs: Num[] = [objectHash(o.length)];
  if (len === 0n) {
    hs.push(objectHash(None), objectHash(None));
  } else {
    hs.push(objectHash(o.start));
    hs.push(len === 1n ? objectHash(None) : objectHash(o.step));
  }
  return tupleHashOf(hs);
};

getset(RangeType, 'start', (r) => newref(objsOf(r).start));
getset(RangeType, 'stop', (r) => newref(objsOf(r).stop));
getset(RangeType, 'step', (r) => newref(objsOf(r).step));

method(RangeType, 'count', (self, args, kwnames) => {
  checkArgs('range.count', 'count', args, kwnames, 1, 1);
  const ob = args[0];
  if (isExactInt(ob)) return newInt(containsLong(valsOf(self), ob) ? 1 : 0);
  return newInt(iterSearch(self, ob, 'count'));
});

method(RangeType, 'index', (self, args, kwnames) => {
  checkArgs('range.index', 'index', args, kwnames, 1, 1);
  const ob = args[0];
  if (!isExactInt(ob)) return newInt(iterSearch(self, ob, 'index'));
  const v = valsOf(self);
  if (containsLong(v, ob)) {
    const idx = big(ob.value as Num) - big(v.start);
    const step = big(v.step);
    if (step === 1n) return newInt(idx);
    // floor division; exact here since idx is a multiple of step
    return newInt(idx / step);
  }
  return raiseValueError(`${reprString(ob)} is not in range`);
});

method(RangeType, '__reduce__', (self, args, kwnames) => {
  checkArgs('range.__reduce__', '__reduce__', args, kwnames, 0, 0);
  const o = objsOf(self);
  incref(RangeType);
  return newTupleSteal([RangeType, newTupleSteal([newref(o.start), newref(o.stop), newref(o.step)])]);
});

// ================================================================ iterators

export interface RangeIterData { start: Num; step: Num; len: Num }

export const RangeIterType = staticType({
  name: 'range_iterator', basicsize: 48, flags: TPFLAGS_DISALLOW_INSTANTIATION,
});
export const LongRangeIterType = staticType({
  name: 'longrange_iterator', basicsize: 48, flags: TPFLAGS_DISALLOW_INSTANTIATION,
});

const fitsLong = (x: bigint): boolean => x >= LONG_MIN && x <= LONG_MAX;

function newRangeIter(start: bigint, step: bigint, len: bigint, fast: boolean): PyObject {
  const safe = [start, step, len].every((x) => x <= SAFE && x >= -SAFE) &&
    (start + step * len) <= SAFE && (start + step * len) >= -SAFE;
  const d: RangeIterData = safe
    ? { start: Number(start), step: Number(step), len: Number(len) }
    : { start, step, len };
  return allocate(fast ? RangeIterType : LongRangeIterType, d, null);
}

RangeType.iter = (r) => {
  const v = valsOf(r);
  const start = big(v.start), stop = big(v.stop), step = big(v.step), len = big(v.length);
  // range_iter: the C-long iterator when start, stop, step and the length fit and
  // start + len*step cannot overflow
  let fast = fitsLong(start) && fitsLong(stop) && fitsLong(step) && len <= LONG_MAX;
  if (fast && len > 0n) {
    if (step > 0n) fast = !(stop > LONG_MAX - (step - 1n));
    else fast = !(stop < LONG_MIN + (-1n - step));
  }
  return newRangeIter(start, step, len, fast);
};

method(RangeType, '__reversed__', (self, args, kwnames) => {
  checkArgs('range.__reversed__', '__reversed__', args, kwnames, 0, 0);
  const v = valsOf(self);
  const start = big(v.start), stop = big(v.stop), step = big(v.step), len = big(v.length);
  const fast = fitsLong(start) && fitsLong(stop) && fitsLong(step) && fitsLong(-step) && fitsLong(start - step) &&
    fitsLong(len);
  const newStart = start + (len - 1n) * step;
  return newRangeIter(newStart, -step, len, fast);
});

function rangeIterNext(it: PyObject): PyObject | null {
  const d = it.value as RangeIterData;
  const len = d.len;
  if (typeof len === 'number') {
    if (len <= 0) return null;
    const r = d.start as number;
    d.start = r + (d.step as number);
    d.len = len - 1;
    return newInt(r);
  }
  if (len <= 0n) return null;
  const r = d.start as bigint;
  d.start = r + (d.step as bigint);
  d.len = len - 1n;
  return newInt(r);
}

function rangeIterHint(it: PyObject): number {
  const len = (it.value as RangeIterData).len;
  return typeof len === 'number' ? len : Number(len);
}

for (const T of [RangeIterType, LongRangeIterType]) {
  T.iter = (o) => newref(o);
  T.iternext = rangeIterNext;
  T.dealloc = (o) => release(o);
  registerLengthHint(T, rangeIterHint);
  method(T, '__length_hint__', (self, args, kwnames) => {
    checkArgs(`${T.name}.__length_hint__`, '__length_hint__', args, kwnames, 0, 0);
    return newInt((self.value as RangeIterData).len);
  });
}

