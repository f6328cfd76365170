// LAYER: compiler. Entry point of the compiler layer: AST (src/parser/ast.ts) -> CodeUnit.
// The pipeline is CPython 3.11's: future statements, AST optimization (constant folding),
// symbol table, code generation, CFG optimization and assembly.

import type * as ast from '../parser/ast.js';
import type { CodeUnit } from './codeunit.js';
import { Compiler } from './codegen.js';
import { ConstCache } from './consts.js';
import { arenaConstants } from './arena.js';
import { parseFutures } from './future.js';
import { optimizeAst } from './optimize.js';
import { buildSymbolTable } from './symtable.js';
import type { WarningSink } from './syntaxerror.js';

export { PySyntaxError } from './syntaxerror.js';
export type { WarningSink } from './syntaxerror.js';
export { disassemble } from './dis.js';
export { buildSymbolTable } from './symtable.js';
export type { CodeUnit, ConstValue } from './codeunit.js';
import type { ConstValue } from './codeunit.js';

export type CompileMode = 'exec' | 'eval' | 'single';

export interface CompileOptions {
  /** Inherited future/PyCF flags (co_flags future bits), e.g. from the compiling code. */
  flags?: number;
  /** -O level: 0 (default), 1 (asserts removed, __debug__ False), 2 (docstrings removed too) */
  optimize?: number;
  /** The source text, to fill in SyntaxError.text. */
  source?: string;
  /** Receives SyntaxWarnings (e.g. '"is" with a literal'). */
  warn?: WarningSink;
  /**
   * Receives the constants the parser's arena holds while the code runs: one entry per distinct
   * constant of co_consts (or of a constant tuple in it) that some AST Constant node made, folded
   * ones included. CPython keeps those objects alive in the AST arena until a script, `-c` text,
   * interactive statement or exec(str) has finished running, one reference more than co_consts.
   */
  astConstants?: ConstValue[];
  /**
   * The Python recursion depth and limit of the code compiling this (CPython's compile stages
   * recurse at most to 3 x the limit: syntaxerror.ts CompileDepth); none: no limit
   */
  recursion?: { depth: number; limit: number };
}

const EXPECTED: Record<CompileMode, ast.mod['_type']> = { exec: 'Module', eval: 'Expression', single: 'Interactive' };

/**
 * Compile a module AST into the CodeUnit of its top-level code. Throws PySyntaxError for the
 * errors CPython finds after parsing (scoping, 'return' outside function, ...).
 */
export function compile(mod: ast.mod, filename: string, mode: CompileMode, options: CompileOptions = {}): CodeUnit {
  if (mod._type !== EXPECTED[mode]) {
    throw new TypeError(`expected ${EXPECTED[mode]} node, got ${mod._type}`);
  }
  const futures = parseFutures(mod, filename);
  const flags = futures.flags | (options.flags ?? 0);
  const optimize = options.optimize ?? 0;
  const optimized = optimizeAst(mod, { optimize, futureFlags: flags, recursion: options.recursion });
  const st = buildSymbolTable(optimized, filename, flags, options.source, options.recursion);
  const cache = new ConstCache();
  const compiler = new Compiler(st, {
    filename, flags, futureLineno: futures.lineno, optimize, warn: options.warn, source: options.source,
  }, cache);
  const unit = compiler.compileModule(optimized);
  if (options.astConstants) options.astConstants.push(...arenaConstants(mod, optimized, cache));
  return unit;
}
