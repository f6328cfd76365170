// LAYER: objects. The list type and its iterators (CPython's Objects/listobject.c).
//
//   list                  value: JS array of the items (owned references); its length is ob_size.
//                         cap:   CPython's `allocated` (slots in the item array; -1 during sort)
//                         buf:   address of the item array (8 * allocated bytes, PyMem) or 0
//                         aux:   true when ob_item != NULL (CPython keeps a non-NULL 0-byte array
//                                after list_resize(0), e.g. popping the last item, which changes
//                                how a later extend sizes the array)
//                         basicsize 40, GC, tracked at creation, free list of 80 exact lists
//                         (PyList_New and friends; `list()` itself uses tp_alloc, not the list).
//   list_iterator         value: the list (owned) or null when exhausted; aux: next index. 32, GC.
//   list_reverseiterator  same, aux counts down.
//
// Capacity rules mirrored exactly (sys.getsizeof = 56 + 8 * allocated):
//   list_resize: no realloc while allocated/2 <= newsize <= allocated, else
//     (n + (n >> 3) + 6) & ~3, or (n + 3) & ~3 when the jump is large, 0 for n == 0;
//   list_preallocate_exact (n rounded up to even) for list(x with __len__) and extend of a list
//   that has no item array; PyList_New(n) / list slicing / concatenation / repeat: exactly n;
//   extend from an iterator: resize to m + length_hint, append, trim with list_resize(len).
// Removal releases the removed references only after the list is consistent again, in CPython's
// order: slice deletion and clear last-to-first, extended-slice deletion/assignment first-to-last.
//

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, newref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { allocBuffer, resizeBuffer, freeBuffer } from '../memory/heap.js';
import { staticType, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, TPFLAGS_LIST_SUBCLASS, EQ, NE } from './type.js';
import { allocate, allocateFrom, release, releaseTo, FreeList, settleFreeList } from './alloc.js';
import {
  raiseTypeError, raiseIndexError, raiseValueError, raiseMemoryError, PyErr,
} from './errors.js';
import { notImplemented, none } from './singletons.js';
import { newBool } from './bool.js';
import { newStr } from './str.js';
import { newInt } from './int.js';
import { repr as objectRepr, richCompare, richCompareBool, getIter } from './abstract.js';
import { method } from './define.js';
import {
  asSsize, asSsizeArg, hasIndex, itemAt, isSlice, sliceUnpack, sliceAdjust, checkArgs, sliceIndexNotNone, errIs,
  PY_SSIZE_T_MAX, reprEnter, reprLeave, registerLengthHint, sequenceSlots, seqHooks,
  NB_ADD, NB_MULTIPLY, TPFLAGS_SEQUENCE, TPFLAGS_MATCH_SELF, TPFLAGS_DISALLOW_INSTANTIATION,
} from './slice.js';
import {
  newTuple, compareLengths, numberSlotsOnly, repeatCount, TupleType, sequenceAddSlot, sequenceMulSlot,
} from './tuple.js';
import { lengthHint } from './iterators.js';

export { reprEnter, reprLeave };
import { listSortImpl, parseSortArgs } from './sort.js';

// ================================================================ the list type

export const ListType = staticType({
  name: 'list', basicsize: 40,
  flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_LIST_SUBCLASS | TPFLAGS_SEQUENCE | TPFLAGS_MATCH_SELF,
});
seqHooks.listType = ListType;

export const isList = (o: PyObject): boolean => o.type === ListType || (o.type.flags & TPFLAGS_LIST_SUBCLASS) !== 0;

const listFreeList = new FreeList(80, { name: 'free PyListObject', size: 40, order: 30 });
export const settleListFreeList = (n: number): void => settleFreeList(listFreeList, ListType, 0, n);

/** borrowed item array of a list (valid until the list is next modified) */
export const listItems = (o: PyObject): PyObject[] => o.value as PyObject[];

/** PyList_New(n) with the given (stolen) items: exactly n slots */
export function newListSteal(items: PyObject[]): PyObject {
  const o = allocateFrom(listFreeList, ListType, items, false, 0, true);
  const n = items.length;
  o.cap = n;
  o.buf = n > 0 ? allocBuffer(8 * n) : 0;
  o.aux = n > 0;
  return o;
}

/** BUILD_LIST n / PyList_New + fill: a new list of borrowed items, capacity exactly n */
export function newList(items: PyObject[]): PyObject {
  const arr = items.slice();
  for (let i = 0; i < arr.length; i++) incref(arr[i]);
  return newListSteal(arr);
}

/** an empty list with no item array (PyList_New(0)) */
export function newEmptyList(): PyObject {
  return newListSteal([]);
}

/** set the item array's capacity (PyMem_Realloc of ob_item) */
function reallocItems(o: PyObject, allocated: number): void {
  o.buf = resizeBuffer(o.buf, 8 * allocated);
  o.cap = allocated;
  o.aux = true;
}

/**
 * list_resize: make room for `newsize` items, over-allocating as CPython does. The JS array is not
 * touched: call it while value.length is still the old size (rule 3 compares with it).
 */
export function listResize(o: PyObject, newsize: number): void {
  const allocated = o.cap as number;
  if (allocated >= newsize && newsize >= (allocated >> 1)) return;
  const size = (o.value as PyObject[]).length;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - size > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  if (newAllocated > 0x1fffffff) raiseMemoryError();
  reallocItems(o, newAllocated);
}

/** list_preallocate_exact: a fresh item array of n slots rounded up to even (ob_item was NULL) */
function preallocateExact(o: PyObject, n: number): void {
  if (n > 0x1fffffff) raiseMemoryError();
  n = (n + 1) & ~1;
  o.buf = allocBuffer(8 * n);
  o.cap = n;
  o.aux = true;
}

/** _list_clear: empty the list first, then release the items last to first, then free the array */
export function listClear(o: PyObject): void {
  if (!o.aux) return;
  const items = o.value as PyObject[];
  const buf = o.buf;
  o.value = [];
  o.cap = 0;
  o.buf = 0;
  o.aux = false;
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  freeBuffer(buf);
}

/** _PyList_AppendTakeRef: append an owned reference */
export function listAppendSteal(o: PyObject, item: PyObject): void {
  const items = o.value as PyObject[];
  if ((o.cap as number) <= items.length) listResize(o, items.length + 1);
  (o.value as PyObject[]).push(item);
}

/** PyList_Append / LIST_APPEND: append a borrowed item */
export function listAppend(o: PyObject, item: PyObject): void {
  incref(item);
  listAppendSteal(o, item);
}

/** PySequence_List: a new list with the items of any iterable */
export function sequenceList(v: PyObject): PyObject {
  const l = newEmptyList();
  try {
    listExtend(l, v);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** PySequence_Fast: a new reference to an exact list/tuple holding the items of v */
export function sequenceFast(v: PyObject, msg: string): PyObject {
  if (v.type === ListType || v.type === TupleType) return newref(v);
  let it: PyObject;
  try {
    it = getIter(v);
  } catch (e) {
    if (errIs(e, 'TypeError')) {
      decref((e as PyErr).exc);
      raiseTypeError(msg);
    }
    throw e;
  }
  try {
    return sequenceList(it);
  } finally {
    decref(it);
  }
}

/** list.extend / LIST_EXTEND / list += x (list_extend) */
export function listExtend(self: PyObject, iterable: PyObject): void {
  if (iterable.type === ListType || iterable.type === TupleType || iterable === self) {
    const src = iterable.value as PyObject[];
    const n = src.length;
    if (n === 0) return;
    const m = (self.value as PyObject[]).length;
    const copy = src.slice(0, n);
    if (!self.aux) preallocateExact(self, n);
    else listResize(self, m + n);
    const items = self.value as PyObject[];
    for (let i = 0; i < n; i++) {
      incref(copy[i]);
      items.push(copy[i]);
    }
    return;
  }
  const it = getIter(iterable);
  try {
    const n = lengthHint(iterable, 8);
    const m = (self.value as PyObject[]).length;
    if (!self.aux) {
      if (n > 0) preallocateExact(self, n);
    } else {
      listResize(self, m + n);
    }
    const next = it.type.iternext;
    if (next === null) raiseTypeError(`'${it.type.name}' object is not an iterator`);
    for (;;) {
      const item = next!(it);
      if (item === null) break;
      const items = self.value as PyObject[];
      if (items.length < (self.cap as number)) items.push(item);
      else listAppendSteal(self, item);
    }
    if ((self.value as PyObject[]).length < (self.cap as number)) listResize(self, (self.value as PyObject[]).length);
  } finally {
    decref(it);
  }
}

/** list_slice: a new list of items[lo:hi] (exact capacity) */
export function listSlice(o: PyObject, lo: number, hi: number): PyObject {
  const items = o.value as PyObject[];
  if (hi - lo <= 0) return newEmptyList();
  const out = items.slice(lo, hi);
  for (let i = 0; i < out.length; i++) incref(out[i]);
  return newListSteal(out);
}

/** a tuple with the list's items (LIST_TO_TUPLE, PyList_AsTuple) */
export function listAsTuple(o: PyObject): PyObject {
  return newTuple(o.value as PyObject[]);
}

/** replace items[lo:hi] by `ins` in place (no refcount changes) */
function replaceRange(items: PyObject[], lo: number, hi: number, ins: PyObject[]): void {
  const d = ins.length - (hi - lo);
  if (d < 0) {
    // the tail moves down by V8's own element move (a memmove, or for lo = 0 a trim of the array's
    // start), not item by item through the write barrier: `a.pop(0)` in a loop was 35x python3
    items.splice(lo, -d);
  } else if (d > 0) {
    if (d <= MAX_SPREAD) items.splice(lo, 0, ...ins.slice(0, d));
    else {
      const n = items.length;
      items.length = n + d;
      for (let i = n - 1; i >= hi; i--) items[i + d] = items[i];
    }
  }
  for (let k = 0; k < ins.length; k++) items[lo + k] = ins[k];
}

/** the most items replaceRange passes to splice as arguments (each is one on the JS stack) */
const MAX_SPREAD = 4096;

/** list_ass_slice: a[ilow:ihigh] = v (v null: delete) */
export function listAssSlice(a: PyObject, ilow: number, ihigh: number, v: PyObject | null): void {
  if (v !== null && v === a) {
    const copy = listSlice(a, 0, (a.value as PyObject[]).length);
    try {
      listAssSlice(a, ilow, ihigh, copy);
    } finally {
      decref(copy);
    }
    return;
  }
  let seq: PyObject | null = null;
  let vitems: PyObject[] = [];
  if (v !== null) {
    seq = sequenceFast(v, 'can only assign an iterable');
    vitems = seq.value as PyObject[];
  }
  try {
    const size = (a.value as PyObject[]).length;
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    const n = vitems.length;
    const norig = ihigh - ilow;
    const d = n - norig;
    if (size + d === 0) {
      if (seq !== null) { decref(seq); seq = null; }
      listClear(a);
      return;
    }
    const items0 = a.value as PyObject[];
    const recycle = items0.slice(ilow, ihigh);
    const recycleBuf = norig * 8 > 64 ? allocBuffer(norig * 8) : 0;
    if (d !== 0) listResize(a, size + d);
    const ins = vitems.slice();
    for (let k = 0; k < ins.length; k++) incref(ins[k]);
    replaceRange(a.value as PyObject[], ilow, ihigh, ins);
    for (let k = norig - 1; k >= 0; k--) decref(recycle[k]);
    if (recycleBuf !== 0) freeBuffer(recycleBuf);
  } finally {
    if (seq !== null) decref(seq);
  }
}

/** list_ass_item: a[i] = v (i already normalised), v null deletes */
function listAssItem(a: PyObject, i: number, v: PyObject | null): void {
  const items = a.value as PyObject[];
  if (i < 0 || i >= items.length) raiseIndexError('list assignment index out of range');
  if (v === null) {
    listAssSlice(a, i, i + 1, null);
    return;
  }
  const old = items[i];
  incref(v);
  items[i] = v;
  decref(old);
}

/** list_ass_subscript */
function listSetItem(self: PyObject, key: PyObject, value: PyObject | null): void {
  if (hasIndex(key)) {
    let i = asSsize(key, 'IndexError');
    if (i < 0) i += (self.value as PyObject[]).length;
    listAssItem(self, i, value);
    return;
  }
  if (!isSlice(key)) raiseTypeError(`list indices must be integers or slices, not ${key.type.name}`);
  const [start0, stop0, step] = sliceUnpack(key);
  let [start, stop, slicelength] = sliceAdjust((self.value as PyObject[]).length, start0, stop0, step);
  if (step === 1) {
    listAssSlice(self, start, stop, value);
    return;
  }
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (value === null) {
    if (slicelength <= 0) return;
    let st = step;
    if (st < 0) {
      stop = start + 1;
      start = stop + st * (slicelength - 1) - 1;
      st = -st;
    }
    const garbageBuf = allocBuffer(slicelength * 8);
    const items = self.value as PyObject[];
    const garbage: PyObject[] = [];
    const kept: PyObject[] = [];
    for (let i = 0; i < items.length; i++) {
      if (i >= start && i < stop && (i - start) % st === 0) garbage.push(items[i]);
      else kept.push(items[i]);
    }
    // Py_SET_SIZE(self, n - slicelength); list_resize(self, Py_SIZE(self))
    self.value = kept;
    listResize(self, kept.length);
    for (let i = 0; i < garbage.length; i++) decref(garbage[i]);
    freeBuffer(garbageBuf);
    return;
  }
  const seq = value === self
    ? listSlice(self, 0, (self.value as PyObject[]).length)
    : sequenceFast(value, 'must assign iterable to extended slice');
  try {
    const seqitems = seq.value as PyObject[];
    if (seqitems.length !== slicelength) {
      raiseValueError(`attempt to assign sequence of size ${seqitems.length} to extended slice of size ${slicelength}`);
    }
    if (slicelength === 0) return;
    const garbageBuf = allocBuffer(slicelength * 8);
    const items = self.value as PyObject[];
    const garbage: PyObject[] = new Array(slicelength);
    for (let cur = start, i = 0; i < slicelength; cur += step, i++) {
      garbage[i] = items[cur];
      incref(seqitems[i]);
      items[cur] = seqitems[i];
    }
    for (let i = 0; i < slicelength; i++) decref(garbage[i]);
    freeBuffer(garbageBuf);
  } finally {
    decref(seq);
  }
}

ListType.setitem = listSetItem;

ListType.getitem = (self, key) => {
  const items = self.value as PyObject[];
  if (hasIndex(key)) {
    const v = itemAt(items, asSsize(key, 'IndexError'));
    if (v === undefined) raiseIndexError('list index out of range');
    return newref(v!);
  }
  if (isSlice(key)) {
    const [start0, stop0, step] = sliceUnpack(key);
    const [start, stop, n] = sliceAdjust(items.length, start0, stop0, step);
    if (n <= 0) return newEmptyList();
    if (step === 1) return listSlice(self, start, stop);
    const its = self.value as PyObject[];
    const out: PyObject[] = new Array(n);
    for (let k = 0, cur = start; k < n; k++, cur += step) {
      out[k] = its[cur];
      incref(out[k]);
    }
    return newListSteal(out);
  }
  return raiseTypeError(`list indices must be integers or slices, not ${key.type.name}`);
};

function listDealloc(o: PyObject): void {
  untrack(o);
  const items = o.value as PyObject[];
  const buf = o.buf;
  const had = o.aux as boolean;
  o.value = [];
  if (had) {
    for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
    freeBuffer(buf);
  }
  o.buf = 0;
  o.cap = 0;
  if (o.type === ListType) releaseTo(listFreeList, o);
  else release(o);
}

ListType.dealloc = listDealloc;
ListType.traverse = (o: PyObject, visit: Visit) => {
  // list_traverse visits the last item first (gc.get_referents and the collector's order show it)
  const items = o.value as PyObject[];
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
};
ListType.clear = (o) => listClear(o);
ListType.sizeof = (o) => o.type.basicsize + 8 * (o.cap as number);
ListType.len = (o) => (o.value as PyObject[]).length;

ListType.repr = (o) => {
  if ((o.value as PyObject[]).length === 0) return newStr('[]');
  if (!reprEnter(o)) return newStr('[...]');
  try {
    const parts: string[] = [];
    for (let i = 0; i < (o.value as PyObject[]).length; i++) {
      const item = (o.value as PyObject[])[i];
      // (3.11's list_repr borrows the item: a __repr__ sees no extra reference)
      const r = objectRepr(item);
      parts.push(r.value as string);
      decref(r);
    }
    return newStr(`[${parts.join(', ')}]`);
  } finally {
    reprLeave(o);
  }
};

ListType.richcompare = (v, w, op) => {
  if (!isList(v) || !isList(w)) return notImplemented();
  const vlen0 = (v.value as PyObject[]).length, wlen0 = (w.value as PyObject[]).length;
  if (vlen0 !== wlen0 && (op === EQ || op === NE)) return newBool(op === NE);
  let i = 0;
  for (; i < (v.value as PyObject[]).length && i < (w.value as PyObject[]).length; i++) {
    const vi = (v.value as PyObject[])[i], wi = (w.value as PyObject[])[i];
    if (vi === wi) continue;
    incref(vi); incref(wi);
    let k: boolean;
    try {
      k = richCompareBool(vi, wi, EQ);
    } finally {
      decref(vi); decref(wi);
    }
    if (!k) break;
  }
  const vlen = (v.value as PyObject[]).length, wlen = (w.value as PyObject[]).length;
  if (i >= vlen || i >= wlen) return compareLengths(vlen, wlen, op);
  if (op === EQ) return newBool(false);
  if (op === NE) return newBool(true);
  return richCompare((v.value as PyObject[])[i], (w.value as PyObject[])[i], op);
};

ListType.contains = (o, el) => {
  for (let i = 0; i < (o.value as PyObject[]).length; i++) {
    const item = (o.value as PyObject[])[i];
    incref(item);
    try {
      if (richCompareBool(item, el, EQ)) return true;
    } finally {
      decref(item);
    }
  }
  return false;
};

// ---------------------------------------------------------------- + * += *=

function listConcat(a: PyObject, b: PyObject): PyObject {
  const out = (a.value as PyObject[]).concat(b.value as PyObject[]);
  if (out.length === 0) return newEmptyList();
  for (let i = 0; i < out.length; i++) incref(out[i]);
  return newListSteal(out);
}

function listRepeat(a: PyObject, n: number): PyObject {
  const items = a.value as PyObject[];
  if (n < 0) n = 0;
  const size = items.length;
  if (n > 0 && size > PY_SSIZE_T_MAX / n) raiseMemoryError();
  if (size * n === 0) return newEmptyList();
  if (size * n > 0x1fffffff) raiseMemoryError();
  const out: PyObject[] = new Array(size * n);
  if (size === 1) out.fill(items[0]);
  else for (let k = 0, p = 0; k < n; k++) for (let i = 0; i < size; i++, p++) out[p] = items[i];
  if (size === 1) items[0].refcnt += n;
  else for (let i = 0; i < out.length; i++) incref(out[i]);
  return newListSteal(out);
}

const listAdd = sequenceAddSlot(isList, 'list', listConcat);
const listMul = sequenceMulSlot(isList, listRepeat);

function listInplaceAdd(a: PyObject, b: PyObject): PyObject {
  const r = numberSlotsOnly(a, b, NB_ADD, false);
  if (r !== null) return r;
  listExtend(a, b);
  return newref(a);
}

function listInplaceMul(a: PyObject, b: PyObject): PyObject {
  const r = numberSlotsOnly(a, b, NB_MULTIPLY, false);
  if (r !== null) return r;
  const n = repeatCount(b);
  const items = a.value as PyObject[];
  const size = items.length;
  if (size === 0 || n === 1) return newref(a);
  if (n < 1) {
    listClear(a);
    return newref(a);
  }
  if (size > PY_SSIZE_T_MAX / n || size * n > 0x1fffffff) raiseMemoryError();
  listResize(a, size * n);
  const its = a.value as PyObject[];
  for (let k = 1; k < n; k++) {
    for (let i = 0; i < size; i++) {
      incref(its[i]);
      its.push(its[i]);
    }
  }
  return newref(a);
}

sequenceSlots.add(listAdd);
sequenceSlots.add(listMul);
ListType.nb[NB_ADD] = listAdd;
ListType.nb[NB_MULTIPLY] = listMul;
ListType.nbInplace[NB_ADD] = listInplaceAdd;
ListType.nbInplace[NB_MULTIPLY] = listInplaceMul;

// ---------------------------------------------------------------- construction

ListType.new = (type, _args, _kwnames) => {
  // PyType_GenericAlloc: a fresh block (not the free list), tracked
  const o = allocate(type, [], false, 0, true);
  o.cap = 0;
  o.buf = 0;
  return o;
};

/** list___init___impl */
/** list___init___impl: clear, then extend (which sizes from the iterable's length hint, not len()) */
export function listInit(self: PyObject, iterable: PyObject | null): void {
  if (self.aux) listClear(self);
  if (iterable !== null) listExtend(self, iterable);
}

ListType.init = (self, args, kwnames) => {
  if ((self.type === ListType || self.type.new === ListType.new) && kwnames !== null && kwnames.length > 0) {
    raiseTypeError('list() takes no keyword arguments');
  }
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 1) raiseTypeError(`list expected at most 1 argument, got ${npos}`);
  listInit(self, npos > 0 ? args[0] : null);
};

// ---------------------------------------------------------------- methods

method(ListType, 'append', (self, args, kwnames) => {
  checkArgs('list.append', 'append', args, kwnames, 1, 1);
  listAppend(self, args[0]);
  return none();
});

method(ListType, 'extend', (self, args, kwnames) => {
  checkArgs('list.extend', 'extend', args, kwnames, 1, 1);
  listExtend(self, args[0]);
  return none();
});

/** ins1: insert a borrowed item before `where` */
export function listInsert(self: PyObject, where: number, v: PyObject): void {
  const n = (self.value as PyObject[]).length;
  listResize(self, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  incref(v);
  (self.value as PyObject[]).splice(where, 0, v);
}

method(ListType, 'insert', (self, args, kwnames) => {
  checkArgs('list.insert', 'insert', args, kwnames, 2, 2);
  listInsert(self, asSsizeArg(args[0]), args[1]);
  return none();
});

/** list.pop(index): a new reference to the removed item */
export function listPop(self: PyObject, index: number): PyObject {
  const items = self.value as PyObject[];
  const n = items.length;
  if (n === 0) raiseIndexError('pop from empty list');
  if (index < 0) index += n;
  if (index < 0 || index >= n) raiseIndexError('pop index out of range');
  const v = items[index];
  if (index === n - 1) {
    listResize(self, n - 1);
    (self.value as PyObject[]).pop();
    return v;
  }
  incref(v);
  listAssSlice(self, index, index + 1, null);
  return v;
}

method(ListType, 'pop', (self, args, kwnames) => {
  checkArgs('list.pop', 'pop', args, kwnames, 0, 1);
  return listPop(self, args.length > 0 ? asSsizeArg(args[0]) : -1);
});

method(ListType, 'remove', (self, args, kwnames) => {
  checkArgs('list.remove', 'remove', args, kwnames, 1, 1);
  for (let i = 0; i < (self.value as PyObject[]).length; i++) {
    const obj = (self.value as PyObject[])[i];
    incref(obj);
    let cmp: boolean;
    try {
      cmp = richCompareBool(obj, args[0], EQ);
    } finally {
      decref(obj);
    }
    if (cmp) {
      listAssSlice(self, i, i + 1, null);
      return none();
    }
  }
  return raiseValueError('list.remove(x): x not in list');
});

method(ListType, 'index', (self, args, kwnames) => {
  checkArgs('list.index', 'index', args, kwnames, 1, 3);
  let start = 0, stop = PY_SSIZE_T_MAX;
  if (args.length > 1) start = sliceIndexNotNone(args[1]);
  if (args.length > 2) stop = sliceIndexNotNone(args[2]);
  if (start < 0) {
    start += (self.value as PyObject[]).length;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += (self.value as PyObject[]).length;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < (self.value as PyObject[]).length; i++) {
    const obj = (self.value as PyObject[])[i];
    incref(obj);
    let cmp: boolean;
    try {
      cmp = richCompareBool(obj, args[0], EQ);
    } finally {
      decref(obj);
    }
    if (cmp) return newInt(i);
  }
  const r = objectRepr(args[0]);
  const s = r.value as string;
  decref(r);
  return raiseValueError(`${s} is not in list`);
});

method(ListType, 'count', (self, args, kwnames) => {
  checkArgs('list.count', 'count', args, kwnames, 1, 1);
  let count = 0;
  for (let i = 0; i < (self.value as PyObject[]).length; i++) {
    const obj = (self.value as PyObject[])[i];
    if (obj === args[0]) {
      count++;
      continue;
    }
    incref(obj);
    try {
      if (richCompareBool(obj, args[0], EQ)) count++;
    } finally {
      decref(obj);
    }
  }
  return newInt(count);
});

method(ListType, 'clear', (self, args, kwnames) => {
  checkArgs('list.clear', 'clear', args, kwnames, 0, 0);
  listClear(self);
  return none();
});

method(ListType, 'copy', (self, args, kwnames) => {
  checkArgs('list.copy', 'copy', args, kwnames, 0, 0);
  return listSlice(self, 0, (self.value as PyObject[]).length);
});

method(ListType, 'reverse', (self, args, kwnames) => {
  checkArgs('list.reverse', 'reverse', args, kwnames, 0, 0);
  (self.value as PyObject[]).reverse();
  return none();
});

method(ListType, 'sort', (self, args, kwnames) => {
  const [key, reverse] = parseSortArgs(args, kwnames);
  listSortImpl(self, key, reverse);
  return none();
});

// ================================================================ iterators

export const ListIterType = staticType({
  name: 'list_iterator', basicsize: 32, flags: TPFLAGS_HAVE_GC | TPFLAGS_DISALLOW_INSTANTIATION,
});
export const ListRevIterType = staticType({
  name: 'list_reverseiterator', basicsize: 32, flags: TPFLAGS_HAVE_GC | TPFLAGS_DISALLOW_INSTANTIATION,
});

ListType.iter = (o) => {
  incref(o);
  return allocate(ListIterType, o, 0);
};

/** list.__reversed__ */
export function listReversed(o: PyObject): PyObject {
  incref(o);
  return allocate(ListRevIterType, o, (o.value as PyObject[]).length - 1);
}

method(ListType, '__reversed__', (self, args, kwnames) => {
  checkArgs('list.__reversed__', '__reversed__', args, kwnames, 0, 0);
  return listReversed(self);
});

ListIterType.iter = (o) => newref(o);
ListIterType.iternext = (it) => {
  const seq = it.value as PyObject | null;
  if (seq === null) return null;
  const items = seq.value as PyObject[];
  const i = it.aux as number;
  if (i < items.length) {
    it.aux = i + 1;
    return newref(items[i]);
  }
  it.value = null;
  decref(seq);
  return null;
};

ListRevIterType.iter = (o) => newref(o);
ListRevIterType.iternext = (it) => {
  const seq = it.value as PyObject | null;
  if (seq === null) return null;
  const items = seq.value as PyObject[];
  const i = it.aux as number;
  if (i >= 0 && i < items.length) {
    it.aux = i - 1;
    return newref(items[i]);
  }
  it.aux = -1;
  it.value = null;
  decref(seq);
  return null;
};

for (const t of [ListIterType, ListRevIterType]) {
  t.dealloc = (o) => {
    untrack(o);
    const seq = o.value as PyObject | null;
    o.value = null;
    if (seq !== null) decref(seq);
    release(o);
  };
  t.traverse = (o: PyObject, visit: Visit) => {
    if (o.value !== null) visit(o.value);
  };
}

function listIterHint(it: PyObject): number {
  const seq = it.value as PyObject | null;
  if (seq === null) return 0;
  const len = (seq.value as PyObject[]).length - (it.aux as number);
  return len >= 0 ? len : 0;
}

function listRevIterHint(it: PyObject): number {
  const seq = it.value as PyObject | null;
  const len = (it.aux as number) + 1;
  if (seq === null || (seq.value as PyObject[]).length < len) return 0;
  return len;
}

registerLengthHint(ListIterType, listIterHint);
registerLengthHint(ListRevIterType, listRevIterHint);

method(ListIterType, '__length_hint__', (self, args, kwnames) => {
  checkArgs('list_iterator.__length_hint__', '__length_hint__', args, kwnames, 0, 0);
  return newInt(listIterHint(self));
});
method(ListRevIterType, '__length_hint__', (self, args, kwnames) => {
  checkArgs('list_reverseiterator.__length_hint__', '__length_hint__', args, kwnames, 0, 0);
  return newInt(listRevIterHint(self));
});
method(ListIterType, '__setstate__', (self, args, kwnames) => {
  checkArgs('list_iterator.__setstate__', '__setstate__', args, kwnames, 1, 1);
  const seq = self.value as PyObject | null;
  let i = asSsize(args[0], 'OverflowError');
  if (seq !== null) {
    const n = (seq.value as PyObject[]).length;
    if (i < 0) i = 0;
    else if (i > n) i = n;
    self.aux = i;
  }
  return none();
});
method(ListRevIterType, '__setstate__', (self, args, kwnames) => {
  checkArgs('list_reverseiterator.__setstate__', '__setstate__', args, kwnames, 1, 1);
  const seq = self.value as PyObject | null;
  let i = asSsize(args[0], 'OverflowError');
  if (seq !== null) {
    const n = (seq.value as PyObject[]).length;
    if (i < -1) i = -1;
    else if (i > n - 1) i = n - 1;
    self.aux = i;
  }
  return none();
});

