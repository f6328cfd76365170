// LAYER: modules. The C library functions math.ts needs that must give glibc's results, where
// V8's own (fdlibm ports, no exp2 at all) differ in the last digit for a few percent of inputs:
//
//  * exp, log, pow, sin, cos, exp2 correctly rounded (crExp...), computed in double-double
//    arithmetic (about 104 bits) and rounded once. glibc's are correctly rounded but for about one
//    input in a thousand, so the results agree with python3's for all but those. They feed
//    CPython's own gamma and lgamma (math.ts), and erf/erfc below, as glibc's feed CPython's.
//  * cbrt, log1p, erf, erfc, asinh, acosh, atanh: glibc's own algorithms (glibc 2.36, the C
//    library python3 runs on here: fdlibm's, with glibc's evaluation order; log1p as the FMA
//    variant x86-64 processors with FMA run, through an emulated fma), which are not correctly
//    rounded, so that their results are glibc's to the bit (where they call exp or log, up to
//    those functions' own rare differences).

import { type DD, twoSum, fastTwoSum, split, twoProd, ddAdd, ddMul, ddMulD, ddDiv } from '../objects/doubledouble.js';

// ---------------------------------------------------------------- bits of a double

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] is the high word

function highWord(x: number): number { f64[0] = x; return u32[1] | 0; }
function withHighWord(x: number, hi: number): number { f64[0] = x; u32[1] = hi; return f64[0]; }
function withLowWordZero(x: number): number { f64[0] = x; u32[0] = 0; return f64[0]; }

/** frexp: [m, e] with x = m * 2**e, 0.5 <= |m| < 1 (x finite and non-zero) */
export function frexp(x: number): [number, number] {
  let e = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) { x *= 18014398509481984; e = -54; } // (2**54: subnormals)
  const hx = highWord(x);
  e += ((hx >>> 20) & 0x7ff) - 1022;
  return [withHighWord(x, (hx & 0x800fffff) | 0x3fe00000), e];
}

/** ldexp: x * 2**e, rounded once when the result is subnormal */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return roundScaled(x, 0, e);
}


/**
 * (hi + lo) * 2**k rounded once to a double: exact scaling of the rounded sum in the normal range,
 * rounding to the subnormal grid (half to even) below it
 */
function roundScaled(hi: number, lo: number, k: number): number {
  const [s, t] = fastTwoSum(hi, lo);
  if (s === 0) return s;
  const [, e] = frexp(s);
  // (s is already the rounded sum; scaling it is exact unless it overflows, in the normal range)
  if (e + k > -1022) return scaleExact(s, k);
  // in units of the smallest subnormal, 2**-1074: round s + t to an integer
  const S = scaleExact(s, k + 1074), T = scaleExact(t, k + 1074);
  const f = Math.floor(S);
  const frac = (S - f) + T;
  let n = f;
  if (frac > 0.5 || (frac === 0.5 && f % 2 !== 0)) n = f + 1;
  else if (frac < 0) n = f - (frac < -0.5 || (frac === -0.5 && f % 2 !== 0) ? 1 : 0);
  return scaleExact(n, -1074);
}

/** x * 2**k for a result known to be exact (or to overflow), in steps that stay in range */
function scaleExact(x: number, k: number): number {
  while (k > 1000) { x *= Math.pow(2, 1000); k -= 1000; }
  while (k < -1000) { x *= Math.pow(2, -1000); k += 1000; }
  return x * Math.pow(2, k);
}

// ---------------------------------------------------------------- fma

const u64 = new BigUint64Array(f64.buffer);

/** a + b rounded to odd: the nearest double whose last bit is 1 when the sum is inexact */
function addRoundToOdd(a: number, b: number): number {
  const [s, e] = twoSum(a, b);
  if (e === 0 || !Number.isFinite(s)) return s;
  f64[0] = s;
  if ((u32[0] & 1) === 1) return s;
  // (even and inexact: one step toward the exact sum, away from or toward zero)
  u64[0] = (s > 0) === (e > 0) ? u64[0] + 1n : u64[0] - 1n;
  return f64[0];
}

/**
 * fma(a, b, c): a*b + c rounded once, as the FMA instructions glibc's x86-64 variants are compiled
 * to (Boldo and Melquiond's emulation: the exact product, a two-sum, an addition rounded to odd)
 */
export function fma(a: number, b: number, c: number): number {
  const [ph, pl] = twoProd(a, b);
  if (!Number.isFinite(ph)) return a * b + c;
  const [th, tl] = twoSum(c, ph);
  return th + addRoundToOdd(pl, tl);
}

// ---------------------------------------------------------------- exp

// ln 2 in three pieces, the first two of 32 bits (k * piece is exact for |k| < 2**21)
const LN2_1 = 0.6931471806019545, LN2_2 = -4.200915072890502e-11, LN2_3 = 2.0941744292700725e-21;
const LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;

/** exp(a) as [hi, lo, k]: (hi + lo) * 2**k, for |a| below about 746 */
function expScaled(a: DD): [number, number, number] {
  const k = Math.round(a[0] / LN2_HI);
  // r = a - k ln2, exactly in its first step (Sterbenz), to about 2**-110 after
  let r: DD = twoSum(a[0] - k * LN2_1, -k * LN2_2);
  r = ddAdd(r, [-k * LN2_3, 0]);
  r = ddAdd(r, [a[1], 0]);
  // exp(r) - 1 for r / 1024 by its Taylor series, then squared back ten times: (1+e)**2 - 1 = 2e + e*e
  const SQUARINGS = 10;
  const rs: DD = [r[0] / 1024, r[1] / 1024];
  let e: DD = [0, 0];
  for (let n = 10; n >= 1; n--) {
    // e = rs/n * (1 + e)
    e = ddMul(ddDivN(rs, n), ddAdd([1, 0], e));
  }
  for (let i = 0; i < SQUARINGS; i++) e = ddAdd(ddMulD(e, 2), ddMul(e, e));
  const one = ddAdd([1, 0], e);
  return [one[0], one[1], k];
}

function ddDivN(a: DD, n: number): DD {
  return ddDiv(a, [n, 0]);
}

/** exp(x), correctly rounded (NaN, infinities and out-of-range arguments as C's exp) */
export function crExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  const [hi, lo, k] = expScaled([x, 0]);
  return roundScaled(hi, lo, k);
}

/** 2**x, correctly rounded */
export function crExp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= 1024) return Infinity;
  if (x < -1075) return 0;
  const k = Math.round(x);
  const r = x - k; // (exact)
  if (r === 0) return ldexp(1, k);
  const [hi, lo, k2] = expScaled(ddMul(twoProd(r, 1), [LN2_HI, LN2_LO]));
  return roundScaled(hi, lo, k + k2);
}

// ---------------------------------------------------------------- log

const SQRT_HALF = 0.7071067811865476;

let invOdds: DD[] | null = null;

/** 1/(2n+1) for n up to 24, in double-double */
function inverseOdds(): DD[] {
  if (invOdds === null) invOdds = Array.from({ length: 25 }, (_, n) => ddDiv([1, 0], [2 * n + 1, 0]));
  return invOdds;
}

/** log(x) in double-double, x positive and finite */
function logDD(x: number): DD {
  let [m, e] = frexp(x); // 0.5 <= m < 1
  if (m < SQRT_HALF) { m *= 2; e -= 1; }
  // log(m) = log1p(f) = 2 atanh(s), s = f / (2 + f): |s| < 0.172, a series in s*s
  const f = m - 1; // (exact)
  const s = ddDiv([f, 0], twoSum(2, f));
  const s2 = ddMul(s, s);
  const inv = inverseOdds();
  let sum: DD = [0, 0];
  for (let n = 24; n >= 1; n--) sum = ddMul(ddAdd(inv[n], sum), s2);
  const logm = ddMulD(ddMul(s, ddAdd([1, 0], sum)), 2);
  if (e === 0) return logm;
  let r: DD = twoSum(e * LN2_1, e * LN2_2);
  r = ddAdd(r, [e * LN2_3, 0]);
  return ddAdd(r, logm);
}

/** log(x), correctly rounded (x <= 0, NaN and infinity as C's log) */
export function crLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  const r = logDD(x);
  return r[0] + r[1];
}

/** x**y for x > 0 finite and y finite, correctly rounded */
export function crPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  const l = logDD(x);
  const a = ddMul(l, twoProd(y, 1));
  if (a[0] > 709.8) return Infinity;
  if (a[0] < -745.2) return 0;
  const [hi, lo, k] = expScaled(a);
  return roundScaled(hi, lo, k);
}

// ---------------------------------------------------------------- sin, cos

// pi/2 in four pieces, the first three of 33 bits (k * piece is exact for |k| < 2**20)
const PIO2_1 = 1.5707963267341256, PIO2_2 = 6.077100506303966e-11, PIO2_3 = 2.0222662487111665e-21, PIO2_4 = 8.4784276603689e-32;
const PIO2 = 1.5707963267948966;

let invFactorials: DD[] | null = null;

/** 1/n! for n up to 31, in double-double */
function inverseFactorials(): DD[] {
  if (invFactorials !== null) return invFactorials;
  const t: DD[] = [[1, 0]];
  for (let n = 1; n <= 31; n++) t.push(ddDiv(t[n - 1], [n, 0]));
  invFactorials = t;
  return t;
}

/** sin(r) and cos(r) for |r| <= pi/4, by their Taylor series */
function sinCosDD(r: DD): [DD, DD] {
  const f = inverseFactorials();
  const r2 = ddMul(r, r);
  let s: DD = [0, 0], c: DD = [0, 0];
  for (let n = 15; n >= 1; n--) {
    const sign = n % 2 === 0 ? 1 : -1;
    s = ddMul(ddAdd([sign * f[2 * n + 1][0], sign * f[2 * n + 1][1]], s), r2);
    c = ddMul(ddAdd([sign * f[2 * n][0], sign * f[2 * n][1]], c), r2);
  }
  return [ddMul(r, ddAdd([1, 0], s)), ddAdd([1, 0], c)];
}

/** sin(x) (which 0) or cos(x) (which 1), correctly rounded for |x| < 2**20 * pi/2 (beyond, V8's) */
function sinOrCos(x: number, which: 0 | 1): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) >= 1647099.3291652855) return which === 0 ? Math.sin(x) : Math.cos(x);
  if (which === 0 && Math.abs(x) < 1.4901161193847656e-8) return x; // (|x| < 2**-26: x*x*x/6 is below half an ulp)
  const k = Math.round(x / PIO2);
  let r: DD = twoSum(x - k * PIO2_1, -k * PIO2_2);
  r = ddAdd(r, [-k * PIO2_3, 0]);
  r = ddAdd(r, [-k * PIO2_4, 0]);
  const [s, c] = sinCosDD(r);
  // x = k pi/2 + r: sin x = sin r, cos r, -sin r, -cos r for k = 0, 1, 2, 3 (mod 4); cos a quarter turn on
  const q = (((k + which) % 4) + 4) % 4;
  const v = q === 0 ? s : q === 1 ? c : q === 2 ? [-s[0], -s[1]] as DD : [-c[0], -c[1]] as DD;
  return v[0] + v[1];
}

export const crSin = (x: number): number => sinOrCos(x, 0);
export const crCos = (x: number): number => sinOrCos(x, 1);

// ---------------------------------------------------------------- glibc's algorithms

const CBRT2 = 1.2599210498948731648, SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** glibc's cbrt: a polynomial first guess, one rational (Halley) step, the exponent's cube root by table */
export function glibcCbrt(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = (0.354895765043919860
    + ((1.50819193781584896
      + ((-2.11499494167371287
        + ((2.44693122563534430
          + ((-1.83469277483613086
            + (0.784932344976639262 - 0.145263899385486377 * xm)
            * xm)
            * xm))
          * xm))
        * xm))
      * xm));
  const t2 = u * u * u;
  // (C's % and / truncate toward zero, as JavaScript's % and Math.trunc do)
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}

const LN2_HI_FD = 6.93147180369123816490e-01, LN2_LO_FD = 1.90821492927058770002e-10;
const LP1 = 6.666666666666735130e-01, LP2 = 3.999999999940941908e-01, LP3 = 2.857142874366239149e-01,
  LP4 = 2.222219843214978396e-01, LP5 = 1.818357216161805012e-01, LP6 = 1.531383769920937332e-01,
  LP7 = 1.479819860511658591e-01;

/**
 * glibc's log1p: fdlibm's, its polynomial evaluated in pairs, as x86-64's FMA variant computes it
 * (the one libm runs on a processor with FMA: each product feeding an addition is fused, as GCC
 * contracted them; read off its machine code)
 */
export function glibcLog1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1, f = 0, c = 0, hu = 0;
  if (hx < 0x3FDA827A) { // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1.0 ? -Infinity : NaN; // x <= -1.0
    if (ax < 0x3e200000) { // |x| < 2**-29
      if (ax < 0x3c900000) return x; // |x| < 2**-54
      return x - x * x * 0.5; // (fused, but the halving is exact: the same)
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) { k = 0; f = x; hu = 1; } // -0.2929 < x < 0.41422
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000); // normalize u
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000); // normalize u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) { // |f| < 2**-20
    if (f === 0) {
      if (k === 0) return 0;
      return fma(k, LN2_HI_FD, fma(k, LN2_LO_FD, c));
    }
    const R = fma(-f, 0.66666666666666666, 1.0) * hfsq;
    if (k === 0) return f - R;
    return fma(k, LN2_HI_FD, -((R - fma(k, LN2_LO_FD, c)) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z, z4 = z2 * z2, z6 = z4 * z2;
  const R2 = fma(z, LP3, LP2), R3 = fma(z, LP5, LP4), R4 = fma(z, LP7, LP6);
  const R = fma(z6, R4, fma(z4, R3, fma(z, LP1, z2 * R2)));
  const t = (hfsq + R) * s;
  if (k === 0) return f - (hfsq - t);
  return fma(k, LN2_HI_FD, -((hfsq - (t + fma(k, LN2_LO_FD, c))) - f));
}

const LN2 = 6.93147180559945286227e-01;

/** glibc's asinh: log(2|x|) for huge |x|, log(2|x| + 1/(|x| + sqrt(x*x+1))) above 2, log1p below */
export function glibcAsinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x; // |x| < 2**-28
  let w: number;
  if (ix > 0x41b00000) { // |x| > 2**28
    if (ix >= 0x7ff00000) return x + x; // inf or NaN
    w = crLog(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) { // 2**28 > |x| > 2.0
      w = crLog(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    } else { // 2.0 > |x| > 2**-28
      const t = xa * xa;
      w = glibcLog1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return x < 0 || Object.is(x, -0) ? -Math.abs(w) : Math.abs(w);
}

/** glibc's acosh (its 64-bit word comparisons): NaN below 1 */
export function glibcAcosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  if (x >= 268435456) { // x >= 2**28
    if (x === Infinity) return x;
    return crLog(x) + LN2; // acosh(huge) = log(2x)
  }
  if (x === 1) return 0;
  if (x > 2) {
    const t = x * x;
    return crLog(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  const t = x - 1.0;
  return glibcLog1p(t + Math.sqrt(2.0 * t + t * t));
}

/** glibc's atanh: 0.5 log1p(2x + 2x*x/(1-x)) below 0.5, 0.5 log1p(2x/(1-x)) above */
export function glibcAtanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x; // 2**-28
    t = xa + xa;
    t = 0.5 * glibcLog1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * glibcLog1p((xa + xa) / (1.0 - xa));
  } else {
    if (xa > 1.0 || Number.isNaN(x)) return NaN;
    return x / 0; // +-inf
  }
  return x < 0 || Object.is(x, -0) ? -t : t;
}

// erf and erfc: fdlibm's rational approximations (glibc's pairwise evaluation order)
const ERX = 8.45062911510467529297e-01, EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
  -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
  1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
  3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
  1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
  -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
  -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
  6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
  6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
  -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
  -4.83519191608651397019e+02];
const SB = [0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
  3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
  -2.24409524465858183362e+01];

/** erf's y with erf(x) = x + x*y, for |x| < 0.84375 */
function erfSmall(x: number): number {
  const z = x * x;
  const r1 = PP[0] + z * PP[1], z2 = z * z;
  const r2 = PP[2] + z * PP[3], z4 = z2 * z2;
  const s1 = 1.0 + z * QQ[1];
  const s2 = QQ[2] + z * QQ[3];
  const s3 = QQ[4] + z * QQ[5];
  const r = r1 + z2 * r2 + z4 * PP[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q with erf(1 + s) = erx + P/Q, for 0.84375 <= |x| < 1.25 */
function erfNearOne(ax: number): number {
  const s = ax - 1.0;
  const P1 = PA[0] + s * PA[1], s2 = s * s;
  const Q1 = 1.0 + s * QA[1], s4 = s2 * s2;
  const P2 = PA[2] + s * PA[3], s6 = s4 * s2;
  const Q2 = QA[2] + s * QA[3];
  const P3 = PA[4] + s * PA[5];
  const Q3 = QA[4] + s * QA[5];
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6];
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6];
  return P / Q;
}

/** erfc(ax) * ax for 1.25 <= ax < 28: exp(-z*z - 0.5625) * exp((z-ax)(z+ax) + R/S), z = ax with its low word cleared */
function erfcTail(ax: number, lowBound: number): number {
  const s = 1.0 / (ax * ax);
  let R: number, S: number;
  if (highWord(ax) < lowBound) { // |x| < 1/0.35
    const R1 = RA[0] + s * RA[1], s2 = s * s;
    const S1 = 1.0 + s * SA[1], s4 = s2 * s2;
    const R2 = RA[2] + s * RA[3], s6 = s4 * s2;
    const S2 = SA[2] + s * SA[3], s8 = s4 * s4;
    const R3 = RA[4] + s * RA[5];
    const S3 = SA[4] + s * SA[5];
    const R4 = RA[6] + s * RA[7];
    const S4 = SA[6] + s * SA[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8];
  } else { // |x| >= 1/0.35
    const R1 = RB[0] + s * RB[1], s2 = s * s;
    const S1 = 1.0 + s * SB[1], s4 = s2 * s2;
    const R2 = RB[2] + s * RB[3], s6 = s4 * s2;
    const S2 = SB[2] + s * SB[3];
    const R3 = RB[4] + s * RB[5];
    const S3 = SB[4] + s * SB[5];
    const S4 = SB[6] + s * SB[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6];
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = withLowWordZero(ax);
  return crExp(-z * z - 0.5625) * crExp((z - ax) * (z + ax) + R / S);
}

/** glibc's erf */
export function glibcErf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : (x > 0 ? 1 : -1); // erf(+-inf) = +-1
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3e300000) { // |x| < 2**-28
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x); // (no spurious underflow)
      return x + EFX * x;
    }
    return x + x * erfSmall(x);
  }
  if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
    const pq = erfNearOne(Math.abs(x));
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1; // |x| >= 6
  const ax = Math.abs(x);
  const r = erfcTail(ax, 0x4006DB6E);
  return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
}

/** glibc's erfc */
export function glibcErfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : (x > 0 ? 0 : 2); // erfc(+inf) = 0, erfc(-inf) = 2
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3c700000) return 1.0 - x; // |x| < 2**-56
    const y = erfSmall(x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y); // x < 1/4
    let r = x * y;
    r += (x - 0.5);
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
    const pq = erfNearOne(Math.abs(x));
    if (hx >= 0) return (1.0 - ERX) - pq;
    return 1.0 + (ERX + pq);
  }
  if (ix < 0x403c0000) { // |x| < 28
    if (hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300; // x < -6
    const ax = Math.abs(x);
    const r = erfcTail(ax, 0x4006DB6D);
    return hx > 0 ? r / ax : 2.0 - r / ax;
  }
  return hx > 0 ? 0 : 2.0 - 1e-300;
}

