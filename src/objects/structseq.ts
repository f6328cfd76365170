// LAYER: objects. Struct sequences (CPython's structseq): tuples whose items also have names,
// such as sys.version_info and sys.float_info.
//   value: the item array (owned), exactly like a tuple's payload

import { PyObject, Visit } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { staticType, PyType, TPFLAGS_HAVE_GC, TPFLAGS_TUPLE_SUBCLASS } from './type.js';
import { allocate, release } from './alloc.js';
import { getset } from './define.js';
import { newStr } from './str.js';
import { reprString } from './abstract.js';
import { TupleType } from './tuple.js';

/** a struct sequence type named `name` (e.g. 'sys.version_info') with these field names */
export function structSeqType(name: string, fields: string[]): PyType {
  const t = staticType({ name, base: TupleType, basicsize: 24, itemsize: 8, flags: TPFLAGS_HAVE_GC | TPFLAGS_TUPLE_SUBCLASS });
  t.qualname = name.slice(name.lastIndexOf('.') + 1);
  fields.forEach((f, i) => getset(t, f, (o) => { const v = (o.value as PyObject[])[i]; v.refcnt++; return v; }));
  t.repr = (o) => {
    const items = o.value as PyObject[];
    return newStr(`${name}(${fields.map((f, i) => `${f}=${reprString(items[i])}`).join(', ')})`);
  };
  t.traverse = (o: PyObject, visit: Visit) => { for (const v of o.value as PyObject[]) visit(v); };
  t.dealloc = (o) => {
    untrack(o);
    const items = o.value as PyObject[];
    o.value = [];
    for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
    release(o);
  };
  t.new = null;
  return t;
}

/** a new instance, stealing the item references */
export function newStructSeq(t: PyType, items: PyObject[]): PyObject {
  return allocate(t, items, null, items.length);
}
