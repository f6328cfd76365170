// LAYER: vm. The instructions the interpreter loop (eval.ts) hands off: everything but the few
// dozen that ordinary loops and calls run all the time.
//
// Why a second function: V8 optimises the loop (one long-running JS function) by compiling it
// whole, and the time that takes grows faster than its size; until it is done, and again after
// each deoptimization, the loop runs about ten times slower. A loop holding only the hot
// instructions compiles several times faster, and an instruction first met late (a `with`, an
// import, a `**` call) deoptimizes only this function, not the loop.
//
// Protocol: the loop stores its sp and pc in the frame and calls executeOther(f, word). The
// instruction reads and writes f.sp and f.pc (both stay exact while it runs, also when it raises)
// and the loop reloads them afterwards. Reference discipline as in eval.ts: operands stay on the
// stack until the work is done.

import { PyObject } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import { packsArguments } from '../objects/tpcall.js';
import * as OP from '../compiler/opcodes.js';
import { Op } from '../compiler/opcodes.js';
import { Frame, releaseStack } from './frame.js';
import { ts } from './state.js';
import { nsLoad, nsStore, nsDelete } from './namespace.js';
import { callHooks } from './callhooks.js';
import { evalHooks } from './evalhooks.js';
import { getLen, matchMapping, matchSequence, matchKeys, matchClass } from './match.js';
import { exceptStarMatch, prepReraiseStar } from '../objects/exceptions.js';
import { awaitableIter, checkYieldFromCoroutine, asyncIter, asyncNextAwaitable } from './coroutine.js';
import { CoroutineType } from './generator.js';
import { wrapAsyncGenValue } from './asyncgen.js';
import { PyErr, raise, raiseTypeError, raiseNameError, excType } from '../objects/errors.js';
import {
  delAttr, delItem, isTrue, negative, positive, invert, getIter, call, callUnpacked, isInstance, str as pyStr,
  repr as pyRepr, lookupSpecial,
} from '../objects/abstract.js';
import { None } from '../objects/singletons.js';
import { newBool } from '../objects/bool.js';
import { StrType, newStr } from '../objects/str.js';
import { newFunction, FunctionData, FunctionType } from '../objects/function.js';
import { MethodType } from '../objects/method.js';
import { makeFunctionFrame, isGeneratorCode } from './call.js';
import { Code } from '../objects/code.js';
import { isSubtype } from '../objects/type.js';

const NAME_ERROR = (name: string): never => raiseNameError(`name '${name}' is not defined`);

export function unboundLocal(f: Frame, i: number): never {
  const name = f.code.unit.varnames[i];
  return raise(excType('UnboundLocalError'), `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundDeref(f: Frame, i: number): never {
  const code = f.code;
  if (i < code.ncells) {
    const name = code.unit.cellvars[i];
    return raise(excType('UnboundLocalError'), `cannot access local variable '${name}' where it is not associated with a value`);
  }
  const name = code.unit.freevars[i - code.ncells];
  return raiseNameError(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

/** a frame an instruction here switched to: the loop pushes it and runs it next (eval.ts) */
export const rareCall: { frame: Frame | null } = { frame: null };

/** the Python function a call of `callable` runs in a new frame here, or null (a generator's too) */
function pythonFunctionOf(callable: PyObject): PyObject | null {
  const fn = callable.type === MethodType ? callable.value as PyObject : callable;
  if (fn.type !== FunctionType) return null;
  return isGeneratorCode((fn.value as FunctionData).code.value as Code) ? null : fn;
}

/** Run one instruction that is not in the loop's own switch (see the protocol above). */
export function executeOther(f: Frame, word: number): void {
  const code = f.code;
  const stack = f.stack;
  const fast = f.fast;
  const names = code.names;
  const arg = word >>> 8;
  let sp = f.sp;
  switch (word & 0xff) {
    case Op.DELETE_FAST: {
      const old = fast[arg];
      if (old === null) unboundLocal(f, arg);
      fast[arg] = null;
      decref(old!);
      break;
    }
    case Op.LOAD_NAME: {
      const name = names[arg];
      let v = f.locals !== null ? nsLoad(f.locals, name) : null;
      if (v === null) v = nsLoad(f.globals, name);
      if (v === null) v = nsLoad(f.builtins, name);
      if (v === null) NAME_ERROR(name);
      incref(v!);
      stack[sp++] = v;
      break;
    }
    case Op.STORE_NAME: {
      const v = stack[sp - 1]!;
      nsStore(f.locals!, names[arg], v);
      sp--; stack[sp] = null; decref(v);
      break;
    }
    case Op.DELETE_NAME: {
      if (!nsDelete(f.locals!, names[arg])) NAME_ERROR(names[arg]);
      break;
    }
    case Op.STORE_GLOBAL: {
      const v = stack[sp - 1]!;
      nsStore(f.globals, names[arg], v);
      sp--; stack[sp] = null; decref(v);
      break;
    }
    case Op.DELETE_GLOBAL: {
      if (!nsDelete(f.globals, names[arg])) NAME_ERROR(names[arg]);
      break;
    }
    case Op.LOAD_CLASSDEREF: {
      const name = arg < code.ncells ? code.unit.cellvars[arg] : code.unit.freevars[arg - code.ncells];
      let v = f.locals !== null ? nsLoad(f.locals, name) : null;
      if (v === null) {
        v = fast[code.nlocals + arg]!.value as PyObject | null;
        if (v === null) unboundDeref(f, arg);
      }
      incref(v!);
      stack[sp++] = v;
      break;
    }
    case Op.DELETE_DEREF: {
      const cell = fast[code.nlocals + arg]!;
      const old = cell.value as PyObject | null;
      if (old === null) unboundDeref(f, arg);
      cell.value = null;
      decref(old!);
      break;
    }
    case Op.LOAD_CLOSURE: { const c = fast[code.nlocals + arg]!; incref(c); stack[sp++] = c; break; }
    case Op.DELETE_ATTR: {
      const o = stack[sp - 1]!;
      delAttr(o, names[arg]);
      sp--; stack[sp] = null; decref(o);
      break;
    }
    case Op.DELETE_SUBSCR: {
      const k = stack[sp - 1]!, o = stack[sp - 2]!;
      delItem(o, k);
      sp -= 2; stack[sp] = stack[sp + 1] = null;
      decref(k); decref(o);
      break;
    }
    case Op.BUILD_SLICE: {
      const step = arg === 3 ? stack[sp - 1]! : None;
      const base = sp - arg;
      const s = callHooks.newSlice(stack[base]!, stack[base + 1]!, step);
      for (let i = base; i < sp; i++) { decref(stack[i]!); stack[i] = null; }
      sp = base;
      stack[sp++] = s;
      break;
    }
    case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_INVERT: {
      const o = stack[sp - 1]!;
      const op = word & 0xff;
      const r = op === Op.UNARY_NEGATIVE ? negative(o) : op === Op.UNARY_POSITIVE ? positive(o) : invert(o);
      stack[sp - 1] = r;
      decref(o);
      break;
    }
    case Op.UNARY_NOT: {
      const o = stack[sp - 1]!;
      const r = newBool(!isTrue(o));
      stack[sp - 1] = r;
      decref(o);
      break;
    }
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
      const v = stack[sp - 1]!;
      const t = isTrue(v);
      if (t === ((word & 0xff) === Op.JUMP_IF_TRUE_OR_POP)) f.pc = arg;
      else { sp--; stack[sp] = null; decref(v); }
      break;
    }
    case Op.CALL_FUNCTION_EX: {
      const hasKw = (arg & 1) !== 0;
      const base = sp - 3 - (hasKw ? 1 : 0);
      const callable = stack[base + 1]!;
      const argsTuple = stack[base + 2]!;
      const kwargs = hasKw ? stack[base + 3]! : null;
      let posArgs: PyObject[];
      // anything but a tuple becomes one first (PySequence_Tuple: a real tuple, held for the call)
      let madeTuple: PyObject | null = null;
      if (argsTuple.type.name === 'tuple') posArgs = argsTuple.value as PyObject[];
      else {
        if (argsTuple.type.iter === null && argsTuple.type.getitem === null) {
          raiseTypeError(`${evalHooks.functionStr(callable)} argument after * must be an iterable, not ${argsTuple.type.name}`);
        }
        madeTuple = callHooks.sequenceTuple(argsTuple);
        posArgs = madeTuple.value as PyObject[];
      }
      const kwn: string[] = [];
      const kwv: PyObject[] = [];
      let pairs: [PyObject, PyObject][] = [];
      // PyObject_Call: a callable with a vectorcall gets the arguments unpacked from the tuple and
      // the dict, into an array that holds one more reference to each when there are keywords
      // (_PyStack_UnpackDict); one called through its tp_call gets the tuple and the dict themselves
      // (the dict is always the stack's own copy, made by DICT_MERGE, so it holds the values)
      let unpacked = false;
      try {
        if (kwargs !== null) {
          pairs = callHooks.dictPairs(kwargs);
          for (const [k, v] of pairs) {
            if (k.type !== StrType && !isSubtype(k.type, StrType)) raiseTypeError('keywords must be strings');
            kwn.push(k.value as string);
            kwv.push(v);
          }
          if (kwn.length > 0 && !packsArguments(callable)) {
            unpacked = true;
            for (const v of posArgs) incref(v);
          } else {
            for (const [k, v] of pairs) { decref(k); decref(v); }
            pairs = [];
          }
        }
        const fn = pythonFunctionOf(callable);
        if (fn !== null) {
          // a Python function's frame runs next in this runFrame (no JS recursion per level, as for
          // CALL); what this instruction holds meanwhile goes with the frame (Frame.callHeld)
          const self = fn === callable ? null : callable.aux as PyObject;
          const args = self === null ? [...posArgs, ...kwv] : [self, ...posArgs, ...kwv];
          const nf = makeFunctionFrame(fn, args, 0, args.length, kwn.length > 0 ? kwn : null, false);
          // released as CPython does after the call: _PyStack_UnpackDict's array (positional
          // arguments, then keyword values) and its names tuple (last name first), then the
          // callable, the args tuple and the kwargs dict; a tuple made of another iterable
          // replaces it at once (its own reference is dropped now)
          const held: PyObject[] = unpacked ? [...posArgs] : [];
          for (const [, v] of pairs) held.push(v);
          for (let i = pairs.length - 1; i >= 0; i--) held.push(pairs[i][0]);
          pairs = [];
          unpacked = false;
          if (madeTuple !== null) {
            decref(stack[base + 2]!);
            stack[base + 2] = madeTuple;
            madeTuple = null;
          }
          for (let i = base; i < sp; i++) {
            const o = stack[i];
            stack[i] = null;
            if (o !== null) held.push(o);
          }
          nf.callHeld = held;
          nf.callUnits = 1;
          sp = base;
          rareCall.frame = nf;
          break;
        }
        const r = callUnpacked(callable, [...posArgs, ...kwv], kwn.length > 0 ? kwn : null);
        releaseStack(stack, base, sp);
        sp = base;
        stack[sp++] = r;
      } finally {
        if (unpacked) for (const v of posArgs) decref(v);
        for (const [k, v] of pairs) { decref(k); decref(v); }
        if (madeTuple !== null) decref(madeTuple);
      }
      break;
    }
    case Op.MAKE_FUNCTION: {
      const codeObj = stack[sp - 1]!;
      const c = codeObj.value as Code;
      const qual = newStr(c.qualname);
      const modname = nsLoad(f.globals, '__name__') ?? None;
      const fn = newFunction(codeObj, f.globals, f.builtins, qual, modname);
      decref(qual);
      const fd = fn.value as FunctionData;
      let i = sp - 2;
      if (arg & 8) { fd.closure = stack[i]; stack[i--] = null; }
      if (arg & 4) { fd.annotations = evalHooks.annotationsDict(stack[i]!); decref(stack[i]!); stack[i--] = null; }
      if (arg & 2) { fd.kwdefaults = stack[i]; stack[i--] = null; }
      if (arg & 1) { fd.defaults = stack[i]; stack[i--] = null; }
      stack[sp - 1] = null;
      decref(codeObj);
      sp = i + 1;
      stack[sp++] = fn;
      break;
    }
    case Op.LOAD_BUILD_CLASS: {
      const bc = nsLoad(f.builtins, '__build_class__');
      if (bc === null) raise(excType('NameError'), '__build_class__ not found');
      incref(bc!);
      stack[sp++] = bc;
      break;
    }
    case Op.LOAD_ASSERTION_ERROR: { const t = excType('AssertionError'); incref(t); stack[sp++] = t; break; }
    case Op.SETUP_ANNOTATIONS: {
      if (nsLoad(f.locals!, '__annotations__') === null) {
        const d = callHooks.newDict();
        nsStore(f.locals!, '__annotations__', d);
        decref(d);
      }
      break;
    }
    case Op.BUILD_SET: {
      const items = stack.slice(sp - arg, sp) as PyObject[];
      const s = callHooks.newSet(items);
      for (let i = sp - arg; i < sp; i++) { decref(stack[i]!); stack[i] = null; }
      sp -= arg;
      stack[sp++] = s;
      break;
    }
    case Op.BUILD_MAP: {
      const d = callHooks.newDictPresized(arg);
      try {
        for (let i = sp - 2 * arg; i < sp; i += 2) callHooks.dictSetItem(d, stack[i]!, stack[i + 1]!);
      } catch (e) { decref(d); throw e; }
      for (let i = sp - 2 * arg; i < sp; i++) { decref(stack[i]!); stack[i] = null; }
      sp -= 2 * arg;
      stack[sp++] = d;
      break;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = stack[sp - 1]!.value as PyObject[];
      const d = callHooks.newDictPresized(arg);
      try {
        for (let i = 0; i < arg; i++) callHooks.dictSetItem(d, keys[i], stack[sp - 1 - arg + i]!);
      } catch (e) { decref(d); throw e; }
      for (let i = sp - 1 - arg; i < sp; i++) { decref(stack[i]!); stack[i] = null; }
      sp -= arg + 1;
      stack[sp++] = d;
      break;
    }
    case Op.BUILD_STRING: {
      let s = '';
      for (let i = sp - arg; i < sp; i++) s += stack[i]!.value as string;
      const r = newStr(s);
      for (let i = sp - arg; i < sp; i++) { decref(stack[i]!); stack[i] = null; }
      sp -= arg;
      stack[sp++] = r;
      break;
    }
    case Op.SET_ADD: {
      const v = stack[sp - 1]!;
      callHooks.setAdd(stack[sp - 1 - arg]!, v);
      sp--; stack[sp] = null; decref(v);
      break;
    }
    case Op.MAP_ADD: {
      const v = stack[sp - 1]!, k = stack[sp - 2]!;
      callHooks.dictSetItem(stack[sp - 2 - arg]!, k, v);
      sp -= 2; stack[sp] = stack[sp + 1] = null;
      decref(k); decref(v);
      break;
    }
    case Op.LIST_EXTEND: {
      const it = stack[sp - 1]!;
      const l = stack[sp - 1 - arg]!;
      try {
        callHooks.listExtend(l, it);
      } catch (e) {
        if (e instanceof PyErr && isInstance(e.exc, excType('TypeError')) && it.type.iter === null && it.type.getitem === null) {
          decref(e.exc);
          raiseTypeError(`Value after * must be an iterable, not ${it.type.name}`);
        }
        throw e;
      }
      sp--; stack[sp] = null; decref(it);
      break;
    }
    case Op.SET_UPDATE: {
      const it = stack[sp - 1]!;
      callHooks.setUpdate(stack[sp - 1 - arg]!, it);
      sp--; stack[sp] = null; decref(it);
      break;
    }
    case Op.DICT_UPDATE: case Op.DICT_MERGE: {
      const other = stack[sp - 1]!;
      const d = stack[sp - 1 - arg]!;
      if ((word & 0xff) === Op.DICT_MERGE) evalHooks.dictMerge(d, other, stack[sp - 3 - arg]);
      else {
        const keys = other.type.getitem === null ? null : lookupSpecial(other, 'keys');
        if (keys === null) raiseTypeError(`'${other.type.name}' object is not a mapping`);
        decref(keys!);
        callHooks.dictUpdate(d, other);
      }
      sp--; stack[sp] = null; decref(other);
      break;
    }
    case Op.LIST_TO_TUPLE: {
      const l = stack[sp - 1]!;
      stack[sp - 1] = callHooks.newTuple(l.value as PyObject[]);
      decref(l);
      break;
    }
    case Op.UNPACK_SEQUENCE: case Op.UNPACK_EX: {
      const seq = stack[sp - 1]!;
      const items = (word & 0xff) === Op.UNPACK_SEQUENCE
        ? evalHooks.unpack(seq, arg, -1)
        : evalHooks.unpack(seq, arg & 0xff, arg >> 8);
      sp--; stack[sp] = null;
      for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
      decref(seq);
      break;
    }
    case Op.FORMAT_VALUE: {
      const hasSpec = (arg & 4) !== 0;
      const spec = hasSpec ? stack[sp - 1]! : null;
      const v = stack[sp - 1 - (hasSpec ? 1 : 0)]!;
      const conv = arg & 3;
      let src = v;
      let converted: PyObject | null = null;
      if (conv === 1) converted = src = pyStr(v);
      else if (conv === 2) converted = src = pyRepr(v);
      else if (conv === 3) converted = src = evalHooks.ascii(v);
      let r: PyObject;
      try {
        if (src.type === StrType && (spec === null || (spec.value as string) === '')) { incref(src); r = src; }
        else r = callHooks.format(src, spec);
      } finally {
        xdecref(converted);
      }
      if (spec !== null) { sp--; stack[sp] = null; decref(spec); }
      stack[sp - 1] = r;
      decref(v);
      break;
    }
    case Op.SETUP_FINALLY: case Op.SETUP_CLEANUP: case Op.SETUP_WITH: {
      // SETUP_WITH protects the body after __enter__'s result was stored: unwinding drops it too
      const op = word & 0xff;
      (f.blocks ??= []).push(arg, op === Op.SETUP_WITH ? sp - 1 : sp, op === Op.SETUP_FINALLY ? 0 : 1);
      break;
    }
    case Op.POP_BLOCK: {
      f.blocks!.length -= 3;
      break;
    }
    case Op.PUSH_EXC_INFO: {
      const exc = stack[sp - 1]!;
      const prev = ts.excInfo ?? None;
      if (ts.excInfo === null) incref(None);
      stack[sp - 1] = prev;
      incref(exc);
      ts.excInfo = exc;
      stack[sp++] = exc;
      break;
    }
    case Op.POP_EXCEPT: {
      const prev = stack[--sp]!;
      stack[sp] = null;
      const cur = ts.excInfo;
      if (prev === None) { ts.excInfo = null; decref(prev); } else ts.excInfo = prev;
      xdecref(cur);
      break;
    }
    case Op.CHECK_EXC_MATCH: {
      const t = stack[sp - 1]!, exc = stack[sp - 2]!;
      const r = newBool(evalHooks.exceptionMatches(exc, t));
      stack[sp - 1] = r;
      decref(t);
      break;
    }
    case Op.CHECK_EG_MATCH: {
      // [exc, T] -> [rest, match] with match the handled exception, or [exc, None] (see
      // objects/exceptions.ts exceptStarMatch)
      const t = stack[sp - 1]!, exc = stack[sp - 2]!;
      const [match, rest] = exceptStarMatch(exc, t);
      sp--; stack[sp] = null; decref(t);
      if (match === None) {
        decref(rest);
        stack[sp++] = match;
      } else {
        stack[sp - 1] = rest;
        stack[sp++] = match;
        const handled = ts.excInfo;
        incref(match);
        ts.excInfo = match;
        xdecref(handled);
        decref(exc);
      }
      break;
    }
    case Op.PREP_RERAISE_STAR: {
      // [orig, raised] -> [what the try-except* raises, or None]
      const raised = stack[sp - 1]!, orig = stack[sp - 2]!;
      const r = prepReraiseStar(orig, raised.value as PyObject[]);
      sp -= 2; stack[sp] = null; stack[sp + 1] = null;
      decref(raised); decref(orig);
      stack[sp++] = r;
      break;
    }
    case Op.BEFORE_WITH: case Op.BEFORE_ASYNC_WITH: {
      // [mgr] -> [bound __exit__, __enter__()] (__aexit__ and __aenter__() for `async with`)
      const mgr = stack[sp - 1]!;
      const isAsync = (word & 0xff) === Op.BEFORE_ASYNC_WITH;
      const protocol = isAsync ? 'asynchronous context manager protocol' : 'context manager protocol';
      const enter = lookupSpecial(mgr, isAsync ? '__aenter__' : '__enter__');
      if (enter === null) raiseTypeError(`'${mgr.type.name}' object does not support the ${protocol}`);
      const exitName = isAsync ? '__aexit__' : '__exit__';
      const exit = lookupSpecial(mgr, exitName);
      if (exit === null) {
        decref(enter!);
        raiseTypeError(`'${mgr.type.name}' object does not support the ${protocol} (missed ${exitName} method)`);
      }
      // as 3.11: __exit__ takes the manager's place on the stack before __enter__ is called (so
      // __enter__ sees one reference fewer), and on an error the unwinding frees it
      stack[sp - 1] = exit;
      decref(mgr);
      let res: PyObject;
      try {
        res = call(enter!, [], null);
      } finally {
        decref(enter!);
      }
      stack[sp++] = res;
      break;
    }
    case Op.GET_AITER: {
      const o = stack[sp - 1]!;
      stack[sp - 1] = asyncIter(o);
      decref(o);
      break;
    }
    case Op.GET_ANEXT: {
      stack[sp] = asyncNextAwaitable(stack[sp - 1]!);
      sp++;
      break;
    }
    case Op.END_ASYNC_FOR: {
      // [aiter, exc]: StopAsyncIteration ends the loop; any other exception goes on (a re-raise)
      const exc = stack[sp - 1]!;
      if (isInstance(exc, excType('StopAsyncIteration'))) {
        const aiter = stack[sp - 2]!;
        sp -= 2; stack[sp] = null; stack[sp + 1] = null;
        decref(exc); decref(aiter);
        break;
      }
      stack[--sp] = null;
      f.sp = sp;
      evalHooks.setReraiseFlag();
      throw new PyErr(exc);
    }
    case Op.WITH_EXCEPT_START: {
      const exc = stack[sp - 1]!;
      const exit = stack[sp - 4]!;
      // the traceback is borrowed from the exception (PyException_GetTraceback, then Py_XDECREF
      // before the call: __exit__ sees it held by the exception and its own argument only)
      const tb = evalHooks.tracebackOf(exc);
      decref(tb);
      stack[sp++] = call(exit, [exc.type, exc, tb], null);
      break;
    }
    case Op.ASYNC_GEN_WRAP: {
      // an async generator's `yield v`: v leaves the frame wrapped (vm/asyncgen.ts)
      stack[sp - 1] = wrapAsyncGenValue(stack[sp - 1]!);
      break;
    }
    case Op.GET_AWAITABLE: {
      const o = stack[sp - 1]!;
      stack[sp - 1] = awaitableIter(o, arg);
      decref(o);
      break;
    }
    case Op.GET_YIELD_FROM_ITER: {
      const o = stack[sp - 1]!;
      if (o.type === CoroutineType) checkYieldFromCoroutine(f.code.flags);
      else if (o.type !== evalHooks.generatorType()) {
        const it = getIter(o);
        stack[sp - 1] = it;
        decref(o);
      }
      break;
    }
    case Op.SEND: {
      const v = stack[sp - 1]!, recv = stack[sp - 2]!;
      const res = evalHooks.send(recv, v);
      if (res.done) {
        // [recv, v] -> [retval]
        sp -= 2; stack[sp] = stack[sp + 1] = null;
        decref(v); decref(recv);
        stack[sp++] = res.value;
        f.pc = arg;
      } else {
        stack[sp - 1] = res.value;
        decref(v);
      }
      break;
    }
    case Op.IMPORT_NAME: {
      const fromlist = stack[sp - 1]!, level = stack[sp - 2]!;
      const m = evalHooks.importName(names[arg], fromlist, level, f.globals);
      sp--; stack[sp] = null; stack[sp - 1] = m;
      decref(fromlist); decref(level);
      break;
    }
    case Op.IMPORT_FROM: {
      const m = stack[sp - 1]!;
      stack[sp++] = evalHooks.importFrom(m, names[arg]);
      break;
    }
    case Op.IMPORT_STAR: {
      const m = stack[sp - 1]!;
      evalHooks.importStar(m, f.locals!);
      sp--; stack[sp] = null; decref(m);
      break;
    }
    case Op.PRINT_EXPR: {
      const v = stack[sp - 1]!;
      evalHooks.displayHook(v);
      sp--; stack[sp] = null; decref(v);
      break;
    }
    case Op.GET_LEN: case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE: {
      const subject = stack[sp - 1]!;
      const op = word & 0xff;
      stack[sp++] = op === Op.GET_LEN ? getLen(subject) : op === Op.MATCH_MAPPING ? matchMapping(subject) : matchSequence(subject);
      break;
    }
    case Op.MATCH_KEYS: {
      stack[sp] = matchKeys(stack[sp - 2]!, stack[sp - 1]!);
      sp++;
      break;
    }
    case Op.MATCH_CLASS: {
      const names = stack[sp - 1]!, cls = stack[sp - 2]!, subject = stack[sp - 3]!;
      const attrs = matchClass(subject, cls, arg, names);
      sp -= 2; stack[sp] = null; stack[sp + 1] = null;
      stack[sp - 1] = attrs;
      decref(subject); decref(cls); decref(names);
      break;
    }
    default:
      throw new Error(`pyheap internal: opcode ${OP.opName(word & 0xff)} not implemented`);
  }
  f.sp = sp;
}
