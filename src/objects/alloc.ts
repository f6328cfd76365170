// LAYER: objects. Creating and destroying object instances on the heap (CPython's tp_alloc /
// PyObject_GC_New and tp_free / PyObject_GC_Del). Every type's constructor goes through
// `allocate` and every type's dealloc ends with `release`.

import { PyObject } from '../memory/object.js';
import { allocObject, freeObject, allocLeafObject, freeLeafObject } from '../memory/heap.js';
import { track, untrack } from '../memory/generations.js';
import { decref } from '../memory/refcount.js';
import { eventsOn, notifyReuse } from '../memory/events.js';
import { PyType } from './type.js';
import { debugAllocatorStatsLine } from '../memory/obmalloc.js';

/*
 * THE SHELL POOL. Every Python object is a JS object (memory/object.ts's PyObject) besides its
 * place in the pymalloc model. Making one with `new` and leaving it to V8's collector once the
 * object is freed costs V8 an allocation, and a young-generation scavenge that has to copy the
 * long-lived objects which were allocated between the short-lived temporaries; those survivors
 * then lie scattered over the old generation, so every walk over them (the cycle collector's
 * traverse passes above all) misses the cache more. So release() keeps up to SHELL_POOL_MAX dead
 * shells (LIFO), and allocate/allocateSized take one back before making a new one: temporaries
 * then churn through a few hot JS objects and V8 sees far fewer allocations.
 *
 * Nothing Python can observe changes: an object's identity for Python is its pymalloc address
 * (id(), which heap.ts hands out exactly as before), its refcount and its type; the JS identity of
 * the shell is seen only by JS code. Every field is scrubbed to what the PyObject constructor sets
 * (same order, same representations: the hidden class stays the one of a new object), and the JS
 * payloads (value, aux, dict, values, slots) are dropped at once so V8 can free them.
 * A pooled shell keeps only its last `type` (a JS pointer, no Python reference: heap types were
 * released by release()), so that the field's feedback stays that of a PyType.
 *
 * What reuse can expose is a JS-side use after free: code that keeps a JS reference to an object
 * beyond its release and reads it after a later allocation would see the new object instead of a
 * dead one. So nothing may read a released object (deallocs read what they still need into locals
 * before release()), JS tables keyed by objects drop them when they are freed (the audit, the
 * tracing tools: memory/events.ts 'free'), and an object still on weak references' lists is not
 * pooled. The PYHEAP_AUDIT audit still catches a reference kept past release: as a "dangling
 * reference" while the shell waits here, as "over-released" (with the stale holder listed) once a
 * new object got it. Only plain PyObjects are pooled: type objects (PyType) never, and objects
 * kept on the per-type free lists below are not released at all (they keep their addresses).
 * PYHEAP_SHELL_REUSE=0 turns the pool off (it then never holds anything), for debugging; it is
 * read when a run starts (readShellReuseSetting, from boot), not when this module loads.
 */
const SHELL_POOL_MAX = 4096;
let shellPoolMax = SHELL_POOL_MAX;
const shellPool: PyObject[] = [];

/** PYHEAP_SHELL_REUSE=0 (read at the start of a run) turns the shell pool off */
export function readShellReuseSetting(env: NodeJS.ProcessEnv): void {
  shellPoolMax = env.PYHEAP_SHELL_REUSE === '0' ? 0 : SHELL_POOL_MAX;
  if (shellPoolMax === 0) {
    // (shells and slot arrays pooled by bootCore before the snapshot)
    shellPool.length = 0;
    for (const pool of slotArrayPools) pool.length = 0;
  }
}

/** a PyObject with refcount 1: a pooled shell (already scrubbed by release) or a new one */
function newShell(type: PyType, value: any, aux: any): PyObject {
  const o = shellPool.pop();
  if (o === undefined) return freshShell(type, value, aux);
  o.refcnt = 1;
  o.type = type;
  o.value = value;
  o.aux = aux;
  return o;
}

/** (newShell's cold half, kept out of it so that V8 inlines newShell's pool path small) */
function freshShell(type: PyType, value: any, aux: any): PyObject {
  return new PyObject(type, value, aux);
}

/** Whether the JS objects of freed Python objects may be reused (not PYHEAP_SHELL_REUSE=0): other pools follow it. */
export function shellReuseOn(): boolean {
  return shellPoolMax !== 0;
}

/** For tests: how many shells the pool holds. */
export function pooledShellCount(): number {
  return shellPool.length;
}

/*
 * SLOT ARRAYS. An instance of a class with __slots__ keeps the slot values in a JS array of one
 * entry per slot name (o.slots). Such instances are typically made and dropped by the thousand
 * (nodes of a linked structure), so release() keeps their emptied arrays, by length, for the
 * next instance: making a fresh array and filling it with nulls cost more than the rest of the
 * allocation. Only JS code sees an array's identity, and every entry is null again before an
 * array is kept (release() checks; a dealloc has cleared the slots by then). An array is kept
 * only with its shell (so never with PYHEAP_SHELL_REUSE=0, nor for a shell left on weakref lists).
 */
const SLOT_ARRAY_MAX_LENGTH = 16;
const SLOT_ARRAY_POOL_MAX = 1024;
const slotArrayPools: (PyObject | null)[][][] = [];
for (let n = 0; n <= SLOT_ARRAY_MAX_LENGTH; n++) slotArrayPools.push([]);

/** an array of n nulls: a pooled one or a new one */
function newSlotArray(n: number): (PyObject | null)[] {
  if (n <= SLOT_ARRAY_MAX_LENGTH) {
    const a = slotArrayPools[n].pop();
    if (a !== undefined) return a;
  }
  const a: (PyObject | null)[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}

/** keep a released instance's slot array for reuse if it is empty and there is room (its shell is pooled) */
function keepSlotArray(a: (PyObject | null)[]): void {
  const n = a.length;
  if (n > SLOT_ARRAY_MAX_LENGTH) return;
  const pool = slotArrayPools[n];
  if (pool.length >= SLOT_ARRAY_POOL_MAX) return;
  for (let i = 0; i < n; i++) if (a[i] !== null) return;
  pool.push(a);
}

/**
 * A new object of `type` with refcount 1: memory for basicsize + itemsize*nitems bytes (plus the
 * pre-header) from obmalloc; GC types are counted and then tracked unless `trackNow` is false
 * (dicts start untracked, as in CPython). Instances of heap types hold a reference to their type.
 */
export function allocate(type: PyType, value: any, aux: any, nitems = 0, trackNow = true): PyObject {
  const o = newShell(type, value, aux);
  const isGc = (type.flags & 16384) !== 0; // TPFLAGS_HAVE_GC
  allocObject(o, type.basicsize + type.itemsize * nitems, type.presize, isGc);
  if (type.flags & 512) {                // TPFLAGS_HEAPTYPE
    type.refcnt++;
    // __slots__ storage, also for subclasses of builtins allocated by the builtin's own tp_new
    const nslots = type.slotNames.length;
    if (nslots > 0) o.slots = newSlotArray(nslots);
  }
  if (isGc && trackNow) track(o);
  return o;
}

/**
 * A new object whose block size is not basicsize + itemsize*n: CPython's compact str (one block
 * of header, characters and terminator). Not for GC types.
 */
export function allocateSized(type: PyType, value: any, aux: any, size: number): PyObject {
  const o = newShell(type, value, aux);
  allocObject(o, size, type.presize, false);
  if (type.flags & 512) type.refcnt++;   // TPFLAGS_HEAPTYPE
  return o;
}

/*
 * LEAF OBJECTS. An object of a static type that is not a GC type, has no pre-header, cannot be
 * weakly referenced and has no instance dict or slots: exact int, float and str, the short-lived
 * temporaries (every `for i in range(n)` step and most arithmetic results make and drop an int).
 * allocateLeaf/releaseLeaf are allocate/release for them without the tests that cannot succeed
 * (heap type, GC flag, weakref list, dict and slots to scrub): the same obmalloc calls in the same
 * order, the same shell pool. Such a type's code writes only refcnt, type, value, aux, gcBits (str's
 * interned flag), buf and cap (str's kind and length) besides the address, so releaseLeaf scrubs
 * those; the other fields keep what the constructor (or the scrub of the last release()) left.
 */

/** allocateSized(type, value, aux, size) for a leaf type (see above) and a size of 1..512 bytes */
export function allocateLeaf(type: PyType, value: any, aux: any, size: number): PyObject {
  const o = newShell(type, value, aux);
  allocLeafObject(o, size);
  return o;
}

/** release(o) for an object of a leaf type (see above) */
export function releaseLeaf(o: PyObject): void {
  freeLeafObject(o);
  if (shellPool.length < shellPoolMax) {
    o.refcnt = 0;
    o.gcBits = 0;
    o.value = null;
    o.aux = null;
    o.buf = 0;
    o.cap = 0;
    shellPool.push(o);
  }
}

/**
 * Free the object's memory (untracking it) and drop its reference to a heap type; the JS shell
 * goes to the shell pool (see above). The object must not be used afterwards.
 */
export function release(o: PyObject): void {
  const type = o.type;
  freeObject(o, type.presize, (type.flags & 16384) !== 0);
  // (an object still on weak references' lists would leave them pointing at the shell: such a
  // dealloc bug must not turn into a weakref answering a new object, so that shell is not reused)
  if (o.constructor === PyObject && shellPool.length < shellPoolMax && o.weaklist === null) {
    // (addr is 0 already: freeObject gave the block back; the rest as the constructor sets it)
    o.refcnt = 0;
    o.gcNext = null;
    o.gcPrev = null;
    o.gcRefs = 0;
    o.gcBits = 0;
    o.value = null;
    o.aux = null;
    o.dict = null;
    o.values = null;
    const slots = o.slots;
    if (slots !== null) {
      o.slots = null;
      keepSlotArray(slots);
    }
    o.buf = 0;
    o.cap = 0;
    shellPool.push(o);
  }
  if (type.flags & 512) decref(type);
}

/**
 * CPython's per-type free lists (float 100, list 80, dict 80, tuple 2000 per size 1..20): a freed
 * object of an exact builtin type keeps its memory (and so its address) for the next one, and
 * neither allocation nor free touches the GC counters. A full collection empties them all.
 */
export class FreeList {
  readonly items: PyObject[] = [];
  /**
   * `report`: how sys._debugmallocstats() lists this free list (CPython's _PyDebugAllocatorStats
   * line: block name, sizeof the block) and where (`order`: dict 10, float 20, list 30, tuples
   * 40 + size, the order of _PyObject_DebugTypeStats).
   */
  constructor(readonly max: number, readonly report: { name: string; size: number; order: number } | null = null) {
    allFreeLists.push(this);
  }
  /** empty the list, returning the memory to obmalloc (gc.collect(2) does this) */
  clear(): void {
    for (const o of this.items) {
      const type = o.type;
      freeObject(o, type.presize, false);
    }
    this.items.length = 0;
  }
}

export const allFreeLists: FreeList[] = [];

/** how many objects each free list holds (for trimFreeLists) */
export function freeListLengths(): number[] {
  return allFreeLists.map((fl) => fl.items.length);
}

/**
 * Give back to obmalloc the objects the free lists took since freeListLengths() returned
 * `lengths`, as if those objects had been freed outright (their GC count too): the state a
 * stretch of code that made and dropped a few lists and tuples would have left without free lists.
 */
export function trimFreeLists(lengths: number[]): void {
  allFreeLists.forEach((fl, i) => {
    while (fl.items.length > lengths[i]) {
      const o = fl.items.pop()!;
      freeObject(o, o.type.presize, (o.type.flags & 16384) !== 0);
    }
  });
}

/** allocate, reusing a free-list object if one is there (no GC count, same address) */
export function allocateFrom(fl: FreeList, type: PyType, value: any, aux: any, nitems = 0, trackNow = true): PyObject {
  const o = fl.items.pop();
  if (o === undefined) return allocate(type, value, aux, nitems, trackNow);
  o.refcnt = 1;
  o.type = type;
  o.value = value;
  o.aux = aux;
  o.gcBits = 0;
  if (trackNow && (type.flags & 16384)) track(o);
  if (eventsOn.value) notifyReuse(o);
  return o;
}

/** allocateFrom(fl, type, value, null) for a leaf type (see LEAF OBJECTS) and a size of 1..512 bytes */
export function allocateLeafFrom(fl: FreeList, type: PyType, value: any, size: number): PyObject {
  const o = fl.items.pop();
  if (o === undefined) return allocateLeaf(type, value, null, size);
  o.refcnt = 1;
  o.type = type;
  o.value = value;
  if (eventsOn.value) notifyReuse(o);
  return o;
}

/** releaseTo(fl, o) for an object of a leaf type (see LEAF OBJECTS) */
export function releaseLeafTo(fl: FreeList, o: PyObject): void {
  if (fl.items.length < fl.max) {
    o.value = null;
    fl.items.push(o);
    return;
  }
  releaseLeaf(o);
}

/**
 * End of a dealloc: keep the object on the free list if there is room (it must be untracked
 * already), else release it. Returns nothing; the object must not be used afterwards.
 */
export function releaseTo(fl: FreeList, o: PyObject): void {
  if (fl.items.length < fl.max) {
    untrack(o);
    o.value = null;
    o.aux = null;
    o.dict = null;
    o.values = null;
    o.slots = null;
    o.weaklist = null;
    fl.items.push(o);
    return;
  }
  release(o);
}

/**
 * Leave exactly `count` free objects of `type` (room for `nitems` items) on `fl`, as if they had
 * been made and freed: the state an interpreter's own startup leaves its free lists in. Neither
 * adding nor dropping them touches the gc counters.
 */
export function settleFreeList(fl: FreeList, type: PyType, nitems: number, count: number): void {
  while (fl.items.length > count) {
    const o = fl.items.pop()!;
    freeObject(o, o.type.presize, false);
  }
  while (fl.items.length < Math.min(count, fl.max)) {
    const o = new PyObject(type, null, null);
    allocObject(o, type.basicsize + type.itemsize * nitems, type.presize, false);
    o.refcnt = 0;
    fl.items.push(o);
  }
}

/** The free-list lines at the end of sys._debugmallocstats(), in CPython's order. */
export function freeListStatsText(): string {
  return allFreeLists.filter((fl) => fl.report !== null)
    .sort((a, b) => a.report!.order - b.report!.order)
    .map((fl) => debugAllocatorStatsLine(fl.report!.name, fl.items.length, fl.report!.size))
    .join('');
}

export function clearAllFreeLists(): void {
  for (const fl of allFreeLists) fl.clear();
}
