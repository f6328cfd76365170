// LAYER: objects. The references CPython 3.11's calling conventions hold on a call's arguments
// while it runs, where a program can see them (sys.getrefcount inside __init__, gc.get_referrers).
//
//   f(a, b, k=v) by CALL, or a vectorcall from C (map, sorted's key, __build_class__, ...):
//     f's type has a vectorcall           the callee reads the caller's array: nothing more holds
//     (functions, bound methods,          a, b or v
//      builtins, list, float, ...)
//     it has none (a class statement's    _PyObject_MakeTpCall packs the arguments: a tuple (a, b)
//     class, an instance with __call__,   and a dict {'k': v}, each holding one more reference,
//     int, str, complex, bytes,           made before the call and freed after it
//     bytearray, zip, type(n, b, d),
//     slot wrappers, method-wrappers)
//   a METH_VARARGS builtin (dir, min, max, sys.getsizeof, str.format, dict.update, set.union):
//     the same tuple and dict
//   slot_tp_new / slot_tp_init / slot_tp_call handing a Python function the packed arguments
//     with keywords, _PyStack_UnpackDict copies (first, a, b, v) into a new array (one more
//     reference each, for the length of that call) and makes a tuple of the names; without
//     keywords they are passed as they are
//   tp_new_wrapper (`object.__new__(cls, ...)`), wrapperdescr_call (`int.__add__(a, b)`): args[1:]
//     in one more new tuple
//   f(*t, **d) (CALL_FUNCTION_EX: PyObject_Call with the tuple and dict the caller built): no packing
//
// pyheap passes arguments as JS arrays, and does this only where Python code could tell
// (packsObservably). The dict is always made. The tuple is made when its allocation shows (its
// free list is empty, so it takes a new block and counts in generation 0, then stays on the free
// list); otherwise pyheap holds one reference on each argument instead and keeps the free list's
// head tuple off the list meanwhile, unfilled, as CPython's tuple would occupy it
// (tuple.ts tupleChurnShows and takeFreeTuple). An exception's __new__, which keeps the tuple as
// its args, has it made then from the held references and the reserved block (packedTupleOf).

import type { PyObject } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import { type PyType, type MethodFn, TypeType, TPFLAGS_HEAPTYPE, TPFLAGS_TYPE_SUBCLASS } from './type.js';

export const tpCallHooks = {
  /** tuple.ts tupleChurnShows, takeFreeTuple, putBackFreeTuple */
  tupleChurnShows: null as unknown as (n: number) => boolean,
  takeFreeTuple: null as unknown as (n: number) => PyObject | null,
  putBackFreeTuple: null as unknown as (n: number, o: PyObject) => void,
  /** _PyTuple_FromArray (new references to the items; the empty tuple for none) */
  newTuple: null as unknown as (items: PyObject[]) => PyObject,
  /** a tuple of the keyword names (as _PyStack_UnpackDict builds it) */
  newNamesTuple: null as unknown as (names: string[]) => PyObject,
  /** a tuple that takes over the references in `items` */
  newTupleSteal: null as unknown as (items: PyObject[]) => PyObject,
  /** _PyStack_AsDict: a dict of the keyword arguments (new references to the values) */
  newKwDict: null as unknown as (names: string[], values: PyObject[]) => PyObject,
};

/** builtin types 3.11 calls through tp_call (no vectorcall): int(x), str(x), type(n, b, d), ... */
const PACKING_STATIC_TYPES = new Set<PyObject>();
/** builtin types whose instances 3.11 calls through tp_call: slot wrappers, method-wrappers */
const PACKING_CALLABLE_TYPES = new Set<PyType>();

export function packsWhenCalled(t: PyType): void {
  PACKING_STATIC_TYPES.add(t);
}

export function packsWhenInstancesCalled(t: PyType): void {
  PACKING_CALLABLE_TYPES.add(t);
}

/** does 3.11 call f through _PyObject_MakeTpCall (its type has no vectorcall)? */
export function packsArguments(f: PyObject): boolean {
  const t = f.type;
  if (t.call === null) return false;
  if ((t.flags & TPFLAGS_HEAPTYPE) !== 0) return true; // an instance with __call__, or a class of a metaclass
  if (PACKING_CALLABLE_TYPES.has(t)) return true;
  if (t !== TypeType && (t.flags & TPFLAGS_TYPE_SUBCLASS) === 0) return false;
  return ((f as PyType).flags & TPFLAGS_HEAPTYPE) !== 0 || PACKING_STATIC_TYPES.has(f);
}

/**
 * Must a vectorcall of f pack its arguments here? When 3.11 packs them, and it would show: a class
 * statement's class or a callable instance runs Python code, which can see the references; a
 * builtin type such as int can run Python code only through an argument's special methods (an
 * instance of a class) and otherwise shows the packing only by the tuple or dict it allocates
 * (see tupleChurnShows). Skipping the rest keeps `int(s)` cheap, and a raising `int('x')` from
 * crossing one more JS frame.
 */
export function packsObservably(f: PyObject, args: PyObject[], kwnames: string[] | null): boolean {
  if (!packsArguments(f)) return false;
  // (type_vectorcall answers type(x) itself; a class creation always packs, as it allocates tuples
  // itself, which must not get the packed tuple's block)
  if (f === TypeType) return args.length !== 1 || (kwnames !== null && kwnames.length > 0);
  if ((f.type.flags & TPFLAGS_HEAPTYPE) !== 0 || ((f as PyType).flags & TPFLAGS_HEAPTYPE) !== 0) return true;
  return packingShows(args, kwnames);
}

/** could packing these arguments for a builtin show (see packsObservably)? */
function packingShows(args: PyObject[], kwnames: string[] | null): boolean {
  if (kwnames !== null && kwnames.length > 0) return true;
  for (let i = 0; i < args.length; i++) if ((args[i].type.flags & TPFLAGS_HEAPTYPE) !== 0) return true;
  return tpCallHooks.tupleChurnShows(args.length);
}

/** the innermost packed call: its arguments, positional count, args tuple once made, reserved block */
let packedArgs: PyObject[] | null = null;
let packedNpos = 0;
let packedTuple: PyObject | null = null;
let packedBlock: PyObject | null = null;

/**
 * _PyObject_MakeTpCall: f's call slot run with its arguments packed into a tuple and a dict
 * (`args` holds the positional arguments, then the keyword values, as everywhere in pyheap).
 */
export function callPacked(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  return withPackedArgs(args, kwnames, () => f.type.call!(f, args, kwnames));
}

/**
 * `run` with the arguments packed as _PyObject_MakeTpCall packs them: the tuple (see the
 * header) and the dict are taken before and freed after, so that the generation-0 count
 * and the free lists move as CPython's do. Also how a builtin that 3.11 defines METH_VARARGS (dir,
 * sys.getsizeof, min, max) receives its arguments.
 */
export function withPackedArgs<R>(args: PyObject[], kwnames: string[] | null, run: () => R): R {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  const { tuple, block } = packArgsTuple(args, npos);
  const dict = npos === args.length ? null : tpCallHooks.newKwDict(kwnames!, args.slice(npos));
  const outerArgs = packedArgs, outerNpos = packedNpos, outerTuple = packedTuple, outerBlock = packedBlock;
  packedArgs = args;
  packedNpos = npos;
  packedTuple = tuple;
  packedBlock = block;
  try {
    return run();
  } finally {
    // (a tuple made meanwhile by packedTupleOf took over the references held on the arguments,
    // and the reserved block)
    const made = packedTuple, reserved = packedBlock;
    packedArgs = outerArgs;
    packedNpos = outerNpos;
    packedTuple = outerTuple;
    packedBlock = outerBlock;
    releaseArgsTuple(args, npos, made, reserved);
    xdecref(dict);
  }
}

/**
 * `run` while a tuple of `items` exists, as one made by PyTuple_GetSlice would (wrapperdescr_call's
 * args[1:]): made when that shows (see the header), else one reference held on each item
 */
export function withArgsTuple<R>(items: PyObject[], run: () => R): R {
  const { tuple, block } = packArgsTuple(items, items.length);
  try {
    return run();
  } finally {
    releaseArgsTuple(items, items.length, tuple, block);
  }
}

/**
 * A call's args tuple of args[0..n), as pyheap makes it (see the header): the tuple when its
 * allocation shows; else null, one more reference held on each argument, and the free list's
 * head block reserved (null when the list is empty)
 */
export function packArgsTuple(args: PyObject[], n: number): { tuple: PyObject | null; block: PyObject | null } {
  if (tpCallHooks.tupleChurnShows(n)) return { tuple: tpCallHooks.newTuple(n === args.length ? args : args.slice(0, n)), block: null };
  const block = tpCallHooks.takeFreeTuple(n);
  for (let i = 0; i < n; i++) incref(args[i]);
  return { tuple: null, block };
}

/** the end of packArgsTuple's tuple: freed, or the held references and the reserved block given back */
function releaseArgsTuple(args: PyObject[], n: number, tuple: PyObject | null, block: PyObject | null): void {
  if (tuple !== null) decref(tuple);
  else {
    for (let i = 0; i < n; i++) decref(args[i]);
    if (block !== null) tpCallHooks.putBackFreeTuple(n, block);
  }
}

/** a method 3.11 defines METH_VARARGS (str.format, dict.update, set.union, ...): its arguments come packed */
export function varargsMethod(f: MethodFn): MethodFn {
  return (self, args, kwnames) =>
    (packingShows(args, kwnames) ? withPackedArgs(args, kwnames, () => f(self, args, kwnames)) : f(self, args, kwnames));
}

/**
 * The args tuple of the packed call whose arguments are `args` (a new reference), or null:
 * BaseException.__new__ keeps the very tuple it was called with as the exception's args.
 */
export function packedTupleOf(args: PyObject[]): PyObject | null {
  if (packedArgs !== args) return null;
  if (packedTuple === null) {
    // (made in the block the packing reserved: it goes back to the free list's head first)
    if (packedBlock !== null) tpCallHooks.putBackFreeTuple(packedNpos, packedBlock);
    packedBlock = null;
    packedTuple = tpCallHooks.newTupleSteal(args.slice(0, packedNpos));
  }
  incref(packedTuple);
  return packedTuple;
}

/**
 * A builtin function 3.11 defines METH_VARARGS: called with its arguments packed, where that
 * would show (see packsObservably)
 */
export function varargsBuiltin(f: (args: PyObject[], kwnames: string[] | null) => PyObject) {
  return (args: PyObject[], kwnames: string[] | null): PyObject =>
    (packingShows(args, kwnames) ? withPackedArgs(args, kwnames, () => f(args, kwnames)) : f(args, kwnames));
}

/**
 * _PyStack_UnpackDict's tuple of the keyword names, when making it would show (a new reference),
 * else null
 */
export function unpackedNamesTuple(kwnames: string[]): PyObject | null {
  return tpCallHooks.tupleChurnShows(kwnames.length) ? tpCallHooks.newNamesTuple(kwnames) : null;
}

/**
 * _PyObject_Call_Prepend's call of a Python function with keyword arguments: _PyStack_UnpackDict's
 * array holds one more reference to `first` and to each argument while `run` runs, and it makes a
 * tuple of the keyword names.
 */
export function holdingUnpackedArgs<R>(first: PyObject, args: PyObject[], kwnames: string[] | null, run: () => R): R {
  if (kwnames === null || kwnames.length === 0) return run();
  incref(first);
  for (let i = 0; i < args.length; i++) incref(args[i]);
  const names = unpackedNamesTuple(kwnames);
  try {
    return run();
  } finally {
    decref(first);
    for (let i = 0; i < args.length; i++) decref(args[i]);
    xdecref(names);
  }
}
