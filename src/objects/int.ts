// LAYER: objects. The int type, core: creation, the small-int cache, size, hash.
//   value: a JS number when |n| <= 2^53 - 1 (the fast path), else a bigint. Every producer must
//          normalise with newInt(), which picks the representation.
// CPython 3.11: 30-bit digits, size 24 + 4 * max(1, ndigits). Small ints -5..256 are cached, with
// refcounts starting at 999,999,999 (static objects, still counted: not immortal in 3.11).

import { PyObject } from '../memory/object.js';
import { staticType, TPFLAGS_BASETYPE, TPFLAGS_LONG_SUBCLASS } from './type.js';
import { allocate, release } from './alloc.js';
import { STATIC_REFCNT } from './str.js';

export const IntType = staticType({
  name: 'int', basicsize: 24, itemsize: 4, flags: TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS,
});

const NSMALLNEG = 5, NSMALLPOS = 257;
const smallInts: PyObject[] = [];

/** number of 30-bit digits CPython uses for n (at least 1 in 3.11) */
export function intDigits(v: number | bigint): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a < 1073741824) return 1;
    if (a < 1152921504606846976) return 2;
    return Math.ceil(Math.floor(Math.log2(a) + 1) / 30);
  }
  let a = v < 0n ? -v : v;
  let d = 0;
  while (a > 0n) { a >>= 30n; d++; }
  return Math.max(1, d);
}

function makeInt(v: number | bigint): PyObject {
  return allocate(IntType, v, null, intDigits(v));
}

/** an int object (new reference) for a JS number (must be an integer) or bigint */
export function newInt(v: number | bigint): PyObject {
  if (typeof v === 'bigint') {
    if (v >= -9007199254740991n && v <= 9007199254740991n) v = Number(v);
    else return makeInt(v);
  }
  if (v >= -NSMALLNEG && v < NSMALLPOS) {
    const o = smallInts[v + NSMALLNEG];
    o.refcnt++;
    return o;
  }
  if (v === 0) v = 0; // -0 -> 0
  return makeInt(v);
}

export const isSmallInt = (v: number): boolean => v >= -NSMALLNEG && v < NSMALLPOS;

function intDealloc(o: PyObject): void {
  release(o);
}
IntType.dealloc = intDealloc;
IntType.sizeof = (o) => 24 + 4 * intDigits(o.value);

const MODULUS = (1n << 61n) - 1n; // _PyHASH_MODULUS

/** CPython's int hash: n mod (2^61 - 1) with the sign kept; -1 becomes -2 */
export function intHashValue(v: number | bigint): number {
  if (typeof v === 'number' && Math.abs(v) < 2305843009213693951) {
    if (v === -1) return -2;
    return v;
  }
  const b = BigInt(v);
  const neg = b < 0n;
  let h = (neg ? -b : b) % MODULUS;
  if (neg) h = -h;
  let r = Number(h);
  if (r === -1) r = -2;
  return r;
}
IntType.hash = (o) => intHashValue(o.value);

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
