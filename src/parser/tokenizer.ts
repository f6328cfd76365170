// LAYER: parser — tokenizer.
//
// Turns Python 3.11 source into tokens the way CPython's C tokenizer (Parser/tokenizer.c) does:
// INDENT/DEDENT from a stack of indentation columns (tabs to multiples of 8, with the tab/space
// consistency check), NEWLINE only at the end of logical lines (blank and comment-only lines and
// newlines inside brackets are skipped), backslash continuation, all number forms, string literals
// with their prefixes (the token is the raw literal text: escapes and f-strings are decoded by the
// parser), and operators by longest match.
//
// The whole source is tokenized up front. A tokenizer error ends the token list with an ERROR
// token carrying the PySyntaxError; the parser raises it only when it reaches that token, which
// reproduces CPython's lazy tokenization (an earlier parser error wins, see parser-base.ts).
//
// Positions: lineno is 1-based; col/endCol are UTF-8 byte columns as in CPython's tokens.
// INDENT, DEDENT and ENDMARKER have col = -1 (CPython gives them no start pointer); for those,
// `curCol` records where the tokenizer stood, which CPython uses to place errors on them.

import { PySyntaxError, SourceText, byteToCharOffset, codePointCount, utf8Length } from './errors.js';

export type TokenType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER' | 'ERROR';

export interface Token {
  type: TokenType;
  /** Exact source text of the token ('' for NEWLINE/INDENT/DEDENT/ENDMARKER). */
  string: string;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
  /** String indices of the token in the source text. */
  start: number;
  end: number;
  /** Bracket nesting level after this token. */
  level: number;
  /** The line the tokenizer was reading when it produced this token. */
  tokLine: number;
  /** Byte column of the tokenizer's read position within tokLine (used for errors on col -1 tokens). */
  curCol: number;
  /** Present on ERROR tokens. */
  error?: TokenizerError;
}

/**
 * A tokenizer failure. `raisedByTokenizer` is true for the errors CPython's tokenizer raises itself
 * (bad characters, numbers, strings, brackets); those take priority over parser errors. The others
 * (indentation, EOF, line continuation) are turned into exceptions by the parser only when reached.
 */
export interface TokenizerError {
  error: PySyntaxError;
  raisedByTokenizer: boolean;
  /** Bracket level when the error occurred, and the innermost open bracket (for "'(' was never closed"). */
  level: number;
  openBracket: OpenBracket | null;
  /** Error to raise instead when a parser error on a later line meets this EOF-in-brackets. */
  unclosedError: PySyntaxError | null;
}

interface OpenBracket {
  char: string;
  lineno: number;
  /** Byte column of the bracket. */
  col: number;
}

export interface TokenizeOptions {
  filename: string;
  /** Added to every line number (f-string expressions are tokenized as separate sources). */
  lineOffset?: number;
  /** Added to the columns of tokens on the first line. */
  firstLineColShift?: number;
}

const EOF = -1;
const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

const THREE_CHAR_OPS = new Set(['**=', '...', '//=', '<<=', '>>=']);
const TWO_CHAR_OPS = new Set(['!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=']);

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Python's str.isprintable() for one character. */
export function isPrintableChar(ch: string): boolean {
  // (printable ASCII answered without the Unicode regex, whose first use is slow to compile)
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c >= 0x20 && c < 0x7f) return true;
  }
  return !NON_PRINTABLE.test(ch);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isIdentifierChar(c: number): boolean {
  return isIdentifierStart(c) || isDigit(c);
}

/** Internal signal used to unwind the scanning functions when a tokenizer error is produced. */
class TokenizerStop {
  constructor(public readonly err: TokenizerError) {}
}

export class Tokenizer {
  private readonly text: string;
  private pos = 0;
  /** Current line (1-based, relative to this source) and the index where it starts. */
  private lineno = 0;
  private lineStart = 0;
  private atBol = true;
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private pending = 0;
  private readonly brackets: OpenBracket[] = [];
  /** Where the current token starts (string index), and for strings the line it started on. */
  private tokStart = 0;
  private tokStartLine = 0;
  private readonly tokens: Token[] = [];
  private readonly lineOffset: number;
  private readonly colShift: number;

  constructor(private readonly src: SourceText, private readonly opts: TokenizeOptions) {
    this.text = src.text;
    this.lineOffset = opts.lineOffset ?? 0;
    this.colShift = opts.firstLineColShift ?? 0;
  }

  // ----- character reading (mirrors tok_nextc / tok_backup) -----

  private nextc(): number {
    if (this.pos >= this.text.length) return EOF;
    if (this.lineno < this.src.lineStarts.length && this.pos === this.src.lineStarts[this.lineno]) {
      this.lineno++;
      this.lineStart = this.pos;
    }
    return this.text.charCodeAt(this.pos++);
  }

  private backup(c: number): void {
    if (c !== EOF) this.pos--;
  }

  private peekc(offset = 0): number {
    const i = this.pos + offset;
    return i < this.text.length ? this.text.charCodeAt(i) : EOF;
  }

  // ----- positions -----

  private byteColOf(lineno: number, index: number): number {
    return this.src.byteCol(lineno, index);
  }

  private shiftFor(lineno: number): number {
    return lineno === 1 ? this.colShift : 0;
  }

  private push(type: TokenType, start: number, end: number): Token {
    const startLine = this.tokStartLine;
    const endLine = this.lineno;
    const colStart = this.byteColOf(startLine, start);
    const colEnd = this.byteColOf(endLine, end);
    // CPython shifts both columns only while the tokenizer is still on the first line.
    const shift = this.shiftFor(endLine);
    const tok: Token = {
      type,
      string: type === 'NEWLINE' ? '' : this.text.slice(start, end),
      lineno: startLine + this.lineOffset,
      col: colStart + shift,
      endLineno: endLine + this.lineOffset,
      endCol: colEnd + shift,
      start,
      end,
      level: this.brackets.length,
      tokLine: this.lineno + this.lineOffset,
      curCol: this.byteColOf(this.lineno, this.pos) + shift,
    };
    this.tokens.push(tok);
    return tok;
  }

  /** A token without a start pointer in CPython (INDENT, DEDENT, ENDMARKER). */
  private pushPositionless(type: TokenType): Token {
    const line = Math.max(this.lineno, 0);
    const tok: Token = {
      type,
      string: '',
      lineno: line + this.lineOffset,
      col: -1,
      endLineno: line + this.lineOffset,
      endCol: -1,
      start: this.pos,
      end: this.pos,
      level: this.brackets.length,
      tokLine: line + this.lineOffset,
      curCol: line > 0 ? this.byteColOf(line, this.pos) + this.shiftFor(line) : 0,
    };
    this.tokens.push(tok);
    return tok;
  }

  // ----- errors -----

  private lineText(lineno: number): string {
    return this.src.line(lineno);
  }

  /**
   * An error raised by the tokenizer itself (CPython's syntaxerror()): the text is the line
   * without its newline and, unless given, the offset is the character count up to the read position.
   */
  private fail(msg: string, range?: { lineno?: number; offset: number; endOffset: number }): never {
    const lineno = range?.lineno ?? this.lineno;
    const start = this.src.lineStarts[lineno - 1] ?? 0;
    const text = this.lineText(lineno);
    let offset: number;
    let endOffset: number;
    if (range) {
      offset = range.offset;
      endOffset = range.endOffset;
    } else {
      offset = codePointCount(this.text, start, Math.max(start, this.pos));
      endOffset = offset;
    }
    const error = new PySyntaxError('SyntaxError', msg, this.opts.filename, lineno + this.lineOffset, offset, lineno + this.lineOffset, endOffset, text);
    throw new TokenizerStop({ error, raisedByTokenizer: true, level: this.brackets.length, openBracket: this.innermostBracket(), unclosedError: null });
  }

  private innermostBracket(): OpenBracket | null {
    return this.brackets.length ? this.brackets[this.brackets.length - 1] : null;
  }

  /** The error text CPython shows for a line that is the tokenizer's current line: with its newline. */
  private currentLineText(lineno: number): string {
    return this.lineText(lineno) + '\n';
  }

  /** Errors CPython's parser builds from the tokenizer state (tokenizer_error in pegen_errors.c). */
  private failDeferred(kind: 'dedent' | 'tab' | 'toodeep' | 'linecont' | 'eof'): never {
    const lineno = Math.max(this.lineno, 1);
    const text = this.currentLineText(lineno);
    const fname = this.opts.filename;
    const absLine = lineno + this.lineOffset;
    let error: PySyntaxError;
    switch (kind) {
      case 'dedent': {
        // Offset is the tokenizer position, which CPython moves to the end of the line.
        const bytes = utf8Length(text);
        error = new PySyntaxError('IndentationError', 'unindent does not match any outer indentation level', fname, absLine, byteToCharOffset(text, bytes), absLine, -1, text);
        break;
      }
      case 'tab':
        error = new PySyntaxError('TabError', 'inconsistent use of tabs and spaces in indentation', fname, absLine, 1, absLine, 0, text);
        break;
      case 'toodeep':
        error = new PySyntaxError('IndentationError', 'too many levels of indentation', fname, absLine, 1, absLine, 0, text);
        break;
      case 'linecont': {
        const lineStart = this.src.lineStarts[lineno - 1] ?? 0;
        const bytes = utf8Length(this.text, lineStart, this.pos);
        error = new PySyntaxError('SyntaxError', 'unexpected character after line continuation character', fname, absLine, byteToCharOffset(text, bytes), absLine, 0, text);
        break;
      }
      case 'eof': {
        if (this.brackets.length > 0) {
          const unclosed = this.unclosedBracketError();
          throw new TokenizerStop({ error: unclosed, raisedByTokenizer: false, level: this.brackets.length, openBracket: this.innermostBracket(), unclosedError: unclosed });
        }
        const lineStart = this.src.lineStarts[lineno - 1] ?? 0;
        const bytes = utf8Length(this.text, lineStart, this.pos);
        error = new PySyntaxError('SyntaxError', 'unexpected EOF while parsing', fname, absLine, byteToCharOffset(text, bytes), absLine, -1, text);
        break;
      }
    }
    throw new TokenizerStop({ error, raisedByTokenizer: false, level: this.brackets.length, openBracket: this.innermostBracket(), unclosedError: null });
  }

  /** "'(' was never closed", reported at the innermost open bracket. */
  private unclosedBracketError(): PySyntaxError {
    const b = this.innermostBracket()!;
    const line = this.lineText(b.lineno);
    const text = b.lineno >= this.lineno ? line + '\n' : line;
    const offset = byteToCharOffset(text, b.col + 1);
    return new PySyntaxError('SyntaxError', `'${b.char}' was never closed`, this.opts.filename, b.lineno + this.lineOffset, offset, b.lineno + this.lineOffset, 0, text);
  }

  // ----- main loop -----

  tokenize(): Token[] {
    try {
      for (;;) {
        const tok = this.next();
        if (tok.type === 'ENDMARKER') break;
      }
    } catch (e) {
      if (!(e instanceof TokenizerStop)) throw e;
      const t = this.pushPositionless('ERROR');
      t.error = e.err;
    }
    return this.tokens;
  }

  /** Produce the next token (pushing it onto this.tokens). */
  private next(): Token {
    let blankLine = false;
    for (;;) {
      if (this.atBol) {
        blankLine = this.readIndentation();
      }
      if (this.pending !== 0) {
        if (this.pending < 0) {
          this.pending++;
          return this.pushPositionless('DEDENT');
        }
        this.pending--;
        return this.pushPositionless('INDENT');
      }
      const tok = this.readToken(blankLine);
      if (tok) return tok;
      // null means a newline that is not a NEWLINE token: go on with the next line.
    }
  }

  /** Measure the indentation of a new line and queue INDENT/DEDENT tokens. Returns whether the line is blank. */
  private readIndentation(): boolean {
    this.atBol = false;
    let col = 0;
    let altcol = 0;
    // A backslash continuation inside the indentation: the first one fixes the indentation column.
    let contLineCol = 0;
    let c: number;
    for (;;) {
      c = this.nextc();
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol = altcol + 1;
      } else if (c === 12) {
        col = altcol = 0;
      } else if (c === 92) {
        contLineCol = contLineCol || col;
        this.continuationLine();
      } else {
        break;
      }
    }
    this.backup(c);
    const blank = c === 35 || c === 10;
    if (blank || this.brackets.length > 0) return blank;
    if (contLineCol) {
      col = contLineCol;
      altcol = contLineCol;
    }
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altcol !== this.altIndents[top]) this.failDeferred('tab');
    } else if (col > this.indents[top]) {
      if (this.indents.length >= MAXINDENT) {
        this.pos = this.endOfLine();
        this.failDeferred('toodeep');
      }
      if (altcol <= this.altIndents[top]) this.failDeferred('tab');
      this.pending++;
      this.indents.push(col);
      this.altIndents.push(altcol);
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.pending--;
        this.indents.pop();
        this.altIndents.pop();
      }
      if (col !== this.indents[this.indents.length - 1]) {
        this.pos = this.endOfLine();
        this.failDeferred('dedent');
      }
      if (altcol !== this.altIndents[this.altIndents.length - 1]) this.failDeferred('tab');
    }
    return false;
  }

  /** After a backslash: it must end the line, and more input must follow. */
  private continuationLine(): void {
    const c2 = this.nextc();
    if (c2 !== 10) this.failDeferred('linecont');
    const c3 = this.nextc();
    if (c3 === EOF) {
      this.pos = this.text.length;
      this.failDeferred('eof');
    }
    this.backup(c3);
  }

  /** Index just past the current line's newline. */
  private endOfLine(): number {
    const nl = this.text.indexOf('\n', this.lineStart);
    return nl < 0 ? this.text.length : nl + 1;
  }

  /** Read one token after indentation handling; null for a skipped newline. */
  private readToken(blankLine: boolean): Token | null {
    let c: number;
    // Skip spaces.
    do {
      c = this.nextc();
    } while (c === 32 || c === 9 || c === 12);
    this.tokStart = this.pos - (c === EOF ? 0 : 1);
    this.tokStartLine = this.lineno;

    // Comments run to the end of the line; the NEWLINE token then starts at the '#'.
    if (c === 35) {
      while (c !== EOF && c !== 10) c = this.nextc();
    }

    if (c === EOF) {
      if (this.brackets.length > 0) {
        const err: TokenizerError = {
          error: this.unclosedBracketError(),
          raisedByTokenizer: false,
          level: this.brackets.length,
          openBracket: this.innermostBracket(),
          unclosedError: this.unclosedBracketError(),
        };
        throw new TokenizerStop(err);
      }
      return this.pushEndmarker();
    }

    if (isIdentifierStart(c)) return this.readNameOrString(c);

    if (c === 10) {
      this.atBol = true;
      if (blankLine || this.brackets.length > 0) return null;
      const tok = this.push('NEWLINE', this.tokStart, this.pos - 1);
      return tok;
    }

    if (c === 46 /* . */) {
      const c2 = this.nextc();
      if (isDigit(c2)) return this.readNumberFraction(c2);
      if (c2 === 46 && this.peekc() === 46) {
        this.nextc();
        return this.push('OP', this.tokStart, this.pos);
      }
      this.backup(c2);
      return this.push('OP', this.tokStart, this.pos);
    }

    if (isDigit(c)) return this.readNumber(c);

    if (c === 39 || c === 34) return this.readString(c);

    if (c === 92 /* backslash */) {
      this.continuationLine();
      return this.readToken(blankLine);
    }

    return this.readOperator(c);
  }

  private pushEndmarker(): Token {
    // CPython reports errors at the ENDMARKER from the end of the last line read.
    const tok = this.pushPositionless('ENDMARKER');
    if (this.lineno > 0) {
      const lineStart = this.src.lineStarts[this.lineno - 1];
      tok.curCol = utf8Length(this.text, lineStart, this.pos) + this.shiftFor(this.lineno);
    }
    return tok;
  }

  // ----- names and string prefixes -----

  private readNameOrString(c: number): Token {
    // Valid string prefixes: any case-insensitive ordering of b/r, u alone, f/r.
    let sawB = false, sawR = false, sawU = false, sawF = false;
    for (;;) {
      const ch = String.fromCharCode(c).toLowerCase();
      if (!(sawB || sawU || sawF) && ch === 'b') sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && ch === 'u') sawU = true;
      else if (!(sawR || sawU) && ch === 'r') sawR = true;
      else if (!(sawF || sawB || sawU) && ch === 'f') sawF = true;
      else break;
      c = this.nextc();
      if (c === 34 || c === 39) return this.readString(c);
    }
    let nonAscii = false;
    while (isIdentifierChar(c)) {
      if (c >= 128) nonAscii = true;
      c = this.nextc();
    }
    this.backup(c);
    if (nonAscii) this.verifyIdentifier();
    return this.push('NAME', this.tokStart, this.pos);
  }

  /** Reject identifiers with characters that are not XID_Start/XID_Continue, like CPython's verify_identifier. */
  private verifyIdentifier(): void {
    const name = this.text.slice(this.tokStart, this.pos);
    const chars = Array.from(name);
    let invalid = -1;
    for (let i = 0; i < chars.length; i++) {
      const ok = i === 0 ? XID_START.test(chars[i]) : XID_CONTINUE.test(chars[i]);
      if (!ok) {
        invalid = i;
        break;
      }
    }
    if (invalid < 0) return;
    const ch = chars[invalid];
    const prefix = chars.slice(0, invalid + 1).join('');
    this.pos = this.tokStart + prefix.length;
    const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    if (isPrintableChar(ch)) this.fail(`invalid character '${ch}' (U+${hex})`);
    this.fail(`invalid non-printable character U+${hex}`);
  }

  // ----- numbers -----

  /** After a number, a letter means a malformed literal, except the keywords that may follow a number. */
  private verifyEndOfNumber(c: number, kind: string): void {
    const rest = (s: string): boolean => this.text.startsWith(s, this.pos);
    let keywordFollows = false;
    if (c === 97 /* a */) keywordFollows = rest('nd');
    else if (c === 101 /* e */) keywordFollows = rest('lse');
    else if (c === 102 /* f */) keywordFollows = rest('or');
    else if (c === 105 /* i */) {
      const c2 = this.peekc();
      keywordFollows = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111 /* o */) keywordFollows = rest('r');
    else if (c === 110 /* n */) keywordFollows = rest('ot');
    if (keywordFollows) return;
    // A non-ASCII character is left for the next token (which reports it as an invalid character).
    if (c < 128 && isIdentifierChar(c)) {
      this.backup(c);
      this.fail(`invalid ${kind} literal`);
    }
  }

  /** Digits with single underscores between them; returns the first character after. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== 95) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.fail('invalid decimal literal');
      }
    }
    return c;
  }

  private finishNumber(c: number): Token {
    this.backup(c);
    return this.push('NUMBER', this.tokStart, this.pos);
  }

  private readNumber(c: number): Token {
    if (c === 48 /* 0 */) {
      c = this.nextc();
      if (c === 120 || c === 88) return this.readRadixNumber(16);
      if (c === 111 || c === 79) return this.readRadixNumber(8);
      if (c === 98 || c === 66) return this.readRadixNumber(2);
      // Zeros, maybe followed by a (forbidden) old-style octal or a float.
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          c = this.nextc();
          if (!isDigit(c)) {
            this.backup(c);
            this.fail('invalid decimal literal');
          }
        }
        if (c !== 48) break;
        c = this.nextc();
      }
      const zerosEnd = this.pos;
      if (isDigit(c)) {
        nonzero = true;
        c = this.decimalTail();
      }
      if (c === 46) return this.readNumberFraction(this.nextc());
      if (c === 101 || c === 69) return this.readNumberExponent(c);
      if (c === 106 || c === 74) return this.readNumberImaginary();
      if (nonzero) {
        this.backup(c);
        const lineStart = this.src.lineStarts[this.lineno - 1];
        this.fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', {
          offset: this.tokStart + 1 - lineStart,
          endOffset: zerosEnd - lineStart,
        });
      }
      this.verifyEndOfNumber(c, 'decimal');
      return this.finishNumber(c);
    }
    c = this.decimalTail();
    if (c === 46) return this.readNumberFraction(this.nextc());
    if (c === 101 || c === 69) return this.readNumberExponent(c);
    if (c === 106 || c === 74) return this.readNumberImaginary();
    this.verifyEndOfNumber(c, 'decimal');
    return this.finishNumber(c);
  }

  private readRadixNumber(radix: 16 | 8 | 2): Token {
    const kind = radix === 16 ? 'hexadecimal' : radix === 8 ? 'octal' : 'binary';
    const inRadix = (ch: number): boolean => (radix === 16 ? isHexDigit(ch) : ch >= 48 && ch < 48 + radix);
    let c = this.nextc();
    do {
      if (c === 95) c = this.nextc();
      if (!inRadix(c)) {
        if (radix !== 16 && isDigit(c)) this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        this.backup(c);
        this.fail(`invalid ${kind} literal`);
      }
      do {
        c = this.nextc();
      } while (inRadix(c));
    } while (c === 95);
    if (radix !== 16 && isDigit(c)) this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
    this.verifyEndOfNumber(c, kind);
    return this.finishNumber(c);
  }

  /** `c` is the first character after the decimal point. */
  private readNumberFraction(c: number): Token {
    if (isDigit(c)) c = this.decimalTail();
    if (c === 101 || c === 69) return this.readNumberExponent(c);
    if (c === 106 || c === 74) return this.readNumberImaginary();
    this.verifyEndOfNumber(c, 'decimal');
    return this.finishNumber(c);
  }

  /** `e` is the exponent letter just read. */
  private readNumberExponent(e: number): Token {
    let c = this.nextc();
    if (c === 43 || c === 45) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.fail('invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      this.verifyEndOfNumber(e, 'decimal');
      this.backup(e);
      return this.push('NUMBER', this.tokStart, this.pos);
    }
    c = this.decimalTail();
    if (c === 106 || c === 74) return this.readNumberImaginary();
    this.verifyEndOfNumber(c, 'decimal');
    return this.finishNumber(c);
  }

  private readNumberImaginary(): Token {
    const c = this.nextc();
    this.verifyEndOfNumber(c, 'imaginary');
    return this.finishNumber(c);
  }

  // ----- strings -----

  private readString(quote: number): Token {
    const firstLine = this.lineno;
    const firstLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string
    }
    if (c !== quote) this.backup(c);
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        const detectedAt = this.lineno + this.lineOffset;
        const offset = codePointCount(this.text, firstLineStart, this.tokStart + 1);
        const what = quoteSize === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        this.fail(`${what} (detected at line ${detectedAt})`, { lineno: firstLine, offset, endOffset: offset });
      }
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === 92) this.nextc();
      }
    }
    return this.push('STRING', this.tokStart, this.pos);
  }

  // ----- operators and brackets -----

  private readOperator(c: number): Token {
    const c2 = this.peekc();
    if (c2 !== EOF) {
      const two = String.fromCharCode(c, c2);
      if (TWO_CHAR_OPS.has(two)) {
        this.nextc();
        const c3 = this.peekc();
        if (c3 !== EOF && THREE_CHAR_OPS.has(two + String.fromCharCode(c3))) this.nextc();
        return this.push('OP', this.tokStart, this.pos);
      }
    }
    const ch = String.fromCharCode(c);
    switch (ch) {
      case '(':
      case '[':
      case '{':
        if (this.brackets.length >= MAXLEVEL) this.fail('too many nested parentheses');
        this.brackets.push({ char: ch, lineno: this.lineno, col: this.byteColOf(this.lineno, this.tokStart) });
        break;
      case ')':
      case ']':
      case '}': {
        if (this.brackets.length === 0) this.fail(`unmatched '${ch}'`);
        const opening = this.brackets.pop()!;
        const expected = opening.char === '(' ? ')' : opening.char === '[' ? ']' : '}';
        if (ch !== expected) {
          if (opening.lineno !== this.lineno) {
            this.fail(`closing parenthesis '${ch}' does not match opening parenthesis '${opening.char}' on line ${opening.lineno + this.lineOffset}`);
          }
          this.fail(`closing parenthesis '${ch}' does not match opening parenthesis '${opening.char}'`);
        }
        break;
      }
    }
    if (!isPrintableChar(ch)) {
      const hex = c.toString(16).toUpperCase().padStart(4, '0');
      this.fail(`invalid non-printable character U+${hex}`);
    }
    return this.push('OP', this.tokStart, this.pos);
  }
}

/** Tokenize a whole source. The list ends with ENDMARKER, or with an ERROR token on failure. */
export function tokenize(src: SourceText, opts: TokenizeOptions): Token[] {
  return new Tokenizer(src, opts).tokenize();
}
