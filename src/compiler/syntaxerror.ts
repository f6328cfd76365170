// LAYER: compiler. The SyntaxError (and SyntaxWarning hook) raised while compiling an AST: by the
// future-statement check, the symbol table and code generation. Positions follow CPython's
// compile stage: `offset`/`endOffset` are 1-based UTF-8 byte columns (col_offset + 1), exactly as
// CPython 3.11 reports them for errors found after parsing.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  readonly kind: SyntaxErrorKind = 'SyntaxError';
  constructor(
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number | null,
    readonly offset: number | null,
    readonly endLineno: number | null,
    readonly endOffset: number | null,
    readonly text: string | null = null,
  ) {
    super(msg);
    this.name = 'PySyntaxError';
  }
}

/** A compile-time warning (CPython's SyntaxWarning from compile.c). */
export type WarningSink = (category: 'SyntaxWarning' | 'DeprecationWarning', message: string, filename: string, lineno: number) => void;

/** The source line `lineno` (1-based) of `source`, with its newline, or null. */
export function sourceLine(source: string | undefined, lineno: number | null): string | null {
  if (source === undefined || lineno === null || lineno < 1) return null;
  const lines = source.split(/(?<=\n)/);
  return lines[lineno - 1] ?? null;
}
