// LAYER: compiler. The AST optimizer (CPython 3.11's ast_opt.c), run before the symbol table:
// constant folding of unary/binary operators within CPython's size limits, constant tuples,
// constant subscripts, `not (a is b)` -> `a is not b` (also in/not in), lists/sets of constants
// used as `in` operands or `for` iterables turned into constant tuples/frozensets, `'%s' % (a,)`
// into f-strings, and `__debug__` into a constant. It works on a copy of the tree (the caller's
// AST is left untouched); a folded Constant may carry a ConstValue the AST cannot express (tuple,
// frozenset, complex with a real part) in its `folded` field: read constants with constantOf().

import type * as ast from '../parser/ast.js';
import type { ConstValue } from './codeunit.js';
import { constFromAst, constToAst, constBool } from './consts.js';
import { foldBinary, foldSubscript, foldUnary } from './constops.js';
import { docstringOf, hasStarred } from './astutil.js';
import { CO_FUTURE_ANNOTATIONS } from './future.js';
import { CompileDepth } from './syntaxerror.js';

/**
 * A Constant node, possibly produced by folding: `folded` holds a value the AST cannot express;
 * `madeHere` marks every Constant the optimizer made (CPython puts each in the AST arena).
 */
export type FoldedConstant = ast.Constant & { folded?: ConstValue; madeHere?: true };

/** The value of a Constant node as a ConstValue (folded constants included). */
export function constantOf(e: ast.Constant): ConstValue {
  return (e as FoldedConstant).folded ?? constFromAst(e.value);
}

export interface OptimizeState {
  /** -O level: 0 normal, 1 (-O), 2 (-OO) */
  optimize: number;
  /** the Python recursion depth and limit when compiling (see CompileDepth); none: no limit */
  recursion?: { depth: number; limit: number };
  /** future feature flags of the module */
  futureFlags: number;
}

const LOCATION_KEYS = new Set(['lineno', 'col_offset', 'end_lineno', 'end_col_offset']);

/** A deep copy of an AST (immutable leaves such as bigint and bytes are shared). */
export function cloneAst<T>(node: T): T {
  if (node === null || typeof node !== 'object' || node instanceof Uint8Array) return node;
  if (Array.isArray(node)) {
    const out = new Array(node.length);
    for (let i = 0; i < node.length; i++) out[i] = cloneAst(node[i]);
    return out as T;
  }
  const copy: Record<string, unknown> = {};
  const src = node as Record<string, unknown>;
  for (const k in src) copy[k] = cloneAst(src[k]);
  return copy as T;
}

/** Turn `node` (in place) into a Constant holding `value`, keeping its location. */
function becomeConstant(node: ast.expr, value: ConstValue): void {
  const n = node as unknown as Record<string, unknown>;
  for (const k of Object.keys(n)) if (!LOCATION_KEYS.has(k)) delete n[k];
  n._type = 'Constant';
  const astValue = constToAst(value);
  n.value = astValue ?? { kind: 'Ellipsis' }; // placeholder: the real value is in `folded`
  n.kind = null;
  n.madeHere = true;
  if (astValue === null) n.folded = value;
}

/** Replace the contents of `node` (in place) by those of `other` (C's COPY_NODE). */
function copyNode(node: ast.expr, other: ast.expr): void {
  const n = node as unknown as Record<string, unknown>;
  for (const k of Object.keys(n)) delete n[k];
  Object.assign(n, other);
}

const isConstant = (e: ast.expr | null): e is ast.Constant => e !== null && e._type === 'Constant';

function constTupleOf(elts: ast.expr[]): ConstValue | null {
  if (!elts.every(isConstant)) return null;
  return { kind: 'tuple', items: elts.map((e) => constantOf(e as ast.Constant)) };
}

// ---- '%' formatting into f-strings (optimize_format) ----

const MAXDIGITS = 3;
const NO_POS = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

function strConstant(s: string): ast.Constant {
  const c: FoldedConstant = { _type: 'Constant', value: { kind: 'str', value: s }, kind: null, ...NO_POS, madeHere: true };
  return c;
}

/** The literal run starting at pos (with '%%' unescaped), or null if empty. */
function parseLiteral(fmt: string[], state: { pos: number }): ast.Constant | null {
  const start = state.pos;
  let pos = start;
  while (pos < fmt.length) {
    if (fmt[pos] !== '%') pos++;
    else if (pos + 1 < fmt.length && fmt[pos + 1] === '%') pos += 2;
    else break;
  }
  state.pos = pos;
  if (pos === start) return null;
  return strConstant(fmt.slice(start, pos).join('').replaceAll('%%', '%'));
}

/** Parse one `%[flags][width][.prec]spec` unit (after the '%'); null if unsupported. */
function parseFormatUnit(fmt: string[], state: { pos: number }, arg: ast.expr): ast.FormattedValue | null {
  let pos = state.pos;
  let ch = '';
  const next = (): boolean => { if (pos >= fmt.length) return false; ch = fmt[pos++]; return true; };
  let ljust = false;
  for (;;) {
    if (!next()) return null;
    if (ch === '-') { ljust = true; continue; }
    if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
    break;
  }
  let width = -1, prec = -1;
  const isDigit = (c: string): boolean => c >= '0' && c <= '9';
  if (isDigit(ch)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch)) {
      width = width * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (isDigit(ch)) {
      prec = prec * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  state.pos = pos;
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  let spec = '';
  if (!ljust && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += '.' + prec;
  return {
    _type: 'FormattedValue', value: arg, conversion: ch.charCodeAt(0),
    format_spec: spec ? strConstant(spec) : null,
    lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
  };
}

/** `'fmt' % (args...)` with simple %s/%r/%a units becomes an f-string (node replaced in place). */
function optimizeFormat(node: ast.BinOp, fmtString: string, elts: ast.expr[]): void {
  const fmt = Array.from(fmtString);
  const state = { pos: 0 };
  const values: ast.expr[] = [];
  let count = 0;
  for (;;) {
    const lit = parseLiteral(fmt, state);
    if (lit) values.push(lit);
    if (state.pos >= fmt.length) break;
    if (count >= elts.length) return; // more format units than items
    state.pos++;
    const unit = parseFormatUnit(fmt, state, elts[count]);
    count++;
    if (!unit) return;
    values.push(unit);
  }
  if (count < elts.length) return; // more items than format units
  copyNode(node, {
    _type: 'JoinedStr', values,
    lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset,
  });
}

// ---- folding of single nodes ----

function foldBinOp(node: ast.BinOp): void {
  const lhs = node.left, rhs = node.right;
  if (lhs._type !== 'Constant') return;
  const lv = constantOf(lhs);
  if (node.op === 'Mod' && rhs._type === 'Tuple' && lv.kind === 'str' && !hasStarred(rhs.elts)) {
    optimizeFormat(node, lv.value, rhs.elts);
    return;
  }
  if (rhs._type !== 'Constant') return;
  const result = foldBinary(node.op, lv, constantOf(rhs));
  if (result) becomeConstant(node, result);
}

const INVERTED_CMP: Partial<Record<ast.cmpop, ast.cmpop>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };

function foldUnaryOp(node: ast.UnaryOp): void {
  const arg = node.operand;
  if (arg._type !== 'Constant') {
    if (node.op === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
      const inverted = INVERTED_CMP[arg.ops[0]];
      if (inverted) {
        arg.ops[0] = inverted;
        copyNode(node, arg);
      }
    }
    return;
  }
  const result = foldUnary(node.op, constantOf(arg));
  if (result) becomeConstant(node, result);
}

function foldTuple(node: ast.Tuple): void {
  if (node.ctx !== 'Load') return;
  const t = constTupleOf(node.elts);
  if (t) becomeConstant(node, t);
}

function foldSubscr(node: ast.Subscript): void {
  if (node.ctx !== 'Load' || node.value._type !== 'Constant' || node.slice._type !== 'Constant') return;
  const result = foldSubscript(constantOf(node.value), constantOf(node.slice));
  if (result) becomeConstant(node, result);
}

/** A list display used as an iterable becomes a tuple; constant lists/sets become constants. */
function foldIter(arg: ast.expr): void {
  if (arg._type === 'List') {
    if (hasStarred(arg.elts)) return;
    (arg as unknown as { _type: string })._type = 'Tuple';
    const t = constTupleOf(arg.elts);
    if (t) becomeConstant(arg, t);
  } else if (arg._type === 'Set') {
    const t = constTupleOf(arg.elts);
    if (t && t.kind === 'tuple') becomeConstant(arg, { kind: 'frozenset', items: t.items });
  }
}

function foldCompare(node: ast.Compare): void {
  const i = node.ops.length - 1;
  const op = node.ops[i];
  if (op === 'In' || op === 'NotIn') foldIter(node.comparators[i]);
}

// ---- the tree walk ----

class AstOptimizer {
  private readonly nesting: CompileDepth;
  constructor(private readonly state: OptimizeState) {
    this.nesting = new CompileDepth(state.recursion);
  }

  private get futureAnnotations(): boolean { return (this.state.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0; }

  mod(m: ast.mod): void {
    switch (m._type) {
      case 'Module': this.body(m.body); break;
      case 'Interactive': this.stmts(m.body); break;
      case 'Expression': this.expr(m.body); break;
      case 'FunctionType': break;
    }
  }

  /** A body whose first statement must not become a docstring by folding. */
  private body(stmts: ast.stmt[]): void {
    const hadDocstring = docstringOf(stmts) !== null;
    this.stmts(stmts);
    if (!hadDocstring && docstringOf(stmts) !== null) {
      const st = stmts[0] as ast.Expr;
      st.value = {
        _type: 'JoinedStr', values: [st.value],
        lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
      };
    }
  }

  private stmts(list: ast.stmt[]): void { for (const s of list) this.stmt(s); }
  private exprs(list: (ast.expr | null)[]): void { for (const e of list) if (e) this.expr(e); }
  private optExpr(e: ast.expr | null): void { if (e) this.expr(e); }

  private arguments(a: ast.arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args]) this.arg(arg);
    if (a.vararg) this.arg(a.vararg);
    for (const arg of a.kwonlyargs) this.arg(arg);
    this.exprs(a.kw_defaults);
    if (a.kwarg) this.arg(a.kwarg);
    this.exprs(a.defaults);
  }

  private arg(a: ast.arg): void {
    if (!this.futureAnnotations) this.optExpr(a.annotation);
  }

  private stmt(s: ast.stmt): void {
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        this.arguments(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        if (!this.futureAnnotations) this.optExpr(s.returns);
        break;
      case 'ClassDef':
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return': this.optExpr(s.value); break;
      case 'Delete': this.exprs(s.targets); break;
      case 'Assign': this.exprs(s.targets); this.expr(s.value); break;
      case 'AugAssign': this.expr(s.target); this.expr(s.value); break;
      case 'AnnAssign':
        this.expr(s.target);
        if (!this.futureAnnotations) this.expr(s.annotation);
        this.optExpr(s.value);
        break;
      case 'For':
        this.expr(s.target); this.expr(s.iter); this.stmts(s.body); this.stmts(s.orelse);
        foldIter(s.iter);
        break;
      case 'AsyncFor':
        this.expr(s.target); this.expr(s.iter); this.stmts(s.body); this.stmts(s.orelse);
        break;
      case 'While': case 'If':
        this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse);
        break;
      case 'With': case 'AsyncWith':
        for (const item of s.items) { this.expr(item.context_expr); this.optExpr(item.optional_vars); }
        this.stmts(s.body);
        break;
      case 'Raise': this.optExpr(s.exc); this.optExpr(s.cause); break;
      case 'Try': case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) { this.optExpr(h.type); this.stmts(h.body); }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert': this.expr(s.test); this.optExpr(s.msg); break;
      case 'Expr': this.expr(s.value); break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) { this.pattern(c.pattern); this.optExpr(c.guard); this.stmts(c.body); }
        break;
      default: break;
    }
  }

  private pattern(p: ast.pattern): void {
    switch (p._type) {
      case 'MatchValue': this.expr(p.value); break;
      case 'MatchSequence': for (const q of p.patterns) this.pattern(q); break;
      case 'MatchMapping': this.exprs(p.keys); for (const q of p.patterns) this.pattern(q); break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs': if (p.pattern) this.pattern(p.pattern); break;
      case 'MatchOr': for (const q of p.patterns) this.pattern(q); break;
      default: break;
    }
  }

  private comprehension(g: ast.comprehension): void {
    this.expr(g.target);
    this.expr(g.iter);
    this.exprs(g.ifs);
    foldIter(g.iter);
  }

  private expr(e: ast.expr): void {
    // (astfold_expr's recursion check: only expressions count here)
    this.nesting.enter();
    this.exprKind(e);
    this.nesting.leave();
  }

  private exprKind(e: ast.expr): void {
    switch (e._type) {
      case 'BoolOp': this.exprs(e.values); break;
      case 'BinOp': this.expr(e.left); this.expr(e.right); foldBinOp(e); break;
      case 'UnaryOp': this.expr(e.operand); foldUnaryOp(e); break;
      case 'Lambda': this.arguments(e.args); this.expr(e.body); break;
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Dict': this.exprs(e.keys); this.exprs(e.values); break;
      case 'Set': this.exprs(e.elts); break;
      case 'ListComp': case 'SetComp': case 'GeneratorExp':
        this.expr(e.elt); for (const g of e.generators) this.comprehension(g);
        break;
      case 'DictComp':
        this.expr(e.key); this.expr(e.value); for (const g of e.generators) this.comprehension(g);
        break;
      case 'Await': this.expr(e.value); break;
      case 'Yield': this.optExpr(e.value); break;
      case 'YieldFrom': this.expr(e.value); break;
      case 'Compare': this.expr(e.left); this.exprs(e.comparators); foldCompare(e); break;
      case 'Call':
        this.expr(e.func); this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue': this.expr(e.value); this.optExpr(e.format_spec); break;
      case 'JoinedStr': this.exprs(e.values); break;
      case 'Attribute': this.expr(e.value); break;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); foldSubscr(e); break;
      case 'Starred': this.expr(e.value); break;
      case 'Slice': this.optExpr(e.lower); this.optExpr(e.upper); this.optExpr(e.step); break;
      case 'List': this.exprs(e.elts); break;
      case 'Tuple': this.exprs(e.elts); foldTuple(e); break;
      case 'Name':
        if (e.ctx === 'Load' && e.id === '__debug__') becomeConstant(e, constBool(!this.state.optimize));
        break;
      case 'NamedExpr': this.expr(e.value); break;
      case 'Constant': break;
    }
  }
}

/** An optimized copy of `m`. */
export function optimizeAst<T extends ast.mod>(m: T, state: OptimizeState): T {
  const copy = cloneAst(m);
  new AstOptimizer(state).mod(copy);
  return copy;
}
