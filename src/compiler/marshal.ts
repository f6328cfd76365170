// LAYER: compiler. Serialising a compiled module (its CodeUnit tree) to bytes and back, for the
// compiled-module cache (runtime's codecache.ts): pyheap's counterpart of CPython's marshal/.pyc.
//
// What must survive the round trip is everything objects/code.ts reads, and one more thing:
// *which* ConstValues are the same JS object. newCode makes one heap object per distinct
// ConstValue of a module (so that `f() is g()` for a literal both return holds as in CPython),
// hence a cached module must share exactly the ConstValues a fresh compile shares. The format
// therefore numbers every distinct node (constant or code unit) once, like marshal's FLAG_REF:
//
//   blob   = u32 length of the JSON part | JSON (UTF-8) | zero padding to 4 bytes | int32 words
//   JSON   = { n: [node, ...], r: index of the module's unit, f: the module's filename }
//   node   = a constant or a unit, listed after every node it refers to (children first), so a
//            reader makes them in one forward pass; references are indices into n:
//     'N' None, 'E' Ellipsis, 'T' True, 'F' False
//     ['i', number | decimal string]           int        ['s', text]               str
//     ['f', number | 'nan'|'inf'|'-inf'|'-0']  float      ['b', latin-1 text]       bytes
//     ['c', real, imag] (each as for float)    complex    ['t' | 'z', [refs]]       tuple / frozenset
//     ['k', ref to a unit]                     code constant
//     ['u', name, qualname, filename | null (= f), firstlineno, argcount, posonlyargcount,
//      kwonlyargcount, flags, stacksize, maxblocks, [const refs], names, varnames, cellvars,
//      freevars, offset of code in the words (positions follow it: 4 words per instruction),
//      number of instructions]
//
// The instruction words and positions, the bulk, are copied as raw little-endian int32s.
// sameModule() compares two CodeUnit trees field by field *and* by their sharing pattern; the
// cache builder runs it on every module it writes, and a unit test runs it against fresh compiles.

import type { CodeUnit, ConstValue } from './codeunit.js';

/** bump when the format changes */
export const MARSHAL_VERSION = 1;

type Node = string | unknown[];

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function floatOut(x: number): number | string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return '-0';
  return x;
}

function floatIn(x: number | string): number {
  if (typeof x === 'number') return x;
  switch (x) {
    case 'nan': return NaN;
    case 'inf': return Infinity;
    case '-inf': return -Infinity;
    case '-0': return -0;
  }
  throw new Error(`marshal: bad float ${x}`);
}

/** the bytes of a module's CodeUnit tree */
export function dumpModule(root: CodeUnit): Uint8Array {
  const nodes: Node[] = [];
  const index = new Map<object, number>(); // ConstValue or CodeUnit -> node index
  const words: Int32Array[] = [];
  let wordCount = 0;
  const filename = root.filename;

  const add = (key: object, node: Node): number => {
    index.set(key, nodes.length);
    nodes.push(node);
    return nodes.length - 1;
  };
  const constRef = (c: ConstValue): number => {
    const known = index.get(c);
    if (known !== undefined) return known;
    switch (c.kind) {
      case 'None': return add(c, 'N');
      case 'Ellipsis': return add(c, 'E');
      case 'bool': return add(c, c.value ? 'T' : 'F');
      case 'int': {
        const n = Number(c.value);
        return add(c, ['i', Number.isSafeInteger(n) ? n : c.value.toString()]);
      }
      case 'float': return add(c, ['f', floatOut(c.value)]);
      case 'complex': return add(c, ['c', floatOut(c.real), floatOut(c.imag)]);
      case 'str': return add(c, ['s', c.value]);
      case 'bytes': {
        let text = '';
        for (const byte of c.value) text += String.fromCharCode(byte);
        return add(c, ['b', text]);
      }
      case 'tuple': case 'frozenset': {
        const items = c.items.map(constRef);
        return add(c, [c.kind === 'tuple' ? 't' : 'z', items]);
      }
      case 'code': {
        const u = unitRef(c.code);
        return add(c, ['k', u]);
      }
    }
  };
  const unitRef = (u: CodeUnit): number => {
    const known = index.get(u);
    if (known !== undefined) return known;
    const consts = u.consts.map(constRef);
    if (u.positions.length !== 4 * u.code.length) throw new Error(`marshal: ${u.qualname}: positions do not match the code`);
    const offset = wordCount;
    words.push(u.code, u.positions);
    wordCount += u.code.length + u.positions.length;
    return add(u, ['u', u.name, u.qualname, u.filename === filename ? null : u.filename, u.firstlineno,
      u.argcount, u.posonlyargcount, u.kwonlyargcount, u.flags, u.stacksize, u.maxblocks, consts,
      u.names, u.varnames, u.cellvars, u.freevars, offset, u.code.length]);
  };

  const r = unitRef(root);
  const json = new TextEncoder().encode(JSON.stringify({ n: nodes, r, f: filename }));
  const head = 4 + json.length;
  const wordsAt = (head + 3) & ~3;
  const out = new Uint8Array(wordsAt + 4 * wordCount);
  const view = new DataView(out.buffer);
  view.setUint32(0, json.length, true);
  out.set(json, 4);
  let at = wordsAt;
  for (const w of words) {
    for (let i = 0; i < w.length; i++, at += 4) view.setInt32(at, w[i], true);
  }
  return out;
}

/**
 * The CodeUnit tree of a blob made by dumpModule. `filename` replaces the filename the module
 * was compiled under (the cache is made in one place and used wherever pyheap is installed).
 */
export function loadModule(blob: Uint8Array, filename: string): CodeUnit {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const jsonLength = view.getUint32(0, true);
  const doc = JSON.parse(new TextDecoder().decode(blob.subarray(4, 4 + jsonLength))) as { n: Node[]; r: number; f: string };
  const wordsAt = (4 + jsonLength + 3) & ~3;
  let words: Int32Array;
  if (littleEndian) {
    // one copy into an aligned buffer; units then take slices of it
    const bytes = new Uint8Array(blob.byteLength - wordsAt);
    bytes.set(blob.subarray(wordsAt));
    words = new Int32Array(bytes.buffer);
  } else {
    words = new Int32Array((blob.byteLength - wordsAt) >> 2);
    for (let i = 0; i < words.length; i++) words[i] = view.getInt32(wordsAt + 4 * i, true);
  }
  const made: (ConstValue | CodeUnit)[] = new Array(doc.n.length);
  for (let i = 0; i < doc.n.length; i++) {
    const node = doc.n[i];
    if (typeof node === 'string') {
      switch (node) {
        case 'N': made[i] = { kind: 'None' }; break;
        case 'E': made[i] = { kind: 'Ellipsis' }; break;
        case 'T': made[i] = { kind: 'bool', value: true }; break;
        case 'F': made[i] = { kind: 'bool', value: false }; break;
        default: throw new Error(`marshal: bad node ${node}`);
      }
      continue;
    }
    switch (node[0]) {
      case 'i': made[i] = { kind: 'int', value: BigInt(node[1] as number | string) }; break;
      case 'f': made[i] = { kind: 'float', value: floatIn(node[1] as number | string) }; break;
      case 'c': made[i] = { kind: 'complex', real: floatIn(node[1] as number | string), imag: floatIn(node[2] as number | string) }; break;
      case 's': made[i] = { kind: 'str', value: node[1] as string }; break;
      case 'b': {
        const text = node[1] as string;
        const value = new Uint8Array(text.length);
        for (let j = 0; j < text.length; j++) value[j] = text.charCodeAt(j);
        made[i] = { kind: 'bytes', value };
        break;
      }
      case 't': case 'z':
        made[i] = { kind: node[0] === 't' ? 'tuple' : 'frozenset', items: (node[1] as number[]).map((r) => made[r] as ConstValue) };
        break;
      case 'k': made[i] = { kind: 'code', code: made[node[1] as number] as CodeUnit }; break;
      case 'u': {
        const offset = node[16] as number, count = node[17] as number;
        made[i] = {
          name: node[1] as string,
          qualname: node[2] as string,
          filename: (node[3] as string | null) ?? filename,
          firstlineno: node[4] as number,
          argcount: node[5] as number,
          posonlyargcount: node[6] as number,
          kwonlyargcount: node[7] as number,
          flags: node[8] as number,
          code: words.subarray(offset, offset + count),
          positions: words.subarray(offset + count, offset + 5 * count),
          consts: (node[11] as number[]).map((r) => made[r] as ConstValue),
          names: node[12] as string[],
          varnames: node[13] as string[],
          cellvars: node[14] as string[],
          freevars: node[15] as string[],
          stacksize: node[9] as number,
          maxblocks: node[10] as number,
        };
        break;
      }
      default: throw new Error(`marshal: bad node ${String(node[0])}`);
    }
  }
  return made[doc.r] as CodeUnit;
}

/**
 * Why two CodeUnit trees differ (null when they are the same): every field, every constant, and
 * the sharing pattern (the n-th distinct object met in a walk of one is the n-th of the other).
 */
export function moduleDifference(a: CodeUnit, b: CodeUnit): string | null {
  const idsA = new Map<object, number>(), idsB = new Map<object, number>();
  const same = (x: object, y: object, where: string): string | null | 'seen' => {
    const ix = idsA.get(x), iy = idsB.get(y);
    if (ix !== undefined || iy !== undefined) return ix === iy ? 'seen' : `${where}: shared differently`;
    idsA.set(x, idsA.size);
    idsB.set(y, idsB.size);
    return null;
  };
  const arrays = (x: ArrayLike<unknown>, y: ArrayLike<unknown>): boolean =>
    x.length === y.length && Array.prototype.every.call(x, (v: unknown, i: number) => Object.is(v, y[i]));
  const consts = (x: ConstValue, y: ConstValue, where: string): string | null => {
    const s = same(x, y, where);
    if (s === 'seen') return null;
    if (s !== null) return s;
    if (x.kind !== y.kind) return `${where}: ${x.kind} vs ${y.kind}`;
    switch (x.kind) {
      case 'None': case 'Ellipsis': return null;
      case 'bool': case 'int': case 'float': case 'str':
        return Object.is(x.value, (y as typeof x).value) ? null : `${where}: ${String(x.value)} vs ${String((y as typeof x).value)}`;
      case 'complex': {
        const z = y as typeof x;
        return Object.is(x.real, z.real) && Object.is(x.imag, z.imag) ? null : `${where}: complex differs`;
      }
      case 'bytes': return arrays(x.value, (y as typeof x).value) ? null : `${where}: bytes differ`;
      case 'tuple': case 'frozenset': {
        const items = (y as typeof x).items;
        if (x.items.length !== items.length) return `${where}: ${x.kind} length`;
        for (let i = 0; i < items.length; i++) {
          const d = consts(x.items[i], items[i], `${where}[${i}]`);
          if (d !== null) return d;
        }
        return null;
      }
      case 'code': return units(x.code, (y as typeof x).code);
    }
  };
  const units = (x: CodeUnit, y: CodeUnit): string | null => {
    const where = x.qualname;
    const s = same(x, y, where);
    if (s === 'seen') return null;
    if (s !== null) return s;
    for (const k of ['name', 'qualname', 'filename', 'firstlineno', 'argcount', 'posonlyargcount', 'kwonlyargcount',
      'flags', 'stacksize', 'maxblocks'] as const) {
      if (x[k] !== y[k]) return `${where}: ${k} ${String(x[k])} vs ${String(y[k])}`;
    }
    for (const k of ['code', 'positions', 'names', 'varnames', 'cellvars', 'freevars'] as const) {
      if (!arrays(x[k], y[k])) return `${where}: ${k} differ`;
    }
    if (x.consts.length !== y.consts.length) return `${where}: number of constants`;
    for (let i = 0; i < x.consts.length; i++) {
      const d = consts(x.consts[i], y.consts[i], `${where} const ${i}`);
      if (d !== null) return d;
    }
    const keys = (u: CodeUnit) => Object.keys(u).sort().join(',');
    return keys(x) === keys(y) ? null : `${where}: fields ${keys(x)} vs ${keys(y)}`;
  };
  return units(a, b);
}
