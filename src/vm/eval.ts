// LAYER: vm. The interpreter loop (CPython's Python/ceval.c, _PyEval_EvalFrameDefault).
//
//   runFrame(entry) ──> execute(ts.frame): fetch word = code[pc++]; switch (op) { ... }
//        ▲    │              CALL of a Python function: push a new Frame, return SWITCHED
//        │    │              RETURN_VALUE: pop the frame, push the result in the caller, return
//        │    │                SWITCHED (or the result itself when the frame was `entry`)
//        └────┘ SWITCHED:    run execute again, on the new ts.frame
//        └─ exception ───> unwind: find the innermost block of the frame; else pop the frame,
//                          adding traceback entries, until the entry frame, then rethrow to JS
//
// One execute() call runs one frame until it calls, returns or raises, so inside it the frame,
// its code and its instruction array are constants: V8 checks their shapes once per call instead
// of at every instruction (when the loop switched frames itself they were loop variables, and
// the dispatch re-checked the frame's map and the Int32Array's bounds and base at every step).
// Python-to-Python calls still nest no JS frames: a recursion 50,000 deep is 50,000 Frames, as
// in CPython 3.11, and the JS stack stays flat.
//
// Reference discipline on the value stack: every slot below sp holds an owned reference. An
// instruction reads its operands in place, does its work, and only then pops (releasing operands)
// and pushes its result. If the work throws, the operands are still on the stack and the unwinder
// releases them, so no path leaks.

import { PyObject } from '../memory/object.js';
import { decref, xdecref } from '../memory/refcount.js';
import { Op } from '../compiler/opcodes.js';
import { SuperOp } from '../compiler/quicken.js';
import { Frame, releaseStack, stackArgs } from './frame.js';
import { ts } from './state.js';
import { nsLoad } from './namespace.js';
import { makeFunctionFrame, frameFromStack, initFrameFromStack, isGeneratorCode, FRAME_POOL_MAX } from './call.js';
import { callHooks } from './callhooks.js';
import { tpCallHooks, unpackedNamesTuple } from '../objects/tpcall.js';
import { evalHooks } from './evalhooks.js';
import { intFast } from './intfast.js';
import { addSiteAppendsInPlace } from './specialize.js';
import {
  PyErr, raiseTypeError, raiseNameError, excType, errorHooks, isJsStackOverflow, newError, keyError,
} from '../objects/errors.js';
import { itemAt } from '../objects/slice.js';
import {
  recursion, checkRecursion, enterRecursiveCall, leaveRecursiveCall, WHILE_CALLING, IN_COMPARISON,
} from '../objects/recursion.js';
import {
  getAttr, setAttr, getItem, setItem, binaryOp, inplaceOp, richCompare, richCompareUnchecked, isTrue, contains,
  getIter, call, callUnpacked, isInstance, callSpecial, EQ, NE,
} from '../objects/abstract.js';
import { FloatType } from '../objects/float.js';
import { StrType, strAppend } from '../objects/str.js';
import { None, none, NotImplemented } from '../objects/singletons.js';
import { True, False, newBool } from '../objects/bool.js';
import { IntType, newInt, intRepr } from '../objects/int.js';
import { RangeIterType, type RangeIterData } from '../objects/range.js';
import { FunctionType, FunctionData } from '../objects/function.js';
import { MethodType } from '../objects/method.js';
import { MethodDescrType, WrapperDescrType, callMethodDescr, BuiltinFunctionType, type BuiltinData } from '../objects/descriptors.js';
import { Code } from '../objects/code.js';
import { typeLookup, PyType, TypeType, TPFLAGS_HEAPTYPE } from '../objects/type.js';
import { DictTable } from '../objects/dicttable.js';
import { DictType, dictLookup, dictSetItem, dictStoreSubscr } from '../objects/dict.js';
import { ListType } from '../objects/list.js';
import { TupleType, tupleChurnShows, takeFreeTuple, putBackFreeTuple } from '../objects/tuple.js';
import { InstanceValues } from '../objects/sharedkeys.js';
import {
  instanceAttr, objectNew, genericGetAttr, genericGetAttrWith, genericSetAttr, genericSetAttrWith, genericFind,
  noAttributeError,
} from '../objects/object.js';
import { initDispatch } from '../objects/slots.js';
import { executeOther, unboundLocal, unboundDeref, rareCall } from './evalrare.js';
import { pythonCallOf, instanceCallFrame, releaseCallHeld } from './callinstance.js';

/** the budget of backward jumps ran out (ts.checkBudget): let evalHooks.periodicCheck look for Ctrl-C */
function periodicCheck(): void {
  ts.checkBudget = 1 << 30;
  evalHooks.periodicCheck();
}

const NAME_ERROR = (name: string): never => raiseNameError(`name '${name}' is not defined`);

/*
 * A Python exception leaves execute() by return, not by a JS throw: execute returns RAISED with
 * the error in raised.err, and runFrame unwinds. Each JS throw costs a walk of the JS stack, and V8
 * never optimizes a function most of whose calls end in one (executeOther, by which RAISE_VARARGS
 * and RERAISE used to leave, ran interpreted for good in a program raising in a loop: 15-25x
 * python3). A throw remains where the exception starts in a helper (a builtin raising, say), once.
 */
const RAISED = new PyObject(None.type, null, null);
const raised = { err: null as PyErr | null };
/** execute() returns SWITCHED when the running frame changed (a call or a return): runFrame runs ts.frame next */
const SWITCHED = new PyObject(None.type, null, null);

/** Release everything a finished frame owns (locals in order, then the rest), or hand the locals to its frame object. */
export function clearFrame(f: Frame): void {
  if (f.finished) return;
  if (f.callHeld !== null) {
    clearSwitchedFrame(f);
    return;
  }
  f.finished = true;
  while (f.sp > 0) {
    const v = f.stack[--f.sp];
    f.stack[f.sp] = null;
    xdecref(v);
  }
  const fo = f.frameObject;
  if (fo !== null && fo.refcnt > 1) {
    // the frame object outlives the call: it keeps the locals (take_ownership)
    f.frameObject = null;
    evalHooks.frameDetached(fo, f);
    decref(fo);
  } else {
    f.frameObject = null;
    releaseLocals(f);
    if (fo !== null) decref(fo);
    else if (f.generator === null && f.func !== undefined) {
      const pool = f.code.framePool as Frame[];
      if (pool.length < FRAME_POOL_MAX) pool.push(f);
    }
  }
}

/** clearFrame of a frame the loop switched to for a call (Frame.callHeld): then what the call held */
function clearSwitchedFrame(f: Frame): void {
  const held = f.callHeld!;
  f.callHeld = null;
  clearFrame(f);
  releaseCallHeld(held); // the call's own references, then the caller's, after the call
}

export function releaseLocals(f: Frame): void {
  if (f.released) return;
  f.released = true;
  const fast = f.fast;
  for (let i = 0; i < fast.length; i++) {
    const v = fast[i];
    if (v !== null) {
      fast[i] = null;
      decref(v);
    }
  }
  const func = f.func, locals = f.locals;
  f.func = null;
  f.locals = null;
  if (func === null) {
    // a function-less frame owns its namespaces (a function's frame borrows them from it)
    decref(f.globals);
    decref(f.builtins);
  }
  xdecref(func);
  decref(f.codeObj);
  xdecref(locals);
}

/**
 * The recursion units a running frame holds (objects/recursion.ts): its own, and for an inlined
 * __init__ also the one type.__call__'s check took at CALL (_PyObject_MakeTpCall).
 */
const frameUnits = (f: Frame): number => (f.initSelf !== null ? 2 : f.callHeld === null ? 1 : f.callUnits);

function pushFrame(f: Frame): void {
  const units = frameUnits(f);
  if (recursion.depth + units > recursion.limit) recursionLimitHit(f);
  recursion.depth += units;
  f.depth = recursion.depth;
  f.back = ts.frame;
  ts.frame = f;
}

/**
 * The frame would pass the recursion limit: as CPython's check at a frame's start, the
 * RecursionError is made first, then the frame is cleared (releasing the arguments moved into it),
 * and an inlined __init__'s instance is dropped as type.__call__ drops it.
 */
function recursionLimitHit(f: Frame): never {
  const exc = errorHooks.newException(excType('RecursionError'), 'maximum recursion depth exceeded');
  clearFrame(f);
  const self = f.initSelf;
  if (self !== null) {
    endInitCall(f, self, ts.frame!.stack, ts.frame!.sp);
    f.initSelf = null;
    decref(self);
  }
  throw new PyErr(exc);
}

function popFrame(f: Frame): void {
  ts.frame = f.back;
  recursion.depth -= frameUnits(f);
}

/**
 * LOAD_GLOBAL's inline cache: where the name was found last time, as an entry index in the
 * globals table (builtins === null) or in the builtins table. A DictTable keeps an entry at the
 * same index until an insertion or deletion, and every insertion/deletion (and resize/clear)
 * bumps its `version`; replacing the value of an existing key writes vals[index] in place. So
 * while the globals table is the same object with the same version (and, for a builtin, the
 * builtins table too), the name is still at that index (or still absent from the globals), and
 * reading vals[index] gives exactly what a lookup would.
 */
class GlobalCache {
  constructor(
    readonly globals: DictTable, readonly globalsVersion: number,
    readonly builtins: DictTable | null, readonly builtinsVersion: number, readonly index: number,
  ) {}
}

/** LOAD_GLOBAL by lookup (borrowed result), filling the instruction's cache when both namespaces are exact dicts */
function loadGlobalSlow(f: Frame, code: Code, at: number, name: string): PyObject {
  const gt = f.globals.value as DictTable;
  const i = gt.findStr(name);
  if (i >= 0) {
    code.icache[at] = new GlobalCache(gt, gt.version, null, 0, i);
    return gt.vals[i]!;
  }
  const bt = f.builtins.value;
  if (bt instanceof DictTable) {
    const j = bt.findStr(name);
    if (j < 0) return NAME_ERROR(name);
    code.icache[at] = new GlobalCache(gt, gt.version, bt, bt.version, j);
    return bt.vals[j]!;
  }
  const v = nsLoad(f.builtins, name);
  if (v === null) NAME_ERROR(name);
  return v!;
}

/**
 * LOAD_ATTR / STORE_ATTR / LOAD_METHOD inline cache: typeLookup(type, name) as it was when the
 * type had this `version`. Every change to the dict or the bases of a type or of a type in its
 * MRO bumps its version (typeModified, which is also what empties typeLookup's own per-type
 * cache), so for the same type object at the same version the lookup returns the same object.
 * Only the lookup is cached: whether the result is a data descriptor is read from its type each
 * time (a descriptor's class could gain __set__ later).
 */
class TypeAttrCache {
  /**
   * LOAD_ATTR / STORE_ATTR of an instance attribute kept in inline values: the name's index in
   * the type's shared keys (objects/sharedkeys.ts), -1 until the keys have it. Shared keys only
   * grow, so an index once found stays right for this type.
   */
  index = -1;
  /** the number of shared keys when the name was last found missing from them (LOAD_METHOD) */
  absentAt = -1;
  constructor(readonly type: PyType, readonly version: number, readonly descr: PyObject | null) {}
}

/**
 * A new type-lookup cache for instruction `at` (the old one was missing or stale). The attribute
 * instructions in execute() test their cache inline, `c === null || c.type !== tp || c.version
 * !== tp.version`, and call this only on a miss: a helper holding the test was not inlined there
 * (V8's inlining budget for the loop was spent), and a bytecode short enough to be always
 * inlined cannot hold it.
 */
function fillTypeAttrCache(code: Code, at: number, tp: PyType, name: string): TypeAttrCache {
  const n = new TypeAttrCache(tp, tp.version, typeLookup(tp, name));
  code.icache[at] = n;
  return n;
}

/**
 * LOAD_ATTR's fast path under PyObject_GenericGetAttr: a plain instance attribute read from inline
 * values by its cached index (borrowed), when no data descriptor of the class takes precedence;
 * null: take the generic path (which also finds what this misses)
 */
function instanceValue(o: PyObject, name: string, c: TypeAttrCache): PyObject | null {
  const iv = o.values;
  if (iv instanceof InstanceValues && (c.descr === null || c.descr.type.descrSet === null)) {
    return iv.get(c.index >= 0 ? c.index : (c.index = o.type.cachedKeys!.find(name)));
  }
  return null;
}

/**
 * LOAD_ATTR / LOAD_METHOD through the type's own getattr: as getAttr, but an AttributeError gets
 * its .name and .obj from the unwinder (suggestions.ts addErrorContext, at this instruction)
 * rather than from getAttr's catch, which would throw it a second time (~6,000 instructions).
 */
function typeGetAttr(o: PyObject, name: string): PyObject {
  const g = o.type.getattro;
  return g !== null ? g(o, name) : getAttr(o, name);
}

/**
 * LOAD_ATTR through PyObject_GenericGetAttr, reading a plain instance attribute by its cached
 * index (new reference); null, with the AttributeError in raised.err, when there is no such
 * attribute: like subscript()'s errors, it leaves execute() by return (`try: o.x except
 * AttributeError:` costs no JS throw). What a descriptor raises is thrown as before.
 */
function loadAttrGeneric(o: PyObject, name: string, c: TypeAttrCache): PyObject | null {
  const v = instanceValue(o, name, c);
  if (v !== null) {
    v.refcnt++;
    return v;
  }
  return genericFindOrRaised(o, name, c.descr);
}

/** genericFind, with the AttributeError in raised.err when it finds nothing (see loadAttrGeneric) */
function genericFindOrRaised(o: PyObject, name: string, descr: PyObject | null): PyObject | null {
  const r = genericFind(o, name, descr);
  if (r === null) raised.err = noAttributeError(o, name);
  return r;
}

/**
 * LOAD_METHOD: does the instance itself have `name` (which would shadow the method)? Inline
 * values answer by the cached index, or by the keys' size when the name was missing from them.
 */
function hasOwnAttr(o: PyObject, name: string, c: TypeAttrCache): boolean {
  const iv = o.values;
  if (iv instanceof InstanceValues) {
    let ix = c.index;
    if (ix < 0) {
      const keys = o.type.cachedKeys!;
      if (c.absentAt === keys.names.length) return false;
      ix = keys.find(name);
      if (ix < 0) {
        c.absentAt = keys.names.length;
        return false;
      }
      c.index = ix;
    }
    return iv.get(ix) !== null;
  }
  return instanceAttr(o, name) !== null;
}

/** STORE_ATTR through PyObject_GenericSetAttr, storing into inline values by the cached index */
function storeAttrGeneric(o: PyObject, name: string, v: PyObject, c: TypeAttrCache): void {
  const iv = o.values;
  if (iv instanceof InstanceValues && (c.descr === null || c.descr.type.descrSet === null)) {
    const ix = c.index >= 0 ? c.index : (c.index = o.type.cachedKeys!.find(name));
    if (ix >= 0 && ix < iv.vals.length) {
      iv.store(ix, v);
      return;
    }
  }
  genericSetAttrWith(o, name, v, c.descr);
}

const NO_ARGS: PyObject[] = [];

/** slots.ts's initDispatch (the init slot of a class whose __init__ is Python code), once seen */

/**
 * The __init__ function CALL may run in place of type.__call__(cls, ...) (see CALL), or null.
 * That is exactly when type.__call__ would do object.__new__(cls) and then call a Python
 * __init__ through the init slot: cls.__new__ is object.__new__, cls.__init__ resolves to a
 * (non-generator) Python function, and the init slot is the dispatcher that calls it.
 */
function initToInline(tp: PyType): PyObject | null {
  if (tp.new !== objectNew) return null;
  if (tp.init !== initDispatch) return null;
  const init = typeLookup(tp, '__init__');
  if (init === null || init.type !== FunctionType) return null;
  if (isGeneratorCode((init.value as FunctionData).code.value as Code)) return null;
  return init;
}

/** initDispatch's error when __init__ returned something else than None (then type.__call__ drops the instance) */
function initReturnedNotNone(r: PyObject, self: PyObject): never {
  const n = r.type.name;
  decref(r);
  try {
    return raiseTypeError(`__init__() should return None, not '${n}'`);
  } finally {
    decref(self);
  }
}

/** Run a frame to completion (or to its next yield) and return its result: a new reference. */
export function runFrame(entry: Frame): PyObject {
  pushFrame(entry);
  let f = entry;
  const thrown = evalHooks.takePendingThrow();
  let err = thrown === null ? null : new PyErr(thrown);
  for (;;) {
    if (err === null) {
      try {
        const r = execute(f, entry);
        if (r === SWITCHED) {
          f = ts.frame!;
          continue;
        }
        if (r === RAISED) {
          err = raised.err!;
          raised.err = null;
        } else {
          // a generator's frame (always the entry frame: generators resume through runFrame) that
          // returned; done here rather than in RETURN_VALUE, where the first generator to finish after
          // V8 optimized the loop would throw the optimized loop away (an operation it never saw run)
          const gen = entry.generator;
          if (gen !== null && entry.finished) evalHooks.generatorFinished(gen);
          return r;
        }
      } catch (e) {
        if (e instanceof PyErr) err = e;
        else err = internalError(e);
      }
    }
    const handler = unwind(err, entry);
    if (handler === null) throw err;
    f = handler;
    err = null;
  }
}

/**
 * A JS error that left an instruction, as the Python exception the program sees: a JS stack
 * overflow is a RecursionError, an allocation V8 refuses a MemoryError; anything else is a bug in
 * pyheap, raised as CPython raises its own internal errors, a SystemError, so the program's
 * handlers, its traceback and its buffered output behave as for any other exception
 * (PYHEAP_DEBUG=1 also prints the JS stack).
 */
function internalError(e: unknown): PyErr {
  if (isJsStackOverflow(e)) return newError(excType('RecursionError'), 'maximum recursion depth exceeded');
  // an allocation V8 refused (an array, typed array or string past its limits): CPython's MemoryError
  if (e instanceof RangeError && /^(Invalid (typed )?array length|Array buffer allocation failed|Invalid string length)/.test(e.message)) {
    return newError(excType('MemoryError'), null);
  }
  const message = e instanceof Error ? e.message : String(e);
  if (process.env.PYHEAP_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : message}\n`);
  return newError(excType('SystemError'), `pyheap internal error: ${message}`);
}

/**
 * Where an exception raised in the running frame goes: the innermost handler of that frame, or of
 * the frames below it, popping (and clearing) each frame left without one, up to the entry frame
 * of this runFrame; the frame to continue in, its stack cut to the handler's level with the
 * exception pushed; null when the entry frame had none either (runFrame then throws it to its
 * caller: not here, so that this function ends by return, which lets V8 optimize it).
 */
function unwind(err: PyErr, entry: Frame): Frame | null {
  let f = ts.frame!;
  let reraising = evalHooks.takeReraiseFlag();
  if (!reraising) evalHooks.chainContext(err.exc);
  for (;;) {
    if (!reraising) evalHooks.addTraceback(err.exc, f);
    reraising = false;
    const blocks = f.blocks;
    if (blocks !== null && blocks.length > 0) {
      const pushLasti = blocks.pop() === 1;
      const level = blocks.pop()!;
      const h = blocks.pop()!;
      while (f.sp > level) {
        const v = f.stack[--f.sp];
        f.stack[f.sp] = null;
        xdecref(v);
      }
      if (pushLasti) f.stack[f.sp++] = newInt(f.lasti);
      f.stack[f.sp++] = err.exc;
      f.pc = h;
      return f;
    }
    // no handler: the frame is done
    popFrame(f);
    const gen = f.generator;
    const initSelf = f.initSelf;
    clearFrame(f);
    if (gen !== null) evalHooks.generatorFinished(gen);
    if (initSelf !== null) {
      // an inlined __init__ failed: type.__call__ drops the instance
      endInitCall(f, initSelf, f.back!.stack, f.back!.sp);
      f.initSelf = null;
      decref(initSelf);
    }
    if (f === entry) return null;
    f = f.back!;
    ts.frame = f;
  }
}

/** BINARY_OP's result (a new reference) for operands a, b: two ints of one JS number each on intFast's path */
function binaryOpResult(a: PyObject, b: PyObject, arg: number): PyObject {
  if (a.type === IntType && b.type === IntType && typeof a.value === 'number' && typeof b.value === 'number') {
    const r = intFast(a.value, b.value, arg);
    if (r !== null) return r;
  }
  return arg >= 13 ? inplaceOp(a, b, arg - 13) : binaryOp(a, b, arg);
}

/**
 * BINARY_SUBSCR's work: o[k] as a new reference; or null, with the error in raised.err, when an
 * exact dict lacks the key or an int index of an exact list or tuple is out of range. Those
 * KeyErrors and IndexErrors (`try: d[k] except KeyError:`) leave execute() by return: a JS throw
 * costs ~6,000 instructions (V8 makes a message with the throw's location for every throw not
 * under an embedder's TryCatch) before the stack walk to the handler.
 */
function subscript(o: PyObject, k: PyObject): PyObject | null {
  const tp = o.type;
  if (tp === DictType) {
    const v = dictLookup(o, k);
    if (v === null) raised.err = keyError(k);
    return v;
  }
  if ((tp === ListType || tp === TupleType) && k.type === IntType && typeof k.value === 'number') {
    // (list's and tuple's own getitem, as objects/list.ts and tuple.ts write it)
    const v = itemAt(o.value as PyObject[], k.value);
    if (v === undefined) {
      raised.err = newError(excType('IndexError'), tp === ListType ? 'list index out of range' : 'tuple index out of range');
      return null;
    }
    v.refcnt++;
    return v;
  }
  return getItem(o, k);
}

/** STORE_FAST's work: local i takes the reference v; the old value is released (a __del__ may run) */
function storeLocal(fast: (PyObject | null)[], i: number, v: PyObject): void {
  const old = fast[i];
  fast[i] = v;
  if (old !== null) decref(old);
}

/**
 * LOAD_FAST of a local that is not set: UnboundLocalError (sp: the stack top then). Each LOAD_FAST
 * site tests for null, increments and pushes inline: through a helper, V8 inlined only one of
 * the nine sites into execute() (its inlining budget is spent on the loop's first calls), and a
 * call per local read cost ~3% of the calls benchmark's instructions.
 */
function unboundLocalAt(f: Frame, i: number, sp: number): never {
  f.sp = sp;
  return unboundLocal(f, i);
}

const COMPACT_INT = 2 ** 30;

/**
 * Whether CPython 3.11 runs this COMPARE_OP (in warm code) as one of its specialised forms,
 * which skip PyObject_RichCompare's recursion check: COMPARE_OP_INT_JUMP (two ints of one digit),
 * COMPARE_OP_FLOAT_JUMP, COMPARE_OP_STR_JUMP (== and != only), each only when a POP_JUMP_IF
 * follows. Only where a RecursionError comes from, and its message, depend on it.
 */
function compareIsSpecialised(a: PyObject, b: PyObject, op: number, next: number): boolean {
  const nextOp = next & 0xff;
  if (nextOp !== Op.POP_JUMP_IF_FALSE && nextOp !== Op.POP_JUMP_IF_TRUE) return false;
  const t = a.type;
  if (t !== b.type) return false;
  if (t === IntType) {
    const x = a.value, y = b.value;
    return typeof x === 'number' && typeof y === 'number' && x < COMPACT_INT && x > -COMPACT_INT && y < COMPACT_INT && y > -COMPACT_INT;
  }
  if (t === FloatType) return true;
  return t === StrType && (op === EQ || op === NE);
}

/**
 * FOR_ITER's step: the next item (new reference), or null when the iterator is exhausted; a
 * range iterator's step (objects/range.ts rangeIterNext) is done here without the iternext call
 */
function iterStep(it: PyObject): PyObject | null {
  if (it.type === RangeIterType && typeof (it.value as RangeIterData).len === 'number') {
    const d = it.value as RangeIterData;
    const len = d.len as number;
    if (len <= 0) return null;
    const r = d.start as number;
    d.start = r + (d.step as number);
    d.len = len - 1;
    return newInt(r);
  }
  return forIterNext(it);
}

/** FOR_ITER's step through the iterator's type: the next item (new reference), or null when exhausted */
function forIterNext(it: PyObject): PyObject | null {
  const next = it.type.iternext;
  if (next === null) raiseTypeError(`'${it.type.name}' object is not an iterator`);
  try {
    return next!(it);
  } catch (e) {
    if (!(e instanceof PyErr) || !isInstance(e.exc, excType('StopIteration'))) throw e;
    decref(e.exc);
    return null;
  }
}

/**
 * CALL of a class whose __init__ the loop runs itself (see CALL): make the instance and the
 * __init__ frame with new references to (instance, *args); the caller's callable and arguments
 * stay on its stack (from `base`) until __init__ returns (RETURN_VALUE).
 */
function initFrame(tp: PyType, init: PyObject, stack: (PyObject | null)[], base: number, start: number, sp: number,
  kwnames: string[] | null): Frame {
  // _PyObject_MakeTpCall packs the arguments before tp_new runs (objects/tpcall.ts)
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = sp - start - nkw;
  let tuple: PyObject | null = null;
  let held = 0;
  let block: PyObject | null = null;
  if (tupleChurnShows(npos)) tuple = callHooks.newTuple(stackArgs(stack, start, start + npos));
  else {
    // (the tuple's block stays reserved off its free list: objects/tpcall.ts)
    block = takeFreeTuple(npos);
    held = npos;
    for (let i = start; i < start + npos; i++) stack[i]!.refcnt++;
  }
  const dict = nkw === 0 ? null : tpCallHooks.newKwDict(kwnames!, stackArgs(stack, sp - nkw, sp));
  let obj: PyObject | null = null;
  try {
    obj = objectNew(tp, NO_ARGS, null);
    const nf = initFrameFromStack(init, obj, stack, start, sp, kwnames);
    nf.initSelf = obj;
    nf.initBase = base;
    nf.initArgs = start;
    nf.initHeldArgs = held;
    if (block !== null) nf.initArgsBlock = block;
    if (tuple !== null) nf.initArgsTuple = tuple;
    if (dict !== null) {
      nf.initKwDict = dict;
      // slot_tp_init's _PyStack_UnpackDict: one more reference to the instance and each argument
      obj.refcnt++;
      for (let i = start; i < sp; i++) stack[i]!.refcnt++;
      nf.initUnpacked = true;
      nf.initKwNames = unpackedNamesTuple(kwnames!);
    }
    return nf;
  } catch (e) {
    if (obj !== null) decref(obj);
    for (let i = start; i < start + held; i++) stack[i]!.refcnt--;
    if (block !== null) putBackFreeTuple(npos, block);
    xdecref(tuple);
    xdecref(dict);
    throw e;
  }
}

/**
 * An inlined __init__ is over (returned, raised, or never started): give back the references
 * type.__call__ held meanwhile on the instance and on the arguments, which the caller's stack
 * (`stack` up to `sp`) still holds.
 */
function endInitCall(f: Frame, self: PyObject, stack: (PyObject | null)[], sp: number): void {
  // (the caller's stack and type.__call__ still hold each of these: no count reaches zero here)
  const start = f.initArgs;
  const held = f.initHeldArgs;
  if (held !== 0) {
    f.initHeldArgs = 0;
    for (let i = start; i < start + held; i++) stack[i]!.refcnt--;
    const block = f.initArgsBlock;
    if (block !== null) {
      f.initArgsBlock = null;
      putBackFreeTuple(held, block);
    }
  }
  if (f.initArgsTuple !== null || f.initKwDict !== null) endPackedInitCall(f, self, stack, sp);
}

/** endInitCall's rarer part: a tuple or a dict was made, and with keywords the unpacked copy */
function endPackedInitCall(f: Frame, self: PyObject, stack: (PyObject | null)[], sp: number): void {
  const start = f.initArgs;
  if (f.initUnpacked) {
    f.initUnpacked = false;
    self.refcnt--;
    for (let i = start; i < sp; i++) stack[i]!.refcnt--;
    const names = f.initKwNames;
    f.initKwNames = null;
    xdecref(names);
  }
  const tuple = f.initArgsTuple, dict = f.initKwDict;
  f.initArgsTuple = null;
  f.initKwDict = null;
  xdecref(tuple);
  xdecref(dict);
}

/** the inline __init__ cached for CALL at `at` of class tp (null: call the class normally) */
function cachedInit(code: Code, at: number, tp: PyType): PyObject | null {
  const c = code.icache[at] as TypeAttrCache | null;
  if (c !== null && c.type === tp && c.version === tp.version) {
    // (the type's version does not cover an assignment to __init__.__code__)
    const init = c.descr;
    return init === null || isGeneratorCode((init.value as FunctionData).code.value as Code) ? null : init;
  }
  // (what initToInline decides depends only on the type's dict and MRO: its version)
  const init = initToInline(tp);
  code.icache[at] = new TypeAttrCache(tp, tp.version, init);
  return init;
}

/**
 * The end of type.__call__ for an inlined __init__ (see CALL), back in the caller: check
 * __init__'s result r, release the caller's callable and arguments (from `base` up to sp), push
 * the instance. Returns the new sp.
 */
function finishInit(f: Frame, stack: (PyObject | null)[], sp: number, base: number, r: PyObject, self: PyObject): number {
  endInitCall(f, self, stack, sp);
  if (r !== None) initReturnedNotNone(r, self);
  decref(r);
  releaseStack(stack, base, sp);
  stack[base] = self;
  return base + 1;
}

/** CALL of anything but a Python function or an inlined class: through its type's call slot */
function callOther(callable: PyObject, stack: (PyObject | null)[], base: number, start: number, sp: number,
  kwnames: string[] | null, quickened: boolean): PyObject {
  // str(x) in quickened code is 3.11's PRECALL_NO_KW_STR_1: PyObject_Str, no args tuple (before
  // that, str has no vectorcall and the call packs its argument: objects/tpcall.ts)
  if (callable === StrType && sp === start + 1 && kwnames === null && quickened) {
    const a = stack[start]!;
    return a.type === IntType ? intRepr(a) : callUnpacked(StrType, [a], null);
  }
  if (callable.type === MethodDescrType && start === base + 1 && sp > start) {
    if (kwnames === null) return callMethodDescr(callable, stack[start]!, stackArgs(stack, start + 1, sp), null);
    // 3.11 does not specialise a method call with keywords: method_vectorcall checks the depth
    enterRecursiveCall(WHILE_CALLING);
    try {
      return callMethodDescr(callable, stack[start]!, stackArgs(stack, start + 1, sp), kwnames);
    } finally {
      leaveRecursiveCall();
    }
  }
  if (callable.type === BuiltinFunctionType) return (callable.value as BuiltinData).fn(stackArgs(stack, start, sp), kwnames);
  return call(callable, stackArgs(stack, start, sp), kwnames);
}

/**
 * The dispatch loop proper, on one frame: returns SWITCHED when it calls a Python function or
 * returns to its caller (the new frame is ts.frame), RAISED when an exception leaves the
 * instruction, else the value `entry` returns or yields. It holds the instructions
 * ordinary code runs all the time; the others run in evalrare.ts's executeOther (why: there).
 */
function execute(f: Frame, entry: Frame): PyObject {
  const code = f.code;
  const words = code.run;
  const consts = code.consts;
  const names = code.names;
  const stack = f.stack;
  const fast = f.fast;
  let sp = f.sp;
  let pc = f.pc;
  /** the keyword names KW_NAMES gives the CALL right after it */
  let callKwnames: string[] | null = null;
  try {
    for (;;) {
      // the instruction being run, exact at every step (line numbers of tracebacks, tracemalloc and
      // f_lineno read it): one store, cheaper than testing whether anyone needs it
      f.lasti = pc;
      const word = words[pc++];
      const arg = word >>> 8;
      switch (word & 0xff) {
        case Op.NOP: break;
        case Op.POP_TOP: { const v = stack[--sp]!; stack[sp] = null; decref(v); break; }
        case Op.PUSH_NULL: stack[sp++] = null; break;
        case Op.COPY: { const v = stack[sp - arg]!; v.refcnt++; stack[sp++] = v; break; }
        case Op.SWAP: { const t = stack[sp - 1]; stack[sp - 1] = stack[sp - arg]; stack[sp - arg] = t; break; }
        case Op.LOAD_CONST: { const v = consts[arg]; v.refcnt++; stack[sp++] = v; break; }
        case Op.LOAD_FAST: {
          const v = fast[arg];
          if (v === null) unboundLocalAt(f, arg, sp);
          v.refcnt++;
          stack[sp++] = v;
          break;
        }
        case Op.STORE_FAST: {
          const v = stack[--sp]!;
          stack[sp] = null;
          storeLocal(fast, arg, v);
          break;
        }
        // superinstructions (compiler/quicken.ts): the second half's argument is the next word's,
        // and pc moves past it before the second half runs, so an error there is reported at
        // that instruction (the catch below sets lasti = pc - 1)
        case SuperOp.LOAD_FAST__LOAD_FAST: {
          const v = fast[arg];
          if (v === null) unboundLocalAt(f, arg, sp);
          v.refcnt++;
          stack[sp++] = v;
          const arg2 = words[pc++] >>> 8;
          const v2 = fast[arg2];
          if (v2 === null) unboundLocalAt(f, arg2, sp);
          v2.refcnt++;
          stack[sp++] = v2;
          break;
        }
        case SuperOp.LOAD_FAST__LOAD_CONST: {
          const v = fast[arg];
          if (v === null) unboundLocalAt(f, arg, sp);
          v.refcnt++;
          stack[sp++] = v;
          const c = consts[words[pc++] >>> 8];
          c.refcnt++;
          stack[sp++] = c;
          break;
        }
        case SuperOp.LOAD_CONST__LOAD_FAST: {
          const c = consts[arg];
          c.refcnt++;
          stack[sp++] = c;
          const arg2 = words[pc++] >>> 8;
          const v = fast[arg2];
          if (v === null) unboundLocalAt(f, arg2, sp);
          v.refcnt++;
          stack[sp++] = v;
          break;
        }
        case SuperOp.STORE_FAST__LOAD_FAST: {
          const v = stack[--sp]!;
          stack[sp] = null;
          storeLocal(fast, arg, v);
          const arg2 = words[pc++] >>> 8;
          const v2 = fast[arg2];
          if (v2 === null) unboundLocalAt(f, arg2, sp);
          v2.refcnt++;
          stack[sp++] = v2;
          break;
        }
        case SuperOp.STORE_FAST__STORE_FAST: {
          const v = stack[--sp]!;
          stack[sp] = null;
          storeLocal(fast, arg, v);
          // the second store's release can run a __del__ that reads this frame's line
          f.lasti = pc;
          const arg2 = words[pc++] >>> 8;
          const v2 = stack[--sp]!;
          stack[sp] = null;
          storeLocal(fast, arg2, v2);
          break;
        }
        case Op.LOAD_GLOBAL: {
          const gt = f.globals.value as DictTable;
          const c = code.icache[pc - 1] as GlobalCache | null;
          let v: PyObject | null;
          if (c !== null && c.globals === gt && c.globalsVersion === gt.version) {
            if (c.builtins === null) v = gt.vals[c.index];
            else if (c.builtins === f.builtins.value && c.builtinsVersion === c.builtins.version) v = c.builtins.vals[c.index];
            else { f.sp = sp; v = loadGlobalSlow(f, code, pc - 1, names[arg >> 1]); }
          } else {
            f.sp = sp;
            v = loadGlobalSlow(f, code, pc - 1, names[arg >> 1]);
          }
          if (arg & 1) stack[sp++] = null;
          v!.refcnt++;
          stack[sp++] = v;
          break;
        }
        case Op.LOAD_DEREF: {
          const cell = fast[code.nlocals + arg]!;
          const v = cell.value as PyObject | null;
          if (v === null) { f.sp = sp; unboundDeref(f, arg); }
          v!.refcnt++;
          stack[sp++] = v;
          break;
        }
        case Op.STORE_DEREF: {
          const v = stack[--sp]!;
          stack[sp] = null;
          const cell = fast[code.nlocals + arg]!;
          const old = cell.value as PyObject | null;
          cell.value = v;
          if (old !== null) decref(old);
          break;
        }
        case Op.LOAD_ATTR: {
          f.sp = sp;
          const o = stack[sp - 1]!;
          const tp = o.type;
          const name = names[arg];
          let v: PyObject | null;
          if (tp.getattro === genericGetAttr) {
            const at = pc - 1;
            let c = code.icache[at] as TypeAttrCache | null;
            if (c === null || c.type !== tp || c.version !== tp.version) c = fillTypeAttrCache(code, at, tp, name);
            v = loadAttrGeneric(o, name, c);
            if (v === null) {
              f.pc = pc;
              f.lasti = pc - 1;
              return RAISED;
            }
          } else v = typeGetAttr(o, name);
          stack[sp - 1] = v;
          decref(o);
          break;
        }
        case SuperOp.LOAD_FAST__LOAD_ATTR: {
          // LOAD_FAST, then LOAD_ATTR on that local. An instance attribute read from inline values
          // (instanceValue) is pushed without pushing the object first: its count would only go up
          // and back down, with nothing run in between. Any other lookup runs as the two
          // instructions would, with the object on the stack (a getter may look at its count).
          const o = fast[arg];
          if (o === null) { f.sp = sp; unboundLocal(f, arg); }
          f.lasti = pc;
          const arg2 = words[pc++] >>> 8;
          const name = names[arg2];
          const tp = o!.type;
          const generic = tp.getattro === genericGetAttr;
          const at = pc - 1;
          let c = generic ? code.icache[at] as TypeAttrCache | null : null;
          if (generic && (c === null || c.type !== tp || c.version !== tp.version)) c = fillTypeAttrCache(code, at, tp, name);
          const hit = c !== null ? instanceValue(o!, name, c) : null;
          if (hit !== null) {
            hit.refcnt++;
            stack[sp++] = hit;
            break;
          }
          o!.refcnt++;
          stack[sp++] = o;
          f.sp = sp;
          let v: PyObject | null;
          if (c !== null) {
            v = genericFindOrRaised(o!, name, c.descr);
            if (v === null) {
              f.pc = pc;
              f.lasti = pc - 1;
              return RAISED;
            }
          } else v = typeGetAttr(o!, name);
          stack[sp - 1] = v;
          decref(o!);
          break;
        }
        case SuperOp.LOAD_FAST__LOAD_FAST__STORE_ATTR:
        case Op.STORE_ATTR: {
          let nameAt = arg;
          if ((word & 0xff) === SuperOp.LOAD_FAST__LOAD_FAST__STORE_ATTR) {
            // `self.x = x`: the two LOAD_FASTs (as LOAD_FAST__LOAD_FAST), then the STORE_ATTR
            const v1 = fast[arg];
            if (v1 === null) unboundLocalAt(f, arg, sp);
            v1.refcnt++;
            stack[sp++] = v1;
            const arg2 = words[pc++] >>> 8;
            const v2 = fast[arg2];
            if (v2 === null) unboundLocalAt(f, arg2, sp);
            v2.refcnt++;
            stack[sp++] = v2;
            f.lasti = pc;
            nameAt = words[pc++] >>> 8;
          }
          f.sp = sp;
          const o = stack[sp - 1]!, v = stack[sp - 2]!;
          const tp = o.type;
          const name = names[nameAt];
          if (tp.setattro === genericSetAttr) {
            const at = pc - 1;
            let c = code.icache[at] as TypeAttrCache | null;
            if (c === null || c.type !== tp || c.version !== tp.version) c = fillTypeAttrCache(code, at, tp, name);
            storeAttrGeneric(o, name, v, c);
          } else setAttr(o, name, v);
          sp -= 2; stack[sp] = null; stack[sp + 1] = null;
          decref(o); decref(v);
          break;
        }
        case SuperOp.LOAD_FAST__LOAD_METHOD:
        case Op.LOAD_METHOD: {
          let nameAt = arg;
          if ((word & 0xff) === SuperOp.LOAD_FAST__LOAD_METHOD) {
            // `local.method(...)`: LOAD_FAST, then the LOAD_METHOD at the next index
            const self = fast[arg];
            if (self === null) unboundLocalAt(f, arg, sp);
            self.refcnt++;
            stack[sp++] = self;
            f.lasti = pc;
            nameAt = words[pc++] >>> 8;
          }
          f.sp = sp;
          const o = stack[sp - 1]!;
          const name = names[nameAt];
          const tp = o.type;
          const generic = tp.getattro === genericGetAttr;
          const at = pc - 1;
          let c = generic ? code.icache[at] as TypeAttrCache | null : null;
          if (generic && (c === null || c.type !== tp || c.version !== tp.version)) c = fillTypeAttrCache(code, at, tp, name);
          const d = c !== null ? c.descr : null;
          // (_PyObject_GetMethod: a function, or a descriptor with Py_TPFLAGS_METHOD_DESCRIPTOR)
          if (d !== null && (d.type === FunctionType || d.type === MethodDescrType || d.type === WrapperDescrType) &&
              !(tp.hasDict && hasOwnAttr(o, name, c!))) {
            d.refcnt++;
            stack[sp - 1] = d;
            stack[sp++] = o;
          } else {
            const v = generic ? genericGetAttrWith(o, name, d) : typeGetAttr(o, name);
            stack[sp - 1] = null;
            stack[sp++] = v;
            decref(o);
          }
          break;
        }
        case Op.BINARY_SUBSCR: {
          f.sp = sp;
          const k = stack[sp - 1]!, o = stack[sp - 2]!;
          const v = subscript(o, k);
          if (v === null) {
            // (as the catch below, for the error subscript() returns instead of throwing)
            f.pc = pc;
            f.lasti = pc - 1;
            return RAISED;
          }
          sp--; stack[sp] = null; stack[sp - 1] = v;
          decref(k); decref(o);
          break;
        }
        case Op.STORE_SUBSCR: {
          f.sp = sp;
          const k = stack[sp - 1]!, o = stack[sp - 2]!, v = stack[sp - 3]!;
          if (o.type === DictType) {
            // (quickened, 3.11 runs STORE_SUBSCR_DICT; before that PyObject_SetItem: PyDict_SetItem)
            if (code.warmup === 0) dictStoreSubscr(o, k, v); else dictSetItem(o, k, v);
          } else setItem(o, k, v);
          sp -= 3; stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
          decref(k); decref(o); decref(v);
          break;
        }
        case SuperOp.BINARY_ADD__STORE_FAST: case Op.BINARY_OP: {
          f.sp = sp;
          const b = stack[sp - 1]!, a = stack[sp - 2]!;
          if ((word & 0xff) === SuperOp.BINARY_ADD__STORE_FAST && code.warmup === 0
            && addSiteAppendsInPlace(code, pc - 1, a, b, fast[words[pc] >>> 8])) {
            // 3.11's BINARY_OP_INPLACE_ADD_UNICODE (vm/specialize.ts): the local takes a + b
            // itself (a is appended to in place when nothing else sees it) and the STORE_FAST
            // is skipped; the stack's reference to a is never the last (the local holds a)
            sp -= 2; stack[sp] = null; stack[sp + 1] = null;
            a.refcnt--;
            fast[words[pc++] >>> 8] = strAppend(a, b);
            decref(b);
            break;
          }
          const r = binaryOpResult(a, b, arg);
          sp--; stack[sp] = null; stack[sp - 1] = r;
          decref(a); decref(b);
          break;
        }
        case Op.COMPARE_OP: {
          f.sp = sp;
          const b = stack[sp - 1]!, a = stack[sp - 2]!;
          // 3.11's specialised compare-and-jump forms skip PyObject_RichCompare's recursion check;
          // which form runs matters only at the limit (they run no Python code)
          const atLimit = recursion.depth >= recursion.limit;
          if (atLimit && !compareIsSpecialised(a, b, arg, words[pc])) checkRecursion(IN_COMPARISON);
          let r: PyObject;
          if (a.type === IntType && b.type === IntType && typeof a.value === 'number' && typeof b.value === 'number') {
            const x = a.value, y = b.value;
            r = (arg === 0 ? x < y : arg === 1 ? x <= y : arg === 2 ? x === y : arg === 3 ? x !== y : arg === 4 ? x > y : x >= y) ? True : False;
            r.refcnt++;
          } else {
            r = atLimit ? richCompareUnchecked(a, b, arg) : richCompare(a, b, arg);
          }
          sp--; stack[sp] = null; stack[sp - 1] = r;
          decref(a); decref(b);
          break;
        }
        case Op.IS_OP: {
          const b = stack[sp - 1]!, a = stack[sp - 2]!;
          const r = newBool((a === b) !== (arg === 1));
          sp--; stack[sp] = null; stack[sp - 1] = r;
          decref(a); decref(b);
          break;
        }
        case Op.CONTAINS_OP: {
          f.sp = sp;
          const c = stack[sp - 1]!, item = stack[sp - 2]!;
          const r = newBool(contains(c, item) !== (arg === 1));
          sp--; stack[sp] = null; stack[sp - 1] = r;
          decref(c); decref(item);
          break;
        }
        case Op.JUMP:
          if (arg < pc) {
            // a backward jump warms the code (not a yield-from's jump back to SEND: vm/specialize.ts)
            if (code.warmup !== 0 && (words[arg] & 0xff) !== Op.SEND) code.warmup++;
            if (--ts.checkBudget <= 0) { f.sp = sp; periodicCheck(); }
          }
          pc = arg;
          break;
        case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: {
          const v = stack[sp - 1]!;
          let t: boolean;
          if (v === True) t = true;
          else if (v === False || v === None) t = false;
          else { f.sp = sp; t = isTrue(v); }
          sp--; stack[sp] = null; decref(v);
          if (t === ((word & 0xff) === Op.POP_JUMP_IF_TRUE)) {
            if (arg < pc && --ts.checkBudget <= 0) { f.sp = sp; periodicCheck(); }
            pc = arg;
          }
          break;
        }
        case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE: {
          const v = stack[--sp]!;
          stack[sp] = null;
          const isNone = v === None;
          decref(v);
          if (isNone === ((word & 0xff) === Op.POP_JUMP_IF_NONE)) pc = arg;
          break;
        }
        case Op.GET_ITER: {
          f.sp = sp;
          const o = stack[sp - 1]!;
          const it = getIter(o);
          stack[sp - 1] = it;
          decref(o);
          break;
        }
        case Op.FOR_ITER: {
          f.sp = sp;
          const top = sp - 1;
          const it = stack[top]!;
          const v = iterStep(it);
          // Exhausted: pop and release the iterator, jump past the loop. Written so that the
          // exit runs the same operations as a step, differing only in register moves: V8
          // deoptimizes the optimized loop at an operation it never saw run, and a loop's first
          // exit often comes after the loop was optimized (then a recompile, ~0.2 s of slow code).
          // A step adds 1 to the iterator's count and releases 1 (net zero); the exit adds 0.
          let at = sp, next = sp + 1, keep = 1;
          if (v === null) { at = top; next = top; keep = 0; pc = arg; }
          stack[at] = v;
          sp = next;
          it.refcnt += keep;
          decref(it);
          break;
        }
        case SuperOp.JUMP__FOR_ITER__STORE_FAST:
        case SuperOp.FOR_ITER__STORE_FAST: {
          // FOR_ITER, then the STORE_FAST of the item (not run when the loop ends)
          let exitAt = arg;
          if ((word & 0xff) === SuperOp.JUMP__FOR_ITER__STORE_FAST) {
            // the loop's backward JUMP (as Op.JUMP: it warms the code), then the FOR_ITER__STORE_FAST
            // it jumps to
            if (code.warmup !== 0) code.warmup++;
            if (--ts.checkBudget <= 0) { f.sp = sp; periodicCheck(); }
            pc = arg;
            f.lasti = pc;
            exitAt = words[pc++] >>> 8;
          }
          f.sp = sp;
          const top = sp - 1;
          const it = stack[top]!;
          const v = iterStep(it);
          // the exit differs from a step only in register moves (see FOR_ITER); a step writes
          // null to the free slot above the iterator, the exit to the iterator's slot
          let next = sp, keep = 1;
          if (v === null) {
            next = top; keep = 0; pc = exitAt;
          } else {
            f.lasti = pc; // the store's release can run a __del__ that reads this frame's line
            const arg2 = words[pc++] >>> 8;
            storeLocal(fast, arg2, v);
          }
          stack[next] = null;
          sp = next;
          it.refcnt += keep;
          decref(it);
          break;
        }
        case SuperOp.LOAD_CONST__RETURN_VALUE:
        case SuperOp.BINARY_OP__RETURN_VALUE:
        case Op.RETURN_VALUE: {
          const op = word & 0xff;
          let r: PyObject;
          if (op === SuperOp.LOAD_CONST__RETURN_VALUE) {
            // `return None` / `return <constant>`: the constant is returned without being pushed
            r = consts[arg];
            r.refcnt++;
            f.lasti = pc++;
          } else if (op === SuperOp.BINARY_OP__RETURN_VALUE) {
            // `return a + b`: BINARY_OP as above, its result returned without being pushed
            f.sp = sp;
            const b = stack[sp - 1]!, a = stack[sp - 2]!;
            r = binaryOpResult(a, b, arg);
            sp -= 2; stack[sp] = null; stack[sp + 1] = null;
            decref(a); decref(b);
            f.lasti = pc++;
          } else {
            r = stack[--sp]!;
            stack[sp] = null;
          }
          f.sp = sp;
          f.yielded = false;
          // popFrame(f), written out: V8 did not inline it here
          ts.frame = f.back;
          recursion.depth -= frameUnits(f);
          const initSelf = f.initSelf, initBase = f.initBase;
          clearFrame(f);
          if (f === entry) {
            // (a generator's frame is always the entry frame: runFrame tells the generator)
            f.pc = pc;
            f.lasti = pc - 1;
            return r;
          }
          f.initSelf = null;
          const back = f.back!;
          ts.frame = back;
          if (initSelf !== null) back.sp = finishInit(f, back.stack, back.sp, initBase, r, initSelf);
          else back.stack[back.sp++] = r;
          return SWITCHED;
        }
        case Op.KW_NAMES: {
          // the names as a JS array, made once per constant
          const cache = code.kwnamesCache;
          let names = cache[arg];
          if (names === undefined) names = cache[arg] = (consts[arg].value as PyObject[]).map((s) => s.value as string);
          callKwnames = names;
          break;
        }
        case Op.CALL: {
          f.sp = sp;
          const kwnames = callKwnames;
          callKwnames = null;
          const base = sp - arg - 2;
          let callable = stack[base];
          let start = base + 2;
          if (callable === null) {
            callable = stack[base + 1]!;
            if (callable.type === MethodType) {
              // unpack a bound method: [NULL, method, args] -> [func, self, args]
              const self = callable.aux as PyObject, func = callable.value as PyObject;
              self.refcnt++; func.refcnt++;
              stack[base] = func;
              stack[base + 1] = self;
              decref(callable);
              callable = func;
              start = base + 1;
            }
          } else {
            start = base + 1;
          }
          if (callable.type === FunctionType) {
            const nf = frameFromStack(callable, stack, base, start, sp, kwnames);
            sp = base;
            f.sp = sp;
            f.pc = pc;
            if (isGeneratorCode(nf.code)) {
              stack[sp++] = evalHooks.newGenerator(nf);
              break;
            }
            // pushFrame(nf), written out (a function's frame takes one unit)
            if (recursion.depth >= recursion.limit) recursionLimitHit(nf);
            nf.depth = ++recursion.depth;
            nf.back = ts.frame;
            ts.frame = nf;
            return SWITCHED;
          }
          if (callable.type === TypeType) {
            const init = cachedInit(code, pc - 1, callable as PyType);
            if (init !== null) {
              // type.__call__ of a class with object.__new__ and a Python __init__, done here:
              // __init__ runs as the next frame of this runFrame (instead of a nested one). The
              // class call's recursion check comes first; its unit goes with the frame (frameUnits).
              checkRecursion(WHILE_CALLING);
              const nf = initFrame(callable as PyType, init, stack, base, start, sp, kwnames);
              f.pc = pc;
              pushFrame(nf);
              return SWITCHED;
            }
          }
          const meth = (callable.type.flags & TPFLAGS_HEAPTYPE) !== 0 ? pythonCallOf(callable) : null;
          if (meth !== null) {
            // slot_tp_call of a Python __call__: its frame runs next, as a function's (callinstance.ts)
            const nf = instanceCallFrame(callable, meth, stack, base, start, sp, kwnames);
            sp = base;
            f.sp = sp;
            f.pc = pc;
            pushFrame(nf);
            return SWITCHED;
          }
          const r = callOther(callable, stack, base, start, sp, kwnames, code.warmup === 0);
          releaseStack(stack, base, sp);
          sp = base;
          stack[sp++] = r;
          break;
        }
        case Op.BUILD_TUPLE: {
          const items = stackArgs(stack, sp - arg, sp);
          for (let i = sp - arg; i < sp; i++) stack[i] = null;
          sp -= arg;
          stack[sp++] = callHooks.newTupleSteal(items);
          break;
        }
        case Op.BUILD_LIST: {
          const items = stackArgs(stack, sp - arg, sp);
          for (let i = sp - arg; i < sp; i++) stack[i] = null;
          sp -= arg;
          stack[sp++] = callHooks.newListSteal(items);
          break;
        }
        case Op.LIST_APPEND: {
          const v = stack[--sp]!;
          stack[sp] = null;
          callHooks.listAppend(stack[sp - arg]!, v);
          decref(v);
          break;
        }
        case Op.YIELD_VALUE: {
          const v = stack[--sp]!;
          stack[sp] = null;
          f.sp = sp;
          f.pc = pc;
          f.lasti = pc - 1;
          f.yielded = true;
          popFrame(f);
          return v;
        }
        case Op.RAISE_VARARGS: {
          // raise [exc [from cause]]: the exception leaves the loop by return (see RAISED); the
          // operands are popped by raiseStatement, which throws instead when the raise is invalid
          f.sp = sp;
          f.pc = pc;
          sp = -1;
          raised.err = evalHooks.raiseStatement(f, arg);
          f.lasti = pc - 1;
          return RAISED;
        }
        case Op.RERAISE: {
          // re-raise the exception on the stack (after a finally block or an unmatched except):
          // by return, as RAISE_VARARGS; with arg, the frame's lasti is restored from below it
          const exc = stack[--sp]!;
          stack[sp] = null;
          f.lasti = arg ? Number(stack[sp - 1]!.value) : pc - 1;
          f.sp = sp;
          f.pc = pc;
          evalHooks.setReraiseFlag();
          raised.err = new PyErr(exc);
          return RAISED;
        }
        default:
          // every other instruction: f.sp and f.pc are exact while it runs (sp = -1 tells the
          // catch below not to overwrite f.sp, which the instruction keeps itself)
          f.sp = sp;
          f.pc = pc;
          sp = -1;
          executeOther(f, word);
          if (rareCall.frame !== null) {
            // CALL_FUNCTION_EX of a Python function: its frame runs next, as CALL's does
            const nf = rareCall.frame;
            rareCall.frame = null;
            pushFrame(nf);
            return SWITCHED;
          }
          sp = f.sp;
          pc = f.pc;
          break;
      }
    }
  } catch (e) {
    // the instruction being executed when the loop was left by an exception: for line numbers
    // (the returns above leave the same state; a try/finally here costs more in the loop)
    if (sp >= 0) f.sp = sp;
    f.pc = pc;
    f.lasti = pc - 1;
    if (e instanceof PyErr) {
      raised.err = e;
      return RAISED;
    }
    throw e;
  }
}

/** Call a Python function from TypeScript (borrowed args): a nested run of the loop. */
export function callPythonFunction(func: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nf = makeFunctionFrame(func, args, 0, args.length, kwnames, false);
  if (isGeneratorCode(nf.code)) return evalHooks.newGenerator(nf);
  return runFrame(nf);
}

export { none, NotImplemented, newInt, callSpecial, TypeType, PyType };
