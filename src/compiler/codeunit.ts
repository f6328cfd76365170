// LAYER: compiler <-> vm contract. What the compiler produces: a plain-JS description of a code
// object. The VM turns it into a Python `code` object (objects/code.ts), creating the constant
// objects on the pyheap heap at that moment. Nothing here touches the heap.

/** A compile-time constant. Nested code objects are constants too (as in CPython). */
export type ConstValue =
  | { kind: 'None' }
  | { kind: 'Ellipsis' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; real: number; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'tuple'; items: ConstValue[] }
  | { kind: 'frozenset'; items: ConstValue[] }
  | { kind: 'code'; code: CodeUnit };

/** co_flags bits (CPython's values). */
export const CO_OPTIMIZED = 0x0001, CO_NEWLOCALS = 0x0002, CO_VARARGS = 0x0004, CO_VARKEYWORDS = 0x0008,
  CO_NESTED = 0x0010, CO_GENERATOR = 0x0020, CO_NOFREE = 0x0040, CO_COROUTINE = 0x0080,
  CO_ITERABLE_COROUTINE = 0x0100, CO_ASYNC_GENERATOR = 0x0200;

export interface CodeUnit {
  name: string;          // co_name
  qualname: string;      // co_qualname
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  /** one word per instruction: op | (arg << 8); see opcodes.ts */
  code: Int32Array;
  /**
   * 4 words per instruction: lineno, end_lineno, col_offset, end_col_offset (UTF-8 byte columns as
   * CPython's co_positions; -1 where unknown). Tracebacks and the line table read this.
   */
  positions: Int32Array;
  consts: ConstValue[];
  names: string[];       // co_names
  varnames: string[];    // co_varnames: parameters first (positional, kw-only, *args, **kwargs), then locals
  cellvars: string[];    // co_cellvars (a parameter that is also a cell appears in both lists)
  freevars: string[];    // co_freevars
  stacksize: number;     // maximum value-stack depth
  maxblocks: number;     // maximum block-stack depth (SETUP_* nesting)
}
