// LAYER: parser — ast.dump.
//
// dump(node) prints an AST exactly as CPython 3.11's ast.dump(node) does with default options
// (fields by keyword, optional fields that are None left out, no positions); with
// { includeAttributes: true } it appends lineno/col_offset/end_lineno/end_col_offset like
// ast.dump(node, include_attributes=True). Constants are printed with Python's repr rules for
// str, bytes, int, float and complex.

import { FIELDS, LOCATED, type Constant_value } from './ast.js';

/** Fields whose class default is None in CPython (omitted from the dump when None). */
const OPTIONAL_FIELDS: Record<string, string[]> = {
  AnnAssign: ['value'], Assert: ['msg'], Assign: ['type_comment'], AsyncFor: ['type_comment'],
  AsyncFunctionDef: ['returns', 'type_comment'], AsyncWith: ['type_comment'], Constant: ['kind'],
  ExceptHandler: ['type', 'name'], For: ['type_comment'], FormattedValue: ['format_spec'],
  FunctionDef: ['returns', 'type_comment'], ImportFrom: ['module', 'level'], MatchAs: ['pattern', 'name'],
  MatchMapping: ['rest'], MatchStar: ['name'], Raise: ['exc', 'cause'], Return: ['value'],
  Slice: ['lower', 'upper', 'step'], With: ['type_comment'], Yield: ['value'], alias: ['asname'],
  arg: ['annotation', 'type_comment'], arguments: ['vararg', 'kwarg'], keyword: ['arg'], match_case: ['guard'],
  withitem: ['optional_vars'],
};

/** Fields holding field-less enum nodes, stored as plain strings ('Load', 'Add', ...). */
const ENUM_FIELDS = new Set(['ctx', 'op']);
const ENUM_LIST_FIELDS = new Set(['ops']);

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

export interface DumpOptions {
  includeAttributes?: boolean;
}

type AnyNode = { _type: string; [field: string]: unknown };

/** CPython's ast.dump(node) (or ast.dump(node, include_attributes=True)). */
export function dump(node: unknown, options: DumpOptions = {}): string {
  return formatValue(node, '', options);
}

function formatNode(node: AnyNode, options: DumpOptions): string {
  const type = node._type;
  const fields = FIELDS[type] ?? [];
  const optional = OPTIONAL_FIELDS[type] ?? [];
  const parts: string[] = [];
  for (const field of fields) {
    const value = node[field];
    if ((value === null || value === undefined) && optional.includes(field)) continue;
    parts.push(`${field}=${formatValue(value, field, options, type)}`);
  }
  if (options.includeAttributes && LOCATED.has(type)) {
    for (const attr of ATTRIBUTES) {
      const value = node[attr];
      if (value === null || value === undefined) continue;
      parts.push(`${attr}=${String(value)}`);
    }
  }
  return `${type}(${parts.join(', ')})`;
}

function formatValue(value: unknown, field: string, options: DumpOptions, owner?: string): string {
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) {
    const enumList = ENUM_LIST_FIELDS.has(field);
    return `[${value.map((v) => (enumList ? `${v}()` : formatValue(v, '', options))).join(', ')}]`;
  }
  if (typeof value === 'string') return ENUM_FIELDS.has(field) ? `${value}()` : reprStr(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'object') {
    const obj = value as AnyNode;
    if (typeof obj._type === 'string') return formatNode(obj, options);
    if (field === 'value' && (owner === 'Constant' || owner === 'MatchSingleton')) return reprConstant(value as Constant_value);
  }
  return String(value);
}

/** Python's repr() of a constant value. */
export function reprConstant(v: Constant_value): string {
  switch (v.kind) {
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'int':
      return v.value.toString();
    case 'float':
      return reprFloat(v.value);
    case 'complex':
      return reprComplexImag(v.imag);
    case 'str':
      return reprStr(v.value);
    case 'bytes':
      return reprBytes(v.value);
  }
}

const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python's repr() of a str. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (ch.length === 1 && cp >= 0xd800 && cp <= 0xdfff) out += '\\u' + hex(cp, 4);
    else if (!NON_PRINTABLE.test(ch)) out += ch;
    else if (cp < 0x100) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

/** Python's repr() of a bytes object. */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += ch;
  }
  return out + quote;
}

/**
 * Python's float repr: the shortest digits that round-trip, in fixed notation when the decimal
 * exponent is in [-4, 16), otherwise as d.ddde±XX. `addDotZero` adds ".0" to integral values.
 */
export function reprFloat(x: number, addDotZero = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) {
    const zero = Object.is(x, -0) ? '-0' : '0';
    return addDotZero ? zero + '.0' : zero;
  }
  const sign = x < 0 ? '-' : '';
  const [mantissa, expText] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exp = Number(expText);
  if (exp >= -4 && exp < 16) {
    let text: string;
    if (exp >= 0) {
      const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, '0');
      const frac = digits.slice(exp + 1);
      text = frac ? `${intPart}.${frac}` : addDotZero ? `${intPart}.0` : intPart;
    } else {
      text = '0.' + '0'.repeat(-exp - 1) + digits;
    }
    return sign + text;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = exp < 0 ? '-' + String(-exp).padStart(2, '0') : '+' + String(exp).padStart(2, '0');
  return `${sign}${m}e${e}`;
}

/** Python's repr() of a complex with zero real part. */
function reprComplexImag(imag: number): string {
  return reprFloat(imag, false) + 'j';
}
