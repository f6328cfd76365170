// LAYER: parser — assignment and deletion targets.
//
// The parser reads targets as ordinary expressions and converts them afterwards: setContext()
// turns Name/Attribute/Subscript/Starred/Tuple/List into Store or Del context, and refuses
// anything else. When a target is invalid, findInvalidTarget() picks the sub-expression CPython
// blames and exprName() gives the words CPython uses for it ("cannot assign to function call").

import type { expr, expr_context } from './ast.js';

/** Which statement a target belongs to (they differ in how Starred and Compare are treated). */
export type TargetsKind = 'star' | 'del' | 'for';

/** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield':
    case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr':
    case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/**
 * Set the context of a target expression in place. Returns false when `e` cannot be a target
 * (the caller then fails or reports the error).
 */
export function setContext(e: expr, ctx: expr_context): boolean {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return true;
    case 'Starred':
      if (ctx === 'Del') return false;
      e.ctx = ctx;
      return setContext(e.value, ctx);
    case 'Tuple':
    case 'List':
      for (const elt of e.elts) if (!setContext(elt, ctx)) return false;
      e.ctx = ctx;
      return true;
    default:
      return false;
  }
}

/** CPython's _PyPegen_get_invalid_target: the part of a would-be target that makes it invalid. */
export function findInvalidTarget(e: expr, kind: TargetsKind): expr | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = findInvalidTarget(elt, kind);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      if (kind === 'del') return e;
      return findInvalidTarget(e.value, kind);
    case 'Compare':
      // In `for a in b`, `a in b` may have been read as a comparison: blame its left side.
      if (kind === 'for') return e.ops[0] === 'In' ? findInvalidTarget(e.left, kind) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** The message for an invalid target, or null when nothing in `e` is invalid. */
export function invalidTargetMessage(e: expr, kind: TargetsKind): { node: expr; msg: string } | null {
  const bad = findInvalidTarget(e, kind);
  if (!bad) return null;
  const verb = kind === 'del' ? 'delete' : 'assign to';
  return { node: bad, msg: `cannot ${verb} ${exprName(bad)}` };
}
