// LAYER: objects. Cells: the boxes closures share (a variable captured by an inner function lives
// in a cell owned by the outer frame and by each closure's tuple). GC type, 24 + 16 bytes.
//   value: the referenced object (owned) or null when empty

import { PyObject, Visit } from '../memory/object.js';
import { xdecref, incref } from '../memory/refcount.js';
import { staticType, TPFLAGS_HAVE_GC, EQ } from './type.js';
import { allocate, release } from './alloc.js';
import { untrack } from '../memory/generations.js';
import { newStr } from './str.js';
import { hexAddr } from './abstract.js';
import { getset } from './define.js';
import { raiseValueError } from './errors.js';

export const CellType = staticType({ name: 'cell', basicsize: 24, flags: TPFLAGS_HAVE_GC });

/** a new cell holding a new reference to v (or empty) */
export function newCell(v: PyObject | null): PyObject {
  if (v !== null) incref(v);
  return allocate(CellType, v, null);
}

/** store into a cell (borrowed value) */
export function cellSet(cell: PyObject, v: PyObject | null): void {
  const old = cell.value as PyObject | null;
  if (v !== null) incref(v);
  cell.value = v;
  xdecref(old);
}

CellType.dealloc = (o) => {
  untrack(o);
  const v = o.value as PyObject | null;
  o.value = null;
  xdecref(v);
  release(o);
};
CellType.traverse = (o: PyObject, visit: Visit) => { if (o.value !== null) visit(o.value); };
CellType.clear = (o) => { const v = o.value; o.value = null; xdecref(v); };
CellType.repr = (o) => {
  const v = o.value as PyObject | null;
  return newStr(v === null ? `<cell at ${hexAddr(o)}: empty>`
    : `<cell at ${hexAddr(o)}: ${v.type.name} object at ${hexAddr(v)}>`);
};
void EQ;
getset(CellType, 'cell_contents', (o) => {
  if (o.value === null) raiseValueError('Cell is empty');
  incref(o.value);
  return o.value;
}, (o, v) => cellSet(o, v));
