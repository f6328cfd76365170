// LAYER: objects. The `object` type: generic attribute access (PyObject_GenericGetAttr/SetAttr),
// the default repr/hash/compare, object.__new__/__init__, and instance attribute storage.
//
// Instance attributes (CPython 3.11's managed dict): an instance of a class with a __dict__ keeps
// its attributes in `values` (a DictTable, not a Python object) until `__dict__` is asked for;
// then a dict object is materialised in `dict` that owns that same table. Either way exactly one
// table holds the attributes.

import { PyObject } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { ObjectType, PyType, typeLookup, EQ, NE, TPFLAGS_HEAPTYPE, TPFLAGS_IS_ABSTRACT } from './type.js';
import { DictTable } from './dicttable.js';
import { internStr, strHash, newStr } from './str.js';
import { raiseAttributeError, raiseTypeError } from './errors.js';
import { notImplemented } from './singletons.js';
import { newBool } from './bool.js';
import { hexAddr, isTrue, repr, getAttr, iterateToArray, strString } from './abstract.js';
import { allocate, release } from './alloc.js';

/** The table holding o's attributes, or null if it has none yet. */
export function instanceTable(o: PyObject): DictTable | null {
  const d = o.dict;
  if (d !== null) return d.value as DictTable;
  return o.values as DictTable | null;
}

/** borrowed attribute value from the instance's own dict, or null */
export function instanceAttr(o: PyObject, name: string): PyObject | null {
  const d = o.dict;
  const t = d !== null ? (d.value as DictTable) : (o.values as DictTable | null);
  if (t === null) return null;
  return t.getStr(name);
}

export const objectHooks = {
  /** dict.ts: wrap an existing table in a dict object (materialising __dict__) */
  dictFromTable: null as null | ((t: DictTable) => PyObject),
};

/** obj.__dict__: materialise the managed dict (a new reference) */
export function instanceDict(o: PyObject): PyObject {
  if (o.dict === null) {
    const table = (o.values as DictTable | null) ?? DictTable.forInstance();
    o.values = null;
    o.dict = objectHooks.dictFromTable!(table);
  }
  incref(o.dict);
  return o.dict;
}

function storeInstanceAttr(o: PyObject, name: string, value: PyObject): void {
  let t = instanceTable(o);
  if (t === null) {
    t = DictTable.forInstance();
    o.values = t;
  }
  const i = t.findStr(name);
  if (i >= 0) {
    const old = t.vals[i]!;
    incref(value);
    t.vals[i] = value;
    decref(old);
    return;
  }
  const key = internStr(name);
  t.set(key, strHash(key), value);
  decref(key);
  if (o.dict !== null) hooksObject.maintainTracking(o.dict, value);
}

function deleteInstanceAttr(o: PyObject, name: string): boolean {
  const t = instanceTable(o);
  if (t === null) return false;
  const i = t.findStr(name);
  if (i < 0) return false;
  t.deleteEntry(i);
  return true;
}

export const hooksObject = {
  /** dict.ts: a dict becomes tracked when a container goes in (MAINTAIN_TRACKING) */
  maintainTracking: (_d: PyObject, _v: PyObject): void => {},
};

export function noAttribute(o: PyObject, name: string): never {
  return raiseAttributeError(`'${o.type.name}' object has no attribute '${name}'`);
}

/** PyObject_GenericGetAttr */
export function genericGetAttr(o: PyObject, name: string): PyObject {
  return genericGetAttrWith(o, name, typeLookup(o.type, name));
}

/** PyObject_GenericGetAttr given descr = typeLookup(o.type, name) (the VM caches that lookup) */
export function genericGetAttrWith(o: PyObject, name: string, descr: PyObject | null): PyObject {
  const tp = o.type;
  let get = null;
  if (descr !== null) {
    get = descr.type.descrGet;
    if (get !== null && descr.type.descrSet !== null) return get(descr, o, tp);
  }
  if (tp.hasDict) {
    const v = instanceAttr(o, name);
    if (v !== null) {
      incref(v);
      return v;
    }
  }
  if (get !== null) return get(descr!, o, tp);
  if (descr !== null) {
    incref(descr);
    return descr;
  }
  return noAttribute(o, name);
}

/** PyObject_GenericSetAttr (value null = delete) */
export function genericSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  genericSetAttrWith(o, name, value, typeLookup(o.type, name));
}

/** PyObject_GenericSetAttr given descr = typeLookup(o.type, name) (the VM caches that lookup) */
export function genericSetAttrWith(o: PyObject, name: string, value: PyObject | null, descr: PyObject | null): void {
  const tp = o.type;
  if (descr !== null) {
    const set = descr.type.descrSet;
    if (set !== null) {
      set(descr, o, value);
      return;
    }
  }
  if (!tp.hasDict) {
    if (descr === null) {
      raiseAttributeError(`'${tp.name}' object has no attribute '${name}'`);
    }
    raiseAttributeError(`'${tp.name}' object attribute '${name}' is read-only`);
  }
  if (value === null) {
    if (!deleteInstanceAttr(o, name)) noAttribute(o, name);
    return;
  }
  storeInstanceAttr(o, name, value);
}

/** _Py_HashPointer: the address rotated right by 4 bits */
export function hashPointer(o: PyObject): number {
  const a = o.addr;
  const low = a % 16;
  let h = Math.floor(a / 16) + low * 2 ** 60;
  if (h >= 2 ** 63) h -= 2 ** 64;
  return h === -1 ? -2 : h;
}

function objectRepr(o: PyObject): PyObject {
  const tp = o.type;
  const mod = typeModuleName(tp);
  const name = mod !== null && mod !== 'builtins' ? `${mod}.${tp.qualname}` : tp.qualname;
  return newStr(`<${name} object at ${hexAddr(o)}>`);
}

export const hooksObject2 = {
  /** the __module__ of a type as a JS string, or null (typeobject.ts) */
  typeModule: (_t: PyType): string | null => null,
};

export function typeModuleName(t: PyType): string | null {
  return hooksObject2.typeModule(t);
}

function objectRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (op === EQ) return a === b ? newBool(true) : notImplemented();
  if (op === NE) {
    // object.__ne__ inverts __eq__ unless it is NotImplemented
    const eq = a.type.richcompare;
    if (eq !== null && eq !== objectRichCompare) {
      const r = eq(a, b, EQ);
      if (r.type.name === 'NotImplementedType') return r;
      const t = isTrue(r);
      decref(r);
      return newBool(!t);
    }
    return a === b ? newBool(false) : notImplemented();
  }
  return notImplemented();
}


/** object.__new__: instances of heap types get their layout from the type */
export function objectNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  if (args.length > 0 && (type.init === objectInit || type.new !== objectNew)) {
    if (type.new !== objectNew) raiseTypeError('object.__new__() takes exactly one argument (the type to instantiate)');
    raiseTypeError(`${type.name}() takes no arguments`);
  }
  if (type.flags & TPFLAGS_IS_ABSTRACT) raiseAbstractInstantiation(type);
  return newInstance(type);
}

/** CPython's message: the sorted names of __abstractmethods__ */
function raiseAbstractInstantiation(type: PyType): void {
  const names = getAttr(type, '__abstractmethods__');
  let sorted: string[];
  try {
    sorted = iterateToArray(names).map((n) => { try { return strString(n); } finally { decref(n); } });
  } finally { decref(names); }
  sorted.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  raiseTypeError(`Can't instantiate abstract class ${type.name} with abstract method${sorted.length > 1 ? 's' : ''} ${sorted.join(', ')}`);
}

/** allocate a plain instance of a heap type (no builtin payload) */
export function newInstance(type: PyType): PyObject {
  const o = allocate(type, null, null);
  if (type.slotNames.length > 0) o.slots = new Array(type.slotNames.length).fill(null);
  return o;
}

export function objectInit(self: PyObject, args: PyObject[], _kwnames: string[] | null): void {
  const type = self.type;
  if (args.length > 0) {
    if (type.init !== objectInit) raiseTypeError('object.__init__() takes exactly one argument (the instance to initialize)');
    if (type.new === objectNew) raiseTypeError(`${type.name}() takes no arguments`);
  }
}

/** the default dealloc for plain `object()` instances */
function objectDealloc(o: PyObject): void {
  release(o);
}

ObjectType.dealloc = objectDealloc;
ObjectType.repr = objectRepr;
ObjectType.hash = hashPointer;
ObjectType.richcompare = objectRichCompare;
ObjectType.getattro = genericGetAttr;
ObjectType.setattro = genericSetAttr;
ObjectType.new = objectNew;
ObjectType.init = objectInit;
ObjectType.sizeof = (o) => o.type.basicsize;

/** str(o) default is repr(o) */
export function objectStr(o: PyObject): PyObject {
  return repr(o);
}

export function isHeapType(t: PyType): boolean {
  return (t.flags & TPFLAGS_HEAPTYPE) !== 0;
}

