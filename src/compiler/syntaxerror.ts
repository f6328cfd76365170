// LAYER: compiler. The SyntaxErrors (and the SyntaxWarning hook) of the compile stage: future
// statements, the symbol table and code generation. They are the parser layer's PySyntaxError,
// but with CPython's compile-stage positions: `offset`/`end_offset` are col_offset + 1 where
// col_offset is the AST's UTF-8 byte column, exactly as CPython 3.11 reports these errors (it
// converts to character offsets only for errors found by the parser).

import { PySyntaxError } from '../parser/errors.js';

export { PySyntaxError };

/** A SyntaxError at a compile-stage position. */
export function compileError(msg: string, filename: string, lineno: number, offset: number,
  endLineno: number | null, endOffset: number | null, text: string | null = null): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, filename, lineno, offset, endLineno, endOffset, text);
}

/**
 * The RecursionError of a compile stage that nests deeper than it may: CPython's AST optimizer and
 * symbol table count their recursion (expressions, and for the symbol table statements too) from
 * 3 x the running code's recursion depth up to 3 x the recursion limit, so `1+1+...+1` with ~3,000
 * terms fails to compile (the runtime raises it as a Python RecursionError).
 */
export class CompileRecursionError extends Error {
  constructor() {
    super('maximum recursion depth exceeded during compilation');
  }
}

/**
 * The parser nested past its stack (CPython's MAXSTACK of 6,000 rule levels: a MemoryError with no
 * message); here, the JS stack ran out while parsing, which takes nesting far deeper than that
 */
export class ParserStackError extends Error {
  constructor() {
    super('');
  }
}

/** How deep a compile stage may recurse: CPython's COMPILER_STACK_FRAME_SCALE of 3 per Python level. */
export class CompileDepth {
  private depth: number;
  private readonly limit: number;
  constructor(recursion: { depth: number; limit: number } | undefined) {
    this.depth = recursion === undefined ? 0 : 3 * recursion.depth;
    this.limit = recursion === undefined ? Infinity : 3 * recursion.limit;
  }

  enter(): void {
    if (++this.depth > this.limit) throw new CompileRecursionError();
  }

  leave(): void {
    this.depth--;
  }
}

/**
 * Shows a compile-time warning (CPython's SyntaxWarning from compile.c); returns true when the warning filters turned it into an exception
 * of its category (-W error), which the compiler then reports as a SyntaxError at the construct
 * (compile.c compiler_warn)
 */
export type WarningSink = (category: 'SyntaxWarning' | 'DeprecationWarning', message: string, filename: string, lineno: number) => boolean | void;

/** The source line `lineno` (1-based) of `source`, with its newline, or null. */
export function sourceLine(source: string | undefined, lineno: number | null): string | null {
  if (source === undefined || lineno === null || lineno < 1) return null;
  const lines = source.split(/(?<=\n)/);
  return lines[lineno - 1] ?? null;
}
