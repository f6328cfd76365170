// LAYER: objects. The str type's behaviour (CPython's Objects/unicodeobject.c): its slots, its
// methods, its iterators, printf-style formatting (`'%d' % x`), str.format / format_map and
// PyObject_Format (the `format()` builtin). str.ts holds the type, the payload and the pure text
// helpers; this file installs everything else on StrType when it is loaded. bytes.ts imports it,
// so it is loaded with bytes.ts (the bootstrap may also import it by name). It must not be
// imported by the light modules (str.ts, int.ts, format.ts ...): it pulls in abstract/bool/tuple.
//
//   str_ascii_iterator / str_iterator   value: the str (owned) or null once exhausted;
//                                       aux: next index in code points; cap: next JS index.
//                                       basicsize 32, GC type (CPython's unicodeiterobject).
//
// Indexing: a str's `value` is a JS (UTF-16) string. Unless the str is of kind UCS-4 (o.buf === 4,
// it holds astral characters, two JS units each), code-point indices are JS indices; UCS-4 strs go
// through cpToUnit/unitToCp.
//
// Results that CPython returns unchanged (s.strip() with nothing to strip, s.replace with no match,
// s[:], s * 1, ...) return the same object for an exact str, as CPython's unicode_result_unchanged.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, newref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { allocBuffer } from '../memory/heap.js';
import {
  PyType, staticType, TPFLAGS_HAVE_GC, TPFLAGS_HEAPTYPE, EQ, NE, LT, LE, GT,
} from './type.js';
import { allocate, release } from './alloc.js';
import { method, staticmethod } from './define.js';
import {
  raiseTypeError, raiseValueError, raiseIndexError, raiseOverflowError, raiseKeyError, raise, excType, PyErr,
} from './errors.js';
import { None, notImplemented } from './singletons.js';
import { newBool, BoolType } from './bool.js';
import { IntType, newInt, isInt, intRepr, intToDecimalString } from './int.js';
import {
  repr as objRepr, str as objStr, getItem, getAttr, callSpecial,
} from './abstract.js';
import {
  StrType, newStr, newAsciiStr, newStrOfType, newStrKnown, newStrConcat, isStr, cpToUnit, unitToCp, codePoints, strRepr,
  strIsAlpha, strIsDecimal, strIsDigit, strIsNumeric, strIsAlnum, strIsSpace, strIsPrintable, strIsAscii,
  strIsUpper, strIsLower, strIsTitle, strIsIdentifier, strUpper, strLower, strCasefold, strSwapcase,
  strCapitalize, strTitle, splitWhitespace, rsplitWhitespace, splitSep, rsplitSep, splitLines, stripText,
  expandTabs, decimalValue,
} from './str.js';
import {
  formatStr, formatInt, formatFloat, doubleToString, cpLength,
} from './format.js';
import {
  asSsize, asSsizeArg, hasIndex, isSlice, sliceIndices, PY_SSIZE_T_MAX, errIs, sequenceSlots, registerLengthHint,
  NB_ADD, NB_MULTIPLY,
} from './slice.js';
import { newTupleSteal, isTuple, tupleItems, numberSlotsOnly, repeatCount } from './tuple.js';
import { newListSteal, listAppendSteal, sequenceFast } from './list.js';
import { newDict, isDict, dictItemsArray, dictSetItem } from './dict.js';
import { BytesType, bytesData, newBytes, encodeText, decodeBytes, isBytesLike, toBin, fromBin } from './bytes.js';
import { varargsMethod } from './tpcall.js';

const NB_REMAINDER = 6;

const sv = (o: PyObject): string => o.value as string;
const isAstral = (o: PyObject): boolean => o.buf === 4;

/** the result of an operation that may leave the text unchanged: self for an exact str */
function resultStr(self: PyObject, s: string): PyObject {
  if (self.type === StrType && s === (self.value as string)) return newref(self);
  return newStr(s);
}

/**
 * resultStr for text made only of self's characters (a piece of it, or its ASCII case mapping):
 * an ASCII self gives an ASCII result, so the new str needs no scan for its kind.
 */
function pieceStr(self: PyObject, s: string): PyObject {
  if (self.type === StrType && s === (self.value as string)) return newref(self);
  return self.buf === 0 ? newAsciiStr(s) : newStr(s);
}

// ================================================================ argument helpers (CPython's wording)

/** METH_NOARGS: "str.upper() takes no arguments (1 given)" */
export function noArgs(q: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${q}() takes no keyword arguments`);
  if (args.length !== 0) raiseTypeError(`${q}() takes no arguments (${args.length} given)`);
}

/** METH_O: "str.join() takes exactly one argument (0 given)" */
export function oneArg(q: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${q}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${q}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Argument Clinic positional-only: "center expected at least 1 argument, got 0" */
export function posArgs(q: string, name: string, args: PyObject[], kwnames: string[] | null, min: number,
  max: number): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${q}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) {
    raiseTypeError(min === max ? `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`
      : `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) raiseTypeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** METH_VARARGS + PyArg_ParseTuple("O|OO:find"): "find() takes at least 1 argument (0 given)" */
export function varArgs(q: string, name: string, args: PyObject[], kwnames: string[] | null, min: number,
  max: number): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${q}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) raiseTypeError(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) raiseTypeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/** Argument Clinic with keywords (_PyArg_UnpackKeywords): borrowed values, null when missing */
export function kwArgs(name: string, args: PyObject[], kwnames: string[] | null, names: string[]): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > names.length) {
    raiseTypeError(`${name}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${npos} given)`);
  }
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  if (nkw > names.length) {
    raiseTypeError(`${name}() takes at most ${names.length} keyword argument${names.length === 1 ? '' : 's'} (${nkw} given)`);
  }
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k];
    const i = names.indexOf(kw);
    if (i < 0) raiseTypeError(`'${kw}' is an invalid keyword argument for ${name}()`);
    if (out[i] !== null) raiseTypeError(`argument for ${name}() given by name ('${kw}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  return out;
}

/** a str argument: `${prefix}must be str, not int` ("replace() argument 1 must be str, not int") */
function strArg(o: PyObject, prefix: string): string {
  if (!isStr(o)) raiseTypeError(`${prefix}must be str, not ${o.type.name}`);
  return o.value as string;
}

/** _PyEval_SliceIndex for start/end arguments: None keeps the default; clipped */
export function sliceIdx(v: PyObject | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  if (!hasIndex(v)) raiseTypeError('slice indices must be integers or None or have an __index__ method');
  return asSsize(v, null);
}

/** ADJUST_INDICES: clamp start/end to [0, len] (end may stay below start) */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  return [start, end];
}

/** the JS [start, end) of a code-point range of a str object */
function unitRange(o: PyObject, start: number, end: number): [number, number] {
  if (!isAstral(o)) return [start, end];
  const s = sv(o);
  return [cpToUnit(s, start), cpToUnit(s, end)];
}

/** a code-point substring of a str object */
function cpSlice(o: PyObject, start: number, end: number): string {
  const [a, b] = unitRange(o, start, end);
  return sv(o).slice(a, b);
}

// ================================================================ the list CPython's split builds

const MAX_PREALLOC = 12;

/**
 * The list stringlib's split functions build: PyList_New(PREALLOC_SIZE(maxsplit)) first, the
 * pieces stored into the preallocated slots, appended past 12, the size trimmed at the end (the
 * capacity stays). `pieces` are JS strings; `make` turns one into a new object.
 */
export function splitList<T>(pieces: T[], maxsplit: number, make: (p: T, i: number) => PyObject): PyObject {
  const prealloc = maxsplit < 0 || maxsplit >= MAX_PREALLOC ? MAX_PREALLOC : maxsplit + 1;
  const l = newListSteal([]);
  l.buf = allocBuffer(8 * prealloc);
  l.cap = prealloc;
  l.aux = true;
  try {
    for (let i = 0; i < pieces.length; i++) {
      const o = make(pieces[i], i);
      if (i < MAX_PREALLOC) (l.value as PyObject[]).push(o);
      else listAppendSteal(l, o);
    }
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** a list built by appending (PyList_New(0) + PyList_Append), as splitlines does */
export function appendList<T>(pieces: T[], make: (p: T) => PyObject): PyObject {
  const l = newListSteal([]);
  try {
    for (const p of pieces) listAppendSteal(l, make(p));
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

// ================================================================ slots

StrType.repr = (o) => newStr(strRepr(sv(o)));

StrType.str = (o) => (o.type === StrType ? newref(o) : newStr(sv(o)));

StrType.len = (o) => o.cap;

/** compare by code points (JS `<` compares UTF-16 units, which differs only around astral text) */
export function compareText(a: string, b: string, astral: boolean): number {
  if (!astral) return a < b ? -1 : a > b ? 1 : 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!, y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length < 0 ? -1 : a.length > b.length ? 1 : 0;
}

StrType.richcompare = (a, b, op) => {
  if (!isStr(a) || !isStr(b)) return notImplemented();
  const x = sv(a), y = sv(b);
  if (op === EQ) return newBool(x === y);
  if (op === NE) return newBool(x !== y);
  const c = x === y ? 0 : compareText(x, y, isAstral(a) || isAstral(b));
  switch (op) {
    case LT: return newBool(c < 0);
    case LE: return newBool(c <= 0);
    case GT: return newBool(c > 0);
    default: return newBool(c >= 0);
  }
};

StrType.contains = (o, item) => {
  if (!isStr(item)) raiseTypeError(`'in <string>' requires string as left operand, not ${item.type.name}`);
  return sv(o).includes(sv(item));
};

/** the code point at code-point index i (0 <= i < len) as a str */
function charAt(o: PyObject, i: number): PyObject {
  const s = sv(o);
  if (!isAstral(o)) return newStr(s[i]);
  const u = cpToUnit(s, i);
  return newStr(String.fromCodePoint(s.codePointAt(u)!));
}

StrType.getitem = (o, key) => {
  const n = o.cap;
  if (hasIndex(key)) {
    let i = asSsize(key, 'IndexError');
    if (i < 0) i += n;
    if (i < 0 || i >= n) raiseIndexError('string index out of range');
    return charAt(o, i);
  }
  if (isSlice(key)) {
    const [start, stop, step, len] = sliceIndices(key, n);
    if (len <= 0) return newStr('');
    if (start === 0 && step === 1 && len === n && o.type === StrType) return newref(o);
    if (step === 1) return o.buf === 0 ? newAsciiStr(cpSlice(o, start, stop)) : newStr(cpSlice(o, start, stop));
    const s = sv(o);
    let out = '';
    if (!isAstral(o)) {
      for (let k = 0, cur = start; k < len; k++, cur += step) out += s[cur];
    } else {
      const cps = codePoints(s);
      for (let k = 0, cur = start; k < len; k++, cur += step) out += String.fromCodePoint(cps[cur]);
    }
    return o.buf === 0 ? newAsciiStr(out) : newStr(out);
  }
  return raiseTypeError(`string indices must be integers, not '${key.type.name}'`);
};

function strConcat(a: PyObject, b: PyObject): PyObject {
  // two exact strs have no number slot to try first (str's nb_add is its sq_concat)
  if (a.type !== StrType || b.type !== StrType) {
    if (!isStr(a)) return notImplemented();
    const r = numberSlotsOnly(a, b, NB_ADD, true);
    if (r !== null) return r;
    if (!isStr(b)) raiseTypeError(`can only concatenate str (not "${b.type.name}") to str`);
  }
  const x = sv(a), y = sv(b);
  if (x.length === 0 && b.type === StrType) return newref(b);
  if (y.length === 0 && a.type === StrType) return newref(a);
  if (a.cap + b.cap > 0x7fffffff) raise(excType('OverflowError'), 'strings are too large to concat');
  return newStrConcat(a, b);
}

function strRepeatN(a: PyObject, n: number): PyObject {
  if (n < 1) return newStr('');
  if (n === 1 && a.type === StrType) return newref(a);
  const s = sv(a);
  if (s.length === 0) return newStr('');
  if (BigInt(a.cap) * BigInt(n) > 9223372036854775807n) raiseOverflowError('repeated string is too long');
  if (s.length * n > 0x1fffffe8) raise(excType('MemoryError'), null);
  const c1 = s.charCodeAt(s.length - 1), c2 = s.charCodeAt(0);
  if (c1 >= 0xd800 && c1 <= 0xdbff && c2 >= 0xdc00 && c2 <= 0xdfff) return newStr(s.repeat(n));
  return newStrKnown(s.repeat(n), a.buf, a.cap * n);
}

function strMul(a: PyObject, b: PyObject): PyObject {
  if (isStr(a)) {
    const r = numberSlotsOnly(a, b, NB_MULTIPLY, true);
    if (r !== null) return r;
    return strRepeatN(a, repeatCount(b));
  }
  if (isStr(b)) return strRepeatN(b, repeatCount(a));
  return notImplemented();
}

function strMod(a: PyObject, b: PyObject): PyObject {
  if (a.type === StrType && a.buf === 0 && b.type === IntType && typeof b.value === 'number') {
    const r = percentOneInt(a.value as string, b.value);
    if (r !== null) return r;
  }
  if (!isStr(a)) return notImplemented();
  const whole: WholeResult = { obj: null };
  let text: string;
  try {
    text = percentFormat(sv(a), b, false, whole);
  } catch (e) {
    if (whole.obj !== null) decref(whole.obj);
    throw e;
  }
  return whole.obj ?? newStr(text);
}

/**
 * CPython builds the results of `%` and str.format in a _PyUnicodeWriter, which has a shortcut:
 * a str written whole as the last piece into a still empty writer becomes the result itself, no
 * copy. So `'%s' % s`, `'{}'.format(s)`, `'{:3}'.format(s)` (nothing to pad) are s itself, and
 * `'%r' % x` is the very str repr() made. percentFormat/buildString put such a str (a new
 * reference) here instead of their text.
 */
interface WholeResult { obj: PyObject | null }

/**
 * `'w%d' % n`: an ASCII format whose only conversion is a plain %d, %i, %u or %s, applied to an
 * int small enough to be a JS number, without the general parser (the result is ASCII). null
 * for any other format.
 */
function percentOneInt(fmt: string, n: number): PyObject | null {
  const p = fmt.indexOf('%');
  if (p < 0 || p + 1 >= fmt.length) return null;
  const c = fmt.charCodeAt(p + 1);
  if (c !== 100 && c !== 105 && c !== 117 && c !== 115) return null; // d i u s
  if (fmt.indexOf('%', p + 2) >= 0) return null;
  return newAsciiStr(fmt.slice(0, p) + String(n) + fmt.slice(p + 2));
}

sequenceSlots.add(strConcat);
sequenceSlots.add(strMul);
StrType.nb[NB_ADD] = strConcat;
StrType.nb[NB_MULTIPLY] = strMul;
StrType.nb[NB_REMAINDER] = strMod;

// ---------------------------------------------------------------- str() / str.__new__

function strNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  // str(x): the common call, without the keyword machinery
  if (type === StrType && args.length === 1 && (kwnames === null || kwnames.length === 0)) {
    const obj = args[0];
    return obj.type === IntType ? intRepr(obj) : objStr(obj);
  }
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 3) raiseTypeError(`str() takes at most 3 arguments (${npos} given)`);
  const names = ['object', 'encoding', 'errors'];
  const v: (PyObject | null)[] = [null, null, null];
  for (let i = 0; i < npos; i++) v[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kwnames![k]);
    if (i < 0) raiseTypeError(`'${kwnames![k]}' is an invalid keyword argument for str()`);
    if (v[i] !== null) raiseTypeError(`argument for str() given by name ('${names[i]}') and position (${i + 1})`);
    v[i] = args[npos + k];
  }
  const [obj, enc, err] = v;
  if (enc !== null && !isStr(enc)) raiseTypeError(`str() argument 'encoding' must be str, not ${enc.type.name}`);
  if (err !== null && !isStr(err)) raiseTypeError(`str() argument 'errors' must be str, not ${err.type.name}`);
  let text: PyObject;
  if (obj === null) text = newStr('');
  else if (enc === null && err === null) text = objStr(obj);
  else text = decodeObject(obj, enc === null ? 'utf-8' : sv(enc), err === null ? 'strict' : sv(err));
  if (type === StrType) return text;
  try {
    return newStrOfType(type, sv(text));
  } finally {
    decref(text);
  }
}
StrType.new = strNew;

/** PyUnicode_FromEncodedObject: str(b, encoding, errors) */
function decodeObject(obj: PyObject, encoding: string, errors: string): PyObject {
  if (isStr(obj)) raiseTypeError('decoding str is not supported');
  if (!isBytesLike(obj)) raiseTypeError(`decoding to str: need a bytes-like object, ${obj.type.name} found`);
  const data = bytesData(obj);
  if (data.length === 0) return newStr('');
  return newStr(decodeBytes(data, encoding, errors, obj));
}

// ---------------------------------------------------------------- iterators

export const StrAsciiIterType = staticType({ name: 'str_ascii_iterator', basicsize: 32, flags: TPFLAGS_HAVE_GC });
export const StrIterType = staticType({ name: 'str_iterator', basicsize: 32, flags: TPFLAGS_HAVE_GC });

StrType.iter = (o) => {
  incref(o);
  const it = allocate(o.buf === 0 ? StrAsciiIterType : StrIterType, o, 0);
  it.cap = 0;
  return it;
};

for (const T of [StrAsciiIterType, StrIterType]) {
  T.iternext = (it) => {
    const o = it.value as PyObject | null;
    if (o === null) return null;
    const s = sv(o);
    const u = it.cap;
    if (u < s.length) {
      const c = s.charCodeAt(u);
      let w = 1;
      if (c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00) w = 2;
      it.cap = u + w;
      it.aux = (it.aux as number) + 1;
      return newStr(w === 1 ? s[u] : s.slice(u, u + 2));
    }
    it.value = null;
    decref(o);
    return null;
  };
  T.iter = (it) => newref(it);
  T.traverse = (it: PyObject, visit: Visit) => {
    if (it.value !== null) visit(it.value as PyObject);
  };
  T.dealloc = (it) => {
    untrack(it);
    const o = it.value as PyObject | null;
    it.value = null;
    if (o !== null) decref(o);
    release(it);
  };
  const hint = (it: PyObject): number => {
    const o = it.value as PyObject | null;
    return o === null ? 0 : Math.max(0, o.cap - (it.aux as number));
  };
  registerLengthHint(T, hint);
  method(T, '__length_hint__', (it, args, kwnames) => {
    noArgs(`${T.name}.__length_hint__`, args, kwnames);
    return newInt(hint(it));
  });
}

// ================================================================ methods

/** a str method taking no arguments that maps the text */
function textMethod(name: string, f: (s: string) => string, unchangedIsSelf = false,
  asciiF: ((s: string) => string) | null = null): void {
  method(StrType, name, (self, args, kwnames) => {
    noArgs(`str.${name}`, args, kwnames);
    const r = asciiF !== null && self.buf === 0 ? asciiF(sv(self)) : f(sv(self));
    if (unchangedIsSelf) return resultStr(self, r);
    return self.buf === 0 ? newAsciiStr(r) : newStr(r); // ASCII maps to ASCII in every case mapping
  });
}

function predicate(name: string, f: (s: string) => boolean): void {
  method(StrType, name, (self, args, kwnames) => {
    noArgs(`str.${name}`, args, kwnames);
    return newBool(f(sv(self)));
  });
}

textMethod('upper', strUpper, false, (s) => s.toUpperCase()); // (ASCII text: the plain JS mapping)
textMethod('lower', strLower, false, (s) => s.toLowerCase());
textMethod('casefold', strCasefold);
textMethod('swapcase', strSwapcase);
textMethod('capitalize', strCapitalize);
textMethod('title', strTitle);
predicate('isalpha', strIsAlpha);
predicate('isdecimal', strIsDecimal);
predicate('isdigit', strIsDigit);
predicate('isnumeric', strIsNumeric);
predicate('isalnum', strIsAlnum);
predicate('isspace', strIsSpace);
predicate('isprintable', strIsPrintable);
predicate('isascii', strIsAscii);
predicate('isupper', strIsUpper);
predicate('islower', strIsLower);
predicate('istitle', strIsTitle);
predicate('isidentifier', strIsIdentifier);

method(StrType, '__sizeof__', (self, args, kwnames) => {
  noArgs('str.__sizeof__', args, kwnames);
  return newInt(StrType.sizeof(self));
});

method(StrType, '__format__', (self, args, kwnames) => {
  const spec = oneArg('str.__format__', args, kwnames);
  if (!isStr(spec)) raiseTypeError(`__format__() argument must be str, not ${spec.type.name}`);
  if (sv(spec) === '') return self.type === StrType ? newref(self) : objStr(self);
  return newStr(formatStr(sv(self), sv(spec), self.type.name));
});

method(StrType, '__getnewargs__', (self, args, kwnames) => {
  noArgs('str.__getnewargs__', args, kwnames);
  return newTupleSteal([newStr(sv(self))]);
});

// ---------------------------------------------------------------- searching

/** the sub/start/end arguments of find & co: [sub, start, end] in code points, clamped */
function findArgs(self: PyObject, name: string, args: PyObject[], kwnames: string[] | null): [string, number, number] {
  varArgs(`str.${name}`, name, args, kwnames, 1, 3);
  const sub = strArg(args[0], '');
  const [start, end] = adjustIndices(sliceIdx(args[1], 0), sliceIdx(args[2], PY_SSIZE_T_MAX), self.cap);
  return [sub, start, end];
}

/** find/rfind on code-point range [start, end): the code-point index or -1 */
function findIn(self: PyObject, sub: string, start: number, end: number, reverse: boolean): number {
  if (end - start < 0) return -1;
  const subLen = isAstral(self) ? cpLength(sub) : sub.length;
  if (end - start < subLen) return -1;
  const s = sv(self);
  const [a, b] = unitRange(self, start, end);
  let k: number;
  if (!reverse) {
    k = s.indexOf(sub, a);
    if (k < 0 || k + sub.length > b) return -1;
  } else {
    if (b - sub.length < a) return -1;
    k = s.lastIndexOf(sub, b - sub.length);
    if (k < a) return -1;
  }
  return isAstral(self) ? unitToCp(s, k) : k;
}

for (const [name, reverse, raises] of [['find', false, false], ['rfind', true, false], ['index', false, true],
  ['rindex', true, true]] as [string, boolean, boolean][]) {
  method(StrType, name, (self, args, kwnames) => {
    const [sub, start, end] = findArgs(self, name, args, kwnames);
    const r = findIn(self, sub, start, end, reverse);
    if (r < 0 && raises) raiseValueError('substring not found');
    return newInt(r);
  });
}

/** count non-overlapping occurrences in a code-point range */
function countIn(self: PyObject, sub: string, start: number, end: number): number {
  if (end - start < 0) return 0;
  if (sub.length === 0) return end - start + 1;
  const [a, b] = unitRange(self, start, end);
  const s = sv(self);
  let n = 0;
  for (let k = s.indexOf(sub, a); k >= 0 && k + sub.length <= b; k = s.indexOf(sub, k + sub.length)) n++;
  return n;
}

method(StrType, 'count', (self, args, kwnames) => {
  const [sub, start, end] = findArgs(self, 'count', args, kwnames);
  if (start > self.cap) return newInt(0);
  return newInt(countIn(self, sub, start, end));
});

/** startswith/endswith: one str or a tuple of strs */
for (const [name, atEnd] of [['startswith', false], ['endswith', true]] as [string, boolean][]) {
  method(StrType, name, (self, args, kwnames) => {
    varArgs(`str.${name}`, name, args, kwnames, 1, 3);
    const [start, end] = adjustIndices(sliceIdx(args[1], 0), sliceIdx(args[2], PY_SSIZE_T_MAX), self.cap);
    const test = (sub: string): boolean => {
      const subLen = isAstral(self) ? cpLength(sub) : sub.length;
      if (end - subLen < start) return false;
      if (subLen === 0) return true;
      const [a, b] = unitRange(self, start, end);
      const s = sv(self);
      return atEnd ? s.startsWith(sub, b - sub.length) : s.startsWith(sub, a);
    };
    const arg = args[0];
    if (isTuple(arg)) {
      for (const x of tupleItems(arg)) {
        if (!isStr(x)) raiseTypeError(`tuple for ${name} must only contain str, not ${x.type.name}`);
        if (test(sv(x))) return newBool(true);
      }
      return newBool(false);
    }
    if (!isStr(arg)) raiseTypeError(`${name} first arg must be str or a tuple of str, not ${arg.type.name}`);
    return newBool(test(sv(arg)));
  });
}

// ---------------------------------------------------------------- splitting and joining

function sepArg(o: PyObject | null): string | null {
  if (o === null || o === None) return null;
  if (!isStr(o)) raiseTypeError(`must be str or None, not ${o.type.name}`);
  const s = sv(o);
  if (s.length === 0) raiseValueError('empty separator');
  return s;
}

for (const [name, rev] of [['split', false], ['rsplit', true]] as [string, boolean][]) {
  method(StrType, name, (self, args, kwnames) => {
    const [sepO, maxO] = kwArgs(name, args, kwnames, ['sep', 'maxsplit']);
    const sep = sepArg(sepO);
    let maxsplit = maxO === null ? -1 : asSsizeArg(maxO);
    if (maxsplit < 0) maxsplit = -1;
    const s = sv(self);
    const pieces = sep === null
      ? (rev ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit))
      : (rev ? rsplitSep(s, sep, maxsplit) : splitSep(s, sep, maxsplit));
    return splitList(pieces, maxsplit, (p) => pieceStr(self, p));
  });
}

method(StrType, 'splitlines', (self, args, kwnames) => {
  const [keep] = kwArgs('splitlines', args, kwnames, ['keepends']);
  const keepends = keep === null ? false : intArg(keep) !== 0;
  return appendList(splitLines(sv(self), keepends), (p) => pieceStr(self, p));
});

/** a C int argument (Argument Clinic 'int'): __index__ required */
function intArg(o: PyObject): number {
  if (!hasIndex(o)) raiseTypeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  const v = asSsize(o, null);
  if (v > 2147483647 || v < -2147483648) raiseOverflowError('Python int too large to convert to C int');
  return v;
}

method(StrType, 'join', (self, args, kwnames) => {
  const iterable = oneArg('str.join', args, kwnames);
  return newStrJoin(self, iterable);
});

/** PyUnicode_Join(sep, iterable) */
export function newStrJoin(sep: PyObject, iterable: PyObject): PyObject {
  const seq = sequenceFast(iterable, 'can only join an iterable');
  try {
    const items = seq.value as PyObject[];
    if (items.length === 0) return newStr('');
    if (items.length === 1 && items[0].type === StrType) return newref(items[0]);
    const parts: string[] = new Array(items.length);
    // (the separator's kind counts only when it appears: two items or more)
    let kind = items.length > 1 ? sep.buf : 0, length = sep.cap * (items.length - 1);
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (!isStr(x)) raiseTypeError(`sequence item ${i}: expected str instance, ${x.type.name} found`);
      parts[i] = sv(x);
      if (x.buf > kind) kind = x.buf;
      length += x.cap;
    }
    const text = parts.join(sv(sep));
    // ASCII and Latin-1 parts have no surrogates that could pair up across a join: kind and length
    // are known; otherwise count
    return kind <= 1 ? newStrKnown(text, kind, length) : newStr(text);
  } finally {
    decref(seq);
  }
}

for (const [name, rev] of [['partition', false], ['rpartition', true]] as [string, boolean][]) {
  method(StrType, name, (self, args, kwnames) => {
    const sepO = oneArg(`str.${name}`, args, kwnames);
    const sep = strArg(sepO, '');
    if (sep.length === 0) raiseValueError('empty separator');
    const s = sv(self);
    const k = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (k < 0) {
      const whole = newref(self);
      return rev ? newTupleSteal([newStr(''), newStr(''), whole]) : newTupleSteal([whole, newStr(''), newStr('')]);
    }
    return newTupleSteal([newStr(s.slice(0, k)), newref(sepO), newStr(s.slice(k + sep.length))]);
  });
}

// ---------------------------------------------------------------- stripping, padding

for (const [name, which] of [['strip', 3], ['lstrip', 1], ['rstrip', 2]] as [string, number][]) {
  method(StrType, name, (self, args, kwnames) => {
    posArgs(`str.${name}`, name, args, kwnames, 0, 1);
    const c = args[0];
    let chars: string | null = null;
    if (c !== undefined && c !== None) {
      if (!isStr(c)) raiseTypeError(`${name} arg must be None or str`);
      chars = sv(c);
    }
    return pieceStr(self, stripText(sv(self), chars, which));
  });
}

function fillArg(o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!isStr(o)) raiseTypeError(`The fill character must be a unicode character, not ${o.type.name}`);
  if (o.cap !== 1) raiseTypeError('The fill character must be exactly one character long');
  return sv(o);
}

for (const name of ['center', 'ljust', 'rjust']) {
  method(StrType, name, (self, args, kwnames) => {
    posArgs(`str.${name}`, name, args, kwnames, 1, 2);
    const width = asSsizeArg(args[0]);
    const fill = fillArg(args[1]);
    const n = self.cap;
    if (width <= n) return resultStr(self, sv(self));
    const marg = width - n;
    let left: number;
    if (name === 'ljust') left = 0;
    else if (name === 'rjust') left = marg;
    else left = Math.floor(marg / 2) + (marg & width & 1);
    return newStr(fill.repeat(left) + sv(self) + fill.repeat(marg - left));
  });
}

method(StrType, 'zfill', (self, args, kwnames) => {
  const w = oneArg('str.zfill', args, kwnames);
  const width = asSsizeArg(w);
  const s = sv(self);
  const n = self.cap;
  if (n >= width) return resultStr(self, s);
  const fill = width - n;
  if (s.length > 0 && (s[0] === '+' || s[0] === '-')) return newStr(s[0] + '0'.repeat(fill) + s.slice(1));
  return newStr('0'.repeat(fill) + s);
});

method(StrType, 'expandtabs', (self, args, kwnames) => {
  const [t] = kwArgs('expandtabs', args, kwnames, ['tabsize']);
  const tabsize = t === null ? 8 : intArg(t);
  const s = sv(self);
  if (!s.includes('\t')) return resultStr(self, s);
  return newStr(expandTabs(s, tabsize));
});

// ---------------------------------------------------------------- replacing

method(StrType, 'replace', (self, args, kwnames) => {
  posArgs('str.replace', 'replace', args, kwnames, 2, 3);
  const old = strArg(args[0], 'replace() argument 1 ');
  const rep = strArg(args[1], 'replace() argument 2 ');
  let count = args.length > 2 ? asSsizeArg(args[2]) : -1;
  if (count < 0) count = PY_SSIZE_T_MAX;
  const s = sv(self);
  if (count === 0) return resultStr(self, s);
  let out: string;
  if (old.length === 0) {
    // insert before every code point (and at the end), up to count times
    const cps = isAstral(self) ? Array.from(s) : s.split('');
    let n = 0;
    out = '';
    for (let i = 0; i < cps.length; i++) {
      if (n < count) { out += rep; n++; }
      out += cps[i];
    }
    if (n < count) out += rep;
  } else {
    let k = s.indexOf(old);
    if (k < 0) return resultStr(self, s);
    // every occurrence: split/join builds the result in one piece (~4x faster than appending
    // each slice, which leaves V8 a rope of a million pieces to flatten)
    if (count === PY_SSIZE_T_MAX) return replaced(self, args[1], s, s.split(old).join(rep));
    out = '';
    let last = 0, n = 0;
    while (k >= 0 && n < count) {
      out += s.slice(last, k) + rep;
      last = k + old.length;
      n++;
      k = s.indexOf(old, last);
    }
    out += s.slice(last);
  }
  return replaced(self, args[1], s, out);
});

/** str.replace's result `out` for self (text s) and the replacement str rep */
function replaced(self: PyObject, rep: PyObject, s: string, out: string): PyObject {
  // ASCII text with ASCII replacements stays ASCII: no scan for the kind
  if (self.buf === 0 && rep.buf === 0 && !(self.type === StrType && out === s)) return newAsciiStr(out);
  return resultStr(self, out);
}

for (const [name, suffix] of [['removeprefix', false], ['removesuffix', true]] as [string, boolean][]) {
  method(StrType, name, (self, args, kwnames) => {
    const a = oneArg(`str.${name}`, args, kwnames);
    const p = strArg(a, `${name}() argument `);
    const s = sv(self);
    if (p.length > 0 && (suffix ? s.endsWith(p) : s.startsWith(p))) {
      return newStr(suffix ? s.slice(0, s.length - p.length) : s.slice(p.length));
    }
    return resultStr(self, s);
  });
}

// ---------------------------------------------------------------- translate / maketrans

method(StrType, 'translate', (self, args, kwnames) => {
  const table = oneArg('str.translate', args, kwnames);
  const s = sv(self);
  let out = '';
  const cache = new Map<number, string | null>();
  let changed = false;
  for (const c of codePoints(s)) {
    let r = cache.get(c);
    if (r === undefined) {
      r = translateOne(table, c);
      cache.set(c, r);
    }
    if (r === null) { changed = true; continue; }
    if (r.length !== 1 || r.charCodeAt(0) !== c) changed = true;
    out += r;
  }
  return changed ? newStr(out) : resultStr(self, s);
});

/** the mapping of one code point through a translate table: the text, or null to delete it */
function translateOne(table: PyObject, c: number): string | null {
  const key = newInt(c);
  let v: PyObject;
  try {
    v = getItem(table, key);
  } catch (e) {
    if (errIs(e, 'LookupError')) {
      decref((e as PyErr).exc);
      return String.fromCodePoint(c);
    }
    throw e;
  } finally {
    decref(key);
  }
  try {
    if (v === None) return null;
    if (isInt(v)) {
      const x = v.value as number | bigint;
      if (x < 0 || x > 0x10ffff) raiseValueError('character mapping must be in range(0x110000)');
      return String.fromCodePoint(Number(x));
    }
    if (isStr(v)) return sv(v);
    return raiseTypeError('character mapping must return integer, None or str');
  } finally {
    decref(v);
  }
}

staticmethod(StrType, 'maketrans', (args, kwnames) => {
  posArgs('str.maketrans', 'maketrans', args, kwnames, 1, 3);
  if (args.length === 1) {
    const x = args[0];
    if (!isDict(x)) raiseTypeError('if you give only one argument to maketrans it must be a dict');
    const d = newDict();
    const items = dictItemsArray(x);
    try {
      for (const [k, v] of items) {
        if (isStr(k)) {
          if (k.cap !== 1) raiseValueError('string keys in translate table must be of length 1');
          const key = newInt(sv(k).codePointAt(0)!);
          try { dictSetItem(d, key, v); } finally { decref(key); }
        } else if (isInt(k)) {
          dictSetItem(d, k, v);
        } else {
          raiseTypeError('keys in translate table must be strings or integers');
        }
      }
    } catch (e) {
      decref(d);
      throw e;
    } finally {
      for (const [k, v] of items) { decref(k); decref(v); }
    }
    return d;
  }
  const x = strArg(args[0], 'maketrans() argument 1 ');
  const y = strArg(args[1], 'maketrans() argument 2 ');
  const z = args.length > 2 ? strArg(args[2], 'maketrans() argument 3 ') : null;
  const xs = codePoints(x), ys = codePoints(y);
  if (xs.length !== ys.length) raiseValueError('the first two maketrans arguments must have equal length');
  const d = newDict();
  try {
    for (let i = 0; i < xs.length; i++) {
      const k = newInt(xs[i]), v = newInt(ys[i]);
      try { dictSetItem(d, k, v); } finally { decref(k); decref(v); }
    }
    if (z !== null) {
      for (const c of codePoints(z)) {
        const k = newInt(c);
        try { dictSetItem(d, k, None); } finally { decref(k); }
      }
    }
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
});

// ---------------------------------------------------------------- encode

method(StrType, 'encode', (self, args, kwnames) => {
  const [e, r] = kwArgs('encode', args, kwnames, ['encoding', 'errors']);
  if (e !== null && !isStr(e)) raiseTypeError(`encode() argument 'encoding' must be str, not ${e.type.name}`);
  if (r !== null && !isStr(r)) raiseTypeError(`encode() argument 'errors' must be str, not ${r.type.name}`);
  return newBytes(encodeText(sv(self), e === null ? 'utf-8' : sv(e), r === null ? 'strict' : sv(r), self));
});

// ---------------------------------------------------------------- format / format_map

method(StrType, 'format', varargsMethod((self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(0, args.length - nkw);
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i], args[args.length - nkw + i]);
  const lookup = (key: string): PyObject => {
    const v = kw.get(key);
    if (v === undefined) {
      const k = newStr(key);
      try { raiseKeyError(k); } finally { decref(k); }
    }
    return newref(v!);
  };
  return strFormatObject(sv(self), pos, lookup);
}));

method(StrType, 'format_map', (self, args, kwnames) => {
  const mapping = oneArg('str.format_map', args, kwnames);
  const lookup = (key: string): PyObject => {
    const k = newStr(key);
    try { return getItem(mapping, k); } finally { decref(k); }
  };
  return strFormatObject(sv(self), null, lookup);
});

// ================================================================ printf-style formatting

const isFloatType = (t: PyType): boolean => t.mro.some((b) => b.name === 'float' && !(b.flags & TPFLAGS_HEAPTYPE));
/** a float object (or an instance of a float subclass): its value is a JS number */
export const isFloatObj = (o: PyObject): boolean => isFloatType(o.type);
const isExactFloat = (o: PyObject): boolean => o.type.name === 'float' && !(o.type.flags & TPFLAGS_HEAPTYPE);
const isComplexObj = (o: PyObject): boolean => o.type.mro.some((b) => b.name === 'complex' && !(b.flags & TPFLAGS_HEAPTYPE));

/** PyFloat_AsDouble with %-format's error: "must be real number, not str" */
export function asDouble(o: PyObject): number {
  if (isFloatObj(o)) return o.value as number;
  if (isInt(o)) return intToDouble(o.value as number | bigint);
  if (o.type.float !== null) {
    const r = o.type.float(o);
    try {
      if (!isFloatObj(r)) raiseTypeError(`${o.type.name}.__float__ returned non-float (type ${r.type.name})`);
      return r.value as number;
    } finally {
      decref(r);
    }
  }
  if (o.type.index !== null) {
    const r = o.type.index(o);
    try {
      return intToDouble(r.value as number | bigint);
    } finally {
      decref(r);
    }
  }
  return raiseTypeError(`must be real number, not ${o.type.name}`);
}

function intToDouble(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (!Number.isFinite(x)) raiseOverflowError('int too large to convert to float');
  return x;
}

/** the integer value for %d/%i/%u (PyNumber_Long) or %o/%x/%X (PyNumber_Index) */
function percentInt(v: PyObject, type: string): number | bigint {
  const wrong = (): never => raiseTypeError(type === 'o' || type === 'x' || type === 'X'
    ? `%${type} format: an integer is required, not ${v.type.name}`
    : `%${type} format: a real number is required, not ${v.type.name}`);
  if (isInt(v)) return v.value as number | bigint;
  const t = v.type;
  if (t.index === null && t.int === null && t.float === null && !isComplexObj(v)) wrong();
  let r: PyObject;
  try {
    if (type === 'o' || type === 'x' || type === 'X') {
      if (t.index === null) wrong();
      r = t.index!(v);
    } else if (isFloatObj(v)) {
      const x = v.value as number;
      if (Number.isNaN(x)) raiseValueError('cannot convert float NaN to integer');
      if (!Number.isFinite(x)) raiseOverflowError('cannot convert float infinity to integer');
      const tr = Math.trunc(x);
      return Number.isSafeInteger(tr) ? tr : BigInt(tr);
    } else if (t.int !== null) {
      r = t.int(v);
    } else if (t.index !== null) {
      r = t.index(v);
    } else {
      return wrong();
    }
  } catch (e) {
    if (errIs(e, 'TypeError') && !(isFloatObj(v))) {
      decref((e as PyErr).exc);
      wrong();
    }
    throw e;
  }
  try {
    if (!isInt(r!)) raiseTypeError(`__int__ returned non-int (type ${r!.type.name})`);
    return r!.value as number | bigint;
  } finally {
    decref(r!);
  }
}

/** _PyUnicode_FormatLong: sign, 0x/0o prefix when alt, zeros up to prec, digits */
function formatLongText(v: number | bigint, alt: boolean, prec: number, type: string): string {
  const neg = v < 0;
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  let digits = (neg ? -v : v).toString(base);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  const prefix = alt && base !== 10 ? (base === 8 ? '0o' : '0x') : '';
  let s = (neg ? '-' : '') + prefix + digits;
  if (type === 'X') s = s.toUpperCase();
  return s;
}

/** %c: an int code point or a one-character str */
function formatChar(v: PyObject): string {
  if (isStr(v)) {
    if (v.cap !== 1) raiseTypeError('%c requires int or char');
    return sv(v);
  }
  if (!hasIndex(v)) raiseTypeError('%c requires int or char');
  const x = isInt(v) ? (v.value as number | bigint) : (() => {
    const r = v.type.index!(v);
    const val = r.value as number | bigint;
    decref(r);
    return val;
  })();
  if (x < 0 || x > 0x10ffff) raiseOverflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(x));
}

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

/** the UTF-16 unit of s at i, or -1 past its end */
function codeAt(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : -1;
}

/**
 * The argument number i of a %-format (argidx): `cur` itself when it is a single argument
 * (arglen -1, i -2), else item i of the tuple; TypeError when they are used up.
 */
function percentArg(cur: PyObject, i: number, arglen: number): PyObject {
  if (i >= arglen) return raiseTypeError('not enough arguments for format string');
  return arglen < 0 ? cur : tupleItems(cur)[i];
}

/**
 * PyUnicode_Format: `fmt % args`. With `bytesMode` (bytes/bytearray %, _PyBytes_FormatEx) `fmt`
 * and the result are binary strings (char codes 0..255), %s/%b take bytes-like objects or
 * __bytes__, %r/%a give ascii(), %c takes a byte, and mapping keys are bytes.
 */
export function percentFormat(fmt: string, args: PyObject, bytesMode = false, whole: WholeResult | null = null): string {
  const tuple = isTuple(args);
  let arglen = tuple ? tupleItems(args).length : -1;
  let argidx = tuple ? 0 : -2;
  const dict = !tuple && !isStr(args) && !(bytesMode && isBytesLike(args)) && args.type.getitem !== null ? args : null;
  let cur = args;          // the current argument source (a mapped value after %(key))
  let curOwned = false;
  let out = '';
  const n = fmt.length;
  let pos = 0;
  const what = bytesMode ? 'bytes' : 'string';

  try {
    while (pos < n) {
      let pct = pos; // (a loop: formats are short, and indexOf costs a builtin call)
      while (pct < n && fmt.charCodeAt(pct) !== 37) pct++;
      if (pct === n) { out += fmt.slice(pos); break; }
      out += fmt.slice(pos, pct);
      pos = pct + 1;
      if (pos < n && fmt.charCodeAt(pos) === 37) { out += '%'; pos++; continue; } // %%
      // ---- one conversion
      let flags = 0, width = -1, prec = -1;
      if (pos < n && fmt.charCodeAt(pos) === 40) { // (key)
        if (dict === null) raiseTypeError('format requires a mapping');
        let depth = 1;
        const keyStart = ++pos;
        while (pos < n && depth > 0) {
          if (fmt[pos] === ')') depth--;
          else if (fmt[pos] === '(') depth++;
          pos++;
        }
        if (depth > 0) raiseValueError('incomplete format key');
        const key = bytesMode ? newBytes(fromBin(fmt.slice(keyStart, pos - 1))) : newStr(fmt.slice(keyStart, pos - 1));
        let v: PyObject;
        try { v = getItem(dict!, key); } finally { decref(key); }
        if (curOwned) decref(cur);
        cur = v!;
        curOwned = true;
        arglen = -1;
        argidx = -2;
      }
      // flags, width, precision, length modifier (all ASCII), then the conversion character
      let c = codeAt(fmt, pos);
      for (;; c = codeAt(fmt, ++pos)) {
        if (c === 45) flags |= F_LJUST;        // -
        else if (c === 43) flags |= F_SIGN;    // +
        else if (c === 32) flags |= F_BLANK;   // space
        else if (c === 35) flags |= F_ALT;     // #
        else if (c === 48) flags |= F_ZERO;    // 0
        else break;
      }
      if (c === 42) {                          // *
        const v = percentArg(cur, argidx++, arglen);
        if (!isInt(v)) raiseTypeError('* wants int');
        width = asSsizeArg(v);
        if (width < 0) { flags |= F_LJUST; width = -width; }
        c = codeAt(fmt, ++pos);
      } else if (c >= 48 && c <= 57) {
        width = c - 48;
        while ((c = codeAt(fmt, ++pos)) >= 48 && c <= 57) {
          const d = c - 48;
          if (width > (PY_SSIZE_T_MAX - d) / 10) raiseValueError('width too big');
          width = width * 10 + d;
        }
      }
      if (c === 46) {                          // .
        prec = 0;
        c = codeAt(fmt, ++pos);
        if (c === 42) {
          const v = percentArg(cur, argidx++, arglen);
          if (!isInt(v)) raiseTypeError('* wants int');
          prec = asSsizeArg(v);
          if (prec > 2147483647 || prec < -2147483648) raiseOverflowError('Python int too large to convert to C int');
          if (prec < 0) prec = 0;
          c = codeAt(fmt, ++pos);
        } else if (c >= 48 && c <= 57) {
          prec = c - 48;
          while ((c = codeAt(fmt, ++pos)) >= 48 && c <= 57) {
            const d = c - 48;
            if (prec > (2147483647 - d) / 10) raiseValueError('precision too big');
            prec = prec * 10 + d;
          }
        }
      }
      if (c === 104 || c === 108 || c === 76) c = codeAt(fmt, ++pos); // h l L
      if (c < 0) raiseValueError('incomplete format');
      const at = pos;
      const ch = c >= 0xd800 && c <= 0xdbff ? String.fromCodePoint(fmt.codePointAt(pos)!) : fmt[pos];
      pos += ch.length;
      const v = percentArg(cur, argidx++, arglen);
      if (whole !== null && out === '' && pos === n && (ch === 's' || ch === 'r')) {
        // the last piece into an empty writer: unicode_format_arg_output's fast path keeps the str whole
        const r = ch === 's' ? objStr(v) : objRepr(v);
        if (writtenUnchanged(r.cap, flags, width, prec)) {
          whole.obj = r;
        } else {
          try { out += padPercent(sv(r), ch, flags, width, prec, false); } finally { decref(r); }
        }
      } else {
        out += formatOneArg(ch, flags, width, prec, v, fmt, at, bytesMode);
      }
      if (dict !== null && argidx < arglen) raiseTypeError(`not all arguments converted during ${what} formatting`);
    }
    if (argidx < arglen && dict === null) raiseTypeError(`not all arguments converted during ${what} formatting`);
    return out;
  } finally {
    if (curOwned) decref(cur);
  }
}

/** one %-conversion of v (unicode_format_arg_format + unicode_format_arg_output) */
function formatOneArg(ch: string, flags: number, width: number, prec: number, v: PyObject, fmt: string,
  at: number, bytesMode: boolean): string {
  let text: string;
  let sign = false;
  if (bytesMode) {
    if (ch === 's' || ch === 'b') return padPercent(bytesOfArg(v), 's', flags, width, prec, false);
    if (ch === 'r' || ch === 'a') {
      const r = objRepr(v);
      text = asciiOf(sv(r));
      decref(r);
      return padPercent(text, 'a', flags, width, prec, false);
    }
    if (ch === 'c') return padPercent(byteCharOf(v), 'c', flags, width, prec, false);
  }
  switch (ch) {
    case 's': case 'r': case 'a': {
      if (v.type === IntType && width === -1 && prec === -1) return intToDecimalString(v.value);
      if (v.type === StrType && ch === 's') text = sv(v);
      else {
        const r = ch === 's' ? objStr(v) : objRepr(v);
        text = ch === 'a' ? asciiOf(sv(r)) : sv(r);
        decref(r);
      }
      break;
    }
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
      if (v.type === IntType && flags === 0 && width === -1 && prec === -1 && (ch === 'd' || ch === 'i' || ch === 'u')) {
        return intToDecimalString(v.value); // plain decimal: nothing to pad (the digit limit applies)
      }
      const type = ch === 'i' || ch === 'u' ? 'd' : ch;
      const val = percentInt(v, ch);
      text = formatLongText(val, (flags & F_ALT) !== 0, prec, type);
      sign = true;
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = asDouble(v);
      text = doubleToString(x, ch, prec < 0 ? 6 : prec, flags & F_ALT ? 4 : 0);
      sign = true;
      break;
    }
    case 'c':
      text = formatChar(v);
      break;
    default: {
      const c = ch.codePointAt(0)!;
      // the index counts code points of the format (bytes: JS units are the bytes)
      const index = bytesMode ? at : unitToCp(fmt, at);
      return raiseValueError(`unsupported format character '${c >= 31 && c <= 126 ? ch : '?'}' (0x${c.toString(16)}) at index ${index}`);
    }
  }
  return padPercent(text, ch, flags, width, prec, sign);
}

/** %s / %b in bytes formatting: a bytes-like object or __bytes__, as a binary string */
function bytesOfArg(v: PyObject): string {
  if (isBytesLike(v)) return toBin(bytesData(v));
  const r = callSpecial(v, '__bytes__', []);
  if (r === null) {
    return raiseTypeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${v.type.name}'`);
  }
  try {
    if (!isBytesLike(r) || !(r.type === BytesType || r.type.mro.includes(BytesType))) {
      raiseTypeError(`__bytes__ returned non-bytes (type ${r.type.name})`);
    }
    return toBin(bytesData(r));
  } finally {
    decref(r);
  }
}

/** %c in bytes formatting: an int in range(256) or a bytes-like object of length 1 */
function byteCharOf(v: PyObject): string {
  if (isBytesLike(v)) {
    const d = bytesData(v);
    if (d.length === 1) return String.fromCharCode(d[0]);
    return raiseTypeError('%c requires an integer in range(256) or a single byte');
  }
  if (!hasIndex(v)) raiseTypeError('%c requires an integer in range(256) or a single byte');
  const x = asSsize(v, null);
  if (x < 0 || x > 255) raiseOverflowError('%c arg not in range(256)');
  return String.fromCharCode(x);
}

/** ascii() of a repr text: every non-ASCII character escaped */
function asciiOf(s: string): string {
  let out = '';
  for (const c of codePoints(s)) {
    if (c < 128) out += String.fromCharCode(c);
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** whether a %-conversion's text of `len` characters is written as it is (unicode_format_arg_output's fast path) */
function writtenUnchanged(len: number, flags: number, width: number, prec: number): boolean {
  return (width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK));
}

/** unicode_format_arg_output: precision truncation, sign, zero/space padding, 0x prefix */
function padPercent(text: string, ch: string, flags: number, width: number, prec: number, sign: boolean): string {
  const fill = sign && (flags & F_ZERO) ? '0' : ' ';
  let len = cpLength(text);
  if (writtenUnchanged(len, flags, width, prec)) return text;
  let body = text;
  if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && len > prec) {
    body = Array.from(text).slice(0, prec).join('');
    len = prec;
  }
  let signChar = '';
  if (sign) {
    const c0 = body[0];
    if (c0 === '-' || c0 === '+') { signChar = c0; body = body.slice(1); len--; }
    else if (flags & F_SIGN) signChar = '+';
    else if (flags & F_BLANK) signChar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const alt = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  let prefixDone = false;
  if (alt) {
    if (fill !== ' ') { out += body.slice(0, 2); prefixDone = true; }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signChar;
  }
  if (alt) {
    if (!prefixDone) out += body.slice(0, 2);
    body = body.slice(2);
  }
  out += body;
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

// ================================================================ str.format

interface AutoNumber { state: number; next: number } // state: 0 init, 1 auto, 2 manual

/** an index made of Unicode decimal digits (format's field names), or -1 */
function fieldInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0;
  for (const c of codePoints(s)) {
    const d = decimalValue(c);
    if (d < 0) return -1;
    if (acc > (PY_SSIZE_T_MAX - d) / 10) raiseValueError('Too many decimal digits in format string');
    acc = acc * 10 + d;
  }
  return acc;
}

/**
 * str.format(*args, **kwargs) / str.format_map(mapping): `args` null for format_map; `lookup`
 * returns a new reference for a keyword field (raising KeyError).
 */
export function strFormatObject(fmt: string, args: PyObject[] | null, lookup: (key: string) => PyObject): PyObject {
  const auto: AutoNumber = { state: 0, next: 0 };
  const whole: WholeResult = { obj: null };
  const text = buildString(fmt, args, lookup, 2, auto, whole);
  return whole.obj ?? newStr(text);
}

function buildString(fmt: string, args: PyObject[] | null, lookup: (key: string) => PyObject, depth: number,
  auto: AutoNumber, whole: WholeResult | null): string {
  if (depth <= 0) raiseValueError('Max string recursion exceeded');
  let out = '';
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    // literal text up to a brace
    const start = pos;
    let c = '';
    while (pos < n) {
      c = fmt[pos++];
      if (c === '{' || c === '}') break;
      c = '';
    }
    const atEnd = pos >= n;
    let litEnd = pos;
    let markup = c !== '';
    if (c === '}' && (atEnd || fmt[pos] !== '}')) raiseValueError("Single '}' encountered in format string");
    if (atEnd && c === '{') raiseValueError("Single '{' encountered in format string");
    if (!atEnd && markup) {
      if (fmt[pos] === c) { pos++; markup = false; } // {{ or }}: the first brace is literal
      else litEnd--;
    }
    out += fmt.slice(start, litEnd);
    if (!markup) continue;
    // ---- a replacement field: parse_field
    const nameStart = pos;
    let ch = '';
    while (pos < n) {
      ch = fmt[pos++];
      if (ch === '{') raiseValueError("unexpected '{' in field name");
      if (ch === '[') {
        while (pos < n && fmt[pos] !== ']') pos++;
        ch = '';
        continue;
      }
      if (ch === '}' || ch === ':' || ch === '!') break;
      ch = '';
    }
    const fieldName = fmt.slice(nameStart, ch === '' ? pos : pos - 1);
    let conversion = '';
    let spec = '';
    let specNeedsExpanding = false;
    if (ch === '!' || ch === ':') {
      let done = false;
      if (ch === '!') {
        if (pos >= n) raiseValueError('end of string while looking for conversion specifier');
        conversion = String.fromCodePoint(fmt.codePointAt(pos)!);
        pos += conversion.length;
        if (pos < n) {
          const c2 = fmt[pos++];
          if (c2 === '}') done = true;
          else if (c2 !== ':') raiseValueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < n) {
          const c3 = fmt[pos++];
          if (c3 === '{') { specNeedsExpanding = true; count++; } else if (c3 === '}') {
            if (--count === 0) { spec = fmt.slice(specStart, pos - 1); closed = true; break; }
          }
        }
        if (!closed) raiseValueError("unmatched '{' in format spec");
      }
    } else if (ch !== '}') {
      raiseValueError("expected '}' before end of string");
    }
    // ---- render it
    let obj = getFieldObject(fieldName, args, lookup, auto);
    try {
      if (conversion !== '') {
        let conv: PyObject;
        switch (conversion) {
          case 'r': conv = objRepr(obj); break;
          case 's': conv = objStr(obj); break;
          case 'a': {
            const r = objRepr(obj);
            conv = newStr(asciiOf(sv(r)));
            decref(r);
            break;
          }
          default: {
            const cc = conversion.codePointAt(0)!;
            return raiseValueError(cc > 32 && cc < 127 ? `Unknown conversion specifier ${conversion}`
              : `Unknown conversion specifier \\x${cc.toString(16)}`);
          }
        }
        decref(obj);
        obj = conv;
      }
      if (specNeedsExpanding) spec = buildString(spec, args, lookup, depth - 1, auto, null);
      const text = formatToText(obj, spec);
      // the last piece into an empty writer: an exact str left as it is (format_string_internal's
      // fast path: nothing to pad or cut) is the result itself (see WholeResult)
      if (whole !== null && out === '' && pos === n && obj.type === StrType && text === sv(obj)) {
        obj.refcnt++;
        whole.obj = obj;
      } else {
        out += text;
      }
    } finally {
      decref(obj);
    }
  }
  return out;
}

/** get_field_object: the first part indexes args or looks up a keyword, then .attr and [key] parts */
function getFieldObject(name: string, args: PyObject[] | null, lookup: (key: string) => PyObject,
  auto: AutoNumber): PyObject {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let index = fieldInteger(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (auto.state === 0 && numeric) auto.state = empty ? 1 : 2;
  if (numeric) {
    if (auto.state === 2 && empty) {
      raiseValueError('cannot switch from manual field specification to automatic field numbering');
    }
    if (auto.state === 1 && !empty) {
      raiseValueError('cannot switch from automatic field numbering to manual field specification');
    }
  }
  if (empty) index = auto.next++;
  let obj: PyObject;
  if (index === -1) {
    obj = lookup(first);
  } else {
    if (args === null) raiseValueError('Format string contains positional fields');
    if (index >= args!.length) {
      raiseIndexError(`Replacement index ${index} out of range for positional args tuple`);
    }
    obj = newref(args![index]);
  }
  // the rest: .name and [key] parts
  let pos = i;
  try {
    while (pos < name.length) {
      const c = name[pos++];
      let part: string;
      let isAttr: boolean;
      if (c === '.') {
        isAttr = true;
        const s = pos;
        while (pos < name.length && name[pos] !== '.' && name[pos] !== '[') pos++;
        part = name.slice(s, pos);
      } else if (c === '[') {
        isAttr = false;
        const s = pos;
        while (pos < name.length && name[pos] !== ']') pos++;
        if (pos >= name.length) raiseValueError("Missing ']' in format string");
        part = name.slice(s, pos);
        pos++;
      } else {
        return raiseValueError("Only '.' or '[' may follow ']' in format field specifier");
      }
      if (part.length === 0) raiseValueError('Empty attribute in format string');
      let next: PyObject;
      if (isAttr) {
        next = getAttr(obj, part);
      } else {
        const idx = fieldInteger(part);
        const key = idx === -1 ? newStr(part) : newInt(idx);
        try { next = getItem(obj, key); } finally { decref(key); }
      }
      decref(obj);
      obj = next;
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

// ================================================================ format() (PyObject_Format)

/** format(obj, spec) as a JS string; exact str/int/float/bool are formatted directly */
export function formatToText(obj: PyObject, spec: string): string {
  const t = obj.type;
  if (t === StrType) return spec === '' ? sv(obj) : formatStr(sv(obj), spec);
  if (t === IntType) return formatInt(obj.value as number | bigint, spec);
  if (t === BoolType) return spec === '' ? (obj.value ? 'True' : 'False') : formatInt(obj.value as number, spec, 'bool');
  if (isExactFloat(obj)) return formatFloat(obj.value as number, spec);
  const r = formatObject(obj, spec);
  try {
    return sv(r);
  } finally {
    decref(r);
  }
}

/** PyObject_Format: a new str; calls type(obj).__format__(obj, spec) */
export function formatObject(obj: PyObject, spec: string): PyObject {
  if (spec === '') {
    if (obj.type === StrType) return newref(obj);
    // int.__format__ with an empty spec is str(obj): for a bool, its static repr
    if (obj.type === IntType || obj.type === BoolType) return objStr(obj);
  }
  const specObj = newStr(spec);
  let r: PyObject | null;
  try {
    r = callSpecial(obj, '__format__', [specObj]);
  } finally {
    decref(specObj);
  }
  if (r === null) raiseTypeError(`Type ${obj.type.name} doesn't define __format__`);
  if (!isStr(r!)) {
    const tn = r!.type.name;
    decref(r!);
    raiseTypeError(`__format__ must return a str, not ${tn}`);
  }
  return r!;
}

/** the `format(value, format_spec='')` builtin */
export function builtinFormat(args: PyObject[], kwnames: string[] | null): PyObject {
  posArgs('format', 'format', args, kwnames, 1, 2);
  const spec = args[1];
  if (spec !== undefined && !isStr(spec)) raiseTypeError(`format() argument 2 must be str, not ${spec.type.name}`);
  return formatObject(args[0], spec === undefined ? '' : sv(spec));
}

/** ascii(o) builtin helper: repr with non-ASCII escaped */
export function asciiObject(o: PyObject): PyObject {
  const r = objRepr(o);
  try {
    const s = sv(r);
    return strIsAscii(s) ? newref(r) : newAsciiStr(asciiOf(s));
  } finally {
    decref(r);
  }
}

