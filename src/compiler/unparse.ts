// LAYER: compiler. Expression unparsing (CPython 3.11's ast_unparse.c), used for annotations
// under `from __future__ import annotations`: the annotation is stored as the string this
// produces. Its output (spacing, parentheses by precedence, constant reprs, 1e309 for infinity)
// matches CPython's C unparser, which differs in places from Python's ast.unparse.

import type * as ast from '../parser/ast.js';
import type { ConstValue } from './codeunit.js';
import { constRepr, strRepr } from './consts.js';
import { constantOf } from './optimize.js';

// Precedence levels.
const PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_EXPR = 6,
  PR_BOR = PR_EXPR, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11,
  PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

const BINOPS: Record<ast.operator, [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH], Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND], FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};

const UNARYOPS: Record<ast.unaryop, [string, number]> = {
  Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR],
};

const CMPOPS: Record<ast.cmpop, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ',
  IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

const paren = (cond: boolean, s: string): string => (cond ? '(' + s + ')' : s);

function constantText(v: ConstValue): string {
  if (v.kind === 'tuple') {
    const items = v.items.map(constantText);
    return '(' + items.join(', ') + (items.length === 1 ? ',' : '') + ')';
  }
  const r = constRepr(v);
  if ((v.kind === 'float' && !Number.isFinite(v.value) && !Number.isNaN(v.value)) || v.kind === 'complex') {
    return r.replaceAll('inf', '1e309');
  }
  return r;
}

function argText(a: ast.arg): string {
  return a.annotation ? `${a.arg}: ${expr(a.annotation, PR_TEST)}` : a.arg;
}

function argsText(args: ast.arguments): string {
  const parts: string[] = [];
  const positional = [...args.posonlyargs, ...args.args];
  const npos = args.posonlyargs.length;
  positional.forEach((a, i) => {
    let s = argText(a);
    const di = i - positional.length + args.defaults.length;
    if (di >= 0) s += '=' + expr(args.defaults[di], PR_TEST);
    if (npos && i + 1 === npos) s += ', /';
    parts.push(s);
  });
  if (args.vararg || args.kwonlyargs.length) parts.push('*' + (args.vararg ? argText(args.vararg) : ''));
  args.kwonlyargs.forEach((a, i) => {
    let s = argText(a);
    const di = i - args.kwonlyargs.length + args.kw_defaults.length;
    const d = di >= 0 ? args.kw_defaults[di] : null;
    if (d) s += '=' + expr(d, PR_TEST);
    parts.push(s);
  });
  if (args.kwarg) parts.push('**' + argText(args.kwarg));
  return parts.join(', ');
}

function comprehensionsText(gens: ast.comprehension[]): string {
  return gens.map((g) => (g.is_async ? ' async for ' : ' for ') + expr(g.target, PR_TUPLE) + ' in '
    + expr(g.iter, PR_TEST + 1) + g.ifs.map((i) => ' if ' + expr(i, PR_TEST + 1)).join('')).join('');
}

const escapeBraces = (s: string): string => s.replaceAll('{', '{{').replaceAll('}', '}}');

function fstringElement(e: ast.expr, isFormatSpec: boolean): string {
  switch (e._type) {
    case 'Constant': {
      const v = constantOf(e);
      return escapeBraces(v.kind === 'str' ? v.value : constRepr(v));
    }
    case 'JoinedStr': return joinedStr(e, isFormatSpec);
    case 'FormattedValue': return formattedValue(e);
    default: throw new Error('unknown expression kind inside f-string');
  }
}

function joinedStr(e: ast.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join('');
  return isFormatSpec ? body : 'f' + strRepr(body);
}

function formattedValue(e: ast.FormattedValue): string {
  const inner = expr(e.value, PR_TEST + 1);
  let s = (inner.startsWith('{') ? '{ ' : '{') + inner;
  if (e.conversion > 0) s += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec) s += ':' + fstringElement(e.format_spec, true);
  return s + '}';
}

function expr(e: ast.expr, level: number): string {
  switch (e._type) {
    case 'BoolOp': {
      const [sep, pr] = e.op === 'And' ? [' and ', PR_AND] : [' or ', PR_OR];
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(sep));
    }
    case 'BinOp': {
      const [sym, pr] = BINOPS[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + sym + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [sym, pr] = UNARYOPS[e.op];
      return paren(level > pr, sym + expr(e.operand, pr));
    }
    case 'Lambda': {
      const npos = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR_TEST, (npos ? 'lambda ' : 'lambda') + argsText(e.args) + ': ' + expr(e.body, PR_TEST));
    }
    case 'IfExp':
      return paren(level > PR_TEST, expr(e.body, PR_TEST + 1) + ' if ' + expr(e.test, PR_TEST + 1) + ' else '
        + expr(e.orelse, PR_TEST));
    case 'Dict':
      return '{' + e.values.map((v, i) => {
        const k = e.keys[i];
        return k ? expr(k, PR_TEST) + ': ' + expr(v, PR_TEST) : '**' + expr(v, PR_EXPR);
      }).join(', ') + '}';
    case 'Set': return '{' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + '}';
    case 'GeneratorExp': return '(' + expr(e.elt, PR_TEST) + comprehensionsText(e.generators) + ')';
    case 'ListComp': return '[' + expr(e.elt, PR_TEST) + comprehensionsText(e.generators) + ']';
    case 'SetComp': return '{' + expr(e.elt, PR_TEST) + comprehensionsText(e.generators) + '}';
    case 'DictComp':
      return '{' + expr(e.key, PR_TEST) + ': ' + expr(e.value, PR_TEST) + comprehensionsText(e.generators) + '}';
    case 'Yield': return e.value ? '(yield ' + expr(e.value, PR_TEST) + ')' : '(yield)';
    case 'YieldFrom': return '(yield from ' + expr(e.value, PR_TEST) + ')';
    case 'Await': return paren(level > PR_AWAIT, 'await ' + expr(e.value, PR_ATOM));
    case 'Compare':
      return paren(level > PR_CMP, expr(e.left, PR_CMP + 1)
        + e.ops.map((o, i) => CMPOPS[o] + expr(e.comparators[i], PR_CMP + 1)).join(''));
    case 'Call': {
      const func = expr(e.func, PR_ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
        return func + expr(e.args[0], PR_TEST);
      }
      const parts = [
        ...e.args.map((a) => expr(a, PR_TEST)),
        ...e.keywords.map((k) => (k.arg === null ? '**' : k.arg + '=') + expr(k.value, PR_TEST)),
      ];
      return func + '(' + parts.join(', ') + ')';
    }
    case 'Constant': {
      const v = constantOf(e);
      if (v.kind === 'Ellipsis') return '...';
      return (e.kind ?? '') + constantText(v);
    }
    case 'JoinedStr': return joinedStr(e, false);
    case 'FormattedValue': return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      const period = v._type === 'Constant' && constantOf(v).kind === 'int' ? ' .' : '.';
      return expr(v, PR_ATOM) + period + e.attr;
    }
    case 'Subscript': {
      const slice = e.slice;
      const lvl = slice._type === 'Tuple' && slice.elts.some((x) => x._type === 'Starred') ? PR_TUPLE + 1 : PR_TUPLE;
      return expr(e.value, PR_ATOM) + '[' + expr(slice, lvl) + ']';
    }
    case 'Starred': return '*' + expr(e.value, PR_EXPR);
    case 'Slice':
      return (e.lower ? expr(e.lower, PR_TEST) : '') + ':' + (e.upper ? expr(e.upper, PR_TEST) : '')
        + (e.step ? ':' + expr(e.step, PR_TEST) : '');
    case 'Name': return e.id;
    case 'List': return '[' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + ']';
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const body = e.elts.map((x) => expr(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : '');
      return paren(level > PR_TUPLE, body);
    }
    case 'NamedExpr':
      return paren(level > PR_TUPLE, expr(e.target, PR_ATOM) + ' := ' + expr(e.value, PR_ATOM));
  }
}

/** The source text CPython stores for an annotation under `from __future__ import annotations`. */
export function unparseExpr(e: ast.expr): string {
  return expr(e, PR_TEST);
}
