// LAYER: objects. The type object: its slots (what CPython keeps in PyTypeObject), the MRO, and
// attribute lookup through the MRO with a per-type cache (CPython's method cache, keyed by the
// type's version: any change to a type's dict or bases bumps the version of it and its subclasses).
//
// Calling conventions used by every slot and builtin in objects/ and modules/:
//   * arguments are BORROWED, results are NEW references (CPython's convention);
//   * errors are raised by throwing PyErr (objects/errors.ts), never by returning null;
//   * a binary slot returns NotImplemented (a new reference) when it does not handle the operands;
//   * `iternext` returns null (no exception) when the iterator is exhausted.

import { PyObject, Visit } from '../memory/object.js';
import type { SharedKeys } from './sharedkeys.js';
import { makeStaticLifetime } from '../memory/shownrefs.js';

export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_BASETYPE = 1 << 10;
export const TPFLAGS_HAVE_GC = 1 << 14;
export const TPFLAGS_IS_ABSTRACT = 1 << 20;
export const TPFLAGS_MANAGED_DICT = 1 << 4;
export const TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const TPFLAGS_TYPE_SUBCLASS = 1 << 31;

export type BinarySlot = (a: PyObject, b: PyObject) => PyObject;
export type UnarySlot = (a: PyObject) => PyObject;
/** args: positional then keyword values; kwnames: names of the trailing keyword values. */
export type CallSlot = (callable: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
export type NewSlot = (type: PyType, args: PyObject[], kwnames: string[] | null) => PyObject;
export type InitSlot = (self: PyObject, args: PyObject[], kwnames: string[] | null) => void;

/** A builtin method: self is borrowed, args are positional then keyword values (names in kwnames). */
export type MethodFn = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

export type TypeDef =
  | { kind: 'method'; name: string; fn: MethodFn; doc: string | null }
  | { kind: 'wrapper'; name: string; fn: MethodFn; doc: string | null }
  | { kind: 'classmethod'; name: string; fn: MethodFn; doc: string | null }
  | { kind: 'staticmethod'; name: string; fn: (args: PyObject[], kwnames: string[] | null) => PyObject; doc: string | null }
  | { kind: 'getset'; name: string; get: (self: PyObject) => PyObject; set: ((self: PyObject, v: PyObject | null) => void) | null; doc: string | null }
  | { kind: 'value'; name: string; make: () => PyObject };

/** richcompare op codes (CPython's Py_LT ... Py_GE). */
export const LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

export interface TypeSpec {
  name: string;
  base?: PyType | null;
  basicsize: number;
  itemsize?: number;
  flags?: number;
  module?: string;
  doc?: string;
}

let staticAddress = 0x55d0c0a00000;

export class PyType extends PyObject {
  name: string;
  qualname: string;
  base: PyType | null;
  bases: PyType[];
  mro: PyType[];
  /** the type's __dict__: a dict object (created by the runtime's bootstrap for static types). */
  tpDict: PyObject | null;
  basicsize: number;
  itemsize: number;
  flags: number;
  /** bytes in front of the object: 16 for GC types, 32 with a managed dict */
  presize: number;
  subclasses: PyType[];
  version: number;
  cache: Map<string, PyObject | null>;
  /** heap types: names declared in __slots__ (in declaration order, mangled), across the MRO */
  slotNames: string[];
  /** instances carry a __dict__ (inline values / managed dict) */
  hasDict: boolean;
  /**
   * ht_cached_keys: the shared keys of the instances' attributes (sharedkeys.ts), for a heap type
   * whose instances have a managed dict; null otherwise
   */
  cachedKeys: SharedKeys | null;
  /** instances can be weakly referenced */
  hasWeakref: boolean;
  /** the builtin type whose layout instances share (int for class MyInt(int)); object for plain classes */
  solidBase: PyType | null;
  /** builtin methods/getsets/members declared by objects/<type>.ts (define.ts), installed into tpDict at bootstrap */
  defs: TypeDef[];
  /**
   * heap types: the tuple objects CPython's tp_mro and tp_bases hold (owned references; `mro` and
   * `bases` are the same classes as JS arrays, for lookups). tp_clear drops the __mro__ tuple,
   * as CPython's type_clear does: it is what makes a class part of a cycle through itself. Null
   * for static types. (A heap type's `base` is an owned reference too.)
   */
  mroTuple: PyObject | null;
  basesTuple: PyObject | null;
  /**
   * the dict object CPython keeps as tp_subclasses while a class has subclasses (owned; empty here:
   * the subclasses themselves are in `subclasses`)
   */
  subclassesDict: PyObject | null;
  /** ht_slots: a class's own __slots__ names, sorted (owned; a heap type with __slots__ only) */
  slotsTuple: PyObject | null;

  // memory slots (memory/ reads these)
  dealloc: (o: PyObject) => void;
  traverse: ((o: PyObject, visit: Visit) => void) | null;
  clear: ((o: PyObject) => void) | null;
  /** __sizeof__: the object's own size as CPython reports it, buffers included, pre-header excluded */
  sizeof: (o: PyObject) => number;
  /** tp_finalize (__del__) */
  finalize: ((o: PyObject) => void) | null;

  // Python-level slots
  repr: UnarySlot | null;
  str: UnarySlot | null;
  hash: ((o: PyObject) => number) | null;
  richcompare: ((a: PyObject, b: PyObject, op: number) => PyObject) | null;
  getattro: ((o: PyObject, name: string) => PyObject) | null;
  setattro: ((o: PyObject, name: string, value: PyObject | null) => void) | null;
  call: CallSlot | null;
  iter: UnarySlot | null;
  iternext: ((o: PyObject) => PyObject | null) | null;
  descrGet: ((descr: PyObject, obj: PyObject | null, type: PyType) => PyObject) | null;
  descrSet: ((descr: PyObject, obj: PyObject, value: PyObject | null) => void) | null;
  new: NewSlot | null;
  init: InitSlot | null;

  /** number slots indexed by NB_* (compiler/opcodes.ts): nb[0] is nb_add ... */
  nb: (BinarySlot | null)[];
  nbInplace: (BinarySlot | null)[];
  /** nb_power's third argument (pow(a, b, m)) */
  ternaryPow: ((a: PyObject, b: PyObject, m: PyObject) => PyObject) | null;
  neg: UnarySlot | null;
  pos: UnarySlot | null;
  invert: UnarySlot | null;
  abs: UnarySlot | null;
  bool: ((o: PyObject) => boolean) | null;
  int: UnarySlot | null;
  float: UnarySlot | null;
  index: UnarySlot | null;

  // sequence / mapping slots
  len: ((o: PyObject) => number) | null;
  getitem: BinarySlot | null;
  setitem: ((o: PyObject, key: PyObject, value: PyObject | null) => void) | null;
  contains: ((o: PyObject, item: PyObject) => boolean) | null;

  constructor(metatype: PyType | null, spec: TypeSpec) {
    super(metatype as PyType, null, null);
    if (metatype === null) this.type = this; // `type` is its own type
    this.name = spec.name;
    this.qualname = spec.name;
    this.base = spec.base === undefined ? null : spec.base;
    this.bases = this.base ? [this.base] : [];
    this.mro = [];
    this.tpDict = null;
    this.basicsize = spec.basicsize;
    this.itemsize = spec.itemsize ?? 0;
    this.flags = spec.flags ?? 0;
    this.presize = (this.flags & TPFLAGS_HAVE_GC ? 16 : 0) + (this.flags & TPFLAGS_MANAGED_DICT ? 16 : 0);
    this.subclasses = [];
    this.version = 1;
    this.cache = new Map();
    this.slotNames = [];
    this.hasDict = false;
    this.cachedKeys = null;
    this.hasWeakref = false;
    this.solidBase = null;
    this.defs = [];
    this.mroTuple = null;
    this.basesTuple = null;
    this.slotsTuple = null;
    this.subclassesDict = null;
    this.dealloc = deallocUnsupported;
    this.traverse = null;
    this.clear = null;
    this.sizeof = (o) => (o.type as PyType).basicsize;
    this.finalize = null;
    this.repr = null;
    this.str = null;
    this.hash = null;
    this.richcompare = null;
    this.getattro = null;
    this.setattro = null;
    this.call = null;
    this.iter = null;
    this.iternext = null;
    this.descrGet = null;
    this.descrSet = null;
    this.new = null;
    this.init = null;
    this.nb = new Array(13).fill(null);
    this.nbInplace = new Array(13).fill(null);
    this.ternaryPow = null;
    this.neg = null;
    this.pos = null;
    this.invert = null;
    this.abs = null;
    this.bool = null;
    this.int = null;
    this.float = null;
    this.index = null;
    this.len = null;
    this.getitem = null;
    this.setitem = null;
    this.contains = null;
    this.mro = this.base ? [this, ...this.base.mro] : [this];
    if (!(this.flags & TPFLAGS_HEAPTYPE)) {
      makeStaticLifetime(this); // static types live for the whole run
      this.addr = staticAddress;
      staticAddress += 0x1a0;
    }
  }

  get isGc(): boolean { return (this.flags & TPFLAGS_HAVE_GC) !== 0; }
  get isHeapType(): boolean { return (this.flags & TPFLAGS_HEAPTYPE) !== 0; }
}

export function deallocUnsupported(o: PyObject): void {
  throw new Error(`pyheap internal: no dealloc for ${o.type.name}`);
}

/** isinstance-level subtype test through the MRO (PyType_IsSubtype). */
export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

/** Invalidate the lookup cache of a type and its subclasses (PyType_Modified). */
export function typeModified(t: PyType): void {
  t.version++;
  t.cache.clear();
  for (const s of t.subclasses) typeModified(s);
}

/**
 * _PyType_Lookup: find `name` in the dicts along the MRO. Returns a BORROWED reference or null.
 * `dictGetStr` is installed by dict.ts during bootstrap (type.ts must not depend on dict.ts).
 */
export function typeLookup(t: PyType, name: string): PyObject | null {
  const cached = t.cache.get(name);
  if (cached !== undefined) return cached;
  let found: PyObject | null = null;
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) {
    const d = mro[i].tpDict;
    if (d === null) continue;
    const v = hooks.dictGetStr(d, name);
    if (v !== null) { found = v; break; }
  }
  t.cache.set(name, found);
  return found;
}

/** Late-bound helpers so that this file stays at the bottom of the objects layer. */
export const hooks = {
  dictGetStr: (_d: PyObject, _name: string): PyObject | null => null,
};

/** C3 linearization (mro_implementation). Returns null when no consistent order exists. */
export function c3Linearize(t: PyType, bases: PyType[]): PyType[] | null {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((other) => other.indexOf(head) > 0)) { candidate = head; break; }
    }
    if (candidate === null) return null;
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

/** The heads C3 could not place, for CPython's "for bases X, Y" message (set_mro_error). */
export function mroConflictNames(t: PyType, bases: PyType[]): string[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((other) => other.indexOf(head) > 0)) { candidate = head; break; }
    }
    if (candidate === null) {
      const names: string[] = [];
      for (const s of nonEmpty) if (!names.includes(s[0].name)) names.push(s[0].name);
      return names;
    }
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
    void t;
  }
}

/** `type`, its own type, and `object`, the root of every MRO: created first, before any other type. */
export const TypeType = new PyType(null, {
  name: 'type', basicsize: 904, itemsize: 40,
  flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS,
});
export const ObjectType = new PyType(TypeType, { name: 'object', basicsize: 16, flags: TPFLAGS_BASETYPE });
TypeType.base = ObjectType;
TypeType.bases = [ObjectType];
TypeType.mro = [TypeType, ObjectType];

/** A static (builtin) type; its base defaults to object. */
export function staticType(spec: TypeSpec): PyType {
  const t = new PyType(TypeType, { ...spec, base: spec.base === undefined ? ObjectType : spec.base });
  allStaticTypes.push(t);
  return t;
}

/** Every static type, in creation order (the bootstrap finishes them in this order). */
export const allStaticTypes: PyType[] = [TypeType, ObjectType];
