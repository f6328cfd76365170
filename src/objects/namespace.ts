// LAYER: objects. types.SimpleNamespace (CPython's _PyNamespace_Type): an object whose
// attributes live in its __dict__, made from keyword arguments; the type of sys.implementation.
// GC type, 24 + 16 bytes.
//   dict: the attribute dict (owned)
// Not subclassable here (CPython's is): pyheap only needs it for sys.implementation so far.

import { PyObject, Visit } from '../memory/object.js';
import { incref, xdecref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { staticType, TPFLAGS_HAVE_GC, EQ, NE } from './type.js';
import { allocate, release } from './alloc.js';
import { newStr, StrType } from './str.js';
import { newDict, dictSetItemStr } from './dict.js';
import { reprString, richCompare, forEachItem } from './abstract.js';
import { raiseTypeError } from './errors.js';
import { notImplemented } from './singletons.js';
import { getset } from './define.js';

export const NamespaceType = staticType({ name: 'types.SimpleNamespace', basicsize: 24, flags: TPFLAGS_HAVE_GC });
NamespaceType.qualname = 'SimpleNamespace';
NamespaceType.hasDict = true;

/** a new namespace holding these attributes (values borrowed) */
export function newNamespace(attrs: [string, PyObject][]): PyObject {
  const d = newDict();
  for (const [k, v] of attrs) dictSetItemStr(d, k, v);
  const o = allocate(NamespaceType, null, null);
  o.dict = d;
  return o;
}

NamespaceType.new = (_t, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > nkw) raiseTypeError('no positional arguments expected');
  const pos = args.length - nkw;
  return newNamespace((kwnames ?? []).map((k, i) => [k, args[pos + i]] as [string, PyObject]));
};

NamespaceType.traverse = (o: PyObject, visit: Visit) => { if (o.dict !== null) visit(o.dict); };
NamespaceType.clear = (o) => { const d = o.dict; o.dict = null; xdecref(d); };
NamespaceType.dealloc = (o) => {
  untrack(o);
  const d = o.dict;
  o.dict = null;
  release(o);
  xdecref(d);
};

/** namespace(a=1, b='x'): the attributes in insertion order, names that are identifiers */
NamespaceType.repr = (o) => {
  const parts: string[] = [];
  if (o.dict !== null) {
    forEachItem(o.dict, (k) => {
      if (k.type !== StrType) return;
      const v = (o.dict!.value as { getStr(n: string): PyObject | null }).getStr(k.value as string);
      if (v !== null) parts.push(`${k.value as string}=${reprString(v)}`);
    });
  }
  return newStr(`namespace(${parts.join(', ')})`);
};

NamespaceType.richcompare = (a, b, op) => {
  if ((op !== EQ && op !== NE) || b.type !== NamespaceType || a.dict === null || b.dict === null) return notImplemented();
  return richCompare(a.dict, b.dict, op);
};

getset(NamespaceType, '__dict__', (o) => { incref(o.dict!); return o.dict!; });

