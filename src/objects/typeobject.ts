// LAYER: objects. The `type` type's behaviour: calling a type (new + init), attribute access on
// classes (metatype descriptors, then the class's own MRO), and creating classes (type_new): bases,
// metaclass, C3 MRO, __slots__, instance layout and size, __classcell__, __set_name__,
// __init_subclass__. Heap-type instances are deallocated by subtypeDealloc (PEP 442 finalizer,
// weakrefs, slots, dict, then the builtin base's dealloc).

import { PyObject, Visit, GC_FINALIZED } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import { track, untrack } from '../memory/generations.js';
import { addRootProvider } from '../memory/audit.js';
import { gcHooks } from '../memory/gc.js';
import {
  PyType, TypeType, ObjectType, typeLookup, typeModified, c3Linearize, isSubtype, mroConflictNames,
  TPFLAGS_HEAPTYPE, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_MANAGED_DICT,
} from './type.js';
import { allocate, release } from './alloc.js';
import {
  call, getAttrOrNull, isInstance, callSpecial, reprString, strString, isTrue,
} from './abstract.js';
import { raiseTypeError, raiseAttributeError, raiseValueError, PyErr, errorHooks, excType } from './errors.js';
import { newStr, internStr, StrType } from './str.js';
import { None, none } from './singletons.js';
import { genericGetAttr, genericSetAttr, instanceTable, objectNew, objectInit, hooksObject2, materialiseDict, callDescrGet, callDescrSet } from './object.js';
import { SharedKeys, InstanceValues, freeInstanceValues, releaseSharedKeys, SHARED_KEYS_BYTES } from './sharedkeys.js';
import { fixupSlots, DUNDER_NAMES } from './slots.js';
import { newMemberDescr, newGetSetDescr } from './descriptors.js';
import { DictTable } from './dicttable.js';
import { typeHooks } from './typehooks.js';
import { enterRecursiveCall, leaveRecursiveCall, WHILE_CALLING } from './recursion.js';

// ---------- calling a type ----------

function typeCall(t: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const type = t as PyType;
  if (type === TypeType && args.length === 1 && (kwnames === null || kwnames.length === 0)) {
    incref(args[0].type);
    return args[0].type;
  }
  // a class statement's class has no vectorcall in 3.11: it is called through
  // _PyObject_MakeTpCall, whose recursion check holds a unit while __new__ and __init__ run
  if ((type.flags & TPFLAGS_HEAPTYPE) === 0) return makeInstance(type, args, kwnames);
  enterRecursiveCall(WHILE_CALLING);
  try {
    return makeInstance(type, args, kwnames);
  } finally {
    leaveRecursiveCall();
  }
}

/** type_call's work: __new__, then __init__ if __new__ made an instance of the class */
function makeInstance(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  if (type.new === null) raiseTypeError(`cannot create '${type.name}' instances`);
  const obj = type.new!(type, args, kwnames);
  if (!isInstance(obj, type)) return obj;
  const init = obj.type.init;
  if (init !== null) {
    try {
      init(obj, args, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
}

// ---------- attributes of classes ----------

/** type_getattro: metatype data descriptors, then the class MRO (descriptors bound with obj=None) */
function typeGetAttr(o: PyObject, name: string): PyObject {
  const type = o as PyType;
  const meta = o.type;
  const metaAttr = typeLookup(meta, name);
  let metaGet = null;
  if (metaAttr !== null) {
    metaGet = metaAttr.type.descrGet;
    if (metaGet !== null && metaAttr.type.descrSet !== null) return callDescrGet(metaAttr, o, meta);
  }
  const attr = typeLookup(type, name);
  if (attr !== null) {
    if (attr.type.descrGet !== null) return callDescrGet(attr, null, type);
    incref(attr);
    return attr;
  }
  if (metaGet !== null) return callDescrGet(metaAttr!, o, meta);
  if (metaAttr !== null) {
    incref(metaAttr);
    return metaAttr;
  }
  return raiseAttributeError(`type object '${type.name}' has no attribute '${name}'`);
}

function typeSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const type = o as PyType;
  if (!(type.flags & TPFLAGS_HEAPTYPE)) {
    raiseTypeError(`cannot set '${name}' attribute of immutable type '${type.name}'`);
  }
  const metaAttr = typeLookup(o.type, name);
  if (metaAttr !== null && metaAttr.type.descrSet !== null) {
    callDescrSet(metaAttr, o, value);
    return;
  }
  const d = type.tpDict!;
  if (value === null) {
    if (!typeHooks.dictDelStr(d, name)) {
      raiseAttributeError(`type object '${type.name}' has no attribute '${name}'`);
    }
  } else {
    typeHooks.dictSetStr(d, name, value);
  }
  typeModified(type);
  if (DUNDER_NAMES.has(name)) fixupSlots(type);
}

function typeRepr(o: PyObject): PyObject {
  const t = o as PyType;
  const mod = typeModule(t);
  if (mod !== null && mod !== 'builtins') return newStr(`<class '${mod}.${t.qualname}'>`);
  return newStr(`<class '${t.qualname}'>`);
}

/** what a class takes over from its base for pattern matching: Py_TPFLAGS_SEQUENCE / _MAPPING and
 *  _Py_TPFLAGS_MATCH_SELF (CPython's inherit_patma_flags and inherit_special) */
const INHERITED_PATTERN_FLAGS = (1 << 5) | (1 << 6) | (1 << 22);

/** the type's __module__ as a JS string (heap types read it from their dict) */
export function typeModule(t: PyType): string | null {
  if (t.flags & TPFLAGS_HEAPTYPE) {
    const m = typeHooks.dictGetStr(t.tpDict!, '__module__');
    return m !== null && m.type === StrType ? (m.value as string) : null;
  }
  const dot = t.name.lastIndexOf('.');
  return dot >= 0 ? t.name.slice(0, dot) : 'builtins';
}
hooksObject2.typeModule = typeModule;

// ---------- creating classes ----------

/** the most derived metaclass of `meta` and the bases' metaclasses */
export function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bm = b.type;
    if (isSubtype(winner, bm)) continue;
    if (isSubtype(bm, winner)) { winner = bm; continue; }
    raiseTypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** the builtin type that determines the instance layout */
function solidBase(t: PyType): PyType {
  if (t.flags & TPFLAGS_HEAPTYPE) {
    const base = solidBase(t.base!);
    // a heap type with __slots__ adds layout of its own
    return t.slotNames.length > (t.base!.slotNames.length) ? t : base;
  }
  // a builtin type with its base's shape (ValueError over Exception) shares the base's layout
  const b = t.base;
  if (b !== null && b !== undefined && b.basicsize === t.basicsize && b.itemsize === t.itemsize) return solidBase(b);
  return t;
}

function bestBase(bases: PyType[]): PyType {
  let winner: PyType | null = null, base: PyType | null = null;
  for (const b of bases) {
    if (!(b.flags & TPFLAGS_BASETYPE)) raiseTypeError(`type '${b.name}' is not an acceptable base type`);
    const s = solidBase(b);
    if (winner === null) { winner = s; base = b; } else if (isSubtype(winner, s)) {
      // keep
    } else if (isSubtype(s, winner)) { winner = s; base = b; } else {
      raiseTypeError('multiple bases have instance lay-out conflict');
    }
  }
  return base!;
}

/** mangle a private name for class `cls` (`__x` -> `_Cls__x`) */
export function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/**
 * type(name, bases, ns) / the class statement. `ns` is borrowed; the new class gets its own dict.
 */
export function createClass(meta: PyType, name: string, basesTuple: PyObject[], ns: PyObject,
  kwnames: string[] = [], kwvalues: PyObject[] = [], basesObject: PyObject | null = null): PyObject {
  // the metaclass is settled first, from the bases' own types (as _PyType_CalculateMetaclass)
  meta = calculateMetaclass(meta, basesTuple);
  let bases = basesTuple.map((b) => {
    if (!isInstance(b, TypeType)) raiseTypeError(`bases must be types`);
    return b as PyType;
  });
  if (bases.length === 0) bases = [ObjectType];
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) raiseTypeError(`duplicate base class ${bases[i].name}`);
    }
  }
  const base = bestBase(bases);

  const t = new PyType(meta, {
    name, base, basicsize: base.basicsize, itemsize: base.itemsize,
    flags: TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | (base.flags & (0xff000000 | INHERITED_PATTERN_FLAGS)),
  });
  t.refcnt = 1;
  t.bases = bases;
  const mro = c3Linearize(t, bases);
  if (mro === null) {
    raiseTypeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${mroConflictNames(t, bases).join(', ')}`);
  }
  t.mro = mro!;

  // the class dict: a copy of the namespace
  const dict = typeHooks.dictCopy(ns);
  t.tpDict = dict;
  const qual = typeHooks.dictGetStr(dict, '__qualname__');
  if (qual !== null) {
    if (qual.type !== StrType) raiseTypeError(`type __qualname__ must be a str, not ${qual.type.name}`);
    t.qualname = qual.value as string;
    typeHooks.dictDelStr(dict, '__qualname__');
  }
  if (typeHooks.dictGetStr(dict, '__module__') === null) {
    const g = typeHooks.currentGlobals();
    const modname = g !== null ? typeHooks.dictGetStr(g, '__name__') : null;
    if (modname !== null) typeHooks.dictSetStr(dict, '__module__', modname);
  }

  // layout: inherited slots, own __slots__, __dict__ and __weakref__
  t.slotNames = base.slotNames.slice();
  t.hasDict = bases.some((b) => b.hasDict);
  t.hasWeakref = bases.some((b) => b.hasWeakref);
  const slotsDecl = typeHooks.dictGetStr(dict, '__slots__');
  const memberNames: string[] = [];
  try {
    layoutSlots();
  } catch (e) {
    // the class is not made: its namespace copy goes
    t.tpDict = null;
    decref(dict);
    throw e;
  }
  /** __dict__, __weakref__ and the __slots__ members: basicsize and descriptors */
  function layoutSlots(): void {
    if (slotsDecl === null) {
      if (!t.hasDict && base.itemsize === 0) { t.hasDict = true; }
      if (!t.hasWeakref && base.itemsize === 0) { t.hasWeakref = true; t.basicsize += 8; }
      if (!t.hasDict) t.hasDict = true;
    } else {
      const names = slotsDecl.type === StrType ? [slotsDecl] : typeHooks.iterate(slotsDecl);
      try {
        // (type_new_slots_impl: a variable-size base, int, bytes or tuple, has no room for slots)
        if (names.length > 0 && base.itemsize !== 0) {
          raiseTypeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
        }
        for (const n of names) {
          if (n.type !== StrType) raiseTypeError(`__slots__ items must be strings, not '${n.type.name}'`);
          const s = n.value as string;
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) raiseTypeError('__slots__ must be identifiers');
          if (s === '__dict__') {
            if (t.hasDict) raiseTypeError('__dict__ slot disallowed: we already got one');
            t.hasDict = true;
            continue;
          }
          if (s === '__weakref__') {
            if (t.hasWeakref) raiseTypeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
            t.hasWeakref = true;
            t.basicsize += 8;
            continue;
          }
          const m = mangle(name, s);
          if (typeHooks.dictGetStr(dict, m) !== null) {
            raiseValueError(`'${s}' in __slots__ conflicts with class variable`);
          }
          memberNames.push(m);
        }
      } finally {
        if (slotsDecl.type !== StrType) for (const n of names) decref(n);
      }
      // type_new_copy_slots: the names go through a new list, sorted, into the tuple the class
      // keeps (ht_slots)
      const nameObjs = memberNames.map((m) => internStr(m));
      const list = typeHooks.newList(nameObjs);
      nameObjs.sort((a, b) => ((a.value as string) < (b.value as string) ? -1 : (a.value as string) > (b.value as string) ? 1 : 0));
      t.slotsTuple = typeHooks.newTuple(nameObjs);
      classesWithUntraversed.add(t);
      decref(list);
      for (const o of nameObjs) decref(o);
      for (const m of memberNames) {
        const idx = t.slotNames.length;
        t.slotNames.push(m);
        t.basicsize += 8;
        const descr = newMemberDescr(t, m, idx);
        typeHooks.dictSetStr(dict, m, descr);
        decref(descr);
      }
    }
  }
  // a builtin base with its own __dict__ slot (exceptions, functions) keeps it: no managed dict
  const staticBase = t.mro.find((b) => !(b.flags & TPFLAGS_HEAPTYPE))!;
  const managed = t.hasDict && !staticBase.hasDict;
  if (managed) t.flags |= TPFLAGS_MANAGED_DICT;
  t.presize = 16 + (managed ? 16 : 0);
  if (t.hasDict && !base.hasDict) addDictDescriptor(t);
  if (t.hasWeakref && !base.hasWeakref) addWeakrefDescriptor(t);

  // __new__ is implicitly a staticmethod; __init_subclass__ and __class_getitem__ classmethods
  wrapImplicit(dict, '__new__', typeHooks.staticMethod);
  wrapImplicit(dict, '__init_subclass__', typeHooks.classMethod);
  wrapImplicit(dict, '__class_getitem__', typeHooks.classMethod);
  // defining __eq__ without __hash__ makes instances unhashable
  if (typeHooks.dictGetStr(dict, '__eq__') !== null && typeHooks.dictGetStr(dict, '__hash__') === null) {
    typeHooks.dictSetStr(dict, '__hash__', None);
  }
  const doc = typeHooks.dictGetStr(dict, '__doc__');
  if (doc === null) typeHooks.dictSetStr(dict, '__doc__', None);

  t.solidBase = solidBase(base);
  t.dealloc = subtypeDealloc;
  t.traverse = subtypeTraverse;
  t.clear = subtypeClear;
  t.sizeof = base.sizeof === ObjectType.sizeof ? ((o) => o.type.basicsize) : base.sizeof;
  t.getattro = base.getattro;
  t.setattro = base.setattro;
  for (const b of bases) {
    // (a class's first subclass makes its tp_subclasses dict, which goes again with the last one)
    if (b.subclasses.length === 0 && (b.flags & TPFLAGS_HEAPTYPE)) {
      b.subclassesDict = typeHooks.newDict();
      classesWithUntraversed.add(b);
    }
    b.subclasses.push(t);
  }
  fixupSlots(t);
  if (t.getattro === ObjectType.getattro || t.getattro === null) t.getattro = genericGetAttr;
  if (t.setattro === ObjectType.setattro || t.setattro === null) t.setattro = genericSetAttr;

  // __classcell__
  const cell = typeHooks.dictGetStr(dict, '__classcell__');
  if (cell !== null) {
    typeHooks.cellSet(cell, t);
    typeHooks.dictDelStr(dict, '__classcell__');
  }

  // allocate the class object itself on the heap
  const tobj = allocate(TypeType, null, null, 0, false);
  t.addr = tobj.addr;
  tobj.addr = 0;
  typeHooks.replaceAllocation(tobj, t);
  track(t);
  addSubclassRefs(t);
  meta.refcnt++;
  // tp_bases: the tuple given (class statement, type()), or (object,) made for a class without
  // bases; tp_mro: a new tuple (the class itself first); tp_base
  if (basesObject !== null && basesTuple.length > 0) {
    incref(basesObject);
    t.basesTuple = basesObject;
  } else {
    t.basesTuple = typeHooks.newTuple(bases);
  }
  t.mroTuple = typeHooks.newTuple(t.mro);
  incref(base);
  // ht_cached_keys (made once the type is ready, as type_new_impl does): instances of a class with
  // a managed dict over a base without items share their attribute names (sharedkeys.ts)
  if ((t.flags & TPFLAGS_MANAGED_DICT) && base.itemsize === 0) t.cachedKeys = new SharedKeys();

  // __set_name__ on descriptors, then the parent's __init_subclass__
  try {
    // (type_new_set_names walks a copy of the class's dict: PyDict_Copy, a dict the collector counts)
    const names = typeHooks.dictCopy(dict);
    // (PyDict_Next: the items are borrowed from the copy, which nothing else can change)
    const items = typeHooks.dictItems(names);
    for (const [k, v] of items) { decref(k); decref(v); }
    try {
      for (const [k, v] of items) {
        let r: PyObject | null;
        try {
          r = callSpecial(v, '__set_name__', [t, k]);
        } catch (e) {
          if (!(e instanceof PyErr)) throw e;
          // (3.11: _PyErr_FormatFromCause; 3.12 adds a note instead)
          const msg = `Error calling __set_name__ on '${v.type.name}' instance ${reprString(k)} in '${t.name}'`;
          const exc = errorHooks.newExceptionFromCause(excType('RuntimeError'), msg, e.exc);
          decref(e.exc);
          throw new PyErr(exc);
        }
        if (r !== null) decref(r);
      }
    } finally {
      decref(names);
    }
    const sup = typeHooks.superInitSubclass(t, kwnames, kwvalues);
    decref(sup);
  } catch (e) {
    decref(t);
    throw e;
  }
  return t;
}

/**
 * add_subclass: each base's tp_subclasses holds a weak reference to the new class (the shared
 * callback-less one, so one object with a reference per base). Python sees it in
 * weakref.getweakrefcount(cls) and weakref.ref(cls). The bases' subclass tables are not traversed,
 * so for the collector these are references from outside; the audit knows them as roots.
 */
const subclassRefs = new Map<PyType, PyObject[]>();
function addSubclassRefs(t: PyType): void {
  subclassRefs.set(t, t.bases.map(() => typeHooks.basicWeakref(t)));
}

/** remove_subclass, for every base */
function dropSubclassRefs(t: PyType): void {
  const refs = subclassRefs.get(t);
  if (refs === undefined) return;
  subclassRefs.delete(t);
  for (const r of refs) decref(r);
}

addRootProvider('typeobject', (add) => {
  for (const refs of subclassRefs.values()) for (const r of refs) add(r, "a base's tp_subclasses");
  // (classes hold these without traversing them, as CPython's type_traverse does not visit them)
  for (const t of classesWithUntraversed) {
    if (t.slotsTuple !== null) add(t.slotsTuple, "a class's ht_slots");
    if (t.subclassesDict !== null) add(t.subclassesDict, "a class's tp_subclasses dict");
  }
});

/** the classes holding a slotsTuple or a subclassesDict (roots for the audit) */
const classesWithUntraversed = new Set<PyType>();

function wrapImplicit(dict: PyObject, name: string, wrap: (f: PyObject) => PyObject): void {
  const f = typeHooks.dictGetStr(dict, name);
  if (f !== null && f.type.name === 'function') {
    const w = wrap(f);
    typeHooks.dictSetStr(dict, name, w);
    decref(w);
  }
}

function addDictDescriptor(t: PyType): void {
  const d = newGetSetDescr(t, '__dict__', (o) => typeHooks.instanceDict(o), (o, v) => {
    if (v !== null && v.type.name !== 'dict' && !isInstance(v, typeHooks.dictType())) {
      raiseTypeError(`__dict__ must be set to a dictionary, not a '${v.type.name}'`);
    }
    // (subtype_setdict: the inline values become a dict first, which the new one replaces)
    if (o.values instanceof InstanceValues) materialiseDict(o);
    const old = o.dict, oldValues = o.values as DictTable | null;
    if (v !== null) incref(v);
    o.dict = v;
    o.values = null;
    xdecref(old);
    if (oldValues !== null) oldValues.clear();
  });
  typeHooks.dictSetStr(t.tpDict!, '__dict__', d);
  decref(d);
}

function addWeakrefDescriptor(t: PyType): void {
  const d = newGetSetDescr(t, '__weakref__', (o) => typeHooks.firstWeakref(o), null);
  typeHooks.dictSetStr(t.tpDict!, '__weakref__', d);
  decref(d);
}

// ---------- heap-type instances: traverse / clear / dealloc ----------

function subtypeTraverse(o: PyObject, visit: Visit): void {
  const s = o.slots;
  if (s !== null) for (const v of s) if (v !== null) visit(v);
  if (o.dict !== null) visit(o.dict);
  else if (o.values instanceof InstanceValues) {
    // _PyObject_VisitInstanceAttributes: the values in the shared keys' index order
    const vals = o.values.vals;
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i];
      if (v !== null) visit(v);
    }
  } else if (o.values !== null) {
    const t = o.values as DictTable;
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k !== null) { visit(k); visit(t.vals[i]!); }
    }
  }
  visit(o.type);
  const base = (o.type as PyType).solidBase;
  if (base !== null && base.traverse !== null && !(base.flags & TPFLAGS_HEAPTYPE)) base.traverse(o, visit);
}

// (the collector visits what subtypeTraverse would for a plain instance inline: gc.ts's instanceValues)
gcHooks.instances = { traverse: subtypeTraverse, objectType: ObjectType, valuesClass: InstanceValues };

function clearSlotsAndDict(o: PyObject, dealloc: boolean): void {
  const s = o.slots;
  if (s !== null) {
    for (let i = 0; i < s.length; i++) {
      const v = s[i];
      if (v !== null) {
        s[i] = null;
        decref(v);
      }
    }
  }
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    decref(d);
  } else if (o.values instanceof InstanceValues) {
    const iv = o.values;
    if (dealloc) {
      o.values = null;
      freeInstanceValues(iv);
    } else {
      iv.clear();
    }
  } else if (o.values !== null) {
    const t = o.values as DictTable;
    o.values = null;
    t.clear();
  }
}

function subtypeClear(o: PyObject): void {
  clearSlotsAndDict(o, false);
  const base = (o.type as PyType).solidBase;
  if (base !== null && base.clear !== null && !(base.flags & TPFLAGS_HEAPTYPE)) base.clear(o);
}

/**
 * subtype_dealloc (PEP 442 order): untrack; call __del__ once (the object may be resurrected);
 * clear weakrefs and run their callbacks; clear __slots__ then the instance dict; then the builtin
 * base's dealloc (which frees the memory and drops the reference to the class).
 */
function subtypeDealloc(o: PyObject): void {
  const type = o.type as PyType;
  untrack(o);
  if (type.finalize !== null && !(o.gcBits & GC_FINALIZED)) {
    o.refcnt = 1;
    track(o);
    o.gcBits |= GC_FINALIZED;
    typeHooks.callFinalizer(o);
    if (--o.refcnt !== 0) return; // resurrected
    untrack(o);
  }
  if (o.weaklist !== null) typeHooks.clearWeakrefs(o);
  clearSlotsAndDict(o, true);
  const base = type.solidBase!;
  if (base === ObjectType || (base.flags & TPFLAGS_HEAPTYPE)) {
    release(o);
  } else {
    base.dealloc(o);
  }
}

// ---------- type's own dealloc / traverse ----------

function typeDealloc(o: PyObject): void {
  const t = o as PyType;
  untrack(t);
  for (const b of t.bases) {
    const i = b.subclasses.indexOf(t);
    if (i >= 0) b.subclasses.splice(i, 1);
    if (b.subclasses.length === 0 && b.subclassesDict !== null) {
      const d = b.subclassesDict;
      b.subclassesDict = null;
      if (b.slotsTuple === null) classesWithUntraversed.delete(b);
      decref(d);
    }
  }
  dropSubclassRefs(t);
  if (t.weaklist !== null) typeHooks.clearWeakrefs(t);
  const d = t.tpDict;
  t.tpDict = null;
  t.cache.clear();
  const meta = t.type;
  const basesTuple = t.basesTuple, mroTuple = t.mroTuple;
  t.basesTuple = null;
  t.mroTuple = null;
  const slotsTuple = t.slotsTuple, subclassesDict = t.subclassesDict;
  t.slotsTuple = null;
  t.subclassesDict = null;
  classesWithUntraversed.delete(t);
  // free the class object's block (it was allocated as a `type` instance)
  typeHooks.freeTypeBlock(t);
  // (type_dealloc's order: tp_base, tp_dict, tp_bases, tp_mro)
  decref(t.base!);
  xdecref(d);
  xdecref(basesTuple);
  xdecref(slotsTuple);
  xdecref(subclassesDict);
  xdecref(mroTuple);
  if (meta.flags & TPFLAGS_HEAPTYPE) decref(meta);
  const keys = t.cachedKeys;
  if (keys !== null) {
    t.cachedKeys = null;
    releaseSharedKeys(keys);
  }
}

function typeTraverse(o: PyObject, visit: Visit): void {
  const t = o as PyType;
  if (!(t.flags & TPFLAGS_HEAPTYPE)) return;
  // (type_traverse: tp_dict, tp_mro, tp_bases, tp_base)
  if (t.tpDict !== null) visit(t.tpDict);
  if (t.mroTuple !== null) visit(t.mroTuple);
  if (t.basesTuple !== null) visit(t.basesTuple);
  visit(t.base!);
  // a heap metaclass is visited by subtypeTraverse, the traverse of its instances (the classes)
}

function typeClear(o: PyObject): void {
  const t = o as PyType;
  const d = t.tpDict;
  if (d !== null) typeHooks.dictClear(d);
  typeModified(t);
  // tp_mro: a tuple holding the class itself, so part of every class's own cycle (CPython's
  // type_clear drops it; tp_bases and tp_base can stay, some dict in the cycle gets cleared)
  const mro = t.mroTuple;
  t.mroTuple = null;
  xdecref(mro);
}

// type.__new__(meta, name, bases, ns) and type(name, bases, ns)
function typeNew(meta: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos === 1 && nkw === 0 && meta === TypeType) {
    incref(args[0].type);
    return args[0].type;
  }
  if (npos !== 3) raiseTypeError('type() takes 1 or 3 arguments');
  const [name, bases, ns] = args;
  if (name.type !== StrType) raiseTypeError(`type.__new__() argument 1 must be str, not ${name.type.name}`);
  if (bases.type.name !== 'tuple') raiseTypeError(`type.__new__() argument 2 must be tuple, not ${bases.type.name}`);
  if (!isInstance(ns, typeHooks.dictType())) raiseTypeError(`type.__new__() argument 3 must be dict, not ${ns.type.name}`);
  return createClass(meta, name.value as string, bases.value as PyObject[], ns,
    kwnames ?? [], args.slice(npos), bases);
}

// classes have a __dict__ (their namespace) and can be weakly referenced: subclasses of type add neither
TypeType.hasDict = true;
TypeType.hasWeakref = true;
TypeType.call = typeCall;
TypeType.getattro = typeGetAttr;
TypeType.setattro = typeSetAttr;
TypeType.repr = typeRepr;
TypeType.new = typeNew;
TypeType.init = () => {};
TypeType.dealloc = typeDealloc;
TypeType.traverse = typeTraverse;
TypeType.clear = typeClear;
// type.__sizeof__: a heap type is a PyHeapTypeObject (904 bytes) plus its cached keys; a static
// type is a bare PyTypeObject (408 bytes)
TypeType.sizeof = (o) => ((o as PyType).flags & TPFLAGS_HEAPTYPE ? 904 + ((o as PyType).cachedKeys !== null ? SHARED_KEYS_BYTES : 0) : 408);

export { objectNew, objectInit, getAttrOrNull, reprString, strString, isTrue, none, PyErr, internStr, call };
