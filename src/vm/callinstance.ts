// LAYER: vm. CALL of an instance whose class defines __call__ as a Python function: CPython's
// _PyObject_MakeTpCall and slot_tp_call, done by the loop, so that __call__ runs as the next frame
// of runFrame instead of a nested one. A recursion through callable instances (functools.lru_cache's
// wrapper around a recursive function) then goes as deep as the recursion limit allows, as in
// CPython, instead of running out of JS stack after a few thousand levels.
//
//   CALL [obj, a, b, v]   _PyObject_MakeTpCall        slot_tp_call             __call__'s frame
//   kwnames ('k',)    ->  args (a, b), {'k': v}   ->  one recursion unit   ->  (obj, a, b, k=v)
//                         (objects/tpcall.ts)         with keywords, _PyStack_UnpackDict holds
//                                                     obj, a, b, v once more, and a names tuple
//
// What these hold stays held while the frame runs (Frame.callHeld) and is released when the frame
// is cleared (it returned or raised), in CPython's order, followed by the caller's callable and
// arguments, which CALL releases after the call. The frame takes two recursion units (the tp_call
// and its own), one for a __call__ standing in for a C type's (objects/code.ts writtenInC).
// objects/slots.ts slotTpCall is the same call made from TypeScript.

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { type PyType, typeLookup, TPFLAGS_HEAPTYPE } from '../objects/type.js';
import { FunctionType, type FunctionData } from '../objects/function.js';
import { writtenInC, type Code } from '../objects/code.js';
import { putBackFreeTuple } from '../objects/tuple.js';
import { tpCallHooks, unpackedNamesTuple, packArgsTuple } from '../objects/tpcall.js';
import { slotTpCall } from '../objects/slots.js';
import { checkRecursion, WHILE_CALLING } from '../objects/recursion.js';
import { Frame, stackArgs } from './frame.js';
import { makeFunctionFrame, isGeneratorCode } from './call.js';

/** a free-list tuple block kept off its list while a call runs (objects/tpcall.ts), in Frame.callHeld */
export class HeldBlock {
  constructor(readonly size: number, readonly block: PyObject) {}
}

/** release what a frame's call held (Frame.callHeld), in order */
export function releaseCallHeld(held: (PyObject | HeldBlock)[]): void {
  for (const o of held) {
    if (o instanceof HeldBlock) putBackFreeTuple(o.size, o.block);
    else decref(o);
  }
}

/** the Python __call__ the loop can run for a call of `callable`, or null (call it through its type) */
export function pythonCallOf(callable: PyObject): PyObject | null {
  const tp = callable.type as PyType;
  if ((tp.flags & TPFLAGS_HEAPTYPE) === 0 || tp.call !== slotTpCall) return null;
  const d = typeLookup(tp, '__call__');
  if (d === null || d.type !== FunctionType) return null;
  return isGeneratorCode((d.value as FunctionData).code.value as Code) ? null : d;
}

/**
 * The frame of `meth` (callable's class's __call__) for CALL's stack [base: NULL or callable,
 * callable or self..., arguments from `start` to `sp`], everything the call holds meanwhile in
 * its callHeld; the caller's stack from `base` is handed over to it too (left null).
 */
export function instanceCallFrame(callable: PyObject, meth: PyObject, stack: (PyObject | null)[], base: number,
  start: number, sp: number, kwnames: string[] | null): Frame {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = sp - start - nkw;
  const args = stackArgs(stack, start, sp);
  // _PyObject_MakeTpCall: its recursion check comes first, then the packing
  checkRecursion(WHILE_CALLING);
  const { tuple, block } = packArgsTuple(args, npos);
  const dict = nkw === 0 ? null : tpCallHooks.newKwDict(kwnames!, args.slice(npos));
  const held: (PyObject | HeldBlock)[] = [];
  if (nkw !== 0) {
    // slot_tp_call -> _PyObject_Call_Prepend: with keywords, _PyStack_UnpackDict's copy
    callable.refcnt++;
    for (const a of args) a.refcnt++;
    held.push(callable, ...args);
    const names = unpackedNamesTuple(kwnames!);
    if (names !== null) held.push(names);
  }
  if (tuple !== null) held.push(tuple);
  else {
    for (let i = 0; i < npos; i++) held.push(args[i]);
    if (block !== null) held.push(new HeldBlock(npos, block));
  }
  if (dict !== null) held.push(dict);
  let nf: Frame;
  try {
    nf = makeFunctionFrame(meth, [callable, ...args], 0, args.length + 1, kwnames, false);
  } catch (e) {
    releaseCallHeld(held);
    throw e;
  }
  // then CALL's own release of its stack, after the call
  for (let i = base; i < sp; i++) {
    const o = stack[i];
    stack[i] = null;
    if (o !== null) held.push(o);
  }
  nf.callHeld = held;
  nf.callUnits = writtenInC.has((meth.value as FunctionData).code.value as Code) ? 1 : 2;
  return nf;
}
