// LAYER: modules. `_pyheap_json`: the speed-ups under lib/json (what CPython's _json C module is
// to its json package): scan() reads one JSON value, encode() writes a whole document in one go.
// Both behave exactly as lib/json/decoder.py and encoder.py (same messages, positions, hooks);
// the Python versions remain for iterencode's chunks and for subclasses overriding the pieces.
//
// Positions reported to Python are code points; the JS string is indexed in UTF-16 units, so
// they are converted when the text holds astral characters. Nesting is bounded (RecursionError
// past MAX_DEPTH, as CPython's recursion check) so no document overflows the JS stack.

import { PyObject } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { checkArity } from '../objects/args.js';
import { PyErr, excType, raise, raiseTypeError, raiseValueError } from '../objects/errors.js';
import { newInt, isInt } from '../objects/int.js';
import { True, False } from '../objects/bool.js';
import { newFloat, isFloat } from '../objects/float.js';
import { floatRepr } from '../objects/format.js';
import { newStr, isStr, cpToUnit, unitToCp } from '../objects/str.js';
import { None, none } from '../objects/singletons.js';
import { newTupleSteal, isTuple } from '../objects/tuple.js';
import { newListSteal, isList } from '../objects/list.js';
import { newDict, dictSetItem, dictItemsArray, isDict } from '../objects/dict.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';

const MAX_DEPTH = 990;

// ------------------------------------------------------------------ decoding

class Scanner {
  memo = new Map<string, PyObject>();
  depth = 0;
  constructor(
    readonly s: string, readonly sObj: PyObject, readonly astral: boolean, readonly strict: boolean,
    readonly objectHook: PyObject | null, readonly pairsHook: PyObject | null, readonly parseFloat: PyObject | null,
    readonly parseInt: PyObject | null, readonly parseConstant: PyObject | null, readonly errType: PyObject,
  ) {}

  fail(msg: string, unit: number): never {
    const pos = this.astral ? unitToCp(this.s, unit) : unit;
    const args = [newStr(msg), this.sObj, newInt(pos)];
    incref(this.sObj);
    let exc: PyObject;
    try {
      exc = A.call(this.errType, args, null);
    } finally {
      for (const a of args) decref(a);
    }
    throw new PyErr(exc!);
  }

  skip(i: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return i;
    }
  }

  /** a new reference to the value at unit index i, and the index after it */
  value(i: number): [PyObject, number] {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === 34) { const [t, e] = this.string(i + 1); return [newStr(t), e]; }
    if (c === 123) return this.nested(() => this.object(i + 1), 'object');
    if (c === 91) return this.nested(() => this.array(i + 1), 'array');
    if (c === 110 && s.startsWith('null', i)) return [none(), i + 4];
    if (c === 116 && s.startsWith('true', i)) { incref(True); return [True, i + 4]; }
    if (c === 102 && s.startsWith('false', i)) { incref(False); return [False, i + 5]; }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (m !== null) {
      const end = i + m[0].length;
      if (m[2] !== undefined || m[3] !== undefined) {
        if (this.parseFloat === null) return [newFloat(Number(m[0])), end];
        return [this.callWithText(this.parseFloat, m[0]), end];
      }
      if (this.parseInt === null) {
        return [m[0].length < 16 ? newInt(Number(m[0]) + 0) : newInt(BigInt(m[0])), end];
      }
      return [this.callWithText(this.parseInt, m[0]), end];
    }
    if (c === 78 && s.startsWith('NaN', i)) return [this.constant('NaN', NaN), i + 3];
    if (c === 73 && s.startsWith('Infinity', i)) return [this.constant('Infinity', Infinity), i + 8];
    if (c === 45 && s.startsWith('-Infinity', i)) return [this.constant('-Infinity', -Infinity), i + 9];
    return this.fail('Expecting value', i);
  }

  nested(read: () => [PyObject, number], what: string): [PyObject, number] {
    if (++this.depth > MAX_DEPTH) {
      raise(excType('RecursionError'), `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`);
    }
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  callWithText(f: PyObject, text: string): PyObject {
    const t = newStr(text);
    try {
      return A.call(f, [t], null);
    } finally {
      decref(t);
    }
  }

  constant(name: string, v: number): PyObject {
    return this.parseConstant === null ? newFloat(v) : this.callWithText(this.parseConstant, name);
  }

  /** the body of a string starting at unit i (after the quote): [text, index after the closing quote] */
  string(i: number): [string, number] {
    const s = this.s;
    const begin = i - 1;
    let out = '';
    let start = i;
    for (;;) {
      if (i >= s.length) this.fail('Unterminated string starting at', begin);
      const c = s.charCodeAt(i);
      if (c === 34) { out += s.slice(start, i); return [out, i + 1]; }
      if (c === 92) {
        out += s.slice(start, i);
        i++;
        if (i >= s.length) this.fail('Unterminated string starting at', begin);
        const e = s[i];
        if (e === 'u') {
          let code = this.hex4(i);
          i += 5;
          if (code >= 0xd800 && code <= 0xdbff && s.startsWith('\\u', i)) {
            const low = this.hex4(i + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
              code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
              i += 6;
            }
          }
          out += String.fromCodePoint(code);
        } else {
          const r = ESCAPES[e];
          if (r === undefined) this.fail('Invalid \\escape', i - 1);
          out += r;
          i++;
        }
        start = i;
        continue;
      }
      if (c < 32 && this.strict) this.fail('Invalid control character at', i);
      i++;
    }
  }

  hex4(i: number): number {
    const h = this.s.slice(i + 1, i + 5);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) this.fail('Invalid \\uXXXX escape', i);
    return parseInt(h, 16);
  }

  key(i: number): [PyObject, number] {
    const [t, e] = this.string(i);
    let k = this.memo.get(t);
    if (k === undefined) {
      k = newStr(t);
      this.memo.set(t, k);
    }
    incref(k);
    return [k, e];
  }

  object(i: number): [PyObject, number] {
    const s = this.s;
    const keys: PyObject[] = [];
    const vals: PyObject[] = [];
    try {
      i = this.skip(i);
      if (s.charCodeAt(i) !== 34) {
        if (s.charCodeAt(i) === 125) return [this.finishObject(keys, vals), i + 1];
        this.fail('Expecting property name enclosed in double quotes', i);
      }
      i++;
      for (;;) {
        const [k, e] = this.key(i);
        keys.push(k);
        i = this.skip(e);
        if (s.charCodeAt(i) !== 58) this.fail("Expecting ':' delimiter", i);
        i = this.skip(i + 1);
        const [v, e2] = this.value(i);
        vals.push(v);
        i = this.skip(e2);
        const c = s.charCodeAt(i);
        i++;
        if (c === 125) break;
        if (c !== 44) this.fail("Expecting ',' delimiter", i - 1);
        i = this.skip(i);
        const q = s.charCodeAt(i);
        i++;
        if (q !== 34) this.fail('Expecting property name enclosed in double quotes', i - 1);
      }
      return [this.finishObject(keys, vals), i];
    } catch (e) {
      for (const k of keys) decref(k);
      for (const v of vals) decref(v);
      throw e;
    }
  }

  /** consumes the keys' and values' references (emptying the arrays) */
  finishObject(keys: PyObject[], vals: PyObject[]): PyObject {
    const ks = keys.splice(0), vs = vals.splice(0);
    if (this.pairsHook !== null) {
      const pairs = newListSteal(ks.map((k, j) => newTupleSteal([k, vs[j]])));
      try {
        return A.call(this.pairsHook, [pairs], null);
      } finally {
        decref(pairs);
      }
    }
    const d = newDict();
    try {
      for (let j = 0; j < ks.length; j++) dictSetItem(d, ks[j], vs[j]);
    } catch (e) {
      decref(d);
      throw e;
    } finally {
      for (const k of ks) decref(k);
      for (const v of vs) decref(v);
    }
    if (this.objectHook === null) return d;
    try {
      return A.call(this.objectHook, [d], null);
    } finally {
      decref(d);
    }
  }

  array(i: number): [PyObject, number] {
    const s = this.s;
    const items: PyObject[] = [];
    try {
      i = this.skip(i);
      if (s.charCodeAt(i) === 93) return [newListSteal(items), i + 1];
      for (;;) {
        const [v, e] = this.value(i);
        items.push(v);
        i = this.skip(e);
        const c = s.charCodeAt(i);
        i++;
        if (c === 93) break;
        if (c !== 44) this.fail("Expecting ',' delimiter", i - 1);
        i = this.skip(i);
      }
      return [newListSteal(items.splice(0)), i];
    } catch (e) {
      for (const v of items) decref(v);
      throw e;
    }
  }

  release(): void {
    for (const k of this.memo.values()) decref(k);
    this.memo.clear();
  }
}

const NUMBER = /(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const orNull = (o: PyObject): PyObject | null => (o === None ? null : o);

/** scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, errtype)
 *  -> (value, end); the hooks are None for the defaults */
function scanFn(args: PyObject[], kw: string[] | null): PyObject {
  checkArity('scan', args, kw, 9, 9);
  const sObj = args[0];
  if (!isStr(sObj)) raiseTypeError('scan: a str is required');
  const s = sObj.value as string;
  const astral = /[\ud800-\udfff]/.test(s);
  const idxCp = Number(args[1].value);
  const idx = astral ? cpToUnit(s, idxCp) : idxCp;
  const sc = new Scanner(s, sObj, astral, A.isTrue(args[2]), orNull(args[3]), orNull(args[4]), orNull(args[5]),
    orNull(args[6]), orNull(args[7]), args[8]);
  try {
    const [v, end] = sc.value(idx);
    return newTupleSteal([v, newInt(astral ? unitToCp(s, end) : end)]);
  } finally {
    sc.release();
  }
}

// ------------------------------------------------------------------ encoding

const ESC: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function quote(s: string, ascii: boolean): string {
  const re = ascii ? /[^\x20-\x21\x23-\x5b\x5d-\x7e]/ : /[\x00-\x1f"\\]/;
  if (!re.test(s)) return '"' + s + '"';
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && ch !== '"' && ch !== '\\') { out += ch; continue; }
    if (!ascii && c > 0x7e) { out += ch; continue; }
    const e = ESC[ch];
    out += e !== undefined ? e : '\\u' + c.toString(16).padStart(4, '0');
  }
  return out + '"';
}

interface EncodeOptions {
  skipkeys: boolean;
  ascii: boolean;
  markers: Set<PyObject> | null;
  allowNan: boolean;
  sortKeys: PyObject | null; // builtins.sorted, when sort_keys
  indent: string | null;
  itemSep: string;
  keySep: string;
  dflt: PyObject;
  cStyle: boolean;
}

class Encoder {
  out: string[] = [];
  depth = 0;
  constructor(readonly o: EncodeOptions) {}

  float(x: number, obj: PyObject): string {
    if (Number.isFinite(x)) return floatRepr(x);
    const text = Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
    if (!this.o.allowNan) {
      raiseValueError(this.o.cStyle ? 'Out of range float values are not JSON compliant'
        : 'Out of range float values are not JSON compliant: ' + A.reprString(obj));
    }
    return text;
  }

  scalar(v: PyObject): string | null {
    if (isStr(v)) return quote(v.value as string, this.o.ascii);
    if (v === None) return 'null';
    if (v === True) return 'true';
    if (v === False) return 'false';
    if (isInt(v)) return String(v.value);
    if (isFloat(v)) return this.float(v.value as number, v);
    return null;
  }

  enter(o: PyObject): void {
    if (++this.depth > MAX_DEPTH) raise(excType('RecursionError'), 'maximum recursion depth exceeded while encoding a JSON object');
    const m = this.o.markers;
    if (m !== null) {
      if (m.has(o)) raiseValueError('Circular reference detected');
      m.add(o);
    }
  }

  leave(o: PyObject): void {
    this.depth--;
    this.o.markers?.delete(o);
  }

  value(v: PyObject, level: number): void {
    const t = this.scalar(v);
    if (t !== null) { this.out.push(t); return; }
    if (isList(v) || isTuple(v)) { this.list(v, level); return; }
    if (isDict(v)) { this.dict(v, level); return; }
    this.enter(v);
    const r = A.call(this.o.dflt, [v], null);
    try {
      this.value(r, level);
    } finally {
      decref(r);
    }
    this.leave(v);
  }

  list(v: PyObject, level: number): void {
    const items = v.value as PyObject[];
    if (items.length === 0) { this.out.push('[]'); return; }
    this.enter(v);
    const ind = this.o.indent;
    let sep = this.o.itemSep;
    this.out.push('[');
    if (ind !== null) {
      level++;
      const nl = '\n' + ind.repeat(level);
      sep += nl;
      this.out.push(nl);
    }
    // the list may change under a default() callback: read it afresh each step, holding the item
    for (let i = 0; i < (v.value as PyObject[]).length; i++) {
      if (i > 0) this.out.push(sep);
      const item = (v.value as PyObject[])[i];
      incref(item);
      try {
        this.value(item, level);
      } finally {
        decref(item);
      }
    }
    if (ind !== null) this.out.push('\n' + ind.repeat(level - 1));
    this.out.push(']');
    this.leave(v);
  }

  dict(v: PyObject, level: number): void {
    let pairs = dictItemsArray(v);
    if (pairs.length === 0) { this.out.push('{}'); return; }
    try {
      this.enter(v);
      if (this.o.sortKeys !== null) pairs = this.sorted(pairs);
      const ind = this.o.indent;
      let sep = this.o.itemSep;
      this.out.push('{');
      if (ind !== null) {
        level++;
        const nl = '\n' + ind.repeat(level);
        sep += nl;
        this.out.push(nl);
      }
      let first = true;
      for (const [k, val] of pairs) {
        let key: string;
        if (isStr(k)) key = k.value as string;
        else if (isFloat(k)) key = this.float(k.value as number, k);
        else if (k === True) key = 'true';
        else if (k === False) key = 'false';
        else if (k === None) key = 'null';
        else if (isInt(k)) key = String(k.value);
        else if (this.o.skipkeys) continue;
        else raiseTypeError(`keys must be str, int, float, bool or None, not ${k.type.name}`);
        if (!first) this.out.push(sep);
        first = false;
        this.out.push(quote(key!, this.o.ascii), this.o.keySep);
        this.value(val, level);
      }
      if (ind !== null) this.out.push('\n' + ind.repeat(level - 1));
      this.out.push('}');
      this.leave(v);
    } finally {
      for (const [k, val] of pairs) { decref(k); decref(val); }
    }
  }

  /** the pairs in sorted(d.items()) order (consumes and returns owned pairs) */
  sorted(pairs: [PyObject, PyObject][]): [PyObject, PyObject][] {
    const list = newListSteal(pairs.splice(0).map(([k, val]) => newTupleSteal([k, val])));
    let res: PyObject;
    try {
      res = A.call(this.o.sortKeys!, [list], null);
    } finally {
      decref(list);
    }
    try {
      return (res!.value as PyObject[]).map((t) => {
        const [k, val] = t.value as PyObject[];
        incref(k);
        incref(val);
        return [k, val] as [PyObject, PyObject];
      });
    } finally {
      decref(res!);
    }
  }
}

/** encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sorted_or_None, indent, item_sep,
 *  key_sep, default, c_style) -> str */
function encodeFn(args: PyObject[], kw: string[] | null): PyObject {
  checkArity('encode', args, kw, 11, 11);
  const str = (o: PyObject): string => A.strString(o);
  const enc = new Encoder({
    skipkeys: A.isTrue(args[1]), ascii: A.isTrue(args[2]), markers: A.isTrue(args[3]) ? new Set() : null,
    allowNan: A.isTrue(args[4]), sortKeys: orNull(args[5]), indent: args[6] === None ? null : str(args[6]),
    itemSep: str(args[7]), keySep: str(args[8]), dflt: args[9], cStyle: A.isTrue(args[10]),
  });
  enc.value(args[0], 0);
  return newStr(enc.out.join(''));
}

export function makeJsonFastModule(): PyObject {
  const m = newModule('_pyheap_json', None);
  for (const [name, fn] of [['scan', scanFn], ['encode', encodeFn]] as const) {
    const f = newBuiltinFunction(name, fn, '_pyheap_json');
    moduleSet(m, name, f);
    decref(f);
  }
  return m;
}
