// LAYER: objects. list.sort: CPython 3.11's timsort (Objects/listobject.c, Objects/listsort.txt),
// reproduced step for step so that the sequence of `<` comparisons — and therefore the result for
// inconsistent orders (NaN, __lt__ with side effects) and the number of key/compare calls — is the
// same as CPython's:
//   * natural runs (count_run: strictly descending runs are reversed), extended to minrun with
//     binary insertion sort;
//   * 3.11's powersort merge policy (found_new_run / powerloop) and merge_force_collapse;
//   * merge_lo / merge_hi with galloping (MIN_GALLOP 7, adaptive min_gallop);
//   * reverse=True sorts the reversed list and reverses the result (stability);
//   * key=: keys computed once, first to last; released first to last afterwards;
//   * the list is emptied during the sort (ob_item NULL, allocated -1); anything stored in it
//     meanwhile is discarded and "list modified during sort" raised.
// Memory is charged as CPython allocates it: the key array when the list has >= 128 items
// (else it fits in the MergeState's stack array), the merge temp array once a merge needs more
// than the stack array holds (256 pointers, or 128 pairs with keys).
// Comparisons: exact-int and exact-float keys compare their values directly and exact-str keys by
// code point (the pre-sort check's unsafe_long_compare / unsafe_float_compare /
// unsafe_latin_compare); tuples of those compare their first
// items the same way; everything else goes through PyObject_RichCompareBool(a, b, Py_LT).

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { allocBuffer, freeBuffer } from '../memory/heap.js';
import { LT } from './type.js';
import { raiseValueError, raiseTypeError, raiseOverflowError } from './errors.js';
import { richCompareBool, call } from './abstract.js';
import { None } from './singletons.js';
import { IntType } from './int.js';
import { FloatType } from './float.js';
import { StrType } from './str.js';
import { TupleType } from './tuple.js';
import { hasIndex, asSsize } from './slice.js';
import { sequenceList } from './list.js';

type Less = (a: PyObject, b: PyObject) => boolean;

const MIN_GALLOP = 7;
const MERGESTATE_TEMP_SIZE = 256;

const genericLess: Less = (a, b) => richCompareBool(a, b, LT);
/** unsafe_long_compare and unsafe_float_compare: the values' < (NaN compares false either way, as float's own <) */
const valueLess: Less = (a, b) => (a.value as number) < (b.value as number);

/** str comparison in code point order (JS compares UTF-16 units; fix up surrogates) */
export function strCodePointLess(x: string, y: string): boolean {
  if (x === y) return false;
  const n = x.length < y.length ? x.length : y.length;
  for (let i = 0; i < n; i++) {
    let c = x.charCodeAt(i), d = y.charCodeAt(i);
    if (c !== d) {
      if (c >= 0xd800 && d >= 0xd800) {
        c = c >= 0xe000 ? c - 0x800 : c + 0x2000;
        d = d >= 0xe000 ? d - 0x800 : d + 0x2000;
      }
      return c < d;
    }
  }
  return x.length < y.length;
}
const strLess: Less = (a, b) => strCodePointLess(a.value as string, b.value as string);

/** unsafe_tuple_compare: first differing item by ==, then < (the first item with the fast compare) */
function tupleLess(elemLess: Less): Less {
  return (v, w) => {
    const vt = v.value as PyObject[], wt = w.value as PyObject[];
    const vlen = vt.length, wlen = wt.length;
    let i = 0;
    for (; i < vlen && i < wlen; i++) {
      if (!richCompareBool(vt[i], wt[i], 2 /* EQ */)) break;
    }
    if (i >= vlen || i >= wlen) return vlen < wlen;
    if (i === 0) return elemLess(vt[0], wt[0]);
    return richCompareBool(vt[i], wt[i], LT);
  };
}

function chooseLess(keys: PyObject[], n: number): Less {
  if (n < 2) return genericLess;
  const t = keys[0].type;
  for (let i = 1; i < n; i++) if (keys[i].type !== t) return genericLess;
  if (t === IntType || t === FloatType) return valueLess;
  if (t === StrType) return strLess;
  if (t === TupleType) {
    const first: PyObject[] = [];
    for (let i = 0; i < n; i++) {
      const items = keys[i].value as PyObject[];
      if (items.length === 0) return genericLess;
      first.push(items[0]);
    }
    const ft = first[0].type;
    for (let i = 1; i < n; i++) if (first[i].type !== ft) return tupleLess(genericLess);
    return tupleLess(ft === IntType || ft === FloatType ? valueLess : ft === StrType ? strLess : genericLess);
  }
  return genericLess;
}

interface Run { base: number; len: number; power: number }

/** MergeState: K holds the keys (the items when there is no key function), V the items or null */
class MergeState {
  minGallop = MIN_GALLOP;
  pending: Run[] = [];
  alloced: number;
  tempBuf = 0;
  readonly multiplier: number;

  constructor(public K: PyObject[], public V: PyObject[] | null, public less: Less, public listlen: number) {
    if (V !== null) {
      this.alloced = Math.min((listlen + 1) >> 1, MERGESTATE_TEMP_SIZE / 2);
      this.multiplier = 2;
    } else {
      this.alloced = MERGESTATE_TEMP_SIZE;
      this.multiplier = 1;
    }
  }

  /** merge_getmem: only the memory accounting; the temp arrays are JS arrays */
  getmem(need: number): void {
    if (need <= this.alloced) return;
    this.freemem();
    this.tempBuf = allocBuffer(this.multiplier * need * 8);
    this.alloced = need;
  }

  freemem(): void {
    if (this.tempBuf !== 0) {
      freeBuffer(this.tempBuf);
      this.tempBuf = 0;
    }
  }

  // ---- galloping searches over arr[base .. base+n) ----

  gallopLeft(key: PyObject, arr: PyObject[], base: number, n: number, hint: number): number {
    const less = this.less;
    const a = base + hint;
    let lastofs = 0, ofs = 1;
    if (less(arr[a], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (less(arr[a + ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (less(arr[a - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (less(arr[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  gallopRight(key: PyObject, arr: PyObject[], base: number, n: number, hint: number): number {
    const less = this.less;
    const a = base + hint;
    let lastofs = 0, ofs = 1;
    if (less(key, arr[a])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (less(key, arr[a - ofs])) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (less(key, arr[a + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (less(key, arr[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  // ---- merging ----

  /** merge the na items at pa with the nb items at pb = pa + na; na <= nb */
  mergeLo(pa: number, na: number, pb: number, nb: number): void {
    const K = this.K, V = this.V, less = this.less;
    this.getmem(na);
    const tk = K.slice(pa, pa + na);
    const tv = V !== null ? V.slice(pa, pa + na) : null;
    let dest = pa, ia = 0, ib = pb;
    let copyB = false;
    try {
      K[dest] = K[ib]; if (V !== null) V[dest] = V[ib];
      dest++; ib++; nb--;
      if (nb === 0) return;
      if (na === 1) { copyB = true; return; }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0, bcount = 0;
        for (;;) {
          if (less(K[ib], tk[ia])) {
            K[dest] = K[ib]; if (V !== null) V[dest] = V[ib];
            dest++; ib++;
            bcount++; acount = 0;
            nb--;
            if (nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            K[dest] = tk[ia]; if (V !== null) V[dest] = tv![ia];
            dest++; ia++;
            acount++; bcount = 0;
            na--;
            if (na === 1) { copyB = true; return; }
            if (acount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(K[ib], tk, ia, na, 0);
          acount = k;
          if (k) {
            for (let j = 0; j < k; j++) {
              K[dest + j] = tk[ia + j];
              if (V !== null) V[dest + j] = tv![ia + j];
            }
            dest += k; ia += k; na -= k;
            if (na === 1) { copyB = true; return; }
            if (na === 0) return;
          }
          K[dest] = K[ib]; if (V !== null) V[dest] = V[ib];
          dest++; ib++; nb--;
          if (nb === 0) return;
          k = this.gallopLeft(tk[ia], K, ib, nb, 0);
          bcount = k;
          if (k) {
            for (let j = 0; j < k; j++) {
              K[dest + j] = K[ib + j];
              if (V !== null) V[dest + j] = V[ib + j];
            }
            dest += k; ib += k; nb -= k;
            if (nb === 0) return;
          }
          K[dest] = tk[ia]; if (V !== null) V[dest] = tv![ia];
          dest++; ia++; na--;
          if (na === 1) { copyB = true; return; }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyB) {
        // the last element of a belongs at the end of the merge
        for (let j = 0; j < nb; j++) {
          K[dest + j] = K[ib + j];
          if (V !== null) V[dest + j] = V[ib + j];
        }
        K[dest + nb] = tk[ia];
        if (V !== null) V[dest + nb] = tv![ia];
      } else if (na) {
        for (let j = 0; j < na; j++) {
          K[dest + j] = tk[ia + j];
          if (V !== null) V[dest + j] = tv![ia + j];
        }
      }
    }
  }

  /** merge the na items at pa with the nb items at pb = pa + na; na > nb (from the right) */
  mergeHi(pa: number, na: number, pb: number, nb: number): void {
    const K = this.K, V = this.V, less = this.less;
    this.getmem(nb);
    const tk = K.slice(pb, pb + nb);
    const tv = V !== null ? V.slice(pb, pb + nb) : null;
    const basea = pa;
    let dest = pb + nb - 1, ia = pa + na - 1, ib = nb - 1;
    let copyA = false;
    try {
      K[dest] = K[ia]; if (V !== null) V[dest] = V[ia];
      dest--; ia--; na--;
      if (na === 0) return;
      if (nb === 1) { copyA = true; return; }
      let minGallop = this.minGallop;
      for (;;) {
        let acount = 0, bcount = 0;
        for (;;) {
          if (less(tk[ib], K[ia])) {
            K[dest] = K[ia]; if (V !== null) V[dest] = V[ia];
            dest--; ia--;
            acount++; bcount = 0;
            na--;
            if (na === 0) return;
            if (acount >= minGallop) break;
          } else {
            K[dest] = tk[ib]; if (V !== null) V[dest] = tv![ib];
            dest--; ib--;
            bcount++; acount = 0;
            nb--;
            if (nb === 1) { copyA = true; return; }
            if (bcount >= minGallop) break;
          }
        }
        ++minGallop;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(tk[ib], K, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k; ia -= k;
            for (let j = k; j >= 1; j--) {
              K[dest + j] = K[ia + j];
              if (V !== null) V[dest + j] = V[ia + j];
            }
            na -= k;
            if (na === 0) return;
          }
          K[dest] = tk[ib]; if (V !== null) V[dest] = tv![ib];
          dest--; ib--; nb--;
          if (nb === 1) { copyA = true; return; }
          k = this.gallopLeft(K[ia], tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k; ib -= k;
            for (let j = 1; j <= k; j++) {
              K[dest + j] = tk[ib + j];
              if (V !== null) V[dest + j] = tv![ib + j];
            }
            nb -= k;
            if (nb === 1) { copyA = true; return; }
            if (nb === 0) return;
          }
          K[dest] = K[ia]; if (V !== null) V[dest] = V[ia];
          dest--; ia--; na--;
          if (na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++minGallop;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyA) {
        // the first element of b belongs at the front of the merge
        for (let j = 0; j < na; j++) {
          K[dest - j] = K[ia - j];
          if (V !== null) V[dest - j] = V[ia - j];
        }
        dest -= na;
        K[dest] = tk[ib];
        if (V !== null) V[dest] = tv![ib];
      } else if (nb) {
        const start = dest - (nb - 1);
        for (let j = 0; j < nb; j++) {
          K[start + j] = tk[j];
          if (V !== null) V[start + j] = tv![j];
        }
      }
    }
  }

  /** merge_at: merge pending runs i and i+1 */
  mergeAt(i: number): void {
    const p = this.pending;
    let pa = p[i].base, na = p[i].len;
    const pb = p[i + 1].base;
    let nb = p[i + 1].len;
    p[i].len = na + nb;
    if (i === p.length - 3) p[i + 1] = p[i + 2];
    p.length--;
    const K = this.K;
    const k = this.gallopRight(K[pb], K, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(K[pa + na - 1], K, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /** found_new_run (powersort) */
  foundNewRun(n2: number): void {
    const p = this.pending;
    if (p.length) {
      const s1 = p[p.length - 1].base;
      const n1 = p[p.length - 1].len;
      const power = powerloop(s1, n1, n2, this.listlen);
      while (p.length > 1 && p[p.length - 2].power > power) this.mergeAt(p.length - 2);
      p[p.length - 1].power = power;
    }
  }

  mergeForceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
      this.mergeAt(n);
    }
  }

  reverseRange(lo: number, hi: number): void {
    reverseSlice(this.K, lo, hi);
    if (this.V !== null) reverseSlice(this.V, lo, hi);
  }

  /** count_run: length of the run at lo (hi exclusive); descending runs are strictly descending */
  countRun(lo: number, hi: number): [number, boolean] {
    const K = this.K, less = this.less;
    if (lo + 1 === hi) return [1, false];
    let n = 2;
    let p = lo + 1;
    if (less(K[p], K[p - 1])) {
      for (p = p + 1; p < hi; ++p, ++n) {
        if (!less(K[p], K[p - 1])) break;
      }
      return [n, true];
    }
    for (p = p + 1; p < hi; ++p, ++n) {
      if (less(K[p], K[p - 1])) break;
    }
    return [n, false];
  }

  /** binarysort: K[lo..start) is sorted; insert K[start..hi) one by one */
  binarySort(lo: number, hi: number, start: number): void {
    const K = this.K, V = this.V, less = this.less;
    if (lo === start) ++start;
    for (; start < hi; ++start) {
      let l = lo, r = start;
      const pivot = K[r];
      do {
        const p = l + ((r - l) >> 1);
        if (less(pivot, K[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; --p) K[p] = K[p - 1];
      K[l] = pivot;
      if (V !== null) {
        const pv = V[start];
        for (let p = start; p > l; --p) V[p] = V[p - 1];
        V[l] = pv;
      }
    }
  }
}

function reverseSlice(a: PyObject[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** the timsort proper over K (and V in parallel) */
function timsort(ms: MergeState, n: number): void {
  let nremaining = n;
  if (nremaining < 2) return;
  const minrun = computeMinrun(nremaining);
  let lo = 0;
  do {
    let [run, descending] = ms.countRun(lo, lo + nremaining);
    if (descending) ms.reverseRange(lo, lo + run);
    if (run < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      ms.binarySort(lo, lo + force, lo + run);
      run = force;
    }
    ms.foundNewRun(run);
    ms.pending.push({ base: lo, len: run, power: 0 });
    lo += run;
    nremaining -= run;
  } while (nremaining);
  ms.mergeForceCollapse();
}

/**
 * list_sort_impl: sort `self` in place. `key` is a callable or null. Raises whatever a key call or a
 * comparison raises (the list then holds a permutation of its items), or ValueError("list modified
 * during sort").
 */
export function listSortImpl(self: PyObject, keyfunc: PyObject | null, reverse: boolean): void {
  const savedItems = self.value as PyObject[];
  const savedCap = self.cap as number, savedBuf = self.buf, savedAux = self.aux;
  const n = savedItems.length;
  self.value = [];
  self.cap = -1;
  self.buf = 0;
  self.aux = false;

  let error: unknown = null;
  let keys: PyObject[] | null = null;
  let keysBuf = 0;
  try {
    if (keyfunc !== null) {
      if (n >= MERGESTATE_TEMP_SIZE / 2) keysBuf = allocBuffer(8 * n);
      keys = [];
      try {
        for (let i = 0; i < n; i++) keys.push(call(keyfunc, [savedItems[i]], null));
      } catch (e) {
        for (let i = keys.length - 1; i >= 0; i--) decref(keys[i]);
        keys = null;
        throw e;
      }
    }
    const K = keys !== null ? keys : savedItems;
    const ms = new MergeState(K, keys !== null ? savedItems : null, chooseLess(K, n), n);
    try {
      if (n >= 2) {
        if (reverse) {
          if (keys !== null) reverseSlice(keys, 0, n);
          reverseSlice(savedItems, 0, n);
        }
        try {
          timsort(ms, n);
        } finally {
          if (reverse) reverseSlice(savedItems, 0, n);
        }
      }
    } finally {
      if (keys !== null) {
        for (let i = 0; i < n; i++) decref(keys[i]);
      }
      ms.freemem();
    }
    if ((self.cap as number) !== -1) raiseValueError('list modified during sort');
  } catch (e) {
    error = e;
  } finally {
    if (keysBuf !== 0) freeBuffer(keysBuf);
  }
  // keyfunc_fail: put the sorted items back, discard whatever was stored meanwhile
  const finalItems = self.value as PyObject[];
  const finalBuf = self.buf, finalAux = self.aux;
  self.value = savedItems;
  self.cap = savedCap;
  self.buf = savedBuf;
  self.aux = savedAux;
  if (finalAux) {
    for (let i = finalItems.length - 1; i >= 0; i--) decref(finalItems[i]);
    freeBuffer(finalBuf);
  }
  if (error !== null) throw error;
}

/** list.sort's `reverse` (_PyLong_AsInt): any index; OverflowError beyond a C int */
function reverseFlag(v: PyObject): boolean {
  if (!hasIndex(v)) raiseTypeError(`'${v.type.name}' object cannot be interpreted as an integer`);
  const x = asSsize(v, null);
  if (x > 2147483647 || x < -2147483648) raiseOverflowError('Python int too large to convert to C int');
  return x !== 0;
}

/** parse list.sort(*, key=None, reverse=False): [key or null, reverse] */
export function parseSortArgs(args: PyObject[], kwnames: string[] | null): [PyObject | null, boolean] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw > 0) raiseTypeError('sort() takes no positional arguments');
  let key: PyObject | null = null, reverse = false;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[args.length - nkw + k];
    if (name === 'key') key = v;
    else if (name === 'reverse') reverse = reverseFlag(v);
    else raiseTypeError(`'${name}' is an invalid keyword argument for sort()`);
  }
  if (key === None) key = null;
  return [key, reverse];
}

/**
 * sorted(iterable, key=key, reverse=reverse): a new sorted list. `key` may be None/null;
 * `reverse` a JS boolean or any object with __index__ (False/True/0/1).
 */
export function sortedList(iterable: PyObject, key: PyObject | null, reverse: PyObject | boolean): PyObject {
  const l = sequenceList(iterable);
  try {
    const rev = typeof reverse === 'boolean' ? reverse : reverseFlag(reverse);
    listSortImpl(l, key === None ? null : key, rev);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** the builtin `sorted(iterable, /, *, key=None, reverse=False)` with CPython's argument handling */
export function builtinSorted(args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos !== 1) raiseTypeError(`sorted expected 1 argument, got ${npos}`);
  const l = sequenceList(args[0]);
  try {
    const [key, reverse] = parseSortArgs(args.slice(1), kwnames);
    listSortImpl(l, key, reverse);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

