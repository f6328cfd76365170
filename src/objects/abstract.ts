// LAYER: objects. The abstract object protocol (CPython's Objects/abstract.c and object.c): what
// `repr(x)`, `x.attr`, `x == y`, `x + y`, `len(x)`, `x[k]`, `iter(x)`, `f(*a)` do for any object,
// by dispatching to the type's slots. Every function takes borrowed arguments and returns a new
// reference (or a JS boolean/number), raising by throwing PyErr.

import { PyObject } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import {
  PyType, isSubtype, LT, LE, EQ, NE, GT, GE, typeLookup,
} from './type.js';
import { raise, raiseTypeError, raiseAttributeError, PyErr, excType, errorHooks } from './errors.js';
import { genericGetAttr, genericLookupAttr } from './object.js';
import { None, NotImplemented, isNotImplemented } from './singletons.js';
import { newStr, StrType } from './str.js';
import { True, False, newBool } from './bool.js';
import { IntType, newInt, numberIndex, isInt } from './int.js';
import { enterRecursiveCall, leaveRecursiveCall, IN_COMPARISON } from './recursion.js';
import { packsObservably, callPacked } from './tpcall.js';

const OP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];
const SWAPPED = [GT, GE, EQ, NE, LT, LE];

export const typeName = (o: PyObject): string => o.type.name;

// ---------- repr / str ----------

/** PyObject_Repr: a new str object */
export function repr(o: PyObject): PyObject {
  const f = o.type.repr;
  if (f === null) return newStr(`<${o.type.name} object at ${hexAddr(o)}>`);
  return callStrSlot(f, o, ' while getting the repr of an object', '__repr__');
}

/** repr as a JS string */
export function reprString(o: PyObject): string {
  const r = repr(o);
  const s = r.value as string;
  decref(r);
  return s;
}

/** PyObject_Str */
export function str(o: PyObject): PyObject {
  if (o.type === StrType) { incref(o); return o; }
  const f = o.type.str;
  if (f === null) return repr(o);
  return callStrSlot(f, o, ' while getting the str of an object', '__str__');
}

/** a type's repr or str slot, run under its recursion check: the result must be a str */
function callStrSlot(f: (o: PyObject) => PyObject, o: PyObject, where: string, dunder: string): PyObject {
  enterRecursiveCall(where);
  let r: PyObject;
  try {
    r = f(o);
  } finally {
    leaveRecursiveCall();
  }
  if (r.type !== StrType && !isSubtype(r.type, StrType)) {
    const typeName = r.type.name; // (read before r may be freed)
    decref(r);
    raiseTypeError(`${dunder} returned non-string (type ${typeName})`);
  }
  return r;
}

export function strString(o: PyObject): string {
  if (o.type === StrType) return o.value as string;
  const r = str(o);
  const s = r.value as string;
  decref(r);
  return s;
}

export function hexAddr(o: PyObject): string {
  return '0x' + o.addr.toString(16).padStart(12, '0');
}

// ---------- hash ----------

/** PyObject_Hash: a JS number in the signed 64-bit range CPython uses (never -1) */
export function hash(o: PyObject): number {
  const f = o.type.hash;
  if (f === null) raiseTypeError(`unhashable type: '${o.type.name}'`);
  return f!(o);
}

// ---------- attributes ----------

/** PyObject_GetAttr: new reference; AttributeError if missing */
export function getAttr(o: PyObject, name: string): PyObject {
  const f = o.type.getattro;
  try {
    if (f === null) raiseAttributeError(`'${o.type.name}' object has no attribute '${name}'`);
    return f!(o, name);
  } catch (e) {
    if (e instanceof PyErr) errorHooks.attributeErrorContext(e.exc, o, name);
    throw e;
  }
}

/**
 * getattr(o, name, None)-style probe (_PyObject_LookupAttr): a new reference, or null where
 * getAttr would raise AttributeError. For the generic getattr that error is not even made.
 */
export function getAttrOrNull(o: PyObject, name: string): PyObject | null {
  try {
    // (an AttributeError a descriptor raises is made, and dropped below, as CPython drops it)
    // (the type's getattr itself, as _PyObject_LookupAttr calls it: not getAttr, which would
    // record the name and object on an AttributeError about to be dropped)
    const f = o.type.getattro;
    if (f === genericGetAttr) return genericLookupAttr(o, name);
    return f === null ? null : f(o, name);
  } catch (e) {
    if (e instanceof PyErr && isInstance(e.exc, excType('AttributeError'))) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

export function setAttr(o: PyObject, name: string, value: PyObject): void {
  const f = o.type.setattro;
  if (f === null) {
    const has = o.type.getattro !== null;
    raiseAttributeError(has
      ? `'${o.type.name}' object has no attribute '${name}'`
      : `'${o.type.name}' object has no attributes (assign to .${name})`);
  }
  f!(o, name, value);
}

export function delAttr(o: PyObject, name: string): void {
  const f = o.type.setattro;
  if (f === null) raiseAttributeError(`'${o.type.name}' object has no attribute '${name}'`);
  f!(o, name, null);
}

export function hasAttr(o: PyObject, name: string): boolean {
  const r = getAttrOrNull(o, name);
  if (r === null) return false;
  decref(r);
  return true;
}

/** Look a special method up on the type (not the instance), bound to o; null if absent. */
export function lookupSpecial(o: PyObject, name: string): PyObject | null {
  const d = typeLookup(o.type, name);
  if (d === null) return null;
  const get = d.type.descrGet;
  if (get === null) { incref(d); return d; }
  return get(d, o, o.type);
}

/**
 * Call a special method the way a type slot does (vectorcall_method): a Python function found on
 * the type is called with self as its first argument, without a bound method. New reference, or
 * null if the type lacks it.
 */
export function callSlotDunder(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const d = typeLookup(o.type, name);
  if (d === null) return null;
  if (d.type.name === 'function') return call(d, [o, ...args], null); // vectorcall_unbound: no bound method
  return callSpecial(o, name, args);
}

/**
 * _PyObject_LookupSpecial and a call, as format(), round(), dir(), sys.getsizeof(), bytes(),
 * math.floor() and the with statement do: the method is bound first (a bound method holds one more
 * reference to self while it runs). New reference, or null if the type lacks it.
 */
export function callSpecial(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = lookupSpecial(o, name);
  if (m === null) return null;
  try {
    return call(m, args, null);
  } finally {
    decref(m);
  }
}

// ---------- calls ----------

/**
 * PyObject_Vectorcall: args are borrowed (positional then keyword values). An object whose type
 * 3.11 gives no vectorcall is called with its arguments packed (objects/tpcall.ts).
 */
export function call(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const c = f.type.call;
  if (c === null) raiseTypeError(`'${f.type.name}' object is not callable`);
  if (packsObservably(f, args, kwnames)) return callPacked(f, args, kwnames);
  return c!(f, args, kwnames);
}

/** PyObject_Call: a call whose arguments the caller has already packed (f(*args, **kwargs)) */
export function callUnpacked(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const c = f.type.call;
  if (c === null) raiseTypeError(`'${f.type.name}' object is not callable`);
  return c!(f, args, kwnames);
}

export function call0(f: PyObject): PyObject { return call(f, [], null); }
export function call1(f: PyObject, a: PyObject): PyObject { return call(f, [a], null); }

/** call o.name(*args) */
export function callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
  const m = getAttr(o, name);
  try {
    return call(m, args, null);
  } finally {
    decref(m);
  }
}

export function isCallable(o: PyObject): boolean {
  return o.type.call !== null;
}

// ---------- truth ----------

/** PyObject_IsTrue */
export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const t = o.type;
  if (t.bool !== null) return t.bool(o);
  if (t.len !== null) return t.len(o) > 0;
  return true;
}

// ---------- comparison ----------

/** PyObject_RichCompare: new reference (taking a recursion unit while it runs) */
export function richCompare(a: PyObject, b: PyObject, op: number): PyObject {
  enterRecursiveCall(IN_COMPARISON);
  try {
    return richCompareUnchecked(a, b, op);
  } finally {
    leaveRecursiveCall();
  }
}

/** do_richcompare: the comparison itself, for the specialised COMPARE_OPs that skip the check */
export function richCompareUnchecked(a: PyObject, b: PyObject, op: number): PyObject {
  const ta = a.type, tb = b.type;
  let checkedReverse = false;
  if (ta !== tb && isSubtype(tb, ta) && tb.richcompare !== null) {
    checkedReverse = true;
    const r = tb.richcompare(b, a, SWAPPED[op]);
    if (!isNotImplemented(r)) return r;
    decref(r);
  }
  if (ta.richcompare !== null) {
    const r = ta.richcompare(a, b, op);
    if (!isNotImplemented(r)) return r;
    decref(r);
  }
  if (!checkedReverse && tb.richcompare !== null) {
    const r = tb.richcompare(b, a, SWAPPED[op]);
    if (!isNotImplemented(r)) return r;
    decref(r);
  }
  if (op === EQ) return newBool(a === b);
  if (op === NE) return newBool(a !== b);
  return raiseTypeError(`'${OP_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** PyObject_RichCompareBool: identity implies equality for EQ/NE */
export function richCompareBool(a: PyObject, b: PyObject, op: number): boolean {
  if (a === b) {
    if (op === EQ) return true;
    if (op === NE) return false;
  }
  const r = richCompare(a, b, op);
  if (r === True) { decref(r); return true; }
  if (r === False) { decref(r); return false; }
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

export const equal = (a: PyObject, b: PyObject): boolean => richCompareBool(a, b, EQ);
export { LT, LE, EQ, NE, GT, GE };

// ---------- numbers ----------

const BINOP_NAMES = ['+', '&', '//', '<<', '@', '*', '%', '|', '** or pow()', '>>', '-', '/', '^'];
const INPLACE_NAMES = ['+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^='];

/** binary_op1: try a's slot, b's slot (b first if b's type is a subclass of a's); NotImplemented if neither */
export function binaryOp1(a: PyObject, b: PyObject, op: number): PyObject {
  const sa = a.type.nb[op];
  let sb = b.type !== a.type ? b.type.nb[op] : null;
  if (sb === sa) sb = null;
  if (sa !== null) {
    if (sb !== null && isSubtype(b.type, a.type)) {
      const r = sb(a, b);
      if (!isNotImplemented(r)) return r;
      decref(r);
      sb = null;
    }
    const r = sa(a, b);
    if (!isNotImplemented(r)) return r;
    decref(r);
  }
  if (sb !== null) return sb(a, b);
  incref(NotImplemented);
  return NotImplemented;
}

/** a OP b with CPython's TypeError when unsupported */
export function binaryOp(a: PyObject, b: PyObject, op: number): PyObject {
  const r = binaryOp1(a, b, op);
  if (!isNotImplemented(r)) return r;
  decref(r);
  if (op === 5 || op === 0) { // sequence repeat/concat via sq slots is folded into nb for builtins
    // fallthrough to the error
  }
  return raiseTypeError(`unsupported operand type(s) for ${BINOP_NAMES[op]}: '${a.type.name}' and '${b.type.name}'`);
}

/** a OP= b: the inplace slot of a first, then the binary operation */
export function inplaceOp(a: PyObject, b: PyObject, op: number): PyObject {
  const s = a.type.nbInplace[op];
  if (s !== null) {
    const r = s(a, b);
    if (!isNotImplemented(r)) return r;
    decref(r);
  }
  const r = binaryOp1(a, b, op);
  if (!isNotImplemented(r)) return r;
  decref(r);
  return raiseTypeError(`unsupported operand type(s) for ${INPLACE_NAMES[op]}: '${a.type.name}' and '${b.type.name}'`);
}

export function negative(o: PyObject): PyObject {
  if (o.type.neg === null) raiseTypeError(`bad operand type for unary -: '${o.type.name}'`);
  return o.type.neg!(o);
}
export function positive(o: PyObject): PyObject {
  if (o.type.pos === null) raiseTypeError(`bad operand type for unary +: '${o.type.name}'`);
  return o.type.pos!(o);
}
export function invert(o: PyObject): PyObject {
  if (o.type.invert === null) raiseTypeError(`bad operand type for unary ~: '${o.type.name}'`);
  return o.type.invert!(o);
}
export function absolute(o: PyObject): PyObject {
  if (o.type.abs === null) raiseTypeError(`bad operand type for abs(): '${o.type.name}'`);
  return o.type.abs!(o);
}

/** PyNumber_Index: an int (new reference) or TypeError */
export function index(o: PyObject): PyObject {
  if (o.type === IntType) { incref(o); return o; }
  // (an exact int; __index__ returning anything else is a TypeError)
  return numberIndex(o);
}

/** an index as a JS number (PyNumber_AsSsize_t with IndexError-free clamping left to callers) */
export function indexValue(o: PyObject): number {
  if (o.type === IntType && typeof o.value === 'number') return o.value;
  const i = index(o);
  const v = i.value;
  decref(i);
  return typeof v === 'number' ? v : Number(v);
}

// ---------- containers ----------

export function len(o: PyObject): number {
  const f = o.type.len;
  if (f === null) raiseTypeError(`object of type '${o.type.name}' has no len()`);
  return f!(o);
}

export function getItem(o: PyObject, key: PyObject): PyObject {
  const f = o.type.getitem;
  if (f === null) {
    if (o.type === (o.type.type as PyType) || isSubtype(o.type, o.type.type as PyType)) {
      // type objects: __class_getitem__ from the class's own MRO (never its metaclass: `int[x]`
      // must not find type.__class_getitem__, which only serves `type[x]`)
      const found = typeLookup(o as PyType, '__class_getitem__');
      if (found !== null) {
        const get = found.type.descrGet;
        let cg: PyObject;
        if (get !== null) cg = get(found, null, o as PyType); else { incref(found); cg = found; }
        try { return call1(cg, key); } finally { decref(cg); }
      }
      raiseTypeError(`type '${(o as PyType).name}' is not subscriptable`);
    }
    raiseTypeError(`'${o.type.name}' object is not subscriptable`);
  }
  return f!(o, key);
}

export function setItem(o: PyObject, key: PyObject, value: PyObject): void {
  const f = o.type.setitem;
  if (f === null) raiseTypeError(`'${o.type.name}' object does not support item assignment`);
  f!(o, key, value);
}

export function delItem(o: PyObject, key: PyObject): void {
  const f = o.type.setitem;
  if (f === null) cannotDeleteItem(o, key);
  f!(o, key, null);
}

/**
 * PyObject_DelItem on a type that cannot delete items. A type with sequence methods (every class;
 * str, tuple, range, frozenset, the dict views...) given an index converts it (its __index__ may
 * raise; an int past 64 bits is an IndexError) and fails in PySequence_DelItem, worded "doesn't";
 * anything else fails in PyObject_DelItem itself, worded "does not".
 */
function cannotDeleteItem(o: PyObject, key: PyObject): never {
  if (hasSequenceMethods(o.type) && (isInt(key) || key.type.index !== null)) {
    const i = index(key);
    const v = i.value;
    decref(i);
    if (typeof v === 'bigint' && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
      raise(excType('IndexError'), "cannot fit 'int' into an index-sized integer");
    }
    raiseTypeError(`'${o.type.name}' object doesn't support item deletion`);
  }
  return raiseTypeError(`'${o.type.name}' object does not support item deletion`);
}

/**
 * Whether CPython's type has tp_as_sequence: a heap type always does (its slots live in the
 * type object); the static types that do are the ones with a length or `in` (str, tuple, range,
 * the sets, the dict views...), never int, float, None or functions.
 */
function hasSequenceMethods(t: PyType): boolean {
  return t.isHeapType || t.len !== null || t.contains !== null;
}

/** `item in o` (PySequence_Contains): the contains slot, else iteration */
export function contains(o: PyObject, item: PyObject): boolean {
  const f = o.type.contains;
  if (f !== null) return f(o, item);
  const it = iterForSearch(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      const eq = richCompareBool(x, item, EQ);
      decref(x);
      if (eq) return true;
    }
  } finally {
    decref(it);
  }
}

/**
 * The iterator `in` searches (_PySequence_IterSearch): any TypeError getting it, an __iter__'s
 * own included, becomes "argument of type 'T' is not iterable".
 */
function iterForSearch(o: PyObject): PyObject {
  try {
    return getIter(o);
  } catch (e) {
    if (!(e instanceof PyErr) || !isInstance(e.exc, excType('TypeError'))) throw e;
    decref(e.exc);
    return raiseTypeError(`argument of type '${o.type.name}' is not iterable`);
  }
}

// ---------- iteration ----------

/** PyObject_GetIter */
export function getIter(o: PyObject): PyObject {
  const f = o.type.iter;
  if (f !== null) return f(o);
  if (o.type.getitem !== null) return hooksAbstract.seqIter(o);
  return raiseTypeError(`'${o.type.name}' object is not iterable`);
}

/** PyIter_Next: new reference, or null when exhausted */
export function iterNext(it: PyObject): PyObject | null {
  const f = it.type.iternext;
  if (f === null) raiseTypeError(`'${it.type.name}' object is not an iterator`);
  return f!(it);
}

/**
 * Call fn on each item of an iterable (the item is borrowed for the call), releasing every item
 * and the iterator whatever happens. fn returns true to stop early; forEachItem then returns true.
 */
export function forEachItem(o: PyObject, fn: (item: PyObject) => boolean | void): boolean {
  const it = getIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      try {
        if (fn(x) === true) return true;
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

/** Collect an iterable into a JS array of new references. */
export function iterateToArray(o: PyObject): PyObject[] {
  const fast = hooksAbstract.fastItems(o);
  if (fast !== null) {
    for (const x of fast) incref(x);
    return fast.slice();
  }
  const out: PyObject[] = [];
  const it = getIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/** Late-bound helpers provided by list/tuple/iterator modules. */
export const hooksAbstract = {
  /** the old sequence-iteration protocol: iterator over o[0], o[1], ... until IndexError */
  seqIter: (_o: PyObject): PyObject => { throw new Error('seqIter not installed'); },
  /** a list's or tuple's item array (borrowed) for fast paths, else null */
  fastItems: (_o: PyObject): PyObject[] | null => null,
};

// ---------- isinstance ----------

export function isInstance(o: PyObject, t: PyType): boolean {
  return o.type === t || isSubtype(o.type, t);
}

export function newIntFromNumber(n: number): PyObject { return newInt(n); }
