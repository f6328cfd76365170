// LAYER: compiler. Compile-time constants (ConstValue): conversion from AST constants, the
// identity key CPython uses to merge equal constants (_PyCode_ConstantKey), truthiness (for
// folding conditional jumps), and the per-compilation constant cache that makes equal constants
// the same JS object across all code units of one compile() call (as CPython's c_const_cache
// makes them the same Python object). The VM may rely on that: one heap object per ConstValue.

import type { Constant_value } from '../parser/ast.js';
import type { CodeUnit, ConstValue } from './codeunit.js';

export const NONE: ConstValue = { kind: 'None' };
export const ELLIPSIS: ConstValue = { kind: 'Ellipsis' };
export const TRUE: ConstValue = { kind: 'bool', value: true };
export const FALSE: ConstValue = { kind: 'bool', value: false };

export const constInt = (value: bigint | number): ConstValue => ({ kind: 'int', value: BigInt(value) });
export const constStr = (value: string): ConstValue => ({ kind: 'str', value });
export const constBool = (value: boolean): ConstValue => (value ? TRUE : FALSE);

/** An AST Constant's value as a ConstValue. */
export function constFromAst(v: Constant_value): ConstValue {
  switch (v.kind) {
    case 'None': return NONE;
    case 'Ellipsis': return ELLIPSIS;
    case 'bool': return constBool(v.value);
    case 'int': return { kind: 'int', value: v.value };
    case 'float': return { kind: 'float', value: v.value };
    case 'complex': return { kind: 'complex', real: 0, imag: v.imag };
    case 'str': return { kind: 'str', value: v.value };
    case 'bytes': return { kind: 'bytes', value: v.value };
  }
}

/** A ConstValue back as an AST constant value, or null for kinds the AST cannot hold (tuple, ...). */
export function constToAst(v: ConstValue): Constant_value | null {
  switch (v.kind) {
    case 'None': case 'Ellipsis': return { kind: v.kind };
    case 'bool': return { kind: 'bool', value: v.value };
    case 'int': return { kind: 'int', value: v.value };
    case 'float': return { kind: 'float', value: v.value };
    case 'str': return { kind: 'str', value: v.value };
    case 'bytes': return { kind: 'bytes', value: v.value };
    default: return null;
  }
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function floatBits(x: number): string {
  f64[0] = x;
  return u32[1].toString(16) + ':' + u32[0].toString(16);
}

const codeKeys = new WeakMap<CodeUnit, string>();

/**
 * Code objects are merged when equal as CPython's code_richcompare sees them: same name, arg
 * counts, flags, first line, instructions, constants, names, variables and locations.
 */
function codeKey(c: CodeUnit): string {
  let key = codeKeys.get(c);
  if (key === undefined) {
    key = JSON.stringify([c.name, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.firstlineno,
      Array.from(c.code), c.consts.map(constKey), c.names, c.varnames, c.cellvars, c.freevars, Array.from(c.positions)]);
    codeKeys.set(c, key);
  }
  return key;
}

/**
 * The merge key of a constant: two constants with the same key are interchangeable (CPython's
 * _PyCode_ConstantKey: type-exact, -0.0 distinct from 0.0, 1 distinct from 1.0 and True).
 */
export function constKey(v: ConstValue): string {
  switch (v.kind) {
    case 'None': return 'N';
    case 'Ellipsis': return 'E';
    case 'bool': return v.value ? 'T' : 'F';
    case 'int': return 'i' + v.value.toString();
    case 'float': return 'f' + floatBits(v.value);
    case 'complex': return 'c' + floatBits(v.real) + ',' + floatBits(v.imag);
    case 'str': return 's' + v.value.length + ':' + v.value;
    case 'bytes': return 'y' + Array.from(v.value, (b) => b.toString(16).padStart(2, '0')).join('');
    case 'tuple': return 't(' + v.items.map(constKey).join(',') + ')';
    case 'frozenset': return 'z(' + [...new Set(v.items.map(constKey))].sort().join(',') + ')';
    case 'code': return 'C' + codeKey(v.code);
  }
}

/** Python truth value of a constant (PyObject_IsTrue). */
export function constIsTrue(v: ConstValue): boolean {
  switch (v.kind) {
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'bool': return v.value;
    case 'int': return v.value !== 0n;
    case 'float': return v.value !== 0; // NaN is true
    case 'complex': return v.real !== 0 || v.imag !== 0;
    case 'str': return v.value.length > 0;
    case 'bytes': return v.value.length > 0;
    case 'tuple': case 'frozenset': return v.items.length > 0;
    case 'code': return true;
  }
}

/** Number of items of a collection constant, counting nested tuples/frozensets (for limits). */
export function constItemCount(v: ConstValue): number {
  if (v.kind !== 'tuple' && v.kind !== 'frozenset') return 0;
  let n = v.items.length;
  for (const item of v.items) n += constItemCount(item);
  return n;
}

/**
 * The constants of one compilation: equal constants (same key) resolve to one canonical object,
 * recursively inside tuples and frozensets (CPython's merge_consts_recursive).
 */
export class ConstCache {
  private readonly byKey = new Map<string, ConstValue>();
  /** for each canonical constant, the key of the outermost constant whose merging made it */
  private readonly firstMadeIn = new Map<ConstValue, string>();
  private outerKey: string | null = null;

  canonical(v: ConstValue): ConstValue {
    if (v.kind === 'None') return NONE;
    if (v.kind === 'Ellipsis') return ELLIPSIS;
    const key = constKey(v);
    const known = this.byKey.get(key);
    if (known) return known;
    const outermost = this.outerKey === null;
    if (outermost) this.outerKey = key;
    try {
      let result = v;
      if (v.kind === 'tuple' || v.kind === 'frozenset') {
        const items = v.items.map((item) => this.canonical(item));
        result = { kind: v.kind, items };
      }
      this.byKey.set(key, result);
      this.firstMadeIn.set(result, this.outerKey!);
      return result;
    } finally {
      if (outermost) this.outerKey = null;
    }
  }

  /** was canonical `item` first made while merging the constant `outer` (so it is outer's own item)? */
  firstMadeWithin(item: ConstValue, outer: ConstValue): boolean {
    return this.firstMadeIn.get(item) === constKey(outer);
  }

  /** the canonical constant equal to `v`, if the compilation made one (null for None/...) */
  lookup(v: ConstValue): ConstValue | null {
    if (v.kind === 'None' || v.kind === 'Ellipsis') return null;
    return this.byKey.get(constKey(v)) ?? null;
  }
}

/** Shortest repr of a float, formatted as Python's float.__repr__. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expStr); // value = 0.d1d2d3... * 10^(exp+1)
  if (exp >= -4 && exp < 16) {
    const point = exp + 1;
    let s: string;
    if (point <= 0) s = '0.' + '0'.repeat(-point) + digits;
    else if (point >= digits.length) s = digits + '0'.repeat(point - digits.length) + '.0';
    else s = digits.slice(0, point) + '.' + digits.slice(point);
    return sign + s;
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const e = Math.abs(exp).toString().padStart(2, '0');
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's str.isprintable() for one character (space is printable). */
function isPrintable(ch: string): boolean {
  // (printable ASCII answered without the Unicode regex, whose first use is slow to compile)
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c >= 0x20 && c < 0x7f) return true;
  }
  return !NON_PRINTABLE.test(ch);
}

/** repr() of a str, as Python writes it (quote choice and escapes). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (isPrintable(ch)) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** repr() of a bytes object. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) { if (c === 0x27) hasSingle = true; if (c === 0x22) hasDouble = true; }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

function complexPartRepr(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

/** repr() of a constant (as dis shows it). */
export function constRepr(v: ConstValue): string {
  switch (v.kind) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return v.value ? 'True' : 'False';
    case 'int': return v.value.toString();
    case 'float': return floatRepr(v.value);
    case 'complex': {
      const im = complexPartRepr(v.imag);
      if (v.real === 0 && !Object.is(v.real, -0)) return im + 'j';
      return `(${complexPartRepr(v.real)}${im.startsWith('-') ? im : '+' + im}j)`;
    }
    case 'str': return strRepr(v.value);
    case 'bytes': return bytesRepr(v.value);
    case 'tuple':
      return v.items.length === 1 ? `(${constRepr(v.items[0])},)` : `(${v.items.map(constRepr).join(', ')})`;
    case 'frozenset':
      return v.items.length === 0 ? 'frozenset()' : `frozenset({${v.items.map(constRepr).join(', ')}})`;
    case 'code':
      return `<code object ${v.code.name}, file "${v.code.filename}", line ${v.code.firstlineno}>`;
  }
}
