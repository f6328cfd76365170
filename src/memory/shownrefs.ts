// LAYER: memory. The count `sys.getrefcount` shows, where it is not the object's own `refcnt`.
//
// Two kinds of object carry a count that pyheap does not keep as CPython would:
//
//   object                        refcnt (internal)              sys.getrefcount shows
//   ----------------------------  -----------------------------  ---------------------------------
//   static lifetime: a static     STATIC_LIFETIME (2^20) plus    refcnt - 2^20: the references
//   type, a static type's         the references pyheap counts   pyheap counts, as CPython's
//   descriptors                   (never reaches zero)           ordinary count does
//   held by CPython's startup:    what pyheap counts             refcnt + the references CPython
//   None, small ints, 1-char                                     3.11's startup (site, encodings,
//   strs, builtins, ...                                          io, importlib) holds and pyheap's
//                                                                smaller startup does not make
//
// Both are offsets kept beside the object (a Map: a few hundred objects, read only by
// sys.getrefcount), so no count the collector, the audit or deallocation reads is changed.
// The startup offsets come from objects/startuprefs.ts.

import type { PyObject } from './object.js';

/** the internal count a static-lifetime object starts from: far from zero, never freed */
export const STATIC_LIFETIME = 1 << 20;

const shownOffsets = new Map<PyObject, number>();

/** o lives for the whole run: its count starts at STATIC_LIFETIME, which getrefcount hides */
export function makeStaticLifetime(o: PyObject): void {
  o.refcnt = STATIC_LIFETIME;
  shownOffsets.set(o, (shownOffsets.get(o) ?? 0) - STATIC_LIFETIME);
}

/** n references that CPython holds on o and pyheap does not make (shown, never counted) */
export function addShownReferences(o: PyObject, n: number): void {
  shownOffsets.set(o, (shownOffsets.get(o) ?? 0) + n);
}

/** what sys.getrefcount(o) reports (its argument's own reference included by the caller) */
export function shownRefcount(o: PyObject): number {
  const offset = shownOffsets.get(o);
  return offset === undefined ? o.refcnt : o.refcnt + offset;
}
