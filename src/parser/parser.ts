// LAYER: parser — entry point.
//
// parse(source, filename, mode) tokenizes the source and runs the recursive-descent parser
// (statements.ts and the classes it extends) the way CPython's _PyPegen_run_parser does:
//   1. pass 1 parses; on success that is the AST;
//   2. on failure, pass 2 re-parses with the invalid_* checks on, looking for a specific message;
//   3. otherwise the error is "invalid syntax" (or "unexpected indent") at the furthest token pass 1
//      looked at;
//   4. finally, as CPython tokenizes the rest of the file after a parser error, a tokenizer error
//      further on (an unterminated string, a bad character, ...) replaces the parser's error, and an
//      unclosed bracket on an earlier line becomes "'(' was never closed".
// A tokenizer error reached by the parser is raised as is.
//
// The same driver parses the expressions inside f-string replacement fields (CPython parses them
// as separate sources wrapped in parentheses, with shifted positions and "f-string: " messages).

import type { expr, Expression, Interactive, Module } from './ast.js';
import { PySyntaxError, SourceText } from './errors.js';
import { ParseFailure, TokenizerFailure, type FStringContext } from './parser-base.js';
import { StatementParser } from './statements.js';
import { tokenize, type Token } from './tokenizer.js';

export { PySyntaxError } from './errors.js';

export type ParseMode = 'exec' | 'eval' | 'single';

/** What a parser run produces, by start rule. */
type StartRule = ParseMode | 'fstring';

interface RunInput {
  src: SourceText;
  tokens: Token[];
  filename: string;
  rule: StartRule;
  fstring: FStringContext | null;
  lineOffset: number;
  fileLines?: string[] | null;
}

function newParser(input: RunInput, pass2: boolean, maxFetched: number): StatementParser {
  const p = new StatementParser({
    src: input.src,
    tokens: input.tokens,
    filename: input.filename,
    pass2,
    fstring: input.fstring,
    lineOffset: input.lineOffset,
    fileLines: input.fileLines ?? null,
    compileFStringExpression: parseFStringExpression,
  });
  p.maxFetched = maxFetched;
  return p;
}

function runRule(p: StatementParser, rule: StartRule): Module | Expression | Interactive | expr {
  switch (rule) {
    case 'exec':
      return p.parseFile();
    case 'eval':
      return p.parseEval();
    case 'single':
      return p.parseInteractive();
    case 'fstring':
      // CPython's fstring rule is just star_expressions on "(" + text + ")".
      return p.parseStarExpressions();
  }
}

/** Run one parse with CPython's two-pass error strategy. */
function run(input: RunInput): Module | Expression | Interactive | expr {
  const pass1 = newParser(input, false, 0);
  let error: PySyntaxError | null = null;
  try {
    return runRule(pass1, input.rule);
  } catch (e) {
    if (e instanceof TokenizerFailure) throw e.info.error;
    if (e instanceof PySyntaxError) error = e;
    else if (!(e instanceof ParseFailure)) throw e;
  }
  let maxFetched = pass1.maxFetched;
  if (!error) {
    const lastToken = input.tokens[pass1.maxFetched];
    const pass2 = newParser(input, true, pass1.maxFetched);
    try {
      runRule(pass2, input.rule);
    } catch (e) {
      if (e instanceof TokenizerFailure) throw e.info.error;
      if (e instanceof PySyntaxError) error = e;
      else if (!(e instanceof ParseFailure)) throw e;
    }
    maxFetched = pass2.maxFetched;
    if (!error) {
      // An unexpected indent/unindent is reported as is (CPython does not look further).
      if (lastToken.type === 'INDENT' || lastToken.type === 'DEDENT') throw genericError(pass2, lastToken);
      error = genericError(pass2, lastToken);
    }
  }
  throw laterTokenizerError(input.tokens, maxFetched) ?? error;
}

/** CPython's _PyPegen_set_syntax_error for a parse that found nothing specific. */
function genericError(p: StatementParser, lastToken: Token): PySyntaxError {
  if (lastToken.type === 'INDENT') return p.genericIndentError('unexpected indent');
  if (lastToken.type === 'DEDENT') return p.genericIndentError('unexpected unindent');
  return p.invalidSyntaxAt(lastToken);
}

/**
 * After a parser error CPython tokenizes the rest of the source: a tokenizer error there wins, and
 * a bracket left open on a line before the furthest token becomes "'(' was never closed".
 */
function laterTokenizerError(tokens: Token[], maxFetched: number): PySyntaxError | null {
  const last = tokens[tokens.length - 1];
  if (last.type !== 'ERROR' || !last.error) return null;
  const info = last.error;
  if (info.raisedByTokenizer) return info.error;
  if (info.level > 0 && info.openBracket && info.unclosedError) {
    const errLine = tokens[Math.min(maxFetched, tokens.length - 1)].lineno;
    if (errLine > info.openBracket.lineno) return info.unclosedError;
  }
  return null;
}

/**
 * Parse the expression of an f-string replacement field: CPython's fstring_compile_expr parses
 * "(" + text + ")" with line numbers continuing from the string token and the first line's
 * columns shifted to where the expression sits in the source.
 */
function parseFStringExpression(text: string, t: Token, lines: number, cols: number, filename: string): expr {
  const src = new SourceText('(' + text + ')');
  const lineOffset = t.lineno + lines - 1;
  const colShift = lines !== 0 ? cols : t.col + cols;
  const tokens = tokenize(src, { filename, lineOffset, firstLineColShift: colShift });
  return run({ src, tokens, filename, rule: 'fstring', fstring: { colShift }, lineOffset }) as expr;
}

/** Parse Python 3.11 source into CPython's AST. Throws PySyntaxError. */
/** fromFile: the source is the content of the file `filename` (error texts are its lines, as CPython rereads them) */
export interface ParseOptions { fromFile?: boolean }

export function parse(source: string, filename: string, mode: 'exec', options?: ParseOptions): Module;
export function parse(source: string, filename: string, mode: 'eval', options?: ParseOptions): Expression;
export function parse(source: string, filename: string, mode: 'single', options?: ParseOptions): Interactive;
export function parse(source: string, filename: string, mode: ParseMode, options?: ParseOptions): Module | Expression | Interactive;
export function parse(source: string, filename: string, mode: ParseMode, options: ParseOptions = {}): Module | Expression | Interactive {
  const src = new SourceText(source);
  const tokens = tokenize(src, { filename });
  // CPython takes a parser error's text from the file itself, for file input only
  const fileLines = options.fromFile && mode === 'exec' ? source.replace(/\r\n?/g, '\n').split(/(?<=\n)/) : null;
  return run({ src, tokens, filename, rule: mode, fstring: null, lineOffset: 0, fileLines }) as Module | Expression | Interactive;
}
