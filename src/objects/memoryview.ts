// LAYER: objects. memoryview over the buffers pyheap has, bytes and bytearray (CPython's
// Objects/memoryobject.c, for one-dimensional views of unsigned bytes, format 'B').
//
//   memoryview(b) ──> managedbuffer ──> b        the managed buffer holds the export: one reference
//   mv[2:8:2]   ──┘   (exports: views)           to b, and for a bytearray one export that forbids
//   memoryview(mv) ┘                             resizing it ("Existing exports of data: object
//                                                cannot be re-sized") until every view is released
//
// A view is a window (start, length, step) on its managed buffer's bytes; slicing and
// memoryview(mv) make new views of the same managed buffer. release() (or leaving a `with`) ends
// a view; the last one ended releases the buffer. A released view answers every operation with
// "operation forbidden on released memoryview object".
//
// Not here: cast(), multi-dimensional views and other formats (no object pyheap has exports
// them), and views of array.array.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { staticType, TPFLAGS_HAVE_GC, PyType } from './type.js';
import { allocate, release } from './alloc.js';
import { method, getset } from './define.js';
import { newStr, bytesHashValue } from './str.js';
import { newInt } from './int.js';
import { newBool } from './bool.js';
import { none, notImplemented } from './singletons.js';
import { raiseTypeError, raiseValueError, raiseIndexError } from './errors.js';
import { hexAddr } from './abstract.js';
import { newTupleSteal } from './tuple.js';
import { newListSteal } from './list.js';
import { isSlice, sliceIndices, hasIndex, asSsize } from './slice.js';
import {
  isBytes, newBytes, hooksBytes, hexArgs, hexData, bytesData, isBytesLike, compareData,
} from './bytes.js';
import { isByteArray, byteArrayData, byteArrayExports } from './bytearray.js';
import { parseArgs } from './args.js';

const EQ = 2, NE = 3;

// ---------------------------------------------------------------- the managed buffer

interface ManagedBuffer {
  /** the exporter (owned until the buffer is released) */
  obj: PyObject | null;
  /** views not yet released */
  views: number;
  readonly: boolean;
}

export const ManagedBufferType = staticType({ name: 'managedbuffer', basicsize: 112, flags: TPFLAGS_HAVE_GC });
const mbd = (o: PyObject): ManagedBuffer => o.value as ManagedBuffer;

/** _PyManagedBuffer_FromObject: take a buffer of obj (bytes or bytearray) */
function newManagedBuffer(obj: PyObject): PyObject {
  const writable = isByteArray(obj);
  if (!writable && !isBytes(obj)) raiseTypeError(`memoryview: a bytes-like object is required, not '${obj.type.name}'`);
  incref(obj);
  if (writable) byteArrayExports(obj, +1);
  return allocate(ManagedBufferType, { obj, views: 0, readonly: !writable } as ManagedBuffer, null);
}

/** mbuf_release: give the buffer back to its exporter */
function releaseBuffer(mb: PyObject): void {
  const m = mbd(mb);
  const obj = m.obj;
  if (obj === null) return;
  m.obj = null;
  if (!m.readonly) byteArrayExports(obj, -1);
  decref(obj);
}

/** the exporter's bytes now (a bytearray's live storage: it cannot move while exported) */
const exporterData = (m: ManagedBuffer): Uint8Array => (m.readonly ? m.obj!.value as Uint8Array : byteArrayData(m.obj!));

ManagedBufferType.traverse = (o: PyObject, visit: Visit) => { if (mbd(o).obj !== null) visit(mbd(o).obj!); };
ManagedBufferType.dealloc = (o) => {
  untrack(o);
  releaseBuffer(o);
  release(o);
};
ManagedBufferType.repr = (o) => newStr(`<managedbuffer object at ${hexAddr(o)}>`);

// ---------------------------------------------------------------- views

interface View {
  mbuf: PyObject;     // owned
  start: number;
  length: number;
  step: number;
  released: boolean;
}

export const MemoryViewType = staticType({ name: 'memoryview', basicsize: 144, itemsize: 8, flags: TPFLAGS_HAVE_GC });
const vd = (o: PyObject): View => o.value as View;

/** a new view on mbuf (one item per byte; 3 items of 8 bytes: shape, strides, suboffsets) */
function newView(mbuf: PyObject, start: number, length: number, step: number): PyObject {
  incref(mbuf);
  mbd(mbuf).views++;
  return allocate(MemoryViewType, { mbuf, start, length, step, released: false } as View, null, 3);
}

/** the view, or ValueError when it was released */
function live(o: PyObject): View {
  const v = vd(o);
  if (v.released) raiseValueError('operation forbidden on released memoryview object');
  return v;
}

/** the bytes a view shows, in order (a subarray of the exporter's when the view is contiguous) */
function viewData(v: View): Uint8Array {
  const d = exporterData(mbd(v.mbuf));
  if (v.step === 1) return d.subarray(v.start, v.start + v.length);
  const out = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = d[v.start + i * v.step];
  return out;
}

/** memoryview(object): a view of all of it (of the same window, for a memoryview) */
export function newMemoryView(obj: PyObject): PyObject {
  if (obj.type === MemoryViewType) {
    const v = live(obj);
    return newView(v.mbuf, v.start, v.length, v.step);
  }
  const mb = newManagedBuffer(obj);
  try {
    return newView(mb, 0, exporterData(mbd(mb)).length, 1);
  } finally {
    decref(mb);
  }
}

/** _memory_release: end the view; the last view of a managed buffer releases it */
function releaseView(o: PyObject): void {
  const v = vd(o);
  if (v.released) return;
  v.released = true;
  if (--mbd(v.mbuf).views === 0) releaseBuffer(v.mbuf);
}

MemoryViewType.new = (_t: PyType, args, kwnames) => {
  const [obj] = parseArgs('memoryview', args, kwnames, ['object'], 1);
  return newMemoryView(obj!);
};
MemoryViewType.traverse = (o: PyObject, visit: Visit) => visit(vd(o).mbuf);
MemoryViewType.dealloc = (o) => {
  untrack(o);
  releaseView(o);
  const mb = vd(o).mbuf;
  release(o);
  decref(mb);
};
MemoryViewType.repr = (o) => newStr(`<${vd(o).released ? 'released ' : ''}memory at ${hexAddr(o)}>`);
MemoryViewType.len = (o) => live(o).length;
/** basicsize and, for its one dimension, shape, strides and suboffsets (8 bytes each) */
MemoryViewType.sizeof = () => 144 + 3 * 8;

/** the item index i of a view of n items (negative from the end), or IndexError */
function itemIndex(key: PyObject, n: number): number {
  let i = asSsize(key, 'IndexError');
  if (i < 0) i += n;
  if (i < 0 || i >= n) raiseIndexError('index out of bounds on dimension 1');
  return i;
}

MemoryViewType.getitem = (o, key) => {
  const v = live(o);
  if (isSlice(key)) {
    const [start, , step, n] = sliceIndices(key, v.length);
    return newView(v.mbuf, v.start + start * v.step, n, v.step * step);
  }
  if (!hasIndex(key)) raiseTypeError('memoryview: invalid slice key');
  return newInt(exporterData(mbd(v.mbuf))[v.start + itemIndex(key, v.length) * v.step]);
};

MemoryViewType.setitem = (o, key, value) => {
  const v = live(o);
  if (mbd(v.mbuf).readonly) raiseTypeError('cannot modify read-only memory');
  if (value === null) raiseTypeError('cannot delete memory');
  const d = exporterData(mbd(v.mbuf));
  if (isSlice(key)) {
    const [start, , step, n] = sliceIndices(key, v.length);
    if (!isBytesLike(value!)) raiseTypeError(`a bytes-like object is required, not '${value!.type.name}'`);
    const src = bytesData(value!).slice();
    if (src.length !== n) raiseValueError('memoryview assignment: lvalue and rvalue have different structures');
    for (let k = 0; k < n; k++) d[v.start + (start + k * step) * v.step] = src[k];
    return;
  }
  if (!hasIndex(key)) raiseTypeError('memoryview: invalid slice key');
  const i = itemIndex(key, v.length);
  if (!hasIndex(value!)) raiseTypeError(`memoryview: invalid type for format 'B'`);
  const b = asSsize(value!, null);
  if (b < 0 || b > 255) raiseValueError("memoryview: invalid value for format 'B'");
  d[v.start + i * v.step] = b;
};

MemoryViewType.iter = (o) => {
  live(o);
  incref(o);
  return allocate(MemoryIterType, { view: o, index: 0 }, null);
};

MemoryViewType.richcompare = (a, b, op) => {
  if (op !== EQ && op !== NE) return notImplemented();
  if (vd(a).released || (b.type === MemoryViewType && vd(b).released)) return newBool((a === b) === (op === EQ));
  if (b.type !== MemoryViewType && !isBytesLike(b)) return notImplemented();
  const x = viewData(vd(a)), y = b.type === MemoryViewType ? viewData(vd(b)) : bytesData(b);
  const same = x.length === y.length && compareData(x, y) === 0;
  return newBool(same === (op === EQ));
};

MemoryViewType.hash = (o) => {
  const v = live(o);
  if (!mbd(v.mbuf).readonly) raiseValueError('cannot hash writable memoryview object');
  return bytesHashValue(viewData(v));
};

hooksBytes.viewData = (o) => (o.type === MemoryViewType ? viewData(live(o)) : null);

method(MemoryViewType, 'tobytes', (o, args, kwnames) => {
  parseArgs('tobytes', args, kwnames, ['order'], 0);
  return newBytes(viewData(live(o)).slice());
});
method(MemoryViewType, 'tolist', (o) => newListSteal(Array.from(viewData(live(o)), (b) => newInt(b))));
method(MemoryViewType, 'hex', (o, args, kwnames) => {
  const [sep, per] = hexArgs(args, kwnames);
  return newStr(hexData(viewData(live(o)), sep, per));
});
method(MemoryViewType, 'release', (o) => { releaseView(o); return none(); });
method(MemoryViewType, '__enter__', (o) => { live(o); incref(o); return o; });
method(MemoryViewType, '__exit__', (o) => { releaseView(o); return none(); });

getset(MemoryViewType, 'obj', (o) => { const m = mbd(live(o).mbuf); incref(m.obj!); return m.obj!; });
getset(MemoryViewType, 'nbytes', (o) => newInt(live(o).length));
getset(MemoryViewType, 'readonly', (o) => newBool(mbd(live(o).mbuf).readonly));
getset(MemoryViewType, 'itemsize', (o) => { live(o); return newInt(1); });
getset(MemoryViewType, 'format', (o) => { live(o); return newStr('B'); });
getset(MemoryViewType, 'ndim', (o) => { live(o); return newInt(1); });
getset(MemoryViewType, 'shape', (o) => newTupleSteal([newInt(live(o).length)]));
getset(MemoryViewType, 'strides', (o) => newTupleSteal([newInt(live(o).step)]));
getset(MemoryViewType, 'suboffsets', (o) => { live(o); return newTupleSteal([]); });
const contiguous = (o: PyObject): PyObject => { const v = live(o); return newBool(v.step === 1 || v.length <= 1); };
getset(MemoryViewType, 'c_contiguous', contiguous);
getset(MemoryViewType, 'f_contiguous', contiguous);
getset(MemoryViewType, 'contiguous', contiguous);

// ---------------------------------------------------------------- iteration

interface MemoryIter { view: PyObject; index: number }

export const MemoryIterType = staticType({ name: 'memory_iterator', basicsize: 48, flags: TPFLAGS_HAVE_GC });
const itd = (o: PyObject): MemoryIter => o.value as MemoryIter;
MemoryIterType.iter = (o) => { incref(o); return o; };
MemoryIterType.iternext = (o) => {
  const it = itd(o);
  const v = live(it.view);
  if (it.index >= v.length) return null;
  return newInt(exporterData(mbd(v.mbuf))[v.start + (it.index++) * v.step]);
};
MemoryIterType.traverse = (o: PyObject, visit: Visit) => visit(itd(o).view);
MemoryIterType.dealloc = (o) => {
  untrack(o);
  const view = itd(o).view;
  release(o);
  decref(view);
};


