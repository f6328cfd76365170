// LAYER: compiler. Assembly of a finished code unit into a CodeUnit (CPython 3.11's assemble()):
// the implicit `return None`, the CFG passes of flowgraph.ts, the maximum value-stack depth and
// block-stack depth (flow analyses over the graph, with the stack effect of each jump when taken
// and of each SETUP_* when its handler is entered), the final layout with absolute jump targets,
// internal pseudo-ops dropped, and co_positions-style locations.

import * as op from './opcodes.js';
import {
  CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS,
  CO_VARKEYWORDS, type CodeUnit,
} from './codeunit.js';
import type { Compiler } from './codegen.js';
import { type BasicBlock, type Instr, JUMP_NO_INTERRUPT_PSEUDO, RESUME_PSEUDO } from './cfg.js';
import { NONE } from './consts.js';
import { isBlockPush, isJumpOp, isScopeExit, isUnconditionalJump, jumpStackEffect, stackEffect } from './opclass.js';
import {
  chain, cleanBlock, duplicateExitsWithoutLineno, extendBlock, guaranteeLinenoForExits, normalizeBlock,
  optimizeCfg, propagateLineNumbers, trimUnusedConsts,
} from './flowgraph.js';
import { PYCF_MASK } from './future.js';

const MAX_ARG = (1 << 23) - 1;

function internalError(msg: string): never {
  throw new Error('compiler: ' + msg);
}

/** Whether control can fall off the end of the block after instruction `i`. */
const endsFlow = (i: Instr): boolean => isUnconditionalJump(i.op) || isScopeExit(i.op);

/** The largest value-stack depth any path needs (CPython's stackdepth). */
function stackDepth(entry: BasicBlock, blocks: BasicBlock[]): number {
  for (const b of blocks) b.startDepth = -1;
  const todo: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    if (b.startDepth >= 0 && b.startDepth !== depth) internalError(`inconsistent stack depth at block ${b.id} (${b.startDepth} vs ${depth})`);
    if (b.startDepth < depth) {
      b.startDepth = depth;
      todo.push(b);
    }
  };
  let maxDepth = 0;
  push(entry, 0);
  while (todo.length) {
    const b = todo.pop()!;
    let depth = b.startDepth;
    let next: BasicBlock | null = b.next;
    for (const instr of b.instrs) {
      const newDepth = depth + stackEffect(instr.op, instr.arg);
      if (newDepth < 0) internalError(`negative stack depth in block ${b.id}`);
      maxDepth = Math.max(maxDepth, newDepth);
      if (isJumpOp(instr.op) || isBlockPush(instr.op)) {
        const targetDepth = depth + jumpStackEffect(instr.op, instr.arg);
        maxDepth = Math.max(maxDepth, targetDepth);
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (endsFlow(instr)) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxDepth;
}

/** The deepest nesting of SETUP_* blocks on any path (the runtime block stack size). */
function blockDepth(entry: BasicBlock, blocks: BasicBlock[]): number {
  for (const b of blocks) b.startBlocks = -1;
  const todo: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number): void => {
    if (b.startBlocks >= 0) {
      if (b.startBlocks !== depth) internalError(`inconsistent block stack at block ${b.id}`);
      return;
    }
    b.startBlocks = depth;
    todo.push(b);
  };
  let maxDepth = 0;
  push(entry, 0);
  while (todo.length) {
    const b = todo.pop()!;
    let depth = b.startBlocks;
    let next: BasicBlock | null = b.next;
    for (const instr of b.instrs) {
      if (isBlockPush(instr.op)) {
        push(instr.target!, depth);
        depth++;
        maxDepth = Math.max(maxDepth, depth);
      } else if (instr.op === op.POP_BLOCK) {
        if (depth === 0) internalError(`POP_BLOCK with an empty block stack in block ${b.id}`);
        depth--;
      } else if (isJumpOp(instr.op)) {
        push(instr.target!, depth);
      }
      if (endsFlow(instr)) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxDepth;
}

function codeFlags(c: Compiler): number {
  const ste = c.u.ste;
  let flags = 0;
  if (ste.type === 'function') {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.nested) flags |= CO_NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO_VARARGS;
    if (ste.varkeywords) flags |= CO_VARKEYWORDS;
  }
  return flags | (c.opts.flags & PYCF_MASK);
}

/** The location of an instruction as co_positions() reports it (-1 for None). */
function positionOf(i: Instr): [number, number, number, number] {
  if (i.lineno < 0) return [-1, -1, -1, -1];
  if (i.col < 0 || i.endCol < 0) {
    if (i.endLineno === i.lineno || i.endLineno === -1) return [i.lineno, i.lineno, -1, -1];
    return [i.lineno, i.endLineno, i.col < 0 ? -1 : i.col, i.endCol < 0 ? -1 : i.endCol];
  }
  return [i.lineno, i.endLineno, i.col, i.endCol];
}

/** Lay the blocks out, resolve jump targets to instruction indices and encode. */
function emit(entry: BasicBlock): { code: Int32Array; positions: Int32Array } {
  const instrs: Instr[] = [];
  const offsets = new Map<BasicBlock, number>();
  for (const b of chain(entry)) {
    offsets.set(b, instrs.length);
    for (const i of b.instrs) if (i.op !== RESUME_PSEUDO) instrs.push(i);
  }
  const code = new Int32Array(instrs.length);
  const positions = new Int32Array(instrs.length * 4);
  instrs.forEach((instr, k) => {
    const opcode = instr.op === JUMP_NO_INTERRUPT_PSEUDO ? op.JUMP : instr.op;
    let arg = instr.arg;
    if (isJumpOp(instr.op) || isBlockPush(instr.op)) {
      const target = offsets.get(instr.target!);
      if (target === undefined) internalError('jump to a block outside the code');
      arg = target;
    }
    if (arg < 0 || arg > MAX_ARG) internalError(`instruction argument ${arg} out of range`);
    code[k] = op.encode(opcode, arg);
    positions.set(positionOf(instr), k * 4);
  });
  return { code, positions };
}

/** Finish the compiler's current unit into a CodeUnit (CPython's assemble()). */
export function assemble(c: Compiler, addNone: boolean): CodeUnit {
  const u = c.u;
  if (!u.cur.hasReturn) {
    c.unsetLoc();
    if (addNone) c.loadConst(NONE);
    c.addop(op.RETURN_VALUE);
  }
  for (let i = u.blocks.length - 1; i >= 0; i--) normalizeBlock(u.blocks[i]);
  for (let i = u.blocks.length - 1; i >= 0; i--) extendBlock(u.blocks[i]);
  const entry = u.blocks[0];
  if (!u.firstlineno) u.firstlineno = entry.instrs[0]?.lineno || 1;

  const consts = [...u.consts];
  optimizeCfg(entry, u.blocks, consts, c.constCache);
  duplicateExitsWithoutLineno(u.blocks);
  trimUnusedConsts(entry, consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const stacksize = stackDepth(entry, u.blocks);
  const maxblocks = blockDepth(entry, u.blocks);
  for (const b of chain(entry)) cleanBlock(b);
  const { code, positions } = emit(entry);

  return {
    name: u.name,
    qualname: u.qualname || u.name,
    filename: c.filename,
    firstlineno: u.firstlineno,
    argcount: u.posonlyargcount + u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags: codeFlags(c),
    code,
    positions,
    consts,
    names: u.names.list(),
    varnames: u.varnames.list(),
    cellvars: [...u.cellvars],
    freevars: [...u.freevars],
    stacksize,
    maxblocks,
  };
}
