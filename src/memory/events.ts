// LAYER: memory. The one place where the runtime reports what happens to memory (allocation, free,
// collections, finalizers, weakref callbacks). Off by default: then each report site costs one
// branch on `eventsOn.value`. Viewers (tools/, the trace report) subscribe here and read nothing else
// besides stats.ts.

import type { PyObject } from './object.js';

export type MemoryEvent =
  | { kind: 'alloc'; addr: number; size: number; typeName: string }
  | { kind: 'free'; addr: number; typeName: string }
  // separately allocated buffers (heap.ts allocBuffer/resizeBuffer/freeBuffer): a list's items,
  // a dict's keys table, ...; `size` is the request in bytes
  | { kind: 'buffer-alloc'; addr: number; size: number }
  | { kind: 'buffer-realloc'; oldAddr: number; addr: number; size: number }
  | { kind: 'buffer-free'; addr: number }
  | { kind: 'gc-start'; generation: number }
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
  emit({ kind: 'alloc', addr: o.addr, size, typeName: o.type.name });
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
  emit({ kind: 'free', addr: o.addr, typeName: o.type.name });
}
