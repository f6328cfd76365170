// LAYER: objects. Bound methods: `obj.meth` for a Python function. GC type, 48 + 16 bytes.
//   value: the function (owned)   aux: self (owned)

import { typeHooks } from './typehooks.js';
import { PyObject, Visit } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { staticType, TPFLAGS_HAVE_GC, EQ, NE } from './type.js';
import { allocate, release } from './alloc.js';
import { untrack } from '../memory/generations.js';
import { newStr } from './str.js';
import { call, reprString, getAttr, richCompareBool, isInstance } from './abstract.js';
import { PyErr, excType } from './errors.js';
import { functionHooks } from './function.js';
import { newBool } from './bool.js';
import { notImplemented } from './singletons.js';
import { getset } from './define.js';
import { genericGetAttr } from './object.js';
import { strString, isCallable } from './abstract.js';
import { checkArity } from './args.js';
import { raiseTypeError } from './errors.js';
import { None } from './singletons.js';

export const MethodType = staticType({ name: 'method', basicsize: 48, flags: TPFLAGS_HAVE_GC });

export function newMethod(func: PyObject, self: PyObject): PyObject {
  incref(func);
  incref(self);
  return allocate(MethodType, func, self);
}
functionHooks.bind = newMethod;

MethodType.call = (m, args, kwnames) => call(m.value, [m.aux, ...args], kwnames);
MethodType.traverse = (o: PyObject, visit: Visit) => { visit(o.value); visit(o.aux); };
MethodType.hasWeakref = true;
MethodType.dealloc = (o) => {
  untrack(o);
  if (o.weaklist !== null) typeHooks.clearWeakrefs(o);
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
  // method_getattro: the method type's own attributes, else the function's (__doc__ is the
  // function's, as method.__doc__ is a getset forwarding to it in CPython)
  if (name === '__doc__') return getAttr(m.value, name);
  try {
    return genericGetAttr(m, name);
  } catch (e) {
    if (!(e instanceof PyErr) || !isInstance(e.exc, excType('AttributeError'))) throw e;
    decref(e.exc);
    return getAttr(m.value, name);
  }
};
getset(MethodType, '__func__', (m) => { incref(m.value); return m.value; });
getset(MethodType, '__self__', (m) => { incref(m.aux); return m.aux; });

/** method(function, instance): types.MethodType (method_new) */
MethodType.new = (_type, args, kwnames) => {
  checkArity('method', args, kwnames, 2, 2);
  const [func, self] = args;
  if (!isCallable(func)) raiseTypeError('first argument must be callable');
  if (self === None) raiseTypeError('instance must not be None');
  return newMethod(func, self);
};
