// LAYER: compiler. Code generation for the match statement (PEP 634, CPython 3.11's compile.c):
// every pattern consumes the subject on top of the stack and jumps to a "fail_pop" block on
// failure (which pops whatever the pattern left on the stack); captured values are kept on the
// stack, under the items still in use, and stored into their names only once a case matched.

import type * as ast from '../parser/ast.js';
import * as op from './opcodes.js';
import type { Compiler } from './codegen.js';
import type { BasicBlock } from './cfg.js';
import type { ConstValue } from './codeunit.js';
import { NONE, constFromAst, constInt, constRepr, strRepr } from './consts.js';
import { constantOf } from './optimize.js';
import { addCompare, jumpIf, visitExpr } from './codegen_expr.js';
import { visitStmts } from './codegen_stmt.js';

interface PatternContext {
  /** names captured so far, in stack order */
  stores: string[];
  /** if false, an irrefutable pattern here is an error */
  allowIrrefutable: boolean;
  /** failPop[i]: pops i items then falls into failPop[i-1] ... failPop[0] */
  failPop: BasicBlock[];
  /** items on top of the stack that must stay on top (popped on failure) */
  onTop: number;
}

const isWildcard = (p: ast.pattern): boolean => p._type === 'MatchAs' && p.pattern === null && p.name === null;
const isWildcardStar = (p: ast.pattern): boolean => p._type === 'MatchStar' && p.name === null;

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newBlock());
}

/** Jump (with `opcode`) to the block that pops everything this pattern has pushed. */
function jumpToFailPop(c: Compiler, pc: PatternContext, opcode: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(opcode, pc.failPop[pops]);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useNextBlock(pc.failPop[i]);
    c.addop(op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]);
  pc.failPop = [];
}

/** Bring the item at depth `count` to the top (3.10's ROT_N, with SWAPs). */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.addopI(op.SWAP, count--);
}

function duplicateStore(c: Compiler, name: string): never {
  c.error(`multiple assignments to name ${strRepr(name)} in pattern`);
}

function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.addop(op.POP_TOP);
    return;
  }
  c.checkForbiddenStore(name);
  if (pc.stores.includes(name)) duplicateStore(c, name);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function unpackPatterns(c: Compiler, elts: ast.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i]._type === 'MatchStar' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= (0x7fffffff >> 8)) c.error('too many expressions in star-unpacking sequence pattern');
      c.addopI(op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elts[i]._type === 'MatchStar') {
      c.error('multiple starred expressions in sequence pattern');
    }
  }
  if (!seenStar) c.addopI(op.UNPACK_SEQUENCE, n);
}

function sequenceUnpack(c: Compiler, patterns: ast.pattern[], pc: PatternContext): void {
  unpackPatterns(c, patterns);
  pc.onTop += patterns.length;
  for (const p of patterns) {
    pc.onTop--;
    compileSubpattern(c, p, pc);
  }
}

/** Like sequenceUnpack, but with BINARY_SUBSCR (for patterns with a `*_` wildcard). */
function sequenceSubscr(c: Compiler, patterns: ast.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  patterns.forEach((p, i) => {
    if (isWildcard(p) || i === star) return;
    c.addopI(op.COPY, 1);
    if (i < star) {
      c.loadConst(constInt(i));
    } else {
      c.addop(op.GET_LEN);
      c.loadConst(constInt(size - i));
      c.addopI(op.BINARY_OP, op.NB_SUBTRACT);
    }
    c.addop(op.BINARY_SUBSCR);
    compileSubpattern(c, p, pc);
  });
  pc.onTop--;
  c.addop(op.POP_TOP);
}

function compileSubpattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function compileAs(c: Compiler, p: ast.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name) c.error(`name capture ${strRepr(p.name)} makes remaining patterns unreachable`);
      c.error('wildcard makes remaining patterns unreachable');
    }
    storeName(c, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addopI(op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function validateKwdAttrs(c: Compiler, attrs: string[], patterns: ast.pattern[]): void {
  attrs.forEach((attr, i) => {
    c.setLoc(patterns[i]);
    c.checkForbiddenStore(attr);
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[j] === attr) {
        c.setLoc(patterns[j]);
        c.error(`attribute name repeated in class pattern: ${attr}`);
      }
    }
  });
}

function compileClassPattern(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const { patterns, kwd_attrs: attrs, kwd_patterns: kwdPatterns } = p;
  const nargs = patterns.length, nattrs = attrs.length;
  if (nattrs !== kwdPatterns.length) {
    c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) {
    validateKwdAttrs(c, attrs, kwdPatterns);
    c.setLoc(p);
  }
  visitExpr(c, p.cls);
  c.loadConst({ kind: 'tuple', items: attrs.map((a): ConstValue => ({ kind: 'str', value: a })) });
  c.addopI(op.MATCH_CLASS, nargs);
  c.addopI(op.COPY, 1);
  c.loadConst(NONE);
  c.addopI(op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  c.addopI(op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
    if (isWildcard(sub)) {
      c.addop(op.POP_TOP);
      continue;
    }
    compileSubpattern(c, sub, pc);
  }
}

/** A key for Python equality of constants (1 == 1.0 == True), for duplicate mapping keys. */
function equalityKey(v: ConstValue): string {
  switch (v.kind) {
    case 'bool': return 'n' + (v.value ? '1' : '0');
    case 'int': return 'n' + v.value.toString();
    case 'float':
      if (Number.isInteger(v.value)) return 'n' + BigInt(v.value).toString();
      return 'f' + String(v.value);
    case 'complex':
      if (v.imag === 0) return equalityKey({ kind: 'float', value: v.real });
      return 'c' + v.real + ',' + v.imag;
    case 'tuple': return 't(' + v.items.map(equalityKey).join(',') + ')';
    case 'str': return 's' + v.value;
    case 'bytes': return 'y' + Array.from(v.value).join(',');
    default: return v.kind;
  }
}

function compileMappingPattern(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const { keys, patterns } = p;
  let size = keys.length;
  if (size !== patterns.length) {
    c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  }
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(op.MATCH_MAPPING);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    pc.onTop--;
    c.addop(op.POP_TOP);
    return;
  }
  if (size) {
    c.addop(op.GET_LEN);
    c.loadConst(constInt(size));
    addCompare(c, 'GtE');
    jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (key === null) {
      c.setLoc(patterns[i]);
      c.error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
    }
    if (key._type === 'Constant') {
      const v = constantOf(key);
      const k = equalityKey(v);
      if (seen.has(k)) c.error(`mapping pattern checks duplicate key (${constRepr(v)})`);
      seen.add(k);
    } else if (key._type !== 'Attribute') {
      c.error('mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  });
  c.addopI(op.BUILD_TUPLE, size);
  c.addop(op.MATCH_KEYS);
  pc.onTop += 2;
  c.addopI(op.COPY, 1);
  c.loadConst(NONE);
  c.addopI(op.IS_OP, 1);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  c.addopI(op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of patterns) {
    pc.onTop--;
    compileSubpattern(c, sub, pc);
  }
  pc.onTop -= 2;
  if (starTarget) {
    // rest = dict(subject); for key in keys: del rest[key]
    c.addopI(op.BUILD_MAP, 0);
    c.addopI(op.SWAP, 3);
    c.addopI(op.DICT_UPDATE, 2);
    c.addopI(op.UNPACK_SEQUENCE, size);
    while (size) {
      c.addopI(op.COPY, 1 + size--);
      c.addopI(op.SWAP, 2);
      c.addop(op.DELETE_SUBSCR);
    }
    storeName(c, starTarget, pc);
  } else {
    c.addop(op.POP_TOP);
    c.addop(op.POP_TOP);
  }
}

function compileOrPattern(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(op.COPY, 1);
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (control === null) {
      control = pc.stores;
    } else if (nstores !== control.length) {
      c.error('alternative patterns bind different names');
    } else if (nstores) {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control[icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error('alternative patterns bind different names');
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.addopJ(op.JUMP, end);
    emitAndResetFailPop(c, pc);
  });
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.addop(op.POP_TOP);
  jumpToFailPop(c, pc, op.JUMP);
  c.useNextBlock(end);
  const names = control as string[] | null ?? [];
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) duplicateStore(c, name);
    pc.stores.push(name);
  }
  c.addop(op.POP_TOP);
}

function compileSequencePattern(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((sub, i) => {
    if (sub._type === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern');
      starWildcard = isWildcardStar(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      return;
    }
    onlyWildcard &&= isWildcard(sub);
  });
  pc.onTop++;
  c.addop(op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(op.GET_LEN);
    c.loadConst(constInt(size));
    addCompare(c, 'Eq');
    jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(op.GET_LEN);
    c.loadConst(constInt(size - 1));
    addCompare(c, 'GtE');
    jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

function compilePattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case 'MatchValue':
      if (p.value._type !== 'Constant' && p.value._type !== 'Attribute') {
        c.error('patterns may only match literals and attribute lookups');
      }
      visitExpr(c, p.value);
      addCompare(c, 'Eq');
      jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSingleton':
      c.loadConst(constFromAst(p.value));
      addCompare(c, 'Is');
      jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSequence': return compileSequencePattern(c, p, pc);
    case 'MatchMapping': return compileMappingPattern(c, p, pc);
    case 'MatchClass': return compileClassPattern(c, p, pc);
    case 'MatchStar': return storeName(c, p.name, pc);
    case 'MatchAs': return compileAs(c, p, pc);
    case 'MatchOr': return compileOrPattern(c, p, pc);
  }
}

export function compileMatch(c: Compiler, s: ast.Match): void {
  visitExpr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  const hasDefault = isWildcard(s.cases[cases - 1].pattern) && cases > 1;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  const lastChecked = cases - (hasDefault ? 1 : 0);
  for (let i = 0; i < lastChecked; i++) {
    const m = s.cases[i];
    c.setLoc(m.pattern);
    if (i !== lastChecked - 1) c.addopI(op.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (i !== lastChecked - 1) c.addop(op.POP_TOP);
    visitStmts(c, m.body);
    c.unsetLoc();
    c.addopJ(op.JUMP, end);
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    const m = s.cases[cases - 1];
    c.setLoc(m.pattern);
    if (cases === 1) c.addop(op.POP_TOP);
    else c.addop(op.NOP);
    if (m.guard) jumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
    c.unsetLoc();
  }
  c.useNextBlock(end);
}
