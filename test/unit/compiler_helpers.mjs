// Helpers for compiler.test.mjs: ask CPython (compiler_oracle.py) about source snippets, turn its
// AST JSON into pyheap AST objects, and normalize pyheap CodeUnits the way the oracle normalizes
// CPython code objects (so that the two can be compared field by field).

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as op from '../../dist/compiler/opcodes.js';
import { constRepr, strRepr } from '../../dist/compiler/consts.js';
import { compareNames as comparePy } from '../../dist/compiler/unit.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Run the oracle on a list of {src, mode, what}. */
export function askCPython(requests) {
  const r = spawnSync('python3', [path.join(here, 'compiler_oracle.py')], {
    input: JSON.stringify(requests), encoding: 'utf8', maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error('oracle failed: ' + r.stderr);
  return JSON.parse(r.stdout);
}

function revive(v) {
  if (Array.isArray(v)) return v.map(revive);
  if (v === null || typeof v !== 'object') return v;
  if ('$bigint' in v) return BigInt(v.$bigint);
  if ('$float' in v) return Number(v.$float === 'inf' ? Infinity : v.$float === '-inf' ? -Infinity : v.$float === 'nan' ? NaN : v.$float);
  if ('$bytes' in v) return Uint8Array.from(v.$bytes);
  const out = {};
  for (const [k, x] of Object.entries(v)) out[k] = revive(x);
  return out;
}

/** The oracle's AST JSON as a pyheap AST. */
export const toAst = (json) => revive(json);

/** Python-style repr of a ConstValue, as the oracle writes CPython's constants. */
export function pyRepr(v) {
  if (v.kind === 'code') return `<code ${v.code.name}>`;
  if (v.kind === 'frozenset') {
    const items = [...new Set(v.items.map(pyRepr))].sort(comparePy);
    return `frozenset([${items.map((s) => strRepr(s)).join(', ')}])`;
  }
  if (v.kind === 'tuple') return v.items.length === 1 ? `(${pyRepr(v.items[0])},)` : `(${v.items.map(pyRepr).join(', ')})`;
  return constRepr(v);
}

const DROPPED = new Set([op.NOP, op.SETUP_FINALLY, op.SETUP_CLEANUP, op.SETUP_WITH, op.POP_BLOCK]);

/** The instructions of a CodeUnit as [name, arg, positions], normalized like the oracle's. */
export function instructions(code) {
  const n = code.code.length;
  const kept = [];
  for (let i = 0; i < n; i++) if (!DROPPED.has(op.opOf(code.code[i]))) kept.push(i);
  const keptIndex = new Int32Array(n + 1);
  for (let i = n, k = kept.length; i >= 0; i--) {
    while (k > 0 && kept[k - 1] >= i) k--;
    keptIndex[i] = k;
  }
  const indexOf = (offset) => keptIndex[offset];
  const cells = [...code.cellvars, ...code.freevars];
  return kept.map((i) => {
    const w = code.code[i];
    const o = op.opOf(w), a = op.argOf(w);
    const info = op.OPS[o];
    let arg = a;
    switch (info.arg) {
      case 'none': arg = null; break;
      case 'jump': arg = `to ${indexOf(a)}`; break;
      case 'const': arg = pyRepr(code.consts[a]); break;
      case 'name': arg = o === op.LOAD_GLOBAL ? (a & 1 ? 'NULL + ' : '') + code.names[a >> 1] : code.names[a]; break;
      case 'local': arg = code.varnames[a]; break;
      case 'deref': arg = cells[a]; break;
      default: break;
    }
    const p = code.positions.slice(i * 4, i * 4 + 4);
    return [info.name, arg, Array.from(p, (x) => (x < 0 ? null : x))];
  });
}

/** A CodeUnit summarized like the oracle's code_info. */
export function codeInfo(code) {
  return {
    name: code.name, qualname: code.qualname, firstlineno: code.firstlineno,
    argcount: code.argcount, posonlyargcount: code.posonlyargcount, kwonlyargcount: code.kwonlyargcount,
    flags: code.flags, varnames: code.varnames, cellvars: code.cellvars, freevars: code.freevars,
    names: code.names, consts: code.consts.map(pyRepr), stacksize: code.stacksize,
    instructions: instructions(code),
    children: code.consts.filter((c) => c.kind === 'code').map((c) => codeInfo(c.code)),
  };
}

/** A symbol table entry summarized like the oracle's symtable_info. */
export function symtableInfo(ste) {
  const type = ste.type === 'annotation' ? 'annotation' : ste.type;
  return {
    name: ste.name, type, lineno: ste.lineno,
    symbols: Object.fromEntries(ste.symbols),
    varnames: [...ste.varnames],
    children: ste.children.map(symtableInfo),
  };
}
