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

/** A compile-time warning (CPython's SyntaxWarning from compile.c). */
export type WarningSink = (category: 'SyntaxWarning' | 'DeprecationWarning', message: string, filename: string, lineno: number) => void;

/** The source line `lineno` (1-based) of `source`, with its newline, or null. */
export function sourceLine(source: string | undefined, lineno: number | null): string | null {
  if (source === undefined || lineno === null || lineno < 1) return null;
  const lines = source.split(/(?<=\n)/);
  return lines[lineno - 1] ?? null;
}
