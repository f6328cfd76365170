// LAYER: memory. The one place where the runtime reports what happens to memory (allocation, free,
// collections, finalizers, weakref callbacks). Off by default: then each report site costs one
// branch on `eventsOn.value`. Viewers (tools/, the trace report) subscribe here and read nothing else
// besides stats.ts.
//
// 'alloc' and 'free' carry the object itself (a listener may keep per-object records keyed by it,
// as `pyheap trace` does for allocation sites). 'gc-garbage' lists the objects a collection found
// unreachable and is about to clear (after weakrefs and finalizers, resurrected ones excluded):
// they are still intact, so a listener can read their references; it must not change them.

import type { PyObject } from './object.js';

export type MemoryEvent =
  | { kind: 'alloc'; addr: number; size: number; typeName: string; obj: PyObject }
  | { kind: 'free'; addr: number; typeName: string; obj: PyObject }
  // an object taken back from a type's free list (objects/alloc.ts allocateFrom): no allocation
  // happens (tracemalloc records none), but it is a new object made at the current line
  | { kind: 'reuse'; obj: PyObject }
  // the block allocated for `from` now belongs to `to` (a class object takes over the block
  // allocated for it as a `type` instance)
  | { kind: 'replace'; from: PyObject; to: PyObject }
  // separately allocated buffers (heap.ts allocBuffer/resizeBuffer/freeBuffer): a list's items,
  // a dict's keys table, ...; `size` is the request in bytes
  | { kind: 'buffer-alloc'; addr: number; size: number }
  | { kind: 'buffer-realloc'; oldAddr: number; addr: number; size: number }
  | { kind: 'buffer-free'; addr: number }
  | { kind: 'gc-start'; generation: number }
  | { kind: 'gc-garbage'; generation: number; objects: Iterable<PyObject> }
  | { kind: 'gc-stop'; generation: number; collected: number; uncollectable: number; durationMs: number }
  | { kind: 'finalize'; addr: number; typeName: string }
  | { kind: 'weakref-callback'; addr: number };

type Listener = (e: MemoryEvent) => void;
const listeners: Listener[] = [];

export const eventsOn = { value: false };

export function subscribe(l: Listener): () => void {
  listeners.push(l);
  eventsOn.value = true;
  return () => {
    const i = listeners.indexOf(l);
    if (i >= 0) listeners.splice(i, 1);
    eventsOn.value = listeners.length > 0;
  };
}

export function emit(e: MemoryEvent): void {
  for (const l of listeners) l(e);
}

export function notifyAlloc(o: PyObject, size: number): void {
  emit({ kind: 'alloc', addr: o.addr, size, typeName: o.type.name, obj: o });
}

export function notifyBufferAlloc(addr: number, size: number): void {
  emit({ kind: 'buffer-alloc', addr, size });
}

export function notifyBufferRealloc(oldAddr: number, addr: number, size: number): void {
  emit({ kind: 'buffer-realloc', oldAddr, addr, size });
}

export function notifyBufferFree(addr: number): void {
  emit({ kind: 'buffer-free', addr });
}

export function notifyFree(o: PyObject): void {
  emit({ kind: 'free', addr: o.addr, typeName: o.type.name, obj: o });
}

export function notifyReuse(o: PyObject): void {
  emit({ kind: 'reuse', obj: o });
}

export function notifyReplace(from: PyObject, to: PyObject): void {
  emit({ kind: 'replace', from, to });
}

/** The collection of `generation` is about to clear these unreachable objects (gc.ts collectMain). */
export function notifyGarbage(generation: number, objects: Iterable<PyObject>): void {
  emit({ kind: 'gc-garbage', generation, objects });
}
