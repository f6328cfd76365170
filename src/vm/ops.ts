// LAYER: vm. The heavier instructions' work, kept out of the loop: sequence unpacking, `raise`,
// `except` matching, `**` merging for calls, and the REPL echo.

import { PyObject } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import {
  getIter, iterNext, isInstance, call, reprString, callSpecial, iterateToArray,
} from '../objects/abstract.js';
import { PyErr, raise, raiseTypeError, raiseValueError, excType } from '../objects/errors.js';
import { None, none } from '../objects/singletons.js';
import { TypeType, PyType, isSubtype } from '../objects/type.js';
import { StrType, newStr } from '../objects/str.js';
import { Frame } from './frame.js';
import * as A2 from '../objects/abstract.js';
import { ts } from './state.js';
import { evalHooks } from './evalhooks.js';
import { callHooks } from './callhooks.js';

/** UNPACK_SEQUENCE (after = -1) / UNPACK_EX: new references, in sequence order */
function unpack(seq: PyObject, before: number, after: number): PyObject[] {
  const fast = seq.type.name === 'tuple' || seq.type.name === 'list' ? (seq.value as PyObject[]) : null;
  if (fast !== null && after < 0) {
    if (fast.length !== before) {
      if (fast.length < before) raiseValueError(`not enough values to unpack (expected ${before}, got ${fast.length})`);
      raiseValueError(`too many values to unpack (expected ${before})`);
    }
    for (const x of fast) incref(x);
    return fast.slice();
  }
  if (seq.type.iter === null && seq.type.getitem === null) {
    raiseTypeError(`cannot unpack non-iterable ${seq.type.name} object`);
  }
  const it = getIter(seq);
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < before; i++) {
      const v = iterNext(it);
      if (v === null) {
        if (after < 0) raiseValueError(`not enough values to unpack (expected ${before}, got ${i})`);
        raiseValueError(`not enough values to unpack (expected at least ${before + after}, got ${i})`);
      }
      out.push(v!);
    }
    if (after < 0) {
      const extra = iterNext(it);
      if (extra !== null) {
        decref(extra);
        raiseValueError(`too many values to unpack (expected ${before})`);
      }
      return out;
    }
    const rest = iterateToArray(it);
    if (rest.length < after) {
      const n = before + rest.length;
      for (const x of rest) decref(x);
      raiseValueError(`not enough values to unpack (expected at least ${before + after}, got ${n})`);
    }
    const tail = rest.splice(rest.length - after, after);
    out.push(callHooks.newListSteal(rest));
    out.push(...tail);
    return out;
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
}

/** an exception instance from `raise X` / `raise X()` (new reference) */
function makeException(o: PyObject): PyObject {
  if (isInstance(o, TypeType) && isSubtype(o as PyType, excType('BaseException'))) {
    const e = call(o, [], null);
    if (!isInstance(e, excType('BaseException'))) {
      const n = e.type.name;
      decref(e);
      raiseTypeError(`calling ${reprString(o)} should have returned an instance of BaseException, not ${n}`);
    }
    return e;
  }
  if (isInstance(o, excType('BaseException'))) {
    incref(o);
    return o;
  }
  return raiseTypeError('exceptions must derive from BaseException');
}

export const excLinks = {
  setCause: (_e: PyObject, _cause: PyObject | null): void => {},
  setContext: (_e: PyObject, _ctx: PyObject): void => {},
  getContext: (_e: PyObject): PyObject | null => null,
};

/**
 * RAISE_VARARGS: the error `raise` (argc 0), `raise exc` (1) or `raise exc from cause` (2)
 * raises, its operands popped; the loop returns it to runFrame (eval.ts RAISED). Throws, leaving
 * the operands on the stack, when the raise itself fails (no active exception, an exception or
 * a cause that is not one).
 */
function raiseStatement(f: Frame, argc: number): PyErr {
  if (argc === 0) {
    const cur = ts.excInfo;
    if (cur === null) raise(excType('RuntimeError'), 'No active exception to reraise');
    incref(cur!);
    evalHooks.setReraiseFlag();
    return new PyErr(cur!);
  }
  const top = f.stack[f.sp - 1]!;
  const excArg = argc === 2 ? f.stack[f.sp - 2]! : top;
  const exc = makeException(excArg);
  if (argc === 2) {
    let cause: PyObject | null = null;
    try {
      if (top === None) cause = null;
      else if (isInstance(top, TypeType) && isSubtype(top as PyType, excType('BaseException'))) cause = call(top, [], null);
      else if (isInstance(top, excType('BaseException'))) { incref(top); cause = top; }
      else raiseTypeError('exception causes must derive from BaseException');
    } catch (e) {
      decref(exc);
      throw e;
    }
    excLinks.setCause(exc, cause);
    if (cause !== null) decref(cause);
  }
  // pop the operands only now that the raise is certain
  for (let i = 0; i < argc; i++) {
    const v = f.stack[--f.sp]!;
    f.stack[f.sp] = null;
    decref(v);
  }
  return new PyErr(exc);
}

/** attach the exception being handled as __context__ (done when an exception starts propagating) */
export function chainContext(exc: PyObject): void {
  const handled = ts.excInfo;
  if (handled === null || handled === exc) return;
  if (excLinks.getContext(exc) !== null) return;
  // avoid creating a cycle in the context chain
  let c: PyObject | null = handled;
  while (c !== null) {
    const next = excLinks.getContext(c);
    if (next === exc) { excLinks.setContext(c, None); break; }
    c = next;
  }
  excLinks.setContext(exc, handled);
}

function exceptionMatches(exc: PyObject, t: PyObject): boolean {
  const check = (c: PyObject): boolean => {
    if (!isInstance(c, TypeType) || !isSubtype(c as PyType, excType('BaseException'))) {
      raiseTypeError('catching classes that do not inherit from BaseException is not allowed');
    }
    return isInstance(exc, c as PyType);
  };
  if (t.type.name === 'tuple') {
    const items = t.value as PyObject[];
    let match = false;
    for (const c of items) if (check(c)) { match = true; }
    return match;
  }
  return check(t);
}

/** DICT_MERGE: f(**a, **b) — duplicate keywords are an error */
function dictMerge(d: PyObject, other: PyObject, func: PyObject | null): void {
  let pairs: [PyObject, PyObject][];
  try {
    pairs = callHooks.dictPairs(other);
  } catch (e) {
    if (e instanceof PyErr && isInstance(e.exc, excType('AttributeError'))) {
      decref(e.exc);
      const fname = func !== null ? funcName(func) : 'function';
      raiseTypeError(`${fname} argument after ** must be a mapping, not ${other.type.name}`);
    }
    throw e;
  }
  try {
    for (const [k, v] of pairs) {
      // (str subclasses are keywords too; CPython's message names no function here)
      if (k.type !== StrType && !isSubtype(k.type, StrType)) raiseTypeError('keywords must be strings');
      if (callHooks.dictGetStr(d, k.value as string) !== null) {
        raiseTypeError(`${func !== null ? funcName(func) : 'function'} got multiple values for keyword argument '${k.value}'`);
      }
      callHooks.dictSetItem(d, k, v);
    }
  } finally {
    for (const [k, v] of pairs) { decref(k); decref(v); }
  }
}

/** _PyObject_FunctionStr: "module.qualname()" for functions, "qualname()" for builtins, else "T object" */
function funcName(f: PyObject): string {
  const q = A2.getAttrOrNull(f, '__qualname__');
  if (q === null) return `${f.type.name} object`;
  const qs = A2.strString(q);
  decref(q);
  const m = A2.getAttrOrNull(f, '__module__');
  let ms: string | null = null;
  if (m !== null) {
    if (m.type === StrType) ms = m.value as string;
    decref(m);
  }
  return ms !== null && ms !== 'builtins' ? `${ms}.${qs}()` : `${qs}()`;
}
evalHooks.functionStr = funcName;

function ascii(o: PyObject): PyObject {
  const r = reprString(o);
  let s = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 128) s += ch;
    else if (c < 256) s += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 65536) s += '\\u' + c.toString(16).padStart(4, '0');
    else s += '\\U' + c.toString(16).padStart(8, '0');
  }
  return newStr(s);
}

function annotationsDict(t: PyObject): PyObject {
  const items = t.value as PyObject[];
  const d = callHooks.newDict();
  for (let i = 0; i + 1 < items.length; i += 2) callHooks.dictSetItem(d, items[i], items[i + 1]);
  return d;
}


evalHooks.unpack = unpack;
evalHooks.chainContext = chainContext;
evalHooks.raiseStatement = raiseStatement;
evalHooks.exceptionMatches = exceptionMatches;
evalHooks.dictMerge = dictMerge;
evalHooks.ascii = ascii;
evalHooks.annotationsDict = annotationsDict;
void none; void callSpecial;
