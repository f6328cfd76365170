// LAYER: memory. Giving objects their place on the heap: every allocation CPython 3.11 makes for
// an object is made here, with CPython's size, from the pymalloc model (obmalloc.ts). The object's
// address (what id() returns) is the block address plus the pre-header CPython puts in front:
// 16 bytes of GC header for GC types, 16 more for a managed instance dict.
//
// Separately allocated buffers (a list's item array, a dict's keys table, a set's table) are
// charged with allocBuffer/resizeBuffer/freeBuffer (PyMem_Malloc in CPython).

import { PyObject, ADDR_ORIGIN } from './object.js';
import { obmalloc } from './obmalloc.js';
import { countGcAllocation, countGcFree, untrack } from './generations.js';
import { notifyAlloc, notifyFree, notifyBufferAlloc, notifyBufferRealloc, notifyBufferFree, eventsOn } from './events.js';
import { auditOn, auditRegister, auditUnregister } from './audit.js';

/**
 * PyObject keeps its address as ADDR_ORIGIN - address (memory/object.ts) and obmalloc hands
 * blocks out as arenaTop - address (mallocBelowTop): the two differ by this constant (0: the
 * allocator's arenas end where object.ts's origin is), so both stay small integers.
 */
const ORIGIN_SHIFT = ADDR_ORIGIN - obmalloc.top;

/**
 * Allocate the object's own block: `size` bytes of object (basicsize + itemsize*n) after
 * `presize` bytes of pre-header. GC objects also count toward generation 0 (and may trigger a
 * collection, which happens before the new object is linked anywhere, as in CPython).
 */
export function allocObject(o: PyObject, size: number, presize: number, isGc: boolean): void {
  // (o.addr = malloc(size + presize) + presize, without computing with the ~2^47 address)
  o.addrBelowOrigin = obmalloc.mallocBelowTop(size + presize) - presize + ORIGIN_SHIFT;
  if (eventsOn.value) notifyAlloc(o, size + presize);
  // refcount audit (PYHEAP_AUDIT=1, memory/audit.ts): remember the live object and its allocation site
  if (auditOn.value) auditRegister(o);
  if (isGc) countGcAllocation();
}

/** Free the object's block (PyObject_Free / PyObject_GC_Del). */
export function freeObject(o: PyObject, presize: number, isGc: boolean): void {
  if (isGc) {
    untrack(o);
    countGcFree();
  }
  if (eventsOn.value) notifyFree(o);
  // refcount audit: the object is no longer live
  if (auditOn.value) auditUnregister(o);
  // (obmalloc.free(o.addr - presize), without computing with the address; 0 is NULL)
  const below = o.addrBelowOrigin;
  if (below !== 0) obmalloc.freeBelowTop(below - ORIGIN_SHIFT + presize);
  else obmalloc.free(0 - presize);
  o.addr = 0;
}

/**
 * PyObject_Realloc of the object's own block to `size` bytes (after `presize`): a str appended to
 * in place (3.11's resize_compact). pymalloc keeps the block when the size class still fits,
 * else the object moves: its id changes. To the memory events it is a free and a new allocation.
 */
export function reallocObject(o: PyObject, size: number, presize: number): void {
  if (eventsOn.value) notifyFree(o);
  o.addr = obmalloc.realloc(o.addr - presize, size + presize) + presize;
  if (eventsOn.value) notifyAlloc(o, size + presize);
}

export function allocBuffer(nbytes: number): number {
  if (nbytes === 0) return 0;
  const addr = obmalloc.malloc(nbytes);
  if (eventsOn.value) notifyBufferAlloc(addr, nbytes);
  return addr;
}

/** PyMem_Realloc: returns the (possibly moved) address; 0 bytes frees. */
export function resizeBuffer(addr: number, nbytes: number): number {
  if (addr === 0) return allocBuffer(nbytes);
  if (nbytes === 0) { freeBuffer(addr); return 0; }
  const moved = obmalloc.realloc(addr, nbytes);
  if (eventsOn.value) notifyBufferRealloc(addr, moved, nbytes);
  return moved;
}

export function freeBuffer(addr: number): void {
  if (addr === 0) return;
  if (eventsOn.value) notifyBufferFree(addr);
  obmalloc.free(addr);
}
