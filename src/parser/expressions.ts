// LAYER: parser — expressions.
//
// Recursive descent over CPython 3.11's expression grammar, one method per grammar rule, from
// the loosest binding (star_expressions, named_expression, expression with lambda and the
// conditional) down through or/and/not, comparisons, the binary operators, unary operators, power,
// await, primaries (attribute, call, subscript) and atoms (names, numbers, strings, displays and
// comprehensions). It also reads assignment targets (star_targets), call arguments, slices and
// lambda/def parameter lists.
//
// The `this.checking` blocks are CPython's invalid_* rules: they only run in the second pass, after
// the input is known to be invalid, and turn common mistakes into specific messages.

import type {
  Call, comprehension, Constant, Constant_value, expr, expr_context, keyword, Name, arg, arguments, Starred,
  Tuple, cmpop, operator, Lambda, GeneratorExp,
} from './ast.js';
import type { PySyntaxError } from './errors.js';
import { concatenateStrings, type StringsHost } from './fstring.js';
import { ParserBase, ParseFailure, type ParserSettings } from './parser-base.js';
import { exprName, invalidTargetMessage, setContext } from './targets.js';
import type { Token } from './tokenizer.js';

const SOFT_KEYWORDS = new Set(['match', 'case', '_']);

const COMPARE_OPS: Record<string, cmpop> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };
const BIT_OR_OPS: Record<string, operator> = { '|': 'BitOr' };
const BIT_XOR_OPS: Record<string, operator> = { '^': 'BitXor' };
const BIT_AND_OPS: Record<string, operator> = { '&': 'BitAnd' };
const SHIFT_OPS: Record<string, operator> = { '<<': 'LShift', '>>': 'RShift' };
const SUM_OPS: Record<string, operator> = { '+': 'Add', '-': 'Sub' };
const TERM_OPS: Record<string, operator> = { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' };

/** Callback that parses an f-string replacement field's expression (provided by parser.ts). */
export type FStringExpressionCompiler = (text: string, t: Token, lines: number, cols: number, filename: string) => expr;

export interface ExpressionParserSettings extends ParserSettings {
  compileFStringExpression: FStringExpressionCompiler;
}

/** A parsed parameter and its default (for building `arguments`). */
interface ParamWithDefault {
  param: arg;
  default: expr | null;
}

/** Turn a NUMBER token into a constant value. */
export function numberValue(text: string): Constant_value {
  const s = text.replace(/_/g, '');
  const last = s[s.length - 1];
  if (last === 'j' || last === 'J') return { kind: 'complex', imag: Number(s.slice(0, -1)) };
  const lower = s.slice(0, 2).toLowerCase();
  if (lower === '0x' || lower === '0o' || lower === '0b') return { kind: 'int', value: BigInt(lower + s.slice(2)) };
  if (/[.eE]/.test(s)) return { kind: 'float', value: Number(s) };
  return { kind: 'int', value: BigInt(s) };
}

/** NFKC-normalise non-ASCII identifiers, as CPython does. */
export function identifier(name: string): string {
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) >= 0x80) return name.normalize('NFKC');
  }
  return name;
}

export abstract class ExpressionParser extends ParserBase implements StringsHost {
  /** Inside CPython's expression_without_invalid: pass-2 checks are switched off. */
  protected invalidOff = false;
  private readonly compileFStringExpression: FStringExpressionCompiler;
  /** Memo of `expression` and `disjunction` results by token position (see memoized()). */
  private readonly memo: ({ node: expr | null; end: number } | undefined)[] = [];

  constructor(settings: ExpressionParserSettings) {
    super(settings);
    this.compileFStringExpression = settings.compileFStringExpression;
  }

  /** Whether the invalid_* checks should run now. */
  protected get checking(): boolean {
    return this.pass2 && !this.invalidOff;
  }

  /** Run `fn` with the pass-2 checks switched off. */
  protected withoutInvalid<T>(fn: () => T): T {
    const saved = this.invalidOff;
    this.invalidOff = true;
    try {
      return fn();
    } finally {
      this.invalidOff = saved;
    }
  }

  /**
   * Memoise a rule by position (like CPython's memo): speculative parses (genexp or call, dict or
   * set, the pass-2 checks) re-read the same expressions, which would otherwise cost exponential
   * time in the nesting depth. `expression` and `disjunction` are memoised.
   */
  private memoized(rule: 0 | 1, fn: () => expr): expr {
    // Like CPython, the key ignores whether the pass-2 checks are on: a result computed inside
    // expression_without_invalid is reused later (so its checks are skipped there too).
    const key = this.pos * 2 + rule;
    const hit = this.memo[key];
    if (hit) {
      if (hit.node === null) this.fail();
      this.pos = hit.end;
      return hit.node;
    }
    try {
      const node = fn();
      this.memo[key] = { node, end: this.pos };
      return node;
    } catch (e) {
      if (e instanceof ParseFailure) this.memo[key] = { node: null, end: this.pos };
      throw e;
    }
  }

  // ----- StringsHost -----

  errorAtLastTokenFor(msg: string): PySyntaxError {
    return this.errorAtLastToken(msg);
  }

  errorAtTokenFor(msg: string, t: Token): PySyntaxError {
    return this.errorAtToken(msg, t);
  }

  parseFStringExpression(text: string, t: Token, lines: number, cols: number): expr {
    return this.compileFStringExpression(text, t, lines, cols, this.filename);
  }

  // ----- small helpers -----

  /**
   * CPython's SOFT_KEYWORD token test (used by invalid_expression). It compares with strncmp over
   * the token's length, so any non-keyword name that is a prefix of "match", "case" or "_" (such as
   * `c` or `ma`) counts as a soft keyword; this matters for which error message is chosen.
   */
  protected isSoftKeywordToken(t: Token): boolean {
    if (!this.isName(t)) return false;
    for (const kw of SOFT_KEYWORDS) if (kw.startsWith(t.string)) return true;
    return false;
  }

  protected nameNode(t: Token, ctx: expr_context = 'Load'): Name {
    return { _type: 'Name', id: identifier(t.string), ctx, ...this.tokenPos(t) };
  }

  /** Whether `t` can begin an expression (used to decide if a comma is a trailing one). */
  protected canStartExpression(t: Token): boolean {
    switch (t.type) {
      case 'NAME':
        return !HARD_KW_NOT_EXPR.has(t.string);
      case 'NUMBER':
      case 'STRING':
        return true;
      case 'OP':
        return EXPR_START_OPS.has(t.string);
      default:
        return false;
    }
  }

  /** Whether `e` is the bare name `print` or `exec` (CPython's _PyPegen_check_legacy_stmt). */
  private isLegacyStatementName(e: expr): boolean {
    return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
  }

  // ----- star_expressions / named_expression / expression -----

  /** star_expressions: one star_expression, or a Tuple when there is a comma. */
  parseStarExpressions(): expr {
    const start = this.tok;
    const first = this.parseStarExpression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.at(',')) {
      this.advance();
      if (!this.canStartExpression(this.tok)) break;
      elts.push(this.parseStarExpression());
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(start) };
  }

  /** star_expression: '*' bitwise_or | expression */
  parseStarExpression(): expr {
    if (this.at('*')) {
      const star = this.advance();
      const value = this.parseBitOr();
      return { _type: 'Starred', value, ctx: 'Load', ...this.span(star) };
    }
    return this.parseExpression();
  }

  /** star_named_expressions: a comma-separated list with an optional trailing comma. */
  protected parseStarNamedExpressions(): expr[] {
    const elts = [this.parseStarNamedExpression()];
    while (this.at(',')) {
      const m = this.mark;
      this.advance();
      if (!this.canStartExpression(this.tok)) break;
      const e = this.attempt(() => this.parseStarNamedExpression());
      if (!e) {
        this.reset(m);
        this.advance();
        break;
      }
      elts.push(e);
    }
    return elts;
  }

  /** star_named_expression: '*' bitwise_or | named_expression */
  parseStarNamedExpression(): expr {
    if (this.at('*')) {
      const star = this.advance();
      const value = this.parseBitOr();
      return { _type: 'Starred', value, ctx: 'Load', ...this.span(star) };
    }
    return this.parseNamedExpression();
  }

  /** assignment_expression: NAME ':=' expression (with a cut after ':=') */
  protected atAssignmentExpression(): boolean {
    return this.atName() && this.isOp(this.peek(), ':=');
  }

  protected parseAssignmentExpression(): expr {
    const nameTok = this.advance();
    this.advance(); // ':='
    const value = this.parseExpression();
    const target = this.nameNode(nameTok, 'Store');
    return { _type: 'NamedExpr', target, value, ...this.span(nameTok) };
  }

  /** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
  parseNamedExpression(): expr {
    if (this.atAssignmentExpression()) return this.parseAssignmentExpression();
    if (this.checking) this.checkInvalidNamedExpression();
    const e = this.parseExpression();
    if (this.at(':=')) this.fail();
    return e;
  }

  /** invalid_named_expression */
  private checkInvalidNamedExpression(): void {
    const m = this.mark;
    const walrus = this.attempt(() => {
      const a = this.parseExpression();
      this.expect(':=');
      this.parseExpression();
      return a;
    });
    this.reset(m);
    if (walrus) throw this.errorAtNode(`cannot use assignment expressions with ${exprName(walrus)}`, walrus);
    if (this.atName() && this.isOp(this.peek(), '=')) {
      const r = this.attempt(() => {
        const a = this.advance();
        this.advance();
        const b = this.parseBitOr();
        if (this.at('=') || this.at(':=')) this.fail();
        return [a, b] as const;
      });
      this.reset(m);
      if (r) throw this.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", r[0], r[1]);
    }
    if (!this.atListTupleGenexpOrSingleton()) {
      const a = this.attempt(() => {
        const target = this.parseBitOr();
        this.expect('=');
        this.parseBitOr();
        if (this.at('=') || this.at(':=')) this.fail();
        return target;
      });
      this.reset(m);
      if (a) throw this.errorAtNode(`cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`, a);
    }
  }

  /** The lookahead (list | tuple | genexp | 'True' | 'None' | 'False'). */
  private atListTupleGenexpOrSingleton(): boolean {
    const t = this.tok;
    if (t.type === 'NAME') return t.string === 'True' || t.string === 'None' || t.string === 'False';
    if (!(this.isOp(t, '[') || this.isOp(t, '('))) return false;
    const m = this.mark;
    const atom = this.attempt(() => this.parseAtom());
    this.reset(m);
    if (!atom || atom.lineno !== t.lineno || atom.col_offset !== t.col) return false;
    return atom._type === 'List' || atom._type === 'Tuple' || atom._type === 'GeneratorExp';
  }

  /** expression: invalid checks | disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
  parseExpression(): expr {
    return this.memoized(0, () => {
      if (this.checking) this.checkInvalidExpression();
      if (this.atKeyword('lambda')) return this.parseLambda();
      const start = this.tok;
      const body = this.parseDisjunction();
      if (!this.atKeyword('if')) return body;
      const m = this.mark;
      const ifexp = this.attempt(() => {
        this.advance();
        const test = this.parseDisjunction();
        this.expectKeyword('else');
        const orelse = this.parseExpression();
        return { _type: 'IfExp', test, body, orelse, ...this.span(start) } as expr;
      });
      if (ifexp) return ifexp;
      this.reset(m);
      return body;
    });
  }

  /** expression_without_invalid: like expression, without the checks (and not memoised as expression). */
  protected parseExpressionWithoutInvalid(): expr {
    return this.withoutInvalid(() => {
      if (this.atKeyword('lambda')) return this.parseLambda();
      const start = this.tok;
      const body = this.parseDisjunction();
      if (!this.atKeyword('if')) return body;
      const m = this.mark;
      const ifexp = this.attempt(() => {
        this.advance();
        const test = this.parseDisjunction();
        this.expectKeyword('else');
        const orelse = this.parseExpression();
        return { _type: 'IfExp', test, body, orelse, ...this.span(start) } as expr;
      });
      if (ifexp) return ifexp;
      this.reset(m);
      return body;
    });
  }

  /** invalid_expression and invalid_legacy_expression */
  private checkInvalidExpression(): void {
    const m = this.mark;
    const t = this.tok;
    const nameThenString = this.isName(t) && this.peek().type === 'STRING';
    if (!nameThenString && !this.isSoftKeywordToken(t)) {
      const r = this.attempt(() => {
        const a = this.parseDisjunction();
        const b = this.parseExpressionWithoutInvalid();
        return [a, b] as const;
      });
      const lastLevel = this.pos > 0 ? this.tokens[this.pos - 1].level : 0;
      this.reset(m);
      if (r && !this.isLegacyStatementName(r[0]) && lastLevel !== 0) {
        throw this.errorRange('invalid syntax. Perhaps you forgot a comma?', r[0], r[1]);
      }
    }
    const ifWithoutElse = this.attempt(() => {
      const a = this.parseDisjunction();
      this.expectKeyword('if');
      const b = this.parseDisjunction();
      if (this.atKeyword('else') || this.at(':')) this.fail();
      return [a, b] as const;
    });
    this.reset(m);
    if (ifWithoutElse) throw this.errorRange("expected 'else' after 'if' expression", ifWithoutElse[0], ifWithoutElse[1]);
    if (this.atName() && !this.isOp(this.peek(), '(')) {
      const r = this.attempt(() => {
        const a = this.nameNode(this.advance());
        const b = this.parseStarExpressions();
        return [a, b] as const;
      });
      this.reset(m);
      if (r && this.isLegacyStatementName(r[0])) {
        const name = (r[0] as Name).id;
        throw this.errorRange(`Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, r[0], r[1]);
      }
    }
  }

  // ----- boolean operators and comparisons -----

  /** disjunction: conjunction ('or' conjunction)* */
  parseDisjunction(): expr {
    return this.memoized(1, () => {
      const start = this.tok;
      const first = this.parseConjunction();
      if (!this.atKeyword('or')) return first;
      const values = this.parseOperandsAfter(first, 'or', () => this.parseConjunction());
      if (values.length === 1) return first;
      return { _type: 'BoolOp', op: 'Or', values, ...this.span(start) };
    });
  }

  /** conjunction: inversion ('and' inversion)* */
  private parseConjunction(): expr {
    const start = this.tok;
    const first = this.parseInversion();
    if (!this.atKeyword('and')) return first;
    const values = this.parseOperandsAfter(first, 'and', () => this.parseInversion());
    if (values.length === 1) return first;
    return { _type: 'BoolOp', op: 'And', values, ...this.span(start) };
  }

  /**
   * `first (keyword operand)*`: like the PEG, an operator whose operand does not parse is left
   * unconsumed (the rule then matches what came before).
   */
  private parseOperandsAfter(first: expr, keyword: string, operand: () => expr): expr[] {
    const values = [first];
    while (this.atKeyword(keyword)) {
      const m = this.mark;
      this.advance();
      const next = this.attempt(operand);
      if (!next) {
        this.reset(m);
        break;
      }
      values.push(next);
    }
    return values;
  }

  /** Parse `operand` after an operator; null (with the operator unconsumed) when it does not parse. */
  private operandAfter(operatorMark: number, operand: () => expr): expr | null {
    const right = this.attempt(operand);
    if (!right) this.reset(operatorMark);
    return right;
  }

  /** inversion: 'not' inversion | comparison */
  private parseInversion(): expr {
    if (this.atKeyword('not')) {
      const notTok = this.advance();
      const operand = this.parseInversion();
      return { _type: 'UnaryOp', op: 'Not', operand, ...this.span(notTok) };
    }
    return this.parseComparison();
  }

  /** The comparison operator at the cursor (consumed), or null. */
  private eatCompareOp(): cmpop | null {
    const t = this.tok;
    if (t.type === 'OP') {
      const op = COMPARE_OPS[t.string];
      if (op) {
        this.advance();
        return op;
      }
      return null;
    }
    if (t.type !== 'NAME') return null;
    if (t.string === 'in') {
      this.advance();
      return 'In';
    }
    if (t.string === 'not' && this.isKeyword(this.peek(), 'in')) {
      this.advance();
      this.advance();
      return 'NotIn';
    }
    if (t.string === 'is') {
      this.advance();
      if (this.eatKeyword('not')) return 'IsNot';
      return 'Is';
    }
    return null;
  }

  /** comparison: bitwise_or (compare_op bitwise_or)* */
  private parseComparison(): expr {
    const start = this.tok;
    const left = this.parseBitOr();
    const ops: cmpop[] = [];
    const comparators: expr[] = [];
    for (;;) {
      const m = this.mark;
      const op = this.eatCompareOp();
      if (!op) break;
      const right = this.operandAfter(m, () => this.parseBitOr());
      if (!right) break;
      ops.push(op);
      comparators.push(right);
    }
    if (!ops.length) return left;
    return { _type: 'Compare', left, ops, comparators, ...this.span(start) };
  }

  // ----- binary and unary operators -----

  /**
   * One left-associative level of binary operators: `operand (op operand)*`, where `ops` maps an
   * operator token to its ast operator. An operator whose right operand does not parse is left
   * unconsumed (the caller reports it).
   */
  private parseBinaryLevel(ops: Record<string, operator>, operand: () => expr): expr {
    const start = this.tok;
    let left = operand();
    for (;;) {
      const t = this.tok;
      const op = t.type === 'OP' && Object.hasOwn(ops, t.string) ? ops[t.string] : undefined;
      if (!op) return left;
      const m = this.mark;
      this.advance();
      const right = this.operandAfter(m, operand);
      if (!right) return left;
      left = { _type: 'BinOp', left, op, right, ...this.span(start) };
    }
  }

  // The levels, loosest first; each parses its operands with the next one (bound once).
  /** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor */
  parseBitOr(): expr {
    return this.parseBinaryLevel(BIT_OR_OPS, this.parseBitXor);
  }

  private readonly parseBitXor = (): expr => this.parseBinaryLevel(BIT_XOR_OPS, this.parseBitAnd);
  private readonly parseBitAnd = (): expr => this.parseBinaryLevel(BIT_AND_OPS, this.parseShift);
  private readonly parseShift = (): expr => this.parseBinaryLevel(SHIFT_OPS, this.parseSum);
  private readonly parseSum = (): expr => this.parseBinaryLevel(SUM_OPS, this.parseTerm);
  private readonly parseTerm = (): expr => this.parseBinaryLevel(TERM_OPS, this.parseFactorOperand);
  private readonly parseFactorOperand = (): expr => this.parseFactor();

  /** factor: ('+' | '-' | '~') factor | power */
  private parseFactor(): expr {
    const t = this.tok;
    if (t.type === 'OP' && (t.string === '+' || t.string === '-' || t.string === '~')) {
      this.advance();
      const operand = this.parseFactor();
      const op = t.string === '+' ? 'UAdd' : t.string === '-' ? 'USub' : 'Invert';
      return { _type: 'UnaryOp', op, operand, ...this.span(t) };
    }
    return this.parsePower();
  }

  /** power: await_primary ['**' factor] */
  private parsePower(): expr {
    const start = this.tok;
    const left = this.parseAwaitPrimary();
    if (!this.at('**')) return left;
    const m = this.mark;
    this.advance();
    const right = this.operandAfter(m, () => this.parseFactor());
    if (!right) return left;
    return { _type: 'BinOp', left, op: 'Pow', right, ...this.span(start) };
  }

  /** await_primary: 'await' primary | primary */
  private parseAwaitPrimary(): expr {
    if (this.atKeyword('await')) {
      const t = this.advance();
      const value = this.parsePrimary();
      return { _type: 'Await', value, ...this.span(t) };
    }
    return this.parsePrimary();
  }

  // ----- primaries -----

  /** primary: atom followed by any number of '.' NAME, call arguments and subscripts. */
  parsePrimary(): expr {
    const start = this.tok;
    let e = this.parseAtom();
    for (;;) {
      const t = this.tok;
      if (t.type !== 'OP') return e;
      const value: expr = e;
      let next: expr | null;
      if (t.string === '.') {
        next = this.attempt(() => {
          this.advance();
          const name = this.expectName();
          return { _type: 'Attribute', value, attr: identifier(name.string), ctx: 'Load', ...this.span(start) } as expr;
        });
      } else if (t.string === '(') {
        next = this.attempt(() => this.parseCall(value, start));
      } else if (t.string === '[') {
        next = this.attempt(() => {
          this.advance();
          const slice = this.parseSlices();
          this.expect(']');
          return { _type: 'Subscript', value, slice, ctx: 'Load', ...this.span(start) } as expr;
        });
      } else {
        return e;
      }
      // A trailer that does not parse is left for the caller (the PEG's primary then ends here).
      if (!next) return e;
      e = next;
    }
  }

  /** primary genexp | primary '(' [arguments] ')' */
  private parseCall(func: expr, start: Token): expr {
    const open = this.advance(); // '('
    if (this.eat(')')) return { _type: 'Call', func, args: [], keywords: [], ...this.span(start) } as Call;
    if (this.checking && this.at('*')) this.checkInvalidComprehension(open);
    // A lone generator expression argument: `f(x for x in y)` (the genexp spans the parentheses).
    if (!this.at('*') && !this.at('**') && !(this.atName() && this.isOp(this.peek(), '='))) {
      const m = this.mark;
      const elt = this.attempt(() => this.parseGenexpElement());
      if (elt && (this.atKeyword('for') || (this.atKeyword('async') && this.isKeyword(this.peek(), 'for')))) {
        const call = this.attempt(() => {
          const generators = this.parseForIfClauses();
          this.expect(')');
          const genexp: GeneratorExp = { _type: 'GeneratorExp', elt, generators, ...this.span(open) };
          return { _type: 'Call', func, args: [genexp], keywords: [], ...this.span(start) } as Call;
        });
        if (call) return call;
      }
      this.reset(m);
    }
    const r = this.parseArguments();
    this.expect(')');
    return { _type: 'Call', func, args: r.args, keywords: r.keywords, ...this.span(start) } as Call;
  }

  /** The element of a generator expression: assignment_expression | expression !':=' */
  private parseGenexpElement(): expr {
    if (this.atAssignmentExpression()) return this.parseAssignmentExpression();
    const e = this.parseExpression();
    if (this.at(':=')) this.fail();
    return e;
  }

  // ----- call arguments -----

  /** arguments: args [','] &')' | invalid_arguments */
  protected parseArguments(): { args: expr[]; keywords: keyword[] } {
    const r = this.attempt(() => {
      const a = this.parseArgs();
      this.eat(',');
      if (!this.at(')')) this.fail();
      return a;
    });
    if (r) return r;
    if (this.checking) this.checkInvalidArguments();
    this.fail();
  }

  /** One positional argument: starred_expression | (assignment_expression | expression !':=') !'=' */
  private parsePositionalArgument(): expr {
    if (this.at('*')) return this.parseStarredExpression();
    let e: expr;
    if (this.atAssignmentExpression()) e = this.parseAssignmentExpression();
    else {
      e = this.parseExpression();
      if (this.at(':=')) this.fail();
    }
    if (this.at('=')) this.fail();
    return e;
  }

  /** starred_expression: '*' expression */
  protected parseStarredExpression(): Starred {
    const star = this.expect('*');
    const value = this.parseExpression();
    return { _type: 'Starred', value, ctx: 'Load', ...this.span(star) };
  }

  /** A comma-separated list of `item` (CPython's ','.item+): the comma is only taken when an item follows. */
  private parseSeparated<T>(item: () => T): T[] {
    const first = item();
    const items = [first];
    for (;;) {
      const m = this.mark;
      if (!this.eat(',')) break;
      const next = this.attempt(item);
      if (next === null) {
        this.reset(m);
        break;
      }
      items.push(next);
    }
    return items;
  }

  /** args: positional arguments [',' kwargs] | kwargs */
  protected parseArgs(): { args: expr[]; keywords: keyword[] } {
    const positional = this.attempt(() => this.parseSeparated(() => this.parsePositionalArgument()));
    if (positional) {
      const m = this.mark;
      let kw: (expr | keyword)[] | null = null;
      if (this.eat(',')) {
        kw = this.attempt(() => this.parseKwargs());
        if (!kw) this.reset(m);
      }
      return this.collectCallSequences(positional, kw ?? []);
    }
    return this.collectCallSequences([], this.parseKwargs());
  }

  /** Starred items of kwargs go after the positional arguments, keywords keep their order. */
  private collectCallSequences(positional: expr[], kwargs: (expr | keyword)[]): { args: expr[]; keywords: keyword[] } {
    const args = positional.slice();
    const keywords: keyword[] = [];
    for (const k of kwargs) {
      if (k._type === 'keyword') keywords.push(k);
      else args.push(k);
    }
    return { args, keywords };
  }

  /** kwargs: kwarg_or_starred list [',' kwarg_or_double_starred list] | kwarg_or_double_starred list */
  private parseKwargs(): (expr | keyword)[] {
    const a = this.attempt(() => this.parseSeparated(() => this.parseKwargOrStarred()));
    if (a) {
      const m = this.mark;
      if (this.eat(',')) {
        const b = this.attempt(() => this.parseSeparated(() => this.parseKwargOrDoubleStarred()));
        if (b) return a.concat(b);
      }
      this.reset(m);
      return a;
    }
    return this.parseSeparated(() => this.parseKwargOrDoubleStarred());
  }

  /** NAME '=' expression */
  private parseKeywordArgument(): keyword {
    const name = this.expectName();
    this.expect('=');
    const value = this.parseExpression();
    return { _type: 'keyword', arg: identifier(name.string), value, ...this.span(name) };
  }

  private parseKwargOrStarred(): expr | keyword {
    if (this.checking) this.checkInvalidKwarg();
    if (this.atName() && this.isOp(this.peek(), '=')) return this.parseKeywordArgument();
    return this.parseStarredExpression();
  }

  private parseKwargOrDoubleStarred(): keyword {
    if (this.checking) this.checkInvalidKwarg();
    if (this.atName() && this.isOp(this.peek(), '=')) return this.parseKeywordArgument();
    const star = this.expect('**');
    const value = this.parseExpression();
    return { _type: 'keyword', arg: null, value, ...this.span(star) };
  }

  /** invalid_kwarg */
  private checkInvalidKwarg(): void {
    const m = this.mark;
    const t = this.tok;
    if (t.type === 'NAME' && (t.string === 'True' || t.string === 'False' || t.string === 'None') && this.isOp(this.peek(), '=')) {
      throw this.errorRange(`cannot assign to ${t.string}`, t, this.peek());
    }
    if (this.atName() && this.isOp(this.peek(), '=')) {
      const r = this.attempt(() => {
        const a = this.advance();
        const b = this.advance();
        this.parseExpression();
        this.parseForIfClauses();
        return [a, b] as const;
      });
      this.reset(m);
      if (r) throw this.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", r[0], r[1]);
      return;
    }
    const r = this.attempt(() => {
      const a = this.parseExpression();
      const b = this.expect('=');
      return [a, b] as const;
    });
    this.reset(m);
    if (r) throw this.errorRange('expression cannot contain assignment, perhaps you meant "=="?', r[0], r[1]);
  }

  /** invalid_arguments */
  private checkInvalidArguments(): void {
    const m = this.mark;
    const lastComprehensionItem = (gens: comprehension[]): expr => {
      const last = gens[gens.length - 1];
      return last.ifs.length ? last.ifs[last.ifs.length - 1] : last.iter;
    };
    // ((positional arguments ',' kwargs) | kwargs) ',' a='*'
    const r1 = this.attempt(() => {
      const withPositional = this.attempt(() => {
        this.parseSeparated(() => this.parsePositionalArgument());
        this.expect(',');
        this.parseKwargs();
        return true;
      });
      if (!withPositional) this.parseKwargs();
      this.expect(',');
      return this.expect('*');
    });
    this.reset(m);
    if (r1) throw this.errorAtToken('iterable argument unpacking follows keyword argument unpacking', r1);
    // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
    const r2 = this.attempt(() => {
      const a = this.parseExpression();
      const b = this.parseForIfClauses();
      this.expect(',');
      this.attempt(() => this.parseArgs()) ?? this.attempt(() => {
        this.parseExpression();
        this.parseForIfClauses();
      });
      return [a, b] as const;
    });
    this.reset(m);
    if (r2) throw this.errorRange('Generator expression must be parenthesized', r2[0], lastComprehensionItem(r2[1]));
    // a=NAME b='=' expression for_if_clauses
    if (this.atName() && this.isOp(this.peek(), '=')) {
      const r3 = this.attempt(() => {
        const a = this.advance();
        const b = this.advance();
        this.parseExpression();
        this.parseForIfClauses();
        return [a, b] as const;
      });
      this.reset(m);
      if (r3) throw this.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", r3[0], r3[1]);
    }
    // a=args b=for_if_clauses
    const r4 = this.attempt(() => {
      const a = this.parseArgs();
      const b = this.parseForIfClauses();
      return [a, b] as const;
    });
    this.reset(m);
    if (r4 && r4[0].args.length > 1) {
      throw this.errorRange('Generator expression must be parenthesized', r4[0].args[r4[0].args.length - 1], lastComprehensionItem(r4[1]));
    }
    // args ',' a=expression b=for_if_clauses
    const r5 = this.attempt(() => {
      this.parseArgs();
      this.expect(',');
      const a = this.parseExpression();
      const b = this.parseForIfClauses();
      return [a, b] as const;
    });
    this.reset(m);
    if (r5) throw this.errorRange('Generator expression must be parenthesized', r5[0], lastComprehensionItem(r5[1]));
    // a=args ',' args
    const r6 = this.attempt(() => {
      const a = this.parseArgs();
      this.expect(',');
      this.parseArgs();
      return a;
    });
    this.reset(m);
    if (r6) {
      const unpacking = r6.keywords.some((k) => k.arg === null);
      throw this.errorAtLastToken(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
    }
  }

  // ----- slices -----

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  private parseSlices(): expr {
    const start = this.tok;
    const first = this.at('*') ? this.parseStarredExpression() : this.parseSlice();
    if (first._type !== 'Starred' && !this.at(',')) return first;
    const elts = [first];
    while (this.at(',')) {
      this.advance();
      if (!this.canStartExpression(this.tok) && !this.at(':')) break;
      elts.push(this.at('*') ? this.parseStarredExpression() : this.parseSlice());
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(start) } as Tuple;
  }

  /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
  private parseSlice(): expr {
    const start = this.tok;
    if (this.atAssignmentExpression()) return this.parseNamedExpression();
    const m = this.mark;
    let lower: expr | null = null;
    if (!this.at(':')) {
      lower = this.parseExpression();
      if (!this.at(':')) {
        if (this.checking) {
          this.reset(m);
          return this.parseNamedExpression();
        }
        if (this.at(':=')) this.fail();
        return lower;
      }
    }
    this.advance(); // ':'
    let upper: expr | null = null;
    let step: expr | null = null;
    if (this.canStartExpression(this.tok)) upper = this.parseExpression();
    if (this.eat(':')) {
      if (this.canStartExpression(this.tok)) step = this.parseExpression();
    }
    return { _type: 'Slice', lower, upper, step, ...this.span(start) };
  }

  // ----- atoms -----

  /** atom: NAME, constants, strings, numbers, displays and comprehensions, '...' */
  parseAtom(): expr {
    const t = this.tok;
    switch (t.type) {
      case 'NAME':
        switch (t.string) {
          case 'True':
          case 'False':
            this.advance();
            return { _type: 'Constant', value: { kind: 'bool', value: t.string === 'True' }, kind: null, ...this.tokenPos(t) };
          case 'None':
            this.advance();
            return { _type: 'Constant', value: { kind: 'None' }, kind: null, ...this.tokenPos(t) };
        }
        if (!this.isName(t)) this.fail();
        this.advance();
        return this.nameNode(t);
      case 'NUMBER':
        this.advance();
        return { _type: 'Constant', value: numberValue(t.string), kind: null, ...this.tokenPos(t) };
      case 'STRING':
        return this.parseStrings();
      case 'OP':
        switch (t.string) {
          case '(':
            return this.parseParenAtom();
          case '[':
            return this.parseListAtom();
          case '{':
            return this.parseBraceAtom();
          case '...':
            this.advance();
            return { _type: 'Constant', value: { kind: 'Ellipsis' }, kind: null, ...this.tokenPos(t) };
        }
    }
    this.fail();
  }

  /** strings: STRING+ */
  private parseStrings(): expr {
    const toks: Token[] = [];
    while (this.tok.type === 'STRING') toks.push(this.advance());
    return concatenateStrings(this, toks);
  }

  /** '(' ... ')': tuple, group (incl. yield) or generator expression. */
  private parseParenAtom(): expr {
    const open = this.tok;
    if (this.isOp(this.peek(), ')')) {
      this.advance();
      this.advance();
      return { _type: 'Tuple', elts: [], ctx: 'Load', ...this.span(open) };
    }
    if (this.isKeyword(this.peek(), 'yield')) {
      this.advance();
      const y = this.parseYieldExpression();
      this.expect(')');
      return y;
    }
    this.advance(); // '('
    if (this.checking) {
      this.checkInvalidGroup(open);
      if (this.at('*')) this.checkInvalidComprehension(open);
    }
    const first = this.parseStarNamedExpression();
    if (this.atKeyword('for') || (this.atKeyword('async') && this.isKeyword(this.peek(), 'for'))) {
      if (first._type === 'Starred') this.fail();
      const generators = this.parseForIfClauses();
      this.expect(')');
      return { _type: 'GeneratorExp', elt: first, generators, ...this.span(open) };
    }
    if (this.at(',')) {
      this.advance();
      const elts = [first];
      if (!this.at(')')) elts.push(...this.parseStarNamedExpressions());
      this.expect(')');
      return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(open) };
    }
    if (first._type === 'Starred') this.fail();
    this.expect(')');
    return first;
  }

  /** invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
  private checkInvalidGroup(_open: Token): void {
    const m = this.mark;
    if (this.at('*')) {
      const a = this.attempt(() => {
        const s = this.parseStarredExpression();
        this.expect(')');
        return s;
      });
      this.reset(m);
      if (a) throw this.errorAtNode('cannot use starred expression here', a);
    }
    if (this.at('**')) {
      const a = this.attempt(() => {
        const star = this.advance();
        this.parseExpression();
        this.expect(')');
        return star;
      });
      this.reset(m);
      if (a) throw this.errorAtToken('cannot use double starred expression here', a);
    }
  }

  /** '[' ... ']': list display or list comprehension. */
  private parseListAtom(): expr {
    const open = this.advance();
    if (this.eat(']')) return { _type: 'List', elts: [], ctx: 'Load', ...this.span(open) };
    if (this.checking) this.checkInvalidComprehension(open);
    const m = this.mark;
    const comp = this.attempt(() => {
      const elt = this.parseNamedExpression();
      const generators = this.parseForIfClauses();
      this.expect(']');
      return { _type: 'ListComp', elt, generators, ...this.span(open) } as expr;
    });
    if (comp) return comp;
    this.reset(m);
    const elts = this.parseStarNamedExpressions();
    this.expect(']');
    return { _type: 'List', elts, ctx: 'Load', ...this.span(open) };
  }

  /** invalid_comprehension (for '[', '(' and '{' displays) */
  private checkInvalidComprehension(open: Token): void {
    const m = this.mark;
    if (this.at('*')) {
      const a = this.attempt(() => {
        const s = this.parseStarredExpression();
        this.parseForIfClauses();
        return s;
      });
      this.reset(m);
      if (a) throw this.errorAtNode('iterable unpacking cannot be used in comprehension', a);
    }
    if (this.isOp(open, '(')) return;
    const r = this.attempt(() => {
      const a = this.parseStarNamedExpression();
      const comma = this.expect(',');
      const rest = this.attempt(() => this.parseStarNamedExpressions());
      this.parseForIfClauses();
      return [a, rest ? rest[rest.length - 1] : comma] as const;
    });
    this.reset(m);
    if (r) throw this.errorRange('did you forget parentheses around the comprehension target?', r[0], r[1]);
  }

  /** '{' ... '}': dict, set, dict comprehension or set comprehension. */
  private parseBraceAtom(): expr {
    const openIndex = this.pos;
    const open = this.advance();
    if (this.eat('}')) return { _type: 'Dict', keys: [], values: [], ...this.span(open) };
    if (this.checking) this.checkInvalidDictComprehension();
    if (this.at('**')) return this.parseDictRest(open, openIndex, null, null);
    if (this.checking && this.at('*')) this.checkInvalidComprehension(open);
    // A key followed by ':' makes this a dict (walrus and starred items can only be set elements).
    if (!this.atAssignmentExpression() && !this.at('*')) {
      const m = this.mark;
      const key = this.attempt(() => {
        const k = this.parseExpression();
        if (!this.at(':')) this.fail();
        return k;
      });
      if (key) {
        this.advance(); // ':'
        const value = this.attempt(() => this.parseExpression());
        if (!value) {
          this.reset(m);
          if (this.checking) this.checkInvalidDoubleStarredKvpairs(openIndex);
          this.fail();
        }
        if (this.atKeyword('for') || this.atKeyword('async')) {
          const mc = this.mark;
          const comp = this.attempt(() => {
            const generators = this.parseForIfClauses();
            this.expect('}');
            return { _type: 'DictComp', key, value, generators, ...this.span(open) } as expr;
          });
          if (comp) return comp;
          this.reset(mc);
        }
        return this.parseDictRest(open, openIndex, key, value);
      }
      this.reset(m);
    }
    if (this.checking) this.checkInvalidComprehension(open);
    const m = this.mark;
    const comp = this.attempt(() => {
      const elt = this.parseNamedExpression();
      const generators = this.parseForIfClauses();
      this.expect('}');
      return { _type: 'SetComp', elt, generators, ...this.span(open) } as expr;
    });
    if (comp) return comp;
    this.reset(m);
    const elts = this.parseStarNamedExpressions();
    this.expect('}');
    return { _type: 'Set', elts, ...this.span(open) };
  }

  /** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
  private checkInvalidDictComprehension(): void {
    if (!this.at('**')) return;
    const m = this.mark;
    const star = this.tok;
    const r = this.attempt(() => {
      this.advance();
      this.parseBitOr();
      this.parseForIfClauses();
      this.expect('}');
      return true;
    });
    this.reset(m);
    if (r) throw this.errorAtToken('dict unpacking cannot be used in dict comprehension', star);
  }

  /** The rest of a dict display after its first pair (or at a '**' first item). */
  private parseDictRest(open: Token, openIndex: number, firstKey: expr | null, firstValue: expr | null): expr {
    const keys: (expr | null)[] = [];
    const values: expr[] = [];
    const m = this.mark;
    const items = this.attempt(() => {
      if (firstValue !== null) {
        keys.push(firstKey);
        values.push(firstValue);
      } else {
        this.parseDoubleStarredKvpair(keys, values);
      }
      while (this.at(',')) {
        this.advance();
        if (this.at('}')) break;
        this.parseDoubleStarredKvpair(keys, values);
      }
      this.expect('}');
      return true;
    });
    if (!items) {
      this.reset(m);
      if (this.checking) this.checkInvalidDoubleStarredKvpairs(openIndex);
      this.fail();
    }
    return { _type: 'Dict', keys: keys as expr[], values, ...this.span(open) };
  }

  /** double_starred_kvpair: '**' bitwise_or | expression ':' expression */
  private parseDoubleStarredKvpair(keys: (expr | null)[], values: expr[]): void {
    if (this.eat('**')) {
      keys.push(null);
      values.push(this.parseBitOr());
      return;
    }
    const k = this.parseExpression();
    this.expect(':');
    keys.push(k);
    values.push(this.parseExpression());
  }

  /** invalid_double_starred_kvpairs and invalid_kvpair, run from the start of a dict's items (after '{' and any parsed items). */
  private checkInvalidDoubleStarredKvpairs(openIndex: number): void {
    const m = this.mark;
    const open = openIndex;
    this.reset(open + 1);
    try {
      // ','.double_starred_kvpair+ ',' invalid_kvpair
      const prefix = this.attempt(() => {
        this.parseSeparated(() => this.parseDoubleStarredKvpair([], []));
        this.expect(',');
        return true;
      });
      if (prefix) this.checkInvalidKvpair();
      this.reset(open + 1);
      // expression ':' '*' bitwise_or
      const r = this.attempt(() => {
        this.parseExpression();
        this.expect(':');
        const star = this.expect('*');
        this.parseBitOr();
        return star;
      });
      if (r) throw this.errorStartingFrom('cannot use a starred expression in a dictionary value', r);
      this.reset(open + 1);
      // expression ':' &('}'|',')
      const colon = this.attempt(() => {
        this.parseExpression();
        const c = this.expect(':');
        if (!this.at('}') && !this.at(',')) this.fail();
        return c;
      });
      if (colon) throw this.errorAtToken("expression expected after dictionary key and ':'", colon);
    } finally {
      this.reset(m);
    }
  }

  /** invalid_kvpair */
  private checkInvalidKvpair(): void {
    const m = this.mark;
    const a = this.attempt(() => {
      const e = this.parseExpression();
      if (this.at(':')) this.fail();
      return e;
    });
    if (a) {
      throw this.makeError('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset, a.end_lineno, 0);
    }
    this.reset(m);
    const r = this.attempt(() => {
      this.parseExpression();
      this.expect(':');
      const star = this.expect('*');
      this.parseBitOr();
      return star;
    });
    if (r) throw this.errorStartingFrom('cannot use a starred expression in a dictionary value', r);
    this.reset(m);
    const colon = this.attempt(() => {
      this.parseExpression();
      const c = this.expect(':');
      if (!this.at('}') && !this.at(',')) this.fail();
      return c;
    });
    if (colon) throw this.errorAtToken("expression expected after dictionary key and ':'", colon);
    this.reset(m);
  }

  // ----- comprehensions -----

  /** for_if_clauses: one or more ['async'] 'for' star_targets 'in' disjunction ('if' disjunction)* */
  protected parseForIfClauses(): comprehension[] {
    const clauses: comprehension[] = [];
    while (this.atKeyword('for') || (this.atKeyword('async') && this.isKeyword(this.peek(), 'for'))) {
      clauses.push(this.parseForIfClause());
    }
    if (!clauses.length) this.fail();
    return clauses;
  }

  private parseForIfClause(): comprehension {
    const m = this.mark;
    const isAsync = this.eatKeyword('async') ? 1 : 0;
    this.expectKeyword('for');
    const target = this.attempt(() => {
      const t = this.parseStarTargets();
      this.expectKeyword('in');
      return t;
    });
    if (!target) {
      if (this.checking) this.checkInvalidForTarget(m);
      this.fail();
    }
    const iter = this.parseDisjunction();
    const ifs: expr[] = [];
    while (this.eatKeyword('if')) ifs.push(this.parseDisjunction());
    return { _type: 'comprehension', target, iter, ifs, is_async: isAsync };
  }

  /** invalid_for_target: ['async'] 'for' star_expressions, blaming the invalid target. */
  protected checkInvalidForTarget(start: number): void {
    const m = this.mark;
    this.reset(start);
    this.eatKeyword('async');
    this.expectKeyword('for');
    const a = this.attempt(() => this.parseStarExpressions());
    this.reset(m);
    if (a) {
      const bad = invalidTargetMessage(a, 'for');
      if (bad) throw this.errorAtNode(bad.msg, bad.node);
    }
  }

  // ----- targets -----

  /** star_targets: star_target (',' star_target)* [','] */
  parseStarTargets(): expr {
    const start = this.tok;
    const first = this.parseStarTarget();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.at(',')) {
      this.advance();
      if (!this.canStartTarget(this.tok)) break;
      elts.push(this.parseStarTarget());
    }
    return { _type: 'Tuple', elts, ctx: 'Store', ...this.span(start) };
  }

  /** Whether `t` can begin a target: any atom (t_primary allows `"s".attr = 1`) or '*'. */
  protected canStartTarget(t: Token): boolean {
    if (t.type === 'NAME') return this.isName(t) || t.string === 'None' || t.string === 'True' || t.string === 'False';
    if (t.type === 'NUMBER' || t.type === 'STRING') return true;
    return t.type === 'OP' && (t.string === '(' || t.string === '[' || t.string === '{' || t.string === '...' || t.string === '*');
  }

  /** star_target: '*' star_target | target (a primary converted to Store context) */
  parseStarTarget(): expr {
    if (this.at('*')) {
      const star = this.advance();
      if (this.at('*')) this.fail();
      const value = this.parseStarTarget();
      return { _type: 'Starred', value, ctx: 'Store', ...this.span(star) };
    }
    return this.parseTarget('Store');
  }

  /** A single target: an atom with trailers, in Store or Del context. */
  protected parseTarget(ctx: expr_context): expr {
    if (!this.canStartTarget(this.tok) || this.at('*')) this.fail();
    const e = this.parsePrimary();
    if (!setContext(e, ctx)) this.fail();
    return e;
  }

  // ----- yield -----

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
  parseYieldExpression(): expr {
    const y = this.expectKeyword('yield');
    if (this.eatKeyword('from')) {
      const value = this.parseExpression();
      return { _type: 'YieldFrom', value, ...this.span(y) };
    }
    const value = this.canStartExpression(this.tok) ? this.parseStarExpressions() : null;
    return { _type: 'Yield', value, ...this.span(y) };
  }

  // ----- lambda and parameters -----

  /** lambdef: 'lambda' [lambda_params] ':' expression */
  private parseLambda(): Lambda {
    const kw = this.advance();
    const args = this.at(':') ? emptyArguments() : this.parseParameters(true);
    this.expect(':');
    const body = this.parseExpression();
    return { _type: 'Lambda', args, body, ...this.span(kw) };
  }

  /** One parameter: NAME, with an annotation for def (star_annotation allowed after '*'). */
  private parseParam(isLambda: boolean, starAnnotation: boolean): arg {
    const name = this.expectName();
    let annotation: expr | null = null;
    if (!isLambda && this.eat(':')) annotation = starAnnotation ? this.parseStarExpression() : this.parseExpression();
    return { _type: 'arg', arg: identifier(name.string), annotation, type_comment: null, ...this.span(name) };
  }

  /**
   * Parameters of a def (up to ')') or lambda (up to ':'): positional-only before '/', then
   * positional-or-keyword, '*' or '*args', keyword-only, '**kwargs'. Pass 2 reports misplaced parts.
   */
  protected parseParameters(isLambda: boolean): arguments {
    const close = isLambda ? ':' : ')';
    const posonly: ParamWithDefault[] = [];
    let regular: ParamWithDefault[] = [];
    const kwonly: ParamWithDefault[] = [];
    let vararg: arg | null = null;
    let kwarg: arg | null = null;
    let seenSlash = false;
    let seenStar = false;
    let seenDefault = false;
    const check = this.checking;
    const argWord = 'argument';
    while (!this.at(close)) {
      const t = this.tok;
      if (kwarg) {
        // Anything after **kwargs.
        if (check && (this.isName(t) || this.isOp(t, '*') || this.isOp(t, '**') || this.isOp(t, '/'))) {
          const target = this.isName(t) ? this.lookaheadParamNode(isLambda) : null;
          throw target ? this.errorAtNode(`arguments cannot follow var-keyword ${argWord}`, target) : this.errorAtToken(`arguments cannot follow var-keyword ${argWord}`, t);
        }
        this.fail();
      }
      if (this.isOp(t, '/')) {
        if (check) {
          if (!posonly.length && !regular.length && !seenStar && this.isOp(this.peek(), ',')) throw this.errorAtToken(`at least one ${argWord} must precede /`, t);
          if (seenSlash) throw this.errorAtToken('/ may appear only once', t);
          if (seenStar) throw this.errorAtToken('/ must be ahead of *', t);
        }
        if (seenSlash || seenStar || !regular.length) this.fail();
        this.advance();
        posonly.push(...regular);
        regular = [];
        seenSlash = true;
      } else if (this.isOp(t, '*')) {
        if (check && seenStar) throw this.errorAtToken(`* ${argWord} may appear only once`, t);
        if (seenStar) this.fail();
        this.advance();
        seenStar = true;
        if (this.at(',')) {
          const next = this.peek();
          if (check && (this.isOp(next, close) || this.isOp(next, '**'))) throw this.errorAtToken(`named ${argWord}s must follow bare *`, t);
        } else if (this.at(close)) {
          if (check) throw this.errorAtToken(`named ${argWord}s must follow bare *`, t);
          this.fail();
        } else {
          vararg = this.parseParam(isLambda, true);
          if (this.at('=')) {
            if (check) throw this.errorAtToken(`var-positional ${argWord} cannot have default value`, this.tok);
            this.fail();
          }
        }
      } else if (this.isOp(t, '**')) {
        this.advance();
        kwarg = this.parseParam(isLambda, false);
        if (this.at('=')) {
          if (check) throw this.errorAtToken(`var-keyword ${argWord} cannot have default value`, this.tok);
          this.fail();
        }
      } else if (this.isName(t)) {
        const param = this.parseParam(isLambda, false);
        let dflt: expr | null = null;
        if (this.at('=')) {
          const eq = this.advance();
          if (check && (this.at(',') || this.at(close))) throw this.errorAtToken('expected default value expression', eq);
          dflt = this.parseExpression();
        }
        if (seenStar) {
          kwonly.push({ param, default: dflt });
        } else {
          if (dflt) seenDefault = true;
          else if (seenDefault) {
            if (check) throw this.errorAtNode(`non-default ${argWord} follows default ${argWord}`, param);
            this.fail();
          }
          regular.push({ param, default: dflt });
        }
      } else if (this.isOp(t, '(') && check) {
        this.checkParenthesizedParameters(isLambda);
        this.fail();
      } else {
        this.fail();
      }
      if (!this.eat(',')) break;
    }
    if (!this.at(close)) this.fail();
    if (seenStar && !vararg && !kwonly.length) {
      if (check) {
        // Find the bare '*'.
        let i = this.pos - 1;
        while (i > 0 && !this.isOp(this.tokens[i], '*')) i--;
        throw this.errorAtToken(`named ${argWord}s must follow bare *`, this.tokens[i]);
      }
      this.fail();
    }
    const positional = posonly.concat(regular);
    return {
      _type: 'arguments',
      posonlyargs: posonly.map((p) => p.param),
      args: regular.map((p) => p.param),
      vararg,
      kwonlyargs: kwonly.map((p) => p.param),
      kw_defaults: kwonly.map((p) => p.default) as expr[],
      kwarg,
      defaults: positional.filter((p) => p.default).map((p) => p.default as expr),
    };
  }

  /** The arg node a parameter at the cursor would produce (for error locations), without consuming it. */
  private lookaheadParamNode(isLambda: boolean): arg | null {
    const m = this.mark;
    const r = this.attempt(() => this.parseParam(isLambda, false));
    this.reset(m);
    return r;
  }

  /** "Function parameters cannot be parenthesized": '(' NAME (',' NAME)* [','] ')' */
  private checkParenthesizedParameters(isLambda: boolean): void {
    const m = this.mark;
    const r = this.attempt(() => {
      const open = this.expect('(');
      this.parseSeparated(() => this.expectName());
      this.eat(',');
      const close = this.expect(')');
      return [open, close] as const;
    });
    this.reset(m);
    if (r) {
      const what = isLambda ? 'Lambda expression parameters' : 'Function parameters';
      throw this.errorRange(`${what} cannot be parenthesized`, r[0], r[1]);
    }
  }
}

/** Hard keywords that cannot start an expression. */
const HARD_KW_NOT_EXPR = new Set([
  'and', 'as', 'assert', 'async', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
  'from', 'global', 'if', 'import', 'in', 'is', 'nonlocal', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Operators that can start an expression. */
const EXPR_START_OPS = new Set(['(', '[', '{', '-', '+', '~', '...', '*']);

export function emptyArguments(): arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

