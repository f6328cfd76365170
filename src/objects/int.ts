// LAYER: objects. The int type and its subclass bool: creation, the small-int cache, size, hash,
// and all of int's slots and methods (CPython's Objects/longobject.c and boolobject.c).
//   int   value: a JS number when |n| <= 2^53 - 1 (the fast path), else a bigint. Every producer
//               must normalise with newInt(), which picks the representation. Instances of int
//               subclasses carry the same payload (allocated with their own type).
//   bool  value: the JS number 1 or 0 (so every int slot applies unchanged); True and False are
//               static objects outside obmalloc.
// CPython 3.11: 30-bit digits, size 24 + 4 * max(1, ndigits). Small ints -5..256 are cached, with
// refcounts starting at 999,999,999 (static objects, still counted: not immortal in 3.11).
//
// bool is defined here (bool.ts re-exports it) so that no import order can create BoolType before
// IntType. For the same reason this file imports only modules that do not import it back at load
// time, plus abstract.ts/format.ts (used inside functions only); the constructors of other types
// (float, tuple, bytes) reach it through `intHooks`, filled in by float.ts when it loads.
// The arithmetic itself is in numbers.ts (pure functions on JS values).
//
// Mixed int/float operations belong to float's slots: int's slots return NotImplemented for
// anything that is not an int, as CPython's do. PyType has no nb_divmod field: divmod is the
// exported intDivmodSlot, installed as the methods __divmod__/__rdivmod__ (builtins.divmod calls
// those). The int->str digit limit (sys.set_int_max_str_digits) is setIntMaxStrDigits().

import { PyObject } from '../memory/object.js';
import { incref, decref, setHotDealloc } from '../memory/refcount.js';
import {
  staticType, PyType, TPFLAGS_BASETYPE, TPFLAGS_LONG_SUBCLASS, TPFLAGS_UNICODE_SUBCLASS, TPFLAGS_BYTES_SUBCLASS,
  LT, LE, EQ, NE, GT, BinarySlot,
} from './type.js';
import { allocate, release, allocateLeaf, releaseLeaf } from './alloc.js';
import { STATIC_REFCNT, newStr, newFreshAsciiStr, boolText } from './str.js';
import {
  raiseTypeError, raiseValueError, raiseOverflowError, raiseZeroDivisionError, raiseMemoryError, PyErr,
  errorHooks,
} from './errors.js';
import { None, notImplemented, isNotImplemented } from './singletons.js';
import { method, classmethod, getset, slotWrapper } from './define.js';
import { parseArgs, checkArity, noKeywords, wrapperArgs } from './args.js';
import { lookupSpecial, reprString, call, isTrue, str as objStr } from './abstract.js';
import { formatInt } from './format.js';
import * as N from './numbers.js';
import type { IntVal } from './numbers.js';

const TPFLAGS_MATCH_SELF = 1 << 22;

export const IntType = staticType({
  name: 'int', basicsize: 24, itemsize: 4, flags: TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS | TPFLAGS_MATCH_SELF,
});

/** bool: not subclassable (no TPFLAGS_BASETYPE) */
export const BoolType = staticType({
  name: 'bool', base: IntType, basicsize: 32, itemsize: 4, flags: TPFLAGS_LONG_SUBCLASS | TPFLAGS_MATCH_SELF,
});

const NSMALLNEG = 5, NSMALLPOS = 257;
const smallInts: PyObject[] = [];

/** number of 30-bit digits CPython uses for n (at least 1 in 3.11) */
export function intDigits(v: number | bigint): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a < 1073741824) return 1;
    if (a < 1152921504606846976) return 2;
    return Math.ceil(N.bitLength(a) / 30);
  }
  return Math.max(1, Math.ceil(N.bitLength(v) / 30));
}

/** sizeof(PyLongObject): what 3.11's _PyLong_FromMedium asks PyObject_Malloc for (one digit, padded) */
const MEDIUM_INT_BLOCK = 32;

/** the most digits of an int whose block (24 + 4 per digit) is a pymalloc block: 122 */
const MAX_LEAF_DIGITS = (512 - 24) >> 2;

function makeInt(v: number | bigint): PyObject {
  const digits = intDigits(v);
  // a one-digit int is made by _PyLong_FromMedium with sizeof(PyLongObject), not 24 + 4 bytes
  // (same size class; the request size is what tracemalloc reports)
  if (digits === 1) return allocateLeaf(IntType, v, null, MEDIUM_INT_BLOCK);
  // (allocateLeaf takes pymalloc's sizes; a longer int's block comes from the raw allocator)
  return digits <= MAX_LEAF_DIGITS ? allocateLeaf(IntType, v, null, 24 + 4 * digits) : allocate(IntType, v, null, digits);
}

/** an int object (new reference) for a JS number (must be an integer) or bigint */
export function newInt(v: number | bigint): PyObject {
  // (the number path never sees a bigint, so its comparisons stay plain number compares)
  if (typeof v !== 'number') return newIntFromBigint(v);
  if (v >= -NSMALLNEG && v < NSMALLPOS) { // (-0 too: it is the cached 0)
    const o = smallInts[v + NSMALLNEG];
    o.refcnt++;
    return o;
  }
  // one 30-bit digit: the common case, without counting digits
  if (v > -1073741824 && v < 1073741824) return allocateLeaf(IntType, v, null, MEDIUM_INT_BLOCK);
  return makeInt(v);
}

/** newInt of a bigint: a JS number when it fits 53 bits (the normal form) */
function newIntFromBigint(v: bigint): PyObject {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return newInt(Number(v));
  return makeInt(v);
}

/** an instance of `type` (int or a subclass of int) holding v: subclasses never use the cache */
export function newIntOfType(type: PyType, v: IntVal): PyObject {
  if (type === IntType) return newInt(v);
  if (typeof v === 'bigint') v = N.normBig(v);
  return allocate(type, v, null, intDigits(v));
}

export const isSmallInt = (v: number): boolean => v >= -NSMALLNEG && v < NSMALLPOS;

/** (also called for instances of int's subclasses, which are not leaf objects: see alloc.ts) */
function intDealloc(o: PyObject): void {
  if (o.type === IntType) releaseLeaf(o);
  else release(o);
}
IntType.dealloc = intDealloc;
setHotDealloc(1, IntType, intDealloc);
IntType.sizeof = (o) => 24 + 4 * intDigits(o.value);

/** CPython's int hash: n mod (2^61 - 1) with the sign kept; -1 becomes -2 (a bigint when not safe) */
export function intHashValue(v: number | bigint): number {
  return N.intHash(v);
}
IntType.hash = (o) => N.intHash(o.value);

/** Create the small-int cache (bootstrap, once the allocator is ready). */
export function initSmallInts(): void {
  for (let v = -NSMALLNEG; v < NSMALLPOS; v++) {
    const o = makeInt(v);
    o.refcnt = STATIC_REFCNT;
    smallInts.push(o);
  }
}

/** the int value of an int object as a bigint */
export const bigOf = (o: PyObject): bigint => (typeof o.value === 'bigint' ? o.value : BigInt(o.value));

export const isInt = (o: PyObject): boolean => o.type === IntType || (o.type.flags & TPFLAGS_LONG_SUBCLASS) !== 0;

// ---------------------------------------------------------------- bool's objects

function staticBool(v: number, addr: number): PyObject {
  const o = new PyObject(BoolType, v, null);
  o.addr = addr;
  return o;
}

export const True = staticBool(1, 0x55d0c0900ee0);
export const False = staticBool(0, 0x55d0c0900f00);

/** new reference to True or False */
export function newBool(b: boolean): PyObject {
  const o = b ? True : False;
  o.refcnt++;
  return o;
}

BoolType.dealloc = (o) => { o.refcnt = 1; };
BoolType.sizeof = () => 28;

// ---------------------------------------------------------------- services of later files

/** Constructors and buffer access from files int.ts must not import at load time (filled by float.ts). */
export const intHooks = {
  newFloat: (_v: number): PyObject => { throw new Error('pyheap internal: intHooks.newFloat not wired'); },
  newTupleSteal: (_items: PyObject[]): PyObject => { throw new Error('pyheap internal: intHooks.newTupleSteal not wired'); },
  newBytes: (_d: Uint8Array): PyObject => { throw new Error('pyheap internal: intHooks.newBytes not wired'); },
  /** the bytes of a bytes-like object (bytes, bytearray, memoryview), or null */
  bufferOf: (_o: PyObject): Uint8Array | null => null,
  /** the storage of a bytearray (or subclass), or null for anything else */
  byteArrayData: (_o: PyObject): Uint8Array | null => null,
  /** PyObject_Bytes's data for int.from_bytes (buffer, __bytes__, iterable of ints) */
  bytesOf: (_o: PyObject): Uint8Array => { throw new Error('pyheap internal: intHooks.bytesOf not wired'); },
  /** complex ** for float pow's negative base (set by float.ts) */
  floatPowObject: (_a: PyObject, _b: PyObject): PyObject => { throw new Error('pyheap internal: floatPowObject'); },
};

// ---------------------------------------------------------------- errors

const LIMIT_TO_STR = (max: number): string =>
  `Exceeds the limit (${max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;

/** sys.set_int_max_str_digits / get (0 = unlimited; other values must be >= 640, checked by sys) */
export function setIntMaxStrDigits(n: number): void { N.intStrLimits.maxStrDigits = n; }
export function getIntMaxStrDigits(): number { return N.intStrLimits.maxStrDigits; }

/** run an int computation, turning V8's BigInt size limit into MemoryError */
function guarded(f: () => IntVal): IntVal {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) raiseMemoryError();
    throw e;
  }
}

function overflowToFloat(): never {
  return raiseOverflowError('int too large to convert to float');
}

/** PyLong_AsDouble: the int's value as a double, OverflowError when too large */
export function intAsDouble(o: PyObject): number {
  const v = o.value as IntVal;
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (!Number.isFinite(x)) overflowToFloat();
  return x;
}

/** decimal text of an int value, ValueError beyond sys.get_int_max_str_digits() */
export function intToDecimalString(v: IntVal): string {
  const s = N.intToDecimal(v);
  if (s === null) raiseValueError(LIMIT_TO_STR(N.intStrLimits.maxStrDigits));
  return s!;
}

// ---------------------------------------------------------------- repr, compare

export function intRepr(o: PyObject): PyObject {
  // a fresh object even for one digit: in CPython str(5) is not '5'
  return newFreshAsciiStr(intToDecimalString(o.value));
}
IntType.repr = intRepr;

/** a three-way comparison result (-1, 0, 1, or NaN for unordered floats) as the answer to op */
export function compareResult(c: number, op: number): boolean {
  if (c !== c) return op === NE;
  switch (op) {
    case LT: return c < 0;
    case LE: return c <= 0;
    case EQ: return c === 0;
    case NE: return c !== 0;
    case GT: return c > 0;
    default: return c >= 0;
  }
}

function intRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const x = a.value as IntVal, y = b.value as IntVal;
  return newBool(compareResult(x < y ? -1 : x > y ? 1 : 0, op));
}
IntType.richcompare = intRichCompare;

// ---------------------------------------------------------------- arithmetic slots

function binary(f: (a: IntVal, b: IntVal) => IntVal): BinarySlot {
  return (a, b) => {
    if (!isInt(a) || !isInt(b)) return notImplemented();
    let r: IntVal;
    try {
      r = f(a.value, b.value);
    } catch (e) {
      if (e instanceof RangeError) raiseMemoryError();
      throw e;
    }
    return newInt(r);
  };
}

export const intAdd = binary(N.iAdd);
export const intSub = binary(N.iSub);
export const intMul = binary(N.iMul);
export const intAnd = binary(N.iAnd);
export const intOr = binary(N.iOr);
export const intXor = binary(N.iXor);

export function intFloorDiv(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  if (b.value === 0) raiseZeroDivisionError('integer division or modulo by zero');
  return newInt(N.iFloorDiv(a.value, b.value));
}

export function intMod(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  if (b.value === 0) raiseZeroDivisionError('integer modulo by zero');
  return newInt(N.iMod(a.value, b.value));
}

/** nb_divmod for ints: (a // b, a % b) */
export function intDivmodSlot(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  if (b.value === 0) raiseZeroDivisionError('integer division or modulo by zero');
  const [q, r] = N.iDivmod(a.value, b.value);
  return intHooks.newTupleSteal([newInt(q), newInt(r)]);
}

export function intTrueDiv(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  if (b.value === 0) raiseZeroDivisionError('division by zero');
  const r = N.intTrueDivide(a.value, b.value);
  if (!Number.isFinite(r)) raiseOverflowError('integer division result too large for a float');
  return intHooks.newFloat(r);
}

/** float_pow's errors as CPython raises them */
export function raiseFloatPowError(code: 'zerodiv' | 'overflow'): never {
  if (code === 'zerodiv') return raiseZeroDivisionError('0.0 cannot be raised to a negative power');
  return raiseErrnoOverflow();
}

/** OverflowError(34, 'Numerical result out of range'), as PyErr_SetFromErrno(ERANGE) makes it */
export function raiseErrnoOverflow(): never {
  const t = errorHooks.types['OverflowError'];
  const a = newInt(34), m = newStr('Numerical result out of range');
  let exc: PyObject;
  try {
    exc = call(t, [a, m], null);
  } finally {
    decref(a);
    decref(m);
  }
  throw new PyErr(exc!);
}

export function intPow(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const x = a.value as IntVal, y = b.value as IntVal;
  if (y < 0) {
    // int ** negative int is a float power
    const r = N.floatPow(intAsDouble(a), intAsDouble(b));
    if (r === 'zerodiv' || r === 'overflow') raiseFloatPowError(r);
    return intHooks.newFloat(r as number);
  }
  return newInt(guarded(() => N.iPow(x, y)));
}

/** pow(a, b, m): all three ints; otherwise the other operands' ternary slots (CPython's ternary_op) */
export function intTernaryPow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  if (m === None) {
    const r = intPow(a, b);
    if (!isNotImplemented(r)) return r;
    decref(r);
  } else if (isInt(a) && isInt(b) && isInt(m)) {
    if (m.value === 0) raiseValueError('pow() 3rd argument cannot be 0');
    const r = N.iPowMod(a.value, b.value, m.value);
    if (r === null) raiseValueError('base is not invertible for the given modulus');
    return newInt(r!);
  }
  for (const o of [b, m]) {
    const f = o.type.ternaryPow;
    if (f !== null && f !== intTernaryPow && o !== None) {
      const r = f(a, b, m);
      if (!isNotImplemented(r)) return r;
      decref(r);
    }
  }
  if (m === None) {
    return raiseTypeError(`unsupported operand type(s) for ** or pow(): '${a.type.name}' and '${b.type.name}'`);
  }
  return raiseTypeError(
    `unsupported operand type(s) for ** or pow(): '${a.type.name}', '${b.type.name}', '${m.type.name}'`);
}

const MAX_LONG_DIGITS = 2305843009213693945n;

function shiftCount(b: PyObject): IntVal {
  const n = b.value as IntVal;
  if (n < 0) raiseValueError('negative shift count');
  return n;
}

export function intLshift(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const n = shiftCount(b);
  const x = a.value as IntVal;
  if (x === 0) return newInt(0);
  if (typeof n === 'bigint' || n > 2 ** 31) {
    const words = N.toBig(n) / 30n + BigInt(intDigits(x));
    if (words > MAX_LONG_DIGITS) raiseOverflowError('too many digits in integer');
    raiseMemoryError();
  }
  return newInt(guarded(() => N.iLshift(x, n as number)));
}

export function intRshift(a: PyObject, b: PyObject): PyObject {
  if (!isInt(a) || !isInt(b)) return notImplemented();
  const n = shiftCount(b);
  const x = a.value as IntVal;
  if (typeof n === 'bigint' || n > 2 ** 31) return newInt(x < 0 ? -1 : 0);
  return newInt(N.iRshift(x, n));
}

IntType.nb[0] = intAdd;          // NB_ADD
IntType.nb[1] = intAnd;          // NB_AND
IntType.nb[2] = intFloorDiv;     // NB_FLOOR_DIVIDE
IntType.nb[3] = intLshift;       // NB_LSHIFT
IntType.nb[5] = intMul;          // NB_MULTIPLY
IntType.nb[6] = intMod;          // NB_REMAINDER
IntType.nb[7] = intOr;           // NB_OR
IntType.nb[8] = intPow;          // NB_POWER
IntType.nb[9] = intRshift;       // NB_RSHIFT
IntType.nb[10] = intSub;         // NB_SUBTRACT
IntType.nb[11] = intTrueDiv;     // NB_TRUE_DIVIDE
IntType.nb[12] = intXor;         // NB_XOR
IntType.ternaryPow = intTernaryPow;

/** long_long: the same value as an exact int (self for an exact int) */
export function intExact(o: PyObject): PyObject {
  if (o.type === IntType) {
    incref(o);
    return o;
  }
  return newInt(o.value);
}

IntType.neg = (o) => newInt(N.iNeg(o.value));
IntType.pos = intExact;
// long_abs: a non-negative exact int is returned itself (long_long), as `abs(x) is x` shows
IntType.abs = (o) => (o.value < 0 ? newInt(N.iAbs(o.value)) : intExact(o));
IntType.invert = (o) => newInt(N.iInvert(o.value));
IntType.bool = (o) => o.value !== 0;
IntType.int = intExact;
IntType.index = intExact;
IntType.float = (o) => intHooks.newFloat(intAsDouble(o));

// ---------------------------------------------------------------- int() and conversions

/** repr(o) cut to 200 characters (CPython's %.200R) */
function repr200(o: PyObject): string {
  const r = reprString(o);
  if (r.length <= 200) return r;
  return Array.from(r).slice(0, 200).join('');
}

/** PyLong_FromUnicodeObject / _PyLong_FromBytes: parse text as an int in `base` */
export function intFromText(text: string, base: number, orig: PyObject): IntVal {
  const res = N.parseIntString(N.transformDecimalAndSpace(text), base);
  if (res.ok) return res.value;
  if (res.limitDigits > 0) {
    const max = N.intStrLimits.maxStrDigits;
    raiseValueError(`Exceeds the limit (${max} digits) for integer string conversion: value has ${res.limitDigits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return raiseValueError(`invalid literal for int() with base ${base}: ${repr200(orig)}`);
}

const isStrObj = (o: PyObject): boolean => (o.type.flags & TPFLAGS_UNICODE_SUBCLASS) !== 0;
const isBytesObj = (o: PyObject): boolean => (o.type.flags & TPFLAGS_BYTES_SUBCLASS) !== 0;

function latin1(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i] < 128 ? d[i] : 63 /* '?' never parses */);
  return s;
}

/** the result of __int__/__index__/__trunc__ checked and made an exact int (new reference) */
function checkedIntResult(r: PyObject, what: string): PyObject {
  if (r.type === IntType) return r;
  if (isInt(r)) {
    const e = newInt(r.value);
    decref(r);
    return e;
  }
  const tn = r.type.name;
  decref(r);
  return raiseTypeError(`${what} returned non-int (type ${tn})`);
}

/** PyNumber_Index: an exact int (new reference) or TypeError */
export function numberIndex(o: PyObject): PyObject {
  if (o.type === IntType) { incref(o); return o; }
  if (isInt(o)) return newInt(o.value);
  const f = o.type.index;
  if (f === null) return raiseTypeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  return checkedIntResult(f(o), '__index__');
}

/** PyNumber_Long: int(x) for one argument (new reference to an exact int) */
export function numberLong(o: PyObject): PyObject {
  if (o.type === IntType) { incref(o); return o; }
  const t = o.type;
  if (t.int !== null) return checkedIntResult(t.int(o), '__int__');
  if (t.index !== null) return numberIndex(o);
  const trunc = lookupSpecial(o, '__trunc__');
  if (trunc !== null) {
    let r: PyObject;
    try {
      r = call(trunc, [], null);
    } finally {
      decref(trunc);
    }
    if (r!.type === IntType) return r!;
    if (isInt(r!)) { const e = newInt(r!.value); decref(r!); return e; }
    if (r!.type.index === null) {
      const tn = r!.type.name;
      decref(r!);
      return raiseTypeError(`__trunc__ returned non-Integral (type ${tn})`);
    }
    try {
      return numberIndex(r!);
    } finally {
      decref(r!);
    }
  }
  if (isStrObj(o)) return newInt(intFromText(o.value as string, 10, o));
  const data = isBytesObj(o) ? (o.value as Uint8Array) : intHooks.bufferOf(o);
  if (data !== null) return newInt(intFromText(latin1(data), 10, o));
  return raiseTypeError(`int() argument must be a string, a bytes-like object or a real number, not '${o.type.name}'`);
}

/** index value as a JS number clipped to the ssize_t range (PyNumber_AsSsize_t(o, NULL)) */
export function asSsizeClipped(o: PyObject): number {
  const i = numberIndex(o);
  const v = i.value as IntVal;
  decref(i);
  if (typeof v === 'number') return v;
  return v < 0n ? -9223372036854775808 : 9223372036854775807;
}

function intNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let x: PyObject | null = null, obase: PyObject | null = null;
  if (npos > 2) raiseTypeError(`int() takes at most 2 arguments (${args.length} given)`);
  if (npos >= 1) x = args[0];
  if (npos === 2) obase = args[1];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    if (name !== 'base') raiseTypeError(`'${name}' is an invalid keyword argument for int()`);
    if (obase !== null) raiseTypeError(`argument for int() given by name ('base') and position (2)`);
    obase = args[npos + k];
  }
  let v: IntVal;
  if (x === null) {
    if (obase !== null) raiseTypeError('int() missing string argument');
    v = 0;
  } else if (obase === null) {
    const r = numberLong(x);
    v = r.value;
    if (type === IntType) return r;
    decref(r);
  } else {
    const base = asSsizeClipped(obase);
    if ((base !== 0 && base < 2) || base > 36) raiseValueError('int() base must be >= 2 and <= 36, or 0');
    if (isStrObj(x)) v = intFromText(x.value as string, base, x);
    else {
      const data = isBytesObj(x) ? (x.value as Uint8Array) : intHooks.byteArrayData(x);
      if (data === null) raiseTypeError("int() can't convert non-string with explicit base");
      v = intFromText(latin1(data!), base, x);
    }
  }
  return newIntOfType(type, v);
}
IntType.new = intNew;

// ---------------------------------------------------------------- methods

/** int's and float's nb_divmod as their __divmod__/__rdivmod__ slot wrappers */
export function defineDivmodMethods(t: PyType, slot: BinarySlot): void {
  slotWrapper(t, '__divmod__', (self, args, kw) => {
    wrapperArgs('__divmod__', 1, args, kw);
    return slot(self, args[0]);
  });
  slotWrapper(t, '__rdivmod__', (self, args, kw) => {
    wrapperArgs('__rdivmod__', 1, args, kw);
    return slot(args[0], self);
  });
}
defineDivmodMethods(IntType, intDivmodSlot);

function noArgs(name: string) {
  return (args: PyObject[], kw: string[] | null): void => checkArity(name, args, kw, 0, 0);
}

method(IntType, 'conjugate', (self, args, kw) => { noArgs('int.conjugate')(args, kw); return intExact(self); });
method(IntType, '__trunc__', (self, args, kw) => { noArgs('int.__trunc__')(args, kw); return intExact(self); });
method(IntType, '__floor__', (self, args, kw) => { noArgs('int.__floor__')(args, kw); return intExact(self); });
method(IntType, '__ceil__', (self, args, kw) => { noArgs('int.__ceil__')(args, kw); return intExact(self); });
method(IntType, 'bit_length', (self, args, kw) => {
  noArgs('int.bit_length')(args, kw);
  return newInt(N.bitLength(self.value));
});
method(IntType, 'bit_count', (self, args, kw) => {
  noArgs('int.bit_count')(args, kw);
  return newInt(N.bitCount(self.value));
});
method(IntType, 'as_integer_ratio', (self, args, kw) => {
  noArgs('int.as_integer_ratio')(args, kw);
  return intHooks.newTupleSteal([intExact(self), newInt(1)]);
});
method(IntType, '__getnewargs__', (self, args, kw) => {
  noArgs('int.__getnewargs__')(args, kw);
  return intHooks.newTupleSteal([intExact(self)]);
});
method(IntType, '__round__', (self, args, kw) => {
  noKeywords('int.__round__', kw);
  checkArity('__round__', args, null, 0, 1);
  if (args.length === 0 || args[0] === None) return intExact(self);
  const nd = numberIndex(args[0]);
  const ndv = nd.value as IntVal;
  decref(nd);
  if (ndv >= 0) return intExact(self);
  return newInt(guarded(() => roundIntToTens(self.value, N.iNeg(ndv))));
});

/** round x to a multiple of 10^k, halves to even (k > 0) */
function roundIntToTens(x: IntVal, k: IntVal): IntVal {
  const bits = N.bitLength(x);
  if (k > bits * 0.31 + 2) return 0; // 10^k > 2|x|: the nearest multiple is 0
  const p = 10n ** N.toBig(k);
  const bx = N.toBig(x);
  let q = bx / p, r = bx % p;
  if (r < 0n) { r += p; q -= 1n; }
  const r2 = 2n * r;
  if (r2 > p || (r2 === p && (q & 1n) === 1n)) q += 1n;
  return N.normBig(q * p);
}

const FLOAT_CODES = 'eEfFgG%';

method(IntType, '__format__', (self, args, kw) => {
  checkArity('int.__format__', args, kw, 1, 1);
  const spec = args[0];
  if (!isStrObj(spec)) raiseTypeError(`__format__() argument must be str, not ${spec.type.name}`);
  const s = spec.value as string;
  if (s === '') return objStr(self);
  const last = s[s.length - 1];
  const v = self.value as IntVal;
  // base-10 presentations obey the int->str digit limit
  if (typeof v === 'bigint' && 'bcoxX'.indexOf(last) < 0 && FLOAT_CODES.indexOf(last) < 0) intToDecimalString(v);
  return newStr(formatInt(v, s, self.type === BoolType ? 'bool' : 'int'));
});

function byteorderArg(o: PyObject | null, fname: string): boolean {
  if (o === null) return false;
  if (!isStrObj(o)) raiseTypeError(`${fname}() argument 'byteorder' must be str, not ${o.type.name}`);
  const s = o.value as string;
  if (s === 'little') return true;
  if (s === 'big') return false;
  return raiseValueError("byteorder must be either 'little' or 'big'");
}

method(IntType, 'to_bytes', (self, args, kw) => {
  const [len, order, signedArg] = parseArgs('to_bytes', args, kw, ['length', 'byteorder', 'signed'], 0, 0, 2);
  let length = 1;
  if (len !== null) {
    length = asSsizeClipped(len);
    if (length < 0) raiseValueError('length argument must be non-negative');
  }
  const little = byteorderArg(order, 'to_bytes');
  const signed = signedArg !== null && isTrue(signedArg);
  let v = N.toBig(self.value);
  if (v < 0n && !signed) raiseOverflowError("can't convert negative int to unsigned");
  const nbits = length * 8;
  if (signed) {
    const lim = nbits === 0 ? 0n : 1n << BigInt(nbits - 1);
    if (nbits === 0 ? v !== 0n : v >= lim || v < -lim) raiseOverflowError('int too big to convert');
    if (v < 0n) v += 1n << BigInt(nbits);
  } else if (N.bitLength(v) > nbits) {
    raiseOverflowError('int too big to convert');
  }
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return intHooks.newBytes(out);
});

classmethod(IntType, 'from_bytes', (cls, args, kw) => {
  const [bytesArg, order, signedArg] = parseArgs('from_bytes', args, kw, ['bytes', 'byteorder', 'signed'], 1, 0, 2);
  const little = byteorderArg(order, 'from_bytes');
  const signed = signedArg !== null && isTrue(signedArg);
  const data = intHooks.bytesOf(bytesArg!);
  let v = 0n;
  for (let i = 0; i < data.length; i++) {
    const byte = data[little ? data.length - 1 - i : i];
    v = (v << 8n) | BigInt(byte);
  }
  if (signed && data.length > 0 && (data[little ? data.length - 1 : 0] & 0x80)) v -= 1n << BigInt(data.length * 8);
  const r = newInt(v);
  if (cls === IntType) return r;
  try {
    return call(cls, [r], null);
  } finally {
    decref(r);
  }
});

getset(IntType, 'real', (self) => intExact(self), null, 'the real part of a complex number');
getset(IntType, 'imag', () => newInt(0), null, 'the imaginary part of a complex number');
getset(IntType, 'numerator', (self) => intExact(self), null, 'the numerator of a rational number in lowest terms');
getset(IntType, 'denominator', () => newInt(1), null, 'the denominator of a rational number in lowest terms');

// ---------------------------------------------------------------- bool's slots

BoolType.repr = (o) => boolText(o.value !== 0);

function boolBinary(intSlot: BinarySlot, f: (a: boolean, b: boolean) => boolean): BinarySlot {
  return (a, b) => {
    if (a.type === BoolType && b.type === BoolType) return newBool(f(a.value !== 0, b.value !== 0));
    return intSlot(a, b);
  };
}

BoolType.nb[1] = boolBinary(intAnd, (a, b) => a && b);   // NB_AND
BoolType.nb[7] = boolBinary(intOr, (a, b) => a || b);    // NB_OR
BoolType.nb[12] = boolBinary(intXor, (a, b) => a !== b); // NB_XOR

BoolType.new = (_type, args, kwnames) => {
  noKeywords('bool', kwnames);
  if (args.length > 1) raiseTypeError(`bool expected at most 1 argument, got ${args.length}`);
  return newBool(args.length === 1 ? isTrue(args[0]) : false);
};

