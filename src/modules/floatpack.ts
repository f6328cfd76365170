// LAYER: modules. `_pyheap_floatpack`: IEEE 754 binary16/32/64 packing for lib/struct.py and
// lib/array.py. pack(x, size, little, strict) -> bytes; unpack(data, size, little) -> float.
// binary16 ('e') has no DataView accessor in Node 20, so it is converted by hand: the double is
// rounded to 11 significant bits (half to even), with subnormals below 2**-14.

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { checkArity } from '../objects/args.js';
import { raiseOverflowError } from '../objects/errors.js';
import { newFloat, numberFloatValue } from '../objects/float.js';
import { newBytes, bufferArg } from '../objects/bytes.js';
import { None } from '../objects/singletons.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';

/** the binary16 bits of x; null when x is finite but too large */
function toHalf(x: number): number | null {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00 | sign;
  if (a === Infinity) return 0x7c00 | sign;
  if (a === 0) return sign;
  // scaled = a / 2**-24 : the value in units of the smallest subnormal
  let e = Math.floor(Math.log2(a));
  if (Math.pow(2, e) > a) e--;
  if (Math.pow(2, e + 1) <= a) e++;
  let bits: number;
  if (e < -14) {
    const m = roundEven(a * Math.pow(2, 24)); // subnormal: units of 2**-24
    bits = m; // m may reach 0x400, which is the smallest normal: the encoding carries over
  } else {
    const m = roundEven((a / Math.pow(2, e) - 1) * 1024);
    let exp = e + 15;
    let mant = m;
    if (mant === 1024) { mant = 0; exp++; }
    if (exp >= 31) return null;
    bits = (exp << 10) | mant;
  }
  return bits | sign;
}

function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
  if (exp === 0) return sign * mant * Math.pow(2, -24);
  if (exp === 31) return mant === 0 ? sign * Infinity : NaN;
  return sign * (1 + mant / 1024) * Math.pow(2, exp - 15);
}

function pack(args: PyObject[], kw: string[] | null): PyObject {
  checkArity('pack', args, kw, 4, 4);
  const x = numberFloatValue(args[0]);
  const size = Number(args[1].value);
  const little = args[2].value === 1 || args[2].value === true;
  const strict = args[3].value === 1 || args[3].value === true;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  if (size === 2) {
    const h = toHalf(x);
    if (h === null) raiseOverflowError('float too large to pack with e format');
    view.setUint16(0, h!, little);
  } else if (size === 4) {
    const f = Math.fround(x);
    if (strict && !Number.isFinite(f) && Number.isFinite(x)) raiseOverflowError('float too large to pack with f format');
    view.setFloat32(0, f, little);
  } else {
    view.setFloat64(0, x, little);
  }
  return newBytes(out);
}

function unpack(args: PyObject[], kw: string[] | null): PyObject {
  checkArity('unpack', args, kw, 3, 3);
  const data = bufferArg(args[0]);
  const size = Number(args[1].value);
  const little = args[2].value === 1 || args[2].value === true;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (size === 2) return newFloat(fromHalf(view.getUint16(0, little)));
  if (size === 4) return newFloat(view.getFloat32(0, little));
  return newFloat(view.getFloat64(0, little));
}

export function makeFloatPackModule(): PyObject {
  const m = newModule('_pyheap_floatpack', None);
  for (const [name, fn] of [['pack', pack], ['unpack', unpack]] as const) {
    const f = newBuiltinFunction(name, fn, '_pyheap_floatpack');
    moduleSet(m, name, f);
    decref(f);
  }
  return m;
}
