// LAYER: memory. The collector's generation lists and allocation counters (CPython's
// `struct _gc_runtime_state` in Include/internal/pycore_gc.h). The collection algorithm itself
// lives in gc.ts; this file only keeps the lists the objects are linked into:
//
//   generation 0 (threshold 700) <-> tracked objects in allocation order
//   generation 1 (threshold 10)
//   generation 2 (threshold 10)
//   permanent generation (gc.freeze)
//
// Each list is circular and doubly linked through the objects' own gcNext/gcPrev fields, with a
// header object as sentinel, so tracking, untracking and merging are O(1) like CPython's.

import { PyObject, GC_TRACKED, GC_COLLECTING } from './object.js';

export class GcList {
  readonly head: PyObject;
  constructor() {
    this.head = new PyObject(null as any, null, null);
    this.head.gcNext = this.head;
    this.head.gcPrev = this.head;
  }
  isEmpty(): boolean { return this.head.gcNext === this.head; }
  append(o: PyObject): void {
    const last = this.head.gcPrev!;
    last.gcNext = o;
    o.gcPrev = last;
    o.gcNext = this.head;
    this.head.gcPrev = o;
  }
  /** Move every object of `from` to the end of this list (gc_list_merge). */
  merge(from: GcList): void {
    if (from.isEmpty()) return;
    const first = from.head.gcNext!, last = from.head.gcPrev!;
    const tail = this.head.gcPrev!;
    tail.gcNext = first; first.gcPrev = tail;
    last.gcNext = this.head; this.head.gcPrev = last;
    from.head.gcNext = from.head; from.head.gcPrev = from.head;
  }
  size(): number {
    let n = 0;
    for (let o = this.head.gcNext!; o !== this.head; o = o.gcNext!) n++;
    return n;
  }
  *objects(): IterableIterator<PyObject> {
    for (let o = this.head.gcNext!; o !== this.head;) {
      const next = o.gcNext!;
      yield o;
      o = next;
    }
  }
}

export function unlink(o: PyObject): void {
  o.gcPrev!.gcNext = o.gcNext;
  o.gcNext!.gcPrev = o.gcPrev;
  o.gcNext = null;
  o.gcPrev = null;
}

export interface Generation { list: GcList; threshold: number; count: number }

export const NUM_GENERATIONS = 3;

export const gcState = {
  generations: [
    { list: new GcList(), threshold: 700, count: 0 },
    { list: new GcList(), threshold: 10, count: 0 },
    { list: new GcList(), threshold: 10, count: 0 },
  ] as Generation[],
  permanent: new GcList(),
  enabled: true,
  collecting: false,
  debug: 0,
  longLivedTotal: 0,
  longLivedPending: 0,
  /** installed by gc.ts: runs gc_collect_generations when the gen-0 count passes its threshold. */
  onThreshold: null as null | (() => void),
};

/**
 * _PyObject_GC_TRACK: link a fresh or untracked GC object into generation 0. (Without the
 * collector's COLLECTING mark, which an object the collector untracked may still carry: gc.ts's
 * full collections count on no tracked object carrying it between collections.)
 */
export function track(o: PyObject): void {
  if (o.gcBits & GC_TRACKED) return;
  o.gcBits = (o.gcBits | GC_TRACKED) & ~GC_COLLECTING;
  gcState.generations[0].list.append(o);
}

/** _PyObject_GC_UNTRACK */
export function untrack(o: PyObject): void {
  if (!(o.gcBits & GC_TRACKED)) return;
  o.gcBits &= ~GC_TRACKED;
  unlink(o);
}

export function isTracked(o: PyObject): boolean {
  return (o.gcBits & GC_TRACKED) !== 0;
}

/** _PyObject_GC_Link: a fresh GC allocation bumps count0 and may trigger a collection. */
export function countGcAllocation(): void {
  const g0 = gcState.generations[0];
  g0.count++;
  if (g0.count > g0.threshold && gcState.enabled && g0.threshold !== 0 && !gcState.collecting &&
      gcState.onThreshold !== null) {
    gcState.onThreshold();
  }
}

/** PyObject_GC_Del's accounting: count0 falls, never below zero. */
export function countGcFree(): void {
  const g0 = gcState.generations[0];
  if (g0.count > 0) g0.count--;
}

/**
 * The collector's state when a script starts, as CPython 3.11's own startup leaves it: its young
 * and middle collections (22 and 2 of them while site, encodings and io load) have moved the
 * interpreter's objects (builtins, sys, the modules, __main__'s dict) into the oldest generation,
 * waiting there for a first full collection (long_lived_pending), and the oldest generation's
 * count reads `oldCount`. pyheap's startup objects are moved there the same way. (The young
 * count stays pyheap's own: CPython's also counts its compiler's temporaries and the modules its
 * site imported, which differ from machine to machine.)
 */
export function settleStartupGenerations(oldCount: number): void {
  const [g0, g1, g2] = gcState.generations;
  const moved = g0.list.size() + g1.list.size();
  g2.list.merge(g0.list);
  g2.list.merge(g1.list);
  gcState.longLivedPending += moved;
  g1.count = 0;
  g2.count = oldCount;
}

