// LAYER: compiler. Code generation for assignments (CPython 3.11's compile.c): unpacking into
// targets (UNPACK_SEQUENCE / UNPACK_EX), plain and chained assignment, augmented assignment on
// names, attributes and subscripts (3.11's COPY/SWAP sequences), and annotated assignment.

import type * as ast from '../parser/ast.js';
import * as op from './opcodes.js';
import type { Compiler } from './codegen.js';
import { constStr } from './consts.js';
import { binopArg, updateStartLocationToMatchAttr, visitExpr } from './codegen_expr.js';
import { CO_FUTURE_ANNOTATIONS } from './future.js';
import { unparseExpr } from './unparse.js';

function unpackHelper(c: Compiler, elts: ast.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= (0x7fffffff >> 8)) c.error('too many expressions in star-unpacking assignment');
      c.addopI(op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === 'Starred') {
      c.error('multiple starred expressions in assignment');
    }
  }
  if (!seenStar) c.addopI(op.UNPACK_SEQUENCE, n);
}

/** Unpack the value on the stack into the targets `elts` (a tuple/list target). */
export function assignmentHelper(c: Compiler, elts: ast.expr[]): void {
  unpackHelper(c, elts);
  for (const elt of elts) visitExpr(c, elt._type === 'Starred' ? elt.value : elt);
}

/** `t1 = t2 = value` */
export function compileAssign(c: Compiler, s: ast.Assign): void {
  const n = s.targets.length;
  visitExpr(c, s.value);
  s.targets.forEach((t, i) => {
    if (i < n - 1) c.addopI(op.COPY, 1);
    visitExpr(c, t);
  });
}

/** `target op= value` */
export function compileAugAssign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  const saved = c.saveLoc();
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addopI(op.COPY, 1);
      updateStartLocationToMatchAttr(c, e);
      c.addopName(op.LOAD_ATTR, e.attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addopI(op.COPY, 2);
      c.addopI(op.COPY, 2);
      c.addop(op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameop(e.id, 'Load');
      break;
    default:
      throw new Error(`compiler: invalid node type ${e._type} for augmented assignment`);
  }
  c.restoreLoc(saved);
  visitExpr(c, s.value);
  c.addopI(op.BINARY_OP, binopArg(s.op, true));
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      updateStartLocationToMatchAttr(c, e);
      c.addopI(op.SWAP, 2);
      c.addopName(op.STORE_ATTR, e.attr);
      break;
    case 'Subscript':
      c.addopI(op.SWAP, 3);
      c.addopI(op.SWAP, 2);
      c.addop(op.STORE_SUBSCR);
      break;
    case 'Name':
      c.nameop(e.id, 'Store');
      break;
  }
}

function checkAnnExpr(c: Compiler, e: ast.expr): void {
  visitExpr(c, e);
  c.addop(op.POP_TOP);
}

function checkAnnSubscr(c: Compiler, e: ast.expr): void {
  switch (e._type) {
    case 'Slice':
      if (e.lower) checkAnnExpr(c, e.lower);
      if (e.upper) checkAnnExpr(c, e.upper);
      if (e.step) checkAnnExpr(c, e.step);
      return;
    case 'Tuple':
      for (const elt of e.elts) checkAnnSubscr(c, elt);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

const futureAnnotations = (c: Compiler): boolean => (c.opts.flags & CO_FUTURE_ANNOTATIONS) !== 0;

/** Push an annotation: its value, or its source text under `from __future__ import annotations`. */
export function visitAnnotationValue(c: Compiler, annotation: ast.expr): void {
  if (futureAnnotations(c)) c.loadConst(constStr(unparseExpr(annotation)));
  else visitExpr(c, annotation);
}

/** `target: annotation [= value]` */
export function compileAnnAssign(c: Compiler, s: ast.AnnAssign): void {
  const targ = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  const inModuleOrClass = c.u.scopeType === 'module' || c.u.scopeType === 'class';
  switch (targ._type) {
    case 'Name':
      c.checkForbiddenStore(targ.id);
      if (s.simple && inModuleOrClass) {
        visitAnnotationValue(c, s.annotation);
        c.addopName(op.LOAD_NAME, '__annotations__');
        c.loadConst(constStr(c.mangle(targ.id)));
        c.addop(op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      c.checkForbiddenStore(targ.attr);
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`compiler: invalid node type ${targ._type} for annotated assignment`);
  }
  if (!s.simple && !futureAnnotations(c) && inModuleOrClass) checkAnnExpr(c, s.annotation);
}
