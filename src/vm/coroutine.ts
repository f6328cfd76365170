// LAYER: vm. Awaiting (PEP 492): what `await x` runs, and the coroutine's __await__ iterator
// (CPython's _PyCoro_GetAwaitableIter, the GET_AWAITABLE instruction and coroutine_wrapper).
//
//   await x   GET_AWAITABLE  x -> its awaitable iterator:
//                              a coroutine, or a generator marked by @types.coroutine: x itself
//                              anything else: x.__await__(), which must return an iterator
//             LOAD_CONST None; SEND/YIELD_VALUE loop, as `yield from` (vm/generator.ts)
//
// A coroutine object itself (vm/generator.ts CoroutineType) is no iterator: `coro.__await__()`
// returns a coroutine_wrapper, an iterator that resumes the coroutine, for code that drives
// coroutines by hand or awaits from an __await__ generator of its own.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { staticType, typeLookup, TPFLAGS_HAVE_GC } from '../objects/type.js';
import { allocate, release } from '../objects/alloc.js';
import { lookupSpecial, call } from '../objects/abstract.js';
import { raiseTypeError, raiseRuntimeError, PyErr, excType, errorHooks } from '../objects/errors.js';
import { None, none } from '../objects/singletons.js';
import { method } from '../objects/define.js';
import { CO_COROUTINE, CO_ITERABLE_COROUTINE } from '../compiler/codeunit.js';
import type { Code } from '../objects/code.js';
import {
  GeneratorType, CoroutineType, gdata, genSend, genThrow, genClose, resume, yieldingFrom, genHooks, stopIterationWith,
} from './generator.js';

/** a generator made awaitable by @types.coroutine (its code has CO_ITERABLE_COROUTINE) */
function isIterableCoroutine(o: PyObject): boolean {
  return o.type === GeneratorType && ((gdata(o).codeObj.value as Code).flags & CO_ITERABLE_COROUTINE) !== 0;
}

/** a coroutine, or a generator awaitable as one */
const isAwaitableCoroutine = (o: PyObject): boolean => o.type === CoroutineType || isIterableCoroutine(o);

/**
 * GET_AWAITABLE's work: the iterator `await o` drives (new reference). `where` is the
 * instruction's argument: 1 after __aenter__, 2 after __aexit__ (they name the method when o
 * has no __await__), 0 otherwise.
 */
export function awaitableIter(o: PyObject, where: number): PyObject {
  let it: PyObject;
  if (isAwaitableCoroutine(o)) {
    incref(o);
    it = o;
  } else {
    const t = o.type.name;
    it = callProtocol(o, '__await__', where === 0 ? `object ${t} can't be used in 'await' expression`
      : `'async with' received an object from __a${where === 1 ? 'enter' : 'exit'}__ that does not implement __await__: ${t}`);
    if (isAwaitableCoroutine(it)) {
      decref(it);
      raiseTypeError('__await__() returned a coroutine');
    }
    if (it.type.iternext === null) {
      const t = it.type.name;
      decref(it);
      raiseTypeError(`__await__() returned non-iterator of type '${t}'`);
    }
  }
  if (it.type === CoroutineType && yieldingFrom(it) !== null) {
    decref(it);
    raiseRuntimeError('coroutine is being awaited already');
  }
  return it;
}

/** GET_YIELD_FROM_ITER of a coroutine: only a coroutine (or a @types.coroutine generator) may delegate to one */
export function checkYieldFromCoroutine(codeFlags: number): void {
  if ((codeFlags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) === 0) {
    raiseTypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
  }
}

// ---------------------------------------------------------------- async for

/** o.name() looked up on the type (new reference), or TypeError(missing) when the type lacks it */
function callProtocol(o: PyObject, name: string, missing: string): PyObject {
  const getter = lookupSpecial(o, name);
  if (getter === null) raiseTypeError(missing);
  try {
    return call(getter!, [], null);
  } finally {
    decref(getter!);
  }
}

/** GET_AITER's work: aiter(o), which must have __anext__ (new reference) */
export function asyncIter(o: PyObject): PyObject {
  const it = callProtocol(o, '__aiter__', `'async for' requires an object with __aiter__ method, got ${o.type.name}`);
  if (typeLookup(it.type, '__anext__') === null) {
    const t = it.type.name;
    decref(it);
    raiseTypeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${t}`);
  }
  return it;
}

/** GET_ANEXT's work: the awaitable iterator of aiter.__anext__() (new reference) */
export function asyncNextAwaitable(aiter: PyObject): PyObject {
  const next = callProtocol(aiter, '__anext__', `'async for' requires an iterator with __anext__ method, got ${aiter.type.name}`);
  try {
    return awaitableIter(next, 0);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    // _PyErr_FormatFromCause: the TypeError names __anext__, caused by what awaiting it raised
    const err = errorHooks.newException(excType('TypeError'), `'async for' received an invalid object from __anext__: ${next.type.name}`);
    genHooks.chain(err, e.exc);
    throw new PyErr(err);
  } finally {
    decref(next);
  }
}

// ---------------------------------------------------------------- coroutine_wrapper

/** the iterator coro.__await__() returns; value: the coroutine (owned) */
export const CoroutineWrapperType = staticType({ name: 'coroutine_wrapper', basicsize: 24, flags: TPFLAGS_HAVE_GC });

const wrapped = (w: PyObject): PyObject => w.value as PyObject;

method(CoroutineType, '__await__', (coro) => {
  incref(coro);
  return allocate(CoroutineWrapperType, coro, null);
});

CoroutineWrapperType.iter = (w) => { incref(w); return w; };
/** next(): resume the coroutine; when it returns, StopIteration carries its value (none for None) */
CoroutineWrapperType.iternext = (w) => {
  const r = resume(wrapped(w), null, null);
  if (!r.done) return r.value;
  if (r.value === None) {
    decref(r.value);
    return null;
  }
  return stopIterationWith(r.value);
};
method(CoroutineWrapperType, 'send', (w, args) => genSend(wrapped(w), args[0]));
method(CoroutineWrapperType, 'throw', (w, args) => genThrow(wrapped(w), args));
method(CoroutineWrapperType, 'close', (w) => { genClose(wrapped(w)); return none(); });
CoroutineWrapperType.traverse = (w: PyObject, visit: Visit) => visit(wrapped(w));
CoroutineWrapperType.dealloc = (w) => {
  untrack(w);
  const coro = wrapped(w);
  release(w);
  decref(coro);
};
