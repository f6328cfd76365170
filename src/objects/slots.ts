// LAYER: objects. Slots <-> dunder methods (CPython's Objects/typeobject.c slotdefs), both ways:
//
//   builtin type (slots written in TS)      class statement (dunders written in Python)
//   list.nb[NB_ADD] = listConcat   ----->   list.__dict__['__add__'] = <slot wrapper>
//   A.nb[NB_ADD] = dispatch('__add__') <--- class A: def __add__(self, o): ...
//
// `addSlotWrappers` runs at bootstrap for each static type; `fixupSlots` runs for every heap type
// when it is created and whenever one of its dunders is assigned or deleted.

import { PyObject } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { PyType, typeLookup, isSubtype, MethodFn, TPFLAGS_HEAPTYPE, deallocUnsupported, LT, LE, EQ, NE, GT, GE } from './type.js';
import {
  call, callUnpacked, callSlotDunder, callSpecial, lookupSpecial, isInstance, richCompare,
} from './abstract.js';
import { raiseTypeError, raiseValueError, raise, PyErr, excType } from './errors.js';
import { NotImplemented, None, notImplemented, none } from './singletons.js';
import { True, False, newBool } from './bool.js';
import { genericGetAttr, genericSetAttr } from './object.js';
import { IntType } from './int.js';
import { method } from './define.js';
import { checkArity, wrapperArgs } from './args.js';
import { isStr } from './str.js';
import { holdingUnpackedArgs } from './tpcall.js';
import { enterRecursiveCall, leaveRecursiveCall, checkRecursion, WHILE_CALLING } from './recursion.js';
import type { FunctionData } from './function.js';
import { writtenInC, type Code } from './code.js';

const NB_NAMES: [string, string, string][] = [
  ['__add__', '__radd__', '__iadd__'], ['__and__', '__rand__', '__iand__'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__'], ['__lshift__', '__rlshift__', '__ilshift__'],
  ['__matmul__', '__rmatmul__', '__imatmul__'], ['__mul__', '__rmul__', '__imul__'],
  ['__mod__', '__rmod__', '__imod__'], ['__or__', '__ror__', '__ior__'],
  ['__pow__', '__rpow__', '__ipow__'], ['__rshift__', '__rrshift__', '__irshift__'],
  ['__sub__', '__rsub__', '__isub__'], ['__truediv__', '__rtruediv__', '__itruediv__'],
  ['__xor__', '__rxor__', '__ixor__'],
];
const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/** call the dunder `name` found on type(o), or return null when absent */
function callDunder(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  return callSlotDunder(o, name, args);
}

function mustCallDunder(o: PyObject, name: string, args: PyObject[]): PyObject {
  const r = callDunder(o, name, args);
  if (r === null) raiseTypeError(`'${o.type.name}' object has no attribute '${name}'`);
  return r!;
}

// ---------- dispatchers for heap types ----------

const binaryDispatchers: ((a: PyObject, b: PyObject) => PyObject)[] = NB_NAMES.map(([op, rop], i) => {
  const dispatch = (a: PyObject, b: PyObject): PyObject => {
    const aUses = a.type.nb[i] === dispatch;
    const bUses = b.type !== a.type && b.type.nb[i] === dispatch;
    if (aUses) {
      if (bUses && isSubtype(b.type, a.type) && typeLookup(b.type, rop) !== typeLookup(a.type, rop)) {
        const r = callDunder(b, rop, [a]);
        if (r !== null) {
          if (r !== NotImplemented) return r;
          decref(r);
        }
        const r2 = callDunder(a, op, [b]);
        return r2 ?? notImplemented();
      }
      const r = callDunder(a, op, [b]);
      if (r !== null) {
        if (r !== NotImplemented || !bUses) return r;
        decref(r);
      }
    }
    if (bUses) {
      const r = callDunder(b, rop, [a]);
      if (r !== null) return r;
    }
    return notImplemented();
  };
  return dispatch;
});

const inplaceDispatchers = NB_NAMES.map(([, , iop]) => (a: PyObject, b: PyObject): PyObject => {
  const r = callDunder(a, iop, [b]);
  return r ?? notImplemented();
});

function richcompareDispatch(a: PyObject, b: PyObject, op: number): PyObject {
  const r = callDunder(a, CMP_NAMES[op], [b]);
  return r ?? notImplemented();
}

function reprDispatch(o: PyObject): PyObject { return mustCallDunder(o, '__repr__', []); }
function strDispatch(o: PyObject): PyObject { return mustCallDunder(o, '__str__', []); }

function hashDispatch(o: PyObject): number {
  const r = mustCallDunder(o, '__hash__', []);
  try {
    if (!isInstance(r, IntType)) raiseTypeError('__hash__ method should return an integer');
    const v = r.value;
    if (typeof v === 'number') return v === -1 ? -2 : v;
    // slot_tp_hash: a value that fits in 64 bits is the hash itself (a bigint stands for a
    // hash beyond 2**53, as tuple hashes do); a bigger one is reduced like int's own hash
    const big = v as bigint;
    if (BigInt.asIntN(64, big) === big) return big as unknown as number;
    return Number(BigInt.asIntN(61, big)) || -2;
  } finally {
    decref(r);
  }
}

/**
 * slot_tp_call, reached through _PyObject_MakeTpCall: a recursion unit while __call__ runs; a
 * Python __call__ is called with self first (no bound method), any other one bound. A __call__
 * that stands in for a C type's tp_call (lib/'s hidden frames, such as lru_cache's) has its
 * frame's unit for the one _PyObject_MakeTpCall takes: a cached recursion costs 2 units per
 * level, as in CPython, not 3.
 */
export function slotTpCall(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const d = typeLookup(f.type, '__call__');
  const python = d !== null && d.type.name === 'function';
  const standsInForC = python && writtenInC.has((d!.value as FunctionData).code.value as Code);
  if (standsInForC) checkRecursion(WHILE_CALLING);
  else enterRecursiveCall(WHILE_CALLING);
  try {
    if (python) return holdingUnpackedArgs(f, args, kwnames, () => call(d!, [f, ...args], kwnames));
    const m = lookupSpecial(f, '__call__');
    if (m === null) raiseTypeError(`'${f.type.name}' object is not callable`);
    try {
      return callUnpacked(m!, args, kwnames);
    } finally {
      decref(m!);
    }
  } finally {
    if (!standsInForC) leaveRecursiveCall();
  }
}

function iterDispatch(o: PyObject): PyObject {
  const m = typeLookup(o.type, '__iter__');
  if (m === None) raiseTypeError(`'${o.type.name}' object is not iterable`);
  const r = mustCallDunder(o, '__iter__', []);
  if (r.type.iternext === null) {
    const name = r.type.name;
    decref(r);
    raiseTypeError(`iter() returned non-iterator of type '${name}'`);
  }
  return r;
}

export function iternextDispatch(o: PyObject): PyObject | null {
  try {
    return mustCallDunder(o, '__next__', []);
  } catch (e) {
    if (e instanceof PyErr && isInstance(e.exc, excType('StopIteration'))) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

function boolDispatch(o: PyObject): boolean {
  let r = callDunder(o, '__bool__', []);
  if (r === null) {
    r = callDunder(o, '__len__', []);
    if (r === null) return true;
    const n = lenValue(o, r);
    return n > 0;
  }
  if (r !== True && r !== False) {
    const n = r.type.name;
    decref(r);
    raiseTypeError(`__bool__ should return bool, returned ${n}`);
  }
  decref(r);
  return r === True;
}

function lenValue(_o: PyObject, r: PyObject): number {
  try {
    if (!isInstance(r, IntType)) raiseTypeError(`'${r.type.name}' object cannot be interpreted as an integer`);
    const v = Number(r.value);
    // (PyNumber_AsSsize_t(res, OverflowError) first, then the sign)
    if (v > 9223372036854775807 || v < -9223372036854775808) raise(excType('OverflowError'), "cannot fit 'int' into an index-sized integer");
    if (v < 0) raiseValueError('__len__() should return >= 0');
    return v;
  } finally {
    decref(r);
  }
}

function lenDispatch(o: PyObject): number {
  return lenValue(o, mustCallDunder(o, '__len__', []));
}

function getitemDispatch(o: PyObject, k: PyObject): PyObject { return mustCallDunder(o, '__getitem__', [k]); }

function setitemDispatch(o: PyObject, k: PyObject, v: PyObject | null): void {
  const r = v === null ? callDunder(o, '__delitem__', [k]) : callDunder(o, '__setitem__', [k, v]);
  // (the class defines only the other one: slot_mp_ass_subscript's method lookup fails with the
  // bare name, AttributeError('__delitem__'))
  if (r === null) raise(excType('AttributeError'), v === null ? '__delitem__' : '__setitem__');
  decref(r!);
}

function containsDispatch(o: PyObject, item: PyObject): boolean {
  const r = callDunder(o, '__contains__', [item]);
  if (r === null) return hooksSlots.containsByIteration(o, item);
  try {
    return hooksSlots.isTrue(r);
  } finally {
    decref(r);
  }
}

export const hooksSlots = {
  isTrue: (_o: PyObject): boolean => true,
  containsByIteration: (_o: PyObject, _item: PyObject): boolean => false,
};

function getattroDispatch(o: PyObject, name: string): PyObject {
  const getattribute = typeLookup(o.type, '__getattribute__');
  const getattr = typeLookup(o.type, '__getattr__');
  const userGetattribute = getattribute !== null && getattribute.type.name === 'function';
  try {
    if (userGetattribute) {
      const n = hooksSlots2.newStr(name, true);
      try {
        // slot_tp_getattr_hook calls both hooks through call_attribute (a bound method);
        // slot_tp_getattro, for a class without __getattr__, calls __getattribute__ unbound
        return getattr !== null ? callSpecial(o, '__getattribute__', [n])! : mustCallDunder(o, '__getattribute__', [n]);
      } finally {
        decref(n);
      }
    }
    return genericGetAttr(o, name);
  } catch (e) {
    if (getattr === null || !(e instanceof PyErr) || !isInstance(e.exc, excType('AttributeError'))) throw e;
    decref(e.exc);
    const n = hooksSlots2.newStr(name, false);
    try {
      return callSpecial(o, '__getattr__', [n])!;
    } finally {
      decref(n);
    }
  }
}

function setattroDispatch(o: PyObject, name: string, v: PyObject | null): void {
  const n = hooksSlots2.newStr(name, false);
  try {
    const r = v === null ? callDunder(o, '__delattr__', [n]) : callDunder(o, '__setattr__', [n, v]);
    if (r === null) genericSetAttr(o, name, v);
    else decref(r);
  } finally {
    decref(n);
  }
}

export const hooksSlots2 = {
  newStr: (_s: string, _steal: boolean): PyObject => { throw new Error('not wired'); },
};

function descrGetDispatch(d: PyObject, obj: PyObject | null, type: PyType): PyObject {
  return mustCallDunder(d, '__get__', [obj ?? None, type ?? None]);
}

function descrSetDispatch(d: PyObject, obj: PyObject, v: PyObject | null): void {
  const r = v === null ? callDunder(d, '__delete__', [obj]) : callDunder(d, '__set__', [obj, v]);
  if (r === null) raiseTypeError(v === null ? '__delete__' : '__set__');
  decref(r!);
}

/** the init slot of classes whose __init__ is written in Python (the VM may run it inline) */
export function initDispatch(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const f = typeLookup(self.type, '__init__');
  if (f === null) return;
  let r: PyObject;
  if (f.type.name === 'function') {
    r = holdingUnpackedArgs(self, args, kwnames, () => call(f, [self, ...args], kwnames));
  } else {
    const m = lookupSpecial(self, '__init__')!;
    try {
      r = callUnpacked(m, args, kwnames);
    } finally {
      decref(m);
    }
  }
  if (r !== None) {
    const n = r.type.name;
    decref(r);
    raiseTypeError(`__init__() should return None, not '${n}'`);
  }
  decref(r);
}

function newDispatch(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const f = typeLookup(type, '__new__');
  if (f === null) raiseTypeError('no __new__');
  // __new__ is a static method: fetch the function and call it with the class first
  const fn = f!.type.descrGet !== null ? f!.type.descrGet(f!, null, type) : (incref(f!), f!);
  try {
    return holdingUnpackedArgs(type, args, kwnames, () => call(fn, [type, ...args], kwnames));
  } finally {
    decref(fn);
  }
}

function unaryDispatch(name: string) {
  return (o: PyObject): PyObject => mustCallDunder(o, name, []);
}

function ternaryPowDispatch(a: PyObject, b: PyObject, m: PyObject): PyObject {
  return callDunder(a, '__pow__', [b, m]) ?? notImplemented();
}

function finalizeDispatch(o: PyObject): void {
  const r = callDunder(o, '__del__', []);
  if (r !== null) decref(r);
}

// ---------- heap types: pick dispatchers where Python code defines the dunder ----------

/** true if `name` resolves, along t's MRO, to something defined by a heap type (Python code) */
function definedInPython(t: PyType, name: string): boolean {
  for (const base of t.mro) {
    const d = base.tpDict;
    if (d === null) continue;
    const v = hooksSlots3.dictGetStr(d, name);
    if (v !== null) return (base.flags & TPFLAGS_HEAPTYPE) !== 0;
  }
  return false;
}

export const hooksSlots3 = {
  dictGetStr: (_d: PyObject, _name: string): PyObject | null => null,
  dictStrKeys: (_d: PyObject): string[] => [],
};

/**
 * The names in the dicts of the heap types on t's MRO: definedInPython(t, name) can hold only for
 * these, so fixupSlots looks up the ~80 slot names along the MRO only when a class defines them.
 */
function namesOfHeapTypes(t: PyType): Set<string> {
  const names = new Set<string>();
  for (const base of t.mro) {
    if ((base.flags & TPFLAGS_HEAPTYPE) === 0 || base.tpDict === null) continue;
    for (const name of hooksSlots3.dictStrKeys(base.tpDict)) names.add(name);
  }
  return names;
}

function inheritedSlot<K extends keyof PyType>(t: PyType, key: K): PyType[K] {
  // the first static type in the MRO provides the builtin behaviour
  for (const b of t.mro) if (!(b.flags & TPFLAGS_HEAPTYPE)) return b[key];
  return null as PyType[K];
}

/** update_slot for every slot of a heap type (and its subclasses) */
export function fixupSlots(t: PyType): void {
  const defined = namesOfHeapTypes(t);
  const py = (name: string): boolean => defined.has(name) && definedInPython(t, name);
  const pick = <K extends keyof PyType>(key: K, names: string[], dispatch: PyType[K]): void => {
    (t as any)[key] = names.some(py) ? dispatch : inheritedSlot(t, key);
  };
  pick('repr', ['__repr__'], reprDispatch);
  pick('str', ['__str__'], strDispatch);
  pick('call', ['__call__'], slotTpCall);
  pick('iter', ['__iter__'], iterDispatch);
  pick('iternext', ['__next__'], iternextDispatch);
  pick('bool', ['__bool__', '__len__'], boolDispatch);
  pick('len', ['__len__'], lenDispatch);
  pick('getitem', ['__getitem__'], getitemDispatch);
  pick('setitem', ['__setitem__', '__delitem__'], setitemDispatch);
  pick('contains', ['__contains__'], containsDispatch);
  pick('getattro', ['__getattribute__', '__getattr__'], getattroDispatch);
  pick('setattro', ['__setattr__', '__delattr__'], setattroDispatch);
  pick('descrGet', ['__get__'], descrGetDispatch);
  pick('descrSet', ['__set__', '__delete__'], descrSetDispatch);
  pick('init', ['__init__'], initDispatch);
  pick('new', ['__new__'], newDispatch);
  pick('finalize', ['__del__'], finalizeDispatch);
  pick('ternaryPow', ['__pow__'], ternaryPowDispatch);
  pick('richcompare', CMP_NAMES, richcompareDispatch);
  pick('neg', ['__neg__'], unaryDispatch('__neg__'));
  pick('pos', ['__pos__'], unaryDispatch('__pos__'));
  pick('invert', ['__invert__'], unaryDispatch('__invert__'));
  pick('abs', ['__abs__'], unaryDispatch('__abs__'));
  pick('int', ['__int__'], unaryDispatch('__int__'));
  pick('float', ['__float__'], unaryDispatch('__float__'));
  pick('index', ['__index__'], unaryDispatch('__index__'));
  for (let i = 0; i < NB_NAMES.length; i++) {
    const [op, rop, iop] = NB_NAMES[i];
    t.nb[i] = py(op) || py(rop) ? binaryDispatchers[i] : inheritedNb(t, i, false);
    t.nbInplace[i] = py(iop) ? inplaceDispatchers[i] : inheritedNb(t, i, true);
  }
  // __hash__: None in the dict makes instances unhashable; defining __eq__ alone sets it to None
  const h = typeLookup(t, '__hash__');
  if (h === None) t.hash = null;
  else t.hash = py('__hash__') ? hashDispatch : inheritedSlot(t, 'hash');
  for (const s of t.subclasses) fixupSlots(s);
}

function inheritedNb(t: PyType, i: number, inplace: boolean) {
  for (const b of t.mro) if (!(b.flags & TPFLAGS_HEAPTYPE)) return inplace ? b.nbInplace[i] : b.nb[i];
  return null;
}

export const DUNDER_NAMES = new Set<string>([
  '__repr__', '__str__', '__call__', '__iter__', '__next__', '__bool__', '__len__', '__getitem__', '__setitem__',
  '__delitem__', '__contains__', '__getattribute__', '__getattr__', '__setattr__', '__delattr__', '__get__', '__set__',
  '__delete__', '__init__', '__new__', '__del__', '__hash__', '__neg__', '__pos__', '__invert__', '__abs__', '__int__',
  '__float__', '__index__', ...CMP_NAMES, ...NB_NAMES.flat(),
]);

// ---------- builtin types: expose slots as dunder methods ----------

type Wrapper = [string, MethodFn];

function wrappersFor(t: PyType): Wrapper[] {
  const base = t.base;
  const own = <K extends keyof PyType>(k: K): boolean => t[k] !== null && (base === null || t[k] !== base[k]);
  const w: Wrapper[] = [];
  const wrap = (name: string, n: number, body: (s: PyObject, a: PyObject[]) => PyObject): void => {
    w.push([name, (s, a, k) => { wrapperArgs(name, n, a, k); return body(s, a); }]);
  };
  if (own('repr')) wrap('__repr__', 0, (s) => t.repr!(s));
  if (own('str')) wrap('__str__', 0, (s) => t.str!(s));
  if (own('hash')) wrap('__hash__', 0, (s) => hooksSlots4.newInt(t.hash!(s)));
  if (own('call')) w.push(['__call__', (s, a, k) => t.call!(s, a, k)]);
  if (own('iter')) wrap('__iter__', 0, (s) => t.iter!(s));
  if (own('iternext')) {
    wrap('__next__', 0, (s) => {
      const r = t.iternext!(s);
      if (r === null) hooksSlots4.raiseStopIteration(s);
      return r!;
    });
  }
  if (own('len')) wrap('__len__', 0, (s) => hooksSlots4.newInt(t.len!(s)));
  if (own('getitem')) wrap('__getitem__', 1, (s, a) => t.getitem!(s, a[0]));
  if (own('setitem')) {
    wrap('__setitem__', 2, (s, a) => { t.setitem!(s, a[0], a[1]); return none(); });
    wrap('__delitem__', 1, (s, a) => { t.setitem!(s, a[0], null); return none(); });
  }
  if (own('contains')) wrap('__contains__', 1, (s, a) => newBool(t.contains!(s, a[0])));
  if (own('getattro')) wrap('__getattribute__', 1, (s, a) => t.getattro!(s, attrName(a[0])));
  if (own('setattro')) {
    wrap('__setattr__', 2, (s, a) => { t.setattro!(s, attrName(a[0]), a[1]); return none(); });
    wrap('__delattr__', 1, (s, a) => { t.setattro!(s, attrName(a[0]), null); return none(); });
  }
  if (own('descrGet')) {
    // wrap_descr_get: PyArg_UnpackTuple(args, "", 1, 2, &obj, &type)
    w.push(['__get__', (s, a, k) => {
      if (k !== null && k.length > 0) raiseTypeError('wrapper __get__() takes no keyword arguments');
      if (a.length < 1) raiseTypeError(` expected at least 1 argument, got ${a.length}`);
      if (a.length > 2) raiseTypeError(` expected at most 2 arguments, got ${a.length}`);
      const obj = a[0] === None ? null : a[0];
      const type = a.length < 2 || a[1] === None ? null : a[1] as PyType;
      if (obj === null && type === null) raiseTypeError('__get__(None, None) is invalid');
      return t.descrGet!(s, obj, type ?? obj!.type);
    }]);
  }
  if (own('descrSet')) {
    wrap('__set__', 2, (s, a) => { t.descrSet!(s, a[0], a[1]); return none(); });
    wrap('__delete__', 1, (s, a) => { t.descrSet!(s, a[0], null); return none(); });
  }
  if (own('init')) w.push(['__init__', (s, a, k) => { t.init!(s, a, k); return none(); }]);
  if (own('richcompare')) CMP_NAMES.forEach((n, op) => wrap(n, 1, (s, a) => t.richcompare!(s, a[0], op)));
  for (const [k, n] of [['neg', '__neg__'], ['pos', '__pos__'], ['invert', '__invert__'], ['abs', '__abs__'],
    ['int', '__int__'], ['float', '__float__'], ['index', '__index__']] as [keyof PyType, string][]) {
    if (own(k)) wrap(n, 0, (s) => (t[k] as (o: PyObject) => PyObject)(s));
  }
  if (own('bool')) wrap('__bool__', 0, (s) => newBool(t.bool!(s)));
  for (let i = 0; i < NB_NAMES.length; i++) {
    const slot = t.nb[i];
    if (slot !== null && (base === null || slot !== base.nb[i])) {
      const [op, rop] = NB_NAMES[i];
      wrap(op, 1, (s, a) => slot(s, a[0]));
      wrap(rop, 1, (s, a) => slot(a[0], s));
    }
    const islot = t.nbInplace[i];
    if (islot !== null && (base === null || islot !== base.nbInplace[i])) wrap(NB_NAMES[i][2], 1, (s, a) => islot(s, a[0]));
  }
  return w;
}

/** the attribute name a __getattribute__/__setattr__/__delattr__ wrapper was given */
function attrName(v: PyObject): string {
  if (!isStr(v)) raiseTypeError(`attribute name must be string, not '${v.type.name}'`);
  return v.value as string;
}

/**
 * Methods a builtin type's own method table has in CPython besides its slots: `__getitem__` and
 * `__contains__` with METH_COEXIST (list.__getitem__, dict.__contains__, set.__contains__ are
 * method descriptors there, standing where the slot wrapper would), and `__sizeof__`.
 */
export function defineSlotMethods(t: PyType, names: ('__getitem__' | '__contains__' | '__sizeof__')[]): void {
  for (const name of names) {
    const fname = `${t.name}.${name}`;
    if (name === '__sizeof__') {
      method(t, name, (s, a, k) => { checkArity(fname, a, k, 0, 0); return hooksSlots4.newInt(t.sizeof(s)); });
    } else if (name === '__getitem__') {
      method(t, name, (s, a, k) => { checkArity(fname, a, k, 1, 1); return t.getitem!(s, a[0]); });
    } else {
      method(t, name, (s, a, k) => { checkArity(fname, a, k, 1, 1); return newBool(t.contains!(s, a[0])); });
    }
  }
}

export const hooksSlots4 = {
  newInt: (_n: number): PyObject => { throw new Error('not wired'); },
  raiseStopIteration: (_it: PyObject): never => { throw new Error('not wired'); },
};

/** the slot wrappers a static type gets in its __dict__ (add_operators) */
export function slotWrappers(t: PyType): Wrapper[] {
  return wrappersFor(t);
}

/** inherit_slots: a static type's null slots come from its base */
export function inheritSlots(t: PyType): void {
  const b = t.base;
  if (b === null) return;
  if (t.hash === null && t.richcompare === null) {
    t.hash = b.hash;
    t.richcompare = b.richcompare;
  }
  const keys: (keyof PyType)[] = ['traverse', 'clear', 'repr', 'str', 'getattro',
    'setattro', 'call', 'iter', 'iternext', 'descrGet', 'descrSet', 'new', 'init', 'neg', 'pos', 'invert', 'abs',
    'bool', 'int', 'float', 'index', 'len', 'getitem', 'setitem', 'contains', 'ternaryPow', 'finalize'];
  for (const k of keys) if ((t as any)[k] === null) (t as any)[k] = (b as any)[k];
  for (let i = 0; i < 13; i++) {
    if (t.nb[i] === null) t.nb[i] = b.nb[i];
    if (t.nbInplace[i] === null) t.nbInplace[i] = b.nbInplace[i];
  }
  if (t.dealloc === deallocUnsupported) t.dealloc = b.dealloc;
}

export { LT, LE, EQ, NE, GT, GE, richCompare, True, False };
