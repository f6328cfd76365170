// LAYER: modules. `_random`: the Mersenne Twister (MT19937) generator under lib/random.py, seeded
// exactly as CPython's Modules/_randommodule.c seeds it, so `random.seed(n)` yields CPython's
// sequence.
//   _random.Random   value: MTState { mt: 624 32-bit words, index: the next word to hand out }
//
// The algorithm (Matsumoto & Nishimura, 1998): 624 words of state; every 624 draws the whole
// state is "twisted" (each word mixed with its neighbour and the word 397 ahead), and each word
// handed out is "tempered" by four shift-and-xor steps.
// Seeding: an int seed's absolute value is cut into 32-bit words, least significant first, and
// fed to init_by_array (the reference implementation's array seeding); any other object seeds
// with its hash taken as an unsigned 64-bit number. random() makes a 53-bit float from two draws
// (27 + 26 bits); getrandbits(k) fills k bits 32 at a time, least significant word first.

import { crypto } from '../lazynode.js';
import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { checkArity, noKeywords } from '../objects/args.js';
import { raiseTypeError, raiseValueError, raiseOverflowError } from '../objects/errors.js';
import { newInt, isInt, bigOf } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { newBytes, bufferArg } from '../objects/bytes.js';
import { None, none } from '../objects/singletons.js';
import { newTupleSteal, TupleType } from '../objects/tuple.js';
import { staticType, TPFLAGS_BASETYPE, PyType, isSubtype } from '../objects/type.js';
import { allocate, release } from '../objects/alloc.js';
import { method } from '../objects/define.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';

const N = 624, M = 397;
const MATRIX_A = 0x9908b0df, UPPER = 0x80000000, LOWER = 0x7fffffff;

interface MTState {
  mt: Uint32Array;
  index: number;
}

export const RandomType = staticType({ name: '_random.Random', basicsize: 2520, flags: TPFLAGS_BASETYPE });
RandomType.qualname = 'Random';

const stateOf = (o: PyObject): MTState => o.value as MTState;

function initGenrand(st: MTState, s: number): void {
  const mt = st.mt;
  mt[0] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  st.index = N;
}

function initByArray(st: MTState, key: number[]): void {
  initGenrand(st, 19650218);
  const mt = st.mt;
  let i = 1, j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
    i++; j++;
    if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
  }
  mt[0] = 0x80000000;
}

/** the next tempered 32-bit word */
function genrand(st: MTState): number {
  const mt = st.mt;
  if (st.index >= N) {
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    st.index = 0;
  }
  let y = mt[st.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** the 32-bit words of a non-negative bigint, least significant first (at least one) */
function words(n: bigint): number[] {
  const out: number[] = [];
  while (n > 0n) {
    out.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (out.length === 0) out.push(0);
  return out;
}

function seedWith(self: PyObject, arg: PyObject | null): void {
  const st = stateOf(self);
  if (arg === null || arg === None) {
    const key = new Uint32Array(N);
    crypto().randomFillSync(key);
    initByArray(st, Array.from(key));
    return;
  }
  let n: bigint;
  if (isInt(arg)) {
    n = bigOf(arg);
    if (n < 0n) n = -n;
  } else {
    const h = BigInt(A.hash(arg));
    n = h < 0n ? h + (1n << 64n) : h;
  }
  initByArray(st, words(n));
}

RandomType.new = (type: PyType, args: PyObject[], kwnames: string[] | null): PyObject => {
  if (type === RandomType) noKeywords('Random', kwnames);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 1) raiseTypeError('Random() requires 0 or 1 argument');
  const o = allocate(type, { mt: new Uint32Array(N), index: N + 1 } as MTState, null);
  try {
    seedWith(o, npos === 1 ? args[0] : null);
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
};
RandomType.dealloc = (o: PyObject): void => { release(o); };

method(RandomType, 'random', (self, args, kw) => {
  checkArity('random', args, kw, 0, 0);
  const st = stateOf(self);
  const a = genrand(st) >>> 5, b = genrand(st) >>> 6;
  return newFloat((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}, 'random() -> x in the interval [0, 1).');

method(RandomType, 'seed', (self, args, kw) => {
  checkArity('seed', args, kw, 0, 1);
  seedWith(self, args.length > 0 ? args[0] : null);
  return none();
}, 'seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.');

method(RandomType, 'getrandbits', (self, args, kw) => {
  checkArity('getrandbits', args, kw, 1, 1);
  const kObj = A.index(args[0]);
  const kBig = bigOf(kObj);
  decref(kObj);
  if (kBig < 0n) raiseValueError('number of bits must be non-negative');
  if (kBig > 0x7fffffffn) raiseOverflowError('Python int too large to convert to C int');
  let k = Number(kBig);
  const st = stateOf(self);
  if (k === 0) return newInt(0);
  if (k <= 32) return newInt(genrand(st) >>> (32 - k));
  let result = 0n;
  let shift = 0n;
  while (k > 0) {
    let r = genrand(st);
    if (k < 32) r >>>= 32 - k;
    result |= BigInt(r) << shift;
    shift += 32n;
    k -= 32;
  }
  return newInt(result);
}, 'getrandbits(k) -> x.  Generates an int with k random bits.');

method(RandomType, 'getstate', (self, args, kw) => {
  checkArity('getstate', args, kw, 0, 0);
  const st = stateOf(self);
  const items: PyObject[] = [];
  for (let i = 0; i < N; i++) items.push(newInt(st.mt[i]));
  items.push(newInt(st.index));
  return newTupleSteal(items);
}, 'getstate() -> tuple containing the current state.');

method(RandomType, 'setstate', (self, args, kw) => {
  checkArity('setstate', args, kw, 1, 1);
  const state = args[0];
  if (!isSubtype(state.type, TupleType)) raiseTypeError('state vector must be a tuple');
  const items = state.value as PyObject[];
  if (items.length !== N + 1) raiseValueError('state vector is the wrong size');
  const mt = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    const it = items[i];
    if (!isInt(it)) raiseTypeError(`an integer is required (got type ${it.type.name})`);
    const v = bigOf(it);
    if (v < 0n) raiseOverflowError("can't convert negative value to unsigned int");
    if (v > 0xffffffffffffffffn) raiseOverflowError('Python int too large to convert to C unsigned long');
    mt[i] = Number(v & 0xffffffffn);
  }
  const idxObj = items[N];
  if (!isInt(idxObj)) raiseTypeError(`an integer is required (got type ${idxObj.type.name})`);
  const index = bigOf(idxObj);
  if (index < 0n || index > BigInt(N)) raiseValueError('invalid state');
  const st = stateOf(self);
  st.mt = mt;
  st.index = Number(index);
  return none();
}, 'setstate(state) -> None.  Restores generator state.');

/** sha512(data) -> bytes: for random.seed's str/bytes seeds (version 2) */
function sha512(args: PyObject[], kw: string[] | null): PyObject {
  checkArity('_sha512', args, kw, 1, 1);
  const digest = crypto().createHash('sha512').update(bufferArg(args[0])).digest();
  return newBytes(new Uint8Array(digest));
}

export function makeRandomModule(): PyObject {
  const m = newModule('_random', None);
  moduleSet(m, 'Random', RandomType);
  const f = newBuiltinFunction('_sha512', sha512, '_random');
  moduleSet(m, '_sha512', f);
  decref(f);
  return m;
}
