// LAYER: compiler. The state of one code object being generated (CPython's compiler_unit):
// its symbol-table scope, name tables (co_consts, co_names, co_varnames, cells, free variables),
// argument counts, the control-flow graph, the current source location and the stack of
// frame blocks (loops, try, with, handlers) that break/continue/return must unwind.

import type { ConstValue } from './codeunit.js';
import { BasicBlock } from './cfg.js';
import { constKey } from './consts.js';
import { CELL, DEF_FREE_CLASS, FREE, type SymbolTableEntry } from './symtable.js';
import type { Loc } from './astutil.js';

export type ScopeType = 'module' | 'class' | 'function' | 'async_function' | 'lambda' | 'comprehension';

export type FBlockType = 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH'
  | 'ASYNC_WITH' | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER'
  | 'ASYNC_COMPREHENSION_GENERATOR';

/** A frame block: what an unwinding break/continue/return must clean up. */
export interface FBlock {
  type: FBlockType;
  block: BasicBlock | null;
  exit: BasicBlock | null;
  /** FINALLY_TRY: the finally body; WITH: the statement; HANDLER_CLEANUP: the bound name */
  datum: unknown;
}

/** An insertion-ordered name -> index table. */
export class NameTable {
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[] = []) { for (const n of initial) this.add(n); }
  add(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) { i = this.index.size; this.index.set(name, i); }
    return i;
  }
  get(name: string): number | undefined { return this.index.get(name); }
  get size(): number { return this.index.size; }
  list(): string[] { return [...this.index.keys()]; }
}

export class CompilerUnit {
  readonly blocks: BasicBlock[] = [];
  cur: BasicBlock;
  needNewImplicitBlock = false;
  readonly consts: ConstValue[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names = new NameTable();
  readonly varnames: NameTable;
  /** co_cellvars order: parameter cells in parameter order, then the other cells sorted */
  readonly cellvars: string[];
  /** co_freevars order: sorted */
  readonly freevars: string[];
  privateName: string | null = null;
  qualname = '';
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly fblocks: FBlock[] = [];
  firstlineno: number;
  loc: Loc;

  constructor(readonly ste: SymbolTableEntry, readonly name: string, readonly scopeType: ScopeType, firstlineno: number) {
    this.varnames = new NameTable(ste.varnames);
    const cells = [...ste.symbols.keys()].filter((n) => ste.scopeOf(n) === CELL);
    if (ste.needsClassClosure) cells.push('__class__');
    const params = new Set(ste.varnames);
    this.cellvars = [
      ...ste.varnames.filter((n) => cells.includes(n)),
      ...cells.filter((n) => !params.has(n)).sort(compareNames),
    ];
    this.freevars = [...ste.symbols.keys()]
      .filter((n) => ste.scopeOf(n) === FREE || (ste.flagsOf(n) & DEF_FREE_CLASS) !== 0)
      .sort(compareNames);
    this.firstlineno = firstlineno;
    this.loc = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
    this.cur = this.newBlock();
  }

  newBlock(): BasicBlock {
    const b = new BasicBlock(this.blocks.length);
    this.blocks.push(b);
    return b;
  }

  /** Index of a (canonical) constant in co_consts, adding it if new. */
  addConst(v: ConstValue): number {
    const key = constKey(v);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(key, i);
    }
    return i;
  }

  /** LOAD_DEREF-style index of a cell (cellvars) or free variable (after the cellvars). */
  cellIndex(name: string): number {
    const i = this.cellvars.indexOf(name);
    if (i < 0) throw new Error(`compiler: '${name}' is not a cell variable of ${this.name}`);
    return i;
  }

  freeIndex(name: string): number {
    const i = this.freevars.indexOf(name);
    if (i < 0) throw new Error(`compiler: '${name}' is not a free variable of ${this.name}`);
    return this.cellvars.length + i;
  }
}

/** Python's default string ordering (by code point). */
export function compareNames(a: string, b: string): number {
  const ca = Array.from(a), cb = Array.from(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const d = ca[i].codePointAt(0)! - cb[i].codePointAt(0)!;
    if (d) return d;
  }
  return ca.length - cb.length;
}
