// LAYER: objects. Weak references (CPython 3.11's Objects/weakrefobject.c): `weakref.ref`
// (weakref.ReferenceType, subclassable), `weakref.ProxyType` and `weakref.CallableProxyType`.
// GC types of 64 bytes (+16 GC header: sys.getsizeof(ref) == 80).
//   value: the referent (borrowed: a weak reference does not count), null once cleared ("dead")
//   aux:   a WeakLink — the callback (owned), the cached hash, and the links of the referent's list
//
// THE LIST. Every object that can be weakly referenced has a `weaklist` field: the head of a doubly
// linked list of the weak references to it, kept in CPython's order:
//
//     obj.weaklist -> [basic ref] -> [basic proxy] -> [newest with callback] -> ... -> [oldest]
//
// The "basic" ref and proxy are the callback-less ones of the exact types: they are shared
// (`ref(o) is ref(o)`) and always come first. Every other weak reference is inserted right after
// them, so the callbacks, called in list order, run newest first.
//
// DEATH. When the referent's refcount reaches zero its dealloc calls clearWeakrefs (CPython's
// PyObject_ClearWeakRefs): every weak reference is cleared (value := null, unlinked) and then the
// callbacks are called, each with its weak reference. The collector clears the weak references to
// its trash itself (memory/gc.ts handleWeakrefs, using weakrefGcOps below) before any __del__ runs.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, xdecref, newref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { emit, eventsOn } from '../memory/events.js';
import { PyType, staticType, isSubtype, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, EQ, NE } from './type.js';
import { allocate, release } from './alloc.js';
import * as A from './abstract.js';
import { raise, raiseTypeError, excType, PyErr } from './errors.js';
import { newStr, StrType } from './str.js';
import { None, notImplemented } from './singletons.js';
import { newBool } from './bool.js';
import { getset, method } from './define.js';
import { typeHooks } from './typehooks.js';
import { newTupleSteal } from './tuple.js';
import { IntType } from './int.js';
import { FloatType } from './float.js';
import { BytesType } from './bytes.js';
import { ReversedType } from './iterators.js';

/** A weak reference's own state (its `aux`). */
export class WeakLink {
  hash: number | null = null;
  prev: PyObject | null = null;
  next: PyObject | null = null;
  constructor(public callback: PyObject | null) {}
}

const WEAKREF_FLAGS = TPFLAGS_HAVE_GC;
export const ReferenceType = staticType({ name: 'weakref.ReferenceType', basicsize: 64, flags: WEAKREF_FLAGS | TPFLAGS_BASETYPE });
export const ProxyType = staticType({ name: 'weakref.ProxyType', basicsize: 64, flags: WEAKREF_FLAGS });
export const CallableProxyType = staticType({ name: 'weakref.CallableProxyType', basicsize: 64, flags: WEAKREF_FLAGS });
ReferenceType.qualname = 'ReferenceType';
ProxyType.qualname = 'ProxyType';
CallableProxyType.qualname = 'CallableProxyType';

/** The hook the runtime wires: PyErr_WriteUnraisable(exc, obj) (steals exc). */
export const weakrefHooks = {
  writeUnraisable: (_exc: PyObject, _obj: PyObject): void => {},
};

const link = (wr: PyObject): WeakLink => wr.aux as WeakLink;

/** PyWeakref_Check: a ref (or subclass instance) or a proxy */
export function isWeakref(o: PyObject): boolean {
  return o.aux instanceof WeakLink;
}

export function isProxy(o: PyObject): boolean {
  return o.type === ProxyType || o.type === CallableProxyType;
}

/** _PyType_SUPPORTS_WEAKREFS */
export function supportsWeakrefs(t: PyType): boolean {
  return t.hasWeakref;
}

// ---------------------------------------------------------------- the list

/** get_basic_refs: the shared callback-less ref and proxy at the head of a list (or null) */
function basicRefs(head: PyObject | null): [PyObject | null, PyObject | null] {
  let ref: PyObject | null = null, proxy: PyObject | null = null;
  if (head !== null && link(head).callback === null) {
    if (head.type === ReferenceType) {
      ref = head;
      head = link(head).next;
    }
    if (head !== null && link(head).callback === null && isProxy(head)) proxy = head;
  }
  return [ref, proxy];
}

function insertHead(wr: PyObject, obj: PyObject): void {
  const next = obj.weaklist;
  const l = link(wr);
  l.prev = null;
  l.next = next;
  if (next !== null) link(next).prev = wr;
  obj.weaklist = wr;
}

function insertAfter(wr: PyObject, prev: PyObject): void {
  const l = link(wr), p = link(prev);
  l.prev = prev;
  l.next = p.next;
  if (p.next !== null) link(p.next).prev = wr;
  p.next = wr;
}

/** clear_weakref: unlink from the referent's list, forget the referent and drop the callback */
function clearWeakref(wr: PyObject): void {
  const l = link(wr);
  const obj = wr.value as PyObject | null;
  if (obj !== null) {
    if (obj.weaklist === wr) obj.weaklist = l.next;
    wr.value = null;
    if (l.prev !== null) link(l.prev).next = l.next;
    if (l.next !== null) link(l.next).prev = l.prev;
    l.prev = null;
    l.next = null;
  }
  const cb = l.callback;
  if (cb !== null) {
    l.callback = null;
    decref(cb);
  }
}

/** _PyWeakref_ClearRef (the collector): clear the reference but keep the callback, uncalled */
export function clearKeepingCallback(wr: PyObject): void {
  const l = link(wr);
  const cb = l.callback;
  l.callback = null;
  clearWeakref(wr);
  l.callback = cb;
}

/** _PyWeakref_GetWeakrefCount */
export function weakrefCount(obj: PyObject): number {
  let n = 0;
  for (let wr = obj.weaklist; wr !== null; wr = link(wr).next) n++;
  return n;
}

/** the weak references to obj, in list order (borrowed) */
export function weakrefsOf(obj: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (let wr = obj.weaklist; wr !== null; wr = link(wr).next) out.push(wr);
  return out;
}

/** handle_callback: call callback(wr); an exception is reported as unraisable */
export function runCallback(wr: PyObject, callback: PyObject): void {
  if (eventsOn.value) emit({ kind: 'weakref-callback', addr: wr.addr });
  try {
    decref(A.call(callback, [wr], null));
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    weakrefHooks.writeUnraisable(e.exc, callback);
  }
}

/**
 * PyObject_ClearWeakRefs: called by the dealloc of a dying object that has weak references. The
 * shared ref and proxy are cleared first (they have no callbacks); then every other reference is
 * cleared, and only then are the callbacks called, in list order (newest first), each holding its
 * weak reference alive through a tuple, as CPython does.
 */
export function clearWeakrefs(obj: PyObject): void {
  let head = obj.weaklist;
  if (head !== null && link(head).callback === null) {
    clearWeakref(head);
    head = obj.weaklist;
    if (head !== null && link(head).callback === null) clearWeakref(head);
  }
  head = obj.weaklist;
  if (head === null) return;
  const count = weakrefCount(obj);
  if (count === 1) {
    const l = link(head);
    const cb = l.callback;
    l.callback = null;
    clearWeakref(head);
    if (cb !== null) {
      if (head.refcnt > 0) runCallback(head, cb);
      decref(cb);
    }
    return;
  }
  // (reference, callback) pairs; a reference already dying (refcount 0, waiting on the trashcan)
  // gets no call: its pair stays empty
  const items: PyObject[] = [];
  let wr: PyObject | null = head;
  for (let i = 0; i < count; i++) {
    const l = link(wr!);
    const next: PyObject | null = l.next;
    if (wr!.refcnt > 0) {
      incref(wr!);
      items.push(wr!, l.callback ?? newref(None));
    } else {
      xdecref(l.callback);
      items.push(newref(None), newref(None));
    }
    l.callback = null;
    clearWeakref(wr!);
    wr = next;
  }
  const pairs = newTupleSteal(items);
  try {
    for (let i = 0; i < count; i++) {
      const cb = items[2 * i + 1];
      if (cb !== None) runCallback(items[2 * i], cb);
    }
  } finally {
    decref(pairs);
  }
}
typeHooks.clearWeakrefs = clearWeakrefs;
typeHooks.basicWeakref = (o) => newWeakref(ReferenceType, o, null);

/** `o.__weakref__`: the first weak reference, or None */
export function firstWeakref(o: PyObject): PyObject {
  return newref(o.weaklist ?? None);
}

// ---------------------------------------------------------------- creating

function cannotCreate(ob: PyObject): never {
  return raiseTypeError(`cannot create weak reference to '${ob.type.name}' object`);
}

/** weakref___new__: the shared ref when there is no callback, else a new one after the basics */
export function newWeakref(type: PyType, ob: PyObject, callback: PyObject | null): PyObject {
  if (!supportsWeakrefs(ob.type)) cannotCreate(ob);
  if (callback === None) callback = null;
  const exact = type === ReferenceType;
  if (callback === null && exact) {
    const [ref] = basicRefs(ob.weaklist);
    if (ref !== null) return newref(ref);
  }
  if (callback !== null) incref(callback);
  // (allocating may run a collection that changes the list: the basics are looked up after it)
  const wr = allocate(type, ob, new WeakLink(callback));
  if (callback === null && exact) {
    insertHead(wr, ob);
  } else {
    const [ref, proxy] = basicRefs(ob.weaklist);
    const prev = proxy ?? ref;
    if (prev === null) insertHead(wr, ob);
    else insertAfter(wr, prev);
  }
  return wr;
}

/** PyWeakref_NewProxy: the shared proxy when there is no callback; callable referents get a callable proxy */
export function newProxy(ob: PyObject, callback: PyObject | null): PyObject {
  if (!supportsWeakrefs(ob.type)) cannotCreate(ob);
  if (callback === None) callback = null;
  if (callback === null) {
    const [, proxy] = basicRefs(ob.weaklist);
    if (proxy !== null) return newref(proxy);
  }
  if (callback !== null) incref(callback);
  const type = A.isCallable(ob) ? CallableProxyType : ProxyType;
  const wr = allocate(type, ob, new WeakLink(callback));
  const [ref, proxy] = basicRefs(ob.weaklist);
  if (callback === null && proxy !== null) {
    // a collection during the allocation made one: keep the list's invariant, return that one
    decref(wr);
    return newref(proxy);
  }
  const prev = callback === null ? ref : (proxy ?? ref);
  if (prev === null) insertHead(wr, ob);
  else insertAfter(wr, prev);
  return wr;
}

/** parse_weakref_init_args: 1 or 2 positional arguments (keyword arguments are ignored, as in C) */
function initArgs(fname: string, args: PyObject[], kwnames: string[] | null): [PyObject, PyObject | null] {
  const n = args.length - (kwnames === null ? 0 : kwnames.length);
  if (n < 1) raiseTypeError(`${fname} expected at least 1 argument, got ${n}`);
  if (n > 2) raiseTypeError(`${fname} expected at most 2 arguments, got ${n}`);
  return [args[0], n > 1 ? args[1] : null];
}

// ---------------------------------------------------------------- memory slots (all three types)

function weakrefDealloc(wr: PyObject): void {
  untrack(wr);
  clearWeakref(wr);
  release(wr);
}

for (const t of [ReferenceType, ProxyType, CallableProxyType]) {
  t.dealloc = weakrefDealloc;
  t.traverse = (wr: PyObject, visit: Visit) => {
    const cb = link(wr).callback;
    if (cb !== null) visit(cb);
  };
  t.clear = clearWeakref;
}

// ---------------------------------------------------------------- weakref.ref

ReferenceType.new = (type, args, kwnames) => {
  const [ob, cb] = initArgs('__new__', args, kwnames);
  return newWeakref(type, ob, cb);
};
ReferenceType.init = (_self, args, kwnames) => {
  // __new__ ignores keywords (a subclass's __init__ may take some); ref's own __init__ refuses them
  if (kwnames !== null && kwnames.length > 0) raiseTypeError('ref() takes no keyword arguments');
  initArgs('__init__', args, kwnames);
};

/** calling a ref: the referent, or None once it is dead */
ReferenceType.call = (wr, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError('weakref() takes no keyword arguments');
  if (args.length !== 0) raiseTypeError(`weakref expected 0 arguments, got ${args.length}`);
  // PyWeakref_GET_OBJECT: a referent whose refcount already fell to 0 is dead even if its
  // deallocation (and so the clearing of this ref) is still delayed by the trashcan (gh-60806)
  const obj = wr.value as PyObject | null;
  return newref(obj !== null && obj.refcnt > 0 ? obj : None);
};

/** the referent's hash, computed once and cached; TypeError if it died before anyone asked */
ReferenceType.hash = (wr) => {
  const l = link(wr);
  if (l.hash !== null) return l.hash;
  const obj = wr.value as PyObject | null;
  if (obj === null) raiseTypeError('weak object has gone away');
  incref(obj!);
  try {
    l.hash = A.hash(obj!);
  } finally {
    decref(obj!);
  }
  return l.hash;
};

ReferenceType.repr = (wr) => {
  const obj = wr.value as PyObject | null;
  if (obj === null) return newStr(`<weakref at ${A.hexAddr(wr)}; dead>`);
  incref(obj);
  try {
    const name = A.lookupSpecial(obj, '__name__'); // (on the type, as _PyObject_LookupSpecial)
    const head = `<weakref at ${A.hexAddr(wr)}; to '${obj.type.name}' at ${A.hexAddr(obj)}`;
    if (name === null) return newStr(head + '>');
    try {
      if (name.type !== StrType && !isSubtype(name.type, StrType)) return newStr(head + '>');
      return newStr(`${head} (${name.value as string})>`);
    } finally {
      decref(name);
    }
  } finally {
    decref(obj);
  }
};

/** == and != only: the referents' equality while both live, identity once either is dead */
ReferenceType.richcompare = (a, b, op) => {
  if ((op !== EQ && op !== NE) || !isWeakref(a) || !isWeakref(b)) return notImplemented();
  const x = a.value as PyObject | null, y = b.value as PyObject | null;
  if (x === null || y === null) {
    const same = a === b;
    return newBool(op === EQ ? same : !same);
  }
  incref(x);
  incref(y);
  try {
    return A.richCompare(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
};

getset(ReferenceType, '__callback__', (wr) => newref(link(wr).callback ?? None));

// ---------------------------------------------------------------- proxies

function referenceError(): never {
  return raise(excType('ReferenceError'), 'weakly-referenced object no longer exists');
}

/** UNWRAP: a proxy stands for its referent (a new reference either way); ReferenceError if dead */
function unwrap(o: PyObject): PyObject {
  if (isProxy(o)) {
    const obj = o.value as PyObject | null;
    if (obj === null || obj.refcnt <= 0) referenceError();
    return newref(obj!);
  }
  return newref(o);
}

/** apply fn to the unwrapped operands, releasing them afterwards */
function with1<R>(p: PyObject, fn: (o: PyObject) => R): R {
  const o = unwrap(p);
  try {
    return fn(o);
  } finally {
    decref(o);
  }
}

function with2<R>(a: PyObject, b: PyObject, fn: (x: PyObject, y: PyObject) => R): R {
  const x = unwrap(a);
  let y: PyObject;
  try {
    y = unwrap(b);
  } catch (e) {
    decref(x);
    throw e;
  }
  try {
    return fn(x, y);
  } finally {
    decref(x);
    decref(y);
  }
}

for (const t of [ProxyType, CallableProxyType]) {
  t.repr = (p) => {
    const obj = (p.value as PyObject | null) ?? None;
    return newStr(`<weakproxy at ${A.hexAddr(p)} to ${obj.type.name} at ${A.hexAddr(obj)}>`);
  };
  t.str = (p) => with1(p, A.str);
  t.getattro = (p, name) => with1(p, (o) => A.getAttr(o, name));
  t.setattro = (p, name, v) => with1(p, (o) => (v === null ? A.delAttr(o, name) : A.setAttr(o, name, v)));
  t.richcompare = (a, b, op) => with2(a, b, (x, y) => A.richCompare(x, y, op));
  for (let i = 0; i < 13; i++) {
    t.nb[i] = (a, b) => with2(a, b, (x, y) => A.binaryOp(x, y, i));
    t.nbInplace[i] = (a, b) => with2(a, b, (x, y) => A.inplaceOp(x, y, i));
  }
  t.neg = (p) => with1(p, A.negative);
  t.pos = (p) => with1(p, A.positive);
  t.invert = (p) => with1(p, A.invert);
  t.abs = (p) => with1(p, A.absolute);
  t.index = (p) => with1(p, A.index);
  t.int = (p) => with1(p, (o) => A.call(IntType, [o], null));
  t.float = (p) => with1(p, (o) => A.call(FloatType, [o], null));
  t.bool = (p) => with1(p, A.isTrue);
  t.len = (p) => with1(p, A.len);
  t.contains = (p, item) => with1(p, (o) => A.contains(o, item));
  t.getitem = (p, key) => with1(p, (o) => A.getItem(o, key));
  t.setitem = (p, key, v) => with1(p, (o) => (v === null ? A.delItem(o, key) : A.setItem(o, key, v)));
  t.iter = (p) => with1(p, A.getIter);
  t.iternext = (p) => with1(p, (o) => {
    if (o.type.iternext === null) raiseTypeError(`Weakref proxy referenced a non-iterator '${o.type.name}' object`);
    return A.iterNext(o);
  });
  method(t, '__bytes__', (p) => with1(p, (o) => A.call(BytesType, [o], null)));
  method(t, '__reversed__', (p) => with1(p, (o) => A.call(ReversedType, [o], null)));
}
CallableProxyType.call = (p, args, kwnames) => with1(p, (o) => A.call(o, args, kwnames));

