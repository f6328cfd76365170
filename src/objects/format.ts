// LAYER: objects. Number and text formatting on JS values (no objects are created or read):
//   * float -> text exactly as CPython 3.11 prints it: floatRepr (repr/str), doubleToString
//     (PyOS_double_to_string: the e/f/g/r codes %-formatting and the mini-language use), computed
//     from the exact binary value with BigInt, so rounding is CPython's (round-half-even on the
//     exact value) at any precision;
//   * the format-spec mini-language (`format(x, spec)`, `f'{x:spec}'`): parseFormatSpec,
//     formatStr, formatInt, formatFloat, with CPython's error messages.
// Errors are raised through errors.ts only. This file deliberately imports nothing heavier than
// errors.ts, so that int.ts and float.ts can use it without import cycles; the formatting that
// needs objects (printf-style `%`, str.format/format_map, PyObject_Format) is in strmethods.ts:
// percentFormat, strFormatObject, formatObject / formatToText, builtinFormat.
// This file has no type and no payload.

import { raiseValueError, raiseOverflowError } from './errors.js';

// =====================================================================================
// Exact decimal digits of a double (CPython's _Py_dg_dtoa, modes 0, 2 and 3)
// =====================================================================================

const f64 = new DataView(new ArrayBuffer(8));

/** |x| = mant * 2^exp exactly, for finite nonzero x */
function decompose(x: number): [bigint, number] {
  f64.setFloat64(0, x);
  const hi = f64.getUint32(0), lo = f64.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return [mant, -1074];
  return [mant | (1n << 52n), bexp - 1075];
}

const pow10Cache: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 300) {
    let p = pow10Cache[n];
    if (p === undefined) pow10Cache[n] = p = 10n ** BigInt(n);
    return p;
  }
  return 10n ** BigInt(n);
}

/** round-half-even(|x| * 10^k) as a bigint, from the exact binary value of x */
function roundScaled(ax: number, k: number): bigint {
  const [m, e] = decompose(ax);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (k >= 0) num *= pow10(k); else den *= pow10(-k);
  let q = num / den;
  const twice = (num - q * den) * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q++;
  return q;
}

/** digits (no trailing zeros, '' when rounded to zero) and decimal point position: x = 0.DIGITS * 10^decpt */
interface Digits { digits: string; decpt: number }

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** mode 0: the shortest digit string that reads back as x (JS's Number::toString picks the same) */
function shortestDigits(ax: number): Digits {
  let s = String(ax);
  let exp = 0;
  const ei = s.indexOf('e');
  if (ei >= 0) { exp = Number(s.slice(ei + 1)); s = s.slice(0, ei); }
  const dot = s.indexOf('.');
  const intPart = dot < 0 ? s : s.slice(0, dot);
  let digits = dot < 0 ? s : intPart + s.slice(dot + 1);
  let decpt = intPart.length + exp;
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) { i++; decpt--; }
  digits = stripZeros(digits.slice(i));
  return { digits, decpt };
}

/** mode 2: nd >= 1 significant digits, correctly rounded */
function significantDigits(ax: number, nd: number): Digits {
  let e = Math.floor(Math.log10(ax));
  for (let guard = 0; guard < 4; guard++) {
    const q = roundScaled(ax, nd - 1 - e);
    if (q >= pow10(nd)) { e++; continue; }
    if (q < pow10(nd - 1)) { e--; continue; }
    return { digits: stripZeros(q.toString()), decpt: e + 1 };
  }
  const q = roundScaled(ax, nd - 1 - e);
  return { digits: stripZeros(q.toString()), decpt: e + 1 };
}

/** mode 3: nd digits after the decimal point, correctly rounded; '' when it rounds to zero */
function fixedDigits(ax: number, nd: number): Digits {
  const q = roundScaled(ax, nd);
  if (q === 0n) return { digits: '', decpt: -nd };
  const s = q.toString();
  return { digits: stripZeros(s), decpt: s.length - nd };
}

const DTSF_SIGN = 1, DTSF_ADD_DOT_0 = 2, DTSF_ALT = 4, DTSF_NO_NEG_0 = 8;

/**
 * PyOS_double_to_string: `code` is one of e E f F g G r; `precision` digits (ignored for 'r');
 * flags: DTSF_*. Produces 'inf'/'nan' (upper case for E F G), exponents with at least 2 digits.
 */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  let upper = false;
  let mode: number;
  switch (code) {
    case 'E': upper = true; code = 'e'; // fall through
    case 'e': mode = 2; precision++; break;
    case 'F': upper = true; code = 'f'; // fall through
    case 'f': mode = 3; break;
    case 'G': upper = true; code = 'g'; // fall through
    case 'g': mode = 2; if (precision === 0) precision = 1; break;
    case 'r': mode = 0; break;
    default: throw new Error(`pyheap internal: bad float format code ${code}`);
  }
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  const alwaysSign = (flags & DTSF_SIGN) !== 0;
  if (!Number.isFinite(x)) {
    const body = Number.isNaN(x) ? 'nan' : 'inf';
    if (Number.isNaN(x)) negative = false;
    const s = (negative ? '-' : alwaysSign ? '+' : '') + body;
    return upper ? s.toUpperCase() : s;
  }
  const ax = Math.abs(x);
  let d: Digits;
  if (ax === 0) d = { digits: '0', decpt: 1 };
  else if (mode === 0) d = shortestDigits(ax);
  else if (mode === 2) d = significantDigits(ax, precision);
  else d = fixedDigits(ax, precision);
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  if ((flags & DTSF_NO_NEG_0) && negative && (d.digits === '' || d.digits === '0')) negative = false;

  const digits = d.digits;
  const nd = digits.length;
  let decpt = d.decpt;
  let useExp = false;
  let vEnd = nd;
  switch (code) {
    case 'e': useExp = true; vEnd = precision; break;
    case 'f': vEnd = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) { exp = decpt - 1; decpt = 1; }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = negative ? '-' : alwaysSign ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= nd) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (nd < decpt) out += '0'.repeat(decpt - nd) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(vEnd - nd);
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return out;
}

/** repr(float) / str(float): the shortest round-trip text, '1e+16', '1e-05', 'inf', '-0.0' */
export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, DTSF_ADD_DOT_0);
}

// =====================================================================================
// The format-spec mini-language
// =====================================================================================

/** a parsed format spec (CPython's InternalFormatSpec) */
export interface FormatSpec {
  fill: string;
  align: string;        // '<' '>' '^' '='
  sign: string;         // '' '+' '-' ' '
  noNeg0: boolean;      // 'z'
  alt: boolean;         // '#'
  width: number;        // -1: not given
  grouping: string;     // '' ',' '_' ('_' every 4 digits for b o x X)
  precision: number;    // -1: not given
  type: string;         // '' when not given
}

const SSIZE_MAX = 9223372036854775807;

/** the code point at JS index i of s (astral characters are two units) */
function cpAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return s.slice(i, i + 2);
  }
  return s[i];
}

/** number of code points of a JS string */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** the first n code points of s */
function cpPrefix(s: string, n: number): string {
  if (n >= s.length) return s;
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += cpAt(s, i).length;
  return s.slice(0, i);
}

const isAlignChar = (c: string): boolean => c === '<' || c === '>' || c === '=' || c === '^';

function readInt(spec: string, pos: number): [number, number] {
  let v = 0, p = pos;
  while (p < spec.length) {
    const c = spec.charCodeAt(p);
    if (c < 48 || c > 57) break;
    const d = c - 48;
    if (v > (SSIZE_MAX - d) / 10) raiseValueError('Too many decimal digits in format string');
    v = v * 10 + d;
    p++;
  }
  return [v, p];
}

/** the message text for a presentation type in CPython's errors: 'd', or '\x..' outside printable ASCII */
function typeChar(t: string): string {
  const c = t.codePointAt(0)!;
  return c > 32 && c < 128 ? t : '\\x' + c.toString(16);
}

/** parse_internal_render_format_spec */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const f: FormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alt: false, width: -1, grouping: '',
    precision: -1, type: defaultType,
  };
  let pos = 0;
  const end = spec.length;
  let alignGiven = false, fillGiven = false;
  const first = end > 0 ? cpAt(spec, 0) : '';
  if (end > first.length && isAlignChar(spec[first.length])) {
    f.fill = first;
    f.align = spec[first.length];
    fillGiven = alignGiven = true;
    pos = first.length + 1;
  } else if (end > 0 && isAlignChar(spec[0])) {
    f.align = spec[0];
    alignGiven = true;
    pos = 1;
  }
  if (pos < end && (spec[pos] === '+' || spec[pos] === '-' || spec[pos] === ' ')) f.sign = spec[pos++];
  if (pos < end && spec[pos] === 'z') { f.noNeg0 = true; pos++; }
  if (pos < end && spec[pos] === '#') { f.alt = true; pos++; }
  if (!fillGiven && pos < end && spec[pos] === '0') {
    f.fill = '0';
    if (!alignGiven && defaultAlign === '>') f.align = '=';
    pos++;
  }
  let p2: number;
  [f.width, p2] = readInt(spec, pos);
  if (p2 === pos) f.width = -1;
  pos = p2;
  if (pos < end && spec[pos] === ',') { f.grouping = ','; pos++; }
  if (pos < end && spec[pos] === '_') {
    if (f.grouping !== '') raiseValueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (pos < end && spec[pos] === ',' && f.grouping === '_') raiseValueError("Cannot specify both ',' and '_'.");
  if (pos < end && spec[pos] === '.') {
    pos++;
    [f.precision, p2] = readInt(spec, pos);
    if (p2 === pos) raiseValueError('Format specifier missing precision');
    pos = p2;
  }
  if (end - pos > 1) {
    // more than one character left (an astral type character is still one)
    if (!(end - pos === 2 && cpAt(spec, pos).length === 2)) {
      raiseValueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
    }
  }
  if (pos < end) f.type = cpAt(spec, pos);
  if (f.grouping !== '') {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping === '_') break;
      // fall through
      default:
        raiseValueError(`Cannot specify '${f.grouping}' with '${typeChar(f.type)}'.`);
    }
  }
  return f;
}

function unknownType(t: string, typeName: string): never {
  return raiseValueError(`Unknown format code '${typeChar(t)}' for object of type '${typeName}'`);
}

/** padding around a piece of `n` code points (calc_padding) */
function pad(body: string, n: number, f: FormatSpec): string {
  const total = f.width >= 0 && f.width > n ? f.width : n;
  if (total === n) return body;
  const lpad = f.align === '>' ? total - n : f.align === '^' ? Math.floor((total - n) / 2) : 0;
  return f.fill.repeat(lpad) + body + f.fill.repeat(total - n - lpad);
}

/** digits grouped from the right, zero-extended to minWidth (_PyUnicode_InsertThousandsGrouping) */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  let remaining = digits.length;
  if (size === 0) {
    const zeros = Math.max(0, Math.max(remaining, minWidth, 1) - remaining);
    return '0'.repeat(zeros) + digits;
  }
  const pieces: string[] = [];
  let pos = digits.length, mw = minWidth, useSep = false;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, mw, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    pieces.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ''));
    pos -= nChars;
    useSep = true;
    remaining -= nChars;
    mw -= size;
    if (remaining <= 0 && mw <= 0) break;
    mw -= sep.length;
  }
  let out = '';
  for (let i = pieces.length - 1; i >= 0; i--) out += pieces[i];
  return out;
}

/**
 * Lay a number out (calc_number_widths + fill_number): sign, prefix, padding, grouped digits,
 * decimal point and remainder. `type` 'n' uses the C locale (no grouping).
 */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, hasDecimal: boolean,
  remainder: string, upper: boolean): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  let sep = '', size = 0;
  if (f.type !== 'n' && f.grouping !== '') {
    sep = f.grouping;
    size = f.grouping === '_' && (f.type === 'b' || f.type === 'o' || f.type === 'x' || f.type === 'X') ? 4 : 3;
  }
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + cpLength(remainder);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, sep, size);
  if (upper) { grouped = grouped.toUpperCase(); prefix = prefix.toUpperCase(); }
  const padding = f.width - (nonDigit + grouped.length);
  let lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': rpad = padding; break;
      case '^': lpad = Math.floor(padding / 2); rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  const fill = f.fill;
  return (lpad ? fill.repeat(lpad) : '') + sign + prefix + (spad ? fill.repeat(spad) : '') + grouped +
    (hasDecimal ? '.' : '') + remainder + (rpad ? fill.repeat(rpad) : '');
}

/** format(s, spec) for a str s (str.__format__) */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') unknownType(f.type, typeName);
  if (f.sign !== '') {
    raiseValueError(f.sign === ' ' ? 'Space not allowed in string format specifier'
      : 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) raiseValueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alt) raiseValueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') raiseValueError("'=' alignment not allowed in string format specifier");
  let n = cpLength(s);
  if (f.precision >= 0 && n > f.precision) {
    s = cpPrefix(s, f.precision);
    n = f.precision;
  }
  return pad(s, n, f);
}

function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (!Number.isFinite(x)) raiseOverflowError('int too large to convert to float');
  return x;
}

/** format(n, spec) for an int n (int.__format__); typeName for messages ('bool' for True) */
export function formatInt(v: number | bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return v.toString();
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatSpec(intToFloat(v), f);
    default:
      return unknownType(f.type, typeName);
  }
  if (f.precision !== -1) raiseValueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) raiseValueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') raiseValueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) raiseValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
      raiseOverflowError('Python int too large to convert to C long');
    }
    if (v < 0 || v > 0x10ffff) raiseOverflowError('%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', false, String.fromCodePoint(Number(v)), false);
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  const negative = v < 0;
  const digits = (negative ? -v : v).toString(base);
  const prefix = f.alt && base !== 10 ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
  return layoutNumber(f, negative, prefix, digits, false, '', f.type === 'X');
}

/** format_float_internal for an already parsed spec */
function formatFloatSpec(x: number, f: FormatSpec): string {
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (f.alt) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') { flags |= DTSF_ADD_DOT_0; type = 'r'; defaultPrecision = 0; }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') { type = 'f'; x *= 100; pct = true; }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  if (precision > 2147483647) raiseValueError('precision too big');
  let s = doubleToString(x, type, precision, flags);
  if (pct) s += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.grouping === '') return s;
  let i = 0;
  const negative = s.charCodeAt(0) === 45;
  if (negative) i = 1;
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  const digits = s.slice(i, j);
  const hasDecimal = s.charCodeAt(j) === 46;
  const remainder = s.slice(hasDecimal ? j + 1 : j);
  return layoutNumber(f, negative, '', digits, hasDecimal, remainder, false);
}

/** format(x, spec) for a float x (float.__format__) */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(x, f);
    default:
      return unknownType(f.type, typeName);
  }
}
