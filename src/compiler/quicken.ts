// LAYER: compiler <-> vm contract. The instructions the VM runs: a copy of a code unit's words in
// which some adjacent pairs are fused into one superinstruction (CPython 3.11's quickening does
// the same: LOAD_FAST__LOAD_FAST and friends), so the loop dispatches once for two instructions.
// (FOR_ITER__STORE_FAST, LOAD_FAST__LOAD_ATTR, LOAD_FAST__LOAD_METHOD and BINARY_OP__RETURN_VALUE
// are ours: a for loop's step and the store of its item; `self.x`; `self.f()`; `return a + b`.
// JUMP__FOR_ITER__STORE_FAST is not a pair: a loop's backward jump, fused with the step it jumps to;
// LOAD_FAST__LOAD_FAST__STORE_ATTR, `self.x = x`, is a triple: its third part reads the argument of
// the word after next, and a jump to i+1 runs LOAD_FAST then STORE_ATTR as usual.)
//
// One more mark is not a pair: BINARY_ADD__STORE_FAST is a `+` or `+=` BINARY_OP whose result
// the next instruction stores into a local (a STORE_FAST that 3.11's quickening leaves alone or
// fuses into STORE_FAST__LOAD_FAST, not STORE_FAST__STORE_FAST): the only BINARY_OP that 3.11 may
// specialise into BINARY_OP_INPLACE_ADD_UNICODE, which the VM models (vm/specialize.ts). It runs
// as BINARY_OP otherwise, and its STORE_FAST stays a separate instruction.
//
//   words (co_code, dis, line numbers)     run copy (executed)
//   i:   LOAD_FAST a                       i:   LOAD_FAST__LOAD_FAST a   -> does i and i+1, goes on at i+2
//   i+1: LOAD_FAST b                       i+1: LOAD_FAST b              (unchanged: a jump to i+1 still
//                                                                         runs only the second half)
//
// Only the first word of a pair changes, and it keeps its argument; the second half reads its
// argument from the next word of the run copy (`word >>> 8`, the same whether that word was itself
// made the first half of another pair or not). Instruction indices therefore mean the same in
// both arrays: jumps, f_lasti, tracebacks and line numbers are untouched. The VM keeps f.lasti
// exact: an error in a second half is reported at i+1, and a second half that can run Python code
// (a STORE_FAST whose old value's __del__ runs) first sets lasti to i+1.
//
// The superinstruction numbers follow the last real opcode (opcodes.ts) and never appear in
// words: the disassembler and co_code never see them.

import { Op } from './opcodes.js';

export const enum SuperOp {
  LOAD_FAST__LOAD_FAST = 101,
  LOAD_FAST__LOAD_CONST = 102,
  LOAD_CONST__LOAD_FAST = 103,
  STORE_FAST__LOAD_FAST = 104,
  STORE_FAST__STORE_FAST = 105,
  FOR_ITER__STORE_FAST = 106,
  BINARY_ADD__STORE_FAST = 107,
  LOAD_FAST__LOAD_ATTR = 108,
  LOAD_CONST__RETURN_VALUE = 109,
  BINARY_OP__RETURN_VALUE = 110,
  LOAD_FAST__LOAD_METHOD = 111,
  JUMP__FOR_ITER__STORE_FAST = 112,
  LOAD_FAST__LOAD_FAST__STORE_ATTR = 113,
}

/** BINARY_OP's argument for + and += (NB_ADD, NB_INPLACE_ADD) */
const NB_ADD = 0, NB_INPLACE_ADD = 13;

/** whether words[i] is an add-then-store BINARY_OP (see above) */
function isAddThenStore(words: Int32Array, i: number): boolean {
  const w = words[i], next = words[i + 1];
  if ((w & 0xff) !== Op.BINARY_OP || ((w >>> 8) !== NB_ADD && (w >>> 8) !== NB_INPLACE_ADD)) return false;
  // (a local numbered 256 or more needs EXTENDED_ARG in CPython: then the next unit is not a STORE_FAST)
  if ((next & 0xff) !== Op.STORE_FAST || (next >>> 8) > 0xff) return false;
  return i + 2 >= words.length || (words[i + 2] & 0xff) !== Op.STORE_FAST;
}

/** the superinstruction for the pair (first, second), or -1 */
function pairOf(first: number, second: number): number {
  switch (first) {
    case Op.LOAD_FAST:
      if (second === Op.LOAD_FAST) return SuperOp.LOAD_FAST__LOAD_FAST;
      if (second === Op.LOAD_CONST) return SuperOp.LOAD_FAST__LOAD_CONST;
      if (second === Op.LOAD_ATTR) return SuperOp.LOAD_FAST__LOAD_ATTR;
      if (second === Op.LOAD_METHOD) return SuperOp.LOAD_FAST__LOAD_METHOD;
      return -1;
    case Op.LOAD_CONST:
      if (second === Op.LOAD_FAST) return SuperOp.LOAD_CONST__LOAD_FAST;
      if (second === Op.RETURN_VALUE) return SuperOp.LOAD_CONST__RETURN_VALUE;
      return -1;
    case Op.BINARY_OP:
      return second === Op.RETURN_VALUE ? SuperOp.BINARY_OP__RETURN_VALUE : -1;
    case Op.STORE_FAST:
      if (second === Op.LOAD_FAST) return SuperOp.STORE_FAST__LOAD_FAST;
      if (second === Op.STORE_FAST) return SuperOp.STORE_FAST__STORE_FAST;
      return -1;
    case Op.FOR_ITER:
      return second === Op.STORE_FAST ? SuperOp.FOR_ITER__STORE_FAST : -1;
    default:
      return -1;
  }
}

/** The run copy of `words` (see above). */
export function quicken(words: Int32Array): Int32Array {
  const run = new Int32Array(words);
  for (let i = 0; i + 1 < words.length; i++) {
    let s = pairOf(words[i] & 0xff, words[i + 1] & 0xff);
    if (s === SuperOp.LOAD_FAST__LOAD_FAST && i + 2 < words.length && (words[i + 2] & 0xff) === Op.STORE_ATTR) {
      s = SuperOp.LOAD_FAST__LOAD_FAST__STORE_ATTR;
    }
    if (s >= 0) run[i] = (words[i] & ~0xff) | s;
    else if (isAddThenStore(words, i)) run[i] = (words[i] & ~0xff) | SuperOp.BINARY_ADD__STORE_FAST;
  }
  // a loop's backward JUMP to a FOR_ITER__STORE_FAST also runs that step (it keeps its argument,
  // the FOR_ITER's index; no pair has JUMP as its second half)
  for (let i = 0; i < words.length; i++) {
    if ((words[i] & 0xff) !== Op.JUMP) continue;
    const target = words[i] >>> 8;
    if (target < i && (run[target] & 0xff) === SuperOp.FOR_ITER__STORE_FAST) {
      run[i] = (words[i] & ~0xff) | SuperOp.JUMP__FOR_ITER__STORE_FAST;
    }
  }
  return run;
}
