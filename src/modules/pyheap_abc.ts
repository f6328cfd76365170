// LAYER: modules. `_pyheap_abc`: the one thing lib/abc.py cannot do in Python, which CPython's _abc
// does in C: set a class's collection flag (Py_TPFLAGS_SEQUENCE or Py_TPFLAGS_MAPPING), the flag
// the `match` statement reads to decide whether a class pattern is a sequence or a mapping pattern.
// ABCMeta sets it from a class body's __abc_tpflags__ (collections.abc.Sequence, Mapping) and
// register() passes it down to a registered class and its subclasses.

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { checkArity } from '../objects/args.js';
import { asSsizeArg } from '../objects/slice.js';
import { raiseTypeError } from '../objects/errors.js';
import { none } from '../objects/singletons.js';
import { PyType, TypeType } from '../objects/type.js';
import { newNativeModule } from './registry.js';

const COLLECTION_FLAGS = (1 << 5) | (1 << 6); // Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING

function typeArg(o: PyObject, fname: string): PyType {
  if (!A.isInstance(o, TypeType)) raiseTypeError(`${fname}() argument must be a class`);
  return o as PyType;
}

export function makePyheapAbcModule(): PyObject {
  const { module: m, def: fn } = newNativeModule('_pyheap_abc');
  // _abc_init: the class's collection flag becomes exactly the one its body asked for
  fn('set_collection_flag', (args, kw) => {
    checkArity('set_collection_flag', args, kw, 2, 2);
    const t = typeArg(args[0], 'set_collection_flag');
    t.flags = (t.flags & ~COLLECTION_FLAGS) | (asSsizeArg(args[1]) & COLLECTION_FLAGS);
    return none();
  });
  // _abc_register's set_collection_flag_recursive: a class that has neither flag takes the ABC's,
  // and so do its subclasses (those without one of their own)
  fn('inherit_collection_flag', (args, kw) => {
    checkArity('inherit_collection_flag', args, kw, 2, 2);
    const flag = asSsizeArg(args[1]) & COLLECTION_FLAGS;
    if (flag === 0) return none();
    const pending: PyObject[] = [args[0]];
    while (pending.length > 0) {
      const o = pending.pop()!;
      if (!A.isInstance(o, TypeType) || ((o as PyType).flags & COLLECTION_FLAGS) !== 0) continue;
      (o as PyType).flags |= flag;
      const subs = A.callMethod(o, '__subclasses__', []);
      pending.push(...(subs.value as PyObject[]));
      decref(subs); // the classes stay alive: each is still a subclass of o
    }
    return none();
  });
  return m;
}
