// LAYER: objects. The builtin iterator types that are not tied to one container (CPython's
// Objects/iterobject.c, enumobject.c and bltinmodule.c's map/filter/zip), and PyObject_LengthHint.
//
//   iterator           (the old __getitem__ protocol) value: the sequence (owned) or null when
//                      exhausted; aux: next index.                              32 bytes, GC
//   callable_iterator  (iter(f, sentinel)) value: { callable, sentinel } (owned) or null. 32, GC
//   enumerate          value: { it, index, result }: the iterator (owned), the next index (number,
//                      or bigint beyond 2**53), the recycled (index, item) tuple (owned). 56, GC
//   zip                value: { iters, result, strict }: a tuple of iterators (owned), the recycled
//                      result tuple (owned).                                    48, GC
//   map                value: { func, iters }: the function and a tuple of iterators (owned). 32, GC
//   filter             value: { func, it } (owned).                             32, GC
//   reversed           value: the sequence (owned) or null; aux: next index.    32, GC
//
// enumerate, zip and the dict item iterators reuse their result tuple when nobody else holds it
// (refcount 1), as CPython does, so `for i, x in enumerate(xs)` allocates no tuple per step.
// All of them are tracked at creation (tp_alloc), release their references in CPython's order,
// and traverse every reference they hold.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, xdecref, newref } from '../memory/refcount.js';
import { untrack, track, isTracked } from '../memory/generations.js';
import { PyType, staticType, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, EQ } from './type.js';
import { allocate, release } from './alloc.js';
import { raiseTypeError, raiseValueError, raise, excType, PyErr } from './errors.js';
import { None, NotImplemented, none } from './singletons.js';
import { isTrue, call, getIter, getItem, len as objectLen, lookupSpecial, richCompareBool, hooksAbstract, isInstance } from './abstract.js';
import { newInt, isInt } from './int.js';
import { BoolType } from './bool.js';
import { method } from './define.js';
import {
  checkArgs, errIs, asSsize, hasIndex, indexValue, registerLengthHint, lengthHintFor, TPFLAGS_DISALLOW_INSTANTIATION,
} from './slice.js';
import { newTupleSteal } from './tuple.js';
import { DictType } from './dict.js';

// ================================================================ PyObject_LengthHint

export { registerLengthHint };

/** swallow a TypeError (returns true) or rethrow */
function swallowTypeError(e: unknown): boolean {
  if (errIs(e, 'TypeError')) {
    decref((e as PyErr).exc);
    return true;
  }
  throw e;
}

/** PyObject_LengthHint: len(o) if it has one, else o.__length_hint__(), else dflt */
export function lengthHint(o: PyObject, dflt: number): number {
  if (o.type.len !== null) {
    try {
      return objectLen(o);
    } catch (e) {
      swallowTypeError(e);
    }
  }
  const fast = lengthHintFor(o.type);
  if (fast !== undefined) return fast(o);
  const hint = lookupSpecial(o, '__length_hint__');
  if (hint === null) return dflt;
  let result: PyObject;
  try {
    result = call(hint, [], null);
  } catch (e) {
    swallowTypeError(e);
    return dflt;
  } finally {
    decref(hint);
  }
  if (result === NotImplemented) {
    decref(result);
    return dflt;
  }
  if (!isInt(result)) {
    const name = result.type.name;
    decref(result);
    raiseTypeError(`__length_hint__ must be an integer, not ${name}`);
  }
  const v = result.value as number | bigint;
  decref(result);
  if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
    raise(excType('OverflowError'), 'Python int too large to convert to C ssize_t');
  }
  const n = Number(v);
  if (n < 0) raiseValueError('__length_hint__() should return >= 0');
  return n;
}

const GC_ITER = TPFLAGS_HAVE_GC | TPFLAGS_DISALLOW_INSTANTIATION;

function selfIter(o: PyObject): PyObject {
  return newref(o);
}

// ================================================================ iterator (sequence protocol)

export const SeqIterType = staticType({ name: 'iterator', basicsize: 32, flags: GC_ITER });

/** PySeqIter_New: iterate o[0], o[1], ... until IndexError or StopIteration */
export function newSeqIter(seq: PyObject): PyObject {
  incref(seq);
  return allocate(SeqIterType, seq, 0);
}

SeqIterType.iter = selfIter;
SeqIterType.iternext = (it) => {
  const seq = it.value as PyObject | null;
  if (seq === null) return null;
  const i = it.aux as number;
  const idx = newInt(i);
  try {
    const r = getItem(seq, idx);
    it.aux = i + 1;
    return r;
  } catch (e) {
    if (errIs(e, 'IndexError') || errIs(e, 'StopIteration')) {
      decref((e as PyErr).exc);
      it.value = null;
      decref(seq);
      return null;
    }
    throw e;
  } finally {
    decref(idx);
  }
};
SeqIterType.dealloc = (o) => {
  untrack(o);
  const seq = o.value as PyObject | null;
  o.value = null;
  xdecref(seq);
  release(o);
};
SeqIterType.traverse = (o: PyObject, visit: Visit) => {
  if (o.value !== null) visit(o.value);
};
method(SeqIterType, '__length_hint__', (self, args, kwnames) => {
  checkArgs('iterator.__length_hint__', '__length_hint__', args, kwnames, 0, 0);
  const seq = self.value as PyObject | null;
  if (seq !== null) {
    if (seq.type.len === null) {
      incref(NotImplemented);
      return NotImplemented;
    }
    const len = objectLen(seq) - (self.aux as number);
    if (len >= 0) return newInt(len);
  }
  return newInt(0);
});
method(SeqIterType, '__setstate__', (self, args, kwnames) => {
  checkArgs('iterator.__setstate__', '__setstate__', args, kwnames, 1, 1);
  let i = asSsize(args[0], 'OverflowError');
  if (self.value !== null) {
    if (i < 0) i = 0;
    self.aux = i;
  }
  return none();
});

// ================================================================ callable_iterator

interface CallIterData { callable: PyObject; sentinel: PyObject }

export const CallIterType = staticType({ name: 'callable_iterator', basicsize: 32, flags: GC_ITER });

/** PyCallIter_New: iter(callable, sentinel) */
export function newCallableIterator(callable: PyObject, sentinel: PyObject): PyObject {
  incref(callable);
  incref(sentinel);
  const d: CallIterData = { callable, sentinel };
  return allocate(CallIterType, d, null);
}

function callIterClear(it: PyObject): void {
  const d = it.value as CallIterData | null;
  if (d === null) return;
  it.value = null;
  decref(d.callable);
  decref(d.sentinel);
}

CallIterType.iter = selfIter;
CallIterType.iternext = (it) => {
  const d = it.value as CallIterData | null;
  if (d === null) return null;
  let result: PyObject;
  try {
    result = call(d.callable, [], null);
  } catch (e) {
    if (errIs(e, 'StopIteration')) {
      decref((e as PyErr).exc);
      callIterClear(it);
      return null;
    }
    throw e;
  }
  let ok: boolean;
  try {
    ok = richCompareBool(d.sentinel, result, EQ);
  } catch (e) {
    decref(result);
    throw e;
  }
  if (!ok) return result;
  decref(result);
  callIterClear(it);
  return null;
};
CallIterType.dealloc = (o) => {
  untrack(o);
  const d = o.value as CallIterData | null;
  o.value = null;
  if (d !== null) {
    decref(d.callable);
    decref(d.sentinel);
  }
  release(o);
};
CallIterType.traverse = (o: PyObject, visit: Visit) => {
  const d = o.value as CallIterData | null;
  if (d !== null) { visit(d.callable); visit(d.sentinel); }
};

// ================================================================ tuple recycling

/**
 * The result-tuple trick of enumerate / zip / dict.items() iterators: if the iterator holds the
 * only reference to its last result, refill that tuple (stealing `items`) instead of allocating.
 * Returns a new reference to the tuple to hand out.
 */
export function recycleTuple(result: PyObject | null, items: PyObject[]): PyObject {
  if (result !== null && result.refcnt === 1) {
    incref(result);
    const arr = result.value as PyObject[];
    const old = arr.slice();
    for (let i = 0; i < items.length; i++) arr[i] = items[i];
    for (let i = 0; i < old.length; i++) decref(old[i]);
    if (!isTracked(result)) track(result);
    return result;
  }
  return newTupleSteal(items);
}

// ================================================================ enumerate

interface EnumData { it: PyObject; index: number | bigint; result: PyObject }

export const EnumerateType = staticType({
  name: 'enumerate', basicsize: 56, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
});

function newEnumerate(type: PyType, iterable: PyObject, start: PyObject | null): PyObject {
  // enum_new_impl: the object first (tp_alloc), then start, the iterator, the result tuple
  const d: EnumData = { it: null as unknown as PyObject, index: 0, result: null as unknown as PyObject };
  const en = allocate(type, d, null);
  try {
    if (start !== null) {
      if (!hasIndex(start)) raiseTypeError(`'${start.type.name}' object cannot be interpreted as an integer`);
      d.index = indexValue(start);
    }
    d.it = getIter(iterable);
    incref(None); incref(None);
    d.result = newTupleSteal([None, None]);
  } catch (e) {
    decref(en);
    throw e;
  }
  return en;
}

function checkKeyword(name: string, expected: string): void {
  if (name !== expected) raiseTypeError(`'${name}' is an invalid keyword argument for enumerate()`);
}

EnumerateType.new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  if (nargs + nkw === 2) {
    if (nkw === 1) checkKeyword(kwnames![0], 'start');
    else if (nkw === 2) {
      if (kwnames![0] === 'start') {
        checkKeyword(kwnames![1], 'iterable');
        return newEnumerate(type, args[1], args[0]);
      }
      checkKeyword(kwnames![0], 'iterable');
      checkKeyword(kwnames![1], 'start');
    }
    return newEnumerate(type, args[0], args[1]);
  }
  if (nargs + nkw === 1) {
    if (nkw === 1) checkKeyword(kwnames![0], 'iterable');
    return newEnumerate(type, args[0], null);
  }
  if (nargs === 0) raiseTypeError("enumerate() missing required argument 'iterable'");
  return raiseTypeError(`enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
};
EnumerateType.iter = selfIter;
EnumerateType.iternext = (en) => {
  const d = en.value as EnumData;
  const next = d.it.type.iternext;
  if (next === null) raiseTypeError(`'${d.it.type.name}' object is not an iterator`);
  const item = next!(d.it);
  if (item === null) return null;
  const idx = newInt(d.index);
  const i = d.index;
  d.index = typeof i === 'number' && i < 9007199254740991 ? i + 1 : BigInt(i) + 1n;
  return recycleTuple(d.result, [idx, item]);
};
EnumerateType.dealloc = (o) => {
  untrack(o);
  const d = o.value as EnumData;
  o.value = null;
  xdecref(d.it);
  xdecref(d.result);
  release(o);
};
EnumerateType.traverse = (o: PyObject, visit: Visit) => {
  const d = o.value as EnumData;
  if (d.it !== null) visit(d.it);
  if (d.result !== null) visit(d.result);
};

// ================================================================ zip

interface ZipData { iters: PyObject; result: PyObject; strict: boolean }

export const ZipType = staticType({ name: 'zip', basicsize: 48, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE });

ZipType.new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  let strict = false;
  if (nkw > 0) {
    if (nkw > 1) raiseTypeError(`zip() takes at most 1 keyword argument (${nkw} given)`);
    if (kwnames![0] !== 'strict') raiseTypeError(`'${kwnames![0]}' is an invalid keyword argument for zip()`);
    strict = isTrue(args[args.length - 1]);
  }
  const n = args.length - nkw;
  const its: PyObject[] = [];
  try {
    for (let i = 0; i < n; i++) its.push(getIter(args[i]));
  } catch (e) {
    for (let i = its.length - 1; i >= 0; i--) decref(its[i]);
    throw e;
  }
  const iters = newTupleSteal(its);
  const nones: PyObject[] = [];
  for (let i = 0; i < n; i++) { incref(None); nones.push(None); }
  const result = newTupleSteal(nones);
  const d: ZipData = { iters, result, strict };
  return allocate(type, d, null);
};
ZipType.iter = selfIter;

function iterNextOf(it: PyObject): PyObject | null {
  const f = it.type.iternext;
  if (f === null) raiseTypeError(`'${it.type.name}' object is not an iterator`);
  return f!(it);
}

function zipCheck(its: PyObject[], i: number): null {
  if (i) {
    const plural = i === 1 ? ' ' : 's 1-';
    raiseValueError(`zip() argument ${i + 1} is shorter than argument${plural}${i}`);
  }
  for (i = 1; i < its.length; i++) {
    const item = iterNextOf(its[i]);
    if (item !== null) {
      decref(item);
      const plural = i === 1 ? ' ' : 's 1-';
      raiseValueError(`zip() argument ${i + 1} is longer than argument${plural}${i}`);
    }
  }
  return null;
}

ZipType.iternext = (z) => {
  const d = z.value as ZipData;
  const its = d.iters.value as PyObject[];
  const n = its.length;
  if (n === 0) return null;
  const result = d.result;
  if (result.refcnt === 1) {
    incref(result);
    const arr = result.value as PyObject[];
    for (let i = 0; i < n; i++) {
      let item: PyObject | null;
      try {
        item = iterNextOf(its[i]);
      } catch (e) {
        decref(result);
        throw e;
      }
      if (item === null) {
        decref(result);
        if (d.strict) return zipCheck(its, i);
        return null;
      }
      const old = arr[i];
      arr[i] = item;
      decref(old);
    }
    if (!isTracked(result)) track(result);
    return result;
  }
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    let item: PyObject | null;
    try {
      item = iterNextOf(its[i]);
    } catch (e) {
      for (let j = items.length - 1; j >= 0; j--) decref(items[j]);
      throw e;
    }
    if (item === null) {
      for (let j = items.length - 1; j >= 0; j--) decref(items[j]);
      if (d.strict) return zipCheck(its, i);
      return null;
    }
    items.push(item);
  }
  return newTupleSteal(items);
};
ZipType.dealloc = (o) => {
  untrack(o);
  const d = o.value as ZipData;
  o.value = null;
  decref(d.iters);
  decref(d.result);
  release(o);
};
ZipType.traverse = (o: PyObject, visit: Visit) => {
  const d = o.value as ZipData;
  visit(d.iters);
  visit(d.result);
};

// ================================================================ map

interface MapData { func: PyObject; iters: PyObject }

export const MapType = staticType({ name: 'map', basicsize: 32, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE });

MapType.new = (type, args, kwnames) => {
  if ((type === MapType || type.init === MapType.init) && kwnames !== null && kwnames.length > 0) {
    raiseTypeError('map() takes no keyword arguments');
  }
  const n = args.length - (kwnames === null ? 0 : kwnames.length);
  if (n < 2) raiseTypeError('map() must have at least two arguments.');
  const its: PyObject[] = [];
  try {
    for (let i = 1; i < n; i++) its.push(getIter(args[i]));
  } catch (e) {
    for (let i = its.length - 1; i >= 0; i--) decref(its[i]);
    throw e;
  }
  const iters = newTupleSteal(its);
  incref(args[0]);
  const d: MapData = { func: args[0], iters };
  return allocate(type, d, null);
};
MapType.iter = selfIter;
MapType.iternext = (m) => {
  const d = m.value as MapData;
  const its = d.iters.value as PyObject[];
  const stack: PyObject[] = [];
  try {
    for (let i = 0; i < its.length; i++) {
      const v = iterNextOf(its[i]);
      if (v === null) return null;
      stack.push(v);
    }
    return call(d.func, stack, null);
  } finally {
    for (let i = 0; i < stack.length; i++) decref(stack[i]);
  }
};
MapType.dealloc = (o) => {
  untrack(o);
  const d = o.value as MapData;
  o.value = null;
  decref(d.iters);
  decref(d.func);
  release(o);
};
MapType.traverse = (o: PyObject, visit: Visit) => {
  const d = o.value as MapData;
  visit(d.iters);
  visit(d.func);
};

// ================================================================ filter

interface FilterData { func: PyObject; it: PyObject }

export const FilterType = staticType({ name: 'filter', basicsize: 32, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE });

FilterType.new = (type, args, kwnames) => {
  if ((type === FilterType || type.init === FilterType.init) && kwnames !== null && kwnames.length > 0) {
    raiseTypeError('filter() takes no keyword arguments');
  }
  const n = args.length - (kwnames === null ? 0 : kwnames.length);
  if (n !== 2) raiseTypeError(`filter expected 2 arguments, got ${n}`);
  const it = getIter(args[1]);
  incref(args[0]);
  const d: FilterData = { func: args[0], it };
  return allocate(type, d, null);
};
FilterType.iter = selfIter;
FilterType.iternext = (f) => {
  const d = f.value as FilterData;
  const checktrue = d.func === None || d.func === BoolType;
  for (;;) {
    const item = iterNextOf(d.it);
    if (item === null) return null;
    let ok: boolean;
    try {
      if (checktrue) ok = isTrue(item);
      else {
        const good = call(d.func, [item], null);
        try {
          ok = isTrue(good);
        } finally {
          decref(good);
        }
      }
    } catch (e) {
      decref(item);
      throw e;
    }
    if (ok) return item;
    decref(item);
  }
};
FilterType.dealloc = (o) => {
  untrack(o);
  const d = o.value as FilterData;
  o.value = null;
  decref(d.func);
  decref(d.it);
  release(o);
};
/** filter_traverse's order: the iterator, then the function */
FilterType.traverse = (o: PyObject, visit: Visit) => {
  const d = o.value as FilterData;
  visit(d.it);
  visit(d.func);
};

// ================================================================ reversed

export const ReversedType = staticType({ name: 'reversed', basicsize: 32, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE });

/** PySequence_Check */
function isSequence(o: PyObject): boolean {
  if (isInstance(o, DictType)) return false;
  return o.type.getitem !== null;
}

/** reversed(seq): seq.__reversed__() or an iterator over seq[len-1] ... seq[0] */
export function newReversed(type: PyType, seq: PyObject): PyObject {
  const meth = lookupSpecial(seq, '__reversed__');
  if (meth === None) {
    decref(meth);
    raiseTypeError(`'${seq.type.name}' object is not reversible`);
  }
  if (meth !== null) {
    try {
      return call(meth, [], null);
    } finally {
      decref(meth);
    }
  }
  if (!isSequence(seq)) raiseTypeError(`'${seq.type.name}' object is not reversible`);
  const n = objectLen(seq);
  incref(seq);
  return allocate(type, seq, n - 1);
}

ReversedType.new = (type, args, kwnames) => {
  if ((type === ReversedType || type.init === ReversedType.init) && kwnames !== null && kwnames.length > 0) {
    raiseTypeError('reversed() takes no keyword arguments');
  }
  const n = args.length - (kwnames === null ? 0 : kwnames.length);
  if (n !== 1) raiseTypeError(`reversed expected 1 argument, got ${n}`);
  return newReversed(type, args[0]);
};
ReversedType.iter = selfIter;
ReversedType.iternext = (ro) => {
  const seq = ro.value as PyObject | null;
  const index = ro.aux as number;
  if (seq === null) return null;
  if (index >= 0) {
    const idx = newInt(index);
    try {
      const item = getItem(seq, idx);
      ro.aux = index - 1;
      return item;
    } catch (e) {
      if (!(errIs(e, 'IndexError') || errIs(e, 'StopIteration'))) throw e;
      decref((e as PyErr).exc);
    } finally {
      decref(idx);
    }
  }
  ro.aux = -1;
  ro.value = null;
  decref(seq);
  return null;
};
ReversedType.dealloc = (o) => {
  untrack(o);
  const seq = o.value as PyObject | null;
  o.value = null;
  xdecref(seq);
  release(o);
};
ReversedType.traverse = (o: PyObject, visit: Visit) => {
  if (o.value !== null) visit(o.value);
};

function reversedHint(ro: PyObject): number {
  const seq = ro.value as PyObject | null;
  if (seq === null) return 0;
  const seqsize = objectLen(seq);
  const position = (ro.aux as number) + 1;
  return seqsize < position ? 0 : position;
}
registerLengthHint(ReversedType, reversedHint);

method(ReversedType, '__length_hint__', (self, args, kwnames) => {
  checkArgs('reversed.__length_hint__', '__length_hint__', args, kwnames, 0, 0);
  return newInt(reversedHint(self));
});
method(ReversedType, '__setstate__', (self, args, kwnames) => {
  checkArgs('reversed.__setstate__', '__setstate__', args, kwnames, 1, 1);
  let index = asSsize(args[0], 'OverflowError');
  const seq = self.value as PyObject | null;
  if (seq !== null) {
    const n = objectLen(seq);
    if (index < -1) index = -1;
    else if (index > n - 1) index = n - 1;
    self.aux = index;
  }
  return none();
});

// ================================================================ bootstrap

/** Install abstract.seqIter (the fallback iterator for types with only __getitem__). */
export function initIterators(): void {
  hooksAbstract.seqIter = newSeqIter;
}

