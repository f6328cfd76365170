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
// plain JS objects (never on the pyheap heap), its other constants are None, small ints and
// cached strs (static objects, whose counts it leaves as it found them), and it allocates
// nothing (every int it makes is a small int).

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import {
  Op, NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_FLOOR_DIVIDE, NB_REMAINDER, NB_AND, NB_OR, NB_XOR, NB_INPLACE,
} from '../compiler/opcodes.js';
import type { CodeUnit } from '../compiler/codeunit.js';
import { Code, CodeType } from '../objects/code.js';
import { None } from '../objects/singletons.js';
import { newInt } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { DictType } from '../objects/dict.js';
import { DictTable } from '../objects/dicttable.js';
import { FunctionType, type FunctionData } from '../objects/function.js';
import type { PyType } from '../objects/type.js';
import { Frame } from './frame.js';
import { runFrame } from './eval.js';

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
 *       identity(i)                   (CALL of a Python function: a frame pushed in the loop, and
 *                                      RETURN_VALUE back into its caller's frame)
 *       i += 1                        (BINARY_OP of an add-then-store site, quickened: vm/specialize.ts)
 *   return None                       (LOAD_CONST__RETURN_VALUE)
 * and then a second code, `return 0 * 0` (BINARY_OP__RETURN_VALUE).
 * Every int it makes is a small int (0 <= i + i <= 2N + 2) and every str a cached one-character or empty
 * str, so nothing is allocated. An instruction the loop never ran before V8 optimized it has no
 * type feedback, and its first run throws the optimized loop away ("insufficient type feedback"):
 * the attribute and method instructions here are in almost every program, and without them each
 * program paid that once or twice.
 */
function warmUpUnit(): CodeUnit {
  const ZERO = 1, ONE = 2, LIMIT = 3, A = 4, EMPTY = 5, IDENTITY = 6; // constant indices (0: None)
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
  );
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
  return {
    name: '<warm-up>', qualname: '<warm-up>', filename: '<warm-up>', firstlineno: 1,
    argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, flags: 0,
    code: Int32Array.from(code), positions: new Int32Array(code.length * 4).fill(-1),
    consts: [], names: ['__class__', 'upper', 'len'], varnames: ['i', 'x', 's'], cellvars: [], freevars: [], stacksize: 4, maxblocks: 0,
  };
}

/** `def identity(a): return a` */
function identityUnit(): CodeUnit {
  const code = [w(Op.LOAD_FAST, 0), w(Op.RETURN_VALUE)];
  return {
    name: 'identity', qualname: 'identity', filename: '<warm-up>', firstlineno: 1,
    argcount: 1, posonlyargcount: 0, kwonlyargcount: 0, flags: 0,
    code: Int32Array.from(code), positions: new Int32Array(code.length * 4).fill(-1),
    consts: [], names: [], varnames: ['a'], cellvars: [], freevars: [], stacksize: 1, maxblocks: 0,
  };
}

/** `return 0 * 0` (constants as the main unit's) */
function productUnit(): CodeUnit {
  const code = [w(Op.LOAD_CONST, 1), w(Op.LOAD_CONST, 1), w(Op.BINARY_OP, NB_MULTIPLY), w(Op.RETURN_VALUE)];
  return {
    name: '<warm-up>', qualname: '<warm-up>', filename: '<warm-up>', firstlineno: 1,
    argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, flags: 0,
    code: Int32Array.from(code), positions: new Int32Array(code.length * 4).fill(-1),
    consts: [], names: [], varnames: [], cellvars: [], freevars: [], stacksize: 2, maxblocks: 0,
  };
}

/** a stand-in object outside pyheap's heap (no address, never freed: its count never reaches 0) */
function standIn(type: PyType, value: unknown): PyObject {
  const o = new PyObject(type, value, null);
  o.refcnt = 1 << 30;
  return o;
}

/**
 * Run the warm-up program once per process, before any Python code: about 700 instructions. V8
 * gives the loop its feedback vector after a few instructions; much more than this would make V8
 * optimize the loop for the warm-up's instructions alone, before the program's ran.
 */
export function warmUpLoop(builtins: PyObject): void {
  // stand-ins for the code objects, the globals and the function, outside pyheap's heap; the
  // frame releases its namespaces (it has no function), so builtins gets a reference for it
  const holder = standIn(CodeType, null);
  const globals = standIn(DictType, new DictTable());
  const identityData: FunctionData = {
    code: standIn(CodeType, new Code(identityUnit(), [])), globals, builtins, name: None, qualname: None,
    defaults: null, kwdefaults: null, closure: null, doc: None, module: None, annotations: null,
  };
  const consts: PyObject[] = [None, newInt(0), newInt(1), newInt(12), newStr('a'), newStr(''),
    standIn(FunctionType, identityData)];
  builtins.refcnt++;
  const code = new Code(warmUpUnit(), consts);
  // quickened from the start, so that `i += 1` runs vm/specialize.ts's add-then-store path too
  // (an ADD_INT site): most programs' loops warm up and reach it after V8 optimized the loop
  code.warmup = 0;
  decref(runFrame(new Frame(code, holder, null, globals, builtins, null)));
  builtins.refcnt++;
  decref(runFrame(new Frame(new Code(productUnit(), consts), holder, null, globals, builtins, null)));
  for (let i = 1; i < consts.length - 1; i++) decref(consts[i]);
}
