// LAYER: parser — `match` statement patterns (PEP 634).
//
// Patterns have their own grammar: or-patterns, `as` captures, literals (including signed and
// complex numbers), captures and the `_` wildcard, dotted value patterns, sequence patterns in
// brackets or parentheses, mapping patterns with `**rest`, and class patterns with positional and
// keyword sub-patterns. The result is CPython's pattern nodes (MatchValue, MatchAs, ...).

import type { expr, pattern, MatchAs, MatchStar, Constant } from './ast.js';
import { ExpressionParser, identifier, numberValue } from './expressions.js';
import { HARD_KEYWORDS } from './parser-base.js';

export abstract class PatternParser extends ExpressionParser {
  /** patterns: open_sequence_pattern (a MatchSequence) | pattern */
  protected parsePatterns(): pattern {
    const start = this.tok;
    const first = this.parseMaybeStarPattern();
    if (!this.at(',')) {
      if (first._type === 'MatchStar') this.fail();
      return first;
    }
    const patterns = [first];
    while (this.eat(',')) {
      if (!this.canStartPattern()) break;
      patterns.push(this.parseMaybeStarPattern());
    }
    return { _type: 'MatchSequence', patterns, ...this.span(start) };
  }

  private canStartPattern(): boolean {
    const t = this.tok;
    if (t.type === 'NAME') return this.isName(t) || t.string === 'None' || t.string === 'True' || t.string === 'False';
    if (t.type === 'NUMBER' || t.type === 'STRING') return true;
    return t.type === 'OP' && ['(', '[', '{', '-', '*'].includes(t.string);
  }

  /** pattern: or_pattern ['as' pattern_capture_target] */
  protected parsePattern(): pattern {
    const start = this.tok;
    const orPattern = this.parseOrPattern();
    if (!this.atKeyword('as')) return orPattern;
    this.advance();
    if (this.checking) this.checkInvalidAsPattern();
    const name = this.parseCaptureTargetName();
    const node: MatchAs = { _type: 'MatchAs', pattern: orPattern, name, ...this.span(start) };
    return node;
  }

  /** invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression */
  private checkInvalidAsPattern(): void {
    const t = this.tok;
    if (t.type === 'NAME' && t.string === '_') throw this.errorAtToken("cannot use '_' as a target", t);
    if (t.type === 'NAME' && !HARD_KEYWORDS.has(t.string)) return;
    const m = this.mark;
    const e = this.attempt(() => this.parseExpression());
    this.reset(m);
    if (e) throw this.errorAtNode('invalid pattern target', e);
  }

  /** pattern_capture_target: a NAME other than "_" not followed by '.', '(' or '='. */
  private parseCaptureTargetName(): string {
    const t = this.tok;
    if (!this.isName(t) || t.string === '_') this.fail();
    const next = this.peek();
    if (this.isOp(next, '.') || this.isOp(next, '(') || this.isOp(next, '=')) this.fail();
    this.advance();
    return identifier(t.string);
  }

  /** or_pattern: closed_pattern ('|' closed_pattern)* */
  private parseOrPattern(): pattern {
    const start = this.tok;
    const first = this.parseClosedPattern();
    if (!this.at('|')) return first;
    const patterns = [first];
    while (this.eat('|')) patterns.push(this.parseClosedPattern());
    return { _type: 'MatchOr', patterns, ...this.span(start) };
  }

  /** maybe_star_pattern: star_pattern | pattern */
  private parseMaybeStarPattern(): pattern {
    if (this.at('*')) {
      const star = this.advance();
      const t = this.tok;
      let name: string | null;
      if (t.type === 'NAME' && t.string === '_') {
        this.advance();
        name = null;
      } else {
        name = this.parseCaptureTargetName();
      }
      const node: MatchStar = { _type: 'MatchStar', name, ...this.span(star) };
      return node;
    }
    return this.parsePattern();
  }

  /** closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class */
  private parseClosedPattern(): pattern {
    const t = this.tok;
    if (t.type === 'NUMBER' || this.isOp(t, '-')) {
      const value = this.parseSignedOrComplexNumber();
      return { _type: 'MatchValue', value, ...this.spanNodes(value, value) };
    }
    if (t.type === 'STRING') {
      const value = this.parseAtom();
      return { _type: 'MatchValue', value, ...this.spanNodes(value, value) };
    }
    if (t.type === 'NAME') {
      if (t.string === 'None' || t.string === 'True' || t.string === 'False') {
        this.advance();
        const value = t.string === 'None' ? { kind: 'None' as const } : { kind: 'bool' as const, value: t.string === 'True' };
        return { _type: 'MatchSingleton', value, ...this.tokenPos(t) };
      }
      if (!this.isName(t)) this.fail();
      const next = this.peek();
      if (!this.isOp(next, '.') && !this.isOp(next, '(') && !this.isOp(next, '=')) {
        this.advance();
        if (t.string === '_') return { _type: 'MatchAs', pattern: null, name: null, ...this.tokenPos(t) };
        return { _type: 'MatchAs', pattern: null, name: identifier(t.string), ...this.tokenPos(t) };
      }
      const nameOrAttr = this.parseNameOrAttr();
      if (this.at('(')) return this.parseClassPattern(nameOrAttr);
      if (nameOrAttr._type === 'Name' || this.at('.') || this.at('=')) this.fail();
      return { _type: 'MatchValue', value: nameOrAttr, ...this.spanNodes(nameOrAttr, nameOrAttr) };
    }
    if (this.isOp(t, '(')) return this.parseParenPattern();
    if (this.isOp(t, '[')) {
      const open = this.advance();
      const patterns = this.at(']') ? [] : this.parseMaybeSequencePattern();
      this.expect(']');
      return { _type: 'MatchSequence', patterns, ...this.span(open) };
    }
    if (this.isOp(t, '{')) return this.parseMappingPattern();
    this.fail();
  }

  /** group_pattern: '(' pattern ')' | sequence_pattern: '(' open_sequence_pattern? ')' */
  private parseParenPattern(): pattern {
    const open = this.advance();
    if (this.eat(')')) return { _type: 'MatchSequence', patterns: [], ...this.span(open) };
    const first = this.parseMaybeStarPattern();
    if (this.at(')') && first._type !== 'MatchStar') {
      this.advance();
      return first;
    }
    this.expect(',');
    const patterns = [first];
    if (!this.at(')')) patterns.push(...this.parseMaybeSequencePattern());
    this.expect(')');
    return { _type: 'MatchSequence', patterns, ...this.span(open) };
  }

  /** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
  private parseMaybeSequencePattern(): pattern[] {
    const patterns = [this.parseMaybeStarPattern()];
    while (this.eat(',')) {
      if (!this.canStartPattern()) break;
      patterns.push(this.parseMaybeStarPattern());
    }
    return patterns;
  }

  /** name_or_attr: NAME ('.' NAME)* as Name/Attribute nodes. */
  private parseNameOrAttr(): expr {
    let e: expr = this.nameNode(this.expectName());
    while (this.at('.')) {
      this.advance();
      const attr = this.expectName();
      e = { _type: 'Attribute', value: e, attr: identifier(attr.string), ctx: 'Load', ...this.span(e) };
    }
    return e;
  }

  /** signed_number !('+' | '-') | complex_number */
  private parseSignedOrComplexNumber(): expr {
    const start = this.tok;
    let real: expr = this.parseSignedNumber();
    if (!this.at('+') && !this.at('-')) return real;
    // complex_number: signed_real_number ('+' | '-') imaginary_number
    const opTok = this.advance();
    const imagTok = this.tok;
    if (imagTok.type !== 'NUMBER') this.fail();
    this.advance();
    const imag: Constant = { _type: 'Constant', value: this.numberConstant(imagTok.string), kind: null, ...this.tokenPos(imagTok) };
    if (this.realValue(real)?.kind === 'complex') {
      throw this.errorAtNode('real number required in complex literal', this.realNumberNode(real));
    }
    if (imag.value.kind !== 'complex') throw this.errorAtNode('imaginary number required in complex literal', imag);
    real = { _type: 'BinOp', left: real, op: opTok.string === '+' ? 'Add' : 'Sub', right: imag, ...this.span(start) };
    return real;
  }

  private numberConstant(text: string): Constant['value'] {
    return numberValue(text);
  }

  /** The Constant inside a signed number node. */
  private realNumberNode(e: expr): expr {
    return e._type === 'UnaryOp' ? e.operand : e;
  }

  private realValue(e: expr): Constant['value'] | null {
    const n = this.realNumberNode(e);
    return n._type === 'Constant' ? n.value : null;
  }

  /** signed_number: NUMBER | '-' NUMBER */
  private parseSignedNumber(): expr {
    const t = this.tok;
    if (this.isOp(t, '-')) {
      this.advance();
      const n = this.tok;
      if (n.type !== 'NUMBER') this.fail();
      this.advance();
      const operand: Constant = { _type: 'Constant', value: numberValue(n.string), kind: null, ...this.tokenPos(n) };
      return { _type: 'UnaryOp', op: 'USub', operand, ...this.span(t) };
    }
    if (t.type !== 'NUMBER') this.fail();
    this.advance();
    return { _type: 'Constant', value: numberValue(t.string), kind: null, ...this.tokenPos(t) };
  }

  /** mapping_pattern: '{' [items] [',' '**' rest] [','] '}' */
  private parseMappingPattern(): pattern {
    const open = this.advance();
    const keys: expr[] = [];
    const patterns: pattern[] = [];
    let rest: string | null = null;
    while (!this.at('}')) {
      if (this.at('**')) {
        this.advance();
        rest = this.parseCaptureTargetName();
        this.eat(',');
        break;
      }
      keys.push(this.parseMappingKey());
      this.expect(':');
      patterns.push(this.parsePattern());
      if (!this.eat(',')) break;
    }
    this.expect('}');
    return { _type: 'MatchMapping', keys, patterns, rest, ...this.span(open) };
  }

  /** A mapping key: a literal (number, string, None/True/False) or a dotted value. */
  private parseMappingKey(): expr {
    const t = this.tok;
    if (t.type === 'NUMBER' || this.isOp(t, '-')) return this.parseSignedOrComplexNumber();
    if (t.type === 'STRING') return this.parseAtom();
    if (t.type === 'NAME' && (t.string === 'None' || t.string === 'True' || t.string === 'False')) return this.parseAtom();
    const e = this.parseNameOrAttr();
    if (e._type === 'Name') this.fail();
    return e;
  }

  /** class_pattern: name_or_attr '(' [positional patterns] [keyword patterns] [','] ')' */
  private parseClassPattern(cls: expr): pattern {
    this.expect('(');
    const patterns: pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: pattern[] = [];
    while (!this.at(')')) {
      if (this.atName() && this.isOp(this.peek(), '=')) {
        const name = this.advance();
        this.advance();
        kwdAttrs.push(identifier(name.string));
        kwdPatterns.push(this.parsePattern());
      } else {
        const startIndex = this.pos;
        const p = this.parsePattern();
        if (kwdAttrs.length) {
          if (this.checking) this.reportPositionalAfterKeyword(startIndex, p);
          this.fail();
        }
        patterns.push(p);
      }
      if (!this.eat(',')) break;
    }
    this.expect(')');
    return { _type: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, ...this.span(cls) };
  }

  /** invalid_class_argument_pattern: positional patterns after keyword patterns, reported as a range. */
  private reportPositionalAfterKeyword(_startIndex: number, first: pattern): never {
    let last = first;
    while (this.eat(',')) {
      if (this.at(')') || (this.atName() && this.isOp(this.peek(), '='))) break;
      last = this.parsePattern();
    }
    throw this.errorRange('positional patterns follow keyword patterns', first, last);
  }
}
