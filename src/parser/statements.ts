// LAYER: parser — statements.
//
// Simple statements (expressions, the three kinds of assignment, return/raise/pass/break/
// continue/del/assert/global/nonlocal/import) and compound statements (if/while/for/try/with,
// function and class definitions with decorators, async variants, match), blocks and the three
// start rules: file (exec), eval and interactive (single).
//
// As in expressions.ts, `checking` blocks are CPython's pass-2 invalid_* rules: "expected ':'",
// "expected an indented block after 'if' statement on line 3", invalid assignment targets, etc.

import type {
  alias, excepthandler, expr, Expression, Interactive, keyword, match_case, Module, stmt, withitem, operator,
} from './ast.js';
import { emptyArguments, identifier } from './expressions.js';
import { PatternParser } from './patterns.js';
import { exprName, invalidTargetMessage, setContext } from './targets.js';
import type { Token } from './tokenizer.js';

const AUGASSIGN_OPS: Record<string, operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

/** Whether an expression can be an assignment target (checked before its '=' is consumed). */
function isTarget(e: expr): boolean {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return true;
    case 'Starred':
      return isTarget(e.value);
    case 'Tuple':
    case 'List':
      return e.elts.every(isTarget);
    default:
      return false;
  }
}

export class StatementParser extends PatternParser {
  // ----- start rules -----

  /** file: [statements] ENDMARKER */
  parseFile(): Module {
    const body: stmt[] = [];
    while (this.tok.type !== 'ENDMARKER') body.push(...this.parseStatement());
    return { _type: 'Module', body, type_ignores: [] };
  }

  /** eval: expressions NEWLINE* ENDMARKER */
  parseEval(): Expression {
    const body = this.parseExpressions();
    while (this.tok.type === 'NEWLINE') this.advance();
    if (this.tok.type !== 'ENDMARKER') this.fail();
    return { _type: 'Expression', body };
  }

  /** interactive: statement_newline */
  parseInteractive(): Interactive {
    const t = this.tok;
    if (t.type === 'NEWLINE') {
      this.advance();
      return { _type: 'Interactive', body: [{ _type: 'Pass', ...this.tokenPos(t) }] };
    }
    if (t.type === 'ENDMARKER') return { _type: 'Interactive', body: [] };
    if (this.atCompoundStatement()) {
      const s = this.parseCompoundStatement();
      if (this.tok.type === 'NEWLINE') this.advance();
      if (this.tok.type !== 'ENDMARKER') this.fail(); // a statement after the block
      return { _type: 'Interactive', body: [s] };
    }
    const body = this.parseSimpleStatements();
    // CPython's bad_single_statement: more lines after the first simple statement(s)
    if (this.tok.type !== 'ENDMARKER') throw this.errorAtToken('multiple statements found while compiling a single statement', this.tokens[this.pos - 1]);
    return { _type: 'Interactive', body };
  }

  /** expressions: expression (',' expression)* [','] */
  private parseExpressions(): expr {
    const start = this.tok;
    const first = this.parseExpression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (!this.canStartExpression(this.tok) || this.at('*')) break;
      elts.push(this.parseExpression());
    }
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(start) };
  }

  // ----- statements and blocks -----

  /** statement: compound_stmt | simple_stmts */
  protected parseStatement(): stmt[] {
    if (this.atCompoundStatement()) return [this.parseCompoundStatement()];
    if (this.atKeyword('match')) {
      const m = this.attempt(() => this.parseMatch());
      if (m) return [m];
    }
    return this.parseSimpleStatements();
  }

  private atCompoundStatement(): boolean {
    const t = this.tok;
    if (this.isOp(t, '@')) return true;
    if (t.type !== 'NAME') return false;
    switch (t.string) {
      case 'if':
      case 'while':
      case 'for':
      case 'try':
      case 'with':
      case 'def':
      case 'class':
        return true;
      case 'async': {
        const n = this.peek();
        return this.isKeyword(n, 'def') || this.isKeyword(n, 'with') || this.isKeyword(n, 'for');
      }
    }
    return false;
  }

  private parseCompoundStatement(): stmt {
    const t = this.tok;
    if (this.isOp(t, '@')) return this.parseDecorated();
    switch (t.string) {
      case 'if':
        return this.parseIf();
      case 'while':
        return this.parseWhile();
      case 'for':
        return this.parseFor(t, false);
      case 'try':
        return this.parseTry();
      case 'with':
        return this.parseWith(t, false);
      case 'def':
        return this.parseFunctionDef(t, false, []);
      case 'class':
        return this.parseClassDef([]);
      case 'async': {
        this.advance();
        const n = this.tok;
        if (n.string === 'def') return this.parseFunctionDef(t, true, []);
        if (n.string === 'with') return this.parseWith(t, true);
        return this.parseFor(t, true);
      }
    }
    this.fail();
  }

  /**
   * block: NEWLINE INDENT statements DEDENT | simple_stmts. In pass 2 a missing indent is
   * "expected an indented block after <what> on line <n>".
   */
  private parseBlock(what: string, line: number): stmt[] {
    if (this.tok.type === 'NEWLINE') {
      if (this.checking && this.peek().type !== 'INDENT') {
        throw this.errorAtLastToken(`expected an indented block after ${what} on line ${line}`, 'IndentationError');
      }
      this.advance();
      if (!this.atType('INDENT')) this.fail();
      this.advance();
      const body: stmt[] = [];
      do {
        body.push(...this.parseStatement());
      } while (!this.atType('DEDENT'));
      this.advance();
      return body;
    }
    return this.parseSimpleStatements();
  }

  /** The ':' that ends a compound statement header; in pass 2 a NEWLINE instead is "expected ':'". */
  private expectHeaderColon(): void {
    if (this.eat(':')) return;
    if (this.checking && this.tok.type === 'NEWLINE') throw this.errorAtLastToken("expected ':'");
    this.fail();
  }

  /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
  private parseSimpleStatements(): stmt[] {
    const stmts = [this.parseSimpleStatement()];
    while (this.eat(';')) {
      if (this.tok.type === 'NEWLINE') break;
      stmts.push(this.parseSimpleStatement());
    }
    if (this.tok.type !== 'NEWLINE') this.fail();
    this.advance();
    return stmts;
  }

  private parseSimpleStatement(): stmt {
    const t = this.tok;
    if (t.type === 'NAME') {
      switch (t.string) {
        case 'return': {
          this.advance();
          const value = this.canStartExpression(this.tok) ? this.parseStarExpressions() : null;
          return { _type: 'Return', value, ...this.span(t) };
        }
        case 'raise':
          return this.parseRaise();
        case 'pass':
          this.advance();
          return { _type: 'Pass', ...this.span(t) };
        case 'break':
          this.advance();
          return { _type: 'Break', ...this.span(t) };
        case 'continue':
          this.advance();
          return { _type: 'Continue', ...this.span(t) };
        case 'del':
          return this.parseDel();
        case 'assert': {
          this.advance();
          const test = this.parseExpression();
          const msg = this.eat(',') ? this.parseExpression() : null;
          return { _type: 'Assert', test, msg, ...this.span(t) };
        }
        case 'global':
        case 'nonlocal': {
          this.advance();
          const names = [identifier(this.expectName().string)];
          while (this.eat(',')) names.push(identifier(this.expectName().string));
          return { _type: t.string === 'global' ? 'Global' : 'Nonlocal', names, ...this.span(t) };
        }
        case 'import':
          return this.parseImport();
        case 'from':
          return this.parseImportFrom();
      }
    }
    return this.parseExpressionOrAssignment();
  }

  // ----- expression statements and assignments -----

  /** annotated_rhs: yield_expr | star_expressions */
  private parseAnnotatedRhs(): expr {
    return this.atKeyword('yield') ? this.parseYieldExpression() : this.parseStarExpressions();
  }

  /** assignment | star_expressions | yield_stmt, with invalid_assignment in pass 2. */
  private parseExpressionOrAssignment(): stmt {
    if (!this.checking) return this.parseAssignmentOrExpr();
    // CPython tries the assignment rule (ending with invalid_assignment) before star_expressions,
    // so the checks also run when the statement turns out to be a plain expression.
    const m = this.mark;
    const r = this.attempt(() => this.parseAssignmentOrExpr());
    if (r && r._type !== 'Expr') return r;
    const end = this.mark;
    this.checkInvalidAssignment(m);
    this.reset(r ? end : m);
    if (r) return r;
    this.fail();
  }

  private parseAssignmentOrExpr(): stmt {
    const start = this.tok;
    // NAME ':' expression ['=' annotated_rhs]
    if (this.atName() && this.isOp(this.peek(), ':')) {
      const target = this.nameNode(this.advance(), 'Store');
      this.advance();
      const annotation = this.parseExpression();
      const value = this.eat('=') ? this.parseAnnotatedRhs() : null;
      return { _type: 'AnnAssign', target, annotation, value, simple: 1, ...this.span(start) };
    }
    const first = this.parseAnnotatedRhs();
    const t = this.tok;
    if (this.isOp(t, ':')) {
      // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
      if (!this.isSingleTarget(first, start)) this.fail();
      this.advance();
      setContext(first, 'Store');
      const annotation = this.parseExpression();
      const value = this.eat('=') ? this.parseAnnotatedRhs() : null;
      return { _type: 'AnnAssign', target: first, annotation, value, simple: 0, ...this.span(start) };
    }
    if (t.type === 'OP' && AUGASSIGN_OPS[t.string]) {
      if (!this.isSingleTarget(first, start) && first._type !== 'Name') this.fail();
      this.advance();
      setContext(first, 'Store');
      const value = this.parseAnnotatedRhs();
      return { _type: 'AugAssign', target: first, op: AUGASSIGN_OPS[t.string], value, ...this.span(start) };
    }
    if (this.isOp(t, '=')) {
      // Like the PEG's (star_targets '=')+, each target must be valid before its '=' is taken.
      if (!isTarget(first)) this.fail();
      const targets = [first];
      let value: expr;
      for (;;) {
        this.advance(); // '='
        value = this.parseAnnotatedRhs();
        if (!this.at('=')) break;
        if (!isTarget(value)) this.fail();
        targets.push(value);
      }
      for (const target of targets) setContext(target, 'Store');
      return { _type: 'Assign', targets, value, type_comment: null, ...this.span(start) };
    }
    return { _type: 'Expr', value: first, ...this.span(start) };
  }

  /** single_target for annotations and augmented assignment: attribute/subscript, or a parenthesised name. */
  private isSingleTarget(e: expr, start: Token): boolean {
    if (e._type === 'Attribute' || e._type === 'Subscript') return true;
    // A bare NAME target is handled by the NAME ':' rule; here a Name must have been parenthesised.
    return e._type === 'Name' && (e.lineno !== start.lineno || e.col_offset !== start.col);
  }

  /** invalid_assignment */
  private checkInvalidAssignment(m: number): void {
    const attemptFrom = <T>(fn: () => T): T | null => {
      this.reset(m);
      return this.attempt(fn);
    };
    // a=invalid_ann_assign_target ':' expression
    const annTarget = attemptFrom(() => {
      if (!this.at('(') && !this.at('[')) this.fail();
      const a = this.parseAtom();
      if (a._type !== 'List' && a._type !== 'Tuple') this.fail();
      this.expect(':');
      this.parseExpression();
      return a;
    });
    if (annTarget) throw this.errorAtNode(`only single target (not ${exprName(annTarget)}) can be annotated`, annTarget);
    // a=star_named_expression ',' star_named_expressions* ':' expression
    const tupleTarget = attemptFrom(() => {
      const a = this.parseStarNamedExpression();
      this.expect(',');
      while (this.attempt(() => this.parseStarNamedExpressions())) {
        /* star_named_expressions* */
      }
      this.expect(':');
      this.parseExpression();
      return a;
    });
    if (tupleTarget) throw this.errorAtNode('only single target (not tuple) can be annotated', tupleTarget);
    // a=expression ':' expression
    const illegal = attemptFrom(() => {
      const a = this.parseExpression();
      this.expect(':');
      this.parseExpression();
      return a;
    });
    if (illegal) throw this.errorAtNode('illegal target for annotation', illegal);
    // (star_targets '=')* a=star_expressions '='
    const skipTargets = (): void => {
      while (this.attempt(() => {
        this.parseStarTargets();
        this.expect('=');
      }) !== null) {
        /* (star_targets '=')* */
      }
    };
    const badTarget = attemptFrom(() => {
      skipTargets();
      const a = this.parseStarExpressions();
      this.expect('=');
      return a;
    });
    if (badTarget) {
      const bad = invalidTargetMessage(badTarget, 'star');
      if (bad) throw this.errorAtNode(bad.msg, bad.node);
    }
    // (star_targets '=')* a=yield_expr '='
    const yieldTarget = attemptFrom(() => {
      skipTargets();
      const a = this.parseYieldExpression();
      this.expect('=');
      return a;
    });
    if (yieldTarget) throw this.errorAtNode('assignment to yield expression not possible', yieldTarget);
    // a=star_expressions augassign (yield_expr | star_expressions)
    const augTarget = attemptFrom(() => {
      const a = this.parseStarExpressions();
      const t = this.tok;
      if (!(t.type === 'OP' && AUGASSIGN_OPS[t.string])) this.fail();
      this.advance();
      this.parseAnnotatedRhs();
      return a;
    });
    if (augTarget) throw this.errorAtNode(`'${exprName(augTarget)}' is an illegal expression for augmented assignment`, augTarget);
  }

  // ----- simple statements -----

  /** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
  private parseRaise(): stmt {
    const t = this.advance();
    let exc: expr | null = null;
    let cause: expr | null = null;
    if (this.canStartExpression(this.tok)) {
      exc = this.parseExpression();
      if (this.eatKeyword('from')) cause = this.parseExpression();
    }
    return { _type: 'Raise', exc, cause, ...this.span(t) };
  }

  /** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
  private parseDel(): stmt {
    const t = this.advance();
    const m = this.mark;
    const targets = this.attempt(() => {
      const list = [this.parseTarget('Del')];
      while (this.eat(',')) {
        if (!this.canStartTarget(this.tok) || this.at('*')) break;
        list.push(this.parseTarget('Del'));
      }
      if (!this.at(';') && this.tok.type !== 'NEWLINE') this.fail();
      return list;
    });
    if (targets) return { _type: 'Delete', targets, ...this.span(t) };
    if (this.checking) {
      this.reset(m);
      const a = this.attempt(() => this.parseStarExpressions());
      if (a) {
        const bad = invalidTargetMessage(a, 'del');
        if (bad) throw this.errorAtNode(bad.msg, bad.node);
      }
    }
    this.fail();
  }

  /** dotted_name: NAME ('.' NAME)* */
  private parseDottedName(): string {
    let name = identifier(this.expectName().string);
    while (this.at('.')) {
      this.advance();
      name += '.' + identifier(this.expectName().string);
    }
    return name;
  }

  /** import_name: 'import' dotted_as_names */
  private parseImport(): stmt {
    const t = this.advance();
    const names: alias[] = [];
    do {
      const start = this.tok;
      const name = this.parseDottedName();
      const asname = this.eatKeyword('as') ? identifier(this.expectName().string) : null;
      names.push({ _type: 'alias', name, asname, ...this.span(start) });
    } while (this.eat(','));
    return { _type: 'Import', names, ...this.span(t) };
  }

  /** import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets */
  private parseImportFrom(): stmt {
    const t = this.advance();
    let level = 0;
    while (this.at('.') || this.at('...')) level += this.advance().string.length;
    const module = level > 0 && this.atKeyword('import') ? null : this.parseDottedName();
    this.expectKeyword('import');
    let names: alias[];
    if (this.at('*')) {
      const star = this.advance();
      names = [{ _type: 'alias', name: '*', asname: null, ...this.tokenPos(star) }];
    } else if (this.eat('(')) {
      names = this.parseImportFromAsNames();
      this.eat(',');
      this.expect(')');
    } else {
      names = this.parseImportFromAsNames();
      if (this.at(',')) {
        if (this.checking && this.peek().type === 'NEWLINE') {
          this.peek();
          throw this.errorAtLastToken('trailing comma not allowed without surrounding parentheses');
        }
        this.fail();
      }
    }
    return { _type: 'ImportFrom', module, names, level, ...this.span(t) };
  }

  /** import_from_as_names: ','.(NAME ['as' NAME])+ */
  private parseImportFromAsNames(): alias[] {
    const names: alias[] = [];
    for (;;) {
      const start = this.expectName();
      const asname = this.eatKeyword('as') ? identifier(this.expectName().string) : null;
      names.push({ _type: 'alias', name: identifier(start.string), asname, ...this.span(start) });
      const m = this.mark;
      if (!this.eat(',')) break;
      if (!this.atName()) {
        this.reset(m);
        break;
      }
    }
    return names;
  }

  // ----- compound statements -----

  /** if_stmt / elif_stmt: keyword named_expression ':' block (elif_stmt | [else_block]) */
  private parseIf(): stmt {
    const kw = this.advance(); // 'if' or 'elif'
    const test = this.parseNamedExpression();
    this.expectHeaderColon();
    const what = kw.string === 'if' ? "'if' statement" : "'elif' statement";
    const body = this.parseBlock(what, kw.string === 'if' ? test.lineno : kw.lineno);
    let orelse: stmt[] = [];
    if (this.atKeyword('elif')) orelse = [this.parseIf()];
    else if (this.atKeyword('else')) orelse = this.parseElseBlock();
    return { _type: 'If', test, body, orelse, ...this.span(kw) };
  }

  /** else_block: 'else' &&':' block */
  private parseElseBlock(): stmt[] {
    const kw = this.advance();
    this.expectForced(':');
    return this.parseBlock("'else' statement", kw.lineno);
  }

  /** while_stmt: 'while' named_expression ':' block [else_block] */
  private parseWhile(): stmt {
    const kw = this.advance();
    const test = this.parseNamedExpression();
    this.expectHeaderColon();
    const body = this.parseBlock("'while' statement", kw.lineno);
    const orelse = this.atKeyword('else') ? this.parseElseBlock() : [];
    return { _type: 'While', test, body, orelse, ...this.span(kw) };
  }

  /** for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block] */
  private parseFor(start: Token, isAsync: boolean): stmt {
    const startIndex = isAsync ? this.pos - 1 : this.pos;
    const kw = this.expectKeyword('for');
    const target = this.attempt(() => {
      const tg = this.parseStarTargets();
      this.expectKeyword('in');
      return tg;
    });
    if (!target) {
      if (this.checking) this.checkInvalidForTarget(startIndex);
      this.fail();
    }
    const iter = this.parseStarExpressions();
    this.expectHeaderColon();
    const body = this.parseBlock("'for' statement", kw.lineno);
    const orelse = this.atKeyword('else') ? this.parseElseBlock() : [];
    return { _type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null, ...this.span(start) };
  }

  /** with_stmt: ['async'] 'with' ( '(' with_items [','] ')' | with_items ) ':' block */
  private parseWith(start: Token, isAsync: boolean): stmt {
    const kw = this.expectKeyword('with');
    let items: withitem[] | null = null;
    if (this.at('(')) {
      items = this.attempt(() => {
        this.advance();
        const list = this.parseWithItems();
        this.eat(',');
        this.expect(')');
        this.expect(':');
        return list;
      });
    }
    if (!items) {
      const m = this.mark;
      items = this.attempt(() => {
        const list = this.parseWithItems();
        this.expectHeaderColon();
        return list;
      });
      if (!items) {
        if (this.checking) this.checkInvalidWith(m);
        this.fail();
      }
    }
    const body = this.parseBlock("'with' statement", kw.lineno);
    return { _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null, ...this.span(start) };
  }

  /** invalid_with_stmt: the items (targets not checked) followed by NEWLINE is "expected ':'". */
  private checkInvalidWith(m: number): void {
    const item = (): void => {
      this.parseExpression();
      if (this.eatKeyword('as')) this.parseStarTarget();
    };
    this.reset(m);
    const plain = this.attempt(() => {
      this.parseSeparatedList(item);
      if (!this.atType('NEWLINE')) this.fail();
      return true;
    });
    if (plain) throw this.errorAtLastToken("expected ':'");
    this.reset(m);
    const parenthesized = this.attempt(() => {
      this.expect('(');
      this.parseSeparatedList(() => {
        this.parseExpressions();
        if (this.eatKeyword('as')) this.parseStarTarget();
      });
      this.eat(',');
      this.expect(')');
      if (!this.atType('NEWLINE')) this.fail();
      return true;
    });
    if (parenthesized) throw this.errorAtLastToken("expected ':'");
    this.reset(m);
  }

  /** ','.item+ where the comma is only taken when an item follows. */
  private parseSeparatedList(item: () => void): void {
    item();
    for (;;) {
      const m = this.mark;
      if (!this.eat(',')) return;
      if (this.attempt(item) === null) {
        this.reset(m);
        return;
      }
    }
  }

  private parseWithItems(): withitem[] {
    const items = [this.parseWithItem()];
    for (;;) {
      const m = this.mark;
      if (!this.eat(',')) break;
      const next = this.attempt(() => this.parseWithItem());
      if (!next) {
        this.reset(m);
        break;
      }
      items.push(next);
    }
    return items;
  }

  /** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
  private parseWithItem(): withitem {
    const contextExpr = this.parseExpression();
    if (this.atKeyword('as')) {
      const m = this.mark;
      this.advance();
      const target = this.attempt(() => {
        const tg = this.parseStarTarget();
        if (!this.at(',') && !this.at(')') && !this.at(':')) this.fail();
        return tg;
      });
      if (target) return { _type: 'withitem', context_expr: contextExpr, optional_vars: target };
      if (this.checking) {
        const a = this.attempt(() => {
          const e = this.parseExpression();
          if (!this.at(',') && !this.at(')') && !this.at(':')) this.fail();
          return e;
        });
        if (a) {
          const bad = invalidTargetMessage(a, 'star');
          if (bad) throw this.errorAtNode(bad.msg, bad.node);
        }
      }
      this.reset(m);
    }
    return { _type: 'withitem', context_expr: contextExpr, optional_vars: null };
  }

  /** try_stmt: 'try' &&':' block (finally | except+ [else] [finally] | except*+ [else] [finally]) */
  private parseTry(): stmt {
    const kw = this.advance();
    this.expectForced(':');
    const body = this.parseBlock("'try' statement", kw.lineno);
    const handlers: excepthandler[] = [];
    let star: boolean | null = null;
    while (this.atKeyword('except')) {
      const isStar = this.isOp(this.peek(), '*');
      if (star !== null && isStar !== star) {
        if (this.checking) throw this.mixedExceptError(star);
        this.fail();
      }
      star = isStar;
      handlers.push(this.parseExceptHandler(isStar));
    }
    let orelse: stmt[] = [];
    let finalbody: stmt[] = [];
    if (handlers.length && this.atKeyword('else')) orelse = this.parseElseBlock();
    if (this.atKeyword('finally')) {
      const fin = this.advance();
      this.expectForced(':');
      finalbody = this.parseBlock("'finally' statement", fin.lineno);
    }
    if (!handlers.length && !finalbody.length) {
      if (this.checking) throw this.errorAtLastToken("expected 'except' or 'finally' block");
      this.fail();
    }
    return { _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...this.span(kw) };
  }

  /** "cannot have both 'except' and 'except*' on the same 'try'" */
  private mixedExceptError(firstWasStar: boolean) {
    const exceptTok = this.tok;
    if (!firstWasStar) return this.errorRange("cannot have both 'except' and 'except*' on the same 'try'", exceptTok, this.peek());
    return this.errorAtToken("cannot have both 'except' and 'except*' on the same 'try'", exceptTok);
  }

  /** except_block / except_star_block */
  private parseExceptHandler(isStar: boolean): excepthandler {
    const kw = this.advance();
    if (isStar) this.advance();
    let type: expr | null = null;
    let name: string | null = null;
    if (!this.at(':')) {
      if (this.checking) this.checkInvalidExcept(kw, isStar);
      type = this.parseExpression();
      if (this.eatKeyword('as')) name = identifier(this.expectName().string);
    } else if (isStar) {
      if (this.checking) throw this.errorAtLastToken('expected one or more exception types');
      this.fail();
    }
    this.expectHeaderColon();
    const what = isStar ? "'except*' statement" : "'except' statement";
    const body = this.parseBlock(what, kw.lineno);
    return { _type: 'ExceptHandler', type, name, body, ...this.span(kw) };
  }

  /** invalid_except_stmt: unparenthesised exception tuples. */
  private checkInvalidExcept(_kw: Token, _isStar: boolean): void {
    const m = this.mark;
    const r = this.attempt(() => {
      const a = this.parseExpression();
      this.expect(',');
      this.parseExpressions();
      if (this.eatKeyword('as')) this.expectName();
      this.expect(':');
      return a;
    });
    this.reset(m);
    if (r) throw this.errorStartingFrom('multiple exception types must be parenthesized', r);
  }

  /** decorators: ('@' named_expression NEWLINE)+ followed by a function or class definition. */
  private parseDecorated(): stmt {
    const decorators: expr[] = [];
    while (this.eat('@')) {
      decorators.push(this.parseNamedExpression());
      if (this.tok.type !== 'NEWLINE') this.fail();
      this.advance();
    }
    const t = this.tok;
    if (this.isKeyword(t, 'def')) return this.parseFunctionDef(t, false, decorators);
    if (this.isKeyword(t, 'async') && this.isKeyword(this.peek(), 'def')) {
      this.advance();
      return this.parseFunctionDef(t, true, decorators);
    }
    if (this.isKeyword(t, 'class')) return this.parseClassDef(decorators);
    this.fail();
  }

  /** function_def_raw: ['async'] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block */
  private parseFunctionDef(start: Token, isAsync: boolean, decorators: expr[]): stmt {
    const kw = this.expectKeyword('def');
    const name = identifier(this.expectName().string);
    this.expectForced('(');
    const args = this.at(')') ? emptyArguments() : this.parseParameters(false);
    this.expect(')');
    const returns = this.eat('->') ? this.parseExpression() : null;
    this.expectForced(':');
    const body = this.parseBlock('function definition', kw.lineno);
    return {
      _type: isAsync ? 'AsyncFunctionDef' : 'FunctionDef',
      name, args, body, decorator_list: decorators, returns, type_comment: null, ...this.span(start),
    };
  }

  /** class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
  private parseClassDef(decorators: expr[]): stmt {
    const kw = this.advance();
    const name = identifier(this.expectName().string);
    let bases: expr[] = [];
    let keywords: keyword[] = [];
    if (this.eat('(')) {
      if (!this.at(')')) {
        const r = this.parseArguments();
        bases = r.args;
        keywords = r.keywords;
      }
      this.expect(')');
    }
    this.expectHeaderColon();
    const body = this.parseBlock('class definition', kw.lineno);
    return { _type: 'ClassDef', name, bases, keywords, body, decorator_list: decorators, ...this.span(kw) };
  }

  // ----- match -----

  /** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
  private parseMatch(): stmt {
    const kw = this.advance();
    const subject = this.parseSubject();
    if (!this.at(':')) {
      if (this.checking && this.tok.type === 'NEWLINE') throw this.errorAtLastToken("expected ':'");
      this.fail();
    }
    this.advance();
    if (this.tok.type !== 'NEWLINE') this.fail();
    if (this.checking && this.peek().type !== 'INDENT') {
      throw this.errorAtLastToken(`expected an indented block after 'match' statement on line ${kw.lineno}`, 'IndentationError');
    }
    this.advance();
    if (!this.atType('INDENT')) this.fail();
    this.advance();
    const cases: match_case[] = [];
    do {
      cases.push(this.parseCaseBlock());
    } while (!this.atType('DEDENT'));
    this.advance();
    return { _type: 'Match', subject, cases, ...this.span(kw) };
  }

  /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
  private parseSubject(): expr {
    const start = this.tok;
    const first = this.parseStarNamedExpression();
    if (!this.at(',')) {
      if (first._type === 'Starred') this.fail();
      return first;
    }
    this.advance();
    const elts = [first];
    if (this.canStartExpression(this.tok)) elts.push(...this.parseStarNamedExpressions());
    return { _type: 'Tuple', elts, ctx: 'Load', ...this.span(start) };
  }

  /** case_block: "case" patterns guard? ':' block */
  private parseCaseBlock(): match_case {
    const kw = this.tok;
    if (!this.isKeyword(kw, 'case')) this.fail();
    this.advance();
    const pattern = this.parsePatterns();
    const guard = this.eatKeyword('if') ? this.parseNamedExpression() : null;
    this.expectHeaderColon();
    const body = this.parseBlock("'case' statement", kw.lineno);
    return { _type: 'match_case', pattern, guard, body };
  }
}
