// LAYER: compiler. Opcode classes the compiler passes need (which instructions jump, which push
// an exception-handler block, which end a basic block) and the stack effect of a jump when it is
// taken, as CPython 3.11's compile.c defines them for its pseudo-instructions.

import * as op from './opcodes.js';
import { JUMP_NO_INTERRUPT_PSEUDO, RESUME_PSEUDO } from './cfg.js';

const JUMPS = new Set<number>([
  op.JUMP, JUMP_NO_INTERRUPT_PSEUDO, op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE, op.POP_JUMP_IF_NONE,
  op.POP_JUMP_IF_NOT_NONE, op.JUMP_IF_FALSE_OR_POP, op.JUMP_IF_TRUE_OR_POP, op.FOR_ITER, op.SEND,
]);

/** Instructions with a jump target (SETUP_* excluded, as CPython's is_jump). */
export const isJumpOp = (o: number): boolean => JUMPS.has(o);

/** SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH. */
export const isBlockPush = (o: number): boolean => o === op.SETUP_FINALLY || o === op.SETUP_CLEANUP || o === op.SETUP_WITH;

export const isUnconditionalJump = (o: number): boolean => o === op.JUMP || o === JUMP_NO_INTERRUPT_PSEUDO;

/** RETURN_VALUE, RAISE_VARARGS, RERAISE: the block exits the frame. */
export const isScopeExit = (o: number): boolean => o === op.RETURN_VALUE || o === op.RAISE_VARARGS || o === op.RERAISE;

/** Stack effect when falling through. */
export function stackEffect(o: number, arg: number): number {
  if (o === RESUME_PSEUDO) return 0;
  if (o === JUMP_NO_INTERRUPT_PSEUDO) return 0;
  switch (o) {
    case op.JUMP_IF_FALSE_OR_POP: case op.JUMP_IF_TRUE_OR_POP: return -1;
    case op.FOR_ITER: return 1;
    case op.SEND: return 0;
    case op.SETUP_FINALLY: case op.SETUP_CLEANUP: case op.SETUP_WITH: return 0;
    default: return op.OPS[o].effect(arg);
  }
}

/** Stack effect when jumping (or, for SETUP_*, when entering the handler). */
export function jumpStackEffect(o: number, arg: number): number {
  switch (o) {
    case op.JUMP_IF_FALSE_OR_POP: case op.JUMP_IF_TRUE_OR_POP: return 0;
    case op.FOR_ITER: return -1;
    case op.SEND: return -1;
    case op.SETUP_FINALLY: return 1;
    case op.SETUP_CLEANUP: return 2;
    case op.SETUP_WITH: return 1;
    default: return stackEffect(o, arg);
  }
}
