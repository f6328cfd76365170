// LAYER: objects. The bytearray type (CPython's Objects/bytearrayobject.c): a mutable bytes
// buffer, and its iterator.
//
//   bytearray           value: Uint8Array of `alloc` bytes: CPython's ob_bytes buffer itself
//                       aux:   { size, start }: ob_size and the logical start (ob_start - ob_bytes);
//                              the contents are value[start .. start + size)
//                       cap:   ob_alloc (value.length; 0 when there is no buffer)
//                       buf:   address of the buffer (PyObject_Malloc'ed, charged separately)
//                       basicsize 56, not a GC type, unhashable. sys.getsizeof = 56 + alloc.
//   bytearray_iterator  value: the bytearray (owned) or null once exhausted; aux: next index. 32, GC.
//
// Buffer sizes follow PyByteArray_Resize exactly: a fresh bytearray of n bytes has alloc n + 1
// (none for n = 0); growing within 1/8 over-allocates (size + size/8 + 3, or + 6 from 9 bytes
// up), bigger jumps allocate exactly size + 1; shrinking below half reallocates to size + 1;
// deleting from the front only advances the logical start (the next reallocation copies).
// The read-only methods are bytes.ts's installBytesMethods.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, newref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { allocBuffer, resizeBuffer, freeBuffer } from '../memory/heap.js';
import { PyType, staticType, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, EQ, NE } from './type.js';
import { allocate, release } from './alloc.js';
import { method } from './define.js';
import { raiseTypeError, raiseValueError, raiseIndexError, raise, excType, PyErr } from './errors.js';
import { notImplemented, none } from './singletons.js';
import { newBool } from './bool.js';
import { newInt } from './int.js';
import { newStr, isStr } from './str.js';
import { getIter, iterNext, getAttrOrNull } from './abstract.js';
import {
  asSsize, asSsizeArg, hasIndex, isSlice, sliceIndices, sliceUnpack, sliceAdjust, errIs, sequenceSlots,
  registerLengthHint, NB_ADD, NB_MULTIPLY, TPFLAGS_MATCH_SELF,
} from './slice.js';
import { numberSlotsOnly, repeatCount, TupleType, newTupleSteal } from './tuple.js';
import { ListType } from './list.js';
import { lengthHint } from './iterators.js';
import {
  bytesData, isBytesLike, hooksBytes, installBytesMethods, bytesReprText, compareData, richFromCompare,
  dataContains, encodeText, repeatData, sourceArgs, bytesMod, toBin, newBytes,
} from './bytes.js';
import { noArgs, oneArg, posArgs } from './strmethods.js';

/** size and logical start of the contents; exports: memoryviews' managed buffers holding it */
interface BaState { size: number; start: number; exports: number }

export const ByteArrayType = staticType({
  name: 'bytearray', basicsize: 56, flags: TPFLAGS_BASETYPE | TPFLAGS_MATCH_SELF,
});

export const isByteArray = (o: PyObject): boolean => o.type === ByteArrayType || o.type.mro.includes(ByteArrayType);

const st = (o: PyObject): BaState => o.aux as BaState;

/** the live contents (a view: valid until the next resize) */
export function byteArrayData(o: PyObject): Uint8Array {
  const s = st(o);
  return (o.value as Uint8Array).subarray(s.start, s.start + s.size);
}

hooksBytes.bufferOf = (o) => (isByteArray(o) ? byteArrayData(o) : null);

/** an empty bytearray of `type` (no buffer) */
function allocByteArray(type: PyType): PyObject {
  const o = allocate(type, new Uint8Array(0), { size: 0, start: 0, exports: 0 } as BaState);
  o.cap = 0;
  o.buf = 0;
  return o;
}

/** PyByteArray_FromStringAndSize: a new bytearray holding a copy of `d` (alloc len + 1) */
export function newByteArray(d: Uint8Array): PyObject {
  const o = allocByteArray(ByteArrayType);
  if (d.length > 0) {
    const alloc = d.length + 1;
    o.buf = allocBuffer(alloc);
    o.cap = alloc;
    const v = new Uint8Array(alloc);
    v.set(d, 0);
    o.value = v;
    st(o).size = d.length;
  }
  return o;
}

/** a memoryview takes (+1) or gives back (-1) the bytearray's buffer (objects/memoryview.ts) */
export function byteArrayExports(o: PyObject, delta: number): void {
  st(o).exports += delta;
}

/** _canresize: while a memoryview holds the storage, the size may not change */
function checkResizable(o: PyObject): void {
  if (st(o).exports > 0) raise(excType('BufferError'), 'Existing exports of data: object cannot be re-sized');
}

/** PyByteArray_Resize: CPython's growth/shrink policy; the contents up to min(old, new) stay */
export function byteArrayResize(o: PyObject, requested: number): void {
  const s = st(o);
  if (requested === s.size) return;
  checkResizable(o);
  let alloc = o.cap;
  const offset = s.start;
  const size = requested;
  if (size + offset + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) {
      alloc = size + 1;
    } else {
      s.size = size;
      return;
    }
  } else if (size <= alloc * 1.125) {
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    alloc = size + 1;
  }
  if (alloc > 0x7fffffff) raise(excType('MemoryError'), null);
  const old = o.value as Uint8Array;
  const fresh = new Uint8Array(alloc);
  if (offset > 0) {
    const addr = allocBuffer(alloc);
    fresh.set(old.subarray(offset, offset + Math.min(requested, s.size)), 0);
    freeBuffer(o.buf);
    o.buf = addr;
  } else {
    fresh.set(old.subarray(0, Math.min(alloc, old.length)), 0);
    o.buf = resizeBuffer(o.buf, alloc);
  }
  o.value = fresh;
  o.cap = alloc;
  s.start = 0;
  s.size = size;
}

ByteArrayType.dealloc = (o) => {
  freeBuffer(o.buf);
  o.buf = 0;
  release(o);
};
ByteArrayType.sizeof = (o) => o.type.basicsize + o.cap;
ByteArrayType.hash = null;

ByteArrayType.repr = (o) => newStr(`${o.type.name}(${bytesReprText(byteArrayData(o), true)})`);

ByteArrayType.richcompare = (a, b, op) => {
  if (!isBytesLike(a) || !isBytesLike(b)) return notImplemented();
  const x = bytesData(a), y = bytesData(b);
  if ((op === EQ || op === NE) && x.length !== y.length) return newBool(op === NE);
  return richFromCompare(compareData(x, y), op);
};

ByteArrayType.len = (o) => st(o).size;

ByteArrayType.contains = (o, item) => dataContains(byteArrayData(o), item);

ByteArrayType.getitem = (o, key) => {
  const d = byteArrayData(o);
  if (hasIndex(key)) {
    let i = asSsize(key, 'IndexError');
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) raiseIndexError('bytearray index out of range');
    return newInt(d[i]);
  }
  if (isSlice(key)) {
    const [start, stop, step, n] = sliceIndices(key, d.length);
    if (n <= 0) return newByteArray(new Uint8Array(0));
    if (step === 1) return newByteArray(d.subarray(start, stop));
    const out = new Uint8Array(n);
    for (let k = 0, cur = start; k < n; k++, cur += step) out[k] = d[cur];
    return newByteArray(out);
  }
  return raiseTypeError(`bytearray indices must be integers or slices, not ${key.type.name}`);
};

/** _getbytevalue: an int-like item in range(256) */
function byteArg(o: PyObject): number {
  if (!hasIndex(o)) raiseTypeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  const v = asSsize(o, null);
  if (v < 0 || v >= 256) raiseValueError('byte must be in range(0, 256)');
  return v;
}

/** bytearray_setslice_linear: replace [lo, hi) by `bytes` */
function setSliceLinear(o: PyObject, lo: number, hi: number, bytes: Uint8Array): void {
  const s = st(o);
  const growth = bytes.length - (hi - lo);
  if (growth !== 0) checkResizable(o);
  if (growth < 0) {
    if (lo === 0) s.start -= growth; // drop the front by advancing the logical start
    else (o.value as Uint8Array).copyWithin(s.start + lo + bytes.length, s.start + hi, s.start + s.size);
    byteArrayResize(o, s.size + growth);
  } else if (growth > 0) {
    const oldSize = s.size;
    byteArrayResize(o, oldSize + growth);
    const base = st(o).start;
    (o.value as Uint8Array).copyWithin(base + lo + bytes.length, base + hi, base + oldSize);
  }
  if (bytes.length > 0) (o.value as Uint8Array).set(bytes, st(o).start + lo);
}

/** PyNumber_Check */
function isNumberLike(o: PyObject): boolean {
  const t = o.type;
  return t.index !== null || t.int !== null || t.float !== null || t.mro.some((b) => b.name === 'complex' && !(b.flags & 512));
}

ByteArrayType.setitem = (o, key, value) => {
  const s = st(o);
  let start: number, stop: number, step: number, slicelen: number;
  if (hasIndex(key)) {
    let i = asSsize(key, 'IndexError');
    if (i < 0) i += s.size;
    if (i < 0 || i >= s.size) raiseIndexError('bytearray index out of range');
    if (value !== null) {
      const b = byteArg(value);
      (o.value as Uint8Array)[s.start + i] = b;
      return;
    }
    start = i; stop = i + 1; step = 1; slicelen = 1;
  } else if (isSlice(key)) {
    const [a, b, c] = sliceUnpack(key);
    step = c;
    [start, stop, slicelen] = sliceAdjust(s.size, a, b, c);
  } else {
    return raiseTypeError(`bytearray indices must be integers or slices, not ${key.type.name}`);
  }
  let bytes: Uint8Array;
  if (value === null) bytes = new Uint8Array(0);
  else if (value === o || !isByteArray(value)) {
    if (isNumberLike(value) || isStr(value)) {
      raiseTypeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    }
    const tmp = byteArrayFromObject(value);
    try {
      ByteArrayType.setitem!(o, key, tmp);
    } finally {
      decref(tmp);
    }
    return;
  } else bytes = byteArrayData(value).slice();
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    setSliceLinear(o, start, stop, bytes);
    return;
  }
  const v = o.value as Uint8Array;
  if (bytes.length === 0) {
    if (slicelen === 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    checkResizable(o);
    const d = byteArrayData(o);
    const keep: number[] = [];
    for (let i = 0, next = start, k = 0; i < d.length; i++) {
      if (k < slicelen && i === next) { k++; next += step; continue; }
      keep.push(d[i]);
    }
    v.set(keep, s.start);
    byteArrayResize(o, s.size - slicelen);
    return;
  }
  if (bytes.length !== slicelen) {
    raiseValueError(`attempt to assign bytes of size ${bytes.length} to extended slice of size ${slicelen}`);
  }
  for (let i = 0, cur = start; i < slicelen; i++, cur += step) v[s.start + cur] = bytes[i];
};

/** PyByteArray_FromObject: bytearray(x) */
function byteArrayFromObject(x: PyObject): PyObject {
  const o = allocByteArray(ByteArrayType);
  try {
    byteArrayInit(o, [x], null);
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
}

// ---------------------------------------------------------------- + * += *=

function baConcat(a: PyObject, b: PyObject): PyObject {
  if (!isByteArray(a)) {
    // bytes + bytearray is bytes' business; anything else + bytearray is not ours
    return notImplemented();
  }
  const r = numberSlotsOnly(a, b, NB_ADD, true);
  if (r !== null) return r;
  if (!isBytesLike(b)) raiseTypeError(`can't concat ${b.type.name} to ${a.type.name}`);
  const x = byteArrayData(a), y = bytesData(b);
  const out = new Uint8Array(x.length + y.length);
  out.set(x, 0);
  out.set(y, x.length);
  return newByteArray(out);
}

function baMul(a: PyObject, b: PyObject): PyObject {
  if (isByteArray(a)) {
    const r = numberSlotsOnly(a, b, NB_MULTIPLY, true);
    if (r !== null) return r;
    return newByteArray(repeatData(byteArrayData(a), repeatCount(b), true));
  }
  if (isByteArray(b)) return newByteArray(repeatData(byteArrayData(b), repeatCount(a), true));
  return notImplemented();
}

function baIConcat(a: PyObject, b: PyObject): PyObject {
  if (!isBytesLike(b)) raiseTypeError(`can't concat ${b.type.name} to ${a.type.name}`);
  const y = bytesData(b).slice();
  const size = st(a).size;
  byteArrayResize(a, size + y.length);
  (a.value as Uint8Array).set(y, st(a).start + size);
  return newref(a);
}

function baIRepeat(a: PyObject, b: PyObject): PyObject {
  let count = repeatCount(b);
  const d = byteArrayData(a).slice();
  if (count < 1) count = 0;
  const size = d.length;
  if (count > 0 && size > 0x7fffffff / count) raise(excType('MemoryError'), null);
  byteArrayResize(a, size * count);
  const v = a.value as Uint8Array;
  for (let k = 1; k < count; k++) v.set(d, st(a).start + k * size);
  return newref(a);
}

sequenceSlots.add(baConcat);
sequenceSlots.add(baMul);
sequenceSlots.add(baIConcat);
sequenceSlots.add(baIRepeat);
ByteArrayType.nb[NB_ADD] = baConcat;
ByteArrayType.nb[NB_MULTIPLY] = baMul;
ByteArrayType.nbInplace[NB_ADD] = baIConcat;
ByteArrayType.nbInplace[NB_MULTIPLY] = baIRepeat;
ByteArrayType.nb[6 /* NB_REMAINDER */] = (a, b) => (isByteArray(a) ? bytesMod(a, b, newByteArray) : notImplemented());

// ---------------------------------------------------------------- bytearray() : new + init

ByteArrayType.new = (type, _args, _kwnames) => allocByteArray(type);

function byteArrayInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const [arg, enc, err] = sourceArgs('bytearray', args, kwnames);
  if (st(self).size !== 0) byteArrayResize(self, 0);
  if (arg === null) {
    if (enc !== null || err !== null) {
      raiseTypeError(enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    }
    return;
  }
  if (isStr(arg)) {
    if (enc === null) raiseTypeError('string argument without an encoding');
    const data = encodeText(arg.value as string, enc!.value as string, err === null ? 'strict' : err.value as string, arg);
    const size = st(self).size;
    byteArrayResize(self, size + data.length);
    (self.value as Uint8Array).set(data, st(self).start + size);
    return;
  }
  if (enc !== null || err !== null) {
    raiseTypeError(enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
  }
  if (hasIndex(arg)) {
    const n = asSsize(arg, 'OverflowError');
    if (n < 0) raiseValueError('negative count');
    if (n > 0) {
      byteArrayResize(self, n);
      byteArrayData(self).fill(0);
    }
    return;
  }
  if (isBytesLike(arg)) {
    const d = bytesData(arg).slice();
    byteArrayResize(self, d.length);
    (self.value as Uint8Array).set(d, st(self).start);
    return;
  }
  if (arg.type === ListType || arg.type === TupleType) {
    const items = arg.value as PyObject[];
    const allInts = items.every((x) => x.type.name === 'int' && !(x.type.flags & 512));
    if (allInts) {
      byteArrayResize(self, items.length);
      const v = self.value as Uint8Array;
      const base = st(self).start;
      for (let i = 0; i < items.length; i++) v[base + i] = byteArg(items[i]);
      return;
    }
  }
  let it: PyObject;
  try {
    it = getIter(arg);
  } catch (e) {
    if (errIs(e, 'TypeError')) {
      decref((e as PyErr).exc);
      raiseTypeError(`cannot convert '${arg.type.name}' object to bytearray`);
    }
    throw e;
  }
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      let b: number;
      try {
        b = byteArg(item);
      } finally {
        decref(item);
      }
      const s = st(self);
      if (s.size + 1 < self.cap) {
        s.size++;
        (self.value as Uint8Array)[s.start + s.size - 1] = b;
      } else {
        byteArrayResize(self, s.size + 1);
        (self.value as Uint8Array)[st(self).start + st(self).size - 1] = b;
      }
    }
  } finally {
    decref(it);
  }
}
ByteArrayType.init = byteArrayInit;

// ---------------------------------------------------------------- iterator

export const ByteArrayIterType = staticType({ name: 'bytearray_iterator', basicsize: 32, flags: TPFLAGS_HAVE_GC });

ByteArrayType.iter = (o) => {
  incref(o);
  return allocate(ByteArrayIterType, o, 0);
};
ByteArrayIterType.iternext = (it) => {
  const o = it.value as PyObject | null;
  if (o === null) return null;
  const i = it.aux as number;
  if (i < st(o).size) {
    it.aux = i + 1;
    return newInt((o.value as Uint8Array)[st(o).start + i]);
  }
  it.value = null;
  decref(o);
  return null;
};
ByteArrayIterType.iter = (it) => newref(it);
ByteArrayIterType.traverse = (it: PyObject, visit: Visit) => {
  if (it.value !== null) visit(it.value as PyObject);
};
ByteArrayIterType.dealloc = (it) => {
  untrack(it);
  const o = it.value as PyObject | null;
  it.value = null;
  if (o !== null) decref(o);
  release(it);
};
const baIterHint = (it: PyObject): number => {
  const o = it.value as PyObject | null;
  return o === null ? 0 : Math.max(0, st(o).size - (it.aux as number));
};
registerLengthHint(ByteArrayIterType, baIterHint);
method(ByteArrayIterType, '__length_hint__', (it, args, kwnames) => {
  noArgs('bytearray_iterator.__length_hint__', args, kwnames);
  return newInt(baIterHint(it));
});

// ---------------------------------------------------------------- methods

installBytesMethods(ByteArrayType, {
  name: 'bytearray',
  make: (d) => newByteArray(d),
  selfIfUnchanged: () => false,
});

method(ByteArrayType, 'append', (self, args, kwnames) => {
  const item = oneArg('bytearray.append', args, kwnames);
  const b = byteArg(item);
  const n = st(self).size;
  byteArrayResize(self, n + 1);
  (self.value as Uint8Array)[st(self).start + n] = b;
  return none();
});

method(ByteArrayType, 'extend', (self, args, kwnames) => {
  const src = oneArg('bytearray.extend', args, kwnames);
  if (isBytesLike(src)) {
    const d = bytesData(src).slice();
    const n = st(self).size;
    setSliceLinear(self, n, n, d);
    return none();
  }
  let it: PyObject;
  try {
    it = getIter(src);
  } catch (e) {
    if (errIs(e, 'TypeError')) {
      decref((e as PyErr).exc);
      raiseTypeError(`can't extend bytearray with ${src.type.name}`);
    }
    throw e;
  }
  let tmp: PyObject | null = null;
  try {
    let bufSize = lengthHint(src, 32);
    tmp = newByteArray(new Uint8Array(bufSize));
    let len = 0;
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      let b: number;
      try {
        b = byteArg(item);
      } finally {
        decref(item);
      }
      (tmp.value as Uint8Array)[st(tmp).start + len++] = b;
      if (len >= bufSize) {
        bufSize = len + (len >> 1) + 1;
        byteArrayResize(tmp, bufSize);
      }
    }
    byteArrayResize(tmp, len);
    const n = st(self).size;
    setSliceLinear(self, n, n, byteArrayData(tmp).slice());
    return none();
  } finally {
    decref(it);
    if (tmp !== null) decref(tmp);
  }
});

method(ByteArrayType, 'pop', (self, args, kwnames) => {
  posArgs('bytearray.pop', 'pop', args, kwnames, 0, 1);
  let index = args.length > 0 ? asSsizeArg(args[0]) : -1;
  const n = st(self).size;
  if (n === 0) raiseIndexError('pop from empty bytearray');
  if (index < 0) index += n;
  if (index < 0 || index >= n) raiseIndexError('pop index out of range');
  checkResizable(self);
  const v = self.value as Uint8Array;
  const base = st(self).start;
  const value = v[base + index];
  v.copyWithin(base + index, base + index + 1, base + n);
  byteArrayResize(self, n - 1);
  return newInt(value);
});

method(ByteArrayType, 'insert', (self, args, kwnames) => {
  posArgs('bytearray.insert', 'insert', args, kwnames, 2, 2);
  let index = asSsizeArg(args[0]);
  const item = byteArg(args[1]);
  const n = st(self).size;
  byteArrayResize(self, n + 1);
  if (index < 0) { index += n; if (index < 0) index = 0; }
  if (index > n) index = n;
  const v = self.value as Uint8Array;
  const base = st(self).start;
  v.copyWithin(base + index + 1, base + index, base + n);
  v[base + index] = item;
  return none();
});

method(ByteArrayType, 'remove', (self, args, kwnames) => {
  const a = oneArg('bytearray.remove', args, kwnames);
  const value = byteArg(a);
  const d = byteArrayData(self);
  const where = d.indexOf(value);
  if (where < 0) raiseValueError('value not found in bytearray');
  checkResizable(self);
  const n = d.length;
  d.copyWithin(where, where + 1, n);
  byteArrayResize(self, n - 1);
  return none();
});

method(ByteArrayType, 'reverse', (self, args, kwnames) => {
  noArgs('bytearray.reverse', args, kwnames);
  byteArrayData(self).reverse();
  return none();
});

method(ByteArrayType, 'clear', (self, args, kwnames) => {
  noArgs('bytearray.clear', args, kwnames);
  byteArrayResize(self, 0);
  return none();
});

method(ByteArrayType, 'copy', (self, args, kwnames) => {
  noArgs('bytearray.copy', args, kwnames);
  return newByteArray(byteArrayData(self));
});

method(ByteArrayType, '__alloc__', (self, args, kwnames) => {
  noArgs('bytearray.__alloc__', args, kwnames);
  return newInt(self.cap);
});

/** _common_reduce: (type, (latin-1 text, 'latin-1') or (), __dict__ or None) */
function reduceByteArray(self: PyObject, proto: number): PyObject {
  const state = getAttrOrNull(self, '__dict__') ?? none();
  const d = byteArrayData(self);
  incref(self.type);
  const args = d.length === 0 ? newTupleSteal([])
    : proto < 3 ? newTupleSteal([newStr(toBin(d)), newStr('latin-1')]) : newTupleSteal([newBytes(d.slice())]);
  return newTupleSteal([self.type, args, state]);
}

method(ByteArrayType, '__reduce__', (self, args, kwnames) => {
  noArgs('bytearray.__reduce__', args, kwnames);
  return reduceByteArray(self, 0);
});

method(ByteArrayType, '__reduce_ex__', (self, args, kwnames) => {
  posArgs('bytearray.__reduce_ex__', '__reduce_ex__', args, kwnames, 0, 1);
  const proto = args.length > 0 ? asSsizeArg(args[0]) : 0;
  return reduceByteArray(self, proto);
});

method(ByteArrayType, '__sizeof__', (self, args, kwnames) => {
  noArgs('bytearray.__sizeof__', args, kwnames);
  return newInt(ByteArrayType.sizeof(self));
});

