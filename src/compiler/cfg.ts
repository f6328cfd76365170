// LAYER: compiler. The control-flow graph the code generator writes into (CPython's basicblock
// and instr): instructions carry an opcode (opcodes.ts, or one of the internal pseudo-ops below
// that never reach the output), an argument, a jump target block, and a source location.
// Blocks are chained by `next` (fall-through order, which is also the final layout order).

/** Internal pseudo-ops: kept while optimizing (CPython has them) and dropped when assembling. */
export const RESUME_PSEUDO = -1;
/** A JUMP that CPython does not thread (its JUMP_NO_INTERRUPT); emitted as JUMP. */
export const JUMP_NO_INTERRUPT_PSEUDO = -2;

export interface Instr {
  op: number;
  arg: number;
  target: BasicBlock | null;
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

export class BasicBlock {
  instrs: Instr[] = [];
  /** the block reached by falling through (layout order) */
  next: BasicBlock | null = null;
  /** ends with a return, raise or unconditional jump */
  nofallthrough = false;
  /** ends with a return or raise */
  exit = false;
  /** a RETURN_VALUE was added to it */
  hasReturn = false;
  predecessors = 0;
  startDepth = -1;
  /** block-stack depth at entry (for maxblocks) */
  startBlocks = -1;
  offset = 0;
  visited = false;

  constructor(readonly id: number) {}

  get last(): Instr | undefined { return this.instrs[this.instrs.length - 1]; }
}

export const copyLocation = (from: Instr, to: Instr): void => {
  to.lineno = from.lineno;
  to.endLineno = from.endLineno;
  to.col = from.col;
  to.endCol = from.endCol;
};
