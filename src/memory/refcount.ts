// LAYER: memory. Reference counting with immediate deallocation, and the trashcan.
//
// The discipline is CPython's: a reference is OWNED (whoever holds it must release it) or BORROWED.
// Storing into any slot takes an owned reference; overwriting or removing releases the old one.
// When a count reaches zero the object's type deallocates it at once (objects/<type>.ts `dealloc`).
//
// The trashcan (CPython's Py_TRASHCAN_BEGIN/END, Objects/object.c) bounds how deep deallocation
// can nest, so that freeing a million-long chain never overflows the JavaScript stack:
//
//     decref(head) -> dealloc(head) -> decref(next) -> dealloc(next) -> ... (nesting 1, 2, ... 50)
//                                                            |
//                    nesting >= 50: push the object on deleteLater, return at once
//     ... the outermost dealloc finishes (nesting back to 0) -> pop deleteLater (LIFO) one by one,
//         each of which may nest up to 50 again and defer the rest.
//
// So `__del__` order in very deep structures matches CPython's: pieces of 49 (UNWIND_LEVEL - 1).

import { PyObject } from './object.js';
import type { PyType } from '../objects/type.js';

/** CPython's _PyTrash_UNWIND_LEVEL */
export const TRASH_UNWIND_LEVEL = 50;

let trashNesting = 0;
const deleteLater: PyObject[] = [];

export function incref(o: PyObject): void {
  o.refcnt++;
}

export function xincref(o: PyObject | null): void {
  if (o !== null) o.refcnt++;
}

/** Release an owned reference; deallocates at zero. */
export function decref(o: PyObject): void {
  if (--o.refcnt === 0) deallocate(o);
}

export function xdecref(o: PyObject | null): void {
  if (o !== null && --o.refcnt === 0) deallocate(o);
}

/** Returns o after taking a new reference (for `return newref(x)`). */
export function newref<T extends PyObject>(o: T): T {
  o.refcnt++;
  return o;
}

/*
 * THE HOT TYPES. deallocate() calls a type's dealloc through the type (o.type.dealloc(o)): one
 * call site that sees every type, so V8 makes it a generic call it cannot inline. The types whose
 * objects die most often, exact int (a loop's counter, arithmetic's results), str and float,
 * register their deallocs here (objects/int.ts, str.ts, float.ts), and deallocate() calls those
 * from call sites of their own, which V8 inlines (int before anything else, str and float once
 * the type is known not to be a GC type, so containers pay one test). The same function runs
 * either way: only how the call is made differs.
 */
const NO_TYPE = {} as PyType;
const noDealloc = (_o: PyObject): void => {};
let hotType1 = NO_TYPE, hotDealloc1 = noDealloc;
let hotType2 = NO_TYPE, hotDealloc2 = noDealloc;
let hotType3 = NO_TYPE, hotDealloc3 = noDealloc;

/**
 * deallocate() is to call `type`'s dealloc, `dealloc`, directly (see above), as its hot type
 * number `rank` (1 is tested first: int; 2 and 3 are tested only for non-GC types). Not for GC
 * types, which need the trashcan.
 */
export function setHotDealloc(rank: 1 | 2 | 3, type: PyType, dealloc: (o: PyObject) => void): void {
  if (type.flags & 16384) throw new Error('setHotDealloc: a GC type needs the trashcan');
  if (rank === 1) {
    hotType1 = type;
    hotDealloc1 = dealloc;
  } else if (rank === 2) {
    hotType2 = type;
    hotDealloc2 = dealloc;
  } else {
    hotType3 = type;
    hotDealloc3 = dealloc;
  }
}

/**
 * Deallocate an object whose count reached zero, through the trashcan: at nesting depth 50 the
 * object is deferred and freed when the outermost deallocation unwinds.
 */
export function deallocate(o: PyObject): void {
  const type = o.type;
  if (type === hotType1) {
    hotDealloc1(o);
    return;
  }
  // objects of non-container types hold no references that could nest: no trashcan needed
  if ((type.flags & 16384) === 0) { // TPFLAGS_HAVE_GC
    if (type === hotType2) hotDealloc2(o);
    else if (type === hotType3) hotDealloc3(o);
    else type.dealloc(o);
    return;
  }
  if (trashNesting >= TRASH_UNWIND_LEVEL) {
    deleteLater.push(o);
    return;
  }
  trashNesting++;
  try {
    o.type.dealloc(o);
  } finally {
    trashNesting--;
    if (trashNesting === 0 && deleteLater.length > 0) destroyDeferred();
  }
}

/** _PyTrash_thread_destroy_chain: free what was deferred, newest first. */
function destroyDeferred(): void {
  trashNesting++;
  try {
    while (deleteLater.length > 0) {
      const o = deleteLater.pop()!;
      o.type.dealloc(o);
    }
  } finally {
    trashNesting--;
  }
}

/** For the audit and tests: objects deferred but not yet freed. */
export function pendingDeallocations(): number {
  return deleteLater.length;
}

/**
 * Fill a freshly made object (its only reference is ours): if filling raises, the object is
 * released before the error propagates. Returns the object. Saves the try/catch that every
 * "build a result" routine otherwise repeats.
 */
export function filled<T extends PyObject>(o: T, fill: (o: T) => void): T {
  try {
    fill(o);
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
}
