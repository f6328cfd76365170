// LAYER: objects. The complex type (CPython's Objects/complexobject.c).
//   value: { re: number, im: number } (a fresh record per object; never mutated).
// basicsize 32, not a GC type, no free list. Complex numbers compare only for equality
// (ordering returns NotImplemented, so `<` raises TypeError from the abstract layer).
// Arithmetic accepts int and float operands (converted like CPython's TO_COMPLEX); the algorithms
// (division, power, abs, string parsing) are in numbers.ts; float text comes from format.ts.

import { PyObject } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { staticType, PyType, TPFLAGS_BASETYPE, TPFLAGS_UNICODE_SUBCLASS, EQ, NE, BinarySlot } from './type.js';
import { allocate, release } from './alloc.js';
import { newAsciiStr, newStr } from './str.js';
import { raiseTypeError, raiseValueError, raiseOverflowError, raiseZeroDivisionError } from './errors.js';
import { None, notImplemented } from './singletons.js';
import { method, getset } from './define.js';
import { parseArgs, checkArity } from './args.js';
import { call, lookupSpecial, str as objStr } from './abstract.js';
import { doubleToString, parseFormatSpec } from './format.js';
import { newTupleSteal } from './tuple.js';
import { isInt, newInt, newBool, intAsDouble } from './int.js';
import { newFloat, isFloat, floatHashObject, numberFloatValue } from './float.js';
import * as N from './numbers.js';
import type { Cx } from './numbers.js';

export const ComplexType = staticType({ name: 'complex', basicsize: 32, flags: TPFLAGS_BASETYPE });

/** a complex object (new reference) */
export function newComplex(re: number, im: number): PyObject {
  return allocate(ComplexType, { re, im }, null);
}

/** an instance of `type` (complex or a subclass) */
export function newComplexOfType(type: PyType, re: number, im: number): PyObject {
  return allocate(type, { re, im }, null);
}

export const isComplex = (o: PyObject): boolean => o.type === ComplexType || o.type.mro.includes(ComplexType);

ComplexType.dealloc = (o) => release(o);
ComplexType.sizeof = () => 32;

// ---------------------------------------------------------------- repr, hash, compare

const DTSF_SIGN = 1, DTSF_ALT = 4, DTSF_NO_NEG_0 = 8;

/** repr(complex): '1j', '(1+2j)', '(-0-1j)', '(nan+infj)' */
export function complexReprText(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return doubleToString(im, 'r', 0, 0) + 'j';
  return '(' + doubleToString(re, 'r', 0, 0) + doubleToString(im, 'r', 0, DTSF_SIGN) + 'j)';
}

ComplexType.repr = (o) => newAsciiStr(complexReprText(o.value.re, o.value.im));

ComplexType.hash = (o) => {
  const hr = BigInt(floatHashObject(o, o.value.re));
  const hi = BigInt(floatHashObject(o, o.value.im));
  let h = BigInt.asIntN(64, hr + BigInt(N.HASH_IMAG) * hi);
  if (h === -1n) h = -2n;
  return N.hashOut(h);
};

/** TO_COMPLEX: the value of a complex, float or int operand, or null */
function toComplex(o: PyObject): Cx | null {
  if (o.type === ComplexType) return o.value as Cx;
  if (isInt(o)) return { re: intAsDouble(o), im: 0 };
  if (isFloat(o)) return { re: o.value as number, im: 0 };
  if (isComplex(o)) return o.value as Cx;
  return null;
}

function complexRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (op !== EQ && op !== NE) return notImplemented();
  const i = toComplex(a);
  if (i === null) return notImplemented();
  let equal: boolean;
  if (isInt(b)) {
    if (i.im !== 0) equal = false;
    else equal = N.compareIntFloat(b.value, i.re) === 0;
  } else if (isFloat(b)) {
    equal = i.re === b.value && i.im === 0;
  } else if (isComplex(b)) {
    const j = b.value as Cx;
    equal = i.re === j.re && i.im === j.im;
  } else {
    return notImplemented();
  }
  return newBool(equal === (op === EQ));
}
ComplexType.richcompare = complexRichCompare;

// ---------------------------------------------------------------- arithmetic

function binary(f: (a: Cx, b: Cx) => Cx): BinarySlot {
  return (a, b) => {
    const x = toComplex(a);
    if (x === null) return notImplemented();
    const y = toComplex(b);
    if (y === null) return notImplemented();
    const r = f(x, y);
    return newComplex(r.re, r.im);
  };
}

export const complexAdd = binary((a, b) => ({ re: a.re + b.re, im: a.im + b.im }));
export const complexSub = binary((a, b) => ({ re: a.re - b.re, im: a.im - b.im }));
export const complexMul = binary(N.cProd);

export function complexTrueDiv(a: PyObject, b: PyObject): PyObject {
  const x = toComplex(a);
  if (x === null) return notImplemented();
  const y = toComplex(b);
  if (y === null) return notImplemented();
  const r = N.cQuot(x, y);
  if (r === null) raiseZeroDivisionError('complex division by zero');
  return newComplex(r!.re, r!.im);
}

/** complex ** complex on values (float's negative-base power uses this too) */
export function complexPowValues(a: Cx, b: Cx): PyObject {
  const r = N.cPow(a, b);
  if (r === 'zerodiv') raiseZeroDivisionError('0.0 to a negative or complex power');
  if (r === 'overflow') raiseOverflowError('complex exponentiation');
  const p = r as Cx;
  return newComplex(p.re, p.im);
}

export function complexPow(a: PyObject, b: PyObject): PyObject {
  const x = toComplex(a);
  if (x === null) return notImplemented();
  const y = toComplex(b);
  if (y === null) return notImplemented();
  return complexPowValues(x, y);
}

function complexTernaryPow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  const x = toComplex(a);
  const y = toComplex(b);
  if (x === null || y === null) {
    if (m === None) {
      return raiseTypeError(`unsupported operand type(s) for ** or pow(): '${a.type.name}' and '${b.type.name}'`);
    }
    return raiseTypeError(
      `unsupported operand type(s) for ** or pow(): '${a.type.name}', '${b.type.name}', '${m.type.name}'`);
  }
  if (m !== None) raiseValueError('complex modulo');
  return complexPowValues(x, y);
}

ComplexType.nb[0] = complexAdd;        // NB_ADD
ComplexType.nb[5] = complexMul;        // NB_MULTIPLY
ComplexType.nb[8] = complexPow;        // NB_POWER
ComplexType.nb[10] = complexSub;       // NB_SUBTRACT
ComplexType.nb[11] = complexTrueDiv;   // NB_TRUE_DIVIDE
ComplexType.ternaryPow = complexTernaryPow;

function complexExact(o: PyObject): PyObject {
  if (o.type === ComplexType) {
    incref(o);
    return o;
  }
  return newComplex(o.value.re, o.value.im);
}

ComplexType.neg = (o) => newComplex(-o.value.re, -o.value.im);
ComplexType.pos = complexExact;
ComplexType.abs = (o) => {
  const r = N.cAbs(o.value);
  if (r === Infinity && Number.isFinite(o.value.re) && Number.isFinite(o.value.im)) {
    raiseOverflowError('absolute value too large');
  }
  return newFloat(r);
};
ComplexType.bool = (o) => o.value.re !== 0 || o.value.im !== 0;

// ---------------------------------------------------------------- complex()

/** __complex__ of o (an exact or subclass complex, new reference), or null when o has none */
function tryComplexSpecial(o: PyObject): PyObject | null {
  const f = lookupSpecial(o, '__complex__');
  if (f === null) return null;
  let r: PyObject;
  try {
    r = call(f, [], null);
  } finally {
    decref(f);
  }
  if (!isComplex(r!)) {
    const tn = r!.type.name;
    decref(r!);
    raiseTypeError(`__complex__ returned non-complex (type ${tn})`);
  }
  return r!;
}

function complexFromString(type: PyType, s: PyObject): PyObject {
  const v = N.parseComplexString(N.transformDecimalAndSpace(s.value as string));
  if (v === null) raiseValueError('complex() arg is a malformed string');
  return newComplexOfType(type, v!.re, v!.im);
}

const isNumberLike = (o: PyObject): boolean => isComplex(o) || o.type.float !== null || o.type.index !== null;

function complexNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const [r0, i] = parseArgs('complex', args, kwnames, ['real', 'imag'], 0);
  if (r0 === null) {
    if (i === null) return newComplexOfType(type, 0, 0);
    const zero = newInt(0);
    try {
      return complexFromParts(type, zero, i);
    } finally {
      decref(zero);
    }
  }
  return complexFromParts(type, r0, i);
}
ComplexType.new = complexNew;

function complexFromParts(type: PyType, r: PyObject, i: PyObject | null): PyObject {
  if (r.type === ComplexType && i === null && type === ComplexType) {
    incref(r);
    return r;
  }
  if (r.type.flags & TPFLAGS_UNICODE_SUBCLASS) {
    if (i !== null) raiseTypeError("complex() can't take second arg if first is a string");
    return complexFromString(type, r);
  }
  if (i !== null && (i.type.flags & TPFLAGS_UNICODE_SUBCLASS)) raiseTypeError("complex() second arg can't be a string");
  const special = tryComplexSpecial(r);
  if (special !== null) r = special;
  try {
    if (!isNumberLike(r)) {
      raiseTypeError(`complex() first argument must be a string or a number, not '${r.type.name}'`);
    }
    if (i !== null && !isNumberLike(i)) {
      raiseTypeError(`complex() second argument must be a number, not '${i.type.name}'`);
    }
    let crRe: number, crIm: number, crIsComplex = false;
    if (isComplex(r)) {
      crRe = r.value.re;
      crIm = r.value.im;
      crIsComplex = true;
    } else {
      crRe = numberFloatValue(r);
      crIm = 0;
    }
    let ciRe: number, ciIm = 0, ciIsComplex = false;
    if (i === null) ciRe = crIm;
    else if (isComplex(i)) {
      ciRe = i.value.re;
      ciIm = i.value.im;
      ciIsComplex = true;
    } else {
      ciRe = numberFloatValue(i);
    }
    if (ciIsComplex) crRe -= ciIm;
    if (crIsComplex && i !== null) ciRe += crIm;
    return newComplexOfType(type, crRe, ciRe);
  } finally {
    if (special !== null) decref(special);
  }
}

// ---------------------------------------------------------------- methods

const noArgs = (name: string, args: PyObject[], kw: string[] | null): void => checkArity(name, args, kw, 0, 0);

method(ComplexType, 'conjugate', (self, args, kw) => {
  noArgs('complex.conjugate', args, kw);
  return newComplex(self.value.re, -self.value.im);
});
method(ComplexType, '__complex__', (self, args, kw) => {
  noArgs('complex.__complex__', args, kw);
  return complexExact(self);
});
method(ComplexType, '__getnewargs__', (self, args, kw) => {
  noArgs('complex.__getnewargs__', args, kw);
  return newTupleSteal([newFloat(self.value.re), newFloat(self.value.im)]);
});
method(ComplexType, '__format__', (self, args, kw) => {
  checkArity('complex.__format__', args, kw, 1, 1);
  const spec = args[0];
  if (!(spec.type.flags & TPFLAGS_UNICODE_SUBCLASS)) {
    raiseTypeError(`__format__() argument must be str, not ${spec.type.name}`);
  }
  const s = spec.value as string;
  if (s === '') return objStr(self);
  return newStr(formatComplex(self.value.re, self.value.im, s));
});

getset(ComplexType, 'real', (self) => newFloat(self.value.re), null, 'the real part of a complex number');
getset(ComplexType, 'imag', (self) => newFloat(self.value.im), null, 'the imaginary part of a complex number');

/** insert a thousands separator into the leading run of digits of a formatted number */
function groupDigits(s: string, sep: string): string {
  const m = /^(-?)(\d+)(.*)$/.exec(s);
  if (m === null || sep === '') return s;
  let digits = m[2];
  let out = '';
  while (digits.length > 3) {
    out = sep + digits.slice(-3) + out;
    digits = digits.slice(0, -3);
  }
  return m[1] + digits + out + m[3];
}

/** format(z, spec) for a non-empty spec (CPython's format_complex_internal) */
export function formatComplex(re: number, im: number, spec: string): string {
  const f = parseFormatSpec(spec, 'complex', '', '>');
  let type = f.type;
  // (the presentation type first, as _PyComplex_FormatAdvancedWriter dispatches on it)
  switch (type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default: {
      const c = type.codePointAt(0)!;
      const shown = c > 32 && c < 128 ? type : '\\x' + c.toString(16);
      raiseValueError(`Unknown format code '${shown}' for object of type 'complex'`);
    }
  }
  if (f.fill === '0') raiseValueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') raiseValueError("'=' alignment flag is not allowed in complex format specifier");
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false, addParens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else addParens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let flags = 0;
  if (f.alt) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  const part = (x: number, sign: string): string => {
    let s = doubleToString(x, type, precision, flags);
    if (f.grouping !== '' && Number.isFinite(x)) s = groupDigits(s, f.grouping);
    if (s[0] !== '-') {
      if (sign === '+') s = '+' + s;
      else if (sign === ' ') s = ' ' + s;
    }
    return s;
  };
  const reText = skipRe ? '' : part(re, f.sign);
  const imText = part(im, skipRe ? f.sign : '+');
  let body = reText + imText + 'j';
  if (addParens) body = '(' + body + ')';
  const len = Array.from(body).length;
  if (f.width <= len) return body;
  const pad = f.width - len;
  const fill = f.fill;
  if (f.align === '<') return body + fill.repeat(pad);
  if (f.align === '^') {
    const left = Math.floor(pad / 2);
    return fill.repeat(left) + body + fill.repeat(pad - left);
  }
  return fill.repeat(pad) + body;
}
