// LAYER: objects. Bound methods: `obj.meth` for a Python function. GC type, 48 + 16 bytes.
//   value: the function (owned)   aux: self (owned)

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { staticType, TPFLAGS_HAVE_GC, EQ, NE } from './type.js';
import { allocate, release } from './alloc.js';
import { untrack } from '../memory/generations.js';
import { newStr } from './str.js';
import { call, reprString, getAttr, richCompareBool, isCallable } from './abstract.js';
import { raiseTypeError } from './errors.js';
import { functionHooks } from './function.js';
import { newBool } from './bool.js';
import { notImplemented, None } from './singletons.js';
import { getset } from './define.js';
import { genericGetAttr } from './object.js';
import { strString } from './abstract.js';

export const MethodType = staticType({ name: 'method', basicsize: 48, flags: TPFLAGS_HAVE_GC });

export function newMethod(func: PyObject, self: PyObject): PyObject {
  incref(func);
  incref(self);
  return allocate(MethodType, func, self);
}
functionHooks.bind = newMethod;

/** types.MethodType(func, self) (method_new) */
MethodType.new = (_t, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError('method() takes no keyword arguments');
  if (args.length !== 2) raiseTypeError(`method expected 2 arguments, got ${args.length}`);
  if (!isCallable(args[0])) raiseTypeError('first argument must be callable');
  if (args[1] === None) raiseTypeError('instance must not be None');
  return newMethod(args[0], args[1]);
};
MethodType.call = (m, args, kwnames) => call(m.value, [m.aux, ...args], kwnames);
MethodType.traverse = (o: PyObject, visit: Visit) => { visit(o.value); visit(o.aux); };
MethodType.dealloc = (o) => {
  untrack(o);
  const f = o.value, s = o.aux;
  release(o);
  decref(f);
  decref(s);
};
MethodType.repr = (m) => {
  const fname = getAttr(m.value, '__qualname__');
  const q = strString(fname);
  decref(fname);
  return newStr(`<bound method ${q} of ${reprString(m.aux)}>`);
};
MethodType.richcompare = (a, b, op) => {
  if ((op !== EQ && op !== NE) || b.type !== MethodType) return notImplemented();
  const eq = a.aux === b.aux && richCompareBool(a.value, b.value, EQ);
  return newBool(op === EQ ? eq : !eq);
};
MethodType.hash = (m) => {
  return (m.aux.addr ^ m.value.addr) | 0;
};
MethodType.getattro = (m, name) => {
  if (name === '__func__' || name === '__self__' || name === '__class__') return genericGetAttr(m, name);
  try {
    return genericGetAttr(m, name);
  } catch (e) {
    return getAttr(m.value, name);
  }
};
getset(MethodType, '__func__', (m) => { incref(m.value); return m.value; });
getset(MethodType, '__self__', (m) => { incref(m.aux); return m.aux; });
