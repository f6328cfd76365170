// LAYER: vm. Async generators (PEP 525): an `async def` with `yield`, driven through awaitables
// (CPython's genobject.c async_gen, async_gen_asend, async_gen_athrow).
//
//   agen.__anext__() / agen.asend(v)    an asend awaitable  \   each drives the generator's frame
//   agen.athrow(exc) / agen.aclose()    an athrow awaitable /    (vm/generator.ts resume) when sent to
//
//   inside the frame:  yield v   ASYNC_GEN_WRAP; YIELD_VALUE  -> a wrapped value leaves the frame:
//                                   the awaitable ends, raising StopIteration(v) (the await's result)
//                      await x   the frame yields x's own suspensions: the awaitable passes them
//                                   up to whoever drives it (an event loop), unchanged
//                      return    the awaitable raises StopAsyncIteration (`async for` ends)
//
// Each awaitable runs once: INIT -> ITER at its first send -> CLOSED when it ended; awaiting it
// again is a RuntimeError. While one of them runs the generator (ag_running), another may not
// start. aclose() throws GeneratorExit in and ends with StopIteration when the generator lets it
// finish; a value yielded in response is "async generator ignored GeneratorExit".
//
// Not here: sys.set_asyncgen_hooks (no event loop installs them in pyheap), and the free lists
// 3.11 keeps for the wrapped values and asend objects (their addresses differ from CPython's).

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { staticType, TPFLAGS_HAVE_GC, PyType } from '../objects/type.js';
import { allocate, release } from '../objects/alloc.js';
import { isInstance } from '../objects/abstract.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { raise, raiseRuntimeError, PyErr, excType, errorHooks } from '../objects/errors.js';
import { None, none } from '../objects/singletons.js';
import { method } from '../objects/define.js';
import { AsyncGenType, gdata, resume, thrownException, stopIterationWith } from './generator.js';

// ---------------------------------------------------------------- the wrapped value

/** what ASYNC_GEN_WRAP makes of a yielded value (owned): it tells a `yield` from an `await`'s suspension */
export const AsyncGenWrappedValueType = staticType({ name: 'async_generator_wrapped_value', basicsize: 24, flags: TPFLAGS_HAVE_GC });
AsyncGenWrappedValueType.traverse = (w: PyObject, visit: Visit) => visit(w.value as PyObject);
AsyncGenWrappedValueType.dealloc = (w) => {
  untrack(w);
  const v = w.value as PyObject;
  release(w);
  decref(v);
};

/** ASYNC_GEN_WRAP: the wrapper of v (stealing the reference) */
export function wrapAsyncGenValue(v: PyObject): PyObject {
  return allocate(AsyncGenWrappedValueType, v, null);
}

// ---------------------------------------------------------------- driving the frame

const INIT = 0, ITER = 1, CLOSED = 2;

/** gen_send / gen_throw on the generator's frame: what it yielded (new reference); StopAsyncIteration when it returned */
function step(gen: PyObject, value: PyObject | null, exc: PyObject | null): PyObject {
  const r = resume(gen, value, exc);
  if (r.done) {
    decref(r.value);
    raise(excType('StopAsyncIteration'), null);
  }
  return r.value;
}

const isStopOrExit = (e: unknown): boolean => e instanceof PyErr &&
  (isInstance(e.exc, excType('StopAsyncIteration')) || isInstance(e.exc, excType('GeneratorExit')));

/**
 * async_gen_unwrap_value: run a step of the frame; a wrapped value ends the step with
 * StopIteration(value); a bare value (an await's suspension) passes through; an ending
 * (StopAsyncIteration, GeneratorExit) marks the generator closed
 */
function unwrapStep(gen: PyObject, run: () => PyObject): PyObject {
  const d = gdata(gen);
  let result: PyObject;
  try {
    result = run();
  } catch (e) {
    if (isStopOrExit(e)) d.closed = true;
    d.runningAsync = false;
    throw e;
  }
  if (result.type === AsyncGenWrappedValueType) {
    const v = result.value as PyObject;
    incref(v);
    decref(result);
    d.runningAsync = false;
    stopIterationWith(v);
  }
  return result;
}

// ---------------------------------------------------------------- asend

/** an asend or athrow awaitable: the generator it drives and what it sends or throws in */
interface AwaitableData {
  gen: PyObject;               // owned
  /** owned: asend's value (null for __anext__()), athrow's argument tuple (null for aclose()) */
  extra: PyObject | null;
  state: number;
}

export const AsyncGenASendType = staticType({ name: 'async_generator_asend', basicsize: 40, flags: TPFLAGS_HAVE_GC });
const asd = (o: PyObject): AwaitableData => o.value as AwaitableData;

function newASend(gen: PyObject, sendval: PyObject | null): PyObject {
  incref(gen);
  if (sendval !== null) incref(sendval);
  const data: AwaitableData = { gen, extra: sendval, state: INIT };
  return allocate(AsyncGenASendType, data, null);
}

/**
 * The protocol both awaitables share: each is its own iterator (next() sends None), send, throw,
 * close (ending it without touching the generator), and the references it holds.
 */
function defineAwaitable(type: PyType, send: (o: PyObject, arg: PyObject) => PyObject,
  thrower: (o: PyObject, args: PyObject[]) => PyObject): void {
  type.iter = (o) => { incref(o); return o; };
  type.iternext = (o) => send(o, None);
  method(type, '__await__', (o) => { incref(o); return o; });
  method(type, 'send', (o, args) => send(o, args[0]));
  method(type, 'throw', thrower);
  method(type, 'close', (o) => { asd(o).state = CLOSED; return none(); });
  type.traverse = (o: PyObject, visit: Visit) => {
    visit(asd(o).gen);
    if (asd(o).extra !== null) visit(asd(o).extra!);
  };
  type.dealloc = (o) => {
    untrack(o);
    const { gen, extra } = asd(o);
    release(o);
    decref(gen);
    xdecref(extra);
  };
}

function asendSend(o: PyObject, arg: PyObject | null): PyObject {
  const a = asd(o);
  if (a.state === CLOSED) raiseRuntimeError('cannot reuse already awaited __anext__()/asend()');
  const d = gdata(a.gen);
  if (a.state === INIT) {
    if (d.runningAsync) raiseRuntimeError('anext(): asynchronous generator is already running');
    if (arg === null || arg === None) arg = a.extra;
    a.state = ITER;
  }
  d.runningAsync = true;
  try {
    return unwrapStep(a.gen, () => step(a.gen, arg, null));
  } catch (e) {
    a.state = CLOSED;
    throw e;
  }
}

function asendThrow(o: PyObject, args: PyObject[]): PyObject {
  const a = asd(o);
  if (a.state === CLOSED) raiseRuntimeError('cannot reuse already awaited __anext__()/asend()');
  const exc = thrownException(args);
  try {
    return unwrapStep(a.gen, () => step(a.gen, null, exc));
  } catch (e) {
    a.state = CLOSED;
    throw e;
  }
}

defineAwaitable(AsyncGenASendType, asendSend, asendThrow);

// ---------------------------------------------------------------- athrow / aclose

export const AsyncGenAThrowType = staticType({ name: 'async_generator_athrow', basicsize: 40, flags: TPFLAGS_HAVE_GC });
function newAThrow(gen: PyObject, args: PyObject[] | null): PyObject {
  incref(gen);
  const data: AwaitableData = { gen, extra: args === null ? null : newTuple(args), state: INIT };
  return allocate(AsyncGenAThrowType, data, null);
}

/** the end of an aclose() step: a yield in response to GeneratorExit is an error */
function ignoredExit(a: AwaitableData, yielded: PyObject): never {
  decref(yielded);
  gdata(a.gen).runningAsync = false;
  a.state = CLOSED;
  return raiseRuntimeError('async generator ignored GeneratorExit');
}

/** an aclose() step that raised: the generator finishing (StopAsyncIteration, GeneratorExit) completes it */
function acloseDone(e: unknown): never {
  if (isStopOrExit(e)) {
    decref((e as PyErr).exc);
    raise(excType('StopIteration'), null);
  }
  throw e;
}

/** an athrow()/aclose() step: resume (or, at the first send, throw into) the generator's frame */
function athrowSend(o: PyObject, arg: PyObject): PyObject {
  const a = asd(o);
  const d = gdata(a.gen);
  if (a.state === CLOSED) raiseRuntimeError('cannot reuse already awaited aclose()/athrow()');
  if (d.frame === null || d.frame.finished) {
    a.state = CLOSED;
    raise(excType('StopIteration'), null);
  }
  const closing = a.extra === null;
  if (a.state === ITER) {
    if (closing) return acloseStep(a, () => step(a.gen, arg, null));
    return unwrapStep(a.gen, () => step(a.gen, arg, null));
  }
  if (d.runningAsync) {
    a.state = CLOSED;
    raiseRuntimeError(`${closing ? 'aclose' : 'athrow'}(): asynchronous generator is already running`);
  }
  if (d.closed) {
    a.state = CLOSED;
    raise(excType('StopAsyncIteration'), null);
  }
  if (arg !== None) raiseRuntimeError("can't send non-None value to a just-started coroutine");
  a.state = ITER;
  d.runningAsync = true;
  if (closing) {
    d.closed = true;
    return acloseStep(a, () => step(a.gen, null, errorHooks.newException(excType('GeneratorExit'), null)));
  }
  const exc = thrownException(tupleItems(a.extra!));
  try {
    return unwrapStep(a.gen, () => step(a.gen, null, exc));
  } catch (e) {
    // (check_error: the first step ended the awaitable)
    d.runningAsync = false;
    a.state = CLOSED;
    throw e;
  }
}

/** an aclose() step: a value yielded is an error; the generator finishing completes the aclose() */
function acloseStep(a: AwaitableData, run: () => PyObject): PyObject {
  let result: PyObject;
  try {
    result = run();
  } catch (e) {
    gdata(a.gen).runningAsync = false;
    a.state = CLOSED;
    return acloseDone(e);
  }
  if (result.type === AsyncGenWrappedValueType) return ignoredExit(a, result);
  return result;
}

function athrowThrow(o: PyObject, args: PyObject[]): PyObject {
  const a = asd(o);
  if (a.state === CLOSED) raiseRuntimeError('cannot reuse already awaited aclose()/athrow()');
  const exc = thrownException(args);
  if (a.extra !== null) return unwrapStep(a.gen, () => step(a.gen, null, exc));
  let result: PyObject;
  try {
    result = step(a.gen, null, exc);
  } catch (e) {
    return acloseDone(e);
  }
  if (result.type === AsyncGenWrappedValueType) return ignoredExit(a, result);
  return result;
}

defineAwaitable(AsyncGenAThrowType, athrowSend, athrowThrow);

// ---------------------------------------------------------------- the async generator's methods

method(AsyncGenType, '__aiter__', (g) => { incref(g); return g; });
method(AsyncGenType, '__anext__', (g) => newASend(g, null));
method(AsyncGenType, 'asend', (g, args) => newASend(g, args[0]));
method(AsyncGenType, 'athrow', (g, args) => newAThrow(g, args));
method(AsyncGenType, 'aclose', (g) => newAThrow(g, null));
