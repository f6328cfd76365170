// LAYER: parser — the parser's token cursor, node positions and error reporting.
//
// The parser is a hand-written recursive-descent parser split over a small class chain:
//   ParserBase (this file) → ExpressionParser (expressions.ts) → PatternParser (patterns.ts)
//   → StatementParser (statements.ts); parser.ts drives it.
//
// Like CPython's PEG parser it runs in up to two passes. Pass 1 parses valid code; a mismatch
// throws ParseFailure (a "no match", which speculative parsing may catch to backtrack). If pass 1
// fails, pass 2 re-parses with `pass2` set, which enables the checks that recognise common mistakes
// and throw a PySyntaxError with a specific message (CPython's invalid_* grammar rules). If pass 2
// finds nothing specific, the error is the generic "invalid syntax" at the furthest token pass 1
// looked at. A PySyntaxError always propagates: speculation never swallows it.
//
// Error positions follow CPython's conventions (pegen_errors.c): byte columns from tokens or nodes,
// converted to 1-based character offsets against the error line.

import { PySyntaxError, SourceText, byteToCharOffset, type SyntaxErrorKind } from './errors.js';
import type { Token, TokenizerError } from './tokenizer.js';
import type { Located } from './ast.js';

/** "This rule does not match here" — the PEG parser's NULL return. */
export class ParseFailure {}
const FAILURE = new ParseFailure();

/** Thrown when the parser reaches the token where tokenization failed. */
export class TokenizerFailure {
  constructor(public readonly info: TokenizerError) {}
}

export const HARD_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** A node position: start of the first token, end of the last one. */
export type Position = Pick<Located, 'lineno' | 'col_offset' | 'end_lineno' | 'end_col_offset'>;

/** Something with a start position: a token or a located node. */
export type StartPoint = Token | Located;

/** Settings for parsing the expression of an f-string replacement field. */
export interface FStringContext {
  /** Column shift CPython applies to tokens on the expression's first line (starting_col_offset). */
  colShift: number;
}

export interface ParserSettings {
  src: SourceText;
  tokens: Token[];
  filename: string;
  pass2: boolean;
  /** Present when parsing an f-string expression (CPython's fstring start rule). */
  fstring: FStringContext | null;
  /** Line offset of `src` (f-string expressions are separate sources with absolute line numbers). */
  lineOffset: number;
  /** The source file's lines with their newlines, when the source was read from a file (see errorText). */
  fileLines?: string[] | null;
}

export abstract class ParserBase {
  protected pos = 0;
  /** Index of the furthest token fetched so far (CPython's p->fill - 1). */
  maxFetched = 0;
  readonly pass2: boolean;
  protected readonly src: SourceText;
  protected readonly tokens: Token[];
  readonly filename: string;
  protected readonly fstring: FStringContext | null;
  protected readonly lineOffset: number;
  protected readonly fileLines: string[] | null;

  constructor(settings: ParserSettings) {
    this.src = settings.src;
    this.tokens = settings.tokens;
    this.filename = settings.filename;
    this.pass2 = settings.pass2;
    this.fstring = settings.fstring;
    this.lineOffset = settings.lineOffset;
    this.fileLines = settings.fileLines ?? null;
  }

  // ----- token cursor -----

  protected fetch(i: number): Token {
    if (i >= this.tokens.length) i = this.tokens.length - 1;
    if (i > this.maxFetched) this.maxFetched = i;
    const t = this.tokens[i];
    if (t.type === 'ERROR') throw new TokenizerFailure(t.error!);
    return t;
  }

  /** The current token. */
  protected get tok(): Token {
    return this.fetch(this.pos);
  }

  /** The token `k` places after the current one. */
  protected peek(k = 1): Token {
    return this.fetch(this.pos + k);
  }

  protected advance(): Token {
    const t = this.fetch(this.pos);
    this.pos++;
    return t;
  }

  protected get mark(): number {
    return this.pos;
  }

  protected reset(mark: number): void {
    this.pos = mark;
  }

  /** Give up on the current rule (generic failure). */
  protected fail(): never {
    throw FAILURE;
  }

  /** Whether `t` is the operator `op`. */
  protected isOp(t: Token, op: string): boolean {
    return t.type === 'OP' && t.string === op;
  }

  protected at(op: string): boolean {
    const t = this.tok;
    return t.type === 'OP' && t.string === op;
  }

  /** Whether the current token has type `type` (a method, so TypeScript does not narrow across advances). */
  protected atType(type: Token['type']): boolean {
    return this.tok.type === type;
  }

  protected atKeyword(kw: string): boolean {
    const t = this.tok;
    return t.type === 'NAME' && t.string === kw;
  }

  protected isKeyword(t: Token, kw: string): boolean {
    return t.type === 'NAME' && t.string === kw;
  }

  /** A NAME token that is not a hard keyword. */
  protected isName(t: Token): boolean {
    return t.type === 'NAME' && !HARD_KEYWORDS.has(t.string);
  }

  protected atName(): boolean {
    return this.isName(this.tok);
  }

  protected eat(op: string): Token | null {
    if (this.at(op)) return this.advance();
    return null;
  }

  protected eatKeyword(kw: string): Token | null {
    if (this.atKeyword(kw)) return this.advance();
    return null;
  }

  protected expect(op: string): Token {
    if (this.at(op)) return this.advance();
    this.fail();
  }

  protected expectKeyword(kw: string): Token {
    if (this.atKeyword(kw)) return this.advance();
    this.fail();
  }

  protected expectName(): Token {
    if (this.atName()) return this.advance();
    this.fail();
  }

  /** CPython's forced token (&&'x'): a mismatch is an immediate "expected 'x'" error. */
  protected expectForced(op: string): Token {
    if (this.at(op)) return this.advance();
    const t = this.tok;
    throw this.errorAtToken(`expected '${op}'`, t);
  }

  /** Run `fn` speculatively: on a ParseFailure, rewind and return null. */
  protected attempt<T>(fn: () => T): T | null {
    const mark = this.pos;
    try {
      return fn();
    } catch (e) {
      if (e instanceof ParseFailure) {
        this.pos = mark;
        return null;
      }
      throw e;
    }
  }

  /** Whether `fn` would succeed here (a lookahead: the position is restored either way). */
  protected lookahead(fn: () => unknown): boolean {
    const mark = this.pos;
    try {
      fn();
      return true;
    } catch (e) {
      if (e instanceof ParseFailure) return false;
      throw e;
    } finally {
      this.pos = mark;
    }
  }

  // ----- positions -----

  /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (CPython's EXTRA end). */
  protected lastRealToken(): Token {
    for (let i = this.pos - 1; i >= 0; i--) {
      const t = this.tokens[i];
      if (t.type !== 'NEWLINE' && t.type !== 'INDENT' && t.type !== 'DEDENT' && t.type !== 'ENDMARKER') return t;
    }
    return this.tokens[0];
  }

  /** Position from `start` to the end of the last consumed token. */
  protected span(start: StartPoint): Position {
    const end = this.lastRealToken();
    return {
      lineno: start.lineno,
      col_offset: 'col' in start ? start.col : start.col_offset,
      end_lineno: end.endLineno,
      end_col_offset: end.endCol,
    };
  }

  /** Position from node `a`'s start to node `b`'s end. */
  protected spanNodes(a: Located, b: Located): Position {
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
  }

  protected tokenPos(t: Token): Position {
    return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
  }

  // ----- errors -----

  /** The line the tokenizer is reading (CPython's p->tok->lineno). */
  private tokenizerLine(): number {
    return this.tokens[Math.min(this.maxFetched, this.tokens.length - 1)].tokLine;
  }

  /**
   * CPython's error line: for a file, the line as the file has it (with its newline: CPython
   * rereads it from the file); otherwise the current tokenizer line keeps its newline, earlier
   * lines do not.
   */
  protected errorText(lineno: number): string {
    if (this.fileLines !== null && this.fstring === null) {
      const fromFile = this.fileLines[lineno - 1];
      if (fromFile !== undefined) return fromFile;
    }
    const current = this.tokenizerLine();
    if (current <= lineno) return this.src.line(current - this.lineOffset) + '\n';
    return this.src.line(lineno - this.lineOffset);
  }

  /**
   * Build an error from 1-based byte offsets (CPython's _PyPegen_raise_error_known_location):
   * add the f-string prefix, pick the error line, convert offsets to characters.
   */
  protected makeError(kind: SyntaxErrorKind, msg: string, lineno: number, colOffset: number, endLineno: number, endColOffset: number): PySyntaxError {
    const text = this.errorText(lineno);
    if (this.fstring) {
      msg = 'f-string: ' + msg;
      colOffset -= this.fstring.colShift;
      endColOffset -= this.fstring.colShift;
      // CPython does not convert offsets to characters for f-string expressions (no source encoding).
      return new PySyntaxError(kind, msg, this.filename, lineno, colOffset, endLineno, endColOffset, text);
    }
    const col = colOffset < 0 ? colOffset : byteToCharOffset(text, colOffset);
    const endCol = endColOffset > 0 ? byteToCharOffset(text, endColOffset) : endColOffset;
    return new PySyntaxError(kind, msg, this.filename, lineno, col, endLineno, endCol, text);
  }

  /** RAISE_ERROR_KNOWN_LOCATION with 0-based byte columns (-1 stays "unknown"). */
  protected errorAt(msg: string, lineno: number, col: number, endLineno: number, endCol: number, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    return this.makeError(kind, msg, lineno, col + 1, endLineno, endCol + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node) */
  protected errorAtNode(msg: string, node: Located | Position, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    return this.errorAt(msg, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, kind);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token) */
  protected errorAtToken(msg: string, t: Token, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    return this.errorAt(msg, t.lineno, t.col, t.endLineno, t.endCol, kind);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b) */
  protected errorRange(msg: string, a: Located | Position | Token, b: Located | Position | Token): PySyntaxError {
    const [l1, c1] = 'col' in a ? [a.lineno, a.col] : [a.lineno, a.col_offset];
    const [l2, c2] = 'endCol' in b ? [b.endLineno, b.endCol] : [b.end_lineno, b.end_col_offset];
    return this.errorAt(msg, l1, c1, l2, c2);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a): the end is the tokenizer's current position. */
  protected errorStartingFrom(msg: string, a: Located | Token): PySyntaxError {
    const [l1, c1] = 'col' in a ? [a.lineno, a.col] : [a.lineno, a.col_offset];
    const cur = this.tokens[Math.min(this.maxFetched, this.tokens.length - 1)];
    return this.makeError('SyntaxError', msg, l1, c1 + 1, cur.tokLine, cur.curCol);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: placed on the furthest token fetched. */
  protected errorAtLastToken(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const t = this.tokens[Math.min(this.maxFetched, this.tokens.length - 1)];
    const col = t.col === -1 ? t.curCol : t.col + 1;
    const endCol = t.endCol === -1 ? -1 : t.endCol + 1;
    return this.makeError(kind, msg, t.lineno, col, t.endLineno, endCol);
  }

  /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: placed on the current token. */
  protected errorOnNextToken(msg: string): PySyntaxError {
    return this.errorAtToken(msg, this.tok);
  }

  /** The generic error of a failed parse: "invalid syntax" at the furthest token of pass 1. */
  invalidSyntaxAt(t: Token): PySyntaxError {
    return this.errorAt('invalid syntax', t.lineno, t.col, t.endLineno, t.endCol);
  }

  /** "unexpected indent" / "unexpected unindent" (RAISE_INDENTATION_ERROR at the furthest token). */
  genericIndentError(msg: string): PySyntaxError {
    return this.errorAtLastToken(msg, 'IndentationError');
  }
}
