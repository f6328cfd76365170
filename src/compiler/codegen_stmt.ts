// LAYER: compiler. Code generation for statements (CPython 3.11's compile.c): function and
// class definitions (defaults, annotations, decorators, closures, the class body protocol with
// __module__/__qualname__/__classcell__), control flow (if/while/for with 3.11's loop shapes),
// try/except/except*/else/finally and with (SETUP_* blocks, PUSH_EXC_INFO/POP_EXCEPT, the
// duplicated finally body), async with / async for, return/break/continue unwinding the
// frame-block stack, imports, assert, raise, del, expression statements (PRINT_EXPR in
// interactive mode) and docstrings.

import type * as ast from '../parser/ast.js';
import * as op from './opcodes.js';
import type { Compiler } from './codegen.js';
import type { BasicBlock } from './cfg.js';
import type { FBlock } from './unit.js';
import { NONE, constInt, constStr } from './consts.js';
import { constantOf } from './optimize.js';
import { docstringOf } from './astutil.js';
import { callHelper, checkDebugArgs, defaultArguments, jumpIf, visitExpr } from './codegen_expr.js';
import { compileAnnAssign, compileAssign, compileAugAssign, visitAnnotationValue } from './codegen_assign.js';
import { compileMatch } from './codegen_pattern.js';

export function visitStmt(c: Compiler, s: ast.stmt): void {
  c.setLoc(s);
  switch (s._type) {
    case 'FunctionDef': return compileFunction(c, s);
    case 'AsyncFunctionDef': return compileFunction(c, s);
    case 'ClassDef': return compileClass(c, s);
    case 'Return': return compileReturn(c, s);
    case 'Delete': for (const t of s.targets) visitExpr(c, t); return;
    case 'Assign': return compileAssign(c, s);
    case 'AugAssign': return compileAugAssign(c, s);
    case 'AnnAssign': return compileAnnAssign(c, s);
    case 'For': return compileFor(c, s);
    case 'While': return compileWhile(c, s);
    case 'If': return compileIf(c, s);
    case 'Match': return compileMatch(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) { visitExpr(c, s.cause); n++; }
      }
      c.addopI(op.RAISE_VARARGS, n);
      return;
    }
    case 'Try': return s.finalbody.length ? compileTryFinally(c, s) : compileTryExcept(c, s);
    case 'TryStar': return s.finalbody.length ? compileTryFinally(c, s) : compileTryStarExcept(c, s);
    case 'Assert': return compileAssert(c, s);
    case 'Import': return compileImport(c, s);
    case 'ImportFrom': return compileFromImport(c, s);
    case 'Global': case 'Nonlocal': return;
    case 'Expr': return compileExprStmt(c, s.value);
    case 'Pass': c.addop(op.NOP); return;
    case 'Break': return compileBreak(c);
    case 'Continue': return compileContinue(c);
    case 'With': return compileWith(c, s, 0);
    case 'AsyncWith': return compileAsyncWith(c, s, 0);
    case 'AsyncFor': return compileAsyncFor(c, s);
  }
}

export function visitStmts(c: Compiler, stmts: ast.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

/** Whether a body contains (statically) an annotated assignment: module/class need __annotations__. */
export function findAnnotations(stmts: ast.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnnotations(st.body) || findAnnotations(st.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnnotations(st.body)) return true;
        break;
      case 'Try': case 'TryStar':
        if (st.handlers.some((h) => findAnnotations(h.body))) return true;
        if (findAnnotations(st.body) || findAnnotations(st.finalbody) || findAnnotations(st.orelse)) return true;
        break;
      case 'Match':
        if (st.cases.some((m) => findAnnotations(m.body))) return true;
        break;
      default: break;
    }
  }
  return false;
}

/** A module or class body: SETUP_ANNOTATIONS, the docstring stored as __doc__, the statements. */
export function compileBody(c: Compiler, stmts: ast.stmt[]): void {
  if (c.u.scopeType === 'module' && stmts.length) c.setLoc(stmts[0]);
  if (findAnnotations(stmts)) c.addop(op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  if (c.opts.optimize < 2 && docstringOf(stmts) !== null) {
    i = 1;
    visitExpr(c, (stmts[0] as ast.Expr).value);
    c.unsetLoc();
    c.nameop('__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

function compileExprStmt(c: Compiler, value: ast.expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.addop(op.PRINT_EXPR);
    return;
  }
  if (value._type === 'Constant') {
    c.addop(op.NOP);
    return;
  }
  visitExpr(c, value);
  c.unsetLoc();
  c.addop(op.POP_TOP);
}

// ---- functions and classes ----

function visitArgAnnotation(c: Compiler, id: string, annotation: ast.expr | null, count: { n: number }): void {
  if (!annotation) return;
  c.loadConst(constStr(c.mangle(id)));
  if ((c.opts.flags & 0x1000000) === 0 && annotation._type === 'Starred') {
    visitExpr(c, annotation.value);
    c.addopI(op.UNPACK_SEQUENCE, 1);
  } else {
    visitAnnotationValue(c, annotation);
  }
  count.n += 2;
}

/** Push the annotations tuple (name, value, ...) if there are any; returns whether one was pushed. */
function visitAnnotations(c: Compiler, args: ast.arguments, returns: ast.expr | null): boolean {
  const count = { n: 0 };
  for (const a of args.args) visitArgAnnotation(c, a.arg, a.annotation, count);
  for (const a of args.posonlyargs) visitArgAnnotation(c, a.arg, a.annotation, count);
  if (args.vararg?.annotation) visitArgAnnotation(c, args.vararg.arg, args.vararg.annotation, count);
  for (const a of args.kwonlyargs) visitArgAnnotation(c, a.arg, a.annotation, count);
  if (args.kwarg?.annotation) visitArgAnnotation(c, args.kwarg.arg, args.kwarg.annotation, count);
  visitArgAnnotation(c, 'return', returns, count);
  if (count.n) {
    c.addopI(op.BUILD_TUPLE, count.n);
    return true;
  }
  return false;
}

function applyDecorators(c: Compiler, decos: ast.expr[]): void {
  const saved = c.saveLoc();
  for (let i = decos.length - 1; i >= 0; i--) {
    c.setLoc(decos[i]);
    c.addopI(op.CALL, 0);
  }
  c.restoreLoc(saved);
}

function compileFunction(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  const { args, returns, decorator_list: decos, name, body } = s;
  checkDebugArgs(c, args);
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0].lineno : s.lineno;
  let flags = defaultArguments(c, args);
  if (visitAnnotations(c, args, returns)) flags |= 0x04;
  c.enterScope(name, s._type === 'AsyncFunctionDef' ? 'async_function' : 'function', s, firstlineno);
  const docstring = c.opts.optimize < 2 ? docstringOf(body) : null;
  c.addConst(docstring !== null ? constStr(docstring) : NONE);
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  for (let i = docstring !== null ? 1 : 0; i < body.length; i++) visitStmt(c, body[i]);
  const code = c.assemble(true);
  c.exitScope();
  c.makeClosure(code, flags);
  applyDecorators(c, decos);
  c.nameop(name, 'Store');
}

function compileClass(c: Compiler, s: ast.ClassDef): void {
  const decos = s.decorator_list;
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0].lineno : s.lineno;
  c.enterScope(s.name, 'class', s, firstlineno);
  c.u.privateName = s.name;
  c.nameop('__name__', 'Load');
  c.nameop('__module__', 'Store');
  c.loadConst(constStr(c.u.qualname));
  c.nameop('__qualname__', 'Store');
  compileBody(c, s.body);
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    c.addopI(op.LOAD_CLOSURE, c.u.cellIndex('__class__'));
    c.addopI(op.COPY, 1);
    c.nameop('__classcell__', 'Store');
  } else {
    c.loadConst(NONE);
  }
  c.addop(op.RETURN_VALUE);
  const code = c.assemble(true);
  c.exitScope();
  c.addop(op.PUSH_NULL);
  c.addop(op.LOAD_BUILD_CLASS);
  c.makeClosure(code, 0);
  c.loadConst(constStr(s.name));
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, decos);
  c.nameop(s.name, 'Store');
}

// ---- return / break / continue and frame-block unwinding ----

/**
 * Emit the cleanup of frame block `info` for a jump out of it. With `preserveTos`, the value on
 * top of the stack (a return value) is kept above whatever is popped.
 */
function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'WHILE_LOOP': case 'EXCEPTION_HANDLER': case 'EXCEPTION_GROUP_HANDLER': case 'ASYNC_COMPREHENSION_GENERATOR':
      return;
    case 'FOR_LOOP':
      if (preserveTos) c.addopI(op.SWAP, 2);
      c.addop(op.POP_TOP);
      return;
    case 'TRY_EXCEPT':
      c.addop(op.POP_BLOCK);
      return;
    case 'FINALLY_TRY':
      c.addop(op.POP_BLOCK);
      if (preserveTos) c.pushFBlock('POP_VALUE', null, null);
      visitStmts(c, info.datum as ast.stmt[]);
      if (preserveTos) c.popFBlock('POP_VALUE', null);
      c.unsetLoc();
      return;
    case 'FINALLY_END':
      if (preserveTos) c.addopI(op.SWAP, 2);
      c.addop(op.POP_TOP);
      if (preserveTos) c.addopI(op.SWAP, 2);
      c.addop(op.POP_BLOCK);
      c.addop(op.POP_EXCEPT);
      return;
    case 'WITH': case 'ASYNC_WITH':
      c.setLoc(info.datum as ast.stmt);
      c.addop(op.POP_BLOCK);
      if (preserveTos) c.addopI(op.SWAP, 2);
      c.callExitWithNones();
      if (info.type === 'ASYNC_WITH') c.addAwait(2);
      c.addop(op.POP_TOP);
      c.unsetLoc();
      return;
    case 'HANDLER_CLEANUP': {
      const name = info.datum as string | null;
      if (name !== null) c.addop(op.POP_BLOCK);
      if (preserveTos) c.addopI(op.SWAP, 2);
      c.addop(op.POP_BLOCK);
      c.addop(op.POP_EXCEPT);
      if (name !== null) {
        c.loadConst(NONE);
        c.nameop(name, 'Store');
        c.nameop(name, 'Del');
      }
      return;
    }
    case 'POP_VALUE':
      if (preserveTos) c.addopI(op.SWAP, 2);
      c.addop(op.POP_TOP);
      return;
  }
}

/**
 * Unwind the frame-block stack (innermost first). With `stopAtLoop`, stop at the innermost loop
 * and return it (for break/continue); returns null if there is none.
 */
function unwindFBlockStack(c: Compiler, preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
  const fblocks = c.u.fblocks;
  if (fblocks.length === 0) return null;
  const top = fblocks[fblocks.length - 1];
  if (top.type === 'EXCEPTION_GROUP_HANDLER') {
    c.error("'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (stopAtLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
  fblocks.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, stopAtLoop);
  fblocks.push(top);
  return loop;
}

function compileReturn(c: Compiler, s: ast.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (c.u.ste.type !== 'function') c.error("'return' outside function");
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator) c.error("'return' with value in async generator");
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    c.setLoc(value);
    c.addop(op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.addop(op.NOP);
  }
  unwindFBlockStack(c, preserveTos, false);
  if (value === null) c.loadConst(NONE);
  else if (!preserveTos) c.loadConst(constantOf(value as ast.Constant));
  c.addop(op.RETURN_VALUE);
}

function compileBreak(c: Compiler): void {
  const saved = c.saveLoc();
  c.addop(op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) {
    c.restoreLoc(saved);
    c.error("'break' outside loop");
  }
  unwindFBlock(c, loop, false);
  c.addopJ(op.JUMP, loop.exit!);
}

function compileContinue(c: Compiler): void {
  const saved = c.saveLoc();
  c.addop(op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) {
    c.restoreLoc(saved);
    c.error("'continue' not properly in loop");
  }
  c.addopJ(op.JUMP, loop.block!);
}

// ---- if / for / while ----

function compileIf(c: Compiler, s: ast.If): void {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJNoline(op.JUMP, end);
    c.useNextBlock(next);
    visitStmts(c, s.orelse);
  }
  c.useNextBlock(end);
}

function compileFor(c: Compiler, s: ast.For): void {
  const start = c.newBlock(), body = c.newBlock(), cleanup = c.newBlock(), end = c.newBlock();
  c.pushFBlock('FOR_LOOP', start, end);
  visitExpr(c, s.iter);
  c.addop(op.GET_ITER);
  c.useNextBlock(start);
  c.addopJ(op.FOR_ITER, cleanup);
  c.useNextBlock(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJ(op.JUMP, start);
  c.useNextBlock(cleanup);
  c.popFBlock('FOR_LOOP', start);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileWhile(c: Compiler, s: ast.While): void {
  const loop = c.newBlock(), body = c.newBlock(), anchor = c.newBlock(), end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFBlock('WHILE_LOOP', loop, end);
  jumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  visitStmts(c, s.body);
  c.setLoc(s);
  jumpIf(c, s.test, body, true);
  c.popFBlock('WHILE_LOOP', loop);
  c.useNextBlock(anchor);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/**
 *     <iter>; GET_AITER
 *  S: SETUP_FINALLY X; GET_ANEXT; <await>; POP_BLOCK; <target>; <body>; JUMP S
 *  X: END_ASYNC_FOR; <orelse>
 */
function compileAsyncFor(c: Compiler, s: ast.AsyncFor): void {
  if (c.u.scopeType !== 'async_function') c.error("'async for' outside async function");
  const start = c.newBlock(), except = c.newBlock(), end = c.newBlock();
  visitExpr(c, s.iter);
  c.addop(op.GET_AITER);
  c.useNextBlock(start);
  c.pushFBlock('FOR_LOOP', start, end);
  c.addopJ(op.SETUP_FINALLY, except);
  c.addop(op.GET_ANEXT);
  c.loadConst(NONE);
  c.addYieldFrom(true);
  c.addop(op.POP_BLOCK);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJ(op.JUMP, start);
  c.popFBlock('FOR_LOOP', start);
  c.useNextBlock(except);
  c.setLoc(s.iter);
  c.addop(op.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

// ---- try ----

/**
 *     SETUP_FINALLY L; <body>; POP_BLOCK; <finalbody>; JUMP E
 *  L: SETUP_CLEANUP C; PUSH_EXC_INFO; <finalbody>; RERAISE 0
 *  C: COPY 3; POP_EXCEPT; RERAISE 1
 *  E:
 */
function compileTryFinally(c: Compiler, s: ast.Try | ast.TryStar): void {
  const body = c.newBlock(), end = c.newBlock(), exit = c.newBlock(), cleanup = c.newBlock();
  c.addopJ(op.SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFBlock('FINALLY_TRY', body, end, s.finalbody);
  if (!s.handlers.length) visitStmts(c, s.body);
  else if (s._type === 'TryStar') compileTryStarExcept(c, s);
  else compileTryExcept(c, s);
  c.addopNoline(op.POP_BLOCK);
  c.popFBlock('FINALLY_TRY', body);
  visitStmts(c, s.finalbody);
  c.addopJNoline(op.JUMP, exit);
  c.useNextBlock(end);
  c.unsetLoc();
  c.addopJ(op.SETUP_CLEANUP, cleanup);
  c.addop(op.PUSH_EXC_INFO);
  c.pushFBlock('FINALLY_END', end, null);
  visitStmts(c, s.finalbody);
  c.popFBlock('FINALLY_END', end);
  c.addopI(op.RERAISE, 0);
  c.useNextBlock(cleanup);
  c.popExceptAndReraise();
  c.useNextBlock(exit);
}

/**
 *     SETUP_FINALLY H; <body>; POP_BLOCK; <orelse>; JUMP E
 *  H: SETUP_CLEANUP C; PUSH_EXC_INFO
 *     for each handler: <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
 *                       (store name | POP_TOP); <handler body in its own cleanup block>; JUMP E
 *     RERAISE 0
 *  C: COPY 3; POP_EXCEPT; RERAISE 1
 *  E:
 */
function compileTryExcept(c: Compiler, s: ast.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock(), cleanup = c.newBlock();
  c.addopJ(op.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock('TRY_EXCEPT', body, null);
  visitStmts(c, s.body);
  c.popFBlock('TRY_EXCEPT', body);
  c.addopNoline(op.POP_BLOCK);
  visitStmts(c, s.orelse);
  c.addopJNoline(op.JUMP, end);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ(op.SETUP_CLEANUP, cleanup);
  c.addop(op.PUSH_EXC_INFO);
  c.pushFBlock('EXCEPTION_HANDLER', null, null);
  s.handlers.forEach((handler, i) => {
    c.setLoc(handler);
    if (!handler.type && i < n - 1) c.error("default 'except:' must be last");
    except = c.newBlock();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(op.CHECK_EXC_MATCH);
      c.addopJ(op.POP_JUMP_IF_FALSE, except);
    }
    if (handler.name) {
      const cleanupEnd = c.newBlock(), cleanupBody = c.newBlock();
      c.nameop(handler.name, 'Store');
      c.addopJ(op.SETUP_CLEANUP, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock('HANDLER_CLEANUP', cleanupBody);
      c.unsetLoc();
      c.addop(op.POP_BLOCK);
      c.addop(op.POP_BLOCK);
      c.addop(op.POP_EXCEPT);
      c.loadConst(NONE);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
      c.addopJ(op.JUMP, end);
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      c.loadConst(NONE);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
      c.addopI(op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addop(op.POP_TOP);
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, null);
      visitStmts(c, handler.body);
      c.popFBlock('HANDLER_CLEANUP', cleanupBody);
      c.unsetLoc();
      c.addop(op.POP_BLOCK);
      c.addop(op.POP_EXCEPT);
      c.addopJ(op.JUMP, end);
    }
    c.useNextBlock(except);
  });
  c.unsetLoc();
  c.popFBlock('EXCEPTION_HANDLER', null);
  c.addopI(op.RERAISE, 0);
  c.useNextBlock(cleanup);
  c.popExceptAndReraise();
  c.useNextBlock(end);
}

/**
 *     SETUP_FINALLY H; <body>; POP_BLOCK; JUMP ELSE
 *  H: SETUP_CLEANUP C; PUSH_EXC_INFO; COPY 1; BUILD_LIST 0; SWAP 2      [orig, raised, exc]
 *     for each handler: <type>; CHECK_EG_MATCH; COPY 1; POP_JUMP_IF_NONE no_match
 *                       (store name | POP_TOP); SETUP_CLEANUP R; <body>; POP_BLOCK; JUMP next
 *                    R: LIST_APPEND 3; POP_TOP (exceptions raised in the body join the list)
 *     LIST_APPEND 1; PREP_RERAISE_STAR; re-raise the result unless it is None
 *  C: COPY 3; POP_EXCEPT; RERAISE 1
 *  ELSE: <orelse>
 */
function compileTryStarExcept(c: Compiler, s: ast.TryStar): void {
  const body = c.newBlock(), orelse = c.newBlock(), end = c.newBlock(), cleanup = c.newBlock();
  const reraiseStar = c.newBlock();
  let except = c.newBlock();
  c.addopJ(op.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock('TRY_EXCEPT', body, null);
  visitStmts(c, s.body);
  c.popFBlock('TRY_EXCEPT', body);
  c.addopNoline(op.POP_BLOCK);
  c.addopJNoline(op.JUMP, orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ(op.SETUP_CLEANUP, cleanup);
  c.addop(op.PUSH_EXC_INFO);
  c.pushFBlock('EXCEPTION_GROUP_HANDLER', null, null, 'except handler');
  s.handlers.forEach((handler, i) => {
    c.setLoc(handler);
    except = c.newBlock();
    const exceptWithError = c.newBlock(), noMatch = c.newBlock();
    if (i === 0) {
      c.addopI(op.COPY, 1);
      c.addopI(op.BUILD_LIST, 0);
      c.addopI(op.SWAP, 2);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(op.CHECK_EG_MATCH);
      c.addopI(op.COPY, 1);
      c.addopJ(op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newBlock(), cleanupBody = c.newBlock();
    if (handler.name) c.nameop(handler.name, 'Store');
    else c.addop(op.POP_TOP);
    c.addopJ(op.SETUP_CLEANUP, cleanupEnd);
    c.useNextBlock(cleanupBody);
    c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, handler.name);
    visitStmts(c, handler.body);
    c.popFBlock('HANDLER_CLEANUP', cleanupBody);
    c.unsetLoc();
    c.addop(op.POP_BLOCK);
    if (handler.name) {
      c.loadConst(NONE);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
    }
    c.addopJ(op.JUMP, except);
    c.useNextBlock(cleanupEnd);
    c.unsetLoc();
    if (handler.name) {
      c.loadConst(NONE);
      c.nameop(handler.name, 'Store');
      c.nameop(handler.name, 'Del');
    }
    c.addopI(op.LIST_APPEND, 3);
    c.addop(op.POP_TOP);
    c.addopJ(op.JUMP, exceptWithError);
    c.useNextBlock(except);
    c.addop(op.NOP);
    c.addopJ(op.JUMP, exceptWithError);
    c.useNextBlock(noMatch);
    c.addop(op.POP_TOP);
    c.useNextBlock(exceptWithError);
    if (i === n - 1) {
      c.addopI(op.LIST_APPEND, 1);
      c.addopJ(op.JUMP, reraiseStar);
    }
  });
  c.unsetLoc();
  c.popFBlock('EXCEPTION_GROUP_HANDLER', null);
  const reraise = c.newBlock();
  c.useNextBlock(reraiseStar);
  c.addop(op.PREP_RERAISE_STAR);
  c.addopI(op.COPY, 1);
  c.addopJ(op.POP_JUMP_IF_NOT_NONE, reraise);
  c.addop(op.POP_TOP);
  c.addop(op.POP_BLOCK);
  c.addop(op.POP_EXCEPT);
  c.addopJ(op.JUMP, end);
  c.useNextBlock(reraise);
  c.addop(op.POP_BLOCK);
  c.addopI(op.SWAP, 2);
  c.addop(op.POP_EXCEPT);
  c.addopI(op.RERAISE, 0);
  c.useNextBlock(cleanup);
  c.popExceptAndReraise();
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

// ---- with ----

/** [exit_func, lasti, prev_exc, exc, res] after WITH_EXCEPT_START: suppress or re-raise. */
function withExceptFinish(c: Compiler, cleanup: BasicBlock): void {
  c.unsetLoc();
  const exit = c.newBlock();
  c.addopJ(op.POP_JUMP_IF_TRUE, exit);
  c.addopI(op.RERAISE, 2);
  c.useNextBlock(cleanup);
  c.popExceptAndReraise();
  c.useNextBlock(exit);
  c.addop(op.POP_TOP);
  c.addop(op.POP_BLOCK);
  c.addop(op.POP_EXCEPT);
  c.addop(op.POP_TOP);
  c.addop(op.POP_TOP);
}

/**
 *     <expr>; BEFORE_WITH; SETUP_WITH F; (store | POP_TOP); <body>; POP_BLOCK
 *     LOAD_CONST None x3; CALL 2; POP_TOP; JUMP E
 *  F: SETUP_CLEANUP C; PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE T; RERAISE 2
 *  C: COPY 3; POP_EXCEPT; RERAISE 1
 *  T: POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP; POP_TOP
 *  E:
 */
function compileWith(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos];
  const block = c.newBlock(), final = c.newBlock(), exit = c.newBlock(), cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop(op.BEFORE_WITH);
  c.addopJ(op.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock('WITH', block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  c.unsetLoc();
  c.addop(op.POP_BLOCK);
  c.popFBlock('WITH', block);
  c.setLoc(s);
  c.callExitWithNones();
  c.addop(op.POP_TOP);
  c.addopJ(op.JUMP, exit);
  c.useNextBlock(final);
  c.addopJ(op.SETUP_CLEANUP, cleanup);
  c.addop(op.PUSH_EXC_INFO);
  c.addop(op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

/** `async with`: like `with`, awaiting __aenter__() and __aexit__(). */
function compileAsyncWith(c: Compiler, s: ast.AsyncWith, pos: number): void {
  if (c.u.scopeType !== 'async_function') c.error("'async with' outside async function");
  const item = s.items[pos];
  const block = c.newBlock(), final = c.newBlock(), exit = c.newBlock(), cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop(op.BEFORE_ASYNC_WITH);
  c.addAwait(1);
  c.addopJ(op.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock('ASYNC_WITH', block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileAsyncWith(c, s, pos);
  c.popFBlock('ASYNC_WITH', block);
  c.addop(op.POP_BLOCK);
  c.setLoc(s);
  c.callExitWithNones();
  c.addAwait(2);
  c.addop(op.POP_TOP);
  c.addopJ(op.JUMP, exit);
  c.useNextBlock(final);
  c.addopJ(op.SETUP_CLEANUP, cleanup);
  c.addop(op.PUSH_EXC_INFO);
  c.addop(op.WITH_EXCEPT_START);
  c.addAwait(2);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

// ---- imports ----

/** After IMPORT_NAME of a dotted name, bind `asname` to the innermost module. */
function importAs(c: Compiler, name: string, asname: string): void {
  const parts = name.split('.');
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      c.addopN(op.IMPORT_FROM, parts[i]);
      if (i === parts.length - 1) break;
      c.addopI(op.SWAP, 2);
      c.addop(op.POP_TOP);
    }
    c.nameop(asname, 'Store');
    c.addop(op.POP_TOP);
    return;
  }
  c.nameop(asname, 'Store');
}

function compileImport(c: Compiler, s: ast.Import): void {
  for (const alias of s.names) {
    c.loadConst(constInt(0));
    c.loadConst(NONE);
    c.addopName(op.IMPORT_NAME, alias.name);
    if (alias.asname) {
      importAs(c, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      c.nameop(dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

function compileFromImport(c: Compiler, s: ast.ImportFrom): void {
  c.loadConst(constInt(s.level ?? 0));
  const names = { kind: 'tuple' as const, items: s.names.map((a) => constStr(a.name)) };
  if (s.lineno > c.opts.futureLineno && s.module === '__future__') {
    c.error('from __future__ imports must occur at the beginning of the file');
  }
  c.loadConst(names);
  c.addopName(op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name.startsWith('*')) {
      c.addop(op.IMPORT_STAR);
      return;
    }
    c.addopName(op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, 'Store');
  }
  c.addop(op.POP_TOP);
}

// ---- assert ----

function compileAssert(c: Compiler, s: ast.Assert): void {
  const test = s.test;
  const nonEmptyTuple = (test._type === 'Tuple' && test.elts.length > 0)
    || (test._type === 'Constant' && (() => { const v = constantOf(test); return v.kind === 'tuple' && v.items.length > 0; })());
  if (nonEmptyTuple) c.warn('assertion is always true, perhaps remove parentheses?');
  if (c.opts.optimize) return;
  const end = c.newBlock();
  jumpIf(c, test, end, true);
  c.addop(op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addopI(op.CALL, 0);
  }
  c.addopI(op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}
