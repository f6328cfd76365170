// LAYER: modules. The `math` module: IEEE functions on floats, exact integer functions on ints,
// with CPython's error messages ("math domain error", ...).
//
// Arguments are read as CPython's mathmodule.c reads them: PyFloat_AsDouble (floats, __float__,
// __index__; "must be real number, not str"), with the messages of each function's calling
// convention: one argument (METH_O: "math.sqrt() takes exactly one argument (0 given)"), a fixed
// count (_PyArg_CheckPositional: "pow expected 2 arguments, got 1"), keywords refused as
// "math.pow() takes no keyword arguments".
//
// Results: the functions CPython computes itself (gamma, lgamma, remainder, dist, hypot, ulp...)
// follow its code step by step; those it takes from the C library are glibc's (modules/libm.ts)
// for the functions added with 3.11's set (cbrt, exp2, erf, erfc, acosh, asinh, atanh) and
// log1p; the older ones (exp, log, sin, ...) are still V8's, which differ from glibc's in the last
// digit for a few percent of inputs.

import { PyObject } from '../memory/object.js';
import { decref, incref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { checkArity, noKeywords, parseArgs } from '../objects/args.js';
import { raise, excType, raiseTypeError, raiseValueError, raiseOverflowError } from '../objects/errors.js';
import { newInt, IntType, isInt, bigOf } from '../objects/int.js';
import { newFloat, numberFloatValue, floatAsDouble, isFloat, FloatType } from '../objects/float.js';
import { newBool } from '../objects/bool.js';
import { None } from '../objects/singletons.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';
import {
  crExp, crPow, crLog, crSin, crCos, crExp2, frexp, ldexp, glibcCbrt, glibcLog1p, glibcErf, glibcErfc,
  glibcAsinh, glibcAcosh, glibcAtanh,
} from './libm.js';

type Fn = (args: PyObject[], kw: string[] | null) => PyObject;

const domain = (): never => raiseValueError('math domain error');
const range = (): never => raiseOverflowError('math range error');

/** METH_O's checks: "math.sqrt() takes exactly one argument (2 given)" */
const oneArg = (name: string, args: PyObject[], kw: string[] | null): void => checkArity(`math.${name}`, args, kw, 1, 1);

/** METH_FASTCALL with _PyArg_CheckPositional: no keywords ("math.pow() takes..."), then "pow expected 2 arguments, got 1" */
function positional(name: string, args: PyObject[], kw: string[] | null, min: number, max: number): void {
  noKeywords(`math.${name}`, kw);
  checkArity(name, args, kw, min, max);
}

/**
 * math_1: a C function of one double. A NaN from a non-NaN is a domain error; an infinity from a
 * finite argument is a range error where the function can overflow (exp), else a domain error
 * (a singularity: atanh(1)).
 */
function f1(name: string, fn: (x: number) => number, canOverflow: boolean, check?: (x: number) => boolean): [string, Fn] {
  return [name, (args, kw) => {
    oneArg(name, args, kw);
    const x = floatAsDouble(args[0]);
    if (check !== undefined && !check(x)) domain();
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!Number.isFinite(r) && Number.isFinite(x)) { if (canOverflow) range(); else domain(); }
    return newFloat(r);
  }];
}

/**
 * math_1a: a function that reports its errors as errno does (gamma, lgamma, erf, erfc):
 * 'domain' is ValueError, 'range' is OverflowError unless the result is small (an underflow)
 */
function f1a(name: string, fn: (x: number) => [number, 'domain' | 'range' | null]): [string, Fn] {
  return [name, (args, kw) => {
    oneArg(name, args, kw);
    const [r, err] = fn(floatAsDouble(args[0]));
    if (err === 'domain') domain();
    if (err === 'range' && Math.abs(r) >= 1.5) range();
    return newFloat(r);
  }];
}

/**
 * math_2: a C function of two doubles. A NaN from non-NaN arguments is a domain error, an
 * infinity from finite ones a range error.
 */
function f2(name: string, fn: (x: number, y: number) => number): [string, Fn] {
  return [name, (args, kw) => {
    positional(name, args, kw, 2, 2);
    const x = floatAsDouble(args[0]), y = floatAsDouble(args[1]);
    const r = fn(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domain();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) range();
    return newFloat(r);
  }];
}

/** math.floor / math.ceil: an exact float directly; anything else's __floor__/__ceil__, else its float value */
function rounding(name: string, dunder: string, fn: (x: number) => number): [string, Fn] {
  return [name, (args, kw) => {
    oneArg(name, args, kw);
    const x = args[0];
    if (x.type !== FloatType) {
      const r = A.callSpecial(x, dunder, []);
      if (r !== null) return r;
    }
    return intFromDouble(fn(floatAsDouble(x)));
  }];
}

/** PyLong_FromDouble */
function intFromDouble(v: number): PyObject {
  if (Number.isNaN(v)) raiseValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(v)) raiseOverflowError('cannot convert float infinity to integer');
  return Number.isSafeInteger(v) ? newInt(v) : newInt(BigInt(v));
}

function intArg(o: PyObject, fname: string): bigint {
  if (!isInt(o)) raiseTypeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  void fname;
  return bigOf(o);
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function isqrt(n: bigint): bigint {
  if (n < 0n) raiseValueError('isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

// ---------------------------------------------------------------- gamma and lgamma (CPython's own)

const PI = 3.141592653589793238462643383279502884197;
const LOGPI = 1.144729885849400174143427351353058711647;

/** sin(pi*x), accurate for integer and near-integer x (m_sinpi), x finite */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y); // (0 <= 2y <= 4: rounds half up, as C's round)
  let r: number;
  switch (n) {
    case 0: r = crSin(PI * y); break;
    case 1: r = crCos(PI * (y - 0.5)); break;
    // (-sin(pi*(y-1.0)) would give -0.0 for y == 1.0)
    case 2: r = crSin(PI * (1.0 - y)); break;
    case 3: r = -crCos(PI * (y - 1.5)); break;
    default: r = crSin(PI * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

// Lanczos' approximation with N = 13 and g = 6.024680040776729583740234375 (Boost's parameters),
// its sum as a rational function
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** the denominator is x*(x+1)*...*(x+11) */
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

/** gamma(n) for n = 1 .. 23, exactly */
const GAMMA_INTEGRAL = [1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
  3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
  20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
  2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0];

/** Lanczos' sum for x > 0: in x below 5, in 1/x above (no overflow, less error) */
function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** m_tgamma: [result, errno] */
function tgamma(x: number): [number, 'domain' | 'range' | null] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return [x, null]; // gamma(nan) = nan, gamma(inf) = inf
    return [NaN, 'domain']; // gamma(-inf)
  }
  if (x === 0) return [Object.is(x, -0) ? -Infinity : Infinity, 'domain'];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, 'domain']; // negative integers
    if (x <= GAMMA_INTEGRAL.length) return [GAMMA_INTEGRAL[x - 1], null];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) { // gamma(x) ~ 1/x
    const r = 1.0 / x;
    return [r, Number.isFinite(r) ? null : 'range'];
  }
  // beyond 200 the result overflows, or (x < -200, not an integer) underflows to +-0
  if (absx > 200.0) return x < 0.0 ? [0.0 / sinpi(x), null] : [Infinity, 'range'];
  const y = absx + LANCZOS_G_MINUS_HALF;
  // the error in y, for a correction factor 1 + e*g/y (see CPython's mathmodule.c)
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -PI / sinpi(absx) / absx * crExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= crPow(y, absx - 0.5);
    else {
      const sqrtpow = crPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140.0) r *= crPow(y, absx - 0.5);
    else {
      const sqrtpow = crPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return [r, Number.isFinite(r) ? null : 'range'];
}

/** m_lgamma: log(abs(gamma(x))), [result, errno] */
function lgamma(x: number): [number, 'domain' | 'range' | null] {
  if (!Number.isFinite(x)) return [Number.isNaN(x) ? x : Infinity, null]; // lgamma(+-inf) = inf
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return [Infinity, 'domain']; // integers n <= 0
    return [0.0, null]; // lgamma(1) = lgamma(2) = 0
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-crLog(absx), null];
  let r = crLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (crLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - crLog(Math.abs(sinpi(absx))) - crLog(absx) - r; // reflection
  return [r, Number.isFinite(r) ? null : 'range'];
}

// ---------------------------------------------------------------- remainder, nextafter, ulp

/** m_remainder: x - n*y for the integer n nearest x/y (even on a tie); exact */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    // compare m with half of absy through c = absy - m, which is exact where it matters
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy); // (a tie: m if the multiple is even, -m if odd)
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x; // y infinite
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** C's nextafter: the next double after x towards y */
function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  // (away from zero: the bits grow; toward zero: they shrink)
  u64[0] = (y > x) === (x > 0) ? u64[0] + 1n : u64[0] - 1n;
  return f64[0];
}

/** math.ulp: the gap from |x| to the next double up (down, for the largest) */
function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity); // (x is the largest double)
  return x2 - x;
}

// ---------------------------------------------------------------- hypot and dist (vector_norm)

/**
 * CPython's vector_norm: sqrt(sum(x**2)) of |coordinates| whose largest is max, almost always
 * correctly rounded: scaled by a power of two, squared exactly (Veltkamp-Dekker), summed with
 * compensation, and the square root corrected by one Newton step
 */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const T27 = 134217729.0; // 2**27 + 1
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const [, maxE] = frexp(max);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  if (maxE >= -1023) {
    const scale = ldexp(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      let x = vec[i] * scale;
      let t = x * T27;
      let hi = t - (t - x);
      let lo = x - hi;
      x = hi * hi;
      let old = csum;
      csum += x;
      frac1 += (old - csum) + x;
      x = 2.0 * hi * lo;
      old = csum;
      csum += x;
      frac2 += (old - csum) + x;
      frac3 += lo * lo;
      void t; void hi;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    let x = h;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // (ldexp(1.0, -max_e) would overflow: divide by max instead)
  for (let i = 0; i < n; i++) {
    let x = vec[i] / max;
    x = x * x;
    const old = csum;
    csum += x;
    frac1 += (old - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** the absolute values of the coordinates, their largest, whether one is a NaN */
function normInputs(values: number[]): [number[], number, boolean] {
  let max = 0.0, foundNan = false;
  const vec = values.map((v) => {
    const x = Math.abs(v);
    if (Number.isNaN(x)) foundNan = true;
    if (x > max) max = x;
    return x;
  });
  return [vec, max, foundNan];
}

/** math.dist(p, q): both converted to tuples first (PySequence_Tuple), then read coordinate by coordinate */
function dist(p: PyObject, q: PyObject): number {
  const ps = A.iterateToArray(p);
  let qs: PyObject[] = [];
  try {
    qs = A.iterateToArray(q);
    if (ps.length !== qs.length) raiseValueError('both points must have the same number of dimensions');
    const diffs: number[] = [];
    for (let i = 0; i < ps.length; i++) diffs.push(floatAsDouble(ps[i]) - floatAsDouble(qs[i]));
    const [vec, max, foundNan] = normInputs(diffs);
    return vectorNorm(vec, max, foundNan);
  } finally {
    for (const o of ps) decref(o);
    for (const o of qs) decref(o);
  }
}

// ---------------------------------------------------------------- the module's functions

const functions: [string, Fn][] = [
  f1('sqrt', Math.sqrt, false),
  f1('exp', Math.exp, true),
  f1('exp2', crExp2, true),
  f1('cbrt', glibcCbrt, false),
  f1('sin', Math.sin, false), f1('cos', Math.cos, false), f1('tan', Math.tan, false),
  f1('asin', Math.asin, false), f1('acos', Math.acos, false), f1('atan', Math.atan, false),
  f1('sinh', Math.sinh, true), f1('cosh', Math.cosh, true), f1('tanh', Math.tanh, false),
  f1('asinh', glibcAsinh, false), f1('acosh', glibcAcosh, false), f1('atanh', glibcAtanh, false),
  f1('log2', Math.log2, false, (x) => x > 0 || Number.isNaN(x) || x === Infinity),
  f1('log10', Math.log10, false, (x) => x > 0 || Number.isNaN(x) || x === Infinity),
  f1('log1p', glibcLog1p, false),
  f1('expm1', Math.expm1, true),
  f1('fabs', Math.abs, false),
  f1a('erf', (x) => [glibcErf(x), null]),
  f1a('erfc', (x) => [glibcErfc(x), null]),
  f1a('gamma', tgamma),
  f1a('lgamma', lgamma),
  ['degrees', (args, kw) => { oneArg('degrees', args, kw); return newFloat(floatAsDouble(args[0]) * (180 / Math.PI)); }],
  ['radians', (args, kw) => { oneArg('radians', args, kw); return newFloat(floatAsDouble(args[0]) * (Math.PI / 180)); }],
  rounding('floor', '__floor__', Math.floor),
  rounding('ceil', '__ceil__', Math.ceil),
  ['trunc', (args, kw) => {
    oneArg('trunc', args, kw);
    const x = args[0];
    if (x.type === FloatType) return intFromDouble(Math.trunc(x.value as number));
    const r = A.callSpecial(x, '__trunc__', []);
    if (r === null) raiseTypeError(`type ${x.type.name} doesn't define __trunc__ method`);
    return r!;
  }],
  ['log', (args, kw) => {
    noKeywords('log', kw);
    if (args.length < 1 || args.length > 2) raiseTypeError('math.log requires 1 to 2 arguments');
    const ln = (o: PyObject): number => {
      if (isInt(o) && typeof o.value === 'bigint') {
        const b = o.value as bigint;
        if (b <= 0n) domain();
        const s = b.toString(2).length;
        const shifted = Number(b >> BigInt(Math.max(0, s - 60)));
        return Math.log(shifted) + Math.max(0, s - 60) * Math.LN2;
      }
      if (isInt(o) && (o.value as number) <= 0) domain();
      const x = floatAsDouble(o);
      if (x <= 0 || x === -Infinity) domain();
      return Math.log(x);
    };
    const r = ln(args[0]);
    if (args.length === 2) {
      const d = ln(args[1]);
      // (PyNumber_TrueDivide of the two logarithms: log base 1 divides by zero)
      if (d === 0) raise(excType('ZeroDivisionError'), 'float division by zero');
      return newFloat(r / d);
    }
    return newFloat(r);
  }],
  ['pow', (args, kw) => {
    positional('pow', args, kw, 2, 2);
    const x = floatAsDouble(args[0]), y = floatAsDouble(args[1]);
    if (x === 0 && y < 0) domain();
    if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) domain();
    const r = Math.pow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) range();
    return newFloat(x === 1 || (y === 0) ? 1 : r);
  }],
  ['atan2', (args, kw) => { positional('atan2', args, kw, 2, 2); return newFloat(Math.atan2(floatAsDouble(args[0]), floatAsDouble(args[1]))); }],
  ['hypot', (args, kw) => {
    noKeywords('math.hypot', kw);
    const [vec, max, foundNan] = normInputs(args.map(floatAsDouble));
    return newFloat(vectorNorm(vec, max, foundNan));
  }],
  ['dist', (args, kw) => { positional('dist', args, kw, 2, 2); return newFloat(dist(args[0], args[1])); }],
  ['copysign', (args, kw) => {
    positional('copysign', args, kw, 2, 2);
    const x = Math.abs(floatAsDouble(args[0])), y = floatAsDouble(args[1]);
    return newFloat(y < 0 || Object.is(y, -0) ? -x : x);
  }],
  ['fmod', (args, kw) => {
    positional('fmod', args, kw, 2, 2);
    const x = floatAsDouble(args[0]), y = floatAsDouble(args[1]);
    if (!Number.isFinite(y) && Number.isFinite(x)) return newFloat(x); // fmod(x, +-inf) is x
    const r = x % y;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domain();
    return newFloat(r);
  }],
  f2('remainder', remainder),
  ['nextafter', (args, kw) => {
    positional('nextafter', args, kw, 2, 2);
    return newFloat(nextafter(floatAsDouble(args[0]), floatAsDouble(args[1])));
  }],
  ['ulp', (args, kw) => { oneArg('ulp', args, kw); return newFloat(ulp(floatAsDouble(args[0]))); }],
  ['modf', (args, kw) => {
    oneArg('modf', args, kw);
    const x = floatAsDouble(args[0]);
    const i = Math.trunc(x);
    // (both parts carry x's sign, a zero fraction too; an infinity's fraction is a zero)
    const frac = Number.isFinite(x) ? x - i : 0 * Math.sign(x);
    return mathHooks.newTupleSteal([newFloat(frac === 0 && (x < 0 || Object.is(x, -0)) ? -0 : frac), newFloat(i)]);
  }],
  ['frexp', (args, kw) => {
    oneArg('frexp', args, kw);
    const x = floatAsDouble(args[0]);
    if (x === 0 || !Number.isFinite(x)) return mathHooks.newTupleSteal([newFloat(x), newInt(0)]);
    const [m, e] = frexp(x);
    return mathHooks.newTupleSteal([newFloat(m), newInt(e)]);
  }],
  ['ldexp', (args, kw) => {
    positional('ldexp', args, kw, 2, 2);
    const x = floatAsDouble(args[0]);
    if (!isInt(args[1])) raiseTypeError('Expected an int as second argument to ldexp.');
    const e = intArg(args[1], 'ldexp');
    if (x === 0 || !Number.isFinite(x)) return newFloat(x);
    // (exponents beyond a C int overflow or underflow for any x)
    const r = e > 100000n ? x * Infinity : e < -100000n ? x * 0 : ldexp(x, Number(e));
    if (!Number.isFinite(r)) range();
    return newFloat(r);
  }],
  ['isfinite', (args, kw) => { oneArg('isfinite', args, kw); return newBool(Number.isFinite(floatAsDouble(args[0]))); }],
  ['isinf', (args, kw) => { oneArg('isinf', args, kw); const x = floatAsDouble(args[0]); return newBool(x === Infinity || x === -Infinity); }],
  ['isnan', (args, kw) => { oneArg('isnan', args, kw); return newBool(Number.isNaN(floatAsDouble(args[0]))); }],
  ['isclose', (args, kwnames) => {
    const [a, b, rel, abs] = parseArgs('isclose', args, kwnames, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 0, 2);
    const x = floatAsDouble(a!), y = floatAsDouble(b!);
    const rt = rel === null ? 1e-9 : floatAsDouble(rel), at = abs === null ? 0 : floatAsDouble(abs);
    if (rt < 0 || at < 0) raiseValueError('tolerances must be non-negative');
    if (x === y) return newBool(true);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return newBool(false);
    const diff = Math.abs(y - x);
    return newBool(diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at);
  }],
  ['factorial', (args, kw) => {
    oneArg('factorial', args, kw);
    if (isFloat(args[0])) raiseTypeError("'float' object cannot be interpreted as an integer");
    const n = intArg(args[0], 'factorial');
    if (n < 0n) raiseValueError('factorial() not defined for negative values');
    let r = 1n;
    for (let i = 2n; i <= n; i++) r *= i;
    return newInt(r);
  }],
  ['gcd', (args, kw) => { noKeywords('math.gcd', kw); return newInt(args.reduce((acc, o) => gcd(acc, intArg(o, 'gcd')), 0n)); }],
  ['lcm', (args, kw) => {
    noKeywords('math.lcm', kw);
    return newInt(args.reduce((acc, o) => {
      const b = intArg(o, 'lcm');
      if (acc === 0n || b === 0n) return 0n;
      const r = (acc * b) / gcd(acc, b);
      return r < 0n ? -r : r;
    }, 1n));
  }],
  ['isqrt', (args, kw) => { oneArg('isqrt', args, kw); return newInt(isqrt(intArg(A.index(args[0]), 'isqrt'))); }],
  ['comb', (args, kw) => {
    positional('comb', args, kw, 2, 2);
    const n = intArg(args[0], 'comb'), k = intArg(args[1], 'comb');
    if (n < 0n) raiseValueError('n must be a non-negative integer');
    if (k < 0n) raiseValueError('k must be a non-negative integer');
    if (k > n) return newInt(0);
    let r = 1n;
    const kk = k < n - k ? k : n - k;
    for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
    return newInt(r);
  }],
  ['perm', (args, kw) => {
    positional('perm', args, kw, 1, 2);
    const n = intArg(args[0], 'perm');
    const k = args.length > 1 && args[1] !== None ? intArg(args[1], 'perm') : n;
    if (n < 0n) raiseValueError('n must be a non-negative integer');
    if (k < 0n) raiseValueError('k must be a non-negative integer');
    if (k > n) return newInt(0);
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return newInt(r);
  }],
  ['fsum', (args, kw) => {
    oneArg('fsum', args, kw);
    const items = A.iterateToArray(args[0]);
    try {
      // Neumaier summation (exactly rounded for the common cases)
      let sum = 0, c = 0;
      for (const o of items) {
        const x = floatAsDouble(o);
        const t = sum + x;
        c += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
      }
      return newFloat(sum + c);
    } finally {
      for (const o of items) decref(o);
    }
  }],
  ['prod', (args, kwnames) => {
    const [it, start] = parseArgs('prod', args, kwnames, ['iterable', 'start'], 1, 1, 1);
    let acc = start ?? newInt(1);
    if (start !== null) incref(acc);
    const items = A.iterateToArray(it!);
    try {
      for (const o of items) {
        const r = A.binaryOp(acc, o, 5);
        decref(acc);
        acc = r;
      }
      return acc;
    } finally {
      for (const o of items) decref(o);
    }
  }],
];

export const mathHooks = {
  newTupleSteal: (_items: PyObject[]): PyObject => { throw new Error('not wired'); },
};

export function makeMathModule(): PyObject {
  const m = newModule('math', None);
  for (const [name, fn] of functions) {
    const f = newBuiltinFunction(name, fn, 'math');
    moduleSet(m, name, f);
    decref(f);
  }
  for (const [name, v] of [['pi', Math.PI], ['e', Math.E], ['tau', 2 * Math.PI], ['inf', Infinity], ['nan', NaN]] as [string, number][]) {
    const f = newFloat(v);
    moduleSet(m, name, f);
    decref(f);
  }
  return m;
}
void IntType; void numberFloatValue;
