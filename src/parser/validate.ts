// LAYER: parser — compile-time checks on a parsed AST.
//
// Some syntax errors are not raised by CPython's parser but later, by the `__future__` check,
// the symbol table builder (symtable.c) and the code generator (compile.c): 'return' outside
// function, 'break' outside loop, duplicate argument names, global/nonlocal misuse, starred
// targets, repeated keyword arguments, ... validate(mod, filename) reproduces them, in the same
// order (future imports, then the whole symbol-table pass, then the compiler pass) so that the
// first error reported is CPython's. The compiler calls it after parse().
//
// As in CPython, these errors carry byte offsets (col_offset + 1) and no source text unless the
// source is passed (CPython reads the line back from the file).

import type {
  arguments, comprehension, Constant_value, expr, ExceptHandler, keyword, Located, match_case, mod, pattern, stmt,
} from './ast.js';
import { reprConstant } from './dump.js';
import { PySyntaxError } from './errors.js';

/** Symbol flags, as in CPython's symtable.h. */
const USE = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_GLOBAL = 8;
const DEF_NONLOCAL = 16;
const DEF_ANNOT = 32;
const DEF_IMPORT = 64;
const DEF_COMP_ITER = 128;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/** Reports errors at node positions (CPython's PyErr_RangedSyntaxLocationObject). */
class ErrorFactory {
  constructor(private readonly filename: string, private readonly lines: string[] | null) {}

  at(msg: string, node: Located): PySyntaxError {
    const text = this.lines ? (this.lines[node.lineno - 1] ?? '') + '\n' : null;
    return new PySyntaxError('SyntaxError', msg, this.filename, node.lineno, node.col_offset + 1, node.end_lineno, node.end_col_offset + 1, text);
  }

  /** PyErr_SyntaxLocationObject: a start position only. */
  atStart(msg: string, node: Located): PySyntaxError {
    const text = this.lines ? (this.lines[node.lineno - 1] ?? '') + '\n' : null;
    return new PySyntaxError('SyntaxError', msg, this.filename, node.lineno, node.col_offset + 1, node.lineno, null, text);
  }
}

/**
 * Run CPython's post-parse checks. Throws the PySyntaxError CPython's compile() would raise.
 * `source`, when given, provides the error text (CPython reads it back from the file).
 */
export function validate(tree: mod, filename: string, source?: string): void {
  const errors = new ErrorFactory(filename, source === undefined ? null : source.replace(/\r\n?/g, '\n').split('\n'));
  if (tree._type === 'Module') checkFutureImports(tree.body, errors);
  new SymbolTableCheck(errors).run(tree);
  new CompilerCheck(errors).run(tree);
}

// ----- __future__ imports (future.c) -----

function checkFutureImports(body: stmt[], errors: ErrorFactory): void {
  let mayBeFuture = true;
  body.forEach((s, i) => {
    const isDocstring = i === 0 && s._type === 'Expr' && s.value._type === 'Constant' && s.value.value.kind === 'str';
    if (s._type === 'ImportFrom' && s.module === '__future__' && s.level === 0) {
      if (!mayBeFuture) throw errors.at('from __future__ imports must occur at the beginning of the file', s);
      for (const a of s.names) {
        if (a.name === 'braces') throw errors.atStart('not a chance', s);
        if (!FUTURE_FEATURES.has(a.name)) throw errors.atStart(`future feature ${a.name} is not defined`, s);
      }
    } else if (!isDocstring) {
      mayBeFuture = false;
    }
  });
}

// ----- symbol table pass (symtable.c) -----

type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';
type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

class Scope {
  readonly symbols = new Map<string, number>();
  /** Where each name's global/nonlocal statement is (for errors found in the analysis). */
  readonly directives = new Map<string, Located>();
  readonly children: Scope[] = [];
  /** Nesting depth of comprehension iterable expressions being visited. */
  compIterExpr = 0;
  /** Visiting a comprehension's target. */
  compIterTarget = false;

  constructor(readonly kind: ScopeKind, readonly parent: Scope | null, readonly comprehension: ComprehensionKind | null = null) {
    parent?.children.push(this);
  }
}

class SymbolTableCheck {
  private cur!: Scope;

  constructor(private readonly errors: ErrorFactory) {}

  run(tree: mod): void {
    const module = new Scope('module', null);
    this.cur = module;
    switch (tree._type) {
      case 'Module':
      case 'Interactive':
        this.stmts(tree.body);
        break;
      case 'Expression':
        this.expr(tree.body);
        break;
      default:
        break;
    }
    this.analyze(module, null);
  }

  private enter(kind: ScopeKind, comprehension: ComprehensionKind | null = null): Scope {
    const s = new Scope(kind, this.cur, comprehension);
    this.cur = s;
    return s;
  }

  private exit(): void {
    this.cur = this.cur.parent!;
  }

  private addDef(name: string, flag: number, node: Located, scope: Scope = this.cur): void {
    const old = scope.symbols.get(name) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) {
      throw this.errors.at(`duplicate argument '${name}' in function definition`, node);
    }
    scope.symbols.set(name, old | flag);
  }

  private stmts(list: stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private exprs(list: (expr | null)[]): void {
    for (const e of list) if (e) this.expr(e);
  }

  private stmt(s: stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        this.enter('function');
        this.params(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      case 'ClassDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enter('class');
        this.stmts(s.body);
        this.exit();
        break;
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const name = s.target.id;
          const cur = this.cur.symbols.get(name) ?? 0;
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.kind !== 'module' && s.simple) {
            throw this.errors.at(`annotated name '${name}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(name, DEF_LOCAL, s.target);
        } else {
          this.expr(s.target);
        }
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) this.handler(h);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') throw this.errors.at('import * only allowed at module level', a);
            continue;
          }
          const stored = a.asname ?? a.name.split('.')[0];
          this.addDef(stored, DEF_IMPORT, a);
        }
        break;
      case 'Global':
      case 'Nonlocal':
        this.declaration(s);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      default:
        break;
    }
  }

  /** global / nonlocal: the name must not have been used, assigned, annotated or be a parameter. */
  private declaration(s: stmt & { _type: 'Global' | 'Nonlocal'; names: string[] }): void {
    const kind = s._type === 'Global' ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const cur = this.cur.symbols.get(name) ?? 0;
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kind}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${kind} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kind}`;
        else msg = `name '${name}' is assigned to before ${kind} declaration`;
        throw this.errors.at(msg, s);
      }
      this.addDef(name, kind === 'global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
      if (!this.cur.directives.has(name)) this.cur.directives.set(name, s);
    }
  }

  private handler(h: ExceptHandler): void {
    if (h.type) this.expr(h.type);
    if (h.name) this.addDef(h.name, DEF_LOCAL, h);
    this.stmts(h.body);
  }

  private annotations(args: arguments, returns: expr | null): void {
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) if (a.annotation) this.expr(a.annotation);
    if (returns) this.expr(returns);
  }

  private params(args: arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
    if (args.kwarg) this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
  }

  private pattern(p: pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.expr(p.value);
        break;
      case 'MatchSequence':
        p.patterns.forEach((q) => this.pattern(q));
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.exprs(p.keys);
        p.patterns.forEach((q) => this.pattern(q));
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        p.patterns.forEach((q) => this.pattern(q));
        p.kwd_patterns.forEach((q) => this.pattern(q));
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        p.patterns.forEach((q) => this.pattern(q));
        break;
      default:
        break;
    }
  }

  private expr(e: expr): void {
    switch (e._type) {
      case 'Name': {
        let flag = e.ctx === 'Load' ? USE : DEF_LOCAL;
        if (this.cur.compIterTarget) flag |= DEF_COMP_ITER;
        this.addDef(e.id, flag, e);
        break;
      }
      case 'NamedExpr':
        this.namedExpr(e);
        break;
      case 'Lambda':
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        this.enter('function');
        this.params(e.args);
        this.expr(e.body);
        this.exit();
        break;
      case 'ListComp':
        this.comprehension(e.generators, e.elt, null, 'list');
        break;
      case 'SetComp':
        this.comprehension(e.generators, e.elt, null, 'set');
        break;
      case 'GeneratorExp':
        this.comprehension(e.generators, e.elt, null, 'generator');
        break;
      case 'DictComp':
        this.comprehension(e.generators, e.key, e.value, 'dict');
        break;
      case 'Yield':
      case 'YieldFrom':
        if (e.value) this.expr(e.value);
        if (this.cur.comprehension) {
          const what = this.cur.comprehension === 'generator' ? 'generator expression' : `${this.cur.comprehension} comprehension`;
          throw this.errors.at(`'yield' inside ${what}`, e);
        }
        break;
      default:
        this.children(e);
    }
  }

  /** Visit the child expressions of `e` in field order. */
  private children(e: expr): void {
    for (const child of childExpressions(e)) this.expr(child);
  }

  private comprehension(generators: comprehension[], elt: expr, value: expr | null, kind: ComprehensionKind): void {
    const [outermost, ...rest] = generators;
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    this.enter('comprehension', kind);
    this.cur.compIterTarget = true;
    this.expr(outermost.target);
    this.cur.compIterTarget = false;
    this.exprs(outermost.ifs);
    for (const g of rest) {
      this.cur.compIterTarget = true;
      this.expr(g.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.expr(g.iter);
      this.cur.compIterExpr--;
      this.exprs(g.ifs);
    }
    if (value) this.expr(value);
    this.expr(elt);
    this.exit();
  }

  /** Walrus rules: not in a comprehension's iterable, and inside one it binds in the enclosing function. */
  private namedExpr(e: expr & { _type: 'NamedExpr' }): void {
    if (this.cur.compIterExpr > 0) throw this.errors.at('assignment expression cannot be used in a comprehension iterable expression', e);
    if (this.cur.comprehension && e.target._type === 'Name') {
      const name = e.target.id;
      for (let s: Scope | null = this.cur; s; s = s.parent) {
        if (s.kind === 'comprehension') {
          if ((s.symbols.get(name) ?? 0) & DEF_COMP_ITER) {
            throw this.errors.at(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e.target);
          }
          continue;
        }
        if (s.kind === 'class') throw this.errors.at('assignment expression within a comprehension cannot be used in a class body', e.target);
        this.addDef(name, DEF_LOCAL, e.target, s);
        break;
      }
      this.expr(e.value);
      this.addDef(name, USE, e.target);
      return;
    }
    this.expr(e.value);
    this.expr(e.target);
  }

  /** The analysis phase: global/nonlocal consistency and nonlocal bindings, module first. */
  private analyze(scope: Scope, bound: Set<string> | null): void {
    for (const [name, flags] of scope.symbols) {
      if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) throw this.errors.at(`name '${name}' is nonlocal and global`, scope.directives.get(name)!);
        continue;
      }
      if (flags & DEF_NONLOCAL) {
        if (!bound) throw this.errors.at('nonlocal declaration not allowed at module level', scope.directives.get(name)!);
        if (!bound.has(name)) throw this.errors.at(`no binding for nonlocal '${name}' found`, scope.directives.get(name)!);
      }
    }
    const childBound = new Set<string>(bound ?? []);
    if (scope.kind === 'function' || scope.kind === 'comprehension') {
      for (const [name, flags] of scope.symbols) {
        if (flags & DEF_BOUND && !(flags & (DEF_GLOBAL | DEF_NONLOCAL))) childBound.add(name);
      }
    }
    const passed = scope.kind === 'class' ? bound ?? new Set<string>() : childBound;
    for (const child of scope.children) this.analyze(child, passed);
  }
}

/** The expressions directly inside `e`, in CPython's field order. */
function childExpressions(e: expr): expr[] {
  switch (e._type) {
    case 'BoolOp':
      return e.values;
    case 'BinOp':
      return [e.left, e.right];
    case 'UnaryOp':
      return [e.operand];
    case 'IfExp':
      return [e.test, e.body, e.orelse];
    case 'Dict':
      return [...(e.keys.filter((k) => k) as expr[]), ...e.values];
    case 'Set':
      return e.elts;
    case 'Await':
      return [e.value];
    case 'Compare':
      return [e.left, ...e.comparators];
    case 'Call':
      return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'FormattedValue':
      return e.format_spec ? [e.value, e.format_spec] : [e.value];
    case 'JoinedStr':
      return e.values;
    case 'Attribute':
      return [e.value];
    case 'Subscript':
      return [e.value, e.slice];
    case 'Starred':
      return [e.value];
    case 'List':
    case 'Tuple':
      return e.elts;
    case 'Slice':
      return [e.lower, e.upper, e.step].filter((x): x is expr => x !== null);
    default:
      return [];
  }
}

// ----- compiler pass (compile.c) -----

type UnitKind = 'module' | 'class' | 'function' | 'async' | 'lambda' | 'comprehension';

interface Unit {
  kind: UnitKind;
  /** Enclosing loops in this code unit (break/continue targets). */
  loops: number;
  /** Function contains yield (a generator). */
  generator: boolean;
}

class CompilerCheck {
  private unit: Unit = { kind: 'module', loops: 0, generator: false };

  constructor(private readonly errors: ErrorFactory) {}

  run(tree: mod): void {
    if (tree._type === 'Module' || tree._type === 'Interactive') this.stmts(tree.body);
    else if (tree._type === 'Expression') this.expr(tree.body);
  }

  private inUnit(unit: Unit, fn: () => void): void {
    const saved = this.unit;
    this.unit = unit;
    try {
      fn();
    } finally {
      this.unit = saved;
    }
  }

  private get inFunction(): boolean {
    const k = this.unit.kind;
    return k === 'function' || k === 'async' || k === 'lambda' || k === 'comprehension';
  }

  private stmts(list: stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private exprs(list: (expr | null)[]): void {
    for (const e of list) if (e) this.expr(e);
  }

  private stmt(s: stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.exprs(s.decorator_list);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.checkParamNames(s.args, s);
        const unit: Unit = { kind: s._type === 'AsyncFunctionDef' ? 'async' : 'function', loops: 0, generator: containsYield(s.body) };
        this.inUnit(unit, () => this.stmts(s.body));
        break;
      }
      case 'ClassDef':
        this.exprs(s.decorator_list);
        this.inUnit({ kind: 'class', loops: 0, generator: false }, () => this.stmts(s.body));
        this.callArguments(s.bases, s.keywords);
        break;
      case 'Return':
        if (!this.inFunction) throw this.errors.at("'return' outside function", s);
        if (s.value && this.unit.kind === 'async' && this.unit.generator) throw this.errors.at("'return' with value in async generator", s);
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        break;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.expr(t);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        if (s.value) this.expr(s.value);
        this.expr(s.target);
        break;
      case 'For':
      case 'AsyncFor':
        if (s._type === 'AsyncFor' && this.unit.kind !== 'async') throw this.errors.at("'async for' outside async function", s);
        this.expr(s.iter);
        this.expr(s.target);
        this.unit.loops++;
        this.stmts(s.body);
        this.unit.loops--;
        this.stmts(s.orelse);
        break;
      case 'While':
        this.expr(s.test);
        this.unit.loops++;
        this.stmts(s.body);
        this.unit.loops--;
        this.stmts(s.orelse);
        break;
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        if (s._type === 'AsyncWith' && this.unit.kind !== 'async') throw this.errors.at("'async with' outside async function", s);
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Match':
        this.expr(s.subject);
        this.matchCases(s.cases);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        s.handlers.forEach((h, i) => {
          if (!h.type && i < s.handlers.length - 1) throw this.errors.at("default 'except:' must be last", h);
          if (h.type) this.expr(h.type);
          this.stmts(h.body);
        });
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Break':
        if (this.unit.loops === 0) throw this.errors.at("'break' outside loop", s);
        break;
      case 'Continue':
        if (this.unit.loops === 0) throw this.errors.at("'continue' not properly in loop", s);
        break;
      default:
        break;
    }
  }

  /**
   * Cases of a match statement. An irrefutable pattern must be guarded or last; a final
   * `case _:` after other cases is not compiled as a pattern at all (CPython's has_default).
   */
  private matchCases(cases: match_case[]): void {
    const last = cases[cases.length - 1];
    const hasDefault = cases.length > 1 && isWildcard(last.pattern);
    cases.forEach((c, i) => {
      if (!(hasDefault && i === cases.length - 1)) {
        new PatternCheck(this.errors, (e) => this.expr(e)).run(c.pattern, c.guard !== null || i === cases.length - 1);
      }
      if (c.guard) this.expr(c.guard);
      this.stmts(c.body);
    });
  }

  /** Parameters may not be named __debug__. */
  private checkParamNames(args: arguments, owner: Located): void {
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    if (all.some((a) => a.arg === '__debug__')) throw this.errors.at('cannot assign to __debug__', owner);
  }

  /** Call arguments: keywords may not repeat. */
  private callArguments(args: expr[], keywords: keyword[], owner?: Located): void {
    const seen = new Set<string>();
    for (const k of keywords) {
      if (k.arg === null) continue;
      if (k.arg === '__debug__' && owner) throw this.errors.at('cannot assign to __debug__', owner);
      if (seen.has(k.arg)) throw this.errors.at(`keyword argument repeated: ${k.arg}`, k);
      seen.add(k.arg);
    }
    for (const a of args) this.expr(a, true);
    for (const k of keywords) this.expr(k.value);
  }

  /** `starredAllowed`: the expression is an element of a display or a call argument. */
  private expr(e: expr, starredAllowed = false): void {
    switch (e._type) {
      case 'Name':
        if (e.id === '__debug__' && e.ctx !== 'Load') {
          throw this.errors.at(e.ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', e);
        }
        break;
      case 'Starred':
        if (e.ctx === 'Store' && !starredAllowed) throw this.errors.at('starred assignment target must be in a list or tuple', e);
        if (e.ctx !== 'Store' && !starredAllowed) throw this.errors.at("can't use starred expression here", e);
        this.expr(e.value);
        break;
      case 'List':
      case 'Tuple':
        if (e.ctx === 'Store' && e.elts.filter((x) => x._type === 'Starred').length > 1) {
          throw this.errors.at('multiple starred expressions in assignment', e);
        }
        for (const x of e.elts) this.expr(x, true);
        break;
      case 'Set':
        for (const x of e.elts) this.expr(x, true);
        break;
      case 'Call':
        this.expr(e.func);
        this.callArguments(e.args, e.keywords, e);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (!this.inFunction) throw this.errors.at("'yield' outside function", e);
        if (e._type === 'YieldFrom' && this.unit.kind === 'async') throw this.errors.at("'yield from' inside async function", e);
        if (e.value) this.expr(e.value);
        break;
      case 'Await':
        if (!this.inFunction) throw this.errors.at("'await' outside function", e);
        if (this.unit.kind !== 'async' && this.unit.kind !== 'comprehension') throw this.errors.at("'await' outside async function", e);
        this.expr(e.value);
        break;
      case 'Lambda':
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        this.inUnit({ kind: 'lambda', loops: 0, generator: false }, () => this.expr(e.body));
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comprehension(e.generators, [e.elt], e);
        break;
      case 'DictComp':
        this.comprehension(e.generators, [e.key, e.value], e);
        break;
      default:
        for (const child of childExpressions(e)) this.expr(child);
    }
  }

  /** The body is compiled first as its own code unit, then the outermost iterable. */
  private comprehension(generators: comprehension[], elts: expr[], node?: expr): void {
    // A list/set/dict comprehension that awaits must be inside an async function (or comprehension).
    if (node && node._type !== 'GeneratorExp' && isAsyncComprehension(generators, elts)) {
      if (this.unit.kind !== 'async' && this.unit.kind !== 'comprehension') {
        throw this.errors.at('asynchronous comprehension outside of an asynchronous function', node);
      }
    }
    this.inUnit({ kind: 'comprehension', loops: 0, generator: false }, () => {
      generators.forEach((g, i) => {
        this.expr(g.target);
        if (i > 0) this.expr(g.iter);
        this.exprs(g.ifs);
      });
      this.exprs(elts);
    });
    this.expr(generators[0].iter);
  }
}

/**
 * Whether a comprehension is asynchronous: an `async for`, or an await (or an asynchronous
 * list/set/dict comprehension) in its body — the outermost iterable belongs to the enclosing scope.
 */
function isAsyncComprehension(generators: comprehension[], elts: expr[]): boolean {
  if (generators.some((g) => g.is_async)) return true;
  const parts: expr[] = [...elts];
  generators.forEach((g, i) => {
    if (i > 0) parts.push(g.iter);
    parts.push(...g.ifs);
  });
  return parts.some(awaitsInScope);
}

/** An await in this expression's own scope (not inside a lambda or a generator expression). */
function awaitsInScope(e: expr): boolean {
  switch (e._type) {
    case 'Await':
      return true;
    case 'Lambda':
      return false;
    case 'GeneratorExp':
      return awaitsInScope(e.generators[0].iter);
    case 'ListComp':
    case 'SetComp':
      return isAsyncComprehension(e.generators, [e.elt]) || awaitsInScope(e.generators[0].iter);
    case 'DictComp':
      return isAsyncComprehension(e.generators, [e.key, e.value]) || awaitsInScope(e.generators[0].iter);
    default:
      return childExpressions(e).some(awaitsInScope);
  }
}

function isWildcard(p: pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

/** A pattern value CPython's AST optimizer turns into a constant: -1, 1+2j, 1-2j. */
function foldedConstant(e: expr): Constant_value | null {
  if (e._type === 'Constant') return e.value;
  if (e._type === 'UnaryOp' && e.op === 'USub' && e.operand._type === 'Constant') {
    const v = e.operand.value;
    if (v.kind === 'int') return { kind: 'int', value: -v.value };
    if (v.kind === 'float') return { kind: 'float', value: -v.value };
    if (v.kind === 'complex') return { kind: 'complex', imag: -v.imag };
  }
  if (e._type === 'BinOp' && (e.op === 'Add' || e.op === 'Sub') && foldedConstant(e.left) && foldedConstant(e.right)) {
    return { kind: 'complex', imag: 0 };
  }
  return null;
}

/** Python equality of two constants as set members (1 == 1.0 == True). */
function sameConstant(a: Constant_value, b: Constant_value): boolean {
  const num = (v: Constant_value): number | null => {
    if (v.kind === 'int') return Number(v.value);
    if (v.kind === 'float') return v.value;
    if (v.kind === 'bool') return v.value ? 1 : 0;
    return null;
  };
  const na = num(a);
  const nb = num(b);
  if (na !== null && nb !== null) return na === nb;
  if (a.kind === 'str' && b.kind === 'str') return a.value === b.value;
  if (a.kind === 'bytes' && b.kind === 'bytes') return a.value.length === b.value.length && a.value.every((x, i) => x === b.value[i]);
  if (a.kind === 'None' && b.kind === 'None') return true;
  if (a.kind === 'Ellipsis' && b.kind === 'Ellipsis') return true;
  return false;
}

/**
 * CPython's compile-time pattern checks (compiler_pattern in compile.c). Errors are placed on the
 * last pattern node compiled, as CPython's current location is.
 */
class PatternCheck {
  private loc!: Located;
  private stores: string[] = [];

  constructor(private readonly errors: ErrorFactory, private readonly visitExpr: (e: expr) => void) {}

  run(p: pattern, allowIrrefutable: boolean): void {
    this.pattern(p, allowIrrefutable);
  }

  private error(msg: string): PySyntaxError {
    return this.errors.at(msg, this.loc);
  }

  private store(name: string | null): void {
    if (name === null) return;
    if (name === '__debug__') throw this.error('cannot assign to __debug__');
    if (this.stores.includes(name)) throw this.error(`multiple assignments to name '${name}' in pattern`);
    this.stores.push(name);
  }

  private sub(p: pattern): void {
    this.pattern(p, true);
  }

  private pattern(p: pattern, allow: boolean): void {
    this.loc = p;
    switch (p._type) {
      case 'MatchValue':
        if (!(p.value._type === 'Attribute' || foldedConstant(p.value))) {
          throw this.error('patterns may only match literals and attribute lookups');
        }
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        if (p.patterns.filter((q) => q._type === 'MatchStar').length > 1) throw this.error('multiple starred names in sequence pattern');
        p.patterns.forEach((q) => this.sub(q));
        break;
      case 'MatchStar':
        this.store(p.name);
        break;
      case 'MatchMapping': {
        const seen: Constant_value[] = [];
        for (const key of p.keys) {
          const value = foldedConstant(key);
          if (value) {
            if (seen.some((v) => sameConstant(v, value))) throw this.error(`mapping pattern checks duplicate key (${reprConstant(value)})`);
            seen.push(value);
          } else if (key._type !== 'Attribute') {
            throw this.error('mapping pattern keys may only match literals and attribute lookups');
          }
        }
        p.patterns.forEach((q) => this.sub(q));
        this.store(p.rest);
        break;
      }
      case 'MatchClass': {
        p.kwd_attrs.forEach((attr, i) => {
          if (p.kwd_attrs.indexOf(attr) !== i) {
            this.loc = p.kwd_patterns[i];
            throw this.error(`attribute name repeated in class pattern: ${attr}`);
          }
        });
        this.visitExpr(p.cls);
        p.patterns.forEach((q) => this.sub(q));
        p.kwd_patterns.forEach((q) => this.sub(q));
        break;
      }
      case 'MatchAs':
        if (p.pattern === null) {
          if (!allow) {
            throw this.error(p.name !== null ? `name capture '${p.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable');
          }
          this.store(p.name);
          break;
        }
        this.pattern(p.pattern, allow);
        this.store(p.name);
        break;
      case 'MatchOr': {
        const outer = this.stores;
        let control: string[] | null = null;
        p.patterns.forEach((alt, i) => {
          this.stores = [];
          this.pattern(alt, i === p.patterns.length - 1 && allow);
          if (control === null) control = this.stores;
          else if (control.length !== this.stores.length || !control.every((n) => this.stores.includes(n))) {
            throw this.error('alternative patterns bind different names');
          }
        });
        this.stores = outer;
        for (const name of control ?? []) this.store(name);
        break;
      }
      default:
        break;
    }
  }
}

/** Whether a function body contains yield (outside nested functions, classes and lambdas). */
function containsYield(body: stmt[]): boolean {
  let found = false;
  const visitExpr = (e: expr): void => {
    if (found) return;
    if (e._type === 'Yield' || e._type === 'YieldFrom') {
      found = true;
      return;
    }
    if (e._type === 'Lambda') return;
    if (e._type === 'ListComp' || e._type === 'SetComp' || e._type === 'GeneratorExp' || e._type === 'DictComp') {
      visitExpr(e.generators[0].iter);
      return;
    }
    childExpressions(e).forEach(visitExpr);
  };
  const visitStmt = (s: stmt): void => {
    if (found || s._type === 'FunctionDef' || s._type === 'AsyncFunctionDef' || s._type === 'ClassDef') return;
    forEachChild(s, visitExpr, visitStmt);
  };
  body.forEach(visitStmt);
  return found;
}

/** Call `onExpr`/`onStmt` for the direct children of a statement. */
function forEachChild(s: stmt, onExpr: (e: expr) => void, onStmt: (s: stmt) => void): void {
  const node = s as unknown as Record<string, unknown>;
  for (const value of Object.values(node)) {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (!item || typeof item !== 'object' || !('_type' in item)) continue;
      const t = (item as { _type: string })._type;
      if (STMT_TYPES.has(t)) onStmt(item as stmt);
      else if (t === 'ExceptHandler') (item as ExceptHandler).body.forEach(onStmt);
      else if (t === 'withitem') {
        const w = item as { context_expr: expr; optional_vars: expr | null };
        onExpr(w.context_expr);
        if (w.optional_vars) onExpr(w.optional_vars);
      } else if (t === 'match_case') {
        const c = item as { guard: expr | null; body: stmt[] };
        if (c.guard) onExpr(c.guard);
        c.body.forEach(onStmt);
      } else if (t === 'keyword') {
        onExpr((item as keyword).value);
      } else if (t !== 'arguments' && t !== 'alias' && !PATTERN_TYPES.has(t)) {
        onExpr(item as expr);
      }
    }
  }
}

const STMT_TYPES = new Set([
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'AnnAssign', 'For',
  'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert', 'Import', 'ImportFrom',
  'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue',
]);
const PATTERN_TYPES = new Set(['MatchValue', 'MatchSingleton', 'MatchSequence', 'MatchMapping', 'MatchClass', 'MatchStar', 'MatchAs', 'MatchOr']);
