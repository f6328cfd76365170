// LAYER: modules. The `atexit` module (CPython's Modules/atexitmodule.c): functions to call when
// the interpreter shuts down, last registered first. runtime.ts's finalize() calls runExitFuncs
// first thing (Py_FinalizeEx's _PyAtExit_Call), before the shutdown collections.
//
// Each registration keeps (func, args tuple, kwargs dict or null), owned. unregister() empties the
// matching slots but, as in CPython, does not shrink the table: _ncallbacks() still counts them.

import { PyObject } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import { addRootProvider } from '../memory/audit.js';
import * as A from '../objects/abstract.js';
import { checkArity } from '../objects/args.js';
import { raiseTypeError, PyErr } from '../objects/errors.js';
import { none } from '../objects/singletons.js';
import { newInt } from '../objects/int.js';
import { newTupleSteal } from '../objects/tuple.js';
import { newDict, dictSetItemStr } from '../objects/dict.js';
import { DictTable } from '../objects/dicttable.js';
import { EQ } from '../objects/type.js';
import { newNativeModule } from './registry.js';

interface ExitCallback { func: PyObject; args: PyObject; kwargs: PyObject | null }

/** the registered callbacks; null where one was unregistered */
let callbacks: (ExitCallback | null)[] = [];

/** how the runtime reports an exception of a callback: "Exception ignored in atexit callback: <f>" */
export const atexitHooks = {
  writeUnraisable: (_exc: PyObject, _func: PyObject, _where: string): void => {},
};

function freeCallback(cb: ExitCallback): void {
  decref(cb.func);
  decref(cb.args);
  xdecref(cb.kwargs);
}

/** atexit_cleanup: forget every callback */
function clearCallbacks(): void {
  const old = callbacks;
  callbacks = [];
  for (const cb of old) if (cb !== null) freeCallback(cb);
}

/** atexit_callfuncs: newest first; a failing callback is reported and the others still run */
export function runExitFuncs(): void {
  for (let i = callbacks.length - 1; i >= 0; i--) {
    const cb = callbacks[i];
    if (cb === undefined || cb === null) continue;
    const func = cb.func;
    incref(func); // the call may unregister it
    try {
      const args = [...(cb.args.value as PyObject[])];
      const kwnames: string[] = [];
      if (cb.kwargs !== null) {
        const t = cb.kwargs.value as DictTable;
        for (let k = 0; k < t.keys.length; k++) {
          const key = t.keys[k];
          if (key === null) continue;
          kwnames.push(key.value as string);
          args.push(t.vals[k]!);
        }
      }
      decref(A.call(func, args, kwnames.length > 0 ? kwnames : null));
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      atexitHooks.writeUnraisable(e.exc, func, 'in atexit callback');
    } finally {
      decref(func);
    }
  }
  clearCallbacks();
}

addRootProvider('atexit', (add) => {
  for (const cb of callbacks) {
    if (cb === null) continue;
    add(cb.func, 'an atexit callback');
    add(cb.args, 'an atexit callback');
    add(cb.kwargs, 'an atexit callback');
  }
});

export function makeAtexitModule(): PyObject {
  const { module: m, def: fn } = newNativeModule('atexit');

  fn('register', (args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    if (npos < 1) raiseTypeError(`register() takes at least 1 argument (${npos} given)`);
    const func = args[0];
    if (!A.isCallable(func)) raiseTypeError('the first argument must be callable');
    const rest = args.slice(1, npos);
    for (const a of rest) incref(a);
    let kwargs: PyObject | null = null;
    if (nkw > 0) {
      kwargs = newDict();
      for (let i = 0; i < nkw; i++) dictSetItemStr(kwargs, kw![i], args[npos + i]);
    }
    incref(func);
    callbacks.push({ func, args: newTupleSteal(rest), kwargs });
    incref(func);
    return func;
  });
  fn('unregister', (args, kw) => {
    checkArity('atexit.unregister', args, kw, 1, 1);
    for (let i = 0; i < callbacks.length; i++) {
      const cb = callbacks[i];
      if (cb === null) continue;
      if (A.richCompareBool(cb.func, args[0], EQ)) {
        callbacks[i] = null;
        freeCallback(cb);
      }
    }
    return none();
  });
  fn('_run_exitfuncs', (args, kw) => {
    checkArity('_run_exitfuncs', args, kw, 0, 0);
    runExitFuncs();
    return none();
  });
  fn('_clear', (args, kw) => {
    checkArity('_clear', args, kw, 0, 0);
    clearCallbacks();
    return none();
  });
  fn('_ncallbacks', (args, kw) => {
    checkArity('_ncallbacks', args, kw, 0, 0);
    return newInt(callbacks.length);
  });
  return m;
}
