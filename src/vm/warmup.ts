// LAYER: vm. A warm-up of the interpreter loop at startup, invisible to Python.
//
// V8 compiles the loop (eval.ts execute) with the type feedback its instructions have collected
// so far, and turns every operation that never ran into a deoptimization. A program's module
// code typically reaches a POP_TOP, say, only after its main function's hot loop got the loop
// optimized: the loop then deoptimizes and runs about ten times slower until V8 has compiled
// it again (0.1-0.4 s). Running the commonest kinds of instruction through the loop before the
// program starts gives them feedback.
//
// The warm-up touches nothing Python can see: its code objects, its function and its frames are
// plain JS objects (never on the pyheap heap), its other constants are None, small ints, cached
// strs and the builtins dict with one of its keys (whose counts it leaves as it found them), its
// ints are small ints, and the few objects it makes (a short str, a cell, a list, a tuple, a
// generator) it frees again before the program starts: their blocks go back to the heads of
// their pools' free lists, so obmalloc then hands out the same addresses in the same order as if
// they had never been taken; the GC counts go back down as the objects are freed; the list and
// the tuple, which their free lists keep, are taken off those lists and freed too; and automatic
// collection is off meanwhile (so not even PYHEAP_GC_STRESS collects during the warm-up).

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import {
  Op, NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_FLOOR_DIVIDE, NB_REMAINDER, NB_AND, NB_OR, NB_XOR, NB_INPLACE,
} from '../compiler/opcodes.js';
import { CO_GENERATOR, type CodeUnit } from '../compiler/codeunit.js';
import { Code, CodeType } from '../objects/code.js';
import { None } from '../objects/singletons.js';
import { newInt } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { DictType } from '../objects/dict.js';
import { TupleType } from '../objects/tuple.js';
import { DictTable } from '../objects/dicttable.js';
import { FunctionType, type FunctionData } from '../objects/function.js';
import type { PyType } from '../objects/type.js';
import { Frame } from './frame.js';
import { runFrame } from './eval.js';
import { setupCells } from './call.js';
import { freeListLengths, trimFreeLists } from '../objects/alloc.js';
import { gcState } from '../memory/generations.js';

const w = (op: number, arg = 0): number => op | (arg << 8);

/**
 *   x = None; x                       (LOAD_CONST, STORE_FAST, LOAD_FAST, POP_TOP)
 *   i = 0
 *   while i < N:                      (COMPARE_OP, POP_JUMP_IF_FALSE/TRUE)
 *       i + 1; i - 1; i * 1; ...      (BINARY_OP: each operation the loop does on small ints)
 *       i < 1; i <= 1; ...            (COMPARE_OP: each comparison)
 *       x is None                     (IS_OP)
 *       x == None                     (COMPARE_OP on other objects)
 *       i + i                         (LOAD_FAST__LOAD_FAST: most pairs in __init__s are now part of
 *                                      LOAD_FAST__LOAD_FAST__STORE_ATTR)
 *       x.__class__; 'a'.__class__.upper   (LOAD_ATTR: an instance's and a type's getattr; the
 *                                      first is LOAD_FAST__LOAD_ATTR)
 *       'a'.upper(); s.upper()        (LOAD_METHOD, LOAD_FAST__LOAD_METHOD with s = 'a', CALL of a
 *                                      method descriptor)
 *       len('a')                      (LOAD_GLOBAL from builtins, CALL of a builtin function)
 *       1 < i                         (LOAD_CONST__LOAD_FAST)
 *       (three JUMPs)                 (JUMP forward and backward: a for loop's backward jump is
 *                                      fused with its next step, so a plain one may come late)
 *       if x is None: / is not None:  (POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE, to the next line)
 *       'a' + ''; 'a' += ''; 'a'[0]   (BINARY_OP, in place too, and BINARY_SUBSCR on other objects)
 *       identity(i)                   (CALL of a Python function: a frame pushed, run next, a
 *                                      module global loaded, RETURN_VALUE back into the caller)
 *       identity(a=i)                 (KW_NAMES, and CALL binding a keyword by the code's plan)
 *       identity.__reduce_ex__        (LOAD_METHOD on an object with a __dict__, without the call)
 *       builtins['len']               (BINARY_SUBSCR of a dict: the builtins dict, its own key)
 *       t = 'a' + 'a'; t += 'a'       (a new str, appended to in place: vm/specialize.ts;
 *       t = None                       then freed, so that one block is taken and given back)
 *       c = i; c                      (STORE_DEREF, replacing the cell's value, and LOAD_DEREF)
 *       [i, i] + [i]; (i, i, i, i)    (BUILD_LIST, then LIST_APPEND as a list comprehension's, which
 *                                      grows its item array; BUILD_TUPLE: a 2-list and a 4-tuple,
 *                                      whose blocks are of different size classes: see warmUpLoop)
 *       for y in one(i): pass         (CALL of a generator function, FOR_ITER over the generator,
 *                                      YIELD_VALUE and the generator's return in its frame)
 *       i += 1                        (BINARY_OP of an add-then-store site, quickened: vm/specialize.ts)
 *   return None                       (LOAD_CONST__RETURN_VALUE)
 * and then a second code, `for y in ('a',): pass` and `return 0 * 0` (BINARY_OP__RETURN_VALUE),
 * whose backward jumps are in code that is not quickened yet (so they count toward co_warmup:
 * vm/specialize.ts).
 * Every int it makes is a small int (0 <= i + i <= 2N + 2) and every str but `t` a cached
 * one-character or empty str; each object it makes is freed before the next is made (see the
 * top). An instruction the loop never ran before V8 optimized it has no
 * type feedback, and its first run throws the optimized loop away ("insufficient type feedback"):
 * the attribute and method instructions here are in almost every program, and without them each
 * program paid that once or twice.
 */
function warmUpUnit(): CodeUnit {
  const ZERO = 1, ONE = 2, LIMIT = 3, A = 4, EMPTY = 5, IDENTITY = IDENTITY_CONST, BUILTINS = 7, LEN = 8, PAIR = PAIR_CONST, KW_A = KW_CONST; // constant indices (0: None)
  const code = [
    w(Op.LOAD_CONST, 0), w(Op.STORE_FAST, 1), w(Op.LOAD_FAST, 1), w(Op.POP_TOP),
    w(Op.LOAD_CONST, A), w(Op.STORE_FAST, 2),
    w(Op.LOAD_CONST, 1), w(Op.STORE_FAST, 0),
  ];
  const loop = code.length;
  for (const nb of [NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_FLOOR_DIVIDE, NB_REMAINDER, NB_AND, NB_OR, NB_XOR]) {
    code.push(w(Op.LOAD_FAST, 0), w(Op.LOAD_CONST, ONE), w(Op.BINARY_OP, nb), w(Op.POP_TOP));
  }
  for (let cmp = 0; cmp < 6; cmp++) {
    code.push(w(Op.LOAD_FAST, 0), w(Op.LOAD_CONST, ONE), w(Op.COMPARE_OP, cmp), w(Op.POP_TOP));
  }
  code.push(
    w(Op.LOAD_FAST, 1), w(Op.LOAD_CONST, 0), w(Op.COMPARE_OP, 2), w(Op.POP_TOP),
    w(Op.LOAD_FAST, 0), w(Op.LOAD_FAST, 0), w(Op.BINARY_OP, NB_ADD), w(Op.POP_TOP),
    w(Op.LOAD_FAST, 1), w(Op.LOAD_ATTR, 0), w(Op.POP_TOP),
    w(Op.LOAD_CONST, A), w(Op.LOAD_ATTR, 0), w(Op.LOAD_ATTR, 1), w(Op.POP_TOP),
    w(Op.LOAD_CONST, A), w(Op.LOAD_METHOD, 1), w(Op.CALL, 0), w(Op.POP_TOP),
    w(Op.LOAD_FAST, 2), w(Op.LOAD_METHOD, 1), w(Op.CALL, 0), w(Op.POP_TOP),
    w(Op.LOAD_GLOBAL, (2 << 1) | 1), w(Op.LOAD_CONST, A), w(Op.CALL, 1), w(Op.POP_TOP),
    w(Op.LOAD_CONST, A), w(Op.LOAD_CONST, EMPTY), w(Op.BINARY_OP, NB_ADD), w(Op.POP_TOP),
    w(Op.LOAD_CONST, A), w(Op.LOAD_CONST, EMPTY), w(Op.BINARY_OP, NB_INPLACE + NB_ADD), w(Op.POP_TOP),
    w(Op.LOAD_CONST, A), w(Op.LOAD_CONST, ZERO), w(Op.BINARY_SUBSCR), w(Op.POP_TOP),
    w(Op.LOAD_CONST, ONE), w(Op.LOAD_FAST, 0), w(Op.COMPARE_OP, 0), w(Op.POP_TOP),
    w(Op.PUSH_NULL), w(Op.LOAD_CONST, IDENTITY), w(Op.LOAD_FAST, 0), w(Op.CALL, 1), w(Op.POP_TOP),
    w(Op.PUSH_NULL), w(Op.LOAD_CONST, IDENTITY), w(Op.LOAD_FAST, 0), w(Op.KW_NAMES, KW_A), w(Op.CALL, 1), w(Op.POP_TOP),
    w(Op.LOAD_CONST, IDENTITY), w(Op.LOAD_METHOD, 3), w(Op.POP_TOP), w(Op.POP_TOP),
    w(Op.LOAD_CONST, BUILTINS), w(Op.LOAD_CONST, LEN), w(Op.BINARY_SUBSCR), w(Op.POP_TOP),
    w(Op.LOAD_CONST, A), w(Op.LOAD_CONST, A), w(Op.BINARY_OP, NB_ADD), w(Op.STORE_FAST, 4),
    w(Op.LOAD_FAST, 4), w(Op.LOAD_CONST, A), w(Op.BINARY_OP, NB_INPLACE + NB_ADD), w(Op.STORE_FAST, 4),
    w(Op.LOAD_CONST, 0), w(Op.STORE_FAST, 4),
    w(Op.LOAD_FAST, 0), w(Op.STORE_DEREF, 0), w(Op.LOAD_DEREF, 0), w(Op.POP_TOP),
    w(Op.LOAD_FAST, 0), w(Op.LOAD_FAST, 0), w(Op.BUILD_LIST, 2), w(Op.LOAD_FAST, 0), w(Op.LIST_APPEND, 1), w(Op.POP_TOP),
    w(Op.LOAD_FAST, 0), w(Op.LOAD_FAST, 0), w(Op.LOAD_FAST, 0), w(Op.LOAD_FAST, 0), w(Op.BUILD_TUPLE, 4), w(Op.POP_TOP),
    w(Op.PUSH_NULL), w(Op.LOAD_CONST, PAIR), w(Op.LOAD_FAST, 0), w(Op.CALL, 1), w(Op.GET_ITER),
  );
  const forIter = code.length;
  code.push(w(Op.FOR_ITER, forIter + 3), w(Op.STORE_FAST, 3), w(Op.JUMP, forIter));
  // JUMP forward, backward, forward: a -> c -> b -> d
  const a = code.length;
  code.push(w(Op.JUMP, a + 2), w(Op.JUMP, a + 3), w(Op.JUMP, a + 1));
  code.push(w(Op.LOAD_FAST, 1), w(Op.POP_JUMP_IF_NONE, code.length + 2));
  code.push(w(Op.LOAD_FAST, 1), w(Op.POP_JUMP_IF_NOT_NONE, code.length + 2));
  code.push(w(Op.LOAD_FAST, 1), w(Op.LOAD_CONST, 0), w(Op.IS_OP, 0), w(Op.POP_JUMP_IF_FALSE, 0));
  const toEnd = code.length - 1;
  code.push(
    w(Op.LOAD_FAST, 0), w(Op.LOAD_CONST, ONE), w(Op.BINARY_OP, NB_INPLACE + NB_ADD), w(Op.STORE_FAST, 0),
    w(Op.LOAD_FAST, 0), w(Op.LOAD_CONST, LIMIT), w(Op.COMPARE_OP, 0), w(Op.POP_JUMP_IF_TRUE, loop),
  );
  code[toEnd] = w(Op.POP_JUMP_IF_FALSE, code.length);
  code.push(w(Op.LOAD_CONST, 0), w(Op.RETURN_VALUE));
  return codeUnit('<warm-up>', code, {
    names: ['__class__', 'upper', 'len', '__reduce_ex__'], varnames: ['i', 'x', 's', 'y', 't'], cellvars: ['c'], stacksize: 4,
  });
}

/** a CodeUnit of the warm-up: `code` with the parts given, the rest empty (no positions, no arguments) */
function codeUnit(name: string, code: number[], parts: Partial<CodeUnit>): CodeUnit {
  return {
    name, qualname: name, filename: '<warm-up>', firstlineno: 1,
    argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, flags: 0,
    code: Int32Array.from(code), positions: new Int32Array(code.length * 4).fill(-1),
    consts: [], names: [], varnames: [], cellvars: [], freevars: [], stacksize: 1, maxblocks: 0,
    ...parts,
  };
}

/** the indices of the functions and the keyword names among the warm-up's constants (stand-ins: never released) */
const IDENTITY_CONST = 6, PAIR_CONST = 9, KW_CONST = 10;

/**
 * `def identity(a): len; return a`, a function whose globals are the builtins dict (so `len` is
 * found in its globals: LOAD_GLOBAL's module-global path, where the loop's own finds builtins)
 */
function identityUnit(): CodeUnit {
  const code = [w(Op.LOAD_GLOBAL, 0 << 1), w(Op.POP_TOP), w(Op.LOAD_FAST, 0), w(Op.RETURN_VALUE)];
  return codeUnit('identity', code, { argcount: 1, names: ['len'], varnames: ['a'] });
}

/** `def one(a): yield a` */
function oneUnit(): CodeUnit {
  const code = [w(Op.LOAD_FAST, 0), w(Op.YIELD_VALUE), w(Op.POP_TOP), w(Op.LOAD_CONST, 0), w(Op.RETURN_VALUE)];
  return codeUnit('one', code, { argcount: 1, flags: CO_GENERATOR, varnames: ['a'] });
}

/** a stand-in function outside pyheap's heap, running `unit` in `globals` */
function standInFunction(unit: CodeUnit, consts: PyObject[], globals: PyObject, builtins: PyObject): PyObject {
  const data: FunctionData = {
    code: standIn(CodeType, new Code(unit, consts)), globals, builtins, name: None, qualname: None,
    defaults: null, kwdefaults: null, closure: null, doc: None, module: None, annotations: null,
  };
  return standIn(FunctionType, data);
}

/** `for y in ('a',): pass` and `return 0 * 0` (constants as the main unit's) */
function productUnit(): CodeUnit {
  // (the for loop's backward jump, JUMP__FOR_ITER__STORE_FAST, and then three JUMPs, 5 -> 7 ->
  // 6 -> 8, the backward ones in code not yet quickened: they count co_warmup, which the main
  // unit's, quickened from the start, never does; a module's first loop often runs its first
  // backward jump only after V8 optimized the loop, on what its functions ran)
  const code = [
    w(Op.LOAD_CONST, KW_CONST), w(Op.GET_ITER), w(Op.FOR_ITER, 5), w(Op.STORE_FAST, 0), w(Op.JUMP, 2),
    w(Op.JUMP, 7), w(Op.JUMP, 8), w(Op.JUMP, 6),
    w(Op.LOAD_CONST, 1), w(Op.LOAD_CONST, 1), w(Op.BINARY_OP, NB_MULTIPLY), w(Op.RETURN_VALUE),
  ];
  return codeUnit('<warm-up>', code, { stacksize: 2, varnames: ['y'] });
}

/** a stand-in object outside pyheap's heap (no address, never freed: its count never reaches 0) */
function standIn(type: PyType, value: unknown): PyObject {
  const o = new PyObject(type, value, null);
  o.refcnt = 1 << 30;
  return o;
}

/**
 * Run the warm-up program once per process, before any Python code: about 4,000 instructions. V8
 * gives the loop its feedback vector after a few instructions; much more than this would make V8
 * optimize the loop for the warm-up's instructions alone, before the program's ran.
 */
export function warmUpLoop(builtins: PyObject): void {
  // stand-ins for the code objects, the globals and the function, outside pyheap's heap; the
  // frame releases its namespaces (it has no function), so builtins gets a reference for it
  const holder = standIn(CodeType, null);
  const globals = standIn(DictType, new DictTable());
  const lenKey = (builtins.value as DictTable).keys.find((k) => k !== null && k.value === 'len')!;
  lenKey.refcnt++;
  builtins.refcnt++;
  const consts: PyObject[] = [None, newInt(0), newInt(1), newInt(12), newStr('a'), newStr(''),
    standInFunction(identityUnit(), [], builtins, builtins), builtins, lenKey,
    standInFunction(oneUnit(), [None], globals, builtins)];
  consts.push(standIn(TupleType, [consts[4]]));
  const unit = warmUpUnit();
  // what it makes (a str, a cell, a list, a tuple, a generator) it frees: blocks and GC counts go
  // back as they were, and the list and the tuple the free lists kept go back to obmalloc (each
  // the only block of its size class still taken then, so the order they are freed in is moot)
  const lengths = freeListLengths();
  const collecting = gcState.enabled;
  gcState.enabled = false;
  try {
    // twice, each time with empty inline caches: V8 gives the loop its feedback vector only
    // after the first few instructions, so the caches' misses (each site's first run) get their
    // feedback in the second run
    for (let run = 0; run < 2; run++) {
      const code = new Code(unit, consts);
      // quickened from the start, so that `i += 1` runs vm/specialize.ts's add-then-store path too
      // (an ADD_INT site): most programs' loops warm up and reach it after V8 optimized the loop
      code.warmup = 0;
      builtins.refcnt++;
      const frame = new Frame(code, holder, null, globals, builtins, null);
      setupCells(frame, null);
      decref(runFrame(frame));
    }
    builtins.refcnt++;
    decref(runFrame(new Frame(new Code(productUnit(), consts), holder, null, globals, builtins, null)));
  } finally {
    gcState.enabled = collecting;
  }
  trimFreeLists(lengths);
  for (let i = 1; i < consts.length; i++) if (i !== IDENTITY_CONST && i !== PAIR_CONST && i !== KW_CONST) decref(consts[i]);
}
