// LAYER: compiler. The symbol table (CPython 3.11's symtable.c). Pass 1 walks the (optimized)
// AST and records, per scope (module, class, function, lambda, comprehension, annotation), how
// each name is used: assigned, a parameter, imported, read, declared global/nonlocal. Pass 2
// (analysis) resolves every name to a scope: LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL,
// following CPython's rules: class scopes are invisible to nested functions, `super`/`__class__`
// in a method make the class keep an implicit `__class__` cell, comprehensions are function
// scopes with their outermost iterable evaluated outside (parameter `.0`), walrus targets in
// comprehensions bind in the enclosing function/module. Names are stored mangled (`__x` inside
// class C is `_C__x`). Scoping errors are raised as PySyntaxError with CPython's messages.

import type * as ast from '../parser/ast.js';
import { compileError, sourceLine, CompileDepth } from './syntaxerror.js';
import { mangle } from './mangle.js';
import { CO_FUTURE_ANNOTATIONS } from './future.js';

// Symbol flags (symtable.h).
export const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
  DEF_FREE = 32, DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
// Scopes.
export const LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

export type BlockType = 'function' | 'class' | 'module' | 'annotation';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'genexpr';

interface Position { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** One scope of the program. */
export class SymbolTableEntry {
  /** name -> flags; after analysis the scope is stored in bits SCOPE_OFFSET.. (as CPython) */
  readonly symbols = new Map<string, number>();
  /** parameters, in order */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** where each global/nonlocal name was first declared (for error positions) */
  readonly directives = new Map<string, Position>();
  nested = false;
  /** true if the block has free variables */
  free = false;
  /** true if a child block has free variables (including free refs to globals) */
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind | null = null;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: object,
    readonly pos: Position,
  ) {}

  get lineno(): number { return this.pos.lineno; }

  /** Flags of a (mangled) name, 0 if unknown. */
  flagsOf(name: string): number { return this.symbols.get(name) ?? 0; }

  /** Resolved scope of a (mangled) name, 0 if unknown. */
  scopeOf(name: string): number { return (this.flagsOf(name) >> SCOPE_OFFSET) & SCOPE_MASK; }

  get isFunctionLike(): boolean { return this.type === 'function'; }
}

export class SymbolTable {
  constructor(readonly top: SymbolTableEntry, private readonly blocks: Map<object, SymbolTableEntry>) {}

  /** The scope created by an AST node (FunctionDef, ClassDef, Lambda, comprehension, module). */
  lookup(node: object): SymbolTableEntry {
    const entry = this.blocks.get(node);
    if (!entry) throw new Error('symtable: no scope for node');
    return entry;
  }
}

const GLOBAL_PARAM = (n: string): string => `name '${n}' is parameter and global`;
const NONLOCAL_PARAM = (n: string): string => `name '${n}' is parameter and nonlocal`;
const GLOBAL_AFTER_ASSIGN = (n: string): string => `name '${n}' is assigned to before global declaration`;
const NONLOCAL_AFTER_ASSIGN = (n: string): string => `name '${n}' is assigned to before nonlocal declaration`;
const GLOBAL_AFTER_USE = (n: string): string => `name '${n}' is used prior to global declaration`;
const NONLOCAL_AFTER_USE = (n: string): string => `name '${n}' is used prior to nonlocal declaration`;
const GLOBAL_ANNOT = (n: string): string => `annotated name '${n}' can't be global`;
const NONLOCAL_ANNOT = (n: string): string => `annotated name '${n}' can't be nonlocal`;
const IMPORT_STAR_WARNING = 'import * only allowed at module level';
const NAMED_EXPR_COMP_IN_CLASS = 'assignment expression within a comprehension cannot be used in a class body';
const NAMED_EXPR_COMP_CONFLICT = (n: string): string => `assignment expression cannot rebind comprehension iteration variable '${n}'`;
const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = (n: string): string => `comprehension inner loop cannot rebind assignment expression target '${n}'`;
const NAMED_EXPR_COMP_ITER_EXPR = 'assignment expression cannot be used in a comprehension iterable expression';
const ANNOTATION_NOT_ALLOWED = (what: string): string => `'${what}' can not be used within an annotation`;
const DUPLICATE_ARGUMENT = (n: string): string => `duplicate argument '${n}' in function definition`;

const COMPREHENSION_YIELD: Record<ComprehensionKind, string> = {
  list: "'yield' inside list comprehension",
  set: "'yield' inside set comprehension",
  dict: "'yield' inside dict comprehension",
  genexpr: "'yield' inside generator expression",
};

/** Pass 1: collect the symbols of every block. */
class SymbolCollector {
  private readonly stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  private top!: SymbolTableEntry;
  private privateName: string | null = null;
  readonly blocks = new Map<object, SymbolTableEntry>();

  constructor(private readonly filename: string, private readonly futureFlags: number, private readonly source?: string,
    /** symtable_visit_stmt / _expr's recursion check (statements and expressions both count) */
    private readonly nesting = new CompileDepth(undefined)) {}

  private error(msg: string, p: Position): never {
    throw compileError(msg, this.filename, p.lineno, p.col_offset + 1, p.end_lineno, p.end_col_offset + 1,
      sourceLine(this.source, p.lineno));
  }

  private get futureAnnotations(): boolean { return (this.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0; }

  build(m: ast.mod): SymbolTableEntry {
    this.enterBlock('top', 'module', m, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.top = this.cur;
    switch (m._type) {
      case 'Module': case 'Interactive': for (const s of m.body) this.visitStmt(s); break;
      case 'Expression': this.visitExpr(m.body); break;
      case 'FunctionType': break;
    }
    this.exitBlock();
    return this.top;
  }

  private enterBlock(name: string, type: BlockType, node: object, pos: Position): void {
    const prev = this.stack[this.stack.length - 1] as SymbolTableEntry | undefined;
    const ste = new SymbolTableEntry(name, type, node, pos);
    if (prev && (prev.nested || prev.isFunctionLike)) ste.nested = true;
    this.blocks.set(node, ste);
    this.stack.push(ste);
    if (prev) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    if (type === 'annotation') return;
    if (prev) prev.children.push(ste);
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  private lookup(name: string): number {
    return this.cur.flagsOf(mangle(this.privateName, name));
  }

  private addDef(name: string, flag: number, p: Position): void {
    this.addDefTo(this.cur, name, flag, p);
  }

  private addDefTo(ste: SymbolTableEntry, name: string, flag: number, p: Position): void {
    const mangled = mangle(this.privateName, name);
    const old = ste.symbols.get(mangled);
    let val: number;
    if (old !== undefined) {
      if ((flag & DEF_PARAM) && (old & DEF_PARAM)) this.error(DUPLICATE_ARGUMENT(name), p);
      val = old | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.error(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT(name), p);
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.top.symbols.set(mangled, flag | (this.top.symbols.get(mangled) ?? 0));
    }
  }

  private recordDirective(name: string, p: Position): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, p);
  }

  private raiseIfAnnotationBlock(what: string, e: ast.expr): void {
    if (this.cur.type === 'annotation') this.error(ANNOTATION_NOT_ALLOWED(what), e);
  }

  // ---- statements ----

  private visitStmt(s: ast.stmt): void {
    this.nesting.enter();
    this.visitStmtKind(s);
    this.nesting.leave();
  }

  private visitStmtKind(s: ast.stmt): void {
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitAnnotations(s, s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'function', s, s);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.visitArguments(s.args);
        for (const b of s.body) this.visitStmt(b);
        this.exitBlock();
        break;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'class', s, s);
        const saved = this.privateName;
        this.privateName = s.name;
        for (const b of s.body) this.visitStmt(b);
        this.privateName = saved;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value) { this.visitExpr(s.value); this.cur.returnsValue = true; }
        break;
      case 'Delete': this.visitExprs(s.targets); break;
      case 'Assign': this.visitExprs(s.targets); this.visitExpr(s.value); break;
      case 'AnnAssign': this.visitAnnAssign(s); break;
      case 'AugAssign': this.visitExpr(s.target); this.visitExpr(s.value); break;
      case 'For': case 'AsyncFor':
        this.visitExpr(s.target); this.visitExpr(s.iter);
        this.visitStmts(s.body); this.visitStmts(s.orelse);
        break;
      case 'While': case 'If':
        this.visitExpr(s.test); this.visitStmts(s.body); this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) { this.visitExpr(s.exc); if (s.cause) this.visitExpr(s.cause); }
        break;
      case 'Try': case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import': case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global': this.visitGlobal(s); break;
      case 'Nonlocal': this.visitNonlocal(s); break;
      case 'Expr': this.visitExpr(s.value); break;
      case 'With': case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      case 'Pass': case 'Break': case 'Continue':
        break;
    }
  }

  private visitStmts(list: ast.stmt[]): void { for (const s of list) this.visitStmt(s); }
  private visitExprs(list: (ast.expr | null)[]): void { for (const e of list) if (e) this.visitExpr(e); }

  private visitAnnAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (target._type === 'Name') {
      const cur = this.lookup(target.id);
      if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur !== this.top && s.simple) {
        this.error(cur & DEF_GLOBAL ? GLOBAL_ANNOT(target.id) : NONLOCAL_ANNOT(target.id), s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      else if (s.value) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value) this.visitExpr(s.value);
  }

  private visitGlobal(s: ast.Global): void {
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = GLOBAL_PARAM(name);
        else if (cur & USE) msg = GLOBAL_AFTER_USE(name);
        else if (cur & DEF_ANNOT) msg = GLOBAL_ANNOT(name);
        else msg = GLOBAL_AFTER_ASSIGN(name);
        this.error(msg, s);
      }
      this.addDef(name, DEF_GLOBAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitNonlocal(s: ast.Nonlocal): void {
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = NONLOCAL_PARAM(name);
        else if (cur & USE) msg = NONLOCAL_AFTER_USE(name);
        else if (cur & DEF_ANNOT) msg = NONLOCAL_ANNOT(name);
        else msg = NONLOCAL_AFTER_ASSIGN(name);
        this.error(msg, s);
      }
      this.addDef(name, DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitAlias(a: ast.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== 'module') {
      this.error(IMPORT_STAR_WARNING, a);
    }
  }

  // ---- annotations and arguments ----

  private visitAnnotation(annotation: ast.expr): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', 'annotation', annotation, annotation);
    this.visitExpr(annotation);
    if (this.futureAnnotations) this.exitBlock();
  }

  private visitAnnotations(s: ast.FunctionDef | ast.AsyncFunctionDef, a: ast.arguments, returns: ast.expr | null): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', 'annotation', a, s);
    for (const arg of [...a.posonlyargs, ...a.args]) if (arg.annotation) this.visitExpr(arg.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation) this.visitExpr(arg.annotation);
    if (this.futureAnnotations) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  private visitParams(args: ast.arg[]): void {
    for (const arg of args) this.addDef(arg.arg, DEF_PARAM, arg);
  }

  private visitArguments(a: ast.arguments): void {
    this.visitParams(a.posonlyargs);
    this.visitParams(a.args);
    this.visitParams(a.kwonlyargs);
    if (a.vararg) { this.addDef(a.vararg.arg, DEF_PARAM, a.vararg); this.cur.varargs = true; }
    if (a.kwarg) { this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg); this.cur.varkeywords = true; }
  }

  // ---- patterns ----

  private visitPattern(p: ast.pattern): void {
    switch (p._type) {
      case 'MatchValue': this.visitExpr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': for (const q of p.patterns) this.visitPattern(q); break;
      case 'MatchStar': if (p.name) this.addDef(p.name, DEF_LOCAL, p); break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr': for (const q of p.patterns) this.visitPattern(q); break;
    }
  }

  // ---- expressions ----

  private visitExpr(e: ast.expr): void {
    this.nesting.enter();
    this.visitExprKind(e);
    this.nesting.leave();
  }

  private visitExprKind(e: ast.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.handleNamedExpr(e);
        break;
      case 'BoolOp': this.visitExprs(e.values); break;
      case 'BinOp': this.visitExpr(e.left); this.visitExpr(e.right); break;
      case 'UnaryOp': this.visitExpr(e.operand); break;
      case 'Lambda':
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'function', e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp': this.visitExpr(e.test); this.visitExpr(e.body); this.visitExpr(e.orelse); break;
      case 'Dict': this.visitExprs(e.keys); this.visitExprs(e.values); break;
      case 'Set': this.visitExprs(e.elts); break;
      case 'GeneratorExp': this.handleComprehension(e, 'genexpr', e.generators, e.elt, null); break;
      case 'ListComp': this.handleComprehension(e, 'listcomp', e.generators, e.elt, null); break;
      case 'SetComp': this.handleComprehension(e, 'setcomp', e.generators, e.elt, null); break;
      case 'DictComp': this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value); break;
      case 'Yield': case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.error(COMPREHENSION_YIELD[this.cur.comprehension], e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare': this.visitExpr(e.left); this.visitExprs(e.comparators); break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr': this.visitExprs(e.values); break;
      case 'Constant': break;
      case 'Attribute': this.visitExpr(e.value); break;
      case 'Subscript': this.visitExpr(e.value); this.visitExpr(e.slice); break;
      case 'Starred': this.visitExpr(e.value); break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List': case 'Tuple': this.visitExprs(e.elts); break;
    }
  }

  private handleNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.compIterExpr > 0) this.error(NAMED_EXPR_COMP_ITER_EXPR, e);
    if (this.cur.comprehension) this.extendNamedExprScope(e.target as ast.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** A walrus target inside a comprehension binds in the nearest enclosing function or module. */
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if (ste.flagsOf(mangle(this.privateName, name)) & DEF_COMP_ITER) this.error(NAMED_EXPR_COMP_CONFLICT(name), target);
        continue;
      }
      if (ste.type === 'function') {
        const inScope = ste.flagsOf(mangle(this.privateName, name));
        this.addDef(name, inScope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefTo(ste, name, DEF_LOCAL, target);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefTo(ste, name, DEF_GLOBAL, target);
        return;
      }
      if (ste.type === 'class') this.error(NAMED_EXPR_COMP_IN_CLASS, target);
    }
    throw new Error('symtable: no scope for a named expression');
  }

  private handleComprehension(e: ast.expr, scopeName: string, generators: ast.comprehension[],
    elt: ast.expr, value: ast.expr | null): void {
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = generators[0];
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, 'function', e, e as ast.Located);
    const kinds: Record<string, ComprehensionKind> = { ListComp: 'list', SetComp: 'set', DictComp: 'dict', GeneratorExp: 'genexpr' };
    this.cur.comprehension = kinds[e._type];
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef('.0', DEF_PARAM, this.cur.pos);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (const g of generators.slice(1)) this.visitComprehension(g);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  private visitComprehension(g: ast.comprehension): void {
    this.cur.compIterTarget = true;
    this.visitExpr(g.target);
    this.cur.compIterTarget = false;
    this.cur.compIterExpr++;
    this.visitExpr(g.iter);
    this.cur.compIterExpr--;
    this.visitExprs(g.ifs);
    if (g.is_async) this.cur.coroutine = true;
  }
}

// ---- pass 2: analysis ----

class ScopeAnalyzer {
  constructor(private readonly filename: string, private readonly source?: string) {}

  private errorAtDirective(ste: SymbolTableEntry, name: string, msg: string): never {
    const d = ste.directives.get(name) ?? ste.pos;
    throw compileError(msg, this.filename, d.lineno, d.col_offset + 1, d.end_lineno, d.end_col_offset + 1,
      sourceLine(this.source, d.lineno));
  }

  /** Decide the scope of one name of `ste`. `bound` is null at module level. */
  private analyzeName(ste: SymbolTableEntry, scopes: Map<string, number>, name: string, flags: number,
    bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) this.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  analyzeBlock(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const newBound = new Set<string>();

    if (ste.type === 'class') {
      for (const n of global) newGlobal.add(n);
      if (bound) for (const n of bound) newBound.add(n);
    }
    for (const [name, flags] of ste.symbols) this.analyzeName(ste, scopes, name, flags, bound, local, free, global);

    if (ste.type !== 'class') {
      if (ste.isFunctionLike) for (const n of local) newBound.add(n);
      if (bound) for (const n of bound) newBound.add(n);
      for (const n of global) newGlobal.add(n);
    } else {
      newBound.add('__class__');
    }

    const allFree = new Set<string>();
    for (const child of ste.children) {
      this.analyzeChildBlock(child, newBound, newFree, newGlobal, allFree);
      if (child.free || child.childFree) ste.childFree = true;
    }
    for (const n of allFree) newFree.add(n);

    if (ste.isFunctionLike) analyzeCells(scopes, newFree);
    else if (ste.type === 'class') dropClassFree(ste, newFree);
    updateSymbols(ste.symbols, scopes, bound, newFree, ste.type === 'class');
    for (const n of newFree) free.add(n);
  }

  private analyzeChildBlock(entry: SymbolTableEntry, bound: Set<string>, free: Set<string>,
    global: Set<string>, childFree: Set<string>): void {
    const tempBound = new Set(bound);
    const tempFree = new Set(free);
    const tempGlobal = new Set(global);
    this.analyzeBlock(entry, tempBound, tempFree, tempGlobal);
    for (const n of tempFree) childFree.add(n);
  }
}

/** Locals of a function that children use freely become cells. */
function analyzeCells(scopes: Map<string, number>, free: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL || !free.has(name)) continue;
    scopes.set(name, CELL);
    free.delete(name);
  }
}

/** A class whose methods use `__class__` gets an implicit cell for it. */
function dropClassFree(ste: SymbolTableEntry, free: Set<string>): void {
  if (free.delete('__class__')) ste.needsClassClosure = true;
}

/** Store the scopes into the symbol flags, and pass-through free names of children. */
function updateSymbols(symbols: Map<string, number>, scopes: Map<string, number>,
  bound: Set<string> | null, free: Set<string>, isClass: boolean): void {
  for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
  for (const name of free) {
    const flags = symbols.get(name);
    if (flags !== undefined) {
      if (isClass && (flags & (DEF_BOUND | DEF_GLOBAL))) symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue; // a global
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

/** Build and analyze the symbol table of a module (CPython's _PySymtable_Build). */
export function buildSymbolTable(m: ast.mod, filename: string, futureFlags: number, source?: string,
  recursion?: { depth: number; limit: number }): SymbolTable {
  const collector = new SymbolCollector(filename, futureFlags, source, new CompileDepth(recursion));
  const top = collector.build(m);
  new ScopeAnalyzer(filename, source).analyzeBlock(top, null, new Set(), new Set());
  return new SymbolTable(top, collector.blocks);
}
