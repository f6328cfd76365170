// LAYER: objects. The float type (CPython's Objects/floatobject.c).
//   value: the JS number. Instances of float subclasses carry the same payload.
// basicsize 24, not a GC type. Exact floats go through CPython's free list (100 objects): a freed
// float keeps its block (and address) for the next one.
//
// float's slots handle every int/float mix (int operands are converted with PyLong_AsDouble:
// OverflowError "int too large to convert to float"), as in CPython where int's slots return
// NotImplemented for floats. The numeric algorithms are in numbers.ts; repr and __format__ are
// format.ts's floatRepr / formatFloat. A negative base with a fractional exponent gives a complex
// (complex.ts). divmod is floatDivmodSlot (PyType has no divmod slot yet) and the methods
// __divmod__ / __rdivmod__.
//
// Loading this file also wires int.ts's `intHooks` (float, tuple and bytes constructors), which
// int.ts cannot import itself without making load order matter.

import { PyObject } from '../memory/object.js';
import { incref, decref, setHotDealloc } from '../memory/refcount.js';
import {
  staticType, PyType, TPFLAGS_BASETYPE, TPFLAGS_UNICODE_SUBCLASS, LT, LE, EQ, NE, GT, BinarySlot,
} from './type.js';
import { allocate, release, FreeList, allocateLeafFrom, releaseLeafTo, settleFreeList } from './alloc.js';
import { newAsciiStr, newStr, StrType } from './str.js';
import {
  raiseTypeError, raiseValueError, raiseOverflowError, raiseZeroDivisionError,
} from './errors.js';
import { None, notImplemented, isNotImplemented } from './singletons.js';
import { method, classmethod, getset } from './define.js';
import { checkArity, noKeywords } from './args.js';
import { reprString, call, lookupSpecial, str as objStr } from './abstract.js';
import { floatRepr, formatFloat } from './format.js';
import { hashPointer } from './object.js';
import { newTupleSteal } from './tuple.js';
import { newBytes, isBytes, bytesFromIterable } from './bytes.js';
import { isByteArray, byteArrayData } from './bytearray.js';
import { hooksBytes } from './bytes.js';
import {
  IntType, isInt, newInt, newBool, intHooks, intAsDouble, numberIndex, asSsizeClipped, raiseFloatPowError,
  defineDivmodMethods, compareResult,
} from './int.js';
import { complexPowValues } from './complex.js';
import * as N from './numbers.js';

const TPFLAGS_MATCH_SELF = 1 << 22;

export const FloatType = staticType({ name: 'float', basicsize: 24, flags: TPFLAGS_BASETYPE | TPFLAGS_MATCH_SELF });

const freeList = new FreeList(100, { name: 'free PyFloatObject', size: 24, order: 20 });
export const settleFloatFreeList = (n: number): void => settleFreeList(freeList, FloatType, 0, n);

/** a float object (new reference) */
export function newFloat(v: number): PyObject {
  return allocateLeafFrom(freeList, FloatType, v, FloatType.basicsize);
}

/** an instance of `type` (float or a subclass) holding v */
export function newFloatOfType(type: PyType, v: number): PyObject {
  if (type === FloatType) return newFloat(v);
  return allocate(type, v, null);
}

export const isFloat = (o: PyObject): boolean => o.type === FloatType || o.type.mro.includes(FloatType);

/** (also called for instances of float's subclasses, which are not leaf objects: see alloc.ts) */
function floatDealloc(o: PyObject): void {
  if (o.type === FloatType) releaseLeafTo(freeList, o);
  else release(o);
}
FloatType.dealloc = floatDealloc;
setHotDealloc(3, FloatType, floatDealloc);
FloatType.sizeof = () => 24;

// ---------------------------------------------------------------- wiring int.ts

intHooks.newFloat = newFloat;
intHooks.newTupleSteal = newTupleSteal;
intHooks.newBytes = newBytes;
intHooks.bufferOf = (o) => (isBytes(o) ? (o.value as Uint8Array) : hooksBytes.bufferOf(o));
intHooks.byteArrayData = (o) => (isByteArray(o) ? byteArrayData(o) : null);
intHooks.bytesOf = pyObjectBytes;

/** PyObject_Bytes's content: bytes, __bytes__, a buffer, or an iterable of ints (not str) */
function pyObjectBytes(x: PyObject): Uint8Array {
  if (isBytes(x)) return x.value as Uint8Array;
  const f = lookupSpecial(x, '__bytes__');
  if (f !== null) {
    let r: PyObject;
    try {
      r = call(f, [], null);
    } finally {
      decref(f);
    }
    if (!isBytes(r!)) {
      const tn = r!.type.name;
      decref(r!);
      raiseTypeError(`__bytes__ returned non-bytes (type ${tn})`);
    }
    const d = r!.value as Uint8Array;
    decref(r!);
    return d;
  }
  const buf = hooksBytes.bufferOf(x);
  if (buf !== null) return buf.slice();
  if (x.type.flags & TPFLAGS_UNICODE_SUBCLASS) raiseTypeError(`cannot convert '${x.type.name}' object to bytes`);
  return bytesFromIterable(x, 'bytes must be in range(0, 256)', `cannot convert '${x.type.name}' object to bytes`);
}

// ---------------------------------------------------------------- conversions

/** CONVERT_TO_DOUBLE: a float's or int's value, or null (the slot returns NotImplemented) */
function toDouble(o: PyObject): number | null {
  if (o.type === FloatType) return o.value;
  if (isInt(o)) return intAsDouble(o);
  if (isFloat(o)) return o.value;
  return null;
}

/** PyFloat_AsDouble-like access for callers holding a float or a subclass */
export const floatValue = (o: PyObject): number => o.value as number;

function intFromFloat(x: number): PyObject {
  if (x !== x) raiseValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raiseOverflowError('cannot convert float infinity to integer');
  return newInt(N.floatToInt(x));
}

// ---------------------------------------------------------------- repr, hash, compare

FloatType.repr = (o) => newAsciiStr(floatRepr(o.value));

export function floatHashObject(o: PyObject, x: number): number {
  if (x !== x) return hashPointer(o);
  if (x === Infinity) return N.HASH_INF;
  if (x === -Infinity) return -N.HASH_INF;
  return N.floatHash(x);
}
FloatType.hash = (o) => floatHashObject(o, o.value);

function floatRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isFloat(a)) return notImplemented();
  const x = a.value as number;
  if (isFloat(b)) {
    const y = b.value as number;
    return newBool(compareResult(x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN, op));
  }
  if (isInt(b)) {
    // exact comparison: compareIntFloat(i, f) is the sign of i - f
    const c = N.compareIntFloat(b.value, x);
    return newBool(compareResult(c !== c ? NaN : -c, op));
  }
  return notImplemented();
}
FloatType.richcompare = floatRichCompare;

// ---------------------------------------------------------------- arithmetic

function binary(f: (x: number, y: number) => number): BinarySlot {
  return (a, b) => {
    const x = toDouble(a);
    if (x === null) return notImplemented();
    const y = toDouble(b);
    if (y === null) return notImplemented();
    return newFloat(f(x, y));
  };
}

export const floatAdd = binary((x, y) => x + y);
export const floatSub = binary((x, y) => x - y);
export const floatMul = binary((x, y) => x * y);

export function floatTrueDiv(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImplemented();
  const y = toDouble(b);
  if (y === null) return notImplemented();
  if (y === 0) raiseZeroDivisionError('float division by zero');
  return newFloat(x / y);
}

export function floatFloorDiv(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImplemented();
  const y = toDouble(b);
  if (y === null) return notImplemented();
  if (y === 0) raiseZeroDivisionError('float floor division by zero');
  return newFloat(N.floatDivmod(x, y)[0]);
}

export function floatMod(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImplemented();
  const y = toDouble(b);
  if (y === null) return notImplemented();
  if (y === 0) raiseZeroDivisionError('float modulo');
  return newFloat(N.floatMod(x, y));
}

/** nb_divmod for floats */
export function floatDivmodSlot(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImplemented();
  const y = toDouble(b);
  if (y === null) return notImplemented();
  if (y === 0) raiseZeroDivisionError('float divmod()');
  const [q, r] = N.floatDivmod(x, y);
  return newTupleSteal([newFloat(q), newFloat(r)]);
}

export function floatPow(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  if (x === null) return notImplemented();
  const y = toDouble(b);
  if (y === null) return notImplemented();
  const r = N.floatPow(x, y);
  if (typeof r === 'number') return newFloat(r);
  if (r === 'complex') return complexPowValues({ re: x, im: 0 }, { re: y, im: 0 });
  return raiseFloatPowError(r);
}

function floatTernaryPow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  if (m !== None) raiseTypeError('pow() 3rd argument not allowed unless all arguments are integers');
  const r = floatPow(a, b);
  if (!isNotImplemented(r)) return r;
  decref(r);
  for (const o of [b]) {
    const f = o.type.ternaryPow;
    if (f !== null && f !== floatTernaryPow && f !== IntType.ternaryPow) {
      const r2 = f(a, b, m);
      if (!isNotImplemented(r2)) return r2;
      decref(r2);
    }
  }
  return raiseTypeError(`unsupported operand type(s) for ** or pow(): '${a.type.name}' and '${b.type.name}'`);
}

FloatType.nb[0] = floatAdd;        // NB_ADD
FloatType.nb[2] = floatFloorDiv;   // NB_FLOOR_DIVIDE
FloatType.nb[5] = floatMul;        // NB_MULTIPLY
FloatType.nb[6] = floatMod;        // NB_REMAINDER
FloatType.nb[8] = floatPow;        // NB_POWER
FloatType.nb[10] = floatSub;       // NB_SUBTRACT
FloatType.nb[11] = floatTrueDiv;   // NB_TRUE_DIVIDE
FloatType.ternaryPow = floatTernaryPow;

/** float_float: self for an exact float, else a new exact float */
function floatExact(o: PyObject): PyObject {
  if (o.type === FloatType) {
    incref(o);
    return o;
  }
  return newFloat(o.value);
}

FloatType.neg = (o) => newFloat(-o.value);
FloatType.pos = floatExact;
FloatType.abs = (o) => newFloat(Math.abs(o.value));
FloatType.bool = (o) => o.value !== 0;
FloatType.int = (o) => intFromFloat(o.value);
FloatType.float = floatExact;

// ---------------------------------------------------------------- float()

function repr200(o: PyObject): string {
  return reprString(o);
}

/** PyFloat_FromString's value for a str, bytes or buffer (ValueError when malformed) */
export function floatFromText(o: PyObject): number {
  let text: string;
  if (o.type.flags & TPFLAGS_UNICODE_SUBCLASS) {
    text = N.transformDecimalAndSpace(o.value as string);
  } else {
    const d = isBytes(o) ? (o.value as Uint8Array) : hooksBytes.bufferOf(o);
    if (d === null) {
      return raiseTypeError(`float() argument must be a string or a real number, not '${o.type.name}'`);
    }
    text = '';
    for (let i = 0; i < d.length; i++) text += String.fromCharCode(d[i] < 128 ? d[i] : 63);
  }
  const v = N.parseFloatString(text);
  if (v === null) raiseValueError(`could not convert string to float: ${repr200(o)}`);
  return v!;
}

/** PyNumber_Float's value */
export function numberFloatValue(o: PyObject): number {
  if (o.type === FloatType) return o.value;
  const t = o.type;
  if (t.float !== null) {
    const r = t.float(o);
    if (!isFloat(r)) {
      const tn = r.type.name;
      decref(r);
      raiseTypeError(`${t.name}.__float__ returned non-float (type ${tn})`);
    }
    const v = r.value as number;
    decref(r);
    return v;
  }
  if (t.index !== null) {
    const i = numberIndex(o);
    try {
      return intAsDouble(i);
    } finally {
      decref(i);
    }
  }
  if (isFloat(o)) return o.value;
  return floatFromText(o);
}

/**
 * PyFloat_AsDouble: a float's value, what __float__ returns, or an __index__ int's value; anything
 * else is "must be real number, not str" (it parses no text, unlike float())
 */
export function floatAsDouble(o: PyObject): number {
  if (o.type === FloatType) return o.value;
  const t = o.type;
  if (t.float !== null || t.index !== null || isFloat(o)) return numberFloatValue(o);
  return raiseTypeError(`must be real number, not ${t.name}`);
}

/** PyNumber_Float: new reference to an exact float */
export function numberFloat(o: PyObject): PyObject {
  if (o.type === FloatType) {
    incref(o);
    return o;
  }
  return newFloat(numberFloatValue(o));
}

function floatNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords('float', kwnames);
  if (args.length > 1) raiseTypeError(`float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return newFloatOfType(type, 0.0);
  const x = args[0];
  if (type === FloatType) {
    if (x.type === StrType) return newFloat(floatFromText(x));
    return numberFloat(x);
  }
  return newFloatOfType(type, numberFloatValue(x));
}
FloatType.new = floatNew;

// ---------------------------------------------------------------- methods

defineDivmodMethods(FloatType, floatDivmodSlot);

const noArgs = (name: string, args: PyObject[], kw: string[] | null): void => checkArity(name, args, kw, 0, 0);

method(FloatType, 'conjugate', (self, args, kw) => { noArgs('float.conjugate', args, kw); return floatExact(self); });
method(FloatType, 'is_integer', (self, args, kw) => {
  noArgs('float.is_integer', args, kw);
  const x = self.value as number;
  return newBool(Number.isFinite(x) && Math.floor(x) === x);
});
method(FloatType, '__trunc__', (self, args, kw) => { noArgs('float.__trunc__', args, kw); return intFromFloat(self.value); });
method(FloatType, '__floor__', (self, args, kw) => {
  noArgs('float.__floor__', args, kw);
  return intFromFloat(Math.floor(self.value));
});
method(FloatType, '__ceil__', (self, args, kw) => {
  noArgs('float.__ceil__', args, kw);
  return intFromFloat(Math.ceil(self.value));
});
method(FloatType, '__round__', (self, args, kw) => {
  noKeywords('float.__round__', kw);
  checkArity('__round__', args, null, 0, 1);
  const x = self.value as number;
  if (args.length === 0 || args[0] === None) return intFromFloat(N.roundHalfEven(x));
  const nd = asSsizeClipped(args[0]);
  if (!Number.isFinite(x)) return newFloat(x);
  const r = N.floatRound(x, nd);
  if (!Number.isFinite(r)) raiseOverflowError('rounded value too large to represent');
  return newFloat(r);
});
method(FloatType, 'as_integer_ratio', (self, args, kw) => {
  noArgs('float.as_integer_ratio', args, kw);
  const x = self.value as number;
  if (x !== x) raiseValueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) raiseOverflowError('cannot convert Infinity to integer ratio');
  const [n, d] = N.floatAsRatio(x);
  return newTupleSteal([newInt(n), newInt(d)]);
});
method(FloatType, 'hex', (self, args, kw) => {
  noArgs('float.hex', args, kw);
  return newAsciiStr(N.floatHex(self.value));
});
classmethod(FloatType, 'fromhex', (cls, args, kw) => {
  checkArity('float.fromhex', args, kw, 1, 1);
  const s = args[0];
  if (!(s.type.flags & TPFLAGS_UNICODE_SUBCLASS)) raiseTypeError('bad argument type for built-in operation');
  const r = N.floatFromHex(s.value as string);
  if (r === null) raiseValueError('invalid hexadecimal floating-point string');
  if (r === 'overflow') raiseOverflowError('hexadecimal value too large to represent as a float');
  const f = newFloat(r as number);
  if (cls === FloatType) return f;
  try {
    return call(cls, [f], null);
  } finally {
    decref(f);
  }
});
method(FloatType, '__getnewargs__', (self, args, kw) => {
  noArgs('float.__getnewargs__', args, kw);
  return newTupleSteal([newFloat(self.value)]);
});
classmethod(FloatType, '__getformat__', (_cls, args, kw) => {
  checkArity('float.__getformat__', args, kw, 1, 1);
  const s = args[0];
  if (!(s.type.flags & TPFLAGS_UNICODE_SUBCLASS)) {
    raiseTypeError(`__getformat__() argument must be str, not ${s.type.name}`);
  }
  const v = s.value as string;
  if (v !== 'double' && v !== 'float') raiseValueError("__getformat__() argument 1 must be 'double' or 'float'");
  return newAsciiStr('IEEE, little-endian');
});
method(FloatType, '__format__', (self, args, kw) => {
  checkArity('float.__format__', args, kw, 1, 1);
  const spec = args[0];
  if (!(spec.type.flags & TPFLAGS_UNICODE_SUBCLASS)) {
    raiseTypeError(`__format__() argument must be str, not ${spec.type.name}`);
  }
  const s = spec.value as string;
  if (s === '') return objStr(self);
  return newStr(formatFloat(self.value, s));
});

getset(FloatType, 'real', (self) => floatExact(self), null, 'the real part of a complex number');
getset(FloatType, 'imag', () => newFloat(0.0), null, 'the imaginary part of a complex number');
