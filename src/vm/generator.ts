// LAYER: vm. Generator objects: a suspended Frame plus the generator protocol (send, throw, close,
// __next__). CPython 3.11 embeds the frame in the generator, so its size is
// 152 + 8 * (nlocalsplus + stacksize) (+16 GC header). A generator that is freed while suspended is
// closed first (GeneratorExit thrown in, so its `finally` blocks run), as CPython's gen_dealloc
// does through its finalizer.
//
// A coroutine (the call of an `async def`) is the same object under another type, as in CPython
// (genobject.c's coro type shares gen's code): the same frame and resumption, with its own name in
// messages ("coroutine already executing"), no iteration (it is awaited: vm/coroutine.ts), no
// reuse once finished, and a RuntimeWarning instead of a close when it is freed never started.
// An async generator (an `async def` with `yield`) is the third kind: driven by the awaitables
// of vm/asyncgen.ts.

import { PyObject, Visit, GC_FINALIZED } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import { untrack, track } from '../memory/generations.js';
import { staticType, TPFLAGS_HAVE_GC, TypeType, PyType, isSubtype } from '../objects/type.js';
import { TupleType } from '../objects/tuple.js';
import { allocate, release } from '../objects/alloc.js';
import { newStr } from '../objects/str.js';
import { hexAddr, isInstance, iterNext, call, callSlotDunder, getAttrOrNull, setAttr } from '../objects/abstract.js';
import { iternextDispatch } from '../objects/slots.js';
import { PyErr, raise, raiseValueError, raiseRuntimeError, raiseTypeError, excType, errorHooks } from '../objects/errors.js';
import { None, none } from '../objects/singletons.js';
import { method, getset } from '../objects/define.js';
import { Frame, ownsNamespaces } from './frame.js';
import { runFrame, clearFrame } from './eval.js';
import { evalHooks } from './evalhooks.js';
import { ts } from './state.js';
import { countResume } from './specialize.js';
import { CO_COROUTINE, CO_ASYNC_GENERATOR } from '../compiler/codeunit.js';
import type { FunctionData } from '../objects/function.js';

export const GeneratorType = staticType({ name: 'generator', basicsize: 152, itemsize: 8, flags: TPFLAGS_HAVE_GC });
GeneratorType.hasWeakref = true;
export const CoroutineType = staticType({ name: 'coroutine', basicsize: 152, itemsize: 8, flags: TPFLAGS_HAVE_GC });
CoroutineType.hasWeakref = true;

export const AsyncGenType = staticType({ name: 'async_generator', basicsize: 152, itemsize: 8, flags: TPFLAGS_HAVE_GC });
AsyncGenType.hasWeakref = true;

/** a generator, a coroutine or an async generator: an object whose value is a GenData */
export const isGenLike = (o: PyObject): boolean =>
  o.type === GeneratorType || o.type === CoroutineType || o.type === AsyncGenType;
/** what messages call the object: 'generator', 'coroutine' or 'async generator' */
const noun = (g: PyObject): string => (g.type === AsyncGenType ? 'async generator' : g.type.name);

interface GenData {
  frame: Frame | null;
  running: boolean;
  /** gi_name / gi_qualname: the function's __name__ and __qualname__ when it was called (owned) */
  name: PyObject;
  qualname: PyObject;
  /** the `return` value of a finished generator, kept for next()/__next__ to raise StopIteration(value) */
  stopValue: PyObject | null;
  /** gi_code / cr_code (owned, besides the frame's own reference while it runs, as in 3.11) */
  codeObj: PyObject;
  /** an async generator's ag_running_async: one of its awaitables is driving it */
  runningAsync: boolean;
  /** an async generator's ag_closed: it finished, or aclose() began */
  closed: boolean;
}

/** the generator, the coroutine or the async generator (by its code's flags) that runs the frame f */
export function newGenerator(f: Frame): PyObject {
  const code = f.code;
  const fd = f.func !== null && f.func !== undefined ? f.func.value as FunctionData : null;
  const name = fd !== null ? fd.name : newStr(code.name);
  const qualname = fd !== null ? fd.qualname : newStr(code.qualname);
  if (fd !== null) {
    incref(name);
    incref(qualname);
  }
  const data: GenData = {
    frame: f, running: false, name, qualname, stopValue: null, codeObj: f.codeObj, runningAsync: false, closed: false,
  };
  incref(f.codeObj);
  const type = (code.flags & CO_COROUTINE) !== 0 ? CoroutineType
    : (code.flags & CO_ASYNC_GENERATOR) !== 0 ? AsyncGenType : GeneratorType;
  const g = allocate(type, data, null, code.nlocals + code.ncells + code.nfree + code.unit.stacksize);
  f.generator = g;
  return g;
}

export const gdata = (g: PyObject): GenData => g.value as GenData;

/**
 * resume with `value` (owned by the caller, borrowed here), or throw exc (owned) in; returns
 * {done, value(new ref)}. `closing`: close() is throwing GeneratorExit (a finished coroutine may
 * still be closed, not resumed otherwise).
 */
export function resume(g: PyObject, value: PyObject | null, exc: PyObject | null, closing = false): { done: boolean; value: PyObject } {
  const d = gdata(g);
  if (d.running) raiseValueError(`${noun(g)} already executing`);
  const f = d.frame;
  if (f === null || f.finished) {
    if (g.type === CoroutineType && !closing) {
      xdecref(exc);
      raiseRuntimeError('cannot reuse already awaited coroutine');
    }
    if (exc !== null) throw new PyErr(exc);
    return { done: true, value: none() };
  }
  if (f.pc === 0 && value !== null && value !== None) {
    raise(excType('TypeError'), `can't send non-None value to a just-started ${noun(g)}`);
  }
  if (f.pc > 0 && exc === null) {
    incref(value ?? None);
    f.stack[f.sp++] = value ?? None;
  }
  d.running = true;
  try {
    let r: PyObject;
    if (exc !== null) r = throwIntoFrame(f, exc);
    else {
      countResume(f.code);
      r = runFrame(f);
    }
    if (f.yielded && !f.finished) return { done: false, value: r };
    return { done: true, value: r };
  } catch (e) {
    throw stopIterationEscaped(e, f, g);
  } finally {
    d.running = false;
  }
}

/**
 * PEP 479: a StopIteration escaping the generator's frame becomes a RuntimeError, and so does a
 * StopAsyncIteration escaping an async generator's (what to throw instead of e)
 */
function stopIterationEscaped(e: unknown, f: Frame, g: PyObject): unknown {
  if (!(e instanceof PyErr) || !f.finished) return e;
  const stop = isInstance(e.exc, excType('StopIteration')) ? 'StopIteration'
    : g.type === AsyncGenType && isInstance(e.exc, excType('StopAsyncIteration')) ? 'StopAsyncIteration' : null;
  if (stop !== null) {
    const rt = errorHooks.newException(excType('RuntimeError'), `${noun(g)} raised ${stop}`);
    genHooks.chain(rt, e.exc);
    return new PyErr(rt);
  }
  return e;
}

/**
 * raise exc at the frame's current instruction (gen.throw, _gen_throw). A frame suspended in a
 * yield from / await delegates first: a GeneratorExit closes the sub-iterator and is raised here
 * (not for an async generator, which may await while it closes); a generator or coroutine gets
 * the exception thrown in; another iterator gets its throw() method called, if it has one.
 */
function throwIntoFrame(f: Frame, exc: PyObject): PyObject {
  const sub = f.pc > 0 && f.sp >= 1 && isYieldFrom(f) ? f.stack[f.sp - 1] : null;
  if (sub === null || sub === undefined) return raiseAtYield(f, exc);
  const gen = f.generator!;
  if (gen.type !== AsyncGenType && isInstance(exc, excType('GeneratorExit'))) {
    try {
      closeIter(sub);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      decref(exc);
      exc = e.exc; // (the error closing it is raised instead)
    }
    return raiseAtYield(f, exc);
  }
  let r: { done: boolean; value: PyObject };
  try {
    if (sub.type === GeneratorType || sub.type === CoroutineType) r = resume(sub, null, exc);
    else {
      const m = getAttrOrNull(sub, 'throw');
      if (m === null) return raiseAtYield(f, exc);
      // (CPython passes throw()'s own arguments on; here the exception instance)
      let v: PyObject;
      try {
        v = call(m, [exc], null);
      } finally {
        decref(m);
        decref(exc);
      }
      r = { done: false, value: v };
    }
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    // the sub-iterator ended: its return value (StopIteration's) goes on after the loop, any
    // other exception is raised there
    leaveYieldFrom(f);
    if (!isInstance(e.exc, excType('StopIteration'))) return raiseAtYield(f, e.exc);
    const value = getAttrOrNull(e.exc, 'value') ?? none();
    decref(e.exc);
    return sendAfterYieldFrom(f, value);
  }
  if (!r.done) {
    f.yielded = true;
    return r.value;
  }
  leaveYieldFrom(f);
  return sendAfterYieldFrom(f, r.value);
}

/** raise exc (owned) at the suspended yield */
function raiseAtYield(f: Frame, exc: PyObject): PyObject {
  pendingThrow = exc; // runFrame raises it first thing
  return runFrame(f);
}

/** the yield from is over: pop its sub-iterator, and go on at the SEND's target, after the loop */
function leaveYieldFrom(f: Frame): void {
  const sub = f.stack[--f.sp]!;
  f.stack[f.sp] = null;
  decref(sub);
  let word = f.code.words[f.pc];
  if ((word & 0xff) === jumpOpcode) word = f.code.words[word >>> 8];
  f.pc = word >>> 8;
}

/** resume the frame after a finished yield from, with the sub-iterator's result (owned) pushed */
function sendAfterYieldFrom(f: Frame, value: PyObject): PyObject {
  f.stack[f.sp++] = value;
  countResume(f.code);
  return runFrame(f);
}

/** gen_close_iter: close a yield from's sub-iterator (a generator or coroutine directly, another through its close(), if any) */
function closeIter(sub: PyObject): void {
  if (sub.type === GeneratorType || sub.type === CoroutineType) { genClose(sub); return; }
  const m = getAttrOrNull(sub, 'close');
  if (m === null) return;
  try {
    decref(call(m, [], null));
  } finally {
    decref(m);
  }
}
let pendingThrow: PyObject | null = null;

/**
 * The suspended frame is in a yield from (or an await) loop (_PyGen_yf): its yield is followed by
 * the JUMP back to the loop's SEND (or by the SEND itself).
 */
function isYieldFrom(f: Frame): boolean {
  const words = f.code.words;
  let word = words[f.pc];
  if (word !== undefined && (word & 0xff) === jumpOpcode) word = words[word >>> 8];
  return word !== undefined && (word & 0xff) === sendOpcode;
}
let sendOpcode = -1, jumpOpcode = -1;
export function setSendOpcode(send: number, jump: number): void { sendOpcode = send; jumpOpcode = jump; }

export function takePendingThrow(): PyObject | null {
  const e = pendingThrow;
  pendingThrow = null;
  return e;
}

/**
 * gen_iternext: exhaustion is a null return, as for every iterator; a `return value` other than
 * None is parked on the generator so that next() and __next__ raise StopIteration(value), while
 * consumers such as for-loops and list() just stop (CPython clears that StopIteration for them).
 */
function genIternext(g: PyObject): PyObject | null {
  const d = gdata(g);
  const f = d.frame;
  if (!d.running && f !== null && !f.finished) {
    // resume(g, None) for a generator that can run: the same steps, without the result record
    if (f.pc > 0) {
      None.refcnt++;
      f.stack[f.sp++] = None;
    }
    d.running = true;
    countResume(f.code);
    let r: PyObject;
    try {
      r = runFrame(f);
    } catch (e) {
      d.running = false;
      throw stopIterationEscaped(e, f, g);
    }
    d.running = false;
    if (f.yielded && !f.finished) return r;
    return finishedWith(d, r);
  }
  const r = resume(g, null, null);
  if (r.done) return finishedWith(d, r.value);
  return r.value;
}

/** the generator returned `value` (owned): park it (unless None) for StopIteration; iteration ends */
function finishedWith(d: GenData, value: PyObject): null {
  const old = d.stopValue;
  d.stopValue = value !== None ? value : null;
  if (value === None) decref(value);
  xdecref(old);
  return null;
}

/** the parked return value of an exhausted iterator (new reference), or null */
export function takeStopValue(it: PyObject): PyObject | null {
  if (it.type !== GeneratorType) return null;
  const d = gdata(it);
  const v = d.stopValue;
  d.stopValue = null;
  return v;
}

/** StopIteration(value), stealing value: how an awaitable or iterator ends with a result */
export function stopIterationWith(value: PyObject): never {
  const e = errorHooks.newExceptionWithArg(excType('StopIteration'), value);
  decref(value);
  throw new PyErr(e);
}

/** a generator's return (stealing value): StopIteration(value), or a bare StopIteration for None */
function stopIteration(value: PyObject): never {
  if (value === None) {
    decref(value);
    raise(excType('StopIteration'), null);
  }
  return stopIterationWith(value);
}

GeneratorType.iter = (g) => { incref(g); return g; };
GeneratorType.iternext = genIternext;
/** gen.send(v) / coro.send(v) */
export function genSend(g: PyObject, v: PyObject): PyObject {
  const r = resume(g, v, null);
  if (r.done) stopIteration(r.value);
  return r.value;
}
/** gen.throw(typ[, val[, tb]]): the exception to raise, normalised as CPython's _gen_throw does */
export function thrownException(args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 3) raiseTypeError(`throw expected at least 1 argument, got ${args.length}`);
  const [typ, val, tb] = [args[0], args[1] ?? None, args[2] ?? None];
  if (tb !== None && tb.type.name !== 'traceback') raiseTypeError('throw() third argument must be a traceback object');
  const base = excType('BaseException');
  let exc: PyObject;
  if (isInstance(typ, TypeType) && isSubtype(typ as PyType, base)) {
    if (isInstance(val, typ as PyType)) { incref(val); exc = val; }
    else if (val === None) exc = call(typ, [], null);
    else if (isInstance(val, TupleType)) exc = call(typ, val.value as PyObject[], null);
    else exc = call(typ, [val], null);
  } else if (isInstance(typ, base)) {
    if (val !== None) raiseTypeError('instance exception may not have a separate value');
    incref(typ);
    exc = typ;
  } else {
    raiseTypeError(`exceptions must be classes or instances deriving from BaseException, not ${typ.type.name}`);
  }
  if (tb !== None) {
    try { setAttr(exc!, '__traceback__', tb); } catch (e) { decref(exc!); throw e; }
  }
  return exc!;
}

/** gen.throw(...) / coro.throw(...) */
export function genThrow(g: PyObject, args: PyObject[]): PyObject {
  const exc = thrownException(args);
  const r = resume(g, null, exc);
  if (r.done) stopIteration(r.value);
  return r.value;
}

/** the object a suspended `yield from` / `await` delegates to (borrowed), or null (_PyGen_yf) */
export function yieldingFrom(g: PyObject): PyObject | null {
  const f = gdata(g).frame;
  if (f === null || f.finished || f.pc === 0 || !isYieldFrom(f)) return null;
  // (at the yield, the loop's sub-iterator is on top of the stack)
  return f.stack[f.sp - 1]!;
}

// what the kinds share; their attributes differ in prefix (gi_ / cr_ / ag_). An async generator is
// driven through its awaitables instead of send/throw/close (vm/asyncgen.ts), and its ag_running
// is whether one of them runs it.
for (const [type, prefix] of [[GeneratorType, 'gi'], [CoroutineType, 'cr'], [AsyncGenType, 'ag']] as const) {
  if (prefix !== 'ag') {
    method(type, 'send', (g, args) => genSend(g, args[0]));
    method(type, 'throw', genThrow);
    method(type, 'close', (g) => { genClose(g); return none(); });
  }
  getset(type, '__name__', (g) => { incref(gdata(g).name); return gdata(g).name; });
  getset(type, '__qualname__', (g) => { incref(gdata(g).qualname); return gdata(g).qualname; });
  getset(type, `${prefix}_running`, (g) => evalHooks2.newBool(prefix === 'ag' ? gdata(g).runningAsync : gdata(g).running));
  // gi_suspended / cr_suspended (3.11; no ag_suspended): paused at a yield or an await, that is
  // started, neither running nor finished
  if (prefix !== 'ag') getset(type, `${prefix}_suspended`, (g) => evalHooks2.newBool(isSuspended(gdata(g))));
  getset(type, `${prefix}_frame`, (g) => {
    const f = gdata(g).frame;
    if (f === null || f.finished) return none();
    return evalHooks2.frameObject(f);
  });
  getset(type, `${prefix}_code`, (g) => {
    // (the frame, or the code kept for a finished one)
    incref(gdata(g).codeObj);
    return gdata(g).codeObj;
  });
  // (sys.set_coroutine_origin_tracking_depth is not there: the depth stays 0, where cr_origin is None)
  if (prefix === 'cr') getset(type, 'cr_origin', () => none());
  getset(type, { gi: 'gi_yieldfrom', cr: 'cr_await', ag: 'ag_await' }[prefix], (g) => {
    const s = yieldingFrom(g);
    if (s === null) return none();
    incref(s);
    return s;
  });
}
/** the frame is paused at a yield (FRAME_SUSPENDED): it started and has not finished, and nothing runs it */
function isSuspended(d: GenData): boolean {
  const f = d.frame;
  return !d.running && f !== null && !f.finished && f.pc > 0;
}

export const evalHooks2 = {
  newBool: (_b: boolean): PyObject => { throw new Error('not wired'); },
  frameObject: (_f: Frame): PyObject => { throw new Error('not wired'); },
};

/** gen.close(): throw GeneratorExit; a yield in response is a RuntimeError */
export function genClose(g: PyObject): void {
  const d = gdata(g);
  const f = d.frame;
  if (f === null || f.finished || f.pc === 0) {
    if (f !== null && !f.finished) { f.finished = false; clearFrame(f); d.frame = null; }
    return;
  }
  const exit = errorHooks.newException(excType('GeneratorExit'), null);
  try {
    const r = resume(g, null, exit, true);
    if (!r.done) {
      decref(r.value);
      raiseRuntimeError(`${noun(g)} ignored GeneratorExit`);
    }
    decref(r.value);
  } catch (e) {
    if (e instanceof PyErr && (isInstance(e.exc, excType('GeneratorExit')) || isInstance(e.exc, excType('StopIteration')))) {
      decref(e.exc);
      return;
    }
    throw e;
  }
}

/** whether freeing g runs its finalizer: it is suspended, or it is a coroutine never started */
function needsFinalizer(g: PyObject): boolean {
  const f = gdata(g).frame;
  return f !== null && !f.finished && (f.pc > 0 || g.type === CoroutineType);
}

/** _PyGen_Finalize: close a suspended generator; warn about a coroutine never awaited */
function genFinalize(g: PyObject): void {
  if (!needsFinalizer(g)) return;
  try {
    if (gdata(g).frame!.pc === 0) evalHooks3.unawaitedCoroutine(g);
    else genClose(g);
  } catch (e) {
    if (e instanceof PyErr) evalHooks3.unraisable(e.exc, g);
    else throw e;
  }
}
for (const t of [GeneratorType, CoroutineType, AsyncGenType]) t.finalize = genFinalize;
export const evalHooks3 = {
  unraisable: (_e: PyObject, _o: PyObject): void => {},
  /** _PyErr_WarnUnawaitedCoroutine: the RuntimeWarning "coroutine '...' was never awaited" */
  unawaitedCoroutine: (_coro: PyObject): void => {},
};

/** gen_traverse: code, name and qualname, then the frame while it lives (_PyFrame_Traverse's order) */
function genTraverse(g: PyObject, visit: Visit): void {
  const d = gdata(g);
  visit(d.codeObj);
  visit(d.name);
  visit(d.qualname);
  const f = d.frame;
  if (f === null || f.finished) return;
  // the frame's own strong references: without them a suspended generator's function and
  // globals would look referenced from outside any cycle through it
  if (f.frameObject !== null && f.frameObject !== undefined) visit(f.frameObject);
  if (f.locals !== null) visit(f.locals);
  if (f.func !== null && f.func !== undefined) visit(f.func);
  visit(f.codeObj);
  if (ownsNamespaces(f)) {
    visit(f.globals);
    visit(f.builtins);
  }
  for (const v of f.fast) if (v !== null) visit(v);
  for (let i = 0; i < f.sp; i++) if (f.stack[i] !== null) visit(f.stack[i]!);
}
for (const t of [GeneratorType, CoroutineType, AsyncGenType]) t.traverse = genTraverse;

function genDealloc(g: PyObject): void {
  untrack(g);
  // gen_dealloc clears the weak references before the finalizer runs (unlike instances)
  if (g.weaklist !== null) evalHooks4.clearWeakrefs(g);
  const d = gdata(g);
  if (needsFinalizer(g) && !(g.gcBits & GC_FINALIZED)) {
    g.refcnt = 1;
    track(g);
    g.gcBits |= GC_FINALIZED;
    genFinalize(g);
    if (--g.refcnt !== 0) return;
    untrack(g);
  }
  const f = d.frame;
  d.frame = null;
  if (f !== null && !f.finished) {
    f.generator = null;
    clearFrame(f);
  }
  const sv = d.stopValue;
  d.stopValue = null;
  release(g);
  xdecref(sv);
  decref(d.codeObj);
  decref(d.name);
  decref(d.qualname);
}
for (const t of [GeneratorType, CoroutineType, AsyncGenType]) t.dealloc = genDealloc;
export const genHooks = {
  /** set cause and context of `outer` to `inner` (stealing the reference to inner) */
  chain: (_outer: PyObject, _inner: PyObject): void => {},
};
export const evalHooks4 = { clearWeakrefs: (_o: PyObject): void => {} };

GeneratorType.repr = (g) => newStr(`<${g.type.name} object ${gdata(g).qualname.value as string} at ${hexAddr(g)}>`);
GeneratorType.sizeof = (g) => {
  const f = gdata(g).frame;
  const n = f === null ? 0 : f.fast.length + f.code.unit.stacksize;
  return 152 + 8 * n;
};
for (const t of [CoroutineType, AsyncGenType]) {
  t.repr = GeneratorType.repr;
  t.sizeof = GeneratorType.sizeof;
}

evalHooks.newGenerator = newGenerator;
evalHooks.generatorType = () => GeneratorType;
evalHooks.takePendingThrow = takePendingThrow;
evalHooks.generatorFinished = (g) => { const d = gdata(g); d.frame = null; };
/** the value of a StopIteration that ended a `yield from` (new reference), consuming the exception */
function stopIterationValue(exc: PyObject): PyObject {
  const val = getAttrOrNull(exc, 'value') ?? none();
  decref(exc);
  return val;
}

evalHooks.send = (recv, v) => {
  if (isGenLike(recv)) return resume(recv, v, null);
  if (v === None) {
    // (PyIter_Send: next(recv); its StopIteration's value is the result of the `yield from` or
    // `await`: a class's __next__ is called itself, since its iternext slot drops that value)
    let r: PyObject | null;
    try {
      r = recv.type.iternext === iternextDispatch ? callSlotDunder(recv, '__next__', []) : iterNext(recv);
    } catch (e) {
      if (e instanceof PyErr && isInstance(e.exc, excType('StopIteration'))) return { done: true, value: stopIterationValue(e.exc) };
      throw e;
    }
    if (r === null) return { done: true, value: none() };
    return { done: false, value: r };
  }
  const m = getAttrOrNull(recv, 'send');
  if (m === null) raise(excType('AttributeError'), `'${recv.type.name}' object has no attribute 'send'`);
  try {
    return { done: false, value: call(m!, [v], null) };
  } catch (e) {
    if (e instanceof PyErr && isInstance(e.exc, excType('StopIteration'))) return { done: true, value: stopIterationValue(e.exc) };
    throw e;
  } finally {
    decref(m!);
  }
};
void xdecref; void ts;
