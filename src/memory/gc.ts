// LAYER: memory. The cycle collector: CPython 3.11's Modules/gcmodule.c, step by step, with the
// same function names in camelCase. Reference counting frees everything that is not part of a
// reference cycle; this file finds the cycles nobody outside them refers to and breaks them.
//
// THE IDEA. Only container objects ("GC objects": types with TPFLAGS_HAVE_GC) can form cycles, and
// they are linked into generation lists (generations.ts). To collect generation g:
//
//   young = gen g (+ all younger gens merged in)          old = gen g+1 (gen 2: young itself)
//
//   1. updateRefs     gcRefs := refcnt                      for every o in young (COLLECTING set)
//   2. subtractRefs   for every o in young, for every child c that o.traverse visits:
//                     if c is in young: c.gcRefs -= 1
//                     => gcRefs = number of references coming from OUTSIDE young
//
//        outside ──► A ──► B ──► C ◄──┐          D ◄──► E          (F: refcnt 1, held by F)
//                    refs: A=1 B=0 C=0 ... D=0 E=0 F=0
//
//   3. moveUnreachable  walk young; gcRefs > 0 means reachable: traverse it and give every child
//                     that looked unreachable gcRefs = 1 (moving it back from `unreachable` to the
//                     end of young, so it is scanned too); gcRefs == 0 means "tentatively
//                     unreachable": move it to `unreachable` (marked gcRefs = -1, where CPython
//                     sets a flag bit that it must then clear again in another pass).
//
//        young:       A  B  C                 (reachable from outside, transitively)
//        unreachable: D  E  F                 (only referenced from inside the trash)
//
//   4. the survivors in young are promoted to old (tuples of atoms untracked first; in a full
//      collection dicts of atoms too);
//   5. the trash is finalized (PEP 442: __del__ once per object, everything still intact), then
//      re-examined (a __del__ may have stored a reference to it somewhere: "resurrection"; steps
//      1-3 run again on the trash alone and whatever is now reachable goes to old), and what is
//      still trash is cleared with tp_clear, which breaks the cycles: refcounting frees the rest.
//
// collectMain is the table of contents; every step is a function below tagged with the CPython
// function it mirrors. Counters, thresholds, the 25% long-lived rule and gc.callbacks follow
// ../shared/docs/cpython-memory.md §11. The collector only ever looks at TRACKED objects, so static
// objects (static types, None, small ints, the empty tuple) are never examined, let alone cleared.
//
// The runtime wires `gcHooks` (things of higher layers: the exact tuple/dict types, calling
// __del__ with unraisable reporting, clearing free lists, stderr, gc.garbage and gc.callbacks).

import { PyObject, Visit, GC_TRACKED, GC_FINALIZED, GC_COLLECTING } from './object.js';
import type { PyType } from '../objects/type.js';
import { GcList, gcState, unlink, untrack, NUM_GENERATIONS } from './generations.js';
import { incref, decref } from './refcount.js';
import { emit, eventsOn, notifyGarbage } from './events.js';

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

const TPFLAGS_HEAPTYPE = 1 << 9;
const TPFLAGS_HAVE_GC = 1 << 14;
const TPFLAGS_TYPE_SUBCLASS = 1 << 31;

/** generation_stats[3] */
export const gcStats = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));

export const gcHooks = {
  /** the exact builtin tuple and dict types (untrack_tuples / untrack_dicts) */
  tupleType: null as PyType | null,
  dictType: null as PyType | null,
  /** PyObject_CallFinalizer's call of tp_finalize: exceptions reported as unraisable, never thrown */
  callFinalizer: (o: PyObject): void => { o.type.finalize!(o); },
  /** report an exception (a JS value caught around tp_clear or a callback) as unraisable;
   *  returns false if it is not a Python exception (then it is rethrown) */
  reportUnraisable: (_e: unknown, _where: PyObject): boolean => false,
  /** clear_freelists (full collections) */
  clearFreeLists: (): void => {},
  /** PySys_WriteStderr, for the DEBUG_* output */
  writeStderr: (s: string): void => { process.stderr.write(s); },
  /** PyList_Append(gcstate->garbage, o) */
  appendGarbage: (_o: PyObject): void => {},
  /** invoke_gc_callback(phase, generation, collected, uncollectable) */
  invokeCallbacks: (_phase: string, _generation: number, _collected: number, _uncollectable: number): void => {},
  /**
   * The common heap-type instance (objects/typeobject.ts): its type's traverse, and what it visits
   * when the instance has no __slots__, no dict object and `object` as its solid base: its inline
   * values (an InstanceValues: `valuesClass`) in index order, then its type. The collector's own
   * passes visit such an instance inline instead of through its traverse (see instanceValues).
   */
  instances: {
    // (until wired: a traverse no type has, so nothing matches)
    traverse: ((_o: PyObject, _visit: Visit): void => {}) as (o: PyObject, visit: Visit) => void,
    objectType: null as PyType | null,
    valuesClass: class { vals: (PyObject | null)[] = []; } as abstract new (...args: any[]) => { vals: (PyObject | null)[] },
  },
  /** weak references (objects/weakref.ts), for handleWeakrefs */
  weakrefs: {
    /** PyWeakref_Check: a ref, a ref subclass instance or a proxy */
    isWeakref: (_o: PyObject): boolean => false,
    /** _PyWeakref_ClearRef: clear (unlink from its referent) but keep the callback, uncalled */
    clearKeepingCallback: (_wr: PyObject): void => {},
    hasCallback: (_wr: PyObject): boolean => false,
    /** call wr's callback with wr (the callback stays set); exceptions reported as unraisable */
    callCallback: (_wr: PyObject): void => {},
  },
};

// ---------------------------------------------------------------- helpers

/** _PyObject_IS_GC: a GC type, and for types only heap types (type's tp_is_gc) */
export function isGcObject(o: PyObject): boolean {
  const t = o.type;
  if (!(t.flags & TPFLAGS_HAVE_GC)) return false;
  if (t.flags & TPFLAGS_TYPE_SUBCLASS) return ((o as PyType).flags & TPFLAGS_HEAPTYPE) !== 0;
  return true;
}

/** _PyObject_GC_MAY_BE_TRACKED */
function mayBeTracked(o: PyObject): boolean {
  if (!isGcObject(o)) return false;
  if (o.type === gcHooks.tupleType) return (o.gcBits & GC_TRACKED) !== 0;
  return true;
}

/** gc_list_move: unlink from whatever list o is in, append to `to` (the tracked bit is kept) */
function listMove(o: PyObject, to: GcList): void {
  unlink(o);
  to.append(o);
}

function traverse(o: PyObject, visit: Visit): void {
  const tr = o.type.traverse;
  if (tr !== null) tr(o, visit);
}

/**
 * The inline values of `o` when its traverse would visit exactly those (in index order) and then
 * its type (gcHooks.instances); null for anything else. The passes that visit every object of a
 * collection use it to handle the most common GC object, the plain class instance, without two
 * calls through function values per object and one more per attribute (the same visits, in the
 * same order).
 */
function instanceValues(o: PyObject): (PyObject | null)[] | null {
  const t = o.type;
  const inst = gcHooks.instances;
  if (t.traverse !== inst.traverse || o.slots !== null || o.dict !== null || t.solidBase !== inst.objectType) return null;
  const iv = o.values;
  return iv instanceof inst.valuesClass ? iv.vals : null;
}

/** tp_traverse of o with `visit`, a plain instance's values read inline (see instanceValues) */
function traverseInline(o: PyObject, visit: Visit): void {
  const vals = instanceValues(o);
  if (vals === null) {
    traverse(o, visit);
    return;
  }
  for (let i = 0; i < vals.length; i++) {
    const c = vals[i];
    if (c !== null) visit(c);
  }
  visit(o.type);
}

function addrOf(o: PyObject): string {
  return '0x' + o.addr.toString(16).padStart(12, '0');
}

// ---------------------------------------------------------------- finding the unreachable set

/** update_refs: gc_refs = ob_refcnt for every object of the list, and mark it COLLECTING */
export function updateRefs(containers: GcList): void {
  const head = containers.head;
  for (let o = head.gcNext!; o !== head;) {
    const next = o.gcNext!;
    if (o.refcnt === 0) {
      // pyheap's trashcan defers an object before its dealloc untracks it (CPython untracks first):
      // an object waiting on the trashcan is already dead, so it is not part of any collection
      // (what CPython 3.12's update_refs does too). Its references then count as external.
      untrack(o);
      o.gcBits &= ~GC_COLLECTING; // (a re-examination finds it still flagged from the first pass)
    } else {
      o.gcRefs = o.refcnt;
      o.gcBits |= GC_COLLECTING;
    }
    o = next;
  }
}

/** visit_decref: a reference from inside the collected set */
function visitDecref(o: PyObject): void {
  if (o.gcBits & GC_COLLECTING) o.gcRefs--;
}

/** subtract_refs: gc_refs -= references from objects of the list itself */
export function subtractRefs(containers: GcList): void {
  const head = containers.head;
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
    traverseInline(o, visitDecref);
  }
}

/**
 * update_refs and subtract_refs in one walk, for a full collection while nothing is frozen: then
 * every tracked object is in young, so a child needs no COLLECTING mark to be known as a member
 * (being tracked says it), and its gc_refs can be set from its refcount the first time it is met,
 * as a child or in the walk, whichever comes first; the COLLECTING mark then says "set already".
 * (No tracked object carries the mark between collections: every collection clears it on what it
 * leaves in the lists, and track() clears it.) The result is the same numbers, with one walk over
 * the whole heap fewer.
 */
function updateAndSubtractRefs(containers: GcList): void {
  const head = containers.head;
  for (let o = head.gcNext!; o !== head;) {
    const next = o.gcNext!;
    if (o.refcnt === 0) {
      // (see updateRefs; nothing refers to it, so it was not met as a child either)
      untrack(o);
      o.gcBits &= ~GC_COLLECTING;
    } else {
      if (!(o.gcBits & GC_COLLECTING)) {
        o.gcRefs = o.refcnt;
        o.gcBits |= GC_COLLECTING;
      }
      traverseInline(o, visitDecrefWholeHeap);
    }
    o = next;
  }
}

/** visit_decref of updateAndSubtractRefs: every tracked object is collected */
function visitDecrefWholeHeap(o: PyObject): void {
  const bits = o.gcBits;
  if (!(bits & GC_COLLECTING)) {
    if (!(bits & GC_TRACKED)) return;
    o.gcRefs = o.refcnt;
    o.gcBits = bits | GC_COLLECTING;
  }
  o.gcRefs--;
}

let reachableTarget: GcList | null = null;
/** how many objects move_unreachable's `unreachable` list holds */
let unreachableCount = 0;

/** gcRefs of an object moved to `unreachable` by move_unreachable (CPython: the NEXT_MASK_UNREACHABLE
 *  bit). Stored in gcRefs, which the next update_refs overwrites, it needs no clearing pass. */
const TENTATIVELY_UNREACHABLE = -1;

/** visit_reachable: a child of a reachable object is reachable */
function visitReachable(o: PyObject): void {
  if (!(o.gcBits & GC_COLLECTING)) return; // not in this collection, or already scanned
  if (o.gcRefs === TENTATIVELY_UNREACHABLE) {
    // tentatively unreachable: move it back to the end of young, where the walk will reach it
    listMove(o, reachableTarget!);
    unreachableCount--;
    o.gcRefs = 1;
  } else if (o.gcRefs === 0) {
    // not scanned yet: it will be, with gc_refs > 0
    o.gcRefs = 1;
  }
}

/**
 * What move_unreachable notes about the trash it builds, on the way (no pass of its own over it):
 * how many objects it holds (the "collected" count), whether any of them may still need its
 * __del__ called, and whether any may have weak references to it or be one (then handle_weakrefs
 * has work to do; if not, it needs no walk). The last two are noted as objects move to
 * `unreachable` and not withdrawn when one moves back: they may say yes for nothing, never no
 * wrongly.
 */
export interface TrashSummary { size: number; mayNeedFinalizing: boolean; mayHaveWeakrefs: boolean }

/** move the objects linked between `prev` and `next` (exclusive) to the end of `to` */
function moveRun(prev: PyObject, next: PyObject, to: GcList): void {
  const first = prev.gcNext!, last = next.gcPrev!;
  prev.gcNext = next;
  next.gcPrev = prev;
  const tail = to.head.gcPrev!;
  tail.gcNext = first;
  first.gcPrev = tail;
  last.gcNext = to.head;
  to.head.gcPrev = last;
}

/**
 * move_unreachable: objects with gc_refs == 0 go (tentatively) to `unreachable` (which must be
 * empty); a reachable object makes everything it refers to reachable. Objects moved back to young
 * during the walk are visited too, since they are appended at its end. `summary` is filled in.
 *
 * With `untrackTuples`, untrack_tuples is done on the way: a reachable exact tuple is untracked as
 * soon as the walk has scanned it (CPython does it in a walk of its own over young afterwards, in
 * the same order: the walk's order of the objects it keeps is young's final order, and a tuple's
 * test reads only whether its items are tracked, which only the untracking of tuples before it in
 * that order changes). Returns how many objects young holds then.
 */
export function moveUnreachable(young: GcList, unreachable: GcList, summary: TrashSummary,
  untrackTuples: boolean): number {
  const head = young.head;
  const tupleType = untrackTuples ? gcHooks.tupleType : null;
  let kept = 0;
  const saved = reachableTarget;
  reachableTarget = young;
  unreachableCount = 0;
  const isWeakref = gcHooks.weakrefs.isWeakref;
  let finalizable = false;
  let weak = false;
  try {
    // A run of consecutive unreachable objects stays linked where it is until the walk meets the
    // next reachable object (or the end of young): then the whole run moves to `unreachable` at
    // once, before that object is traversed (so visitReachable finds everything tentatively
    // unreachable in `unreachable`, as if each had moved on its own).
    let prev = head; // the last object kept in young
    let o = head.gcNext!;
    while (o !== head) {
      if (o.gcRefs > 0) {
        if (prev.gcNext !== o) moveRun(prev, o, unreachable);
        traverseInline(o, visitReachable);
        o.gcBits &= ~GC_COLLECTING;
        if (o.type === tupleType && tupleMayUntrack(o)) {
          const next = o.gcNext!;
          untrack(o);
          o = next;
          continue;
        }
        prev = o;
        kept++;
      } else {
        o.gcRefs = TENTATIVELY_UNREACHABLE;
        unreachableCount++;
        if (!finalizable && o.type.finalize !== null && !(o.gcBits & GC_FINALIZED)) finalizable = true;
        // (a weak reference always has a payload in aux: the cheap test first)
        if (!weak && (o.weaklist !== null || (o.aux !== null && isWeakref(o)))) weak = true;
      }
      o = o.gcNext!;
    }
    if (prev.gcNext !== head) moveRun(prev, head, unreachable);
  } finally {
    reachableTarget = saved;
  }
  summary.size = unreachableCount;
  summary.mayNeedFinalizing = finalizable;
  summary.mayHaveWeakrefs = weak;
  return kept;
}

/**
 * deduce_unreachable: steps 1-3 of the block comment; `summary` describes the trash found.
 * `wholeHeap`: base holds every tracked object (a full collection, nothing frozen).
 * `untrackTuples`: see moveUnreachable. Returns how many objects base holds then.
 */
export function deduceUnreachable(base: GcList, unreachable: GcList, summary: TrashSummary,
  wholeHeap: boolean, untrackTuples: boolean): number {
  if (wholeHeap) {
    updateAndSubtractRefs(base);
  } else {
    updateRefs(base);
    subtractRefs(base);
  }
  return moveUnreachable(base, unreachable, summary, untrackTuples);
}


// ---------------------------------------------------------------- lazy untracking

/** _PyTuple_MaybeUntrack's test: a tuple none of whose items may be tracked needs no tracking */
function tupleMayUntrack(t: PyObject): boolean {
  const items = t.value as (PyObject | null)[] | null;
  if (items === null) return false;
  for (let i = 0; i < items.length; i++) {
    const e = items[i];
    if (e === null || e === undefined) return false; // still under construction
    if (mayBeTracked(e)) return false;
  }
  return true;
}

/** _PyDict_MaybeUntrack: str-keyed (and split) tables look at the values only */
function dictMaybeUntrack(d: PyObject): boolean {
  if (!(d.gcBits & GC_TRACKED)) return false;
  const t = d.value as { keys: (PyObject | null)[]; vals: (PyObject | null)[]; unicode: boolean } | null;
  if (t === null) return false;
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k === null) continue;
    const v = t.vals[i];
    if (v !== null && v !== undefined && mayBeTracked(v)) return false;
    if (!t.unicode && mayBeTracked(k)) return false;
  }
  untrack(d);
  return true;
}

/**
 * untrack_dicts: only in full collections (issue #14775: no quadratic dict build-up), after
 * untrack_tuples (done by moveUnreachable). Returns how many dicts it untracked.
 */
export function untrackDicts(head: GcList): number {
  const dictType = gcHooks.dictType;
  let n = 0;
  for (let o = head.head.gcNext!; o !== head.head;) {
    const next = o.gcNext!;
    if (o.type === dictType && dictMaybeUntrack(o)) n++;
    o = next;
  }
  return n;
}

// ---------------------------------------------------------------- finalizers and garbage

/**
 * move_legacy_finalizers: objects with a legacy tp_del go to `finalizers` (uncollectable). pyheap
 * has no tp_del types, so nothing moves (and the tentative-unreachable mark needs no stripping:
 * see moveUnreachable).
 */
export function moveLegacyFinalizers(_unreachable: GcList, _finalizers: GcList): void {
}

/** move_legacy_finalizer_reachable: what the legacy-finalizer objects reach is uncollectable too */
export function moveLegacyFinalizerReachable(finalizers: GcList): void {
  const head = finalizers.head;
  // the list grows while it is walked: what is appended is traversed too
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
    traverse(o, (c) => {
      if (c.gcBits & GC_COLLECTING) {
        c.gcBits &= ~GC_COLLECTING;
        listMove(c, finalizers);
      }
    });
  }
}

/**
 * handle_weakrefs: before any finalizer runs, clear every weak reference to the trash, so that no
 * callback (nor anyone else) can reach a trash object through one. Weak references that are trash
 * themselves are cleared too and their callbacks never run (they could see objects already
 * cleared). The callbacks of the other (reachable) weak references run after all the clearing,
 * each holding its weak reference alive; one that dies in its callback counts as freed, and the
 * count of those is returned. Survivors go to `old`.
 * `summary` is move_unreachable's: a walk is needed only if some trash object may have weak
 * references or be one. Unless `summaryIsCurrent` (no Python code can have run since: the
 * DEBUG_COLLECTABLE lines go to sys.stderr) the walk is made anyway, and fills the summary in again.
 */
export function handleWeakrefs(unreachable: GcList, old: GcList, summary: TrashSummary,
  summaryIsCurrent: boolean): number {
  if (summaryIsCurrent && !summary.mayHaveWeakrefs) return 0;
  const wro = gcHooks.weakrefs;
  const isWeakref = wro.isWeakref;
  let toCall: GcList | null = null;
  let size = 0;
  let finalizable = false;
  const head = unreachable.head;
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
    size++;
    if (!finalizable && o.type.finalize !== null && !(o.gcBits & GC_FINALIZED)) finalizable = true;
    // a weak reference inside the trash: cleared now, so its callback cannot run later
    // (a weak reference always has a payload in aux: the cheap test first)
    if (o.aux !== null && isWeakref(o)) wro.clearKeepingCallback(o);
    if (o.weaklist === null) continue;
    // (clearing unlinks each one: the head of the referent's list moves on)
    for (let wr: PyObject | null = o.weaklist; wr !== null; wr = o.weaklist) {
      wro.clearKeepingCallback(wr);
      if (!wro.hasCallback(wr)) continue;
      if (wr.gcBits & GC_COLLECTING) continue; // trash itself: already cleared above, no call
      incref(wr);
      if (toCall === null) toCall = new GcList();
      listMove(wr, toCall);
    }
  }
  summary.size = size;
  summary.mayNeedFinalizing = finalizable;
  summary.mayHaveWeakrefs = true;
  let freed = 0;
  if (toCall !== null) pythonCodeRan = true;
  while (toCall !== null && !toCall.isEmpty()) {
    const wr = toCall.head.gcNext!;
    wro.callCallback(wr);
    decref(wr);
    if (toCall.head.gcNext === wr) listMove(wr, old); // still alive
    else freed++;
  }
  return freed;
}

/**
 * Set when Python code may have run since the trash was found (a weakref callback, a __del__):
 * only then can anything have been resurrected, so only then is the trash examined again (and
 * only then can the trash summary be out of date: a callback may have given a class a __del__).
 */
let pythonCodeRan = false;

/** does any object of the list still need its tp_finalize called? */
function needsFinalizing(list: GcList): boolean {
  const head = list.head;
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
    if (o.type.finalize !== null && !(o.gcBits & GC_FINALIZED)) return true;
  }
  return false;
}

/** finalize_garbage (PEP 442): tp_finalize (__del__) once per object, in list order */
export function finalizeGarbage(collectable: GcList, summary: TrashSummary): void {
  // the common case, no __del__ at all: nothing to do (instead of moving every object twice)
  if (!(pythonCodeRan ? needsFinalizing(collectable) : summary.mayNeedFinalizing)) return;
  pythonCodeRan = true;
  const seen = new GcList();
  while (!collectable.isEmpty()) {
    const o = collectable.head.gcNext!;
    listMove(o, seen);
    if (!(o.gcBits & GC_FINALIZED) && o.type.finalize !== null) {
      o.gcBits |= GC_FINALIZED;
      incref(o);
      gcHooks.callFinalizer(o);
      decref(o);
    }
  }
  collectable.merge(seen);
}

/**
 * handle_resurrected_objects: after the finalizers ran, run deduce_unreachable again on the trash
 * alone. Whatever a finalizer made reachable again (and everything it reaches) goes to `old`.
 * (gc_list_clear_collecting is folded into update_refs, which sets the flag again anyway.)
 * If no Python code ran since the trash was found, no reference to it can have appeared: the
 * examination would find all of it unreachable again, in the same order, so it is skipped.
 */
export function handleResurrectedObjects(unreachable: GcList, stillUnreachable: GcList, old: GcList,
  summary: TrashSummary): void {
  if (!pythonCodeRan) {
    stillUnreachable.merge(unreachable);
    return;
  }
  const resurrected = unreachable;
  deduceUnreachable(resurrected, stillUnreachable, summary, false, false);
  old.merge(resurrected);
}

/** delete_garbage: tp_clear every object (or keep it in gc.garbage under DEBUG_SAVEALL) */
export function deleteGarbage(collectable: GcList, old: GcList): void {
  while (!collectable.isEmpty()) {
    const o = collectable.head.gcNext!;
    if (gcState.debug & DEBUG_SAVEALL) {
      gcHooks.appendGarbage(o);
    } else {
      const clear = o.type.clear;
      if (clear !== null) {
        incref(o);
        try {
          clear(o);
        } catch (e) {
          if (!gcHooks.reportUnraisable(e, o.type)) throw e;
        } finally {
          decref(o);
        }
      }
    }
    if (collectable.head.gcNext === o) {
      // still alive: it may die later
      o.gcBits &= ~GC_COLLECTING;
      listMove(o, old);
    }
  }
}

/** handle_legacy_finalizers: tp_del objects (all of them with SAVEALL) go to gc.garbage; all stay alive */
export function handleLegacyFinalizers(finalizers: GcList, old: GcList): void {
  if (finalizers.isEmpty()) return; // (the common case: no generator made for nothing)
  for (const o of finalizers.objects()) {
    // (`|| hasLegacyFinalizer(o)` once a type with tp_del exists)
    if (gcState.debug & DEBUG_SAVEALL) gcHooks.appendGarbage(o);
  }
  old.merge(finalizers);
}

function debugCycle(msg: string, o: PyObject): void {
  gcHooks.writeStderr(`gc: ${msg} <${o.type.name} ${addrOf(o)}>\n`);
}

/** show_stats_each_generations */
function showStatsEachGenerations(): void {
  const sizes = gcState.generations.map((g) => ' ' + g.list.size()).join('');
  gcHooks.writeStderr(`gc: objects in each generation:${sizes}\n` +
    `gc: objects in permanent generation: ${gcState.permanent.size()}\n`);
}

// ---------------------------------------------------------------- the collection

export interface CollectResult { collected: number; uncollectable: number }

/** gc_collect_main: one collection of generation `generation`; returns collected + uncollectable figures */
export function collectMain(generation: number): CollectResult {
  const gens = gcState.generations;
  let t1 = 0;
  if (gcState.debug & DEBUG_STATS) {
    gcHooks.writeStderr(`gc: collecting generation ${generation}...\n`);
    showStatsEachGenerations();
    t1 = performance.now();
  }

  // update collection and allocation counters
  if (generation + 1 < NUM_GENERATIONS) gens[generation + 1].count += 1;
  for (let i = 0; i <= generation; i++) gens[i].count = 0;

  // merge younger generations with the one we are collecting
  const young = gens[generation].list;
  for (let i = 0; i < generation; i++) young.merge(gens[i].list);
  const old = generation < NUM_GENERATIONS - 1 ? gens[generation + 1].list : young;

  // find what is unreachable from outside young
  const unreachable = new GcList();
  const summary: TrashSummary = { size: 0, mayNeedFinalizing: false, mayHaveWeakrefs: false };
  let survivors = deduceUnreachable(young, unreachable, summary,
    young === old && gcState.permanent.isEmpty(), true);

  // promote the survivors
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) gcState.longLivedPending += survivors;
    old.merge(young);
  } else {
    survivors -= untrackDicts(young);
    gcState.longLivedPending = 0;
    gcState.longLivedTotal = survivors;
  }

  // legacy (tp_del) finalizers make their whole reachable set uncollectable
  const finalizers = new GcList();
  moveLegacyFinalizers(unreachable, finalizers);
  moveLegacyFinalizerReachable(finalizers);

  if (gcState.debug & DEBUG_COLLECTABLE) for (const o of unreachable.objects()) debugCycle('collectable', o);

  // weakrefs first, then __del__, then keep what __del__ resurrected, then break the cycles
  pythonCodeRan = false;
  let m = handleWeakrefs(unreachable, old, summary, !(gcState.debug & DEBUG_COLLECTABLE));
  finalizeGarbage(unreachable, summary);
  const finalUnreachable = new GcList();
  handleResurrectedObjects(unreachable, finalUnreachable, old, summary);
  m += summary.size;
  if (eventsOn.value) notifyGarbage(generation, finalUnreachable.objects());
  deleteGarbage(finalUnreachable, old);

  // uncollectable objects
  let n = 0;
  if (!finalizers.isEmpty()) {
    for (const o of finalizers.objects()) {
      n++;
      if (gcState.debug & DEBUG_UNCOLLECTABLE) debugCycle('uncollectable', o);
    }
  }
  if (gcState.debug & DEBUG_STATS) {
    const d = (performance.now() - t1) / 1000;
    gcHooks.writeStderr(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${d.toFixed(4)}s elapsed\n`);
  }
  handleLegacyFinalizers(finalizers, old);

  if (generation === NUM_GENERATIONS - 1) gcHooks.clearFreeLists();

  const st = gcStats[generation];
  st.collections++;
  st.collected += m;
  st.uncollectable += n;
  return { collected: m, uncollectable: n };
}

/** gc_collect_with_callback: the "start" and "stop" callbacks around a collection */
export function collectWithCallback(generation: number): number {
  gcHooks.invokeCallbacks('start', generation, 0, 0);
  // memory events (viewers such as `pyheap trace`): one branch when nobody listens
  const t0 = eventsOn.value ? performance.now() : 0;
  if (eventsOn.value) emit({ kind: 'gc-start', generation });
  const r = collectMain(generation);
  if (eventsOn.value) {
    emit({ kind: 'gc-stop', generation, collected: r.collected, uncollectable: r.uncollectable, durationMs: performance.now() - t0 });
  }
  gcHooks.invokeCallbacks('stop', generation, r.collected, r.uncollectable);
  return r.collected + r.uncollectable;
}

/** gc_collect_generations: the oldest generation over its threshold (full ones: the 25% rule) */
export function collectGenerations(): number {
  const gens = gcState.generations;
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (gens[i].count > gens[i].threshold) {
      // avoid quadratic behaviour: a full collection only when the objects that survived
      // gen-1 collections since the last one are at least 25% of the long-lived ones
      if (i === NUM_GENERATIONS - 1 && gcState.longLivedPending < Math.floor(gcState.longLivedTotal / 4)) continue;
      return collectWithCallback(i);
    }
  }
  return 0;
}

/** gc.collect(generation): 0 at once if a collection is already running; runs even when disabled */
export function collect(generation: number): number {
  if (gcState.collecting) return 0;
  gcState.collecting = true;
  try {
    return collectWithCallback(generation);
  } finally {
    gcState.collecting = false;
  }
}

/** _PyGC_CollectNoFail: a full collection without callbacks, ignoring gc.enabled (shutdown) */
export function collectNoFail(): number {
  if (gcState.collecting) return 0;
  gcState.collecting = true;
  try {
    const r = collectMain(NUM_GENERATIONS - 1);
    return r.collected + r.uncollectable;
  } finally {
    gcState.collecting = false;
  }
}

/** PyGC_Collect at shutdown (§11.9 step 4): a full collection with callbacks, only if gc is enabled */
export function collectAtExit(): number {
  if (!gcState.enabled) return 0;
  return collect(NUM_GENERATIONS - 1);
}

/** _PyObject_GC_Link's trigger (installed as gcState.onThreshold) */
function onThreshold(): void {
  gcState.collecting = true;
  try {
    collectGenerations();
  } finally {
    gcState.collecting = false;
  }
}

gcState.onThreshold = onThreshold;

/**
 * PYHEAP_GC_STRESS=1 (difftest --stress): a collection at every tracked allocation, to shake out
 * traverse and refcount mistakes. Internally threshold0 = -1, so `count0 > threshold0` always holds
 * in _PyObject_GC_Link; gc.get_threshold()/set_threshold() show and keep the user's value
 * (stressThreshold0). Output that depends on when collections happen differs, of course.
 * Read when a run starts (readGcStressSetting, from boot), not when this module loads.
 */
export let gcStress = false;
export const stressState = { threshold0: 700 };

export function readGcStressSetting(env: NodeJS.ProcessEnv): void {
  gcStress = !!env.PYHEAP_GC_STRESS && env.PYHEAP_GC_STRESS !== '0';
  if (gcStress) gcState.generations[0].threshold = -1;
}
