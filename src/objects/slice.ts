// LAYER: objects. The slice type (CPython's Objects/sliceobject.c) and the index helpers every
// sequence type shares (PyNumber_AsSsize_t, _PyEval_SliceIndex, PySlice_Unpack/AdjustIndices).
//
//   slice   value: { start, stop, step } — three owned references (None when omitted).
//           GC type, basicsize 40, tracked at creation. Unhashable in 3.11 (it has richcompare
//           and no hash). CPython 3.11 keeps ONE freed exact slice for reuse
//           (interp->slice_cache): modelled as a FreeList of size 1 (one that gc.collect() does
//           not empty), so `a[1:2]` in a loop reuses the same address and does not count as a GC
//           allocation.
//
// Index conversion mirrors CPython:
//   * a subscript index goes through PyNumber_AsSsize_t(key, IndexError): an int that does not fit
//     in 64 bits raises IndexError("cannot fit 'int' into an index-sized integer");
//   * slice bounds go through _PyEval_SliceIndex: huge values are clipped to +-PY_SSIZE_T_MAX, and a
//     non-index object raises "slice indices must be integers or None or have an __index__ method";
//   * slice.indices() and range slicing use the bigint path (_PySlice_GetLongIndices).
// Sizes are JS numbers; PY_SSIZE_T_MAX is 2**63 - 1, which as a double is 2**63 (only ever used to
// clip, never to index).
//
// Also here, because this file imports none of the other container files (so it is always
// evaluated first and their load-time code may use it): `checkArgs` (CPython's arity messages), the
// type flags and NB_* slot numbers they share, the Py_ReprEnter guard, the registry of JS
// __length_hint__ functions, and the late-bound constructors this file needs.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { PyType, BinarySlot, staticType, TPFLAGS_HAVE_GC, EQ, LE, GE } from './type.js';
import { allocateFrom, releaseTo, FreeList, allFreeLists } from './alloc.js';
import { raiseTypeError, raiseValueError, raise, excType, PyErr } from './errors.js';
import { None, notImplemented } from './singletons.js';
import { newBool, BoolType } from './bool.js';
import { newStr } from './str.js';
import { newInt, isInt } from './int.js';
import { reprString, richCompare, index as numberIndex, isInstance } from './abstract.js';
import { method, getset } from './define.js';

// CPython's type flags this layer sets but type.ts does not name
export const TPFLAGS_SEQUENCE = 1 << 5;
export const TPFLAGS_MAPPING = 1 << 6;
export const TPFLAGS_DISALLOW_INSTANTIATION = 1 << 7;
export const TPFLAGS_MATCH_SELF = 1 << 22;

/** binary slot numbers (compiler/opcodes.ts NB_*; repeated here to keep the layering) */
export const NB_ADD = 0, NB_AND = 1, NB_MULTIPLY = 5, NB_OR = 7, NB_SUBTRACT = 10, NB_XOR = 12;

/** late-bound constructors and types of the sibling files (set when they load) */
export const seqHooks = {
  newTupleSteal: null as unknown as (items: PyObject[]) => PyObject,
  listType: null as PyType | null,
};

/**
 * The nb slots of list/tuple stand for CPython's sq_concat/sq_repeat, which are not in the nb
 * table (tuple.ts numberSlotsOnly skips them).
 */
export const sequenceSlots = new Set<BinarySlot>();

// ---------------------------------------------------------------- Py_ReprEnter / Py_ReprLeave

const reprActive = new Set<PyObject>();

/** Py_ReprEnter: false if o's repr is already being computed (a recursive container) */
/**
 * CPython's Py_ReprEnter keeps its guard list in the thread state's dict, made on the first call:
 * {'Py_Repr': []}, a dict and a list that then live for good (two gc allocations the first time a
 * program prints a non-empty list, tuple, dict or set). The runtime wires `makeThreadStateDict`.
 */
export const reprHooks = { makeThreadStateDict: null as (() => void) | null };

export function reprEnter(o: PyObject): boolean {
  if (reprHooks.makeThreadStateDict !== null) {
    const make = reprHooks.makeThreadStateDict;
    reprHooks.makeThreadStateDict = null;
    make();
  }
  if (reprActive.has(o)) return false;
  reprActive.add(o);
  return true;
}

export function reprLeave(o: PyObject): void {
  reprActive.delete(o);
}

// ---------------------------------------------------------------- __length_hint__ registry

const lengthHints = new Map<PyType, (o: PyObject) => number>();

/** Register a JS __length_hint__ for a builtin iterator type (skips the method lookup). */
export function registerLengthHint(t: PyType, f: (o: PyObject) => number): void {
  lengthHints.set(t, f);
}

export function lengthHintFor(t: PyType): ((o: PyObject) => number) | undefined {
  return lengthHints.get(t);
}

export const PY_SSIZE_T_MAX = 9223372036854775807;
export const PY_SSIZE_T_MIN = -9223372036854775808;
const SSIZE_MAX_BIG = 9223372036854775807n;
const SSIZE_MIN_BIG = -9223372036854775808n;

// ---------------------------------------------------------------- arity checks

/**
 * CPython's arity messages: METH_NOARGS "list.clear() takes no arguments (1 given)", METH_O
 * "list.append() takes exactly one argument (0 given)", PyArg_UnpackTuple "pop expected at most
 * 1 argument, got 2". `qualname` ("list.pop") is used for the keyword and METH_O/NOARGS messages,
 * `shortname` ("pop") for the ranged ones.
 */
export function checkArgs(qualname: string, shortname: string, args: PyObject[], kwnames: string[] | null,
  min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${qualname}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) raiseTypeError(`${qualname}() takes no arguments (${n} given)`);
    if (min === 1) raiseTypeError(`${qualname}() takes exactly one argument (${n} given)`);
    raiseTypeError(`${shortname} expected ${min} arguments, got ${n}`);
  }
  if (n < min) raiseTypeError(`${shortname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  raiseTypeError(`${shortname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** `true` if the PyErr is an instance of the named exception type */
export function errIs(e: unknown, name: string): boolean {
  return e instanceof PyErr && isInstance(e.exc, excType(name));
}

// ---------------------------------------------------------------- index conversion

/** PyLong_Check (bool included even before the bootstrap copies int's flags to it) */
const isIntLike = (o: PyObject): boolean => o.type === BoolType || isInt(o);

/** PyIndex_Check: int (or subclass) or a type with __index__ */
export function hasIndex(o: PyObject): boolean {
  return isIntLike(o) || o.type.index !== null;
}

/** PyNumber_Index as a JS value (number when |v| < 2**53, else bigint) */
export function indexValue(o: PyObject): number | bigint {
  if (isIntLike(o)) return o.value as number | bigint;
  const r = numberIndex(o);
  const v = r.value as number | bigint;
  decref(r);
  return v;
}

/** items[i], i counted from the end when negative (borrowed), or undefined when out of range */
export function itemAt(items: PyObject[], i: number): PyObject | undefined {
  if (i < 0) i += items.length;
  return i < 0 || i >= items.length ? undefined : items[i];
}

/**
 * PyNumber_AsSsize_t(o, exc): `excName` names the exception raised when the int does not fit in
 * 64 bits ("cannot fit 'int' into an index-sized integer"); null clips to +-PY_SSIZE_T_MAX.
 */
export function asSsize(o: PyObject, excName: string | null): number {
  const v = indexValue(o);
  if (typeof v === 'number') return v;
  if (v >= SSIZE_MIN_BIG && v <= SSIZE_MAX_BIG) return Number(v);
  if (excName === null) return v < 0n ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
  return raise(excType(excName), "cannot fit 'int' into an index-sized integer");
}

/**
 * Argument Clinic's Py_ssize_t converter (list.insert, list.pop): an index; OverflowError
 * "Python int too large to convert to C ssize_t" when it does not fit in 64 bits.
 */
export function asSsizeArg(o: PyObject): number {
  const v = indexValue(o);
  if (typeof v === 'number') return v;
  if (v >= SSIZE_MIN_BIG && v <= SSIZE_MAX_BIG) return Number(v);
  return raise(excType('OverflowError'), 'Python int too large to convert to C ssize_t');
}

/** _PyEval_SliceIndex: None keeps the default; otherwise an index, clipped */
function sliceIndex(v: PyObject, dflt: number): number {
  if (v === None) return dflt;
  if (!hasIndex(v)) raiseTypeError('slice indices must be integers or None or have an __index__ method');
  return asSsize(v, null);
}

/** _PyEval_SliceIndexNotNone (list.index/tuple.index start and stop arguments) */
export function sliceIndexNotNone(v: PyObject): number {
  if (!hasIndex(v)) raiseTypeError('slice indices must be integers or have an __index__ method');
  return asSsize(v, null);
}

// ---------------------------------------------------------------- the slice type

export interface SliceData { start: PyObject; stop: PyObject; step: PyObject }

export const SliceType = staticType({ name: 'slice', basicsize: 40, flags: TPFLAGS_HAVE_GC });

/**
 * interp->slice_cache: one freed slice kept for reuse. Unlike the type free lists it is not
 * emptied by a full collection (_PyGC_ClearAllFreeLists does not touch it), so it is taken off
 * allFreeLists.
 */
const sliceCache = new FreeList(1);
allFreeLists.splice(allFreeLists.indexOf(sliceCache), 1);

export const isSlice = (o: PyObject): boolean => o.type === SliceType;

/** PySlice_New: borrowed arguments, null meaning None */
export function newSlice(start: PyObject | null, stop: PyObject | null, step: PyObject | null): PyObject {
  const s = start ?? None, e = stop ?? None, st = step ?? None;
  incref(s); incref(e); incref(st);
  const data: SliceData = { start: s, stop: e, step: st };
  return allocateFrom(sliceCache, SliceType, data, null, 0, true);
}

SliceType.dealloc = (o) => {
  untrack(o);
  const d = o.value as SliceData;
  o.value = null;
  decref(d.step);
  decref(d.start);
  decref(d.stop);
  releaseTo(sliceCache, o);
};
SliceType.traverse = (o: PyObject, visit: Visit) => {
  const d = o.value as SliceData;
  visit(d.start); visit(d.stop); visit(d.step);
};
SliceType.repr = (o) => {
  const d = o.value as SliceData;
  return newStr(`slice(${reprString(d.start)}, ${reprString(d.stop)}, ${reprString(d.step)})`);
};
SliceType.new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError('slice() takes no keyword arguments');
  if (args.length === 0) raiseTypeError('slice expected at least 1 argument, got 0');
  if (args.length > 3) raiseTypeError(`slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newSlice(null, args[0], null);
  return newSlice(args[0], args[1], args.length > 2 ? args[2] : null);
};
SliceType.richcompare = (a, b, op) => {
  if (a.type !== SliceType || b.type !== SliceType) return notImplemented();
  if (a === b) return newBool(op === EQ || op === LE || op === GE);
  const da = a.value as SliceData, db = b.value as SliceData;
  incref(da.start); incref(da.stop); incref(da.step);
  incref(db.start); incref(db.stop); incref(db.step);
  const t1 = seqHooks.newTupleSteal([da.start, da.stop, da.step]);
  const t2 = seqHooks.newTupleSteal([db.start, db.stop, db.step]);
  try {
    return richCompare(t1, t2, op);
  } finally {
    decref(t1);
    decref(t2);
  }
};

getset(SliceType, 'start', (o) => { const v = (o.value as SliceData).start; incref(v); return v; });
getset(SliceType, 'stop', (o) => { const v = (o.value as SliceData).stop; incref(v); return v; });
getset(SliceType, 'step', (o) => { const v = (o.value as SliceData).step; incref(v); return v; });

/** PySlice_Unpack: [start, stop, step] with None defaults and clipping; ValueError on a zero step */
export function sliceUnpack(o: PyObject): [number, number, number] {
  const d = o.value as SliceData;
  let step = 1;
  if (d.step !== None) {
    step = sliceIndex(d.step, 1);
    if (step === 0) raiseValueError('slice step cannot be zero');
    if (step < -PY_SSIZE_T_MAX) step = -PY_SSIZE_T_MAX;
  }
  const start = d.start === None ? (step < 0 ? PY_SSIZE_T_MAX : 0) : sliceIndex(d.start, 0);
  const stop = d.stop === None ? (step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX) : sliceIndex(d.stop, 0);
  return [start, stop, step];
}

/** PySlice_AdjustIndices: clamp to the sequence; returns [start, stop, slicelength] */
export function sliceAdjust(length: number, start: number, stop: number, step: number): [number, number, number] {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    n = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, n];
}

/** PySlice_GetIndicesEx: [start, stop, step, slicelength] for a sequence of `length` items */
export function sliceIndices(o: PyObject, length: number): [number, number, number, number] {
  const [start0, stop0, step] = sliceUnpack(o);
  const [start, stop, n] = sliceAdjust(length, start0, stop0, step);
  return [start, stop, step, n];
}

function evalLongIndex(v: PyObject): bigint {
  if (!hasIndex(v)) raiseTypeError('slice indices must be integers or None or have an __index__ method');
  return BigInt(indexValue(v));
}

/** _PySlice_GetLongIndices: arbitrary-precision [start, stop, step] for slice.indices and range */
export function sliceLongIndices(o: PyObject, length: bigint): [bigint, bigint, bigint] {
  const d = o.value as SliceData;
  if (length < 0n) raiseValueError('length should not be negative');
  let step = 1n;
  if (d.step !== None) {
    step = evalLongIndex(d.step);
    if (step === 0n) raiseValueError('slice step cannot be zero');
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  let start: bigint;
  if (d.start === None) start = neg ? upper : lower;
  else {
    start = evalLongIndex(d.start);
    if (start < 0n) {
      start += length;
      if (start < lower) start = lower;
    } else if (start > upper) start = upper;
  }
  let stop: bigint;
  if (d.stop === None) stop = neg ? lower : upper;
  else {
    stop = evalLongIndex(d.stop);
    if (stop < 0n) {
      stop += length;
      if (stop < lower) stop = lower;
    } else if (stop > upper) stop = upper;
  }
  return [start, stop, step];
}

method(SliceType, '__reduce__', (self, args, kwnames) => {
  checkArgs('slice.__reduce__', '__reduce__', args, kwnames, 0, 0);
  const d = self.value as SliceData;
  incref(SliceType);
  incref(d.start); incref(d.stop); incref(d.step);
  return seqHooks.newTupleSteal([SliceType, seqHooks.newTupleSteal([d.start, d.stop, d.step])]);
});

method(SliceType, 'indices', (self, args, kwnames) => {
  checkArgs('slice.indices', 'indices', args, kwnames, 1, 1);
  const len = BigInt(indexValue(args[0]));
  const [start, stop, step] = sliceLongIndices(self, len);
  return seqHooks.newTupleSteal([newInt(start), newInt(stop), newInt(step)]);
});

