// LAYER: memory. Giving objects their place on the heap: every allocation CPython 3.11 makes for
// an object is made here, with CPython's size, from the pymalloc model (obmalloc.ts). The object's
// address (what id() returns) is the block address plus the pre-header CPython puts in front:
// 16 bytes of GC header for GC types, 16 more for a managed instance dict.
//
// Separately allocated buffers (a list's item array, a dict's keys table, a set's table) are
// charged with allocBuffer/resizeBuffer/freeBuffer (PyMem_Malloc in CPython).

import { PyObject, ADDR_ORIGIN } from './object.js';
import { obmalloc, SMALL_REQUEST_THRESHOLD, ALIGNMENT_SHIFT } from './obmalloc.js';
import { countGcAllocation, countGcFree, untrack } from './generations.js';
import { notifyAlloc, notifyFree, notifyBufferAlloc, notifyBufferRealloc, notifyBufferFree, eventsOn } from './events.js';
import { auditOn, auditRegister, auditUnregister } from './audit.js';

/**
 * PyObject keeps its address as ADDR_ORIGIN - address (memory/object.ts) and obmalloc hands
 * blocks out as arenaTop - address (mallocBelowTop): the allocator's arenas end exactly where
 * object.ts's origin is, so the two distances are the same small integer and no code here ever
 * computes with a ~2^47 address.
 */
if (ADDR_ORIGIN !== obmalloc.top) throw new Error('heap: the arena top must be ADDR_ORIGIN');

/**
 * Allocate the object's own block: `size` bytes of object (basicsize + itemsize*n) after
 * `presize` bytes of pre-header. GC objects also count toward generation 0 (and may trigger a
 * collection, which happens before the new object is linked anywhere, as in CPython).
 */
export function allocObject(o: PyObject, size: number, presize: number, isGc: boolean): void {
  // (o.addr = malloc(size + presize) + presize, without computing with the ~2^47 address; two
  // stores, so that the common one stores the small integer popBlockBelowTop computed)
  const n = size + presize;
  const d = n > 0 && n <= SMALL_REQUEST_THRESHOLD ? obmalloc.popBlockBelowTop((n - 1) >> ALIGNMENT_SHIFT) : 0;
  if (d !== 0) o.addrBelowOrigin = d - presize;
  else o.addrBelowOrigin = obmalloc.mallocBelowTop(n) - presize;
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
  if (below === 0) obmalloc.free(0 - presize);
  else if (obmalloc.inFastSpan(below + presize)) obmalloc.freeBlockBelowTop(below + presize);
  else obmalloc.freeBelowTop(below + presize);
  o.addrBelowOrigin = 0;
}

/*
 * The same two for a LEAF object: no pre-header, not a GC type (exact int, float, str... made by
 * objects/alloc.ts's allocateLeaf): the short-lived temporaries, whose allocation and free is most
 * of what a loop of arithmetic does, so these take no branch they do not need. The block is the
 * same malloc(size)/free(block) obmalloc sees from allocObject/freeObject.
 */

/** allocObject(o, size, 0, false) for a size of 1..512 bytes (a pymalloc size class) */
export function allocLeafObject(o: PyObject, size: number): void {
  // (two stores, so that the common one stores the small integer popBlockBelowTop computed)
  const d = obmalloc.popBlockBelowTop((size - 1) >> ALIGNMENT_SHIFT);
  if (d !== 0) o.addrBelowOrigin = d;
  else o.addrBelowOrigin = obmalloc.mallocBelowTop(size);
  if (eventsOn.value || auditOn.value) noteLeafAlloc(o, size);
}

/** freeObject(o, 0, false) of a live object (its address is not 0) */
export function freeLeafObject(o: PyObject): void {
  if (eventsOn.value || auditOn.value) noteLeafFree(o);
  const d = o.addrBelowOrigin;
  if (obmalloc.inFastSpan(d)) obmalloc.freeBlockBelowTop(d);
  else obmalloc.freeBelowTop(d);
  o.addrBelowOrigin = 0;
}

function noteLeafAlloc(o: PyObject, size: number): void {
  if (eventsOn.value) notifyAlloc(o, size);
  if (auditOn.value) auditRegister(o);
}

function noteLeafFree(o: PyObject): void {
  if (eventsOn.value) notifyFree(o);
  if (auditOn.value) auditUnregister(o);
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
