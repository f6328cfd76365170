// LAYER: compiler. Code generation for expressions (CPython 3.11's compile.c): operators,
// boolean short-circuits and conditional jumps, chained comparisons with SWAP/COPY, displays
// (with star-unpacking and the constant-tuple shortcuts), calls (LOAD_METHOD + CALL, KW_NAMES,
// CALL_FUNCTION_EX), f-strings, subscripts and slices, attribute access, lambdas, comprehensions
// (sync and async) as nested code objects, yield / yield from / await.

import type * as ast from '../parser/ast.js';
import * as op from './opcodes.js';
import type { ConstValue } from './codeunit.js';
import type { Compiler } from './codegen.js';
import type { BasicBlock } from './cfg.js';
import { NONE, constStr } from './consts.js';
import { constantOf } from './optimize.js';
import { DEF_IMPORT } from './symtable.js';
import { assignmentHelper } from './codegen_assign.js';

/** CPython's STACK_USE_GUIDELINE: above this many items, sequences are built incrementally. */
const STACK_USE_GUIDELINE = 30;

const BINOP_ARG: Record<ast.operator, number> = {
  Add: op.NB_ADD, Sub: op.NB_SUBTRACT, Mult: op.NB_MULTIPLY, MatMult: op.NB_MATRIX_MULTIPLY,
  Div: op.NB_TRUE_DIVIDE, Mod: op.NB_REMAINDER, Pow: op.NB_POWER, LShift: op.NB_LSHIFT,
  RShift: op.NB_RSHIFT, BitOr: op.NB_OR, BitXor: op.NB_XOR, BitAnd: op.NB_AND, FloorDiv: op.NB_FLOOR_DIVIDE,
};

export const binopArg = (o: ast.operator, inplace: boolean): number => BINOP_ARG[o] + (inplace ? op.NB_INPLACE : 0);

const UNARY_OP: Record<ast.unaryop, number> = {
  Invert: op.UNARY_INVERT, Not: op.UNARY_NOT, UAdd: op.UNARY_POSITIVE, USub: op.UNARY_NEGATIVE,
};

/** Compile an expression, with its own location for the instructions it emits. */
export function visitExpr(c: Compiler, e: ast.expr): void {
  const saved = c.saveLoc();
  c.setLoc(e);
  visitExpr1(c, e);
  c.restoreLoc(saved);
}

function visitExpr1(c: Compiler, e: ast.expr): void {
  switch (e._type) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addopI(op.COPY, 1);
      visitExpr(c, e.target);
      return;
    case 'BoolOp': return compileBoolOp(c, e);
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addopI(op.BINARY_OP, binopArg(e.op, false));
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      c.addop(UNARY_OP[e.op]);
      return;
    case 'Lambda': return compileLambda(c, e);
    case 'IfExp': return compileIfExp(c, e);
    case 'Dict': return compileDict(c, e);
    case 'Set': return starunpackHelper(c, e.elts, 0, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE, false);
    case 'GeneratorExp': return compileComprehension(c, e, 'genexpr', '<genexpr>', e.generators, e.elt, null);
    case 'ListComp': return compileComprehension(c, e, 'list', '<listcomp>', e.generators, e.elt, null);
    case 'SetComp': return compileComprehension(c, e, 'set', '<setcomp>', e.generators, e.elt, null);
    case 'DictComp': return compileComprehension(c, e, 'dict', '<dictcomp>', e.generators, e.key, e.value);
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(NONE);
      c.addYield();
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function");
      if (c.u.scopeType === 'async_function') c.error("'yield from' inside async function");
      visitExpr(c, e.value);
      c.addop(op.GET_YIELD_FROM_ITER);
      c.loadConst(NONE);
      c.addYieldFrom();
      return;
    case 'Await':
      if (c.u.ste.type !== 'function') c.error("'await' outside function");
      if (c.u.scopeType !== 'async_function' && c.u.scopeType !== 'comprehension') c.error("'await' outside async function");
      visitExpr(c, e.value);
      c.addAwait(0);
      return;
    case 'Compare': return compileCompare(c, e);
    case 'Call': return compileCall(c, e);
    case 'Constant':
      c.loadConst(constantOf(e));
      return;
    case 'JoinedStr': return compileJoinedStr(c, e);
    case 'FormattedValue': return compileFormattedValue(c, e);
    case 'Attribute':
      visitExpr(c, e.value);
      updateStartLocationToMatchAttr(c, e);
      if (e.ctx === 'Load') c.addopName(op.LOAD_ATTR, e.attr);
      else if (e.ctx === 'Store') {
        c.checkForbiddenStore(e.attr);
        c.addopName(op.STORE_ATTR, e.attr);
      } else c.addopName(op.DELETE_ATTR, e.attr);
      return;
    case 'Subscript': return compileSubscript(c, e);
    case 'Starred':
      if (e.ctx === 'Store') c.error('starred assignment target must be in a list or tuple');
      c.error("can't use starred expression here");
      return;
    case 'Slice': return compileSlice(c, e);
    case 'Name':
      c.nameop(e.id, e.ctx === 'Load' ? 'Load' : e.ctx === 'Store' ? 'Store' : 'Del');
      return;
    case 'List':
      if (e.ctx === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx === 'Load') return starunpackHelper(c, e.elts, 0, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, false);
      for (const elt of e.elts) visitExpr(c, elt);
      return;
    case 'Tuple':
      if (e.ctx === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx === 'Load') return starunpackHelper(c, e.elts, 0, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, true);
      for (const elt of e.elts) visitExpr(c, elt);
      return;
  }
}

/** If an attribute access spans lines, point the start location at the attribute name. */
export function updateStartLocationToMatchAttr(c: Compiler, attr: ast.Attribute): void {
  const l = c.u.loc;
  if (l.lineno === attr.end_lineno) return;
  l.lineno = attr.end_lineno;
  const len = Array.from(attr.attr).length;
  if (len <= attr.end_col_offset) {
    l.col_offset = attr.end_col_offset - len;
  } else {
    l.col_offset = -1;
    l.end_col_offset = -1;
  }
  l.end_lineno = Math.max(l.lineno, l.end_lineno);
  if (l.lineno === l.end_lineno) l.end_col_offset = Math.max(l.col_offset, l.end_col_offset);
}

// ---- conditions ----

function compileBoolOp(c: Compiler, e: ast.BoolOp): void {
  const jump = e.op === 'And' ? op.JUMP_IF_FALSE_OR_POP : op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]);
    c.addopJ(jump, end);
    c.useNextBlock(c.newBlock());
  }
  visitExpr(c, e.values[n]);
  c.useNextBlock(end);
}

/** Jump to `next` if the truth of `e` equals `cond`, else fall through (CPython's compiler_jump_if). */
export function jumpIf(c: Compiler, e: ast.expr, next: BasicBlock, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const n = e.values.length - 1;
      const cond2 = e.op === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      for (let i = 0; i < n; i++) jumpIf(c, e.values[i], next2, cond2);
      jumpIf(c, e.values[n], next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock();
      const next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.addopJNoline(op.JUMP, end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case 'Compare': {
      c.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.addopI(op.SWAP, 2);
          c.addopI(op.COPY, 2);
          addCompare(c, e.ops[i]);
          c.addopJ(op.POP_JUMP_IF_FALSE, cleanup);
        }
        visitExpr(c, e.comparators[n]);
        addCompare(c, e.ops[n]);
        c.addopJ(cond ? op.POP_JUMP_IF_TRUE : op.POP_JUMP_IF_FALSE, next);
        const end = c.newBlock();
        c.addopJNoline(op.JUMP, end);
        c.useNextBlock(cleanup);
        c.addop(op.POP_TOP);
        if (!cond) c.addopJNoline(op.JUMP, next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  visitExpr(c, e);
  c.addopJ(cond ? op.POP_JUMP_IF_TRUE : op.POP_JUMP_IF_FALSE, next);
}

function compileIfExp(c: Compiler, e: ast.IfExp): void {
  const end = c.newBlock();
  const next = c.newBlock();
  jumpIf(c, e.test, next, false);
  visitExpr(c, e.body);
  c.addopJNoline(op.JUMP, end);
  c.useNextBlock(next);
  visitExpr(c, e.orelse);
  c.useNextBlock(end);
}

// ---- comparisons ----

const CMP_ARG: Partial<Record<ast.cmpop, number>> = {
  Eq: op.CMP_EQ, NotEq: op.CMP_NE, Lt: op.CMP_LT, LtE: op.CMP_LE, Gt: op.CMP_GT, GtE: op.CMP_GE,
};

export function addCompare(c: Compiler, cmp: ast.cmpop): void {
  switch (cmp) {
    case 'Is': c.addopI(op.IS_OP, 0); return;
    case 'IsNot': c.addopI(op.IS_OP, 1); return;
    case 'In': c.addopI(op.CONTAINS_OP, 0); return;
    case 'NotIn': c.addopI(op.CONTAINS_OP, 1); return;
    default: c.addopI(op.COMPARE_OP, CMP_ARG[cmp]!);
  }
}

/** False for a constant other than None/True/False/Ellipsis (an "is" operand worth a warning). */
function isSingletonOrNonConstant(e: ast.expr): boolean {
  if (e._type !== 'Constant') return true;
  const v = constantOf(e);
  return v.kind === 'None' || v.kind === 'bool' || v.kind === 'Ellipsis';
}

function checkCompare(c: Compiler, e: ast.Compare): void {
  let left = isSingletonOrNonConstant(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const cmp = e.ops[i];
    const right = isSingletonOrNonConstant(e.comparators[i]);
    if ((cmp === 'Is' || cmp === 'IsNot') && (!right || !left)) {
      c.warn(cmp === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
      return;
    }
    left = right;
  }
}

function compileCompare(c: Compiler, e: ast.Compare): void {
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, e.ops[0]);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addopI(op.SWAP, 2);
    c.addopI(op.COPY, 2);
    addCompare(c, e.ops[i]);
    c.addopJ(op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, e.ops[n]);
  const end = c.newBlock();
  c.addopJNoline(op.JUMP, end);
  c.useNextBlock(cleanup);
  c.addopI(op.SWAP, 2);
  c.addop(op.POP_TOP);
  c.useNextBlock(end);
}

// ---- displays ----

const allConstant = (elts: (ast.expr | null)[]): boolean => elts.every((e) => e !== null && e._type === 'Constant');

/** Build a list/tuple/set from `elts` (possibly starred) on top of `pushed` items already on the stack. */
export function starunpackHelper(c: Compiler, elts: ast.expr[], pushed: number, build: number, add: number,
  extend: number, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && allConstant(elts)) {
    let folded: ConstValue = { kind: 'tuple', items: elts.map((e) => constantOf(e as ast.Constant)) };
    if (tuple && !pushed) {
      c.loadConst(folded);
    } else {
      if (add === op.SET_ADD) folded = { kind: 'frozenset', items: folded.kind === 'tuple' ? folded.items : [] };
      c.addopI(build, pushed);
      c.loadConst(folded);
      c.addopI(extend, 1);
      if (tuple) c.addop(op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e._type === 'Starred');
  if (!seenStar && !big) {
    for (const elt of elts) visitExpr(c, elt);
    c.addopI(tuple ? op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let sequenceBuilt = false;
  if (big) {
    c.addopI(build, pushed);
    sequenceBuilt = true;
  }
  elts.forEach((elt, i) => {
    if (elt._type === 'Starred') {
      if (!sequenceBuilt) {
        c.addopI(build, i + pushed);
        sequenceBuilt = true;
      }
      visitExpr(c, elt.value);
      c.addopI(extend, 1);
    } else {
      visitExpr(c, elt);
      if (sequenceBuilt) c.addopI(add, 1);
    }
  });
  if (tuple) c.addop(op.LIST_TO_TUPLE);
}

function compileSubdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConstant(e.keys.slice(begin, end))) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    const keys = e.keys.slice(begin, end).map((k) => constantOf(k as ast.Constant));
    c.loadConst({ kind: 'tuple', items: keys });
    c.addopI(op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopI(op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]);
    if (big) c.addopI(op.MAP_ADD, 1);
  }
  if (!big) c.addopI(op.BUILD_MAP, n);
}

function compileDict(c: Compiler, e: ast.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null;
    if (isUnpacking) {
      if (elements) {
        compileSubdict(c, e, i - elements, i);
        if (haveDict) c.addopI(op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI(op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.addopI(op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compileSubdict(c, e, i - elements, i + 1);
      if (haveDict) c.addopI(op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compileSubdict(c, e, n - elements, n);
    if (haveDict) c.addopI(op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.addopI(op.BUILD_MAP, 0);
}

// ---- calls ----

/** The Python type name CPython's infer_type gives an expression, or null. */
function inferTypeName(e: ast.expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': {
      const v = constantOf(e);
      const names: Record<string, string> = { None: 'NoneType', Ellipsis: 'ellipsis', bool: 'bool', int: 'int',
        float: 'float', complex: 'complex', str: 'str', bytes: 'bytes', tuple: 'tuple', frozenset: 'frozenset', code: 'code' };
      return names[v.kind];
    }
    default: return null;
  }
}

function checkCaller(c: Compiler, e: ast.expr): void {
  switch (e._type) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set':
    case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      c.warn(`'${inferTypeName(e)}' object is not callable; perhaps you missed a comma?`);
      break;
    default: break;
  }
}

function validateKeywords(c: Compiler, keywords: ast.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i];
    if (key.arg === null) continue;
    c.checkForbiddenStore(key.arg);
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j];
      if (other.arg !== null && other.arg === key.arg) {
        c.setLoc(other);
        c.error(`keyword argument repeated: ${key.arg}`);
      }
    }
  }
}

/** Whether `e` names something the module imported (such calls avoid LOAD_METHOD). */
function isImportOriginated(c: Compiler, e: ast.expr): boolean {
  if (e._type !== 'Name') return false;
  return (c.st.top.flagsOf(e.id) & DEF_IMPORT) !== 0;
}

function callSimpleKwHelper(c: Compiler, keywords: ast.keyword[]): void {
  const names: ConstValue = { kind: 'tuple', items: keywords.map((k) => constStr(k.arg!)) };
  c.addopI(op.KW_NAMES, c.addConst(names));
}

/** `obj.meth(args)` as LOAD_METHOD + CALL when possible; returns false if not applicable. */
function maybeOptimizeMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = e.args.length, kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === 'Starred')) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  visitExpr(c, meth.value);
  c.setLoc(meth);
  updateStartLocationToMatchAttr(c, meth);
  c.addopName(op.LOAD_METHOD, meth.attr);
  for (const a of e.args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of e.keywords) visitExpr(c, k.value);
    callSimpleKwHelper(c, e.keywords);
  }
  c.setLoc(e);
  updateStartLocationToMatchAttr(c, meth);
  c.addopI(op.CALL, argsl + kwdsl);
  return true;
}

function compileCall(c: Compiler, e: ast.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  c.setLoc(e.func);
  c.addop(op.PUSH_NULL);
  c.setLoc(e);
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

function compileSubkwargs(c: Compiler, keywords: ast.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    c.loadConst({ kind: 'tuple', items: keywords.slice(begin, end).map((k) => constStr(k.arg!)) });
    c.addopI(op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addopINoline(op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(constStr(keywords[i].arg!));
    visitExpr(c, keywords[i].value);
    if (big) c.addopINoline(op.MAP_ADD, 1);
  }
  if (!big) c.addopI(op.BUILD_MAP, n);
}

/** The arguments and CALL of a call whose callable (and `n` extra leading args) are pushed. */
export function callHelper(c: Compiler, n: number, args: ast.expr[], keywords: ast.keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length, nkwelts = keywords.length;
  const needsEx = nelts + nkwelts * 2 > STACK_USE_GUIDELINE
    || args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null);
  if (!needsEx) {
    for (const a of args) visitExpr(c, a);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, keywords);
    }
    c.addopI(op.CALL, n + nelts + nkwelts);
    return;
  }
  if (n === 0 && nelts === 1 && args[0]._type === 'Starred') {
    visitExpr(c, args[0].value);
  } else {
    starunpackHelper(c, args, n, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((kw, i) => {
      if (kw.arg === null) {
        if (nseen) {
          compileSubkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.addopI(op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI(op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addopI(op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    });
    if (nseen) {
      compileSubkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(op.DICT_MERGE, 1);
    }
  }
  c.addopI(op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

// ---- f-strings ----

function compileJoinedStr(c: Compiler, e: ast.JoinedStr): void {
  if (e.values.length > STACK_USE_GUIDELINE) {
    c.loadConst(constStr(''));
    c.addopN(op.LOAD_METHOD, 'join');
    c.addopI(op.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addopI(op.LIST_APPEND, 1);
    }
    c.addopI(op.CALL, 1);
    return;
  }
  for (const v of e.values) visitExpr(c, v);
  if (e.values.length !== 1) c.addopI(op.BUILD_STRING, e.values.length);
}

function compileFormattedValue(c: Compiler, e: ast.FormattedValue): void {
  visitExpr(c, e.value);
  let oparg: number;
  switch (e.conversion) {
    case 115: oparg = 1; break; // 's'
    case 114: oparg = 2; break; // 'r'
    case 97: oparg = 3; break;  // 'a'
    case -1: oparg = 0; break;
    default: throw new Error(`compiler: unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    oparg |= 4;
  }
  c.addopI(op.FORMAT_VALUE, oparg);
}

// ---- subscripts ----

function checkSubscripter(c: Compiler, e: ast.expr): void {
  switch (e._type) {
    case 'Constant': {
      const v = constantOf(e);
      if (!(v.kind === 'None' || v.kind === 'Ellipsis' || v.kind === 'int' || v.kind === 'bool'
        || v.kind === 'float' || v.kind === 'complex' || v.kind === 'frozenset')) return;
      break;
    }
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'Lambda': break;
    default: return;
  }
  c.warn(`'${inferTypeName(e)}' object is not subscriptable; perhaps you missed a comma?`);
}

function checkIndex(c: Compiler, e: ast.expr, s: ast.expr): void {
  const indexType = inferTypeName(s);
  if (indexType === null || indexType === 'int' || indexType === 'bool' || s._type === 'Slice') return;
  switch (e._type) {
    case 'Constant': {
      const v = constantOf(e);
      if (!(v.kind === 'str' || v.kind === 'bytes' || v.kind === 'tuple')) return;
      break;
    }
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue': break;
    default: return;
  }
  c.warn(`${inferTypeName(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

function compileSubscript(c: Compiler, e: ast.Subscript): void {
  if (e.ctx === 'Load') {
    checkSubscripter(c, e.value);
    checkIndex(c, e.value, e.slice);
  }
  const opcode = e.ctx === 'Load' ? op.BINARY_SUBSCR : e.ctx === 'Store' ? op.STORE_SUBSCR : op.DELETE_SUBSCR;
  visitExpr(c, e.value);
  visitExpr(c, e.slice);
  c.addop(opcode);
}

function compileSlice(c: Compiler, s: ast.Slice): void {
  let n = 2;
  if (s.lower) visitExpr(c, s.lower); else c.loadConst(NONE);
  if (s.upper) visitExpr(c, s.upper); else c.loadConst(NONE);
  if (s.step) { n++; visitExpr(c, s.step); }
  c.addopI(op.BUILD_SLICE, n);
}

// ---- functions: defaults, lambda ----

export function checkDebugArgs(c: Compiler, args: ast.arguments): void {
  for (const a of [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []),
    ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])]) {
    c.checkForbiddenStore(a.arg);
  }
}

/** Push the defaults tuple and kw-defaults dict of a function; returns the MAKE_FUNCTION flags. */
export function defaultArguments(c: Compiler, args: ast.arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addopI(op.BUILD_TUPLE, args.defaults.length);
    flags |= 0x01;
  }
  const keys: ConstValue[] = [];
  args.kwonlyargs.forEach((arg, i) => {
    const d = args.kw_defaults[i];
    if (d) {
      keys.push(constStr(c.mangle(arg.arg)));
      visitExpr(c, d);
    }
  });
  if (keys.length) {
    c.loadConst({ kind: 'tuple', items: keys });
    c.addopI(op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= 0x02;
  }
  return flags;
}

function compileLambda(c: Compiler, e: ast.Lambda): void {
  const args = e.args;
  checkDebugArgs(c, args);
  const flags = defaultArguments(c, args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  c.addConst(NONE); // so a lambda can't have a docstring
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  visitExpr(c, e.body);
  let code;
  if (c.u.ste.generator) {
    code = c.assemble(false);
  } else {
    c.addop(op.RETURN_VALUE);
    code = c.assemble(true);
  }
  c.exitScope();
  c.makeClosure(code, flags);
}

// ---- comprehensions ----

type ComprehensionType = 'genexpr' | 'list' | 'set' | 'dict';

function compileComprehensionGenerator(c: Compiler, generators: ast.comprehension[], genIndex: number,
  depth: number, elt: ast.expr, val: ast.expr | null, type: ComprehensionType): void {
  const gen = generators[genIndex];
  if (gen.is_async) return compileAsyncComprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  let start: BasicBlock | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addopI(op.LOAD_FAST, 0);
  } else {
    // `for y in [f(x)]`: bind y without iterating
    const elts = gen.iter._type === 'List' || gen.iter._type === 'Tuple' ? gen.iter.elts : null;
    if (elts && elts.length === 1 && elts[0]._type !== 'Starred') {
      visitExpr(c, elts[0]);
      start = null;
    }
    if (start) {
      visitExpr(c, gen.iter);
      c.addop(op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.addopJ(op.FOR_ITER, anchor);
  }
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  if (++genIndex < generators.length) {
    compileComprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  }
  if (genIndex >= generators.length) comprehensionElement(c, depth, elt, val, type);
  c.useNextBlock(ifCleanup);
  if (start) {
    c.addopJ(op.JUMP, start);
    c.useNextBlock(anchor);
  }
}

/** One `async for` clause of a comprehension (GET_ANEXT + await, ended by END_ASYNC_FOR). */
function compileAsyncComprehensionGenerator(c: Compiler, generators: ast.comprehension[], genIndex: number,
  depth: number, elt: ast.expr, val: ast.expr | null, type: ComprehensionType): void {
  const gen = generators[genIndex];
  const start = c.newBlock(), except = c.newBlock(), ifCleanup = c.newBlock();
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addopI(op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.addop(op.GET_AITER);
  }
  c.useNextBlock(start);
  c.pushFBlock('ASYNC_COMPREHENSION_GENERATOR', start, null);
  c.addopJ(op.SETUP_FINALLY, except);
  c.addop(op.GET_ANEXT);
  c.loadConst(NONE);
  c.addYieldFrom(true);
  c.addop(op.POP_BLOCK);
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  depth++;
  if (++genIndex < generators.length) {
    compileComprehensionGenerator(c, generators, genIndex, depth, elt, val, type);
  }
  if (genIndex >= generators.length) comprehensionElement(c, depth, elt, val, type);
  c.useNextBlock(ifCleanup);
  c.addopJ(op.JUMP, start);
  c.popFBlock('ASYNC_COMPREHENSION_GENERATOR', start);
  c.useNextBlock(except);
  c.addop(op.END_ASYNC_FOR);
}

/** The innermost part of a comprehension: yield / append / add the element. */
function comprehensionElement(c: Compiler, depth: number, elt: ast.expr, val: ast.expr | null, type: ComprehensionType): void {
    switch (type) {
      case 'genexpr':
        visitExpr(c, elt);
        c.addYield();
        c.addop(op.POP_TOP);
        break;
      case 'list':
        visitExpr(c, elt);
        c.addopI(op.LIST_APPEND, depth + 1);
        break;
      case 'set':
        visitExpr(c, elt);
        c.addopI(op.SET_ADD, depth + 1);
        break;
      case 'dict':
        visitExpr(c, elt);
        visitExpr(c, val!);
        c.addopI(op.MAP_ADD, depth + 1);
        break;
    }
}

function compileComprehension(c: Compiler, e: ast.expr, type: ComprehensionType, name: string,
  generators: ast.comprehension[], elt: ast.expr, val: ast.expr | null): void {
  const outermost = generators[0];
  const outerScope = c.u.scopeType;
  c.enterScope(name, 'comprehension', e, e.lineno);
  c.setLoc(e as ast.Located);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && type !== 'genexpr' && outerScope !== 'async_function' && outerScope !== 'comprehension') {
    c.error('asynchronous comprehension outside of an asynchronous function');
  }
  if (type !== 'genexpr') {
    c.addopI(type === 'list' ? op.BUILD_LIST : type === 'set' ? op.BUILD_SET : op.BUILD_MAP, 0);
  }
  compileComprehensionGenerator(c, generators, 0, 0, elt, val, type);
  if (type !== 'genexpr') c.addop(op.RETURN_VALUE);
  const code = c.assemble(true);
  c.exitScope();
  c.makeClosure(code, 0);
  visitExpr(c, outermost.iter);
  c.addop(outermost.is_async ? op.GET_AITER : op.GET_ITER);
  c.addopI(op.CALL, 0);
  if (isAsyncGenerator && type !== 'genexpr') c.addAwait(0);
}
