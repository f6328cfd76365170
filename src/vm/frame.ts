// LAYER: vm. Interpreter frames (CPython 3.11's _PyInterpreterFrame): plain JS records, not heap
// objects, so a Python-to-Python call allocates nothing on the pyheap heap (as in 3.11). A frame
// OBJECT (the Python-visible `frame`, objects made by sys._getframe and tracebacks) is created
// lazily and, if it outlives the call, takes over the frame's locals.
//
//   fast[0 .. nlocals)                 local variables (parameters first)
//   fast[nlocals .. +ncells)           cells of this frame's cell variables
//   fast[.. +nfree)                    cells of the closure (free variables)
//   stack[0 .. sp)                     the value stack (owned references)
//   blocks                             the runtime block stack (SETUP_FINALLY ...), flat triples
//                                      (handler, stack level, push-lasti flag); null until first used

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { Code } from '../objects/code.js';
import type { HeldBlock } from './callinstance.js';

/**
 * a packed array of n nulls (faster to create and to read than a holey one), of the elements
 * kind that holds objects even when n is 0: an empty [] would keep the small-integer kind, and
 * the optimized code reading every frame's arrays would be thrown away at the first such frame
 */
function nullArray(n: number): (PyObject | null)[] {
  const a: (PyObject | null)[] = [null];
  for (let i = 1; i < n; i++) a.push(null);
  if (n === 0) a.pop();
  return a;
}

export class Frame {
  code: Code;
  codeObj: PyObject;
  /** the function being run (owned), or null for a module body run by execCode */
  func: PyObject | null;
  /**
   * globals and builtins: BORROWED from `func` (it keeps them alive, as in 3.11 where f_globals and
   * f_builtins are borrowed from f_func); owned only by a frame without a function (see ownsNamespaces)
   */
  globals: PyObject;
  builtins: PyObject;
  /** the locals mapping for module and class bodies (LOAD_NAME), else null */
  locals: PyObject | null;
  fast: (PyObject | null)[];
  stack: (PyObject | null)[];
  sp!: number;
  pc!: number;
  /** index of the instruction being executed (for line numbers) */
  lasti!: number;
  blocks!: number[] | null;
  back!: Frame | null;
  /** the Python frame object, once materialised (owned) */
  frameObject!: PyObject | null;
  /** the generator running this frame, if any (borrowed) */
  generator!: PyObject | null;
  /** set when the frame suspended at a yield (vs returned) */
  yielded!: boolean;
  /** the frame finished: its locals were released or handed to the frame object */
  finished!: boolean;
  /** the locals and the frame's other references were released (releaseLocals ran) */
  released!: boolean;
  /** recursion depth of this frame while it runs */
  depth!: number;
  /**
   * an `__init__` frame the loop runs in place of type.__call__ (eval.ts CALL): the new instance
   * (owned, the reference type.__call__ would hold) and the caller's CALL stack base, whose
   * callable and arguments stay on the caller's stack until __init__ returns. Else null.
   */
  initSelf!: PyObject | null;
  initBase!: number;
  /**
   * what type.__call__ holds meanwhile (objects/tpcall.ts) on the arguments from `initArgs` on the
   * caller's stack: _PyObject_MakeTpCall's args tuple (owned) or, when making it would not show,
   * one reference on each of the first `initHeldArgs` instead; its kwargs dict (owned, or null);
   * with keywords, slot_tp_init's unpacked copy, which holds the instance and each argument once
   * more (initUnpacked)
   */
  initArgsTuple!: PyObject | null;
  initHeldArgs!: number;
  /** the args tuple's block, reserved off its free list while the references are held */
  initArgsBlock!: PyObject | null;
  initKwDict!: PyObject | null;
  initUnpacked!: boolean;
  /** the unpacked copy's tuple of keyword names, when it was made (unpackedNamesTuple) */
  initKwNames!: PyObject | null;
  initArgs!: number;
  /**
   * a frame the loop switched to for CALL_FUNCTION_EX (evalrare.ts) or for CALL of an instance
   * with a Python __call__ (callinstance.ts): what the call holds while it runs (the packed
   * arguments, _PyStack_UnpackDict's references, the caller's callable and arguments), owned,
   * released in this order once the frame is cleared; and the recursion units the frame takes
   * (2 with slot_tp_call's). Else null.
   */
  callHeld!: (PyObject | HeldBlock)[] | null;
  callUnits!: number;

  constructor(code: Code, codeObj: PyObject, func: PyObject | null, globals: PyObject, builtins: PyObject,
    locals: PyObject | null) {
    this.code = code;
    this.codeObj = codeObj;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.fast = nullArray(code.nlocals + code.ncells + code.nfree);
    this.stack = nullArray(code.unit.stacksize + 2);
    this.resetRunState();
  }

  /**
   * make a pooled frame ready for a new call of the same code. A frame goes to the pool (eval.ts
   * clearFrame, call.ts on a binding error) only with its stack empty and no frame object,
   * generator, locals mapping or __init__ instance: only what running it changes is reset here.
   */
  reuse(func: PyObject | null, globals: PyObject, builtins: PyObject): void {
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.resetRunChanges();
  }

  /** the state of a frame about to run: nothing executed, nothing on the stacks */
  private resetRunState(): void {
    this.sp = 0;
    this.frameObject = null;
    this.generator = null;
    this.depth = 0;
    this.initSelf = null;
    this.initBase = 0;
    this.initArgsTuple = null;
    this.initHeldArgs = 0;
    this.initArgsBlock = null;
    this.initKwDict = null;
    this.initKwNames = null;
    this.initUnpacked = false;
    this.initArgs = 0;
    this.callHeld = null;
    this.callUnits = 1;
    this.resetRunChanges();
  }

  /** what every run of a frame changes (and a pooled frame keeps from its last run) */
  private resetRunChanges(): void {
    this.pc = 0;
    this.lasti = 0;
    this.blocks = null;
    this.back = null;
    this.yielded = false;
    this.finished = false;
    this.released = false;
  }

  get lineno(): number {
    return this.code.lineOf(this.lasti);
  }

}

/**
 * Whether a frame owns its globals and builtins: only one run without a function (execCode, where
 * CPython's temporary function object would own them); a function's frame borrows them.
 */
export function ownsNamespaces(f: Frame): boolean {
  return f.func === null;
}

/** Release the value-stack slots [from, to), top first, leaving them empty: a call's callable and
 *  arguments once it has returned. */
export function releaseStack(stack: (PyObject | null)[], from: number, to: number): void {
  for (let i = to - 1; i >= from; i--) {
    const v = stack[i];
    stack[i] = null;
    if (v !== null) decref(v);
  }
}

/**
 * A new array of the value-stack slots [from, to) (the arguments of a call to a builtin, the
 * items of a new tuple or list): an array literal for the usual small counts, which V8 allocates
 * inline, where stack.slice goes through the generic Array.prototype.slice builtin. (An empty
 * array comes from slice too: an empty literal would start with small-integer elements and
 * change kind when a list grows.)
 */
export function stackArgs(stack: (PyObject | null)[], from: number, to: number): PyObject[] {
  switch (to - from) {
    case 1: return [stack[from]!];
    case 2: return [stack[from]!, stack[from + 1]!];
    case 3: return [stack[from]!, stack[from + 1]!, stack[from + 2]!];
    default: return stack.slice(from, to) as PyObject[];
  }
}
