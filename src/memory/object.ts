// LAYER: memory. The object header every Python object carries on the pyheap heap.
//
//   CPython 3.11, 64-bit                       pyheap (one JS class, one shape)
//   +------------------------+  <- block        +--------------------------------+
//   | managed dict pre-header|  (instances)     | refcnt        ob_refcnt        |
//   | 16 bytes               |                  | type          ob_type          |
//   +------------------------+                  | addr          id(o): the byte   |
//   | PyGC_Head   16 bytes   |  (GC types)      |               address CPython   |
//   +------------------------+  <- id(o)        |               would hand out    |
//   | ob_refcnt | ob_type    |                  | gcNext/gcPrev generation links  |
//   | payload ...            |                  | gcRefs/gcBits collector scratch |
//   +------------------------+                  | value, aux    the type's payload|
//                                               | dict, values  instance __dict__ |
//                                               | slots         __slots__ values  |
//                                               | weaklist, buf, cap              |
//                                               +--------------------------------+
//
// Every object is an instance of the single class PyObject (type objects are PyType, a subclass),
// with every field set in one constructor, so V8 sees one hidden class on the hot paths. What
// `value`/`aux` hold is each type's business (objects/<type>.ts says it in its header). `buf` and
// `cap` describe a separately allocated buffer (a list's item array, a dict's keys table, a set's
// table): its address in the pymalloc model and its capacity, so memory is charged as CPython
// charges it. An instance's attributes live in `values` (objects/sharedkeys.ts's InstanceValues:
// CPython 3.11's inline values over the class's shared keys; a DictTable for objects without
// shared keys) until someone asks for `__dict__`; then `dict` holds a real dict object over them
// (so a cycle of two plain instances is 2 objects for the collector, as in 3.11).
//
// The memory layer reads only the header and the type's memory slots (dealloc/traverse/clear).

import type { PyType } from '../objects/type.js';

/** gcBits flags (CPython keeps these in _gc_prev's low bits). */
export const GC_TRACKED = 1;      // in a generation list
export const GC_FINALIZED = 2;    // tp_finalize (__del__) already ran (PEP 442): never again
export const GC_COLLECTING = 4;   // member of the generation being collected
export const GC_UNREACHABLE = 8;  // tentatively unreachable during a collection

/**
 * The address is stored as its distance below ADDR_ORIGIN (the default top of the arena region),
 * which is a small integer for every pymalloc block of the first 2 GiB of arenas: V8 keeps such
 * a field as an untagged small integer, where the address itself (~2^47) would be a heap number
 * boxed per object. Address 0 (not allocated yet, or freed) is stored as 0 (ADDR_ORIGIN itself is
 * never a block address: blocks lie below it). `addr` reads and writes the real address.
 */
export const ADDR_ORIGIN = 0x7f33_8460_0000;

export class PyObject {
  refcnt: number;
  type: PyType;
  /** ADDR_ORIGIN - address (see above); use `addr` */
  addrBelowOrigin: number;
  gcNext: PyObject | null;
  gcPrev: PyObject | null;
  gcRefs: number;
  gcBits: number;
  value: any;
  aux: any;
  dict: PyObject | null;
  values: any;
  slots: (PyObject | null)[] | null;
  weaklist: PyObject | null;
  buf: number;
  cap: number;

  constructor(type: PyType, value: any, aux: any) {
    this.refcnt = 1;
    this.type = type;
    this.addrBelowOrigin = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcBits = 0;
    this.value = value;
    this.aux = aux;
    this.dict = null;
    this.values = null;
    this.slots = null;
    this.weaklist = null;
    this.buf = 0;
    this.cap = 0;
  }

  /** id(o): the byte address CPython would hand out (0 once freed) */
  get addr(): number {
    const d = this.addrBelowOrigin;
    return d === 0 ? 0 : ADDR_ORIGIN - d;
  }
  set addr(a: number) {
    this.addrBelowOrigin = a === 0 ? 0 : ADDR_ORIGIN - a;
  }
}

/** A visitor for traverse(): called once per strong reference the object holds. */
export type Visit = (child: PyObject) => void;
