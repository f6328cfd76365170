// LAYER: objects. The `object` type: generic attribute access (PyObject_GenericGetAttr/SetAttr),
// the default repr/hash/compare, object.__new__/__init__, and instance attribute storage.
//
// Instance attributes (CPython 3.11's managed dict). An instance made by object.__new__ of a class
// with cached shared keys (sharedkeys.ts) keeps its attributes in `values`, an InstanceValues
// indexed by the class's shared keys, until `__dict__` is asked for; then a dict object over a
// split table (dicttable.ts) is materialised in `dict` and `values` is dropped. Other objects with
// a __dict__ (modules, functions, instances of classes without shared keys) keep a DictTable in
// `values` until the dict object is asked for. Either way exactly one place holds the attributes.

import { PyObject } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { ObjectType, PyType, typeLookup, EQ, NE, TPFLAGS_HEAPTYPE, TPFLAGS_IS_ABSTRACT } from './type.js';
import { DictTable } from './dicttable.js';
import { internStr, strHash, newStr } from './str.js';
import { raiseAttributeError, raiseTypeError, PyErr, newError, excType } from './errors.js';
import { notImplemented } from './singletons.js';
import { newBool } from './bool.js';
import { hexAddr, isTrue, repr, getAttr, iterateToArray, strString } from './abstract.js';
import { allocate, release } from './alloc.js';
import { InstanceValues, newInstanceValues } from './sharedkeys.js';

/** The table holding o's attributes, or null if it has none yet (or keeps them as inline values). */
export function instanceTable(o: PyObject): DictTable | null {
  const d = o.dict;
  if (d !== null) return d.value as DictTable;
  const v = o.values;
  return v instanceof DictTable ? v : null;
}

/** _PyObject_GetInstanceAttribute: borrowed value of `name` in inline values, or null */
export function inlineValue(o: PyObject, iv: InstanceValues, name: string): PyObject | null {
  return iv.get(o.type.cachedKeys!.find(name));
}

/** borrowed attribute value from the instance's own dict, or null */
export function instanceAttr(o: PyObject, name: string): PyObject | null {
  const d = o.dict;
  if (d !== null) return (d.value as DictTable).getStr(name);
  const v = o.values;
  if (v === null) return null;
  if (v instanceof InstanceValues) return inlineValue(o, v, name);
  return (v as DictTable).getStr(name);
}

export const objectHooks = {
  /** dict.ts: wrap an existing table in a dict object (materialising __dict__) */
  dictFromTable: null as null | ((t: DictTable) => PyObject),
};

/**
 * The managed dict, materialised if need be (borrowed; PyObject_GenericGetDict /
 * _PyObject_GetDictPtr): inline values become a split dict over the class's shared keys; an
 * object with neither gets an empty dict.
 */
export function materialiseDict(o: PyObject): PyObject {
  if (o.dict === null) {
    const v = o.values;
    const table = v instanceof InstanceValues
      ? DictTable.fromInstanceValues(o.type.cachedKeys!, v)
      : (v as DictTable | null) ?? DictTable.forInstance();
    o.values = null;
    o.dict = objectHooks.dictFromTable!(table);
  }
  return o.dict;
}

/** obj.__dict__: materialise the managed dict (a new reference) */
export function instanceDict(o: PyObject): PyObject {
  const d = materialiseDict(o);
  incref(d);
  return d;
}

/**
 * _PyObject_StoreInstanceAttribute: a name the shared keys have (or can still take) stores at its
 * index; when they are full, the dict is materialised and takes the store (becoming combined).
 */
function storeInlineValue(o: PyObject, iv: InstanceValues, name: string, value: PyObject): void {
  const keys = o.type.cachedKeys!;
  let ix = keys.find(name);
  if (ix < 0) {
    const key = internStr(name);
    ix = keys.indexFor(key);
    decref(key);
    if (ix < 0) {
      storeInTable(o, materialiseDict(o).value as DictTable, name, value);
      return;
    }
  }
  iv.store(ix, value);
}

function storeInstanceAttr(o: PyObject, name: string, value: PyObject): void {
  const v = o.values;
  if (v instanceof InstanceValues) {
    storeInlineValue(o, v, name, value);
    return;
  }
  let t = instanceTable(o);
  if (t === null) {
    const keys = o.type.cachedKeys;
    if (keys !== null) {
      // _PyObjectDict_SetItem: an instance made without values (a subclass of list ...) gets a split dict
      o.dict = objectHooks.dictFromTable!(DictTable.newSplit(keys));
      t = o.dict.value as DictTable;
    } else {
      // an object whose dict lives in its own slot (an exception's, a function's): the first
      // attribute stored makes a real dict there, as _PyObject_GetDictPtr's caller does
      o.dict = objectHooks.dictFromTable!(DictTable.forInstance());
      t = o.dict.value as DictTable;
    }
  }
  storeInTable(o, t, name, value);
}

function storeInTable(o: PyObject, t: DictTable, name: string, value: PyObject): void {
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
  const v = o.values;
  if (v instanceof InstanceValues) {
    const ix = o.type.cachedKeys!.find(name);
    const old = v.get(ix);
    if (old === null) return false;
    v.vals[ix] = null;
    v.removeFromOrder(ix);
    decref(old);
    return true;
  }
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
  throw noAttributeError(o, name);
}

/** the AttributeError noAttribute raises, made and not thrown (the interpreter loop returns it) */
export function noAttributeError(o: PyObject, name: string): PyErr {
  return newError(excType('AttributeError'), `'${o.type.name}' object has no attribute '${name}'`);
}

/** PyObject_GenericGetAttr */
export function genericGetAttr(o: PyObject, name: string): PyObject {
  return genericGetAttrWith(o, name, typeLookup(o.type, name));
}

/** PyObject_GenericGetAttr given descr = typeLookup(o.type, name) (the VM caches that lookup) */
export function genericGetAttrWith(o: PyObject, name: string, descr: PyObject | null): PyObject {
  const v = genericFind(o, name, descr);
  return v !== null ? v : noAttribute(o, name);
}

/**
 * A descriptor's __get__ (tp_descr_get) called as the generic getattr and type_getattro call it:
 * they hold a reference to the descriptor meanwhile (Py_INCREF(descr)), which a Python __get__
 * sees in sys.getrefcount(self). Only a class statement's descriptor can run Python code, so only
 * its count is raised.
 */
export function callDescrGet(descr: PyObject, obj: PyObject | null, type: PyType): PyObject {
  const get = descr.type.descrGet!;
  if ((descr.type.flags & TPFLAGS_HEAPTYPE) === 0) return get(descr, obj, type);
  incref(descr);
  try {
    return get(descr, obj, type);
  } finally {
    decref(descr);
  }
}

/** a descriptor's __set__/__delete__ (tp_descr_set), the descriptor held meanwhile (see callDescrGet) */
export function callDescrSet(descr: PyObject, obj: PyObject, value: PyObject | null): void {
  const set = descr.type.descrSet!;
  if ((descr.type.flags & TPFLAGS_HEAPTYPE) === 0) {
    set(descr, obj, value);
    return;
  }
  incref(descr);
  try {
    set(descr, obj, value);
  } finally {
    decref(descr);
  }
}

/**
 * _PyObject_GenericGetAttrWithDict's search: a data descriptor, the instance's own attribute, a
 * non-data descriptor or plain class attribute (a new reference), or null when there is none (the
 * caller raises, or with `suppress` does not); what a descriptor raises propagates.
 */
export function genericFind(o: PyObject, name: string, descr: PyObject | null): PyObject | null {
  const tp = o.type;
  let get = null;
  if (descr !== null) {
    get = descr.type.descrGet;
    if (get !== null && descr.type.descrSet !== null) return callDescrGet(descr, o, tp);
  }
  if (tp.hasDict) {
    const v = instanceAttr(o, name);
    if (v !== null) {
      incref(v);
      return v;
    }
  }
  if (get !== null) return callDescrGet(descr!, o, tp);
  if (descr !== null) {
    incref(descr);
    return descr;
  }
  return null;
}

/**
 * PyObject_GenericGetAttr with suppress (_PyObject_LookupAttr's path for hasattr, getattr with a
 * default and the runtime's own probes): null where there is no attribute, without making the
 * AttributeError, as in CPython 3.11; what a descriptor raises propagates (see getAttrOrNull).
 */
export function genericLookupAttr(o: PyObject, name: string): PyObject | null {
  return genericFind(o, name, typeLookup(o.type, name));
}

/** PyObject_GenericSetAttr (value null = delete) */
export function genericSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  genericSetAttrWith(o, name, value, typeLookup(o.type, name));
}

/** PyObject_GenericSetAttr given descr = typeLookup(o.type, name) (the VM caches that lookup) */
export function genericSetAttrWith(o: PyObject, name: string, value: PyObject | null, descr: PyObject | null): void {
  const tp = o.type;
  if (descr !== null && descr.type.descrSet !== null) {
    callDescrSet(descr, o, value);
    return;
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

/** allocate a plain instance of a heap type (no builtin payload); object_new gives it its inline values */
export function newInstance(type: PyType): PyObject {
  const o = allocate(type, null, null); // (allocate makes the __slots__ storage)
  const keys = type.cachedKeys;
  if (keys !== null) o.values = newInstanceValues(keys);
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

