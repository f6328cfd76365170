// LAYER: modules. sys.displayhook and the PRINT_EXPR path that calls it: in the interactive
// prompt (code compiled in 'single' mode) every expression statement's value goes to
// sys.displayhook, whose default prints repr(value) on sys.stdout and keeps the value in
// builtins._ (None is neither printed nor kept). Replacing sys.displayhook changes the echo, as in
// CPython; deleting it makes PRINT_EXPR raise "RuntimeError: lost sys.displayhook".

import { PyObject } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { None, none } from '../objects/singletons.js';
import { newStr } from '../objects/str.js';
import { checkArity } from '../objects/args.js';
import { raiseRuntimeError } from '../objects/errors.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { moduleSet, moduleGet } from '../objects/module.js';
import { evalHooks } from '../vm/evalhooks.js';

/** sys.displayhook and sys.__displayhook__; PRINT_EXPR calls whatever sys.displayhook is */
export function installDisplayHook(sys: PyObject, builtinsModule: PyObject): void {
  const hook = newBuiltinFunction('displayhook', (args, kw) => {
    checkArity('displayhook', args, kw, 1, 1);
    const v = args[0];
    if (v === None) return none();
    moduleSet(builtinsModule, '_', None); // as CPython: `_` is None while repr() runs
    const out = moduleGet(sys, 'stdout');
    if (out === null || out === None) raiseRuntimeError('lost sys.stdout');
    const text = A.reprString(v);
    for (const s of [text, '\n']) {
      const so = newStr(s);
      try { decref(A.callMethod(out!, 'write', [so])); } finally { decref(so); }
    }
    moduleSet(builtinsModule, '_', v);
    return none();
  }, 'sys');
  moduleSet(sys, 'displayhook', hook);
  moduleSet(sys, '__displayhook__', hook);
  decref(hook);
  evalHooks.displayHook = (v) => {
    const current = moduleGet(sys, 'displayhook');
    if (current === null) raiseRuntimeError('lost sys.displayhook');
    incref(current!); // the hook may replace itself while it runs
    try { decref(A.call(current!, [v], null)); } finally { decref(current!); }
  };
}
