// LAYER: compiler. Small helpers over AST nodes shared by the compiler passes.

import type { expr, stmt } from '../parser/ast.js';

/** The docstring of a body: its first statement if that is a string constant expression. */
export function docstringOf(body: stmt[]): string | null {
  const first = body[0];
  if (!first || first._type !== 'Expr') return null;
  const v = first.value;
  if (v._type !== 'Constant' || v.value.kind !== 'str') return null;
  return v.value.value;
}

/** A location (all four fields). */
export interface Loc { lineno: number; end_lineno: number; col_offset: number; end_col_offset: number }

export const hasStarred = (elts: expr[]): boolean => elts.some((e) => e._type === 'Starred');
