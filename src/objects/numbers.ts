// LAYER: objects (pure helpers: no Python objects; imports only doubledouble.ts). The numeric
// algorithms behind int, float and complex (objects/int.ts, float.ts, complex.ts), written on JS values so they can
// be unit-tested directly against python3:
//
//   * ints are IntVal = number | bigint: a JS number when |n| <= 2^53 - 1 (the fast path), else a
//     bigint. Every helper returns the normalised form (normBig), never -0;
//   * floats are JS numbers. Where CPython calls the C library we do not use JS's Math functions
//     (V8's pow/hypot/exp/log/sin/cos/atan2 differ from glibc in the last bit for 1-10% of inputs,
//     which repr() shows): hypot is glibc 2.36's algorithm bit for bit; pow, exp, log, sin, cos
//     and atan2 are correctly rounded (double-double evaluation, BigInt argument reduction), which
//     agrees with glibc except for its rare misrounded cases (about 0.1% of pow(x, y) with a
//     large |y*log(x)|; fewer for the others). The libm* functions are exported for math/cmath;
//   * exact conversions go through BigInt rationals (roundRational) so int/int true division,
//     round(x, n), float.fromhex and int->float are correctly rounded like CPython's.
//
// Helpers that CPython reports as errors return a sentinel (null, or a string code) and the
// object layer raises the exception with CPython's message. V8 throws RangeError for a BigInt over
// 2^30 bits; the object layer turns that into MemoryError.

import { type DD, twoSum, fastTwoSum as quickTwoSum, twoProd, ddAdd, ddMul, ddMulD, ddDiv } from './doubledouble.js';

export type IntVal = number | bigint;

const SAFE = 9007199254740991;
const SAFE_N = 9007199254740991n;

/** the canonical IntVal of a bigint */
export function normBig(b: bigint): IntVal {
  return b >= -SAFE_N && b <= SAFE_N ? Number(b) : b;
}

export const toBig = (v: IntVal): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/** sign of an IntVal: -1, 0 or 1 */
export function iSign(v: IntVal): number {
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

// =====================================================================================
// int arithmetic
// =====================================================================================

export function iAdd(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r >= -SAFE && r <= SAFE) return r;
  }
  return normBig(toBig(a) + toBig(b));
}

export function iSub(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= -SAFE && r <= SAFE) return r;
  }
  return normBig(toBig(a) - toBig(b));
}

export function iMul(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r >= -SAFE && r <= SAFE) return r === 0 ? 0 : r;
  }
  return normBig(toBig(a) * toBig(b));
}

export function iNeg(a: IntVal): IntVal {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return normBig(-a);
}

export function iAbs(a: IntVal): IntVal {
  if (typeof a === 'number') return Math.abs(a);
  return a < 0n ? -a : a;
}

/** floor division and modulo (Python semantics: the remainder has the divisor's sign); b != 0 */
export function iDivmod(a: IntVal, b: IntVal): [IntVal, IntVal] {
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) {
      r += b;
      q -= 1;
    }
    return [q === 0 ? 0 : q, r === 0 ? 0 : r];
  }
  const x = toBig(a), y = toBig(b);
  let q = x / y, r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) {
    r += y;
    q -= 1n;
  }
  return [normBig(q), normBig(r)];
}

export function iFloorDiv(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return q === 0 ? 0 : q;
  }
  return iDivmod(a, b)[0];
}

export function iMod(a: IntVal, b: IntVal): IntVal {
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  return iDivmod(a, b)[1];
}

/** a ** b for b >= 0 (may throw RangeError when the result is too large for a BigInt) */
export function iPow(a: IntVal, b: IntVal): IntVal {
  if (a === 0 || a === 1) return b === 0 ? 1 : a;
  if (b === 0) return 1;
  if (a === -1) return iMod(b, 2) === 0 ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number' && b <= 64) {
    // exact as long as every partial product stays below 2^53
    let result = 1, base = a, e = b;
    let ok = true;
    while (e > 0) {
      if (e & 1) {
        result *= base;
        if (Math.abs(result) > SAFE) { ok = false; break; }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (Math.abs(base) > SAFE) { ok = false; break; }
      }
    }
    if (ok) return result;
  }
  const bits = bitLength(a) * Number(b);
  if (bits > 2 ** 31) throw new RangeError('Maximum BigInt size exceeded');
  return normBig(toBig(a) ** toBig(b));
}

/** base ** exp % mod for exp >= 0, mod > 0 (bigint square-and-multiply) */
export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 1n) return 0n;
  let result = 1n;
  base %= mod;
  if (base < 0n) base += mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    exp >>= 1n;
    if (exp > 0n) base = (base * base) % mod;
  }
  return result;
}

/** the inverse of a modulo m (m > 0), or null when gcd(a, m) != 1 */
export function modInverse(a: bigint, m: bigint): bigint | null {
  let r0 = ((a % m) + m) % m, r1 = m;
  let s0 = 1n, s1 = 0n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return ((s0 % m) + m) % m;
}

/**
 * pow(a, b, m) with CPython's long_pow rules (m != 0): a negative modulus gives a result of its
 * sign; a negative exponent uses the modular inverse. Returns null when the base is not
 * invertible.
 */
export function iPowMod(a: IntVal, b: IntVal, m: IntVal): IntVal | null {
  let mod = toBig(m);
  let base = toBig(a), exp = toBig(b);
  const negativeOutput = mod < 0n;
  if (negativeOutput) mod = -mod;
  if (mod === 1n) return 0;
  if (exp < 0n) {
    exp = -exp;
    const inv = modInverse(base, mod);
    if (inv === null) return null;
    base = inv;
  }
  let z = modPow(base, exp, mod);
  if (negativeOutput && z !== 0n) z -= mod;
  return normBig(z);
}

/** a << n for 0 <= n (n a JS number) */
export function iLshift(a: IntVal, n: number): IntVal {
  if (a === 0) return 0;
  if (typeof a === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (r >= -SAFE && r <= SAFE) return r;
  }
  return normBig(toBig(a) << BigInt(n));
}

/** a >> n (floor division by 2^n) for 0 <= n */
export function iRshift(a: IntVal, n: number): IntVal {
  if (typeof a === 'number') {
    if (n >= 54) return a < 0 ? -1 : 0;
    const r = Math.floor(a / 2 ** n);
    return r === 0 ? 0 : r;
  }
  if (n > bitLength(a) + 1) return a < 0n ? -1 : 0;
  return normBig(a >> BigInt(n));
}

const isInt32 = (v: IntVal): boolean => typeof v === 'number' && (v | 0) === v;

export function iAnd(a: IntVal, b: IntVal): IntVal {
  if (isInt32(a) && isInt32(b)) return (a as number) & (b as number);
  return normBig(toBig(a) & toBig(b));
}

export function iOr(a: IntVal, b: IntVal): IntVal {
  if (isInt32(a) && isInt32(b)) return (a as number) | (b as number);
  return normBig(toBig(a) | toBig(b));
}

export function iXor(a: IntVal, b: IntVal): IntVal {
  if (isInt32(a) && isInt32(b)) return (a as number) ^ (b as number);
  return normBig(toBig(a) ^ toBig(b));
}

export function iInvert(a: IntVal): IntVal {
  if (typeof a === 'number') {
    const r = -a - 1;
    if (r >= -SAFE) return r === 0 ? 0 : r;
    return normBig(-BigInt(a) - 1n);
  }
  return normBig(-a - 1n);
}

export function iCompare(a: IntVal, b: IntVal): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** number of bits of |v| (int.bit_length) */
export function bitLength(v: IntVal): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a < 2147483648) return 32 - Math.clz32(a);
    const hi = Math.floor(a / 4294967296);
    return 64 - Math.clz32(hi);
  }
  const a = v < 0n ? -v : v;
  if (a === 0n) return 0;
  const hex = a.toString(16);
  const first = parseInt(hex[0], 16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(first));
}

/** number of one bits of |v| (int.bit_count) */
export function bitCount(v: IntVal): number {
  if (typeof v === 'number') {
    let a = Math.abs(v);
    const hi = Math.floor(a / 4294967296);
    const lo = a >>> 0;
    return pop32(hi) + pop32(lo);
  }
  const a = v < 0n ? -v : v;
  let n = 0;
  const s = a.toString(16);
  for (let i = 0; i < s.length; i++) n += pop32(parseInt(s[i], 16));
  return n;
}

function pop32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** CPython's int hash: |n| mod (2^61 - 1) with n's sign, -1 -> -2. A number when safe, else a bigint. */
export function intHash(v: IntVal): number {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return hashOut(h);
}

/** a hash as a JS number when safe, else (as CPython's 64-bit value) a bigint typed as number */
export function hashOut(h: bigint): number {
  if (h >= -SAFE_N && h <= SAFE_N) return Number(h);
  return h as unknown as number;
}

export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159;
export const HASH_IMAG = 1000003;

// =====================================================================================
// int <-> str
// =====================================================================================

/** sys.set_int_max_str_digits / sys.get_int_max_str_digits (0: no limit) */
export const intStrLimits = { maxStrDigits: 4300 };

/** repr(n) in base 10, or null when it has more digits than the limit */
export function intToDecimal(v: IntVal): string | null {
  if (typeof v === 'number') return String(v);
  const max = intStrLimits.maxStrDigits;
  if (max > 0) {
    const bits = bitLength(v);
    if ((bits - 1) * 0.3010299956639812 > max + 1) return null;
    const s = v.toString();
    const nd = v < 0n ? s.length - 1 : s.length;
    return nd > max ? null : s;
  }
  return v.toString();
}

/** Py_ISSPACE */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Py_UNICODE_ISSPACE */
export function isUnicodeSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const ND = /^\p{Nd}$/u;

/** the value of a Unicode decimal digit (category Nd), or -1 */
export function unicodeDecimal(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128 || !ND.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', Unicode decimal digits
 * their ASCII digit, any other non-ASCII character '?' (which no number parser accepts).
 */
export function transformDecimalAndSpace(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) { ascii = false; break; }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (isUnicodeSpace(c)) out += ' ';
    else {
      const d = unicodeDecimal(c);
      out += d >= 0 ? String.fromCharCode(48 + d) : '?';
    }
  }
  return out;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

export type IntParse = { ok: true; value: IntVal } | { ok: false; limitDigits: number };

/**
 * PyLong_FromString on an ASCII string (after transformDecimalAndSpace): optional whitespace,
 * sign, base prefix (0x/0o/0b when base is 0 or matches), digits with single underscores between
 * them, whitespace. base is 0 or 2..36. On failure `limitDigits` is the digit count when the
 * str->int digit limit was exceeded, else 0 (invalid literal).
 */
export function parseIntString(s: string, base: number): IntParse {
  const bad: IntParse = { ok: false, limitDigits: 0 };
  let i = 0;
  const n = s.length;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') {
    negative = s[i] === '-';
    i++;
  }
  let errorIfNonzero = false;
  const c1 = s[i + 1];
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else { errorIfNonzero = true; base = 10; }
  }
  if (s[i] === '0' && ((base === 16 && (c1 === 'x' || c1 === 'X')) || (base === 8 && (c1 === 'o' || c1 === 'O')) ||
    (base === 2 && (c1 === 'b' || c1 === 'B')))) {
    i += 2;
    if (s[i] === '_') i++;
  }
  if (s[i] === '_') return bad;
  // the run of digits and underscores
  const start = i;
  let digits = '';
  let prevUnderscore = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return bad;
      prevUnderscore = true;
      i++;
      continue;
    }
    if (digitValue(c) >= base) break;
    prevUnderscore = false;
    i++;
  }
  if (prevUnderscore) return bad;
  digits = s.slice(start, i).replace(/_/g, '');
  if (digits.length === 0) return bad;
  const pow2 = (base & (base - 1)) === 0;
  const max = intStrLimits.maxStrDigits;
  if (!pow2 && max > 0 && digits.length > max) return { ok: false, limitDigits: digits.length };
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return bad;
  let v = digitsToBig(digits, base);
  if (errorIfNonzero && v !== 0n) return bad;
  if (negative) v = -v;
  return { ok: true, value: normBig(v) };
}

function digitsToBig(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  if (base === 16) return BigInt('0x' + digits);
  if (base === 8) return BigInt('0o' + digits);
  if (base === 2) return BigInt('0b' + digits);
  if (base === 4 || base === 32) {
    const w = base === 4 ? 2 : 5;
    let bin = '';
    for (let i = 0; i < digits.length; i++) bin += digitValue(digits.charCodeAt(i)).toString(2).padStart(w, '0');
    return BigInt('0b' + bin);
  }
  // chunks of k digits: base^k < 2^53
  const k = Math.floor(53 / Math.log2(base)) - 1;
  const bk = BigInt(base) ** BigInt(k);
  let v = 0n;
  let i = 0;
  const first = digits.length % k || k;
  v = BigInt(parseInt(digits.slice(0, first), base));
  for (i = first; i < digits.length; i += k) v = v * bk + BigInt(parseInt(digits.slice(i, i + k), base));
  return v;
}

// =====================================================================================
// exact binary <-> rational
// =====================================================================================

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0, LO = LITTLE ? 0 : 1;

/** 2^n as a double for -1074 <= n <= 1023 (exact) */
export function pow2(n: number): number {
  if (n > 1023) return Infinity;
  if (n < -1074) return 0;
  if (n >= -1022) {
    u32[HI] = (n + 1023) << 20;
    u32[LO] = 0;
  } else {
    const k = n + 1074; // bit position in the 52-bit mantissa
    if (k >= 32) { u32[HI] = 1 << (k - 32); u32[LO] = 0; } else { u32[HI] = 0; u32[LO] = (1 << k) >>> 0; }
  }
  return f64[0];
}

/** |x| = m * 2^e for a finite nonzero double: m an integer < 2^53 */
export function decompose(x: number): { m: number; e: number } {
  f64[0] = x;
  const hi = u32[HI], lo = u32[LO];
  const expField = (hi >>> 20) & 0x7ff;
  const mantHi = hi & 0xfffff;
  const mant = mantHi * 4294967296 + lo;
  if (expField === 0) return { m: mant, e: -1074 };
  return { m: mant + 4503599627370496, e: expField - 1075 };
}

/** bit length of a positive bigint */
export function bigBitLength(a: bigint): number {
  return bitLength(a);
}

/**
 * num / den * 2^e2 correctly rounded (round-half-even) to a double, subnormals included;
 * Infinity when it overflows. num >= 0, den > 0.
 */
export function roundRational(num: bigint, den: bigint, e2: number): number {
  if (num === 0n) return 0;
  const la = bitLength(num), lb = bitLength(den);
  const e = la - lb;
  let fl: number;
  if (e >= 0) fl = num >= (den << BigInt(e)) ? e : e - 1;
  else fl = (num << BigInt(-e)) >= den ? e : e - 1;
  const E = fl + e2;
  if (E >= 1024) return Infinity;
  if (E < -1076) return 0;
  const ulpExp = Math.max(E - 52, -1074);
  const s = e2 - ulpExp;
  let n = num, d = den;
  if (s >= 0) n <<= BigInt(s); else d <<= BigInt(-s);
  let q = n / d;
  const r = n - q * d;
  const r2 = r << 1n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) q += 1n;
  return Number(q) * pow2(ulpExp);
}

/** int -> float (correctly rounded); Infinity when too large */
export function intToFloat(v: IntVal): number {
  return typeof v === 'number' ? v : Number(v);
}

/** int / int, correctly rounded (b != 0); +-Infinity when the result is too large for a float */
export function intTrueDivide(a: IntVal, b: IntVal): number {
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const x = toBig(a), y = toBig(b);
  const negative = (x < 0n) !== (y < 0n);
  const r = roundRational(x < 0n ? -x : x, y < 0n ? -y : y, 0);
  return negative ? -r : r;
}

/** compare an int with a float exactly: -1, 0, 1, or NaN when f is a NaN */
export function compareIntFloat(i: IntVal, f: number): number {
  if (f !== f) return NaN;
  if (typeof i === 'number') return i < f ? -1 : i > f ? 1 : 0;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (i < bf) return -1;
  if (i > bf) return 1;
  return fl === f ? 0 : -1;
}

/** int(x) for a finite float: truncation toward zero */
export function floatToInt(x: number): IntVal {
  const t = Math.trunc(x);
  if (t >= -SAFE && t <= SAFE) return t === 0 ? 0 : t;
  return BigInt(t);
}

/** x.as_integer_ratio() for a finite float */
export function floatAsRatio(x: number): [IntVal, IntVal] {
  if (x === 0) return [0, 1];
  const d = decompose(Math.abs(x));
  let m = d.m, e = d.e;
  while (m % 2 === 0 && e < 0) { m /= 2; e++; }
  const sm = x < 0 ? -m : m;
  if (e >= 0) return [normBig(BigInt(sm) << BigInt(e)), 1];
  return [sm, normBig(1n << BigInt(-e))];
}

/** CPython's _Py_HashDouble for a finite float (the value mod 2^61 - 1, with sign) */
export function floatHash(x: number): number {
  if (Number.isInteger(x) && x >= -SAFE && x <= SAFE) return x === -1 ? -2 : x === 0 ? 0 : x;
  if (x === 0) return 0;
  const d = decompose(Math.abs(x));
  let h = BigInt(d.m) % HASH_MODULUS;
  const ee = ((d.e % 61) + 61) % 61;
  h = (h << BigInt(ee)) % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return hashOut(h);
}

// =====================================================================================
// float arithmetic
// =====================================================================================

/** x % y with Python's sign rule (y != 0) */
export function floatMod(vx: number, wx: number): number {
  let mod = vx % wx;
  if (mod !== 0) { // (C's `if (mod)`: true for a NaN)
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  return mod;
}

/** [x // y, x % y] as CPython's _float_div_mod (y != 0) */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) { // (C's `if (mod)`: true for a NaN)
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

const isOddInteger = (x: number): boolean => Math.abs(x) % 2 === 1;

/**
 * float ** float as CPython's float_pow. Returns a number, or 'complex' (a negative base with a
 * non-integral exponent: the caller computes the complex power), 'zerodiv' (0.0 to a negative
 * power) or 'overflow' (OverflowError (34, 'Numerical result out of range')).
 */
export function floatPow(iv: number, iw: number): number | 'complex' | 'zerodiv' | 'overflow' {
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if ((iw > 0) === (a > 1.0)) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) return 'zerodiv';
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return 'complex';
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix = libmPow(iv, iw);
  if (negate) ix = -ix;
  if (!Number.isFinite(ix)) return 'overflow';
  return ix;
}

// =====================================================================================
// pow, exp, log: correctly rounded through double-double arithmetic
// =====================================================================================


const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const ATANH_TERMS = 26;
const ODD_RECIP: DD[] = [];
for (let k = 0; k <= ATANH_TERMS; k++) ODD_RECIP.push(ddDiv([1, 0], [2 * k + 1, 0]));
const EXP_TERMS = 11;
const FACT_RECIP: DD[] = [[1, 0]];
for (let k = 1; k <= EXP_TERMS; k++) FACT_RECIP.push(ddDiv(FACT_RECIP[k - 1], [k, 0]));

/** ln(x) as a double-double, for finite x > 0 */
function ddLog(x: number): DD {
  const d = decompose(x);
  // x = f * 2^k with f in [sqrt(1/2), sqrt(2))
  const bl = bitLength(d.m);
  let k = d.e + bl - 1;
  let f = d.m / 2 ** (bl - 1); // [1, 2): exact
  if (f > Math.SQRT2) { f /= 2; k += 1; }
  const num: DD = [f - 1, 0]; // exact (Sterbenz)
  const den = twoSum(f, 1);
  const t = ddDiv(num, den);
  const u = ddMul(t, t);
  let p: DD = ODD_RECIP[ATANH_TERMS];
  for (let i = ATANH_TERMS - 1; i >= 0; i--) p = ddAdd(ddMul(p, u), ODD_RECIP[i]);
  const lnf = ddMulD(ddMul(t, p), 2);
  return ddAdd(ddMulD(LN2, k), lnf);
}

/** exp(z) = (hi + lo) * 2^k for a double-double z of moderate size */
function ddExp(z: DD): { v: DD; k: number } {
  const k = Math.round(z[0] / LN2[0]);
  let r = ddAdd(z, ddMulD(LN2, -k));
  r = [r[0] / 1024, r[1] / 1024];
  // expm1(r) by Taylor
  let p: DD = FACT_RECIP[EXP_TERMS];
  for (let i = EXP_TERMS - 1; i >= 1; i--) p = ddAdd(ddMul(p, r), FACT_RECIP[i]);
  let e = ddMul(p, r);
  for (let i = 0; i < 10; i++) e = ddAdd(ddMulD(e, 2), ddMul(e, e));
  return { v: ddAdd([1, 0], e), k };
}

/** (hi + lo) * 2^k correctly rounded (hi > 0) */
function roundDD(v: DD, k: number): number {
  const hi = v[0], lo = v[1];
  const e = Math.floor(Math.log2(hi)) + k;
  if (e > -1021 && e < 1022) return hi * pow2(k);
  if (e >= 1025) return Infinity;
  if (e < -1080) return 0;
  // subnormal (or border) range: exact rational rounding
  const dh = decompose(hi);
  let num = BigInt(dh.m);
  let exp = dh.e;
  if (lo !== 0) {
    const dl = decompose(Math.abs(lo));
    const shift = exp - dl.e;
    if (shift > 0) {
      num <<= BigInt(shift);
      exp = dl.e;
      num += lo < 0 ? -BigInt(dl.m) : BigInt(dl.m);
    } else {
      num += (lo < 0 ? -BigInt(dl.m) : BigInt(dl.m)) << BigInt(-shift);
    }
  }
  return roundRational(num, 1n, exp + k);
}

/** pow(x, y) for finite x > 0 (x != 1), finite y != 0, correctly rounded */
export function libmPow(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    const d = decompose(x);
    const n = Math.abs(y);
    const M = BigInt(d.m) ** BigInt(n);
    const E = d.e * n;
    return y > 0 ? roundRational(M, 1n, E) : roundRational(1n, M, -E);
  }
  if (y === 0.5) return Math.sqrt(x);
  const lx = ddLog(x);
  const z = ddMulD(lx, y);
  if (z[0] > 710) return Infinity;
  if (z[0] < -746) return 0;
  const { v, k } = ddExp(z);
  return roundDD(v, k);
}

/** exp(x), correctly rounded (CPython calls libm's exp) */
export function libmExp(x: number): number {
  if (x !== x) return x;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  if (x === 0) return 1;
  const { v, k } = ddExp([x, 0]);
  return roundDD(v, k);
}

/** log(x), correctly rounded for finite x > 0 */
export function libmLog(x: number): number {
  if (x === 1) return 0;
  if (!(x > 0) || !Number.isFinite(x)) return Math.log(x);
  return ddLog(x)[0];
}

// ---------------------------------------------------------------- atan2, sin, cos (correctly rounded)

const PI: DD = [3.141592653589793, 1.2246467991473532e-16];
const PI_2: DD = [1.5707963267948966, 6.123233995736766e-17];

function ddSqrt(a: DD): DD {
  if (a[0] <= 0) return [0, 0];
  const s = Math.sqrt(a[0]);
  const p = twoProd(s, s);
  const r = ddAdd(a, [-p[0], -p[1]]);
  return quickTwoSum(s, r[0] / (2 * s));
}

/** atan(t) for a double-double t >= 0 */
function ddAtan(t: DD): DD {
  if (t[0] === Infinity) return PI_2;
  let invert = false;
  if (t[0] > 1) {
    t = ddDiv([1, 0], t);
    invert = true;
  }
  // three halvings: atan(t) = 2 atan(t / (1 + sqrt(1 + t^2)))
  for (let i = 0; i < 3; i++) {
    const root = ddSqrt(ddAdd([1, 0], ddMul(t, t)));
    t = ddDiv(t, ddAdd([1, 0], root));
  }
  const u = ddMul(t, t);
  let p: DD = ODD_RECIP[18];
  for (let i = 17; i >= 0; i--) {
    const c = ODD_RECIP[i];
    p = ddAdd(ddMul(p, [-u[0], -u[1]]), c);
  }
  let a = ddMulD(ddMul(t, p), 8);
  if (invert) a = ddAdd(PI_2, [-a[0], -a[1]]);
  return a;
}

/** atan2(y, x) correctly rounded (glibc's is), with C99's special cases */
export function libmAtan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const sy = y < 0 || Object.is(y, -0) ? -1 : 1;
  if (y === 0) {
    if (x > 0 || Object.is(x, 0)) return y;
    return sy * PI[0];
  }
  if (x === 0) return sy * PI_2[0];
  if (!Number.isFinite(y)) {
    if (x === Infinity) return sy * 0.7853981633974483;
    if (x === -Infinity) return sy * 2.356194490192345;
    return sy * PI_2[0];
  }
  if (x === Infinity) return sy * 0;
  if (x === -Infinity) return sy * PI[0];
  const ay = Math.abs(y), ax = Math.abs(x);
  let a: DD;
  const q = ay / ax;
  if (q < 2 ** -600 && x > 0) {
    // atan(t) = t to far below half an ulp: the correctly rounded quotient (subnormals included)
    const dy = decompose(ay), dx = decompose(ax);
    return sy * roundRational(BigInt(dy.m), BigInt(dx.m), dy.e - dx.e);
  }
  if (q > 2 ** 600) a = PI_2;
  else a = ddAtan(ddDiv([ay, 0], [ax, 0]));
  if (x < 0) a = ddAdd(PI, [-a[0], -a[1]]);
  return sy * a[0];
}

const TRIG_TERMS = 34;
const TRIG_RECIP: DD[] = [[1, 0]];
for (let k = 1; k <= TRIG_TERMS; k++) TRIG_RECIP.push(ddDiv(TRIG_RECIP[k - 1], [k, 0]));

const TRIG_F = 1400;
let pio2Fixed = 0n;

/** pi/2 * 2^TRIG_F, computed once (Machin's formula) */
function pio2(): bigint {
  if (pio2Fixed !== 0n) return pio2Fixed;
  const scale = 1n << BigInt(TRIG_F + 16);
  const atanInv = (n: bigint): bigint => {
    let sum = 0n, term = scale / n, k = 0n;
    const n2 = n * n;
    while (term !== 0n) {
      sum += (k % 2n === 0n ? term : -term) / (2n * k + 1n);
      term /= n2;
      k++;
    }
    return sum;
  };
  const pi = 16n * atanInv(5n) - 4n * atanInv(239n);
  pio2Fixed = (pi >> 16n) / 2n;
  return pio2Fixed;
}

/** x = k * pi/2 + r for a finite double x >= 0: [k mod 4, r as a double-double] */
function reduceHalfPi(x: number): [number, DD] {
  if (x < 0.7853981633974483) return [0, [x, 0]];
  const d = decompose(x);
  const P = pio2();
  const X = BigInt(d.m) << BigInt(d.e + TRIG_F);
  let k = X / P;
  let rem = X - k * P;
  if (2n * rem > P) {
    k += 1n;
    rem -= P;
  }
  const neg = rem < 0n;
  const ar = neg ? -rem : rem;
  const hi = roundRational(ar, 1n, -TRIG_F);
  let lo = 0;
  if (hi !== 0) {
    const dh = decompose(hi);
    const rest = ar - (BigInt(dh.m) << BigInt(dh.e + TRIG_F));
    lo = rest < 0n ? -roundRational(-rest, 1n, -TRIG_F) : roundRational(rest, 1n, -TRIG_F);
  }
  const r: DD = neg ? [-hi, -lo] : [hi, lo];
  return [Number(k % 4n), r];
}

function ddSinSmall(r: DD): DD {
  const u = ddMul(r, r);
  let p: DD = TRIG_RECIP[33];
  for (let k = 31; k >= 1; k -= 2) p = ddAdd(ddMul(p, [-u[0], -u[1]]), TRIG_RECIP[k]);
  return ddMul(p, r);
}

function ddCosSmall(r: DD): DD {
  const u = ddMul(r, r);
  let p: DD = TRIG_RECIP[34];
  for (let k = 32; k >= 0; k -= 2) p = ddAdd(ddMul(p, [-u[0], -u[1]]), TRIG_RECIP[k]);
  return p;
}

/** sin(x) correctly rounded (glibc's is) */
export function libmSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const ax = Math.abs(x);
  if (ax < 2 ** -26) return x;
  const [k, r] = reduceHalfPi(ax);
  let v: DD;
  switch (k) {
    case 0: v = ddSinSmall(r); break;
    case 1: v = ddCosSmall(r); break;
    case 2: v = ddSinSmall(r); v = [-v[0], -v[1]]; break;
    default: v = ddCosSmall(r); v = [-v[0], -v[1]]; break;
  }
  return x < 0 ? -v[0] : v[0];
}

/** cos(x) correctly rounded (glibc's is) */
export function libmCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const ax = Math.abs(x);
  if (ax < 2 ** -27) return 1;
  const [k, r] = reduceHalfPi(ax);
  let v: DD;
  switch (k) {
    case 0: v = ddCosSmall(r); break;
    case 1: v = ddSinSmall(r); v = [-v[0], -v[1]]; break;
    case 2: v = ddCosSmall(r); v = [-v[0], -v[1]]; break;
    default: v = ddSinSmall(r); break;
  }
  return v[0];
}

/** glibc 2.36's hypot (the non-FMA kernel), bit for bit */
export function libmHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  let ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    ax = hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
    return ax;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

const HYPOT_SCALE = 2 ** -600, HYPOT_LARGE = 2 ** 511, HYPOT_TINY = 2 ** -511, HYPOT_EPS = 2 ** -54;

function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number, t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

// =====================================================================================
// rounding
// =====================================================================================

/** round(x) to the nearest integer, halves to even (x finite), as a double */
export function roundHalfEven(x: number): number {
  let r = Math.round(x); // halves up
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2.0 * Math.round(x / 2.0);
  return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
}

const NDIGITS_MAX = 323, NDIGITS_MIN = -308;

/**
 * round(x, ndigits) as CPython's double_round: the exact value rounded half-even to ndigits
 * decimal places, read back correctly rounded. Infinity (with x's sign) means OverflowError
 * "rounded value too large to represent".
 */
export function floatRound(x: number, ndigits: number): number {
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  if (x === 0 || !Number.isFinite(x)) return x;
  const d = decompose(Math.abs(x));
  let num = BigInt(d.m), den = 1n;
  if (d.e >= 0) num <<= BigInt(d.e); else den <<= BigInt(-d.e);
  const p10 = 10n ** BigInt(Math.abs(ndigits));
  if (ndigits >= 0) num *= p10; else den *= p10;
  let q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  const r = ndigits >= 0 ? roundRational(q, p10, 0) : roundRational(q * p10, 1n, 0);
  return x < 0 ? -r : r;
}

// =====================================================================================
// float <-> str
// =====================================================================================

const FLOAT_RE = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i;

/**
 * float(s) for a str (already through transformDecimalAndSpace): underscores only between
 * digits, surrounding whitespace, decimal or inf/infinity/nan. null when invalid.
 */
export function parseFloatString(s: string): number | null {
  if (s.indexOf('_') >= 0) {
    let out = '';
    let prev = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '_') {
        if (!(prev >= '0' && prev <= '9')) return null;
      } else {
        out += c;
        if (prev === '_' && !(c >= '0' && c <= '9')) return null;
      }
      prev = c;
    }
    if (prev === '_') return null;
    s = out;
  }
  let i = 0, j = s.length;
  while (i < j && isAsciiSpace(s.charCodeAt(i))) i++;
  while (j > i && isAsciiSpace(s.charCodeAt(j - 1))) j--;
  return parseFloatCore(s.slice(i, j));
}

/** the core of PyOS_string_to_double: the whole string must be a number (no whitespace) */
export function parseFloatCore(t: string): number | null {
  if (!FLOAT_RE.test(t)) return null;
  const neg = t[0] === '-';
  const body = t[0] === '+' || t[0] === '-' ? t.slice(1) : t;
  const c = body[0];
  if (c === 'i' || c === 'I') return neg ? -Infinity : Infinity;
  if (c === 'n' || c === 'N') return NaN;
  return Number(t);
}

/** float.hex() */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const neg = x < 0 || Object.is(x, -0);
  if (x === 0) return neg ? '-0x0.0p+0' : '0x0.0p+0';
  f64[0] = Math.abs(x);
  const hi = u32[HI], lo = u32[LO];
  const expField = (hi >>> 20) & 0x7ff;
  const mant = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  const lead = expField === 0 ? '0' : '1';
  const e = expField === 0 ? -1022 : expField - 1023;
  return `${neg ? '-' : ''}0x${lead}.${mant}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/**
 * float.fromhex(s): a number, null (ValueError "invalid hexadecimal floating-point string") or
 * 'overflow' (OverflowError "hexadecimal value too large to represent as a float").
 */
export function floatFromHex(s: string): number | null | 'overflow' {
  let i = 0, j = s.length;
  while (i < j && isAsciiSpace(s.charCodeAt(i))) i++;
  while (j > i && isAsciiSpace(s.charCodeAt(j - 1))) j--;
  let t = s.slice(i, j);
  let neg = false;
  if (t[0] === '+' || t[0] === '-') { neg = t[0] === '-'; t = t.slice(1); }
  const lower = t.toLowerCase();
  if (lower === 'inf' || lower === 'infinity') return neg ? -Infinity : Infinity;
  if (lower === 'nan') return NaN;
  const m = /^(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/.exec(t);
  if (m === null) return null;
  const ip = m[1], fp = m[2] ?? '';
  if (ip.length + fp.length === 0) return null;
  let exp = m[3] !== undefined ? Number(m[3]) : 0;
  if (!Number.isFinite(exp) || Math.abs(exp) > 1e15) exp = exp > 0 ? 1e15 : -1e15;
  const digits = (ip + fp).replace(/^0+/, '');
  if (digits.length === 0) return neg ? -0 : 0;
  const M = BigInt('0x' + digits);
  const e2 = exp - 4 * fp.length;
  const top = bitLength(M) + e2; // value in [2^(top-1), 2^top)
  if (top > 1025) return 'overflow';
  if (top < -1100) return neg ? -0 : 0;
  const r = roundRational(M, 1n, e2);
  if (r === Infinity) return 'overflow';
  return neg ? -r : r;
}

// =====================================================================================
// complex
// =====================================================================================

export interface Cx { re: number; im: number }

/** _Py_c_quot; null for division by zero */
export function cQuot(a: Cx, b: Cx): Cx | null {
  const absBr = b.re < 0 ? -b.re : b.re;
  const absBi = b.im < 0 ? -b.im : b.im;
  if (absBr >= absBi) {
    if (absBr === 0.0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

export function cProd(a: Cx, b: Cx): Cx {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

function cPowu(x: Cx, n: number): Cx {
  let r: Cx = { re: 1, im: 0 };
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r, p);
    mask <<= 1;
    p = cProd(p, p);
  }
  return r;
}

/**
 * _Py_c_pow; 'zerodiv' when 0 is raised to a negative or complex power, or when libm reports a
 * domain error (EDOM: cos/sin of an infinite phase), which CPython reports the same way
 */
function cPowGeneral(a: Cx, b: Cx): Cx | 'zerodiv' {
  if (b.re === 0 && b.im === 0) return { re: 1, im: 0 };
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) return 'zerodiv';
    return { re: 0, im: 0 };
  }
  const vabs = libmHypot(a.re, a.im);
  let len = cPowReal(vabs, b.re);
  const at = libmAtan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= libmExp(at * b.im);
    phase += b.im * libmLog(vabs);
  }
  if (phase === Infinity || phase === -Infinity) return 'zerodiv';
  return { re: len * libmCos(phase), im: len * libmSin(phase) };
}

/** C pow() for the complex power's modulus (any finite/non-finite inputs) */
function cPowReal(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (x > 0 && Number.isFinite(x) && Number.isFinite(y)) return libmPow(x, y);
  return Math.pow(x, y);
}

/**
 * complex ** complex as CPython's complex_pow: integral exponents up to 100 by repeated
 * multiplication, else the polar formula. 'zerodiv' -> ZeroDivisionError "0.0 to a negative or
 * complex power"; 'overflow' -> OverflowError "complex exponentiation".
 */
export function cPow(a: Cx, b: Cx): Cx | 'zerodiv' | 'overflow' {
  let p: Cx | 'zerodiv';
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    if (n > 0) p = cPowu(a, n);
    else if (n === 0) p = { re: 1, im: 0 };
    else {
      const q = cQuot({ re: 1, im: 0 }, cPowu(a, -n));
      p = q === null ? 'zerodiv' : q;
    }
  } else {
    p = cPowGeneral(a, b);
  }
  if (p === 'zerodiv') return p;
  // _Py_ADJUST_ERANGE2: an infinite part is an ERANGE error, whatever the inputs
  if (Math.abs(p.re) === Infinity || Math.abs(p.im) === Infinity) return 'overflow';
  return p;
}

/** abs(complex): _Py_c_abs; Infinity from finite parts means OverflowError "absolute value too large" */
export function cAbs(z: Cx): number {
  if (!Number.isFinite(z.re) || !Number.isFinite(z.im)) {
    if (Math.abs(z.re) === Infinity) return Infinity;
    if (Math.abs(z.im) === Infinity) return Infinity;
    return NaN;
  }
  return libmHypot(z.re, z.im);
}

/** the longest prefix of t from `pos` that strtod reads as a float: [value, end] or null */
function scanFloat(t: string, pos: number): [number, number] | null {
  const re = /[+-]?(?:infinity|inf|nan|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/iy;
  re.lastIndex = pos;
  const m = re.exec(t);
  if (m === null) return null;
  return [parseFloatCore(m[0])!, pos + m[0].length];
}

/**
 * complex(s) for a str (after transformDecimalAndSpace), as CPython's complex_from_string:
 * optional whitespace and parentheses around <float>, <float>j, <float><signed-float>j,
 * <float><sign>j, <sign>j or j. Underscores only between digits. null when malformed.
 */
export function parseComplexString(s: string): Cx | null {
  if (s.indexOf('_') >= 0) {
    let out = '';
    let prev = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '_') {
        if (!(prev >= '0' && prev <= '9')) return null;
      } else {
        out += c;
        if (prev === '_' && !(c >= '0' && c <= '9')) return null;
      }
      prev = c;
    }
    if (prev === '_') return null;
    s = out;
  }
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  let x = 0, y = 0;
  const first = scanFloat(s, i);
  if (first !== null) {
    const z = first[0];
    i = first[1];
    if (s[i] === '+' || s[i] === '-') {
      x = z;
      const second = scanFloat(s, i);
      if (second !== null) {
        y = second[0];
        i = second[1];
      } else {
        y = s[i] === '+' ? 1.0 : -1.0;
        i++;
      }
      if (s[i] !== 'j' && s[i] !== 'J') return null;
      i++;
    } else if (s[i] === 'j' || s[i] === 'J') {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (s[i] === '+' || s[i] === '-') {
      y = s[i] === '+' ? 1.0 : -1.0;
      i++;
    } else {
      y = 1.0;
    }
    if (s[i] !== 'j' && s[i] !== 'J') return null;
    i++;
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (bracket) {
    if (s[i] !== ')') return null;
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  if (i !== n) return null;
  return { re: x, im: y };
}
