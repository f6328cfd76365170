// LAYER: objects. The recursion counter CPython 3.11 keeps per thread (tstate->recursion_remaining,
// seen from the other end): how many recursion units are in use, and the limit
// (sys.setrecursionlimit). One counter serves two kinds of units, as in 3.11:
//
//   a Python frame            pushed by the eval loop (vm/eval.ts pushFrame), message ""
//   a C-level recursive call  Py_EnterRecursiveCall around work that may call back into Python:
//                               repr(x)              " while getting the repr of an object"
//                               str(x)               " while getting the str of an object"
//                               x < y (unspecialised)" in comparison"
//                               calling a class or an instance with __call__, and builtins that
//                               CPython defines METH_O / METH_NOARGS / METH_VARARGS
//                                                    " while calling a Python object"
//
// So `def __repr__(self): return repr(self)` uses three units per level (the frame, the call of
// the METH_O builtin repr, PyObject_Repr) and stops after 333 levels, naming the check that
// tripped; a nested list of depth 100,000 stops in repr at depth 1000 instead of overflowing the
// JavaScript stack. Entering with `depth >= limit` raises RecursionError (the failed entry takes
// no unit, as CPython gives it back).

import type { PyObject } from '../memory/object.js';
import { raise, excType } from './errors.js';

export const recursion = {
  /** units in use: Python frames plus C-level calls in progress */
  depth: 0,
  limit: 1000,
};

export function raiseRecursionError(where: string): never {
  return raise(excType('RecursionError'), `maximum recursion depth exceeded${where}`);
}

/** Py_EnterRecursiveCall(where): take a unit (pair with leaveRecursiveCall in a finally) */
export function enterRecursiveCall(where: string): void {
  if (recursion.depth >= recursion.limit) raiseRecursionError(where);
  recursion.depth++;
}

export function leaveRecursiveCall(): void {
  recursion.depth--;
}

/** a unit taken and given back at once: the check of a C call that cannot recurse */
export function checkRecursion(where: string): void {
  if (recursion.depth >= recursion.limit) raiseRecursionError(where);
}

export const WHILE_CALLING = ' while calling a Python object';
export const IN_COMPARISON = ' in comparison';

type BuiltinFn = (args: PyObject[], kwnames: string[] | null) => PyObject;

/**
 * A builtin whose call takes a unit while it runs: CPython's METH_O, METH_NOARGS and METH_VARARGS
 * functions (their vectorcall wrappers, or _PyObject_MakeTpCall, check; METH_FASTCALL ones do not).
 */
export function withRecursionCheck(fn: BuiltinFn): BuiltinFn {
  return (args, kwnames) => {
    enterRecursiveCall(WHILE_CALLING);
    try {
      return fn(args, kwnames);
    } finally {
      leaveRecursiveCall();
    }
  };
}
