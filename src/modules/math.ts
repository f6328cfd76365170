// LAYER: modules. The `math` module: IEEE functions on floats, exact integer functions on ints,
// with CPython's error messages ("math domain error", ...).

import { PyObject } from '../memory/object.js';
import { decref, incref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { checkArity, parseArgs } from '../objects/args.js';
import { raiseTypeError, raiseValueError, raiseOverflowError } from '../objects/errors.js';
import { newInt, IntType, isInt, bigOf } from '../objects/int.js';
import { newFloat, numberFloatValue, isFloat } from '../objects/float.js';
import { newBool } from '../objects/bool.js';
import { None } from '../objects/singletons.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';

type Fn = (args: PyObject[], kw: string[] | null) => PyObject;

const domain = (): never => raiseValueError('math domain error');
const range = (): never => raiseOverflowError('math range error');

function f1(name: string, fn: (x: number) => number, check?: (x: number) => boolean): [string, Fn] {
  return [name, (args, kw) => {
    checkArity(name, args, kw, 1, 1);
    const x = numberFloatValue(args[0]);
    if (check !== undefined && !check(x)) domain();
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!Number.isFinite(r) && Number.isFinite(x)) range();
    return newFloat(r);
  }];
}

function rounding(name: string, dunder: string, fn: (x: number) => number): [string, Fn] {
  return [name, (args, kw) => {
    checkArity(name, args, kw, 1, 1);
    const x = args[0];
    if (isInt(x)) return A.index(x);
    if (!isFloat(x)) {
      const r = A.callSpecial(x, dunder, []);
      if (r !== null) return r;
    }
    const v = numberFloatValue(x);
    if (Number.isNaN(v)) raiseValueError('cannot convert float NaN to integer');
    if (!Number.isFinite(v)) raiseOverflowError('cannot convert float infinity to integer');
    const r = fn(v);
    return Number.isSafeInteger(r) ? newInt(r) : newInt(BigInt(r));
  }];
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

const functions: [string, Fn][] = [
  f1('sqrt', Math.sqrt, (x) => x >= 0 || Number.isNaN(x)),
  f1('exp', Math.exp),
  f1('sin', Math.sin), f1('cos', Math.cos), f1('tan', Math.tan),
  f1('asin', Math.asin), f1('acos', Math.acos), f1('atan', Math.atan),
  f1('sinh', Math.sinh), f1('cosh', Math.cosh), f1('tanh', Math.tanh),
  f1('log2', Math.log2, (x) => x > 0 || Number.isNaN(x)),
  f1('log10', Math.log10, (x) => x > 0 || Number.isNaN(x)),
  f1('log1p', Math.log1p, (x) => x > -1 || Number.isNaN(x)),
  f1('expm1', Math.expm1),
  f1('fabs', Math.abs),
  f1('degrees', (x) => x * (180 / Math.PI)),
  f1('radians', (x) => x * (Math.PI / 180)),
  rounding('floor', '__floor__', Math.floor),
  rounding('ceil', '__ceil__', Math.ceil),
  rounding('trunc', '__trunc__', Math.trunc),
  ['log', (args, kw) => {
    checkArity('log', args, kw, 1, 2);
    const ln = (o: PyObject): number => {
      if (isInt(o) && typeof o.value === 'bigint') {
        const b = o.value as bigint;
        if (b <= 0n) domain();
        const s = b.toString(2).length;
        const shifted = Number(b >> BigInt(Math.max(0, s - 60)));
        return Math.log(shifted) + Math.max(0, s - 60) * Math.LN2;
      }
      const x = numberFloatValue(o);
      if (x <= 0) domain();
      return Math.log(x);
    };
    const r = ln(args[0]);
    if (args.length === 2) {
      const d = ln(args[1]);
      if (d === 0) raiseZeroDiv();
      return newFloat(r / d);
    }
    return newFloat(r);
  }],
  ['pow', (args, kw) => {
    checkArity('pow', args, kw, 2, 2);
    const x = numberFloatValue(args[0]), y = numberFloatValue(args[1]);
    if (x === 0 && y < 0) domain();
    if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) domain();
    const r = Math.pow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) range();
    return newFloat(x === 1 || (y === 0) ? 1 : r);
  }],
  ['atan2', (args, kw) => { checkArity('atan2', args, kw, 2, 2); return newFloat(Math.atan2(numberFloatValue(args[0]), numberFloatValue(args[1]))); }],
  ['hypot', (args) => newFloat(Math.hypot(...args.map(numberFloatValue)))],
  ['copysign', (args, kw) => {
    checkArity('copysign', args, kw, 2, 2);
    const x = Math.abs(numberFloatValue(args[0])), y = numberFloatValue(args[1]);
    return newFloat(y < 0 || Object.is(y, -0) ? -x : x);
  }],
  ['fmod', (args, kw) => {
    checkArity('fmod', args, kw, 2, 2);
    const x = numberFloatValue(args[0]), y = numberFloatValue(args[1]);
    if (y === 0 || !Number.isFinite(x)) domain();
    return newFloat(x % y);
  }],
  ['modf', (args, kw) => {
    checkArity('modf', args, kw, 1, 1);
    const x = numberFloatValue(args[0]);
    const i = Math.trunc(x);
    return mathHooks.newTupleSteal([newFloat(Number.isFinite(x) ? x - i : 0 * Math.sign(x)), newFloat(i)]);
  }],
  ['frexp', (args, kw) => {
    checkArity('frexp', args, kw, 1, 1);
    const x = numberFloatValue(args[0]);
    if (x === 0 || !Number.isFinite(x)) return mathHooks.newTupleSteal([newFloat(x), newInt(0)]);
    let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
    let m = x * Math.pow(2, -e);
    while (Math.abs(m) < 0.5) { m *= 2; e--; }
    while (Math.abs(m) >= 1) { m /= 2; e++; }
    return mathHooks.newTupleSteal([newFloat(m), newInt(e)]);
  }],
  ['ldexp', (args, kw) => {
    checkArity('ldexp', args, kw, 2, 2);
    const r = numberFloatValue(args[0]) * Math.pow(2, Number(intArg(args[1], 'ldexp')));
    if (!Number.isFinite(r)) range();
    return newFloat(r);
  }],
  ['isfinite', (args, kw) => { checkArity('isfinite', args, kw, 1, 1); return newBool(Number.isFinite(numberFloatValue(args[0]))); }],
  ['isinf', (args, kw) => { checkArity('isinf', args, kw, 1, 1); const x = numberFloatValue(args[0]); return newBool(x === Infinity || x === -Infinity); }],
  ['isnan', (args, kw) => { checkArity('isnan', args, kw, 1, 1); return newBool(Number.isNaN(numberFloatValue(args[0]))); }],
  ['isclose', (args, kwnames) => {
    const [a, b, rel, abs] = parseArgs('isclose', args, kwnames, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 0, 2);
    const x = numberFloatValue(a!), y = numberFloatValue(b!);
    const rt = rel === null ? 1e-9 : numberFloatValue(rel), at = abs === null ? 0 : numberFloatValue(abs);
    if (rt < 0 || at < 0) raiseValueError('tolerances must be non-negative');
    if (x === y) return newBool(true);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return newBool(false);
    const diff = Math.abs(y - x);
    return newBool(diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at);
  }],
  ['factorial', (args, kw) => {
    checkArity('factorial', args, kw, 1, 1);
    if (isFloat(args[0])) raiseTypeError("'float' object cannot be interpreted as an integer");
    const n = intArg(args[0], 'factorial');
    if (n < 0n) raiseValueError('factorial() not defined for negative values');
    let r = 1n;
    for (let i = 2n; i <= n; i++) r *= i;
    return newInt(r);
  }],
  ['gcd', (args) => newInt(args.reduce((acc, o) => gcd(acc, intArg(o, 'gcd')), 0n))],
  ['lcm', (args) => newInt(args.reduce((acc, o) => {
    const b = intArg(o, 'lcm');
    if (acc === 0n || b === 0n) return 0n;
    const r = (acc * b) / gcd(acc, b);
    return r < 0n ? -r : r;
  }, 1n))],
  ['isqrt', (args, kw) => { checkArity('isqrt', args, kw, 1, 1); return newInt(isqrt(intArg(A.index(args[0]), 'isqrt'))); }],
  ['comb', (args, kw) => {
    checkArity('comb', args, kw, 2, 2);
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
    checkArity('perm', args, kw, 1, 2);
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
    checkArity('fsum', args, kw, 1, 1);
    const items = A.iterateToArray(args[0]);
    try {
      // Neumaier summation (exactly rounded for the common cases)
      let sum = 0, c = 0;
      for (const o of items) {
        const x = numberFloatValue(o);
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

function raiseZeroDiv(): never {
  return raiseValueError('math domain error');
}

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
void IntType;
