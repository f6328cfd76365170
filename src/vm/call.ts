// LAYER: vm. Binding call arguments to a new frame's parameters (CPython's
// _PyEval_MakeFrameVector / initialize_locals), with CPython 3.11's TypeError messages.
//
// 3.11 MOVES the caller's argument references into the callee's locals: `owned = true` means the
// args array's references now belong to the frame (the caller forgets them only if binding
// succeeded: on an error nothing has been taken). With `owned = false` (a call from TypeScript
// with borrowed arguments) the frame takes new references.

import { PyObject } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { Code } from '../objects/code.js';
import { FunctionData } from '../objects/function.js';
import { CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../compiler/codeunit.js';
import { raiseTypeError } from '../objects/errors.js';
import { Frame, stackArgs } from './frame.js';
import { callHooks } from './callhooks.js';
import { countEntry } from './specialize.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}


/** parameter name -> index in co_varnames (positional and keyword-only parameters), kept on the code */
function paramIndex(code: Code): Map<string, number> {
  let m = code.paramIndex;
  if (m === null) {
    m = new Map();
    const n = code.unit.argcount + code.unit.kwonlyargcount;
    for (let i = 0; i < n; i++) m.set(code.unit.varnames[i], i);
    code.paramIndex = m;
  }
  return m;
}

/**
 * Fill frame.fast from args (positional values then keyword values named by kwnames). First the
 * whole call is checked (CPython's TypeErrors, in its order), then the references are taken, so
 * an error takes nothing: with `owned`, the caller's stack still owns every argument.
 */
export function bindArgs(frame: Frame, fdata: FunctionData, args: PyObject[], start: number, nargsTotal: number,
  kwnames: string[] | null, owned: boolean): void {
  const code = frame.code;
  const unit = code.unit;
  const fast = frame.fast;
  // fast path: exactly the positional parameters, nothing else
  if (kwnames === null && nargsTotal === unit.argcount && code.totalArgs === nargsTotal) {
    if (owned) for (let i = 0; i < nargsTotal; i++) fast[i] = args[start + i];
    else for (let i = 0; i < nargsTotal; i++) { const v = args[start + i]; v.refcnt++; fast[i] = v; }
    return;
  }
  if (kwnames !== null && (unit.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 &&
      bindByPlan(frame, fdata, args, start, nargsTotal, kwnames, owned)) {
    return;
  }
  if (unit.argcount === 0 && unit.kwonlyargcount === 0 && bindStarsOnly(frame, args, start, nargsTotal, kwnames, owned)) {
    return;
  }
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = nargsTotal - nkw;
  const argcount = unit.argcount;
  const kwonly = unit.kwonlyargcount;
  const nparams = argcount + kwonly;
  const posonly = unit.posonlyargcount;
  const hasVarargs = (unit.flags & CO_VARARGS) !== 0;
  const hasVarkw = (unit.flags & CO_VARKEYWORDS) !== 0;
  const defaults = fdata.defaults === null ? null : (fdata.defaults.value as PyObject[]);
  const defcount = defaults === null ? 0 : defaults.length;
  const kwdefaults = fdata.kwdefaults;
  const index = nkw > 0 ? paramIndex(code) : null;

  // ---- 1. check ----
  const npositional = npos < argcount ? npos : argcount;
  // which parameters the call fills: fast[] is all null now, so mark with a sentinel-free bitset
  const filled = nparams <= 31 ? null : new Uint8Array(nparams);
  let mask = (1 << npositional) - 1;
  if (filled !== null) for (let i = 0; i < npositional; i++) filled[i] = 1;
  const isFilled = (i: number): boolean => (filled !== null ? filled[i] === 1 : (mask & (1 << i)) !== 0);
  let badPosonly: string[] | null = null;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = index!.get(name);
    if (i !== undefined && i >= posonly) {
      if (isFilled(i)) raiseTypeError(`${qual(fdata)}() got multiple values for argument '${name}'`);
      if (filled !== null) filled[i] = 1; else mask |= 1 << i;
    } else if (!hasVarkw) {
      if (i !== undefined) (badPosonly ??= []).push(name);
      else raiseTypeError(`${qual(fdata)}() got an unexpected keyword argument '${name}'`);
    }
  }
  if (badPosonly !== null) {
    raiseTypeError(`${qual(fdata)}() got some positional-only arguments passed as keyword arguments: '${badPosonly.join(', ')}'`);
  }
  // (after the keywords, as CPython's initialize_locals: their errors come first)
  if (npos > argcount && !hasVarargs) tooManyPositional(fdata, code, npos, defcount, kwnames);
  for (let i = npositional; i < argcount - defcount; i++) {
    if (!isFilled(i)) missingArguments(fdata, code, isFilled, defcount, 'positional');
  }
  for (let i = argcount; i < nparams; i++) {
    if (!isFilled(i) && (kwdefaults === null || callHooks.dictGetStr(kwdefaults, unit.varnames[i]) === null)) {
      missingArguments(fdata, code, isFilled, defcount, 'keyword-only');
    }
  }

  // ---- 2. bind (taking references) ----
  for (let i = 0; i < npositional; i++) {
    const v = args[start + i];
    if (!owned) v.refcnt++;
    fast[i] = v;
  }
  let slot = nparams;
  if (hasVarargs) {
    const extra: PyObject[] = [];
    for (let i = argcount; i < npos; i++) {
      const v = args[start + i];
      if (!owned) v.refcnt++;
      extra.push(v);
    }
    fast[slot++] = callHooks.newTupleSteal(extra);
  }
  const kwdict = hasVarkw ? callHooks.newDict() : null;
  if (kwdict !== null) fast[slot++] = kwdict;
  for (let k = 0; k < nkw; k++) {
    const v = args[start + npos + k];
    const i = index!.get(kwnames![k]);
    if (i !== undefined && i >= posonly) {
      if (!owned) v.refcnt++;
      fast[i] = v;
    } else {
      callHooks.dictSetStr(kwdict!, kwnames![k], v);
      if (owned) decref(v);
    }
  }
  for (let i = npositional; i < argcount; i++) {
    if (fast[i] === null) {
      const d = defaults![i - (argcount - defcount)];
      d.refcnt++;
      fast[i] = d;
    }
  }
  for (let i = argcount; i < nparams; i++) {
    if (fast[i] === null) {
      const d = callHooks.dictGetStr(kwdefaults!, unit.varnames[i])!;
      d.refcnt++;
      fast[i] = d;
    }
  }
}

/**
 * How a call with one list of keyword names (KW_NAMES gives a call site the same array each
 * time) binds to a code object's parameters: the parameter index of each keyword. A code object
 * keeps the plan of the last list it was called with (code.kwPlanNames / code.kwPlan; the plan is
 * null when one of the names is not a parameter that may be passed by keyword, or comes twice).
 */
class KwPlan {
  /** the positional-argument count `missing` was worked out for (-1: none yet) */
  npos = -1;
  /** for `npos` positional arguments: the parameters neither they nor the keywords give, ascending */
  missing: Int32Array = NO_PARAMS;
  constructor(
    readonly index: Int32Array,
    /** the smallest index: a call with more positional arguments than that gives a parameter twice */
    readonly lowest: number,
    /** positional + keyword-only parameters */
    readonly nparams: number,
  ) {}

  /** the parameters a call with npos positional arguments leaves to their defaults */
  missingFor(npos: number): Int32Array {
    if (this.npos === npos) return this.missing;
    const out: number[] = [];
    for (let i = npos; i < this.nparams; i++) if (!this.index.includes(i)) out.push(i);
    this.npos = npos;
    this.missing = Int32Array.from(out);
    return this.missing;
  }
}

const NO_PARAMS = new Int32Array(0);

/** the plan for kwnames on code (see KwPlan), made at the first call with this list */
function kwPlan(code: Code, kwnames: string[]): KwPlan | null {
  if (code.kwPlanNames === kwnames) return code.kwPlan as KwPlan | null;
  const index = paramIndex(code);
  const posonly = code.unit.posonlyargcount;
  const at = new Int32Array(kwnames.length);
  let plan: KwPlan | null = null;
  let lowest = 0x7fffffff;
  let ok = true;
  for (let k = 0; k < kwnames.length && ok; k++) {
    const i = index.get(kwnames[k]);
    ok = i !== undefined && i >= posonly && !at.subarray(0, k).includes(i);
    if (ok) {
      at[k] = i!;
      if (i! < lowest) lowest = i!;
    }
  }
  if (ok) plan = new KwPlan(at, lowest, code.unit.argcount + code.unit.kwonlyargcount);
  code.kwPlanNames = kwnames;
  code.kwPlan = plan;
  return plan;
}

/**
 * bindArgs for a call with keywords to a function without *args/**kwargs, when nothing is wrong
 * with the call: each keyword names a distinct parameter not already given positionally, and
 * every parameter without a default is given. Returns false (having taken nothing and left
 * frame.fast all null) for any other call: the general path then binds it or raises.
 */
function bindByPlan(frame: Frame, fdata: FunctionData, args: PyObject[], start: number, nargsTotal: number,
  kwnames: string[], owned: boolean): boolean {
  const code = frame.code;
  const plan = kwPlan(code, kwnames);
  if (plan === null) return false;
  const nkw = kwnames.length;
  const npos = nargsTotal - nkw;
  const unit = code.unit;
  const argcount = unit.argcount;
  if (npos > argcount || npos > plan.lowest) return false;
  // the defaults of the parameters left out, found (borrowed) before any reference is taken
  const missing = plan.missingFor(npos);
  const fast = frame.fast;
  if (missing.length > 0) {
    const defaults = fdata.defaults === null ? null : (fdata.defaults.value as PyObject[]);
    const firstDefault = argcount - (defaults === null ? 0 : defaults.length);
    const kwdefaults = fdata.kwdefaults;
    for (let j = 0; j < missing.length; j++) {
      const i = missing[j];
      let d: PyObject | null = null;
      if (i < argcount) {
        if (i >= firstDefault) d = defaults![i - firstDefault];
      } else if (kwdefaults !== null) {
        d = callHooks.dictGetStr(kwdefaults, unit.varnames[i]);
      }
      if (d === null) {
        for (let m = 0; m < j; m++) fast[missing[m]] = null;
        return false;
      }
      fast[i] = d;
    }
    for (let j = 0; j < missing.length; j++) fast[missing[j]]!.refcnt++;
  }
  for (let i = 0; i < npos; i++) fast[i] = args[start + i];
  const index = plan.index;
  const kwbase = start + npos;
  for (let k = 0; k < nkw; k++) fast[index[k]] = args[kwbase + k];
  if (!owned) for (let i = 0; i < nargsTotal; i++) args[start + i].refcnt++;
  return true;
}

/**
 * bindArgs for a function whose only parameters are *args and/or **kwargs (`def f(*args,
 * **kwargs)`), when the call fits it: the positional arguments become the tuple, the keywords
 * the dict, in their order (as the general path would make them). Returns false, having taken
 * nothing, for a call that is an error (positional arguments without *args, keywords without
 * **kwargs): the general path raises it.
 */
function bindStarsOnly(frame: Frame, args: PyObject[], start: number, nargsTotal: number, kwnames: string[] | null,
  owned: boolean): boolean {
  const flags = frame.code.flags;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = nargsTotal - nkw;
  if (npos > 0 && (flags & CO_VARARGS) === 0) return false;
  if (nkw > 0 && (flags & CO_VARKEYWORDS) === 0) return false;
  const fast = frame.fast;
  let slot = 0;
  if ((flags & CO_VARARGS) !== 0) {
    const items = stackArgs(args, start, start + npos);
    if (!owned) for (let i = 0; i < npos; i++) items[i].refcnt++;
    fast[slot++] = callHooks.newTupleSteal(items);
  }
  if ((flags & CO_VARKEYWORDS) !== 0) {
    const kwdict = callHooks.newDict();
    fast[slot] = kwdict;
    for (let k = 0; k < nkw; k++) {
      const v = args[start + npos + k];
      callHooks.dictSetStr(kwdict, kwnames![k], v);
      if (owned) decref(v);
    }
  }
  return true;
}

const qual = (fdata: FunctionData): string => fdata.qualname.value as string;

function tooManyPositional(fdata: FunctionData, code: Code, given: number, defcount: number,
  kwnames: string[] | null): never {
  const argcount = code.unit.argcount;
  let kwGiven = 0;
  if (kwnames !== null) {
    const index = paramIndex(code);
    for (const k of kwnames) {
      const i = index.get(k);
      if (i !== undefined && i >= argcount) kwGiven++;
    }
  }
  let takes: string;
  if (defcount > 0) takes = `from ${argcount - defcount} to ${argcount} positional arguments`;
  else takes = `${plural(argcount, 'positional argument')}`;
  let kwPart = '';
  if (kwGiven > 0) kwPart = ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwGiven, 'keyword-only argument')})`;
  const were = given === 1 && kwGiven === 0 ? 'was' : 'were';
  return raiseTypeError(`${qual(fdata)}() takes ${takes} but ${given}${kwPart} ${were} given`);
}

function missingArguments(fdata: FunctionData, code: Code, isFilled: (i: number) => boolean, defcount: number,
  kind: 'positional' | 'keyword-only'): never {
  const unit = code.unit;
  const names: string[] = [];
  if (kind === 'positional') {
    for (let i = 0; i < unit.argcount - defcount; i++) if (!isFilled(i)) names.push(unit.varnames[i]);
  } else {
    const kwdefaults = fdata.kwdefaults;
    for (let i = unit.argcount; i < unit.argcount + unit.kwonlyargcount; i++) {
      if (!isFilled(i) && (kwdefaults === null || callHooks.dictGetStr(kwdefaults, unit.varnames[i]) === null)) {
        names.push(unit.varnames[i]);
      }
    }
  }
  return raiseTypeError(`${qual(fdata)}() missing ${plural(names.length, `required ${kind} argument`)}: ${nameList(names)}`);
}

/** how many finished frames each code object keeps for reuse */
export const FRAME_POOL_MAX = 8;

/** a frame for running code (a pooled one when there is one), no locals set */
function takeFrame(code: Code, codeObj: PyObject, func: PyObject, fdata: FunctionData): Frame {
  const pool = code.framePool as Frame[];
  if (pool.length === 0) return new Frame(code, codeObj, func, fdata.globals, fdata.builtins, null);
  const frame = pool.pop()!;
  frame.reuse(func, fdata.globals, fdata.builtins);
  return frame;
}

/** return a frame from takeFrame that binding left empty (nothing taken) to the pool */
function putBackUnused(code: Code, frame: Frame): void {
  frame.finished = true;
  frame.released = true;
  const pool = code.framePool as Frame[];
  if (pool.length < FRAME_POOL_MAX) pool.push(frame);
}

/** the end of making a function's frame once its arguments are bound: its code reference, its cells */
function frameReady(frame: Frame, code: Code, codeObj: PyObject, fdata: FunctionData): Frame {
  codeObj.refcnt++;
  if (code.warmup !== 0) countEntry(code);
  if (code.ncells !== 0 || code.nfree !== 0) setupCells(frame, fdata);
  return frame;
}

/** the first parameter a positional call may leave to its default (argcount when none has one) */
function firstDefaulted(fdata: FunctionData, argcount: number): number {
  const defaults = fdata.defaults;
  return defaults === null ? argcount : argcount - (defaults.value as PyObject[]).length;
}

/** fast[nargs..argcount) = new references to the defaults of the parameters a positional call left out */
function fillDefaults(fast: (PyObject | null)[], fdata: FunctionData, nargs: number, argcount: number,
  firstDefault: number): void {
  for (let i = nargs; i < argcount; i++) {
    const d = (fdata.defaults!.value as PyObject[])[i - firstDefault];
    d.refcnt++;
    fast[i] = d;
  }
}

/**
 * CALL of a Python function from the interpreter's value stack (eval.ts): the frame of
 * func(*stack[start..sp), **kwnames), taking over the references the stack held in [base, sp)
 * — the callable's and the arguments' — and leaving those slots empty. On a binding error
 * nothing is taken (the stack still owns everything).
 *
 * The common calls bind without a plan (CPython 3.11's CALL_PY_EXACT_ARGS and
 * CALL_PY_WITH_DEFAULTS): only positional arguments, to a function whose parameters are all
 * plain positional-or-keyword ones, at least as many as its parameters without a default.
 */
export function frameFromStack(func: PyObject, stack: (PyObject | null)[], base: number, start: number, sp: number,
  kwnames: string[] | null): Frame {
  const fdata = func.value as FunctionData;
  const codeObj = fdata.code;
  const code = codeObj.value as Code;
  const nargs = sp - start;
  const argcount = code.plainArgcount;
  if (kwnames === null && nargs <= argcount) {
    const firstDefault = firstDefaulted(fdata, argcount);
    if (nargs >= firstDefault) {
      const frame = takeFrame(code, codeObj, func, fdata);
      const fast = frame.fast;
      for (let i = 0; i < nargs; i++) {
        fast[i] = stack[start + i];
        stack[start + i] = null;
      }
      fillDefaults(fast, fdata, nargs, argcount, firstDefault);
      // the stack's reference to the callable becomes the frame's
      stack[base] = null;
      stack[base + 1] = null;
      return frameReady(frame, code, codeObj, fdata);
    }
  }
  const stars = code.flags & (CO_VARARGS | CO_VARKEYWORDS);
  if (stars === 0 ? kwnames !== null : code.totalArgs === (stars === (CO_VARARGS | CO_VARKEYWORDS) ? 2 : 1)) {
    // keywords matched by the code's plan for this list of names (bindByPlan), or a function
    // of only *args/**kwargs (bindStarsOnly): the arguments and the callable move into the frame
    const frame = takeFrame(code, codeObj, func, fdata);
    if (stars === 0
      ? bindByPlan(frame, fdata, stack as PyObject[], start, nargs, kwnames!, true)
      : bindStarsOnly(frame, stack as PyObject[], start, nargs, kwnames, true)) {
      for (let i = base; i < sp; i++) stack[i] = null;
      return frameReady(frame, code, codeObj, fdata);
    }
    putBackUnused(code, frame);
  }
  const frame = makeFunctionFrame(func, stack as PyObject[], start, nargs, kwnames, true);
  // the arguments moved into the new frame, which holds its own reference to the callable
  for (let i = start; i < sp; i++) stack[i] = null;
  const fn = stack[base], n1 = stack[base + 1];
  stack[base] = null; stack[base + 1] = null;
  if (fn !== null) decref(fn);
  if (start === base + 2) decref(n1!);
  return frame;
}

/**
 * The frame of an `__init__` that CALL runs in place of type.__call__ (eval.ts): init(self,
 * *stack[start..sp), **kwnames) with new references to self and the arguments (the caller's
 * stack keeps its own until __init__ returns). Positional calls bind as in frameFromStack.
 */
export function initFrameFromStack(init: PyObject, self: PyObject, stack: (PyObject | null)[], start: number, sp: number,
  kwnames: string[] | null): Frame {
  const fdata = init.value as FunctionData;
  const codeObj = fdata.code;
  const code = codeObj.value as Code;
  const nargs = sp - start + 1;
  const argcount = code.plainArgcount;
  if (kwnames === null && nargs <= argcount) {
    const firstDefault = firstDefaulted(fdata, argcount);
    if (nargs >= firstDefault) {
      const frame = takeFrame(code, codeObj, init, fdata);
      const fast = frame.fast;
      self.refcnt++;
      fast[0] = self;
      for (let i = 1; i < nargs; i++) {
        const v = stack[start + i - 1]!;
        v.refcnt++;
        fast[i] = v;
      }
      fillDefaults(fast, fdata, nargs, argcount, firstDefault);
      init.refcnt++;
      return frameReady(frame, code, codeObj, fdata);
    }
  }
  const argv: PyObject[] = [self];
  for (let i = start; i < sp; i++) argv.push(stack[i]!);
  return makeFunctionFrame(init, argv, 0, nargs, kwnames, false);
}

/** Create the frame for calling a Python function (arguments bound; cells and closure set up). */
export function makeFunctionFrame(func: PyObject, args: PyObject[], start: number, nargs: number,
  kwnames: string[] | null, owned: boolean): Frame {
  const fdata = func.value as FunctionData;
  const codeObj = fdata.code;
  const code = codeObj.value as Code;
  const frame = takeFrame(code, codeObj, func, fdata);
  try {
    bindArgs(frame, fdata, args, start, nargs, kwnames, owned);
  } catch (e) {
    putBackUnused(code, frame);
    throw e;
  }
  func.refcnt++;
  // globals and builtins are borrowed from func (3.11's f_globals / f_builtins)
  return frameReady(frame, code, codeObj, fdata);
}

/** MAKE_CELL / COPY_FREE_VARS: cells for cell variables (moving argument values in), closure cells */
export function setupCells(frame: Frame, fdata: FunctionData | null): void {
  const code = frame.code;
  const base = code.nlocals;
  for (let i = 0; i < code.ncells; i++) {
    const a = code.cell2arg[i];
    let v: PyObject | null = null;
    if (a >= 0) {
      v = frame.fast[a];
      frame.fast[a] = null;
    }
    frame.fast[base + i] = callHooks.newCell(v);
    if (v !== null) decref(v);
  }
  if (code.nfree > 0 && fdata !== null && fdata.closure !== null) {
    const cells = fdata.closure.value as PyObject[];
    for (let i = 0; i < code.nfree; i++) {
      incref(cells[i]);
      frame.fast[base + code.ncells + i] = cells[i];
    }
  }
}

/** code whose call makes a generator, a coroutine or an async generator (vm/generator.ts) instead of running */
export const isGeneratorCode = (code: Code): boolean => (code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
