// LAYER: objects. CPython 3.11's key-sharing instance attributes: a class's cached shared keys
// (ht_cached_keys) and an instance's inline values (Objects/dictobject.c, PEP 412 as 3.11 has it).
//
//   class P (heap type with a managed dict)        instance of P (no __dict__ asked for yet)
//   +---------------------------------+            +--------------------------------------+
//   | cachedKeys: SharedKeys          |            | values: InstanceValues               |
//   |   names  ['x', 'y', 'z']  (own  | <--------- |   vals   [1, 2, null, null]  (index  |
//   |          the references)        |  by index  |          = the name's shared index)  |
//   |   index  Map name -> index      |            |   order  insertion order of indices  |
//   |   usable 30 - instances made    |            |          (null: ascending = by index)|
//   +---------------------------------+            +--------------------------------------+
//
// The keys object is made with the class: a 64-slot str-only keys block (768 bytes) whose usable
// count is forced to SHARED_KEYS_MAX_SIZE = 30. Each new instance (object.__new__) first takes one
// from that usable count (never below 1) and then gets a values block of `names + usable` slots,
// allocated through PyMem with a byte prefix for the insertion order. A store of a name the keys
// do not have yet appends the name to the keys (taking one usable) and the value goes at its
// index; when the keys are full the instance's dict is materialised and becomes a normal
// ("combined") dict. The keys object holds the only reference to each name, so 100 instances
// cost one reference to 'x', not 100.
//
// Deallocation, traversal and clearing go over the values in index order (as
// _PyObject_FreeInstanceAttributes / _PyObject_VisitInstanceAttributes do); iteration of the
// materialised dict (a split DictTable, dicttable.ts) follows the insertion order.
//
// Reference discipline: the keys object owns its names; the values own their values; a split dict
// owns a reference to the keys object (refcnt), and the class owns one.

import { PyObject } from '../memory/object.js';
import { decref, incref } from '../memory/refcount.js';
import { allocBuffer, freeBuffer } from '../memory/heap.js';
import { addRootProvider } from '../memory/audit.js';
import { shellReuseOn } from './alloc.js';

/** SHARED_KEYS_MAX_SIZE */
export const SHARED_KEYS_MAX = 30;
/** bytes of the 64-slot str-only keys object: 32 header + 64 one-byte indices + 42 entries x 16 */
export const SHARED_KEYS_BYTES = 32 + 64 + 42 * 16;
/** log2 of the shared keys' size (NEXT_LOG2_SHARED_KEYS_MAX_SIZE) */
export const SHARED_KEYS_LOG2 = 6;

/** every shared keys object alive: the audit counts the references to names they hold */
const liveKeys = new Set<SharedKeys>();

export class SharedKeys {
  /** the names, in index order (owned references to exact strs) */
  readonly names: PyObject[] = [];
  readonly index = new Map<string, number>();
  /** dk_usable: how many more names may be added */
  usable = SHARED_KEYS_MAX;
  /** the class and every split dict over these keys */
  refcnt = 1;
  addr: number;
  constructor() {
    this.addr = allocBuffer(SHARED_KEYS_BYTES);
    liveKeys.add(this);
  }

  /** shared_keys_usable_size: the slots a new values array needs */
  usableSize(): number {
    return this.names.length + this.usable;
  }

  /** the index of `name`, or -1 when the keys do not have it */
  find(name: string): number {
    const i = this.index.get(name);
    return i === undefined ? -1 : i;
  }

  /** insert_into_dictkeys: the index of `name` (an exact str, borrowed), adding it if there is room; -1 when full */
  indexFor(name: PyObject): number {
    const s = name.value as string;
    const i = this.index.get(s);
    if (i !== undefined) return i;
    if (this.usable <= 0) return -1;
    incref(name);
    const ix = this.names.length;
    this.names.push(name);
    this.index.set(s, ix);
    this.usable--;
    return ix;
  }
}

/** the class's reference (or a split dict's) is dropped: at zero the names are released in index order */
export function releaseSharedKeys(k: SharedKeys): void {
  if (--k.refcnt !== 0) return;
  liveKeys.delete(k);
  const addr = k.addr;
  k.addr = 0;
  const names = k.names.splice(0);
  k.index.clear();
  for (const n of names) decref(n);
  freeBuffer(addr);
}

addRootProvider('shared instance keys', (add) => {
  for (const k of liveKeys) for (const n of k.names) add(n, 'shared keys of a class: attribute name');
});

/** new_values: the PyMem block for `size` value slots after the insertion-order prefix */
export function allocValuesBlock(size: number): number {
  const prefix = (size + 2 + 7) & ~7;
  return allocBuffer(prefix + 8 * size);
}

/**
 * An instance's attribute values (PyDictValues), indexed by the shared key index. The array is
 * made at its final size (the slots the keys allowed when the instance was made).
 */
export class InstanceValues {
  readonly vals: (PyObject | null)[];
  /** the insertion order as indices, or null while it is ascending index order */
  order: number[] | null;
  /** how many values are set */
  used: number;
  /** one past the highest index ever set (an ascending order stays ascending below it) */
  top: number;
  addr: number;
  constructor(size: number) {
    const vals = new Array<PyObject | null>(size);
    for (let i = 0; i < size; i++) vals[i] = null;
    this.vals = vals;
    this.order = null;
    this.used = 0;
    this.top = 0;
    this.addr = allocValuesBlock(size);
  }

  /** the value at shared index ix (borrowed), or null: not set, or beyond this instance's slots */
  get(ix: number): PyObject | null {
    return ix >= 0 && ix < this.vals.length ? this.vals[ix] : null;
  }

  /** store a new reference to `value` at shared index ix (which must be within the slots), releasing the old one */
  store(ix: number, value: PyObject): void {
    const old = this.vals[ix];
    incref(value);
    this.vals[ix] = value;
    if (old === null) this.addToOrder(ix);
    else decref(old);
  }

  /**
   * _PyObject_ClearInstanceAttributes: release every value in index order; the slots and the
   * values block stay (each slot is emptied before its value is released)
   */
  clear(): void {
    const vals = this.vals;
    this.order = null;
    this.top = 0;
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i];
      if (v !== null) {
        vals[i] = null;
        this.used--;
        decref(v);
      }
    }
  }

  /** _PyDictValues_AddToInsertionOrder (vals[ix] has just been set) */
  addToOrder(ix: number): void {
    this.used++;
    if (this.order === null) {
      if (ix >= this.top) {
        this.top = ix + 1;
        return;
      }
      // an index below a later one: from now on the order is kept explicitly
      const order = this.orderedIndices();
      order.splice(order.indexOf(ix), 1);
      this.order = order;
    }
    this.order.push(ix);
  }

  /** delete_index_from_values (after vals[ix] was cleared) */
  removeFromOrder(ix: number): void {
    this.used--;
    if (this.order !== null) this.order.splice(this.order.indexOf(ix), 1);
  }

  /** the set indices in insertion order (a fresh array) */
  orderedIndices(): number[] {
    if (this.order !== null) return this.order.slice();
    const out: number[] = [];
    const vals = this.vals;
    for (let i = 0; i < this.top; i++) if (vals[i] !== null) out.push(i);
    return out;
  }
}

/*
 * Instances are made and dropped by the thousand, so freed InstanceValues are kept (by size, up
 * to VALUES_POOL_MAX of each) for the next instance instead of making a new object and array each
 * time. Nothing Python can see changes: the values block (its address) is allocated and freed
 * exactly as before; only the JS object is reused, emptied (every slot null, no order) when it
 * is freed. PYHEAP_SHELL_REUSE=0 (objects/alloc.ts: JS object reuse off, for debugging) turns
 * this pool off too (shellReuseOn).
 */
const VALUES_POOL_MAX = 1024;
const VALUES_POOL_SIZES = SHARED_KEYS_MAX + 1;
const valuesPools: InstanceValues[][] = [];
for (let n = 0; n < VALUES_POOL_SIZES; n++) valuesPools.push([]);

/** init_inline_values: a new instance of a class with cached keys takes one usable slot, then its values */
export function newInstanceValues(k: SharedKeys): InstanceValues {
  if (k.usable > 1) k.usable--;
  const size = k.usableSize();
  if (size < VALUES_POOL_SIZES && shellReuseOn()) {
    const iv = valuesPools[size].pop();
    if (iv !== undefined) {
      iv.addr = allocValuesBlock(size);
      return iv;
    }
  }
  return new InstanceValues(size);
}

/**
 * _PyObject_FreeInstanceAttributes: release the values in index order, then free the block.
 * The caller has already detached `iv` from its instance.
 */
export function freeInstanceValues(iv: InstanceValues): void {
  iv.clear();
  freeBuffer(iv.addr);
  iv.addr = 0;
  const size = iv.vals.length;
  if (size < VALUES_POOL_SIZES && iv.used === 0 && shellReuseOn()) {
    const pool = valuesPools[size];
    if (pool.length < VALUES_POOL_MAX) pool.push(iv);
  }
}
