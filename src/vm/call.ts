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
import { CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR } from '../compiler/codeunit.js';
import { raiseTypeError } from '../objects/errors.js';
import { Frame } from './frame.js';
import { callHooks } from './callhooks.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function tooManyPositional(fname: string, code: Code, given: number, defcount: number, kwGiven: number): never {
  const argcount = code.unit.argcount;
  let takes: string;
  if (defcount > 0) takes = `from ${argcount - defcount} to ${argcount} positional arguments`;
  else takes = `${plural(argcount, 'positional argument')}`;
  let kwPart = '';
  if (kwGiven > 0) kwPart = ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwGiven, 'keyword-only argument')})`;
  const were = given === 1 && kwGiven === 0 ? 'was' : 'were';
  return raiseTypeError(`${fname}() takes ${takes} but ${given}${kwPart} ${were} given`);
}

/**
 * Fill frame.fast from args (positional values then keyword values named by kwnames). Throws a
 * TypeError before taking anything if the call does not fit.
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
  const fname = fdata.qualname.value as string;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = nargsTotal - nkw;
  const argcount = unit.argcount;
  const kwonly = unit.kwonlyargcount;
  const varnames = unit.varnames;
  const hasVarargs = (unit.flags & CO_VARARGS) !== 0;
  const hasVarkw = (unit.flags & CO_VARKEYWORDS) !== 0;
  const defaults = fdata.defaults === null ? null : (fdata.defaults.value as PyObject[]);
  const defcount = defaults === null ? 0 : defaults.length;


  if (npos > argcount && !hasVarargs) {
    let kwGiven = 0;
    if (kwnames !== null) for (const k of kwnames) if (varnames.indexOf(k) >= argcount && varnames.indexOf(k) < argcount + kwonly) kwGiven++;
    tooManyPositional(fname, code, npos, defcount, kwGiven);
  }
  // keyword checks (before taking anything)
  const kwIndex: number[] = [];
  const extraKw: number[] = [];
  const posonly = unit.posonlyargcount;
  const badPosonly: string[] = [];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = varnames.indexOf(name);
    if (i >= posonly && i < argcount + kwonly) {
      if (i < argcount && i < npos) raiseTypeError(`${fname}() got multiple values for argument '${name}'`);
      if (kwIndex.includes(i)) raiseTypeError(`${fname}() got multiple values for argument '${name}'`);
      kwIndex.push(i);
    } else if (hasVarkw) {
      kwIndex.push(-1);
      extraKw.push(k);
    } else if (i >= 0 && i < posonly) {
      badPosonly.push(name);
      kwIndex.push(-1);
    } else {
      raiseTypeError(`${fname}() got an unexpected keyword argument '${name}'`);
    }
  }
  if (badPosonly.length > 0) {
    raiseTypeError(`${fname}() got some positional-only arguments passed as keyword arguments: '${badPosonly.join(', ')}'`);
  }
  // missing arguments
  const filled = new Array(argcount + kwonly).fill(false);
  for (let i = 0; i < Math.min(npos, argcount); i++) filled[i] = true;
  for (const i of kwIndex) if (i >= 0) filled[i] = true;
  const missingPos: string[] = [];
  for (let i = 0; i < argcount - defcount; i++) if (!filled[i]) missingPos.push(varnames[i]);
  if (missingPos.length > 0) {
    raiseTypeError(`${fname}() missing ${plural(missingPos.length, 'required positional argument')}: ${nameList(missingPos)}`);
  }
  const kwdefaults = fdata.kwdefaults;
  const missingKw: string[] = [];
  for (let i = argcount; i < argcount + kwonly; i++) {
    if (!filled[i] && (kwdefaults === null || callHooks.dictGetStr(kwdefaults, varnames[i]) === null)) missingKw.push(varnames[i]);
  }
  if (missingKw.length > 0) {
    raiseTypeError(`${fname}() missing ${plural(missingKw.length, 'required keyword-only argument')}: ${nameList(missingKw)}`);
  }

  // bind (taking references)
  const take = (v: PyObject): PyObject => { if (!owned) incref(v); return v; };
  const npositional = Math.min(npos, argcount);
  for (let i = 0; i < npositional; i++) fast[i] = take(args[start + i]);
  let slot = argcount + kwonly;
  if (hasVarargs) {
    const extra: PyObject[] = [];
    for (let i = argcount; i < npos; i++) extra.push(take(args[start + i]));
    fast[slot++] = callHooks.newTupleSteal(extra);
  }
  let kwdict: PyObject | null = null;
  if (hasVarkw) {
    kwdict = callHooks.newDict();
    fast[slot++] = kwdict;
  }
  for (let k = 0; k < nkw; k++) {
    const i = kwIndex[k];
    const v = args[start + npos + k];
    if (i >= 0) fast[i] = take(v);
    else if (kwdict !== null) {
      callHooks.dictSetStr(kwdict, kwnames![k], v);
      if (owned) decref(v);
    } else if (owned) decref(v);
  }
  for (let i = npositional; i < argcount; i++) {
    if (fast[i] === null) {
      const d = defaults![i - (argcount - defcount)];
      incref(d);
      fast[i] = d;
    }
  }
  for (let i = argcount; i < argcount + kwonly; i++) {
    if (fast[i] === null) {
      const d = callHooks.dictGetStr(kwdefaults!, varnames[i])!;
      incref(d);
      fast[i] = d;
    }
  }
}

/** how many finished frames each code object keeps for reuse */
export const FRAME_POOL_MAX = 8;

/** Create the frame for calling a Python function (arguments bound; cells and closure set up). */
export function makeFunctionFrame(func: PyObject, args: PyObject[], start: number, nargs: number,
  kwnames: string[] | null, owned: boolean): Frame {
  const fdata = func.value as FunctionData;
  const codeObj = fdata.code;
  const code = codeObj.value as Code;
  const pool = code.framePool as Frame[];
  let frame: Frame;
  if (pool.length > 0) {
    frame = pool.pop()!;
    frame.reuse(func, fdata.globals, fdata.builtins);
  } else {
    frame = new Frame(code, codeObj, func, fdata.globals, fdata.builtins, null);
  }
  try {
    bindArgs(frame, fdata, args, start, nargs, kwnames, owned);
  } catch (e) {
    // nothing was taken: the frame goes back unused
    frame.finished = true;
    frame.released = true;
    if (pool.length < FRAME_POOL_MAX) pool.push(frame);
    throw e;
  }
  func.refcnt++;
  codeObj.refcnt++;
  fdata.globals.refcnt++;
  fdata.builtins.refcnt++;
  if (code.ncells !== 0 || code.nfree !== 0) setupCells(frame, fdata);
  return frame;
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

export const isGeneratorCode = (code: Code): boolean => (code.flags & CO_GENERATOR) !== 0;
