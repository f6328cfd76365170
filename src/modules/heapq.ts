// LAYER: modules. The `_heapq` module (CPython's Modules/_heapqmodule.c): the heap functions
// lib/heapq.py re-exports. They are builtins as in CPython, so their argument errors read as
// CPython's ("heappush expected 2 arguments, got 3", "heapify() argument must be list, not tuple")
// and a comparison that raises shows no Python frame of heapq's.
//
// The sift loops are CPython's, comparison for comparison: an item leaving the top is replaced by
// the last leaf, which sinks to a leaf along the smaller children (siftup) and then rises to its
// place (siftdown), so the lists left behind are CPython's item for item. A comparison can run
// Python code that resizes the list: the item array is read again after each one, and a changed
// size is a RuntimeError, as in CPython.

import { PyObject } from '../memory/object.js';
import { decref, incref } from '../memory/refcount.js';
import { richCompareBool } from '../objects/abstract.js';
import { checkArity, noKeywords } from '../objects/args.js';
import { raiseIndexError, raiseRuntimeError, raiseTypeError } from '../objects/errors.js';
import { LT } from '../objects/type.js';
import { None, none } from '../objects/singletons.js';
import { isList, listItems, listAppend, listPop } from '../objects/list.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';

/** `less(a, b)`: a < b for the min-heap functions, b < a for the max-heap ones */
type Less = (a: PyObject, b: PyObject) => boolean;

const minLess: Less = (a, b) => richCompareBool(a, b, LT);
const maxLess: Less = (a, b) => richCompareBool(b, a, LT);

/** a comparison ran code that changed the heap's length */
function checkSize(heap: PyObject, size: number): void {
  if (listItems(heap).length !== size) raiseRuntimeError('list changed size during iteration');
}

/** compare two items of the heap, holding references to them while Python code may run */
function compare(less: Less, a: PyObject, b: PyObject): boolean {
  incref(a); incref(b);
  try {
    return less(a, b);
  } finally {
    decref(a); decref(b);
  }
}

/** siftdown: move heap[pos] up towards startpos while it is less than its parent */
function siftdown(heap: PyObject, startpos: number, pos: number, less: Less): void {
  const size = listItems(heap).length;
  if (pos >= size) raiseIndexError('index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const arr = listItems(heap);
    const isLess = compare(less, arr[pos], arr[parentpos]);
    checkSize(heap, size);
    if (!isLess) break;
    const now = listItems(heap);
    const parent = now[parentpos];
    now[parentpos] = now[pos];
    now[pos] = parent;
    pos = parentpos;
  }
}

/** siftup: move the smaller child up from pos down to a leaf, then let heap[leaf] rise */
function siftup(heap: PyObject, pos: number, less: Less): void {
  const endpos = listItems(heap).length;
  const startpos = pos;
  if (pos >= endpos) raiseIndexError('index out of range');
  const limit = endpos >> 1; // the first position with no child
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const arr = listItems(heap);
      if (!compare(less, arr[childpos], arr[childpos + 1])) childpos++;
      checkSize(heap, endpos);
    }
    const arr = listItems(heap);
    const child = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = child;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, less);
}

/** the heap argument: a list (or a list subclass), else Argument Clinic's TypeError (_PyArg_BadArgument, which names None "None") */
function heapArg(fname: string, o: PyObject, which: string): PyObject {
  if (!isList(o)) raiseTypeError(`${fname}() ${which} must be list, not ${o === None ? 'None' : o.type.name}`);
  return o;
}

function heappush(heap: PyObject, item: PyObject, less: Less): PyObject {
  listAppend(heap, item);
  siftdown(heap, 0, listItems(heap).length - 1, less);
  return none();
}

function heappop(heap: PyObject, less: Less): PyObject {
  const n = listItems(heap).length;
  if (n === 0) raiseIndexError('index out of range');
  const last = listPop(heap, n - 1);
  if (n - 1 === 0) return last;
  return replaceTop(heap, last, less);
}

function heapreplace(heap: PyObject, item: PyObject, less: Less): PyObject {
  if (listItems(heap).length === 0) raiseIndexError('index out of range');
  incref(item);
  return replaceTop(heap, item, less);
}

/** put `item` (an owned reference) at the top of a non-empty heap, sift it up, return the old top (owned) */
function replaceTop(heap: PyObject, item: PyObject, less: Less): PyObject {
  const arr = listItems(heap);
  const top = arr[0];
  arr[0] = item;
  try {
    siftup(heap, 0, less);
  } catch (e) {
    decref(top);
    throw e;
  }
  return top;
}

function heappushpop(heap: PyObject, item: PyObject): PyObject {
  if (listItems(heap).length === 0) { incref(item); return item; }
  if (!compare(minLess, listItems(heap)[0], item)) { incref(item); return item; }
  // (the comparison may have emptied the list)
  const arr = listItems(heap);
  if (arr.length === 0) raiseIndexError('index out of range');
  return heapreplace(heap, item, minLess);
}

function heapify(heap: PyObject, less: Less): PyObject {
  // (CPython visits large heaps in a cache-friendly order; sifts of disjoint subtrees commute,
  // so the plain bottom-up order leaves the same list)
  for (let i = (listItems(heap).length >> 1) - 1; i >= 0; i--) siftup(heap, i, less);
  return none();
}

type Fn = (args: PyObject[], kwnames: string[] | null) => PyObject;

/** a one-argument function (METH_O): "_heapq.heappop() takes exactly one argument (2 given)" */
function one(name: string, body: (heap: PyObject) => PyObject): [string, Fn] {
  return [name, (args, kw) => {
    checkArity(`_heapq.${name}`, args, kw, 1, 1);
    return body(heapArg(name, args[0], 'argument'));
  }];
}

/** a two-argument function (_PyArg_CheckPositional): "heappush expected 2 arguments, got 3" */
function two(name: string, body: (heap: PyObject, item: PyObject) => PyObject): [string, Fn] {
  return [name, (args, kw) => {
    noKeywords(`_heapq.${name}`, kw);
    checkArity(name, args, kw, 2, 2);
    return body(heapArg(name, args[0], 'argument 1'), args[1]);
  }];
}

const functions: [string, Fn][] = [
  two('heappush', (h, item) => heappush(h, item, minLess)),
  one('heappop', (h) => heappop(h, minLess)),
  two('heapreplace', (h, item) => heapreplace(h, item, minLess)),
  two('heappushpop', heappushpop),
  one('heapify', (h) => heapify(h, minLess)),
  one('_heappop_max', (h) => heappop(h, maxLess)),
  one('_heapify_max', (h) => heapify(h, maxLess)),
  two('_heapreplace_max', (h, item) => heapreplace(h, item, maxLess)),
];

export function makeHeapqModule(): PyObject {
  const m = newModule('_heapq', None);
  for (const [name, fn] of functions) {
    const f = newBuiltinFunction(name, fn, '_heapq');
    moduleSet(m, name, f);
    decref(f);
  }
  return m;
}
