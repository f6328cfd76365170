// LAYER: objects. Builtin callables and descriptors (CPython's Objects/descrobject.c and
// methodobject.c):
//   builtin_function_or_method  value: { name, fn, self, qualname }  (`len`, `[].append`)
//   method_descriptor           value: { name, fn, owner }   (`list.append`; binds to an instance)
//   classmethod_descriptor      value: { name, fn, owner }   (`dict.fromkeys`; binds to the class)
//   wrapper_descriptor          value: { name, fn, owner }   (`list.__add__`: a slot as a method)
//   getset_descriptor           value: { name, get, set, owner }
//   member_descriptor           value: { name, index, owner } (one per __slots__ name)
// GC types: bound builtins (which hold `self`), getset and member descriptors (which hold their class).

import { typeHooks } from './typehooks.js';
import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import {
  PyType, staticType, TPFLAGS_HAVE_GC, TPFLAGS_HEAPTYPE, MethodFn, TypeDef, isSubtype, EQ, NE,
} from './type.js';
import { newBool } from './bool.js';
import { notImplemented } from './singletons.js';
import { hashPointer } from './object.js';
import { withArgsTuple } from './tpcall.js';
import { allocate, release } from './alloc.js';
import { raiseTypeError, raiseAttributeError } from './errors.js';
import { newStr } from './str.js';
import { hexAddr } from './abstract.js';
import { untrack } from '../memory/generations.js';
import { makeStaticLifetime } from '../memory/shownrefs.js';

export interface BuiltinData {
  name: string;
  fn: (args: PyObject[], kwnames: string[] | null) => PyObject;
  self: PyObject | null;
  /** for methods bound to self: the unbound MethodFn */
  meth: MethodFn | null;
  qualname: string;
  module: string | null;
  /** the method or slot wrapper descriptor a bound builtin came from (its identity for ==) */
  descr: PyObject | null;
}

export const BuiltinFunctionType = staticType({
  name: 'builtin_function_or_method', basicsize: 56, flags: TPFLAGS_HAVE_GC,
});
export const MethodDescrType = staticType({ name: 'method_descriptor', basicsize: 56 });
export const ClassMethodDescrType = staticType({ name: 'classmethod_descriptor', basicsize: 56 });
export const WrapperDescrType = staticType({ name: 'wrapper_descriptor', basicsize: 56 });
export const MethodWrapperType = staticType({ name: 'method-wrapper', basicsize: 32, flags: TPFLAGS_HAVE_GC });
// getset and member descriptors are GC types (a class's own ones hold a reference to the class,
// which the cycle collector must see: a class and its __dict__/__slots__ descriptors form cycles)
export const GetSetDescrType = staticType({ name: 'getset_descriptor', basicsize: 48, flags: TPFLAGS_HAVE_GC });
export const MemberDescrType = staticType({ name: 'member_descriptor', basicsize: 48, flags: TPFLAGS_HAVE_GC });

// ---------- builtin functions ----------

/** a module-level builtin function such as len (static: never freed while its module lives) */
export function newBuiltinFunction(name: string, fn: BuiltinData['fn'], module: string | null = 'builtins'): PyObject {
  const data: BuiltinData = { name, fn, self: null, meth: null, qualname: name, module, descr: null };
  return allocate(BuiltinFunctionType, data, null);
}

/**
 * A builtin method bound to self: `[].append` (a builtin_function_or_method, from a method
 * descriptor) or `(1).__add__` (a method-wrapper, from a slot wrapper). Holds a reference to self;
 * the descriptor, a static type's, lives for the whole run.
 */
export function newBoundBuiltin(name: string, meth: MethodFn, self: PyObject, owner: string,
  descr: PyObject | null = null): PyObject {
  incref(self);
  const data: BuiltinData = {
    name, fn: (args, kw) => meth(self, args, kw), self, meth, qualname: `${owner}.${name}`, module: null, descr,
  };
  const type = descr !== null && descr.type === WrapperDescrType ? MethodWrapperType : BuiltinFunctionType;
  return allocate(type, data, null);
}

/**
 * meth_richcompare / wrapper_richcompare: two bound builtins are equal when they bind the same
 * object (by identity) to the same method; other comparisons are not supported.
 */
function sameBoundBuiltin(a: PyObject, b: PyObject): boolean {
  const x = a.value as BuiltinData, y = b.value as BuiltinData;
  if (x.self === null || y.self === null) return a === b || (x.self === y.self && x.fn === y.fn);
  return x.self === y.self && (x.descr !== null ? x.descr === y.descr : x.meth === y.meth);
}

for (const t of [BuiltinFunctionType, MethodWrapperType]) {
  t.call = (f, args, kwnames) => (f.value as BuiltinData).fn(args, kwnames);
  t.dealloc = (o) => {
    untrack(o);
    if (o.weaklist !== null) typeHooks.clearWeakrefs(o);
    const d = o.value as BuiltinData;
    const s = d.self;
    d.self = null;
    release(o);
    xdecref(s);
  };
  t.richcompare = (a, b, op) => {
    if ((op !== EQ && op !== NE) || b.type !== t) return notImplemented();
    const eq = sameBoundBuiltin(a, b);
    return newBool(op === EQ ? eq : !eq);
  };
  // meth_hash / wrapper_hash: the bound object's address mixed with the method's identity
  t.hash = (o) => {
    const d = o.value as BuiltinData;
    if (d.self === null) return hashPointer(o);
    const m = d.descr !== null ? d.descr.addr : 0;
    const h = (hashPointer(d.self) ^ m) | 0;
    return h === -1 ? -2 : h;
  };
}
BuiltinFunctionType.traverse = (o: PyObject, visit: Visit) => {
  const s = (o.value as BuiltinData).self;
  if (s !== null) visit(s);
};
// wrapper_traverse: the slot wrapper, then self
MethodWrapperType.traverse = (o: PyObject, visit: Visit) => {
  const d = o.value as BuiltinData;
  visit(d.descr!);
  if (d.self !== null) visit(d.self);
};
BuiltinFunctionType.hasWeakref = true;
MethodWrapperType.repr = (o) => {
  const d = o.value as BuiltinData;
  return newStr(`<method-wrapper '${d.name}' of ${d.self!.type.name} object at ${hexAddr(d.self!)}>`);
};
BuiltinFunctionType.repr = (o) => {
  const d = o.value as BuiltinData;
  if (d.self === null) return newStr(`<built-in function ${d.name}>`);
  const selfType = d.self.type;
  if (selfType.type === selfType || isSubtype(selfType, selfType.type as PyType)) {
    // bound to a class (classmethod of a builtin type)
    return newStr(`<built-in method ${d.name} of type object at ${hexAddr(d.self)}>`);
  }
  return newStr(`<built-in method ${d.name} of ${selfType.name} object at ${hexAddr(d.self)}>`);
};

// ---------- method descriptors ----------

export interface DescrData {
  name: string;
  fn: MethodFn;
  owner: PyType;
  doc: string | null;
}

function checkSelf(d: DescrData, self: PyObject | undefined): PyObject {
  if (self === undefined) {
    raiseTypeError(`unbound method ${d.owner.name}.${d.name}() needs an argument`);
  }
  if (self!.type !== d.owner && !isSubtype(self!.type, d.owner)) {
    raiseTypeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${self!.type.name}' object`);
  }
  return self!;
}

function newDescr(type: PyType, data: object): PyObject {
  const o = allocate(type, data, null);
  makeStaticLifetime(o); // lives in a static type's dict for the whole run
  return o;
}

export function newMethodDescr(owner: PyType, name: string, fn: MethodFn, doc: string | null): PyObject {
  return newDescr(MethodDescrType, { name, fn, owner, doc } as DescrData);
}

export function newWrapperDescr(owner: PyType, name: string, fn: MethodFn): PyObject {
  return newDescr(WrapperDescrType, { name, fn, owner, doc: null } as DescrData);
}

function descrCall(d: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const data = d.value as DescrData;
  const self = checkSelf(data, args[0]);
  return data.fn(self, args.slice(1), kwnames);
}

/**
 * wrapperdescr_call: a slot wrapper called through its class checks self in its own words, and
 * passes the rest of the arguments on in a new tuple (PyTuple_GetSlice)
 */
function wrapperDescrCall(d: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const data = d.value as DescrData;
  const self = args[0];
  if (self === undefined) raiseTypeError(`descriptor '${data.name}' of '${data.owner.name}' object needs an argument`);
  if (self.type !== data.owner && !isSubtype(self.type, data.owner)) {
    raiseTypeError(`descriptor '${data.name}' requires a '${data.owner.name}' object but received a '${self.type.name}'`);
  }
  const rest = args.slice(1);
  return withArgsTuple(rest, () => data.fn(self, rest, kwnames));
}

function descrBind(d: PyObject, obj: PyObject | null, _type: PyType): PyObject {
  if (obj === null) {
    incref(d);
    return d;
  }
  const data = d.value as DescrData;
  checkSelf(data, obj);
  return newBoundBuiltin(data.name, data.fn, obj, data.owner.name, d);
}

function descrRepr(kind: string) {
  return (d: PyObject): PyObject => {
    const data = d.value as DescrData;
    return newStr(`<${kind} '${data.name}' of '${data.owner.name}' objects>`);
  };
}

for (const t of [MethodDescrType, WrapperDescrType]) t.descrGet = descrBind;
MethodDescrType.call = descrCall;
WrapperDescrType.call = wrapperDescrCall;
MethodDescrType.repr = descrRepr('method');
WrapperDescrType.repr = descrRepr('slot wrapper');

/** call a method descriptor with self separately (LOAD_METHOD fast path) */
export function callMethodDescr(d: PyObject, self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const data = d.value as DescrData;
  checkSelf(data, self);
  return data.fn(self, args, kwnames);
}

// ---------- classmethod descriptors (dict.fromkeys) ----------

export function newClassMethodDescr(owner: PyType, name: string, fn: MethodFn, doc: string | null): PyObject {
  return newDescr(ClassMethodDescrType, { name, fn, owner, doc } as DescrData);
}

ClassMethodDescrType.descrGet = (d, obj, type) => {
  const data = d.value as DescrData;
  const cls = type ?? obj!.type;
  return newBoundBuiltin(data.name, data.fn, cls, data.owner.name);
};
ClassMethodDescrType.call = (d, args, kwnames) => {
  const data = d.value as DescrData;
  const cls = args[0];
  if (cls === undefined) raiseTypeError(`descriptor '${data.name}' of '${data.owner.name}' object needs an argument`);
  return data.fn(cls, args.slice(1), kwnames);
};
ClassMethodDescrType.repr = descrRepr('method');

// ---------- getset descriptors ----------

export interface GetSetData {
  name: string;
  get: (self: PyObject) => PyObject;
  set: ((self: PyObject, v: PyObject | null) => void) | null;
  owner: PyType;
}

export function newGetSetDescr(owner: PyType, name: string, get: GetSetData['get'], set: GetSetData['set']): PyObject {
  if (owner.flags & TPFLAGS_HEAPTYPE) {
    // a class's own descriptor (__dict__, __weakref__) holds a reference to the class, as in CPython
    incref(owner);
    return allocate(GetSetDescrType, { name, get, set, owner } as GetSetData, null);
  }
  return newDescr(GetSetDescrType, { name, get, set, owner } as GetSetData);
}

GetSetDescrType.descrGet = (d, obj, _type) => {
  if (obj === null) {
    incref(d);
    return d;
  }
  const data = d.value as GetSetData;
  if (obj.type !== data.owner && !isSubtype(obj.type, data.owner)) {
    raiseTypeError(`descriptor '${data.name}' for '${data.owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
  }
  return data.get(obj);
};
GetSetDescrType.descrSet = (d, obj, value) => {
  const data = d.value as GetSetData;
  if (data.set === null) {
    raiseAttributeError(`attribute '${data.name}' of '${data.owner.name}' objects is not writable`);
  }
  data.set!(obj, value);
};
GetSetDescrType.repr = (d) => {
  const data = d.value as GetSetData;
  return newStr(`<attribute '${data.name}' of '${data.owner.name}' objects>`);
};

// ---------- member descriptors (__slots__) ----------

export interface MemberData {
  name: string;
  index: number;
  owner: PyType;
}

export function newMemberDescr(owner: PyType, name: string, index: number): PyObject {
  incref(owner);
  return allocate(MemberDescrType, { name, index, owner } as MemberData, null);
}

MemberDescrType.descrGet = (d, obj, _type) => {
  if (obj === null) {
    incref(d);
    return d;
  }
  const data = d.value as MemberData;
  const v = obj.slots !== null ? obj.slots[data.index] : null;
  if (v === null || v === undefined) {
    raiseAttributeError(`'${obj.type.name}' object has no attribute '${data.name}'`);
  }
  incref(v!);
  return v!;
};
MemberDescrType.descrSet = (d, obj, value) => {
  const data = d.value as MemberData;
  if (obj.slots === null) {
    // instances of subclasses of builtins (dict, list, ...) get their slot array on first store
    if (obj.type.slotNames.length <= data.index) raiseAttributeError(`'${obj.type.name}' object has no attribute '${data.name}'`);
    obj.slots = new Array(obj.type.slotNames.length).fill(null);
  }
  const old = obj.slots![data.index];
  if (value === null) {
    if (old === null) raiseAttributeError(`'${obj.type.name}' object has no attribute '${data.name}'`);
    obj.slots![data.index] = null;
    decref(old!);
    return;
  }
  incref(value);
  obj.slots![data.index] = value;
  xdecref(old);
};
MemberDescrType.repr = (d) => {
  const data = d.value as MemberData;
  return newStr(`<member '${data.name}' of '${data.owner.name}' objects>`);
};
/** descriptors of heap types own a reference to their class */
function ownerOf(o: PyObject): PyType { return (o.value as { owner: PyType }).owner; }
for (const t of [MemberDescrType, GetSetDescrType]) {
  t.dealloc = (o) => {
    untrack(o);
    const owner = ownerOf(o);
    release(o);
    if (owner.flags & TPFLAGS_HEAPTYPE) decref(owner);
  };
  t.traverse = (o: PyObject, visit: Visit) => {
    const owner = ownerOf(o);
    if (owner.flags & TPFLAGS_HEAPTYPE) visit(owner);
  };
}
for (const t of [MethodDescrType, ClassMethodDescrType, WrapperDescrType]) {
  t.dealloc = (o) => release(o);
}

/** Build the descriptor object for one TypeDef (define.ts). */
export function descriptorFor(t: PyType, d: TypeDef): PyObject {
  switch (d.kind) {
    case 'method': return newMethodDescr(t, d.name, d.fn, d.doc);
    case 'wrapper': return newWrapperDescr(t, d.name, d.fn);
    case 'classmethod': return newClassMethodDescr(t, d.name, d.fn, d.doc);
    case 'staticmethod': {
      const f = newBuiltinFunction(d.name, d.fn, null);
      makeStaticLifetime(f);
      return f;
    }
    case 'getset': return newGetSetDescr(t, d.name, d.get, d.set);
    case 'value': return d.make();
  }
}
