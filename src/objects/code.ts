// LAYER: objects. Code objects: a compiled CodeUnit (compiler/codeunit.ts) with its constants made
// into heap objects. Not a GC type (as in CPython).
//   value: Code (below)

import { typeHooks } from './typehooks.js';
import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { staticType } from './type.js';
import { allocate, release } from './alloc.js';
import type { CodeUnit, ConstValue } from '../compiler/codeunit.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/codeunit.js';
import { quicken } from '../compiler/quicken.js';
import { newStr, internStr } from './str.js';
import { newInt } from './int.js';
import { none } from './singletons.js';
import { Ellipsis } from './singletons.js';
import { newBool } from './bool.js';
import { constHooks } from './consthooks.js';

/** how many entries and backward jumps a code object sees before CPython 3.11 quickens it */
export const QUICKENING_WARMUP_DELAY = 8;

export const CodeType = staticType({ name: 'code', basicsize: 184, itemsize: 2 });

/**
 * Library functions that stand in for what CPython writes in C (filled by
 * _traceback.hide_frames()): their frames never appear in tracebacks (warnings.warn raising an
 * "error" warning shows no frame of warnings.py there either), and a __call__ among them takes
 * the recursion unit of the C type's tp_call (objects/slots.ts slotTpCall, vm/callinstance.ts).
 */
export const writtenInC = new WeakSet<Code>();

export class Code {
  readonly unit: CodeUnit;
  readonly words: Int32Array;
  /** the instructions the VM runs: words with superinstructions (compiler/quicken.ts), same indices */
  readonly run: Int32Array;
  readonly consts: PyObject[];
  readonly names: string[];
  /**
   * the interned strs of co_names and co_localsplusnames (names, then locals, cells and free
   * variables; a name in both is held twice), owned: what CPython's name tuples hold, so that a
   * program's identifiers exist, and are counted, from compilation on (newCode). The tuples
   * themselves are not made.
   */
  nameObjs: PyObject[];
  readonly nlocals: number;
  readonly ncells: number;
  readonly nfree: number;
  /** for each cell variable, the index of the argument it starts from, or -1 */
  readonly cell2arg: Int32Array;
  /** positional parameters + keyword-only parameters (+1 for *args, +1 for **kwargs) */
  readonly totalArgs: number;
  /**
   * the number of parameters when they are all plain positional-or-keyword ones (no keyword-only
   * parameters, no *args, no **kwargs): a call with only positional arguments then binds by
   * moving them (vm/call.ts). Else -1.
   */
  readonly plainArgcount: number;
  readonly flags: number;
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  /**
   * finished interpreter frames of this code, kept for reuse (vm/ owns what is in them): a call
   * then allocates nothing, like 3.11's per-thread frame stack
   */
  readonly framePool: unknown[];
  /** KW_NAMES constants as JS string arrays, by constant index (filled by the VM on first use) */
  readonly kwnamesCache: (string[] | undefined)[];
  /**
   * per-instruction inline caches of the VM (vm/eval.ts), by instruction index: what each one
   * holds and why it stays valid is explained where the VM fills it. null until first used.
   */
  readonly icache: unknown[];
  /** parameter name -> index in co_varnames, made by the VM at the first keyword call (vm/call.ts) */
  paramIndex: Map<string, number> | null;
  /**
   * the last keyword-name list a call bound by a plan (vm/call.ts), and the plan: the parameter
   * index each keyword goes to (null when the names are not all plain parameters)
   */
  kwPlanNames: string[] | null;
  kwPlan: unknown;
  /**
   * CPython 3.11's co_warmup: -8 at creation, one step toward 0 at every entry (RESUME) and every
   * backward jump; at 0 the code is quickened and its instructions may specialise (vm/specialize.ts
   * models what of that a program can see)
   */
  warmup: number;
  constructor(unit: CodeUnit, consts: PyObject[]) {
    this.warmup = -QUICKENING_WARMUP_DELAY;
    this.kwPlanNames = null;
    this.kwPlan = null;
    this.framePool = [null]; // ([null] then pop: the elements kind of an array of frames from the start, see vm/frame.ts nullArray)
    this.framePool.pop();
    this.kwnamesCache = new Array(consts.length).fill(undefined); // packed: one hidden class for every code object
    this.icache = new Array(unit.code.length).fill(null);
    this.paramIndex = null;
    this.unit = unit;
    this.words = unit.code;
    this.run = quicken(unit.code);
    this.consts = consts;
    this.nameObjs = [];
    this.names = unit.names;
    this.nlocals = unit.varnames.length;
    this.ncells = unit.cellvars.length;
    this.nfree = unit.freevars.length;
    this.flags = unit.flags;
    this.name = unit.name;
    this.qualname = unit.qualname;
    this.filename = unit.filename;
    this.totalArgs = unit.argcount + unit.kwonlyargcount + (unit.flags & CO_VARARGS ? 1 : 0) + (unit.flags & CO_VARKEYWORDS ? 1 : 0);
    this.plainArgcount = unit.kwonlyargcount === 0 && (unit.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0
      ? unit.argcount : -1;
    this.cell2arg = new Int32Array(this.ncells).fill(-1);
    unit.cellvars.forEach((c, i) => {
      const a = unit.varnames.indexOf(c);
      if (a >= 0 && a < this.totalArgs) this.cell2arg[i] = a;
    });
  }
  /** source line of instruction index i (or the first line) */
  lineOf(i: number): number {
    const l = this.unit.positions[i * 4];
    return l > 0 ? l : this.unit.firstlineno;
  }
}

/**
 * Make the heap objects for a compiled unit (recursively for nested code). The compiler hands
 * out one ConstValue object per distinct constant of a compilation (CPython's constant cache), so
 * making one heap object per ConstValue gives CPython's identities (`f() is g()` for a shared
 * literal) across the code objects of one module.
 */
export function newCode(unit: CodeUnit, made: Map<ConstValue, PyObject> = new Map()): PyObject {
  const consts = unit.consts.map((c) => constObjectShared(c, made));
  const code = new Code(unit, consts);
  holdNames(code);
  return allocate(CodeType, code, null, unit.code.length * 2);
}

function holdNames(code: Code): void {
  const u = code.unit;
  const locals = new Set([...u.varnames, ...u.cellvars, ...u.freevars]);
  code.nameObjs = [...u.names, ...locals].map((n) => internStr(n));
}

function constObjectShared(c: ConstValue, made: Map<ConstValue, PyObject>): PyObject {
  if (c.kind === 'code') return newCode(c.code, made);
  const o = made.get(c);
  if (o !== undefined) {
    o.refcnt++;
    return o;
  }
  const n = constObject(c, made);
  made.set(c, n);
  return n;
}

export function constObject(c: ConstValue, made: Map<ConstValue, PyObject> = new Map()): PyObject {
  switch (c.kind) {
    case 'None': return none();
    case 'Ellipsis': Ellipsis.refcnt++; return Ellipsis;
    case 'bool': return newBool(c.value);
    case 'int': return newInt(c.value);
    case 'float': return constHooks.newFloat(c.value);
    case 'complex': return constHooks.newComplex(c.real, c.imag);
    case 'str': return /^[A-Za-z0-9_]*$/.test(c.value) ? internStr(c.value) : newStr(c.value);
    case 'bytes': return constHooks.newBytes(c.value);
    case 'tuple': {
      const items = c.items.map((x) => constObjectShared(x, made));
      return constHooks.newTupleSteal(items);
    }
    case 'frozenset': {
      const items = c.items.map((x) => constObjectShared(x, made));
      const fs = constHooks.newFrozenSet(items);
      for (const x of items) decref(x);
      return fs;
    }
    case 'code': return newCode(c.code, made);
  }
}

/**
 * code.replace(**changes) for the fields that are numbers or strings (what types.coroutine and
 * most callers change: co_flags, the names, the line); the instructions and tables stay as they
 * are, shared with the original. A new code object (with new references to the constants).
 */
export function replaceCode(o: PyObject, changes: Partial<CodeUnit>): PyObject {
  const old = o.value as Code;
  const unit: CodeUnit = { ...old.unit, ...changes };
  for (const c of old.consts) c.refcnt++;
  const code = new Code(unit, old.consts.slice());
  holdNames(code);
  return allocate(CodeType, code, null, unit.code.length * 2);
}

CodeType.hasWeakref = true;
CodeType.dealloc = (o) => {
  if (o.weaklist !== null) typeHooks.clearWeakrefs(o);
  const code = o.value as Code;
  for (const c of code.consts) decref(c);
  for (const n of code.nameObjs) decref(n);
  release(o);
};
CodeType.traverse = (o, visit) => {
  const code = o.value as Code;
  for (const c of code.consts) visit(c);
  for (const n of code.nameObjs) visit(n);
};
CodeType.sizeof = (o) => 184 + 2 * (o.value as Code).words.length;
