// LAYER: parser — string concatenation and f-strings (Python 3.11 semantics).
//
// Adjacent STRING tokens form one literal: a Constant (str or bytes) or, when any part is an
// f-string, a JoinedStr. In 3.11 an f-string is a single token whose body this file scans for
// replacement fields `{expr!c:spec}`; each expression's text is handed back to the parser (which
// parses "(" + text + ")" as a separate source, like CPython's fstring_compile_expr), format
// specs are scanned recursively (one level deep), and `{x=}` contributes the literal text "x=".
//
// Positions copy CPython 3.11 exactly, quirks included: the JoinedStr, its FormattedValues and
// the literal Constants flushed before an expression span the whole concatenation; a format spec
// JoinedStr and its trailing literal span only the token that contains it.

import type { Constant, expr, FormattedValue, JoinedStr } from './ast.js';
import type { PySyntaxError } from './errors.js';
import { utf8Length } from './errors.js';
import type { Position } from './parser-base.js';
import { DecodeError, decodeBytes, decodeStrEscapes, isAsciiBody, splitStringLiteral } from './strings.js';
import type { Token } from './tokenizer.js';

/** What the string code needs from the parser. */
export interface StringsHost {
  /** RAISE_SYNTAX_ERROR: an error at the furthest token fetched. */
  errorAtLastTokenFor(msg: string): PySyntaxError;
  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token). */
  errorAtTokenFor(msg: string, t: Token): PySyntaxError;
  /**
   * Parse a replacement field's expression text. `lines` is the number of newlines in the token
   * before the '{', `cols` CPython's column adjustment (see fstring_find_expr_location).
   */
  parseFStringExpression(text: string, t: Token, lines: number, cols: number): expr;
}

/** CPython's FstringParser: the pending literal text and the finished pieces. */
interface FStringState {
  lastStr: string | null;
  values: expr[];
  fmode: boolean;
}

/** Where the pieces of the literal being built get their positions. */
interface Span {
  first: Token;
  last: Token;
}

function tokensPosition(first: Token, last: Token): Position {
  return { lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol };
}

function makeStr(value: string, span: Span): Constant {
  // The kind is 'u' when the concatenation's first token starts with a lowercase u (as CPython checks).
  const kind = span.first.string[0] === 'u' ? 'u' : null;
  return { _type: 'Constant', value: { kind: 'str', value }, kind, ...tokensPosition(span.first, span.last) };
}

function appendLiteral(state: FStringState, s: string): void {
  if (s.length === 0) return;
  state.lastStr = state.lastStr === null ? s : state.lastStr + s;
}

function flushLiteral(state: FStringState, span: Span): void {
  if (state.lastStr !== null) {
    state.values.push(makeStr(state.lastStr, span));
    state.lastStr = null;
  }
}

function finish(state: FStringState, span: Span): expr {
  if (!state.fmode) return makeStr(state.lastStr ?? '', span);
  flushLiteral(state, span);
  const node: JoinedStr = { _type: 'JoinedStr', values: state.values, ...tokensPosition(span.first, span.last) };
  return node;
}

/** Build the Constant or JoinedStr for a run of adjacent STRING tokens. */
export function concatenateStrings(host: StringsHost, tokens: Token[]): expr {
  const span: Span = { first: tokens[0], last: tokens[tokens.length - 1] };
  const state: FStringState = { lastStr: null, values: [], fmode: false };
  let bytesMode = false;
  let bytesParts: Uint8Array[] = [];
  tokens.forEach((t, i) => {
    const lit = splitStringLiteral(t.string);
    if (lit.bytes && !isAsciiBody(lit.body)) {
      throw host.errorAtTokenFor('bytes can only contain ASCII literal characters', t);
    }
    let decoded: string | Uint8Array | null = null;
    if (!lit.fstring) {
      const d = lit.bytes ? decodeBytes(lit.body, lit.raw) : lit.raw ? lit.body : decodeStrEscapes(lit.body);
      if (d instanceof DecodeError) throw host.errorAtLastTokenFor(d.syntaxMessage);
      decoded = d;
    }
    if (i !== 0 && bytesMode !== lit.bytes) throw host.errorAtLastTokenFor('cannot mix bytes and nonbytes literals');
    bytesMode = lit.bytes;
    if (lit.fstring) {
      const scanner = new FStringScanner(host, t, lit.body, lit.bodyStart, lit.raw, span);
      scanner.concat(state, 0);
    } else if (bytesMode) {
      bytesParts.push(decoded as Uint8Array);
    } else {
      appendLiteral(state, decoded as string);
    }
  });
  if (bytesMode) {
    const total = bytesParts.reduce((n, b) => n + b.length, 0);
    const value = new Uint8Array(total);
    let o = 0;
    for (const b of bytesParts) {
      value.set(b, o);
      o += b.length;
    }
    bytesParts = [];
    return { _type: 'Constant', value: { kind: 'bytes', value }, kind: null, ...tokensPosition(span.first, span.last) };
  }
  return finish(state, span);
}

/** Scans the body of one f-string token. `i` indexes into `body`. */
class FStringScanner {
  private i = 0;

  constructor(
    private readonly host: StringsHost,
    private readonly token: Token,
    private readonly body: string,
    private readonly bodyStart: number,
    private readonly raw: boolean,
    private readonly span: Span,
  ) {}

  private error(msg: string): PySyntaxError {
    return this.host.errorAtLastTokenFor(msg);
  }

  /** CPython's FstringParser_ConcatFstring: literals and fields up to the end (or a '}' when nested). */
  concat(state: FStringState, recurseLevel: number): void {
    state.fmode = true;
    for (;;) {
      const { literal, doubled } = this.findLiteral(recurseLevel);
      if (literal !== null) appendLiteral(state, literal);
      if (doubled) continue;
      if (this.i >= this.body.length || this.body[this.i] === '}') break;
      const { exprText, value } = this.findExpression(recurseLevel);
      if (exprText !== null) appendLiteral(state, exprText);
      flushLiteral(state, this.span);
      state.values.push(value);
    }
    if (recurseLevel === 0 && this.i < this.body.length - 1) throw this.error('f-string: unexpected end of string');
    if (recurseLevel !== 0 && this.body[this.i] !== '}') throw this.error("f-string: expecting '}'");
  }

  /**
   * Literal text up to the next replacement field. Doubled braces end the literal with one brace
   * and `doubled` set (the caller loops). \N{...} escapes are skipped so their braces are not fields.
   */
  private findLiteral(recurseLevel: number): { literal: string | null; doubled: boolean } {
    const body = this.body;
    const start = this.i;
    let s = this.i;
    let doubled = false;
    let end = -1;
    while (s < body.length) {
      let ch = body[s++];
      if (!this.raw && ch === '\\' && s < body.length) {
        ch = body[s++];
        if (ch === 'N') {
          if (s < body.length && body[s++] === '{') {
            while (s < body.length && body[s++] !== '}') {
              /* skip the name */
            }
          }
          continue;
        }
      }
      if (ch === '{' || ch === '}') {
        if (recurseLevel === 0) {
          if (s < body.length && body[s] === ch) {
            this.i = s + 1;
            end = s;
            doubled = true;
            break;
          }
          if (ch === '}') {
            this.i = s - 1;
            throw this.error("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    if (!doubled) {
      this.i = s;
      end = s;
    }
    if (end === start) return { literal: null, doubled };
    const text = body.slice(start, end);
    if (this.raw) return { literal: text, doubled };
    const decoded = decodeStrEscapes(text);
    if (decoded instanceof DecodeError) throw this.error(decoded.syntaxMessage);
    return { literal: decoded, doubled };
  }

  /** A replacement field starting at '{': the expression, '=', conversion and format spec. */
  private findExpression(recurseLevel: number): { exprText: string | null; value: FormattedValue } {
    if (recurseLevel >= 2) throw this.error('f-string: expressions nested too deeply');
    const body = this.body;
    const braceIndex = this.i;
    this.i++;
    const exprStart = this.i;
    let quote = '';
    let tripleQuoted = false;
    const brackets: string[] = [];
    for (; this.i < body.length; this.i++) {
      const ch = body[this.i];
      if (ch === '\\') throw this.error('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote) {
          if (tripleQuoted) {
            if (this.i + 2 < body.length && body[this.i + 1] === ch && body[this.i + 2] === ch) {
              this.i += 2;
              quote = '';
              tripleQuoted = false;
            }
          } else {
            quote = '';
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (this.i + 2 < body.length && body[this.i + 1] === ch && body[this.i + 2] === ch) {
          tripleQuoted = true;
          this.i += 2;
        }
        quote = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (brackets.length >= 200) throw this.error('f-string: too many nested parenthesis');
        brackets.push(ch);
      } else if (ch === '#') {
        throw this.error("f-string expression part cannot include '#'");
      } else if (brackets.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
        if (this.i + 1 < body.length) {
          const next = body[this.i + 1];
          if ((ch === '!' || ch === '=' || ch === '<' || ch === '>') && next === '=') {
            this.i++;
            continue;
          }
        }
        if (ch === '>' || ch === '<') continue;
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        if (brackets.length === 0) throw this.error(`f-string: unmatched '${ch}'`);
        const opening = brackets.pop()!;
        const expected = opening === '(' ? ')' : opening === '[' ? ']' : '}';
        if (ch !== expected) {
          throw this.error(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
        }
      }
    }
    const exprEnd = this.i;
    if (quote) throw this.error('f-string: unterminated string');
    if (brackets.length) throw this.error(`f-string: unmatched '${brackets[brackets.length - 1]}'`);
    if (this.i >= body.length) throw this.error("f-string: expecting '}'");

    const expression = this.compileExpression(braceIndex, exprStart, exprEnd);

    let exprText: string | null = null;
    if (body[this.i] === '=') {
      this.i++;
      while (this.i < body.length && ' \t\n\r\f\v'.includes(body[this.i])) this.i++;
      if (this.i >= body.length) throw this.error("f-string: expecting '}'");
      exprText = body.slice(exprStart, this.i);
    }

    let conversion = -1;
    if (body[this.i] === '!') {
      this.i++;
      if (this.i >= body.length) throw this.error("f-string: expecting '}'");
      conversion = body.codePointAt(this.i)!;
      this.i += conversion > 0xffff ? 2 : 1;
      if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
        throw this.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }

    let formatSpec: expr | null = null;
    if (this.i < body.length && body[this.i] === ':') {
      this.i++;
      if (this.i >= body.length) throw this.error("f-string: expecting '}'");
      formatSpec = this.parseFormatSpec(recurseLevel + 1);
    }

    if (this.i >= body.length || body[this.i] !== '}') throw this.error("f-string: expecting '}'");
    this.i++;

    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114; // 'r'
    const value: FormattedValue = {
      _type: 'FormattedValue',
      value: expression,
      conversion,
      format_spec: formatSpec,
      ...tokensPosition(this.span.first, this.span.last),
    };
    return { exprText, value };
  }

  /** A format spec is an f-string of its own, positioned on this token alone. */
  private parseFormatSpec(recurseLevel: number): expr {
    const state: FStringState = { lastStr: null, values: [], fmode: false };
    this.concat(state, recurseLevel);
    return finish(state, { first: this.token, last: this.token });
  }

  /** Check the expression text and have the parser parse it with CPython's positions. */
  private compileExpression(braceIndex: number, exprStart: number, exprEnd: number): expr {
    const body = this.body;
    let s = exprStart;
    while (s < exprEnd && ' \t\n\f'.includes(body[s])) s++;
    if (s === exprEnd) {
      const end = body[exprEnd];
      if (end === '!' || end === ':' || end === '=') throw this.error(`f-string: expression required before '${end}'`);
      throw this.error('f-string: empty expression not allowed');
    }
    const tokenText = this.token.string;
    const brace = this.bodyStart + braceIndex; // index of '{' in the token text
    // fstring_find_expr_location: shift columns unless the '{' is followed by only whitespace and a newline.
    let newlineAfterBrace = true;
    for (let k = brace + 1; k < tokenText.length && tokenText[k] !== '}' && tokenText[k] !== '\n'; k++) {
      const c = tokenText[k];
      if (c !== ' ' && c !== '\t' && c !== '\f') {
        newlineAfterBrace = false;
        break;
      }
    }
    let cols = 0;
    if (!newlineAfterBrace) {
      let k = brace;
      while (k > 0 && tokenText[k] !== '\n') k--;
      cols = utf8Length(tokenText, k, brace);
      if (tokenText[k] === '\n') cols -= 1;
    }
    let lines = 0;
    for (let k = 0; k < brace; k++) if (tokenText.charCodeAt(k) === 10) lines++;
    return this.host.parseFStringExpression(body.slice(exprStart, exprEnd), this.token, lines, cols);
  }
}
