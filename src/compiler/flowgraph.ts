// LAYER: compiler. Control-flow-graph passes run on a finished code unit before assembly
// (CPython 3.11's compile.c, assembler half): block normalization, copying small exit blocks
// into jumps to them, peephole optimizations (constant conditions, None tests, tuple folding,
// BUILD_TUPLE/UNPACK_SEQUENCE swaps, SWAP minimization and static swaps, jump threading,
// PUSH_NULL+LOAD_GLOBAL), dead-block elimination, line-number duplication/propagation for exit
// blocks (PEP 626), and removal of redundant NOPs and jumps. They mirror CPython step by step so
// that the instructions and their locations match what CPython 3.11 produces.

import * as op from './opcodes.js';
import type { ConstValue } from './codeunit.js';
import { BasicBlock, copyLocation, type Instr, JUMP_NO_INTERRUPT_PSEUDO } from './cfg.js';
import { constIsTrue, type ConstCache } from './consts.js';
import { isBlockPush, isJumpOp } from './opclass.js';

const MAX_COPY_SIZE = 4;

function malformed(): never {
  throw new Error('compiler: malformed control flow graph');
}

/** Skip empty blocks: the first non-empty block at or after `b`. */
function skipEmpty(b: BasicBlock): BasicBlock {
  while (b.instrs.length === 0 && b.next) b = b.next;
  return b;
}

/** Mark exit/no-fall-through blocks and point jumps past empty blocks. */
export function normalizeBlock(bb: BasicBlock): void {
  bb.instrs.forEach((instr, i) => {
    switch (instr.op) {
      case op.RETURN_VALUE: case op.RAISE_VARARGS: case op.RERAISE:
        bb.exit = true;
        bb.nofallthrough = true;
        break;
      case op.JUMP: case JUMP_NO_INTERRUPT_PSEUDO:
        bb.nofallthrough = true;
      // falls through
      case op.POP_JUMP_IF_NOT_NONE: case op.POP_JUMP_IF_NONE: case op.POP_JUMP_IF_FALSE: case op.POP_JUMP_IF_TRUE:
      case op.JUMP_IF_FALSE_OR_POP: case op.JUMP_IF_TRUE_OR_POP: case op.FOR_ITER:
        if (i !== bb.instrs.length - 1) malformed();
        instr.target = skipEmpty(instr.target!);
        break;
      default: break;
    }
  });
}

const hasLineno = (bb: BasicBlock): boolean => bb.instrs.some((i) => i.lineno > 0);

/** If `bb` ends with a jump to a small exit block without line numbers, copy that block in. */
export function extendBlock(bb: BasicBlock): void {
  const last = bb.last;
  if (!last || last.op !== op.JUMP) return;
  const target = last.target!;
  if (!target.exit || target.instrs.length > MAX_COPY_SIZE || hasLineno(target)) return;
  last.op = op.NOP;
  for (const instr of target.instrs) bb.instrs.push({ ...instr });
  bb.exit = true;
}

/** Remove NOPs that carry no needed line number. */
export function cleanBlock(bb: BasicBlock): void {
  const out: Instr[] = [];
  let prevLineno = -1;
  const n = bb.instrs.length;
  for (let src = 0; src < n; src++) {
    const instr = bb.instrs[src];
    const lineno = instr.lineno;
    if (instr.op === op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextLineno = bb.instrs[src + 1].lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          copyLocation(instr, bb.instrs[src + 1]);
          continue;
        }
      } else {
        let next = bb.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0].lineno) continue;
      }
    }
    out.push(instr);
    prevLineno = lineno;
  }
  bb.instrs = out;
}

// ---- peephole optimization of one block ----

/** LOAD_CONST c1..cn; BUILD_TUPLE n -> LOAD_CONST (c1..cn). */
function foldTupleOnConstants(block: BasicBlock, at: number, n: number, consts: ConstValue[], cache: ConstCache): void {
  const loads = block.instrs.slice(at - n, at);
  if (!loads.every((i) => i.op === op.LOAD_CONST)) return;
  const tuple = cache.canonical({ kind: 'tuple', items: loads.map((i) => consts[i.arg]) });
  let index = consts.indexOf(tuple);
  if (index < 0) {
    index = consts.length;
    consts.push(tuple);
  }
  for (const i of loads) i.op = op.NOP;
  block.instrs[at].op = op.LOAD_CONST;
  block.instrs[at].arg = index;
}

const VISITED = -1;

/** Replace a run of SWAPs and NOPs starting at `ix` by an optimal one; returns the new index. */
function swaptimize(block: BasicBlock, ix: number): number {
  const instructions = block.instrs;
  let depth = instructions[ix].arg;
  let len = 0;
  let more = false;
  const limit = instructions.length - ix;
  while (++len < limit) {
    const o = instructions[ix + len].op;
    if (o === op.SWAP) {
      depth = Math.max(depth, instructions[ix + len].arg);
      more = true;
    } else if (o !== op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const instr = instructions[ix + i];
    if (instr.op === op.SWAP) {
      const top = stack[0];
      stack[0] = stack[instr.arg - 1];
      stack[instr.arg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const instr = instructions[ix + current--];
        instr.op = op.SWAP;
        instr.arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) instructions[ix + current--].op = op.NOP;
  return ix + len - 1;
}

const isSwappable = (o: number): boolean => o === op.STORE_FAST || o === op.POP_TOP;
const storesTo = (i: Instr): number => (i.op === op.STORE_FAST ? i.arg : -1);

function nextSwappableInstruction(block: BasicBlock, i: number, lineno: number): number {
  while (++i < block.instrs.length) {
    const instr = block.instrs[i];
    if (lineno >= 0 && instr.lineno !== lineno) return -1;
    if (instr.op === op.NOP) continue;
    if (isSwappable(instr.op)) return i;
    return -1;
  }
  return -1;
}

/** Apply SWAPs statically by reordering following STORE_FAST/POP_TOP instructions. */
function applyStaticSwaps(block: BasicBlock, i: number): void {
  for (; i >= 0; i--) {
    const swap = block.instrs[i];
    if (swap.op !== op.SWAP) {
      if (swap.op === op.NOP || isSwappable(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = block.instrs[j].lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(block.instrs[j]);
    const storeK = storesTo(block.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(block.instrs[idx]);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    swap.op = op.NOP;
    const temp = block.instrs[j];
    block.instrs[j] = block.instrs[k];
    block.instrs[k] = temp;
  }
}

/** Retarget `inst` to the target of the jump it jumps to. */
function jumpThread(inst: Instr, target: Instr, opcode: number): boolean {
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = opcode;
    return true;
  }
  return false;
}

const NOP_INSTR: Instr = { op: op.NOP, arg: 0, target: null, lineno: -1, endLineno: -1, col: -1, endCol: -1 };

function optimizeBlock(bb: BasicBlock, consts: ConstValue[], cache: ConstCache): void {
  for (let i = 0; i < bb.instrs.length; i++) {
    const inst = bb.instrs[i];
    const oparg = inst.arg;
    const next = bb.instrs[i + 1] as Instr | undefined;
    const nextop = next ? next.op : 0;
    let target = NOP_INSTR;
    if (isJumpOp(inst.op) || isBlockPush(inst.op)) {
      inst.target = skipEmpty(inst.target!);
      target = inst.target.instrs[0];
    }
    switch (inst.op) {
      case op.LOAD_CONST:
        switch (nextop) {
          case op.POP_JUMP_IF_FALSE: case op.POP_JUMP_IF_TRUE: {
            const isTrue = constIsTrue(consts[oparg]);
            inst.op = op.NOP;
            if (isTrue === (nextop === op.POP_JUMP_IF_TRUE)) {
              next!.op = op.JUMP;
              bb.nofallthrough = true;
            } else {
              next!.op = op.NOP;
            }
            break;
          }
          case op.JUMP_IF_FALSE_OR_POP: case op.JUMP_IF_TRUE_OR_POP: {
            const isTrue = constIsTrue(consts[oparg]);
            if (isTrue === (nextop === op.JUMP_IF_TRUE_OR_POP)) {
              next!.op = op.JUMP;
              bb.nofallthrough = true;
            } else {
              inst.op = op.NOP;
              next!.op = op.NOP;
            }
            break;
          }
          case op.IS_OP: {
            const jumpInstr = bb.instrs[i + 2] as Instr | undefined;
            const jumpOp = jumpInstr ? jumpInstr.op : 0;
            if (consts[oparg].kind === 'None' && (jumpOp === op.POP_JUMP_IF_FALSE || jumpOp === op.POP_JUMP_IF_TRUE)) {
              const nextarg = next!.arg;
              inst.op = op.NOP;
              next!.op = op.NOP;
              const invert = (nextarg !== 0) !== (jumpOp === op.POP_JUMP_IF_FALSE);
              jumpInstr!.op = invert ? op.POP_JUMP_IF_NOT_NONE : op.POP_JUMP_IF_NONE;
            }
            break;
          }
          default: break;
        }
        break;
      case op.BUILD_TUPLE:
        if (nextop === op.UNPACK_SEQUENCE && oparg === next!.arg) {
          if (oparg === 1) {
            inst.op = op.NOP;
            next!.op = op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.op = op.NOP;
            next!.op = op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(bb, i, oparg, consts, cache);
        break;
      case op.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case op.POP_JUMP_IF_FALSE:
            if (jumpThread(inst, target, op.POP_JUMP_IF_FALSE)) i--;
            break;
          case op.JUMP: case op.JUMP_IF_FALSE_OR_POP:
            if (jumpThread(inst, target, op.JUMP_IF_FALSE_OR_POP)) i--;
            break;
          case op.JUMP_IF_TRUE_OR_POP: case op.POP_JUMP_IF_TRUE:
            if (inst.lineno === target.lineno) {
              inst.op = op.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next!;
              i--;
            }
            break;
          default: break;
        }
        break;
      case op.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case op.POP_JUMP_IF_TRUE:
            if (jumpThread(inst, target, op.POP_JUMP_IF_TRUE)) i--;
            break;
          case op.JUMP: case op.JUMP_IF_TRUE_OR_POP:
            if (jumpThread(inst, target, op.JUMP_IF_TRUE_OR_POP)) i--;
            break;
          case op.JUMP_IF_FALSE_OR_POP: case op.POP_JUMP_IF_FALSE:
            if (inst.lineno === target.lineno) {
              inst.op = op.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next!;
              i--;
            }
            break;
          default: break;
        }
        break;
      case op.POP_JUMP_IF_NOT_NONE: case op.POP_JUMP_IF_NONE:
      case op.POP_JUMP_IF_FALSE: case op.POP_JUMP_IF_TRUE: case op.JUMP:
        if (target.op === op.JUMP && jumpThread(inst, target, inst.op)) i--;
        break;
      case op.SWAP:
        if (oparg === 1) {
          inst.op = op.NOP;
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case op.PUSH_NULL:
        if (nextop === op.LOAD_GLOBAL) {
          inst.op = op.NOP;
          inst.arg = 0;
          next!.arg |= 1;
        }
        break;
      default: break;
    }
  }
}

// ---- whole-graph passes ----

/** The blocks reachable by layout order from `entry`. */
export function* chain(entry: BasicBlock): Generator<BasicBlock> {
  for (let b: BasicBlock | null = entry; b; b = b.next) yield b;
}

function markReachable(entry: BasicBlock): void {
  const stack: BasicBlock[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (isJumpOp(instr.op) || isBlockPush(instr.op)) {
        const target = instr.target!;
        if (target.predecessors === 0) stack.push(target);
        target.predecessors++;
      }
    }
  }
}

function eliminateEmptyBlocks(entry: BasicBlock): void {
  for (const b of chain(entry)) {
    let next = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (const b of chain(entry)) {
    const last = b.last;
    if (last && isJumpOp(last.op)) {
      let target = last.target!;
      while (target.instrs.length === 0) target = target.next!;
      last.target = target;
    }
  }
}

/** CPython's optimize_cfg. `blocks` is every block of the unit in allocation order. */
export function optimizeCfg(entry: BasicBlock, blocks: BasicBlock[], consts: ConstValue[], cache: ConstCache): void {
  for (const b of chain(entry)) {
    optimizeBlock(b, consts, cache);
    cleanBlock(b);
  }
  for (let i = blocks.length - 1; i >= 0; i--) extendBlock(blocks[i]);
  markReachable(entry);
  for (const b of chain(entry)) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBlocks(entry);
  for (const b of chain(entry)) cleanBlock(b);
  let maybeEmptyBlocks = false;
  for (const b of chain(entry)) {
    const last = b.last;
    if (last && (last.op === op.JUMP || last.op === JUMP_NO_INTERRUPT_PSEUDO) && last.target === b.next) {
      b.nofallthrough = false;
      last.op = op.NOP;
      maybeEmptyBlocks = true;
    }
  }
  if (maybeEmptyBlocks) eliminateEmptyBlocks(entry);
}

const isExitWithoutLineno = (b: BasicBlock): boolean => b.exit && b.instrs.every((i) => i.lineno < 0);

/**
 * Give every exit block (return/raise) its own copy per jump to it, so that each can inherit the
 * line number of its predecessor (PEP 626). New blocks are appended to `blocks`.
 */
export function duplicateExitsWithoutLineno(blocks: BasicBlock[]): void {
  const snapshot = [...blocks].reverse();
  for (const b of snapshot) {
    const last = b.last;
    if (!last || !isJumpOp(last.op)) continue;
    const target = last.target!;
    if (isExitWithoutLineno(target) && target.predecessors > 1) {
      const copy = new BasicBlock(blocks.length);
      blocks.push(copy);
      copy.instrs = target.instrs.map((i) => ({ ...i }));
      copy.exit = target.exit;
      copy.nofallthrough = true;
      copyLocation(last, copy.instrs[0]);
      last.target = copy;
      target.predecessors--;
      copy.predecessors = 1;
      copy.next = target.next;
      target.next = copy;
    }
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (!b.nofallthrough && b.next && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      copyLocation(b.last!, b.next.instrs[0]);
    }
  }
}

/** Drop trailing constants no instruction uses (the first one, a possible docstring, stays). */
export function trimUnusedConsts(entry: BasicBlock, consts: ConstValue[]): void {
  let maxIndex = 0;
  for (const b of chain(entry)) {
    for (const i of b.instrs) {
      if ((i.op === op.LOAD_CONST || i.op === op.KW_NAMES) && i.arg > maxIndex) maxIndex = i.arg;
    }
  }
  if (maxIndex + 1 < consts.length) consts.length = maxIndex + 1;
}

/** Instructions without a line take the previous one's; single-predecessor successors too. */
export function propagateLineNumbers(entry: BasicBlock): void {
  for (const b of chain(entry)) {
    if (b.instrs.length === 0) continue;
    const prev: Instr = { op: 0, arg: 0, target: null, lineno: -1, endLineno: -1, col: -1, endCol: -1 };
    for (const instr of b.instrs) {
      if (instr.lineno < 0) copyLocation(prev, instr);
      else copyLocation(instr, prev);
    }
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      if (b.next!.instrs[0].lineno < 0) copyLocation(prev, b.next!.instrs[0]);
    }
    const last = b.last!;
    if (isJumpOp(last.op)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0].lineno < 0) copyLocation(prev, target.instrs[0]);
    }
  }
}

/** Every block ending in RETURN_VALUE gets a line number (the last one seen before it). */
export function guaranteeLinenoForExits(entry: BasicBlock, firstlineno: number): void {
  let lineno = firstlineno;
  for (const b of chain(entry)) {
    const last = b.last;
    if (!last) continue;
    if (last.lineno < 0) {
      if (last.op === op.RETURN_VALUE) for (const i of b.instrs) i.lineno = lineno;
    } else {
      lineno = last.lineno;
    }
  }
}
