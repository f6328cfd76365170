// LAYER: compiler. Python's operator semantics on compile-time constants, for AST constant
// folding (CPython's ast_opt.c folds by calling the real number/sequence methods; this is the
// same arithmetic on ConstValues). Every function returns null where Python would raise (the
// folder then leaves the expression alone, as CPython does) or where folding is not attempted.
// foldBinary also applies ast_opt.c's size limits (safe_multiply, safe_power, safe_lshift,
// safe_mod), so that what folds here is exactly what CPython 3.11 folds.

import type { operator, unaryop } from '../parser/ast.js';
import type { ConstValue } from './codeunit.js';
import { constBool, constIsTrue, constItemCount } from './consts.js';
// pure arithmetic shared with the runtime (numbers.ts imports nothing), so folded constants equal computed ones
import { libmPow } from '../objects/numbers.js';

const MAX_INT_SIZE = 128;        // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096;       // characters
const MAX_TOTAL_ITEMS = 1024;    // including nested collections
const INT64_MAX = (1n << 63n) - 1n;

type Complex = { real: number; imag: number };

const int = (value: bigint): ConstValue => ({ kind: 'int', value });
const float = (value: number): ConstValue => ({ kind: 'float', value });
const complex = (c: Complex): ConstValue => ({ kind: 'complex', real: c.real, imag: c.imag });

/** The integer value of an int or bool constant, else null. */
function asInt(v: ConstValue): bigint | null {
  if (v.kind === 'int') return v.value;
  if (v.kind === 'bool') return v.value ? 1n : 0n;
  return null;
}

const bitLength = (x: bigint): number => (x === 0n ? 0 : (x < 0n ? -x : x).toString(2).length);

/** float(x) for an int, or null when it overflows (OverflowError). */
function intToFloat(x: bigint): number | null {
  const f = Number(x);
  return Number.isFinite(f) ? f : null;
}

function asFloat(v: ConstValue): number | null {
  if (v.kind === 'float') return v.value;
  const i = asInt(v);
  return i === null ? null : intToFloat(i);
}

function asComplex(v: ConstValue): Complex | null {
  if (v.kind === 'complex') return { real: v.real, imag: v.imag };
  const f = asFloat(v);
  return f === null ? null : { real: f, imag: 0 };
}

const isNumber = (v: ConstValue): boolean =>
  v.kind === 'int' || v.kind === 'bool' || v.kind === 'float' || v.kind === 'complex';

/** The numeric "level" two operands are promoted to: int < float < complex. */
function numericLevel(a: ConstValue, b: ConstValue): 'int' | 'float' | 'complex' | null {
  if (!isNumber(a) || !isNumber(b)) return null;
  if (a.kind === 'complex' || b.kind === 'complex') return 'complex';
  if (a.kind === 'float' || b.kind === 'float') return 'float';
  return 'int';
}

// ---- integer arithmetic ----

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return (r !== 0n && (r < 0n) !== (b < 0n)) ? r + b : r;
}

/** x * 2**e without intermediate overflow/underflow where avoidable. */
function scaleByPowerOfTwo(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

/** int / int, correctly rounded like CPython's long_true_divide; null on error. */
function intTrueDivide(a: bigint, b: bigint): number | null {
  if (b === 0n) return null;
  const limit = 1n << 53n;
  const absA = a < 0n ? -a : a, absB = b < 0n ? -b : b;
  if (absA <= limit && absB <= limit) return Number(a) / Number(b);
  const negative = (a < 0n) !== (b < 0n);
  const shift = 55 - (bitLength(absA) - bitLength(absB));
  const num = shift >= 0 ? absA << BigInt(shift) : absA;
  const den = shift >= 0 ? absB : absB << BigInt(-shift);
  let q = num / den;
  if (num % den !== 0n) q |= 1n; // sticky bit keeps the rounding of Number(q) correct
  const result = scaleByPowerOfTwo(Number(q), -shift);
  if (!Number.isFinite(result)) return null;
  return negative ? -result : result;
}

function intPower(base: bigint, exp: bigint): ConstValue | null {
  if (exp < 0n) {
    const b = intToFloat(base), e = intToFloat(exp);
    if (b === null || e === null) return null;
    const r = floatPower(b, e);
    return r === null || r.kind !== 'float' ? null : r;
  }
  if (base !== 0n && exp > 0n) {
    if (exp >= 1n << 64n) return null;
    const wbits = Number(exp);
    if (bitLength(base) > Math.floor(MAX_INT_SIZE / wbits)) return null;
  }
  return int(base ** exp);
}

function intLeftShift(v: bigint, w: bigint): ConstValue | null {
  if (w < 0n) return null;
  if (v !== 0n && w !== 0n) {
    if (w >= 1n << 64n) return null;
    const wbits = Number(w);
    if (wbits > MAX_INT_SIZE || bitLength(v) > MAX_INT_SIZE - wbits) return null;
  }
  return int(v << w);
}

function intRightShift(v: bigint, w: bigint): ConstValue | null {
  if (w < 0n) return null;
  if (w > 1n << 32n) return int(v < 0n ? -1n : 0n);
  return int(v >> w);
}

function intBinary(op: operator, a: ConstValue, b: ConstValue, x: bigint, y: bigint): ConstValue | null {
  const bothBool = a.kind === 'bool' && b.kind === 'bool';
  switch (op) {
    case 'Add': return int(x + y);
    case 'Sub': return int(x - y);
    case 'Mult':
      if (x !== 0n && y !== 0n && bitLength(x) + bitLength(y) > MAX_INT_SIZE) return null;
      return int(x * y);
    case 'Div': { const r = intTrueDivide(x, y); return r === null ? null : float(r); }
    case 'FloorDiv': return y === 0n ? null : int(floorDiv(x, y));
    case 'Mod': return y === 0n ? null : int(floorMod(x, y));
    case 'Pow': return intPower(x, y);
    case 'LShift': return intLeftShift(x, y);
    case 'RShift': return intRightShift(x, y);
    case 'BitAnd': return bothBool ? constBool((x & y) !== 0n) : int(x & y);
    case 'BitOr': return bothBool ? constBool((x | y) !== 0n) : int(x | y);
    case 'BitXor': return bothBool ? constBool((x ^ y) !== 0n) : int(x ^ y);
    case 'MatMult': return null;
  }
}

// ---- float arithmetic ----

const isOddInteger = (x: number): boolean => Number.isInteger(x) && Math.abs(x % 2) === 1;

/** float ** float as CPython's float_pow; a complex result or an error gives null. */
function floatPower(iv: number, iw: number): ConstValue | null {
  if (iw === 0) return float(1);
  if (Number.isNaN(iv)) return float(iv);
  if (Number.isNaN(iw)) return float(iv === 1 ? 1 : iw);
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1) return float(1);
    if ((iw > 0) === (av > 1)) return float(Math.abs(iw));
    return float(0);
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return float(odd ? iv : Math.abs(iv));
    return float(odd ? (iv < 0 ? -0 : 0) : 0);
  }
  if (iv === 0) {
    if (iw < 0) return null; // ZeroDivisionError
    return float(isOddInteger(iw) ? iv : 0);
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return null; // complex result: not folded here
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1) return float(negate ? -1 : 1);
  const r = libmPow(iv, iw); // the runtime's correctly rounded pow, so folding equals evaluating
  if (!Number.isFinite(r)) return null; // OverflowError
  return float(negate ? -r : r);
}

function floatBinary(op: operator, x: number, y: number): ConstValue | null {
  switch (op) {
    case 'Add': return float(x + y);
    case 'Sub': return float(x - y);
    case 'Mult': return float(x * y);
    case 'Div': return y === 0 ? null : float(x / y);
    case 'FloorDiv': return y === 0 ? null : float(floatDivmod(x, y)[0]);
    case 'Mod': return y === 0 ? null : float(floatDivmod(x, y)[1]);
    case 'Pow': return floatPower(x, y);
    default: return null;
  }
}

/** CPython's float_divmod (y != 0). */
function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1; }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

// ---- complex arithmetic ----

const cProd = (a: Complex, b: Complex): Complex =>
  ({ real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real });

/** CPython's _Py_c_quot; null on division by zero. */
function cQuot(a: Complex, b: Complex): Complex | null {
  const absBreal = Math.abs(b.real), absBimag = Math.abs(b.imag);
  if (absBreal >= absBimag) {
    if (absBreal === 0) return null;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return { real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom };
  }
  if (absBimag >= absBreal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return { real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom };
  }
  return { real: NaN, imag: NaN };
}

function cPowu(x: Complex, n: number): Complex {
  let r: Complex = { real: 1, imag: 0 };
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = cProd(r, p);
    p = cProd(p, p);
  }
  return r;
}

function complexPower(a: Complex, b: Complex): ConstValue | null {
  if (!(b.imag === 0 && b.real === Math.floor(b.real) && Math.abs(b.real) <= 100)) return null;
  const n = b.real;
  let p: Complex | null;
  if (n > 0) p = cPowu(a, n);
  else {
    const d = cPowu(a, -n);
    p = (d.real === 0 && d.imag === 0) ? null : cQuot({ real: 1, imag: 0 }, d);
  }
  if (p === null || !Number.isFinite(p.real) || !Number.isFinite(p.imag)) return null;
  return complex(p);
}

function complexBinary(op: operator, x: Complex, y: Complex): ConstValue | null {
  switch (op) {
    case 'Add': return complex({ real: x.real + y.real, imag: x.imag + y.imag });
    case 'Sub': return complex({ real: x.real - y.real, imag: x.imag - y.imag });
    case 'Mult': return complex(cProd(x, y));
    case 'Div': { const q = cQuot(x, y); return q === null ? null : complex(q); }
    case 'Pow': return complexPower(x, y);
    default: return null;
  }
}

// ---- sequences ----

const codePointLength = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
};

function sequenceLength(v: ConstValue): number | null {
  switch (v.kind) {
    case 'str': return codePointLength(v.value);
    case 'bytes': return v.value.length;
    case 'tuple': case 'frozenset': return v.items.length;
    default: return null;
  }
}

/** seq * n with ast_opt.c's safe_multiply limits. */
function repeatSequence(seq: ConstValue, n: bigint): ConstValue | null {
  if (seq.kind === 'frozenset') return null;
  const size = sequenceLength(seq);
  if (size === null) return null;
  if (size) {
    if (n > INT64_MAX || n < -INT64_MAX - 1n) return null;
    if (seq.kind === 'tuple') {
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return null;
      if (n && constItemCount(seq) > Math.floor(MAX_TOTAL_ITEMS / Number(n))) return null;
    } else if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) {
      return null;
    }
  } else if (n > INT64_MAX || n < -INT64_MAX - 1n) {
    return null;
  }
  const count = n > 0n ? Number(n) : 0;
  switch (seq.kind) {
    case 'str': return { kind: 'str', value: seq.value.repeat(count) };
    case 'bytes': {
      const out = new Uint8Array(seq.value.length * count);
      for (let i = 0; i < count; i++) out.set(seq.value, i * seq.value.length);
      return { kind: 'bytes', value: out };
    }
    case 'tuple': {
      const items: ConstValue[] = [];
      for (let i = 0; i < count; i++) items.push(...seq.items);
      return { kind: 'tuple', items };
    }
    default: return null;
  }
}

function concatSequences(a: ConstValue, b: ConstValue): ConstValue | null {
  if (a.kind === 'str' && b.kind === 'str') return { kind: 'str', value: a.value + b.value };
  if (a.kind === 'bytes' && b.kind === 'bytes') {
    const out = new Uint8Array(a.value.length + b.value.length);
    out.set(a.value, 0);
    out.set(b.value, a.value.length);
    return { kind: 'bytes', value: out };
  }
  if (a.kind === 'tuple' && b.kind === 'tuple') return { kind: 'tuple', items: [...a.items, ...b.items] };
  return null;
}

/** Fold `a OP b`, or null when Python would raise or ast_opt.c would not fold. */
export function foldBinary(op: operator, a: ConstValue, b: ConstValue): ConstValue | null {
  if (op === 'Mod' && (a.kind === 'str' || a.kind === 'bytes')) return null; // safe_mod
  if (op === 'Mult') {
    const ai = asInt(a), bi = asInt(b);
    if (ai !== null && sequenceLength(b) !== null) return repeatSequence(b, ai);
    if (bi !== null && sequenceLength(a) !== null) return repeatSequence(a, bi);
  }
  if (op === 'Add') {
    const joined = concatSequences(a, b);
    if (joined) return joined;
  }
  const level = numericLevel(a, b);
  if (level === 'int') return intBinary(op, a, b, asInt(a)!, asInt(b)!);
  if (level === 'float') {
    const x = asFloat(a), y = asFloat(b);
    return x === null || y === null ? null : floatBinary(op, x, y);
  }
  if (level === 'complex') {
    const x = asComplex(a), y = asComplex(b);
    return x === null || y === null ? null : complexBinary(op, x, y);
  }
  return null;
}

/** Fold `OP a`, or null when Python would raise. */
export function foldUnary(op: unaryop, a: ConstValue): ConstValue | null {
  if (op === 'Not') return constBool(!constIsTrue(a));
  const i = asInt(a);
  switch (op) {
    case 'Invert': return i === null ? null : int(-i - 1n);
    case 'UAdd':
      if (i !== null) return int(i);
      if (a.kind === 'float' || a.kind === 'complex') return a;
      return null;
    case 'USub':
      if (i !== null) return int(-i);
      if (a.kind === 'float') return float(-a.value);
      if (a.kind === 'complex') return complex({ real: -a.real, imag: -a.imag });
      return null;
  }
}

/** Fold `container[index]` for constant str/bytes/tuple and an int index, else null. */
export function foldSubscript(container: ConstValue, index: ConstValue): ConstValue | null {
  const i = asInt(index);
  if (i === null) return null;
  let items: ConstValue[] | null = null;
  if (container.kind === 'tuple') items = container.items;
  else if (container.kind === 'bytes') {
    const n = BigInt(container.value.length);
    const k = i < 0n ? i + n : i;
    return k < 0n || k >= n ? null : int(BigInt(container.value[Number(k)]));
  } else if (container.kind === 'str') {
    const chars = Array.from(container.value);
    const n = BigInt(chars.length);
    const k = i < 0n ? i + n : i;
    return k < 0n || k >= n ? null : { kind: 'str', value: chars[Number(k)] };
  }
  if (items === null) return null;
  const n = BigInt(items.length);
  const k = i < 0n ? i + n : i;
  return k < 0n || k >= n ? null : items[Number(k)];
}
