// LAYER: objects. The bytes type (CPython's Objects/bytesobject.c), the read-only methods bytes
// and bytearray share (Objects/bytes_methods.c + stringlib), and the codecs str.encode /
// bytes.decode / str(b, encoding) use (utf-8, utf-8-sig, ascii, latin-1, utf-16, utf-32 with the
// error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape,
// surrogatepass).
//
//   bytes            value: Uint8Array holding exactly the bytes (never mutated once created)
//                    aux:   cached hash (number) or null
//                    basicsize 33, itemsize 1: sys.getsizeof(b) = 33 + len(b) (header 32 + the NUL).
//                    Not a GC type. b'' and the 256 one-byte bytes are static singletons
//                    (initBytesCaches, refcount starting at STATIC_REFCNT).
//   bytes_iterator   value: the bytes (owned) or null once exhausted; aux: next index. 32, GC.
//
// The shared methods are installed on a type by installBytesMethods(type, kind), where `kind` says
// how results are made (bytes vs bytearray) and whether an unchanged result may be the object
// itself (exact bytes only, as CPython's return_self).
// Loading this file also loads strmethods.ts (str's slots and methods), which the bootstrap would
// otherwise have to import by name.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, newref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import {
  PyType, staticType, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, TPFLAGS_BYTES_SUBCLASS, EQ, NE, LT, LE, GT,
} from './type.js';
import { allocate, release } from './alloc.js';
import { method, classmethod, staticmethod } from './define.js';
import {
  raiseTypeError, raiseValueError, raiseIndexError, raiseOverflowError, raise, excType, PyErr,
} from './errors.js';
import { None, notImplemented } from './singletons.js';
import { newBool } from './bool.js';
import { newInt } from './int.js';
import { newStr, isStr, STATIC_REFCNT, bytesHashValue, codePoints } from './str.js';
import {
  call, callSpecial, getIter, iterNext,
} from './abstract.js';
import {
  asSsize, asSsizeArg, hasIndex, isSlice, sliceIndices, PY_SSIZE_T_MAX, errIs, sequenceSlots, registerLengthHint,
  NB_ADD, NB_MULTIPLY, TPFLAGS_MATCH_SELF,
} from './slice.js';
import { newTupleSteal, isTuple, tupleItems, numberSlotsOnly, repeatCount, TupleType } from './tuple.js';
import { sequenceFast, ListType } from './list.js';
import {
  noArgs, oneArg, posArgs, varArgs, kwArgs, sliceIdx, adjustIndices, splitList, appendList, percentFormat,
} from './strmethods.js';
import './strmethods.js';

// ================================================================ the type

export const BytesType = staticType({
  name: 'bytes', basicsize: 33, itemsize: 1, flags: TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS | TPFLAGS_MATCH_SELF,
});

export const isBytes = (o: PyObject): boolean => o.type === BytesType || (o.type.flags & TPFLAGS_BYTES_SUBCLASS) !== 0;

const EMPTY = new Uint8Array(0);
let emptyBytes: PyObject | null = null;
const charBytes: PyObject[] = [];

function makeBytes(type: PyType, data: Uint8Array): PyObject {
  return allocate(type, data, null, data.length);
}

/** a bytes object owning `data` (the array is kept, not copied): a new reference */
export function newBytes(data: Uint8Array): PyObject {
  if (data.length <= 1 && emptyBytes !== null) {
    const o = data.length === 0 ? emptyBytes : charBytes[data[0]];
    o.refcnt++;
    return o;
  }
  return makeBytes(BytesType, data);
}

/** a bytes of `type` (bytes or a subclass) for the data */
export function newBytesOfType(type: PyType, data: Uint8Array): PyObject {
  if (type === BytesType) return newBytes(data);
  return makeBytes(type, data);
}

/** Create b'' and the 256 one-byte bytes (once, by the bootstrap, after the allocator is ready). */
export function initBytesCaches(): void {
  if (emptyBytes !== null) return;
  emptyBytes = makeBytes(BytesType, EMPTY);
  emptyBytes.refcnt = STATIC_REFCNT;
  for (let c = 0; c < 256; c++) {
    const o = makeBytes(BytesType, Uint8Array.of(c));
    o.refcnt = STATIC_REFCNT;
    charBytes.push(o);
  }
}

BytesType.dealloc = (o) => {
  if (o === emptyBytes || (o.value as Uint8Array).length === 1 && charBytes[(o.value as Uint8Array)[0]] === o) {
    o.refcnt = STATIC_REFCNT; // a static singleton over-released: CPython would crash; keep it alive
    return;
  }
  release(o);
};
BytesType.sizeof = (o) => o.type.basicsize + (o.value as Uint8Array).length;

// ================================================================ the buffer protocol, in small

/** the byte content of bytes/bytearray/memoryview (a view of a bytearray's live storage) */
export function bytesData(o: PyObject): Uint8Array {
  if (isBytes(o)) return o.value as Uint8Array;
  return hooksBytes.bufferOf(o) ?? hooksBytes.viewData(o)!;
}

/** PyObject_CheckBuffer for the types pyheap has: bytes, bytearray and memoryview */
export function isBytesLike(o: PyObject): boolean {
  return isBytes(o) || hooksBytes.bufferOf(o) !== null || hooksBytes.viewData(o) !== null;
}

/**
 * bytearray.ts and memoryview.ts install their buffer access here (bytes.ts must not import
 * them): the bytes of a bytearray, and of a memoryview (ValueError when it was released)
 */
export const hooksBytes = {
  bufferOf: (_o: PyObject): Uint8Array | null => null,
  viewData: (_o: PyObject): Uint8Array | null => null,
};

/** the data of a buffer argument, or TypeError "a bytes-like object is required, not 'str'" */
export function bufferArg(o: PyObject): Uint8Array {
  if (!isBytesLike(o)) raiseTypeError(`a bytes-like object is required, not '${o.type.name}'`);
  return bytesData(o);
}

// ---------------------------------------------------------------- binary strings

/** bytes as a JS string of char codes 0..255 (so JS string search can be used) */
export function toBin(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode.apply(null, d.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

export function fromBin(s: string): Uint8Array {
  const d = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i);
  return d;
}

// ================================================================ repr

/**
 * repr of bytes data: b'...' with CPython's quote choice and escapes. bytearray's repr
 * (`escapeSingle`) escapes ' even inside double quotes, as CPython's bytearray_repr does.
 */
export function bytesReprText(d: Uint8Array, escapeSingle = false): string {
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < d.length; i++) {
    if (d[i] === 39) hasSingle = true;
    else if (d[i] === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? 34 : 39;
  let out = 'b' + String.fromCharCode(q);
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    if (c === q || c === 92 || (escapeSingle && c === 39)) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(q);
}

BytesType.repr = (o) => newStr(bytesReprText(o.value as Uint8Array));

BytesType.hash = (o) => {
  if (o.aux !== null) return o.aux as number;
  const h = bytesHashValue(o.value as Uint8Array);
  o.aux = h;
  return h;
};

/** lexicographic comparison of two byte arrays */
export function compareData(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

export function richFromCompare(c: number, op: number): PyObject {
  switch (op) {
    case LT: return newBool(c < 0);
    case LE: return newBool(c <= 0);
    case EQ: return newBool(c === 0);
    case NE: return newBool(c !== 0);
    case GT: return newBool(c > 0);
    default: return newBool(c >= 0);
  }
}

BytesType.richcompare = (a, b, op) => {
  if (!isBytes(a) || !isBytes(b)) return notImplemented();
  const x = a.value as Uint8Array, y = b.value as Uint8Array;
  if ((op === EQ || op === NE) && x.length !== y.length) return newBool(op === NE);
  return richFromCompare(compareData(x, y), op);
};

BytesType.len = (o) => (o.value as Uint8Array).length;

BytesType.getitem = (o, key) => {
  const d = o.value as Uint8Array;
  if (hasIndex(key)) {
    let i = asSsize(key, 'IndexError');
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) raiseIndexError('index out of range');
    return newInt(d[i]);
  }
  if (isSlice(key)) {
    const [start, stop, step, n] = sliceIndices(key, d.length);
    if (n <= 0) return newBytes(EMPTY);
    if (step === 1) {
      if (n === d.length && o.type === BytesType) return newref(o);
      return newBytes(d.slice(start, stop));
    }
    const out = new Uint8Array(n);
    for (let k = 0, cur = start; k < n; k++, cur += step) out[k] = d[cur];
    return newBytes(out);
  }
  return raiseTypeError(`byte indices must be integers or slices, not ${key.type.name}`);
};

/** `x in data` for bytes and bytearray: an int byte value or a bytes-like subsequence */
export function dataContains(d: Uint8Array, item: PyObject): boolean {
  if (hasIndex(item)) {
    const v = asSsize(item, null);
    if (v < 0 || v >= 256) raiseValueError('byte must be in range(0, 256)');
    return d.indexOf(v) >= 0;
  }
  const sub = bufferArg(item);
  return toBin(d).includes(toBin(sub));
}

BytesType.contains = (o, item) => dataContains(o.value as Uint8Array, item);

function bytesConcat(a: PyObject, b: PyObject): PyObject {
  if (!isBytes(a)) return notImplemented();
  const r = numberSlotsOnly(a, b, NB_ADD, true);
  if (r !== null) return r;
  if (!isBytesLike(b)) raiseTypeError(`can't concat ${b.type.name} to ${a.type.name}`);
  const x = a.value as Uint8Array, y = bytesData(b);
  if (y.length === 0 && a.type === BytesType) return newref(a);
  if (x.length === 0 && b.type === BytesType) return newref(b);
  const out = new Uint8Array(x.length + y.length);
  out.set(x, 0);
  out.set(y, x.length);
  return newBytes(out);
}

/** data repeated n times; a result beyond PY_SSIZE_T_MAX is OverflowError for bytes, MemoryError for bytearray */
export function repeatData(d: Uint8Array, n: number, mutable = false): Uint8Array {
  if (n <= 0 || d.length === 0) return EMPTY;
  if (BigInt(d.length) * BigInt(n) > 9223372036854775807n) {
    if (mutable) raise(excType('MemoryError'), null);
    raise(excType('OverflowError'), 'repeated bytes are too long');
  }
  if (d.length * n > 0x7fffffff) raise(excType('MemoryError'), null);
  const out = new Uint8Array(d.length * n);
  for (let k = 0; k < n; k++) out.set(d, k * d.length);
  return out;
}

function bytesRepeat(a: PyObject, n: number): PyObject {
  const d = a.value as Uint8Array;
  if (n === 1 && a.type === BytesType) return newref(a);
  return newBytes(repeatData(d, n));
}

function bytesMul(a: PyObject, b: PyObject): PyObject {
  if (isBytes(a)) {
    const r = numberSlotsOnly(a, b, NB_MULTIPLY, true);
    if (r !== null) return r;
    return bytesRepeat(a, repeatCount(b));
  }
  if (isBytes(b)) return bytesRepeat(b, repeatCount(a));
  return notImplemented();
}

/** bytes % args (and bytearray % args, through `make`) */
export function bytesMod(a: PyObject, b: PyObject, make: (d: Uint8Array) => PyObject): PyObject {
  return make(fromBin(percentFormat(toBin(bytesData(a)), b, true)));
}

sequenceSlots.add(bytesConcat);
sequenceSlots.add(bytesMul);
BytesType.nb[NB_ADD] = bytesConcat;
BytesType.nb[NB_MULTIPLY] = bytesMul;
BytesType.nb[6 /* NB_REMAINDER */] = (a, b) => (isBytes(a) ? bytesMod(a, b, newBytes) : notImplemented());

// ---------------------------------------------------------------- bytes() / bytes.__new__

/** one byte value from an int-like item; `msg` names the range error ("bytes must be in range(0, 256)") */
export function byteValue(item: PyObject, msg: string): number {
  const v = asSsize(item, null);
  if (v < 0 || v >= 256) raiseValueError(msg);
  return v;
}

/** the bytes of an iterable of ints (PyBytes_FromObject's list/tuple/iterator paths) */
export function bytesFromIterable(x: PyObject, msg: string, typeErr: string): Uint8Array {
  if (x.type === ListType || x.type === TupleType) {
    const items = x.value as PyObject[];
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i], msg);
    return out;
  }
  let it: PyObject;
  try {
    it = getIter(x);
  } catch (e) {
    if (errIs(e, 'TypeError') && !isStr(x)) {
      decref((e as PyErr).exc);
      raiseTypeError(typeErr);
    }
    throw e;
  }
  const out: number[] = [];
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      try {
        out.push(byteValue(item, msg));
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

/** (object, encoding, errors) of bytes()/bytearray(), with CPython's keyword messages */
export function sourceArgs(fname: string, args: PyObject[], kwnames: string[] | null): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 3) raiseTypeError(`${fname}() takes at most 3 arguments (${npos} given)`);
  const names = ['source', 'encoding', 'errors'];
  const v: (PyObject | null)[] = [null, null, null];
  for (let i = 0; i < npos; i++) v[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kwnames![k]);
    if (i < 0) raiseTypeError(`'${kwnames![k]}' is an invalid keyword argument for ${fname}()`);
    if (v[i] !== null) raiseTypeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    v[i] = args[npos + k];
  }
  if (v[1] !== null && !isStr(v[1])) raiseTypeError(`${fname}() argument 'encoding' must be str, not ${v[1].type.name}`);
  if (v[2] !== null && !isStr(v[2])) raiseTypeError(`${fname}() argument 'errors' must be str, not ${v[2].type.name}`);
  return v;
}

function bytesNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const [x, enc, err] = sourceArgs('bytes', args, kwnames);
  let data: Uint8Array;
  if (x === null) {
    if (enc !== null || err !== null) {
      raiseTypeError(enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    }
    data = EMPTY;
  } else if (enc !== null) {
    if (!isStr(x)) raiseTypeError('encoding without a string argument');
    data = encodeText(x.value as string, enc.value as string, err === null ? 'strict' : err.value as string, x);
  } else if (err !== null) {
    raiseTypeError(isStr(x) ? 'string argument without an encoding' : 'errors without a string argument');
    data = EMPTY;
  } else {
    const r = callSpecial(x, '__bytes__', []);
    if (r !== null) {
      if (!isBytes(r)) {
        const tn = r.type.name;
        decref(r);
        raiseTypeError(`__bytes__ returned non-bytes (type ${tn})`);
      }
      if (type === BytesType) return r;
      data = r.value as Uint8Array;
      decref(r);
      return newBytesOfType(type, data);
    }
    if (isStr(x)) raiseTypeError('string argument without an encoding');
    if (hasIndex(x)) {
      const n = asSsize(x, 'OverflowError');
      if (n < 0) raiseValueError('negative count');
      data = new Uint8Array(n);
    } else if (isBytesLike(x)) {
      data = bytesData(x).slice();
    } else {
      data = bytesFromIterable(x, 'bytes must be in range(0, 256)', `cannot convert '${x.type.name}' object to bytes`);
    }
  }
  return newBytesOfType(type, data);
}
BytesType.new = bytesNew;

// ---------------------------------------------------------------- iterator

export const BytesIterType = staticType({ name: 'bytes_iterator', basicsize: 32, flags: TPFLAGS_HAVE_GC });

BytesType.iter = (o) => {
  incref(o);
  return allocate(BytesIterType, o, 0);
};
BytesIterType.iternext = (it) => {
  const o = it.value as PyObject | null;
  if (o === null) return null;
  const d = o.value as Uint8Array;
  const i = it.aux as number;
  if (i < d.length) {
    it.aux = i + 1;
    return newInt(d[i]);
  }
  it.value = null;
  decref(o);
  return null;
};
BytesIterType.iter = (it) => newref(it);
BytesIterType.traverse = (it: PyObject, visit: Visit) => {
  if (it.value !== null) visit(it.value as PyObject);
};
BytesIterType.dealloc = (it) => {
  untrack(it);
  const o = it.value as PyObject | null;
  it.value = null;
  if (o !== null) decref(o);
  release(it);
};
registerLengthHint(BytesIterType, (it) => {
  const o = it.value as PyObject | null;
  return o === null ? 0 : Math.max(0, (o.value as Uint8Array).length - (it.aux as number));
});
method(BytesIterType, '__length_hint__', (it, args, kwnames) => {
  noArgs('bytes_iterator.__length_hint__', args, kwnames);
  const o = it.value as PyObject | null;
  return newInt(o === null ? 0 : Math.max(0, (o.value as Uint8Array).length - (it.aux as number)));
});

// ---------------------------------------------------------------- bytes-only methods

method(BytesType, '__bytes__', (self, args, kwnames) => {
  noArgs('bytes.__bytes__', args, kwnames);
  if (self.type === BytesType) return newref(self);
  return newBytes((self.value as Uint8Array).slice());
});

method(BytesType, '__getnewargs__', (self, args, kwnames) => {
  noArgs('bytes.__getnewargs__', args, kwnames);
  return newTupleSteal([newBytes((self.value as Uint8Array).slice())]);
});

method(BytesType, '__sizeof__', (self, args, kwnames) => {
  noArgs('bytes.__sizeof__', args, kwnames);
  return newInt(BytesType.sizeof(self));
});

// ================================================================ the shared read-only methods

/** how a type's methods build results */
export interface BytesKind {
  /** "bytes" or "bytearray" (method qualnames in messages) */
  name: string;
  /** a new object of the base type for the data (which it may keep) */
  make: (d: Uint8Array) => PyObject;
  /** exact bytes: an unchanged result is the object itself */
  selfIfUnchanged: (o: PyObject) => boolean;
}

const isSpaceByte = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLowerByte = (c: number): boolean => c >= 97 && c <= 122;
const isUpperByte = (c: number): boolean => c >= 65 && c <= 90;
const isAlphaByte = (c: number): boolean => isLowerByte(c) || isUpperByte(c);
const isDigitByte = (c: number): boolean => c >= 48 && c <= 57;

function mapBytes(d: Uint8Array, f: (c: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i], i);
  return out;
}

const lowerByte = (c: number): number => (isUpperByte(c) ? c + 32 : c);
const upperByte = (c: number): number => (isLowerByte(c) ? c - 32 : c);

function titleData(d: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(d, (c) => {
    let r = c;
    if (isLowerByte(c)) { if (!prevCased) r = c - 32; prevCased = true; } else if (isUpperByte(c)) {
      if (prevCased) r = c + 32;
      prevCased = true;
    } else prevCased = false;
    return r;
  });
}

function isTitleData(d: Uint8Array): boolean {
  let cased = false, prevCased = false;
  for (const c of d) {
    if (isUpperByte(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerByte(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

function allBytes(d: Uint8Array, f: (c: number) => boolean): boolean {
  if (d.length === 0) return false;
  for (const c of d) if (!f(c)) return false;
  return true;
}

/** a find-style `sub` argument: an int byte or a bytes-like object, as a binary string */
function subArg(o: PyObject): string {
  if (hasIndex(o)) {
    const v = asSsize(o, null);
    if (v < 0 || v >= 256) raiseValueError('byte must be in range(0, 256)');
    return String.fromCharCode(v);
  }
  if (!isBytesLike(o)) raiseTypeError(`argument should be integer or bytes-like object, not '${o.type.name}'`);
  return toBin(bytesData(o));
}

/** whitespace split of a binary string (Py_ISSPACE bytes) */
function splitBinWhitespace(s: string, maxsplit: number, rev: boolean): string[] {
  const n = s.length;
  const sp = (i: number): boolean => isSpaceByte(s.charCodeAt(i));
  let max = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
  const out: string[] = [];
  if (!rev) {
    let i = 0;
    while (max-- > 0) {
      while (i < n && sp(i)) i++;
      if (i === n) return out;
      const j = i;
      while (i < n && !sp(i)) i++;
      out.push(s.slice(j, i));
      if (i === n) return out;
    }
    while (i < n && sp(i)) i++;
    if (i < n) out.push(s.slice(i));
    return out;
  }
  let i = n - 1;
  while (max-- > 0) {
    while (i >= 0 && sp(i)) i--;
    if (i < 0) return out.reverse();
    const j = i;
    while (i >= 0 && !sp(i)) i--;
    out.push(s.slice(i + 1, j + 1));
    if (i < 0) return out.reverse();
  }
  while (i >= 0 && sp(i)) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

function splitBinSep(s: string, sep: string, maxsplit: number, rev: boolean): string[] {
  const out: string[] = [];
  let max = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
  if (!rev) {
    let start = 0;
    while (max-- > 0) {
      const k = s.indexOf(sep, start);
      if (k < 0) break;
      out.push(s.slice(start, k));
      start = k + sep.length;
    }
    out.push(s.slice(start));
    return out;
  }
  let end = s.length;
  while (max-- > 0) {
    if (end - sep.length < 0) break;
    const k = s.lastIndexOf(sep, end - sep.length);
    if (k < 0) break;
    out.push(s.slice(k + sep.length, end));
    end = k;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** the hex() of data with an optional separator every `per` bytes (from the right when per > 0) */
export function hexData(d: Uint8Array, sep: string, per: number): string {
  const hx: string[] = new Array(d.length);
  for (let i = 0; i < d.length; i++) hx[i] = (d[i] < 16 ? '0' : '') + d[i].toString(16);
  if (sep === '' || per === 0 || d.length === 0) return hx.join('');
  const k = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    let end = d.length;
    while (end > 0) {
      const start = Math.max(0, end - k);
      groups.unshift(hx.slice(start, end).join(''));
      end = start;
    }
  } else {
    for (let start = 0; start < d.length; start += k) groups.push(hx.slice(start, start + k).join(''));
  }
  return groups.join(sep);
}

/** the (sep, bytes_per_sep) arguments of hex() */
export function hexArgs(args: PyObject[], kwnames: string[] | null): [string, number] {
  const [sepO, perO] = kwArgs('hex', args, kwnames, ['sep', 'bytes_per_sep']);
  let sep = '';
  if (sepO !== null) {
    let text: string;
    if (isStr(sepO)) text = sepO.value as string;
    else if (isBytesLike(sepO)) text = toBin(bytesData(sepO));
    else return raiseTypeError(`object of type '${sepO.type.name}' has no len()`);
    if ([...text].length !== 1) raiseValueError('sep must be length 1.');
    if (text.charCodeAt(0) > 127) raiseValueError('sep must be ASCII.');
    sep = text;
  }
  const per = perO === null ? 1 : intArgC(perO);
  return [sep, per];
}

function intArgC(o: PyObject): number {
  if (!hasIndex(o)) raiseTypeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  const v = asSsize(o, null);
  if (v > 2147483647 || v < -2147483648) raiseOverflowError('Python int too large to convert to C int');
  return v;
}

/** bytes.fromhex(s) data */
export function fromHex(s: PyObject): Uint8Array {
  if (!isStr(s)) raiseTypeError(`fromhex() argument must be str, not ${s.type.name}`);
  const t = s.value as string;
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t.charCodeAt(i) > 127) {
      return raiseValueError(`non-hexadecimal number found in fromhex() arg at position ${codePoints(t.slice(0, i)).length}`);
    }
  }
  const hexv = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : 16);
  let i = 0;
  while (i < t.length) {
    if (isSpaceByte(t.charCodeAt(i))) {
      while (i < t.length && isSpaceByte(t.charCodeAt(i))) i++;
      if (i >= t.length) break;
    }
    const top = hexv(t.charCodeAt(i));
    if (top >= 16) raiseValueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    i++;
    const bot = i < t.length ? hexv(t.charCodeAt(i)) : 16;
    if (bot >= 16) raiseValueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    i++;
    out.push(top * 16 + bot);
  }
  return Uint8Array.from(out);
}

/** a fill byte argument of center/ljust/rjust */
function fillByteArg(name: string, o: PyObject | undefined): number {
  if (o === undefined) return 32;
  if (isBytes(o) || isBytesLike(o)) {
    const d = bytesData(o);
    if (d.length === 1) return d[0];
  }
  return raiseTypeError(`${name}() argument 2 must be a byte string of length 1, not ${o.type.name}`);
}

/** the delete argument / table argument of translate */
function translateData(d: Uint8Array, table: PyObject, del: PyObject | null): Uint8Array {
  let map: Uint8Array | null = null;
  if (table !== None) {
    map = bufferArg(table);
    if (map.length !== 256) raiseValueError('translation table must be 256 characters long');
  }
  const drop = new Uint8Array(256);
  if (del !== null) for (const c of bufferArg(del)) drop[c] = 1;
  const out: number[] = [];
  for (const c of d) if (!drop[c]) out.push(map === null ? c : map[c]);
  return Uint8Array.from(out);
}

/** Install the read-only methods on bytes or bytearray. */
export function installBytesMethods(T: PyType, k: BytesKind): void {
  const q = (n: string): string => `${k.name}.${n}`;
  const data = (o: PyObject): Uint8Array => bytesData(o);
  const same = (self: PyObject, d: Uint8Array): PyObject => (k.selfIfUnchanged(self) ? newref(self) : k.make(d.slice()));
  const fromBinStr = (s: string): PyObject => k.make(fromBin(s));

  const noarg = (name: string, f: (d: Uint8Array) => PyObject): void => {
    method(T, name, (self, args, kwnames) => {
      noArgs(q(name), args, kwnames);
      return f(data(self));
    });
  };
  noarg('lower', (d) => k.make(mapBytes(d, lowerByte)));
  noarg('upper', (d) => k.make(mapBytes(d, upperByte)));
  noarg('swapcase', (d) => k.make(mapBytes(d, (c) => (isUpperByte(c) ? c + 32 : isLowerByte(c) ? c - 32 : c))));
  noarg('capitalize', (d) => k.make(mapBytes(d, (c, i) => (i === 0 ? upperByte(c) : lowerByte(c)))));
  noarg('title', (d) => k.make(titleData(d)));
  noarg('isalnum', (d) => newBool(allBytes(d, (c) => isAlphaByte(c) || isDigitByte(c))));
  noarg('isalpha', (d) => newBool(allBytes(d, isAlphaByte)));
  noarg('isdigit', (d) => newBool(allBytes(d, isDigitByte)));
  noarg('isspace', (d) => newBool(allBytes(d, isSpaceByte)));
  noarg('isascii', (d) => newBool(d.every((c) => c < 128)));
  noarg('istitle', (d) => newBool(isTitleData(d)));
  noarg('islower', (d) => {
    let cased = false;
    for (const c of d) { if (isUpperByte(c)) return newBool(false); if (isLowerByte(c)) cased = true; }
    return newBool(cased);
  });
  noarg('isupper', (d) => {
    let cased = false;
    for (const c of d) { if (isLowerByte(c)) return newBool(false); if (isUpperByte(c)) cased = true; }
    return newBool(cased);
  });

  method(T, 'hex', (self, args, kwnames) => {
    const [sep, per] = hexArgs(args, kwnames);
    return newStr(hexData(data(self), sep, per));
  });

  method(T, 'decode', (self, args, kwnames) => {
    const [e, r] = kwArgs('decode', args, kwnames, ['encoding', 'errors']);
    if (e !== null && !isStr(e)) raiseTypeError(`decode() argument 'encoding' must be str, not ${e.type.name}`);
    if (r !== null && !isStr(r)) raiseTypeError(`decode() argument 'errors' must be str, not ${r.type.name}`);
    return newStr(decodeBytes(data(self), e === null ? 'utf-8' : e.value as string,
      r === null ? 'strict' : r.value as string, null));
  });

  // ---- searching
  const findArgs = (self: PyObject, name: string, args: PyObject[], kwnames: string[] | null): [string, string, number, number] => {
    varArgs(q(name), name, args, kwnames, 1, 3);
    const sub = subArg(args[0]);
    const s = toBin(data(self));
    const [start, end] = adjustIndices(sliceIdx(args[1], 0), sliceIdx(args[2], PY_SSIZE_T_MAX), s.length);
    return [s, sub, start, end];
  };
  const find = (s: string, sub: string, start: number, end: number, rev: boolean): number => {
    if (end - start < sub.length) return -1;
    if (!rev) {
      const i = s.indexOf(sub, start);
      return i < 0 || i + sub.length > end ? -1 : i;
    }
    const i = s.lastIndexOf(sub, end - sub.length);
    return i < start ? -1 : i;
  };
  for (const [name, rev, raises] of [['find', false, false], ['rfind', true, false], ['index', false, true],
    ['rindex', true, true]] as [string, boolean, boolean][]) {
    method(T, name, (self, args, kwnames) => {
      const [s, sub, start, end] = findArgs(self, name, args, kwnames);
      const r = find(s, sub, start, end, rev);
      if (r < 0 && raises) raiseValueError('subsection not found');
      return newInt(r);
    });
  }
  method(T, 'count', (self, args, kwnames) => {
    const [s, sub, start, end] = findArgs(self, 'count', args, kwnames);
    if (end - start < 0) return newInt(0);
    if (sub.length === 0) return newInt(start > s.length ? 0 : end - start + 1);
    let n = 0;
    for (let i = s.indexOf(sub, start); i >= 0 && i + sub.length <= end; i = s.indexOf(sub, i + sub.length)) n++;
    return newInt(n);
  });
  for (const [name, atEnd] of [['startswith', false], ['endswith', true]] as [string, boolean][]) {
    method(T, name, (self, args, kwnames) => {
      varArgs(q(name), name, args, kwnames, 1, 3);
      const s = toBin(data(self));
      const [start, end] = adjustIndices(sliceIdx(args[1], 0), sliceIdx(args[2], PY_SSIZE_T_MAX), s.length);
      const test = (sub: string): boolean => {
        if (end - sub.length < start) return false;
        return atEnd ? s.startsWith(sub, end - sub.length) : s.startsWith(sub, start);
      };
      const arg = args[0];
      if (isTuple(arg)) {
        for (const x of tupleItems(arg)) if (test(toBin(bufferArg(x)))) return newBool(true);
        return newBool(false);
      }
      if (!isBytesLike(arg)) raiseTypeError(`${name} first arg must be bytes or a tuple of bytes, not ${arg.type.name}`);
      return newBool(test(toBin(bytesData(arg))));
    });
  }

  // ---- splitting and joining
  for (const [name, rev] of [['split', false], ['rsplit', true]] as [string, boolean][]) {
    method(T, name, (self, args, kwnames) => {
      const [sepO, maxO] = kwArgs(name, args, kwnames, ['sep', 'maxsplit']);
      let maxsplit = maxO === null ? -1 : asSsizeArg(maxO);
      if (maxsplit < 0) maxsplit = -1;
      const d = data(self);
      const s = toBin(d);
      let pieces: string[];
      if (sepO === null || sepO === None) pieces = splitBinWhitespace(s, maxsplit, rev);
      else {
        const sep = toBin(bufferArg(sepO));
        if (sep.length === 0) raiseValueError('empty separator');
        pieces = splitBinSep(s, sep, maxsplit, rev);
      }
      return splitList(pieces, maxsplit, (p) => (p.length === s.length ? same(self, d) : fromBinStr(p)));
    });
  }
  method(T, 'splitlines', (self, args, kwnames) => {
    const [keepO] = kwArgs('splitlines', args, kwnames, ['keepends']);
    const keepends = keepO === null ? false : intArgC(keepO) !== 0;
    const d = data(self);
    const s = toBin(d);
    const pieces: string[] = [];
    let i = 0;
    while (i < s.length) {
      const j = i;
      while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
      let eol = i;
      if (i < s.length) {
        i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
        if (keepends) eol = i;
      }
      pieces.push(s.slice(j, eol));
    }
    return appendList(pieces, (p) => (p.length === s.length ? same(self, d) : fromBinStr(p)));
  });
  method(T, 'join', (self, args, kwnames) => {
    const it = oneArg(q('join'), args, kwnames);
    const seq = sequenceFast(it, 'can only join an iterable');
    try {
      const items = seq.value as PyObject[];
      if (k.name === 'bytes' && items.length === 1 && items[0].type === BytesType) return newref(items[0]);
      const sep = data(self);
      const parts: Uint8Array[] = [];
      let total = 0;
      for (let i = 0; i < items.length; i++) {
        const x = items[i];
        if (!isBytesLike(x)) raiseTypeError(`sequence item ${i}: expected a bytes-like object, ${x.type.name} found`);
        const p = bytesData(x);
        parts.push(p);
        total += p.length + (i > 0 ? sep.length : 0);
      }
      const out = new Uint8Array(total);
      let pos = 0;
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) { out.set(sep, pos); pos += sep.length; }
        out.set(parts[i], pos);
        pos += parts[i].length;
      }
      return k.make(out);
    } finally {
      decref(seq);
    }
  });
  for (const [name, rev] of [['partition', false], ['rpartition', true]] as [string, boolean][]) {
    method(T, name, (self, args, kwnames) => {
      const sepO = oneArg(q(name), args, kwnames);
      const sep = toBin(bufferArg(sepO));
      if (sep.length === 0) raiseValueError('empty separator');
      const d = data(self);
      const s = toBin(d);
      const i = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
      if (i < 0) {
        const whole = same(self, d);
        const e1 = k.make(new Uint8Array(0)), e2 = k.make(new Uint8Array(0));
        return newTupleSteal(rev ? [e1, e2, whole] : [whole, e1, e2]);
      }
      const sepOut = k.name === 'bytes' && sepO.type === BytesType ? newref(sepO) : fromBinStr(sep);
      return newTupleSteal([fromBinStr(s.slice(0, i)), sepOut, fromBinStr(s.slice(i + sep.length))]);
    });
  }

  // ---- stripping, padding
  for (const [name, which] of [['strip', 3], ['lstrip', 1], ['rstrip', 2]] as [string, number][]) {
    method(T, name, (self, args, kwnames) => {
      posArgs(q(name), name, args, kwnames, 0, 1);
      const d = data(self);
      const c = args[0];
      let test: (b: number) => boolean = isSpaceByte;
      if (c !== undefined && c !== None) {
        const set = new Uint8Array(256);
        for (const b of bufferArg(c)) set[b] = 1;
        test = (b) => set[b] === 1;
      }
      let i = 0, j = d.length;
      if (which & 1) while (i < j && test(d[i])) i++;
      if (which & 2) while (j > i && test(d[j - 1])) j--;
      if (i === 0 && j === d.length) return same(self, d);
      return k.make(d.slice(i, j));
    });
  }
  for (const name of ['center', 'ljust', 'rjust']) {
    method(T, name, (self, args, kwnames) => {
      posArgs(q(name), name, args, kwnames, 1, 2);
      const width = asSsizeArg(args[0]);
      const fill = fillByteArg(name, args[1]);
      const d = data(self);
      if (width <= d.length) return same(self, d);
      const marg = width - d.length;
      const left = name === 'ljust' ? 0 : name === 'rjust' ? marg : Math.floor(marg / 2) + (marg & width & 1);
      const out = new Uint8Array(width).fill(fill);
      out.set(d, left);
      return k.make(out);
    });
  }
  method(T, 'zfill', (self, args, kwnames) => {
    const w = oneArg(q('zfill'), args, kwnames);
    const width = asSsizeArg(w);
    const d = data(self);
    if (d.length >= width) return same(self, d);
    const fill = width - d.length;
    const out = new Uint8Array(width).fill(48);
    out.set(d, fill);
    if (d.length > 0 && (d[0] === 43 || d[0] === 45)) { out[0] = d[0]; out[fill] = 48; }
    return k.make(out);
  });
  method(T, 'expandtabs', (self, args, kwnames) => {
    const [t] = kwArgs('expandtabs', args, kwnames, ['tabsize']);
    const tabsize = t === null ? 8 : intArgC(t);
    const out: number[] = [];
    let col = 0;
    for (const c of data(self)) {
      if (c === 9) {
        if (tabsize > 0) {
          const n = tabsize - (col % tabsize);
          for (let i = 0; i < n; i++) out.push(32);
          col += n;
        }
      } else {
        out.push(c);
        col++;
        if (c === 10 || c === 13) col = 0;
      }
    }
    return k.make(Uint8Array.from(out));
  });

  // ---- replacing
  method(T, 'replace', (self, args, kwnames) => {
    posArgs(q('replace'), 'replace', args, kwnames, 2, 3);
    const old = toBin(bufferArg(args[0]));
    const rep = toBin(bufferArg(args[1]));
    let count = args.length > 2 ? asSsizeArg(args[2]) : -1;
    if (count < 0) count = PY_SSIZE_T_MAX;
    const d = data(self);
    const s = toBin(d);
    if (count === 0) return same(self, d);
    let out = '';
    if (old.length === 0) {
      let n = 0;
      for (let i = 0; i < s.length; i++) {
        if (n < count) { out += rep; n++; }
        out += s[i];
      }
      if (n < count) out += rep;
    } else {
      let i = s.indexOf(old);
      if (i < 0) return same(self, d);
      let last = 0, n = 0;
      while (i >= 0 && n < count) {
        out += s.slice(last, i) + rep;
        last = i + old.length;
        n++;
        i = s.indexOf(old, last);
      }
      out += s.slice(last);
    }
    return fromBinStr(out);
  });
  for (const [name, suffix] of [['removeprefix', false], ['removesuffix', true]] as [string, boolean][]) {
    method(T, name, (self, args, kwnames) => {
      const a = oneArg(q(name), args, kwnames);
      const p = toBin(bufferArg(a));
      const d = data(self);
      const s = toBin(d);
      if (p.length > 0 && (suffix ? s.endsWith(p) : s.startsWith(p))) {
        return k.make(suffix ? d.slice(0, d.length - p.length) : d.slice(p.length));
      }
      return same(self, d);
    });
  }
  method(T, 'translate', (self, args, kwnames) => {
    const [table, del] = kwArgsPosTable(args, kwnames);
    const d = data(self);
    const out = translateData(d, table, del);
    if (table === None && out.length === d.length) return same(self, d);
    return k.make(out);
  });
  staticmethod(T, 'maketrans', (args, kwnames) => {
    posArgs('maketrans', 'maketrans', args, kwnames, 2, 2);
    const frm = bufferArg(args[0]), to = bufferArg(args[1]);
    if (frm.length !== to.length) raiseValueError('maketrans arguments must have same length');
    const out = new Uint8Array(256);
    for (let i = 0; i < 256; i++) out[i] = i;
    for (let i = 0; i < frm.length; i++) out[frm[i]] = to[i];
    return newBytes(out);
  });
  classmethod(T, 'fromhex', (cls, args, kwnames) => {
    const s = oneArg('fromhex', args, kwnames);
    const d = fromHex(s);
    const r = k.make(d);
    if (cls === T) return r;
    try {
      return call(cls, [r], null);
    } finally {
      decref(r);
    }
  });
}

/** translate(table, /, delete=b'') */
function kwArgsPosTable(args: PyObject[], kwnames: string[] | null): [PyObject, PyObject | null] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 2) raiseTypeError(`translate() takes at most 2 arguments (${npos} given)`);
  let table: PyObject | null = npos > 0 ? args[0] : null;
  let del: PyObject | null = npos > 1 ? args[1] : null;
  for (let i = 0; i < nkw; i++) {
    const kw = kwnames![i];
    if (kw === 'delete' && del === null) del = args[npos + i];
    else if (kw === 'table') raiseTypeError("translate() got some positional-only arguments passed as keyword arguments: 'table'");
    else raiseTypeError(`'${kw}' is an invalid keyword argument for translate()`);
  }
  if (table === null) raiseTypeError('translate() missing required argument \'table\' (pos 1)');
  return [table!, del];
}

installBytesMethods(BytesType, {
  name: 'bytes',
  make: (d) => newBytes(d),
  selfIfUnchanged: (o) => o.type === BytesType,
});

// ================================================================ codecs

/** the canonical codec for an encoding name, or null (encodings.normalize_encoding + aliases) */
export function codecName(encoding: string): string | null {
  let norm = '';
  let punct = false;
  for (const ch of encoding.toLowerCase()) {
    if (/[\p{L}\p{N}.]/u.test(ch)) {
      if (punct && norm.length > 0) norm += '_';
      if (ch.charCodeAt(0) < 128) norm += ch;
      punct = false;
    } else punct = true;
  }
  return CODECS.get(norm) ?? null;
}

const CODECS = new Map<string, string>();
function alias(canonical: string, names: string[]): void {
  for (const n of names) CODECS.set(n, canonical);
}
alias('utf-8', ['utf_8', 'cp65001', 'u8', 'utf', 'utf8', 'utf8_ucs2', 'utf8_ucs4']);
alias('utf-8-sig', ['utf_8_sig']);
alias('ascii', ['ascii', '646', 'ansi_x3.4_1968', 'ansi_x3.4_1986', 'ansi_x3_4_1968', 'cp367', 'csascii', 'ibm367',
  'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii']);
alias('latin-1', ['latin_1', '8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1', 'iso_8859_1',
  'iso_8859_1_1987', 'iso_ir_100', 'l1', 'latin', 'latin1']);
alias('utf-16', ['utf_16', 'u16', 'utf16']);
alias('utf-16-le', ['utf_16_le', 'unicodelittleunmarked', 'utf_16le']);
alias('utf-16-be', ['utf_16_be', 'unicodebigunmarked', 'utf_16be']);
alias('utf-32', ['utf_32', 'u32', 'utf32']);
alias('utf-32-le', ['utf_32_le', 'utf_32le']);
alias('utf-32-be', ['utf_32_be', 'utf_32be']);
alias('cp1252', ['cp1252', '1252', 'windows_1252']);

/** cp1252's bytes 0x80..0x9f (-1: undefined); the other bytes are Latin-1 */
const CP1252_HIGH = [8364, -1, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, -1, 381, -1, -1, 8216,
  8217, 8220, 8221, 8226, 8211, 8212, 732, 8482, 353, 8250, 339, -1, 382, 376];
const CP1252_ENC = new Map<number, number>();
CP1252_HIGH.forEach((c, i) => { if (c >= 0) CP1252_ENC.set(c, 0x80 + i); });

function lookupCodec(encoding: string): string {
  const c = codecName(encoding);
  if (c === null) raise(excType('LookupError'), `unknown encoding: ${encoding}`);
  return c!;
}

const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
  'surrogateescape', 'surrogatepass', 'namereplace']);

function checkHandler(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors)) raise(excType('LookupError'), `unknown error handler name '${errors}'`);
}

function raiseCodecError(excName: string, encoding: string, obj: PyObject, start: number, end: number,
  reason: string): never {
  const args = [newStr(encoding), obj, newInt(start), newInt(end), newStr(reason)];
  let exc: PyObject;
  try {
    exc = call(excType(excName), args, null);
  } finally {
    decref(args[0]); decref(args[2]); decref(args[3]); decref(args[4]);
  }
  throw new PyErr(exc!);
}

const hex2 = (c: number): string => (c < 16 ? '0' : '') + c.toString(16);

/**
 * str.encode: the bytes of text `s` in `encoding` with the `errors` handler. `strObj` is the str
 * (for UnicodeEncodeError.object). Positions in errors count code points.
 */
export function encodeText(s: string, encoding: string, errors: string, strObj: PyObject): Uint8Array {
  const codec = lookupCodec(encoding);
  const cps = codePoints(s);
  const out: number[] = [];
  const putUtf8 = (c: number): void => {
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  };
  const isSur = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
  let limit: number; // code points >= limit cannot be encoded directly
  let put: (c: number) => void;
  let reason: string;
  let name = codec;
  switch (codec) {
    case 'ascii': limit = 0x80; put = (c) => out.push(c); reason = 'ordinal not in range(128)'; break;
    case 'latin-1': limit = 0x100; put = (c) => out.push(c); reason = 'ordinal not in range(256)'; break;
    case 'cp1252':
      name = 'charmap';
      limit = -1;
      put = (c) => out.push(c < 0x80 || (c >= 0xa0 && c < 0x100) ? c : CP1252_ENC.get(c) ?? 63);
      reason = 'character maps to <undefined>';
      break;
    case 'utf-16': case 'utf-16-le': case 'utf-16-be': {
      const be = codec === 'utf-16-be';
      const unit = (u: number): void => { if (be) out.push(u >> 8, u & 255); else out.push(u & 255, u >> 8); };
      if (codec === 'utf-16') unit(0xfeff);
      limit = 0x110000;
      put = (c) => {
        if (c >= 0x10000) { c -= 0x10000; unit(0xd800 | (c >> 10)); unit(0xdc00 | (c & 0x3ff)); } else unit(c);
      };
      reason = 'surrogates not allowed';
      break;
    }
    case 'utf-32': case 'utf-32-le': case 'utf-32-be': {
      const be = codec === 'utf-32-be';
      const word = (c: number): void => {
        const b = [c & 255, (c >> 8) & 255, (c >> 16) & 255, (c >>> 24) & 255];
        out.push(...(be ? b.reverse() : b));
      };
      if (codec === 'utf-32') word(0xfeff);
      limit = 0x110000;
      put = word;
      reason = 'surrogates not allowed';
      break;
    }
    default: // utf-8, utf-8-sig
      if (codec === 'utf-8-sig') out.push(0xef, 0xbb, 0xbf);
      name = 'utf-8';
      limit = 0x110000;
      put = putUtf8;
      reason = 'surrogates not allowed';
  }
  const unicodeCodec = limit === 0x110000;
  const bad = (c: number): boolean => (unicodeCodec ? isSur(c) : limit < 0
    ? !(c < 0x80 || (c >= 0xa0 && c < 0x100) || CP1252_ENC.has(c)) : c >= limit);
  for (let i = 0; i < cps.length;) {
    const c = cps[i];
    if (!bad(c)) { put(c); i++; continue; }
    let end = i + 1;
    while (end < cps.length && bad(cps[end])) end++;
    switch (errors) {
      case 'strict':
        return raiseCodecError('UnicodeEncodeError', name, strObj, i, end, reason);
      case 'ignore':
        break;
      case 'replace':
        for (let j = i; j < end; j++) put(63);
        break;
      case 'backslashreplace':
        for (let j = i; j < end; j++) {
          const x = cps[j];
          const t = x < 0x100 ? '\\x' + hex2(x) : x < 0x10000 ? '\\u' + x.toString(16).padStart(4, '0')
            : '\\U' + x.toString(16).padStart(8, '0');
          for (const ch of t) put(ch.charCodeAt(0));
        }
        break;
      case 'xmlcharrefreplace':
        if (unicodeCodec) return raiseCodecError('UnicodeEncodeError', name, strObj, i, end, reason);
        for (let j = i; j < end; j++) for (const ch of `&#${cps[j]};`) put(ch.charCodeAt(0));
        break;
      case 'namereplace': // no Unicode name database: fall back to backslash escapes
        for (let j = i; j < end; j++) {
          const x = cps[j];
          const t = x < 0x100 ? '\\x' + hex2(x) : x < 0x10000 ? '\\u' + x.toString(16).padStart(4, '0')
            : '\\U' + x.toString(16).padStart(8, '0');
          for (const ch of t) put(ch.charCodeAt(0));
        }
        break;
      case 'surrogateescape':
        for (let j = i; j < end; j++) {
          const x = cps[j];
          if (x >= 0xdc80 && x <= 0xdcff) out.push(x - 0xdc00);
          else return raiseCodecError('UnicodeEncodeError', name, strObj, i, end, reason);
        }
        break;
      case 'surrogatepass':
        if (!unicodeCodec) return raiseCodecError('UnicodeEncodeError', name, strObj, i, end, reason);
        for (let j = i; j < end; j++) {
          const x = cps[j];
          if (name === 'utf-8') out.push(0xe0 | (x >> 12), 0x80 | ((x >> 6) & 63), 0x80 | (x & 63));
          else put(x);
        }
        break;
      default:
        checkHandler(errors);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

/**
 * bytes.decode: the text of `d` in `encoding` with the `errors` handler. UnicodeDecodeError.object
 * is a bytes object with the data (as CPython creates one).
 */
export function decodeBytes(d: Uint8Array, encoding: string, errors: string, _obj: PyObject | null): string {
  const codec = lookupCodec(encoding);
  let out = '';
  const parts: string[] = [];
  const flush = (): void => { if (out.length > 4096) { parts.push(out); out = ''; } };
  const fail = (name: string, start: number, end: number, reason: string): void => {
    switch (errors) {
      case 'strict': {
        const b = newBytes(d.slice());
        try {
          raiseCodecError('UnicodeDecodeError', name, b, start, end, reason);
        } finally {
          decref(b);
        }
        break;
      }
      case 'ignore': break;
      case 'replace': out += '\ufffd'; break;
      case 'backslashreplace': for (let j = start; j < end; j++) out += '\\x' + hex2(d[j]); break;
      case 'surrogateescape':
        for (let j = start; j < end; j++) {
          if (d[j] < 128) {
            const b = newBytes(d.slice());
            try { raiseCodecError('UnicodeDecodeError', name, b, start, end, reason); } finally { decref(b); }
          }
          out += String.fromCharCode(0xdc00 + d[j]);
        }
        break;
      default:
        checkHandler(errors);
        if (errors === 'surrogatepass' || errors === 'xmlcharrefreplace' || errors === 'namereplace') {
          const b = newBytes(d.slice());
          try { raiseCodecError('UnicodeDecodeError', name, b, start, end, reason); } finally { decref(b); }
        }
    }
  };
  const n = d.length;
  switch (codec) {
    case 'latin-1':
      return toBin(d);
    case 'cp1252': {
      for (let i = 0; i < n; i++) {
        const c = d[i];
        const u = c >= 0x80 && c < 0xa0 ? CP1252_HIGH[c - 0x80] : c;
        if (u >= 0) out += String.fromCharCode(u);
        else fail('charmap', i, i + 1, 'character maps to <undefined>');
        flush();
      }
      break;
    }
    case 'ascii': {
      for (let i = 0; i < n; i++) {
        const c = d[i];
        if (c < 128) out += String.fromCharCode(c);
        else fail('ascii', i, i + 1, 'ordinal not in range(128)');
        flush();
      }
      break;
    }
    case 'utf-16': case 'utf-16-le': case 'utf-16-be': {
      let be = codec === 'utf-16-be';
      let i = 0;
      if (codec === 'utf-16' && n >= 2) {
        if (d[0] === 0xff && d[1] === 0xfe) i = 2;
        else if (d[0] === 0xfe && d[1] === 0xff) { be = true; i = 2; }
      }
      const name = codec === 'utf-16' ? 'utf-16-le' : codec;
      const unitAt = (k: number): number => (be ? (d[k] << 8) | d[k + 1] : d[k] | (d[k + 1] << 8));
      while (i < n) {
        if (i + 1 >= n) { fail(be ? 'utf-16-be' : name, i, n, 'truncated data'); break; }
        const u = unitAt(i);
        if (u < 0xd800 || u > 0xdfff) { out += String.fromCharCode(u); i += 2; flush(); continue; }
        if (u >= 0xdc00) { fail(be ? 'utf-16-be' : name, i, i + 2, 'illegal encoding'); i += 2; continue; }
        if (i + 3 >= n) { fail(be ? 'utf-16-be' : name, i, n, 'unexpected end of data'); break; }
        const v = unitAt(i + 2);
        if (v < 0xdc00 || v > 0xdfff) { fail(be ? 'utf-16-be' : name, i, i + 2, 'illegal UTF-16 surrogate'); i += 2; continue; }
        out += String.fromCharCode(u, v);
        i += 4;
      }
      break;
    }
    case 'utf-32': case 'utf-32-le': case 'utf-32-be': {
      let be = codec === 'utf-32-be';
      let i = 0;
      if (codec === 'utf-32' && n >= 4) {
        if (d[0] === 0xff && d[1] === 0xfe && d[2] === 0 && d[3] === 0) i = 4;
        else if (d[0] === 0 && d[1] === 0 && d[2] === 0xfe && d[3] === 0xff) { be = true; i = 4; }
      }
      const name = codec === 'utf-32' ? 'utf-32-le' : codec;
      while (i < n) {
        if (i + 3 >= n) { fail(name, i, n, 'truncated data'); break; }
        const c = be ? ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0
          : (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24)) >>> 0;
        if (c > 0x10ffff) fail(name, i, i + 4, 'code point not in range(0x110000)');
        else if (c >= 0xd800 && c <= 0xdfff) fail(name, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
        else out += String.fromCodePoint(c);
        i += 4;
        flush();
      }
      break;
    }
    default: { // utf-8, utf-8-sig
      let i = 0;
      if (codec === 'utf-8-sig' && n >= 3 && d[0] === 0xef && d[1] === 0xbb && d[2] === 0xbf) i = 3;
      while (i < n) {
        const c = d[i];
        if (c < 0x80) {
          let j = i + 1;
          while (j < n && d[j] < 0x80) j++;
          out += toBin(d.subarray(i, j));
          i = j;
          flush();
          continue;
        }
        let need: number, lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) need = 1;
        else if (c >= 0xe0 && c <= 0xef) {
          need = 2;
          if (c === 0xe0) lo = 0xa0;
          else if (c === 0xed) {
            if (errors === 'surrogatepass' && i + 2 < n && d[i + 1] >= 0xa0 && d[i + 1] <= 0xbf && (d[i + 2] & 0xc0) === 0x80) {
              out += String.fromCharCode(((c & 15) << 12) | ((d[i + 1] & 63) << 6) | (d[i + 2] & 63));
              i += 3;
              continue;
            }
            hi = 0x9f;
          }
        } else if (c >= 0xf0 && c <= 0xf4) {
          need = 3;
          if (c === 0xf0) lo = 0x90;
          else if (c === 0xf4) hi = 0x8f;
        } else {
          fail('utf-8', i, i + 1, 'invalid start byte');
          i++;
          continue;
        }
        let k = 1;
        let bad = '';
        for (; k <= need; k++) {
          if (i + k >= n) { bad = 'end'; break; }
          const b = d[i + k];
          const l = k === 1 ? lo : 0x80, h = k === 1 ? hi : 0xbf;
          if (b < l || b > h) { bad = 'cont'; break; }
        }
        if (bad === 'end') { fail('utf-8', i, n, 'unexpected end of data'); i = n; continue; }
        if (bad === 'cont') { fail('utf-8', i, i + k, 'invalid continuation byte'); i += k; continue; }
        let cp = need === 1 ? c & 0x1f : need === 2 ? c & 0x0f : c & 0x07;
        for (let m = 1; m <= need; m++) cp = (cp << 6) | (d[i + m] & 63);
        out += String.fromCodePoint(cp);
        i += need + 1;
      }
    }
  }
  if (parts.length === 0) return out;
  parts.push(out);
  return parts.join('');
}

