// LAYER: parser — string literal decoding.
//
// A STRING token is the raw literal text (prefix, quotes, body). This file splits it into prefix
// flags and body, and decodes escape sequences for str and bytes literals with CPython's rules
// and error messages ("(unicode error) 'unicodeescape' codec can't decode bytes in position
// 0-6: unknown Unicode character name", "(value error) invalid \x escape at position 0").
// Unknown escapes such as "\d" are kept verbatim (CPython only warns about them).

import { lookupUnicodeName } from './unicode-names.js';

export interface StringLiteral {
  /** The prefix letters as written (e.g. 'rb', 'F', ''). */
  prefix: string;
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** Index in the token text where the body starts, and the body itself. */
  bodyStart: number;
  body: string;
}

/** Split a STRING token's text into prefix flags and body. */
export function splitStringLiteral(tokenText: string): StringLiteral {
  let i = 0;
  while (tokenText[i] !== '"' && tokenText[i] !== "'") i++;
  const prefix = tokenText.slice(0, i);
  const lower = prefix.toLowerCase();
  const quote = tokenText[i];
  const triple = tokenText.startsWith(quote.repeat(3), i) && tokenText.length - i >= 6;
  const q = triple ? 3 : 1;
  return {
    prefix,
    bytes: lower.includes('b'),
    raw: lower.includes('r'),
    fstring: lower.includes('f'),
    bodyStart: i + q,
    body: tokenText.slice(i + q, tokenText.length - q),
  };
}

/** A failed decode: the message CPython puts after "(unicode error) " or "(value error) ". */
export class DecodeError {
  constructor(public readonly kind: 'unicode error' | 'value error', public readonly message: string) {}
  /** The full SyntaxError message. */
  get syntaxMessage(): string {
    return `(${this.kind}) ${this.message}`;
  }
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function isOctal(c: number): boolean {
  return c >= 48 && c <= 55;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  b: '\b',
  f: '\f',
  t: '\t',
  n: '\n',
  r: '\r',
  v: '\v',
  a: '\x07',
};

/**
 * CPython decodes a str literal by first rewriting each non-ASCII character as a "\UXXXXXXXX"
 * escape (and a backslash before one as "\u005c"), then running the unicode-escape codec. Error
 * positions refer to that rewritten text, so the rewrite is reproduced when the body is not ASCII.
 */
function asciiEscapedBody(body: string): string {
  let out = '';
  const chars = Array.from(body);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') {
      out += '\\';
      const next = chars[i + 1];
      if (next === undefined || next.codePointAt(0)! >= 0x80) {
        out += 'u005c';
      } else {
        out += next;
        i++;
      }
      continue;
    }
    out += cp < 0x80 ? ch : '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

function escapeError(message: string, start: number, end: number): DecodeError {
  return new DecodeError('unicode error', `'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${message}`);
}

/** Decode the escapes of a (non-raw) str literal body. */
export function decodeStrEscapes(body: string): string | DecodeError {
  if (body.indexOf('\\') < 0) return body;
  // eslint-disable-next-line no-control-regex
  const s = /^[\x00-\x7f]*$/.test(body) ? body : asciiEscapedBody(body);
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const bs = s.indexOf('\\', i);
    if (bs < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, bs);
    const start = bs;
    i = bs + 1;
    if (i >= n) {
      // CPython rewrites a trailing backslash as "\u005c" before decoding: it stays a backslash.
      out += '\\';
      break;
    }
    const c = s[i++];
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const code = c.charCodeAt(0);
    if (isOctal(code)) {
      let value = code - 48;
      for (let k = 0; k < 2 && i < n && isOctal(s.charCodeAt(i)); k++) value = value * 8 + (s.charCodeAt(i++) - 48);
      out += String.fromCodePoint(value);
      continue;
    }
    if (c === 'x' || c === 'u' || c === 'U') {
      let count = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const message = c === 'x' ? 'truncated \\xXX escape' : c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      let value = 0;
      for (; count > 0; count--, i++) {
        if (i >= n) return escapeError(message, start, i);
        const h = hexValue(s.charCodeAt(i));
        if (h < 0) return escapeError(message, start, i);
        value = value * 16 + h;
      }
      if (value > 0x10ffff) return escapeError('illegal Unicode character', start, i);
      out += String.fromCodePoint(value);
      continue;
    }
    if (c === 'N') {
      const malformed = 'malformed \\N character escape';
      if (i >= n) return escapeError(malformed, start, i);
      if (s[i] !== '{') return escapeError(malformed, start, i);
      const nameStart = ++i;
      while (i < n && s[i] !== '}') i++;
      if (i >= n) return escapeError(malformed, start, i);
      if (i === nameStart) return escapeError(malformed, start, i);
      const name = s.slice(nameStart, i);
      i++;
      const cp = lookupUnicodeName(name);
      if (cp < 0) return escapeError('unknown Unicode character name', start, i);
      out += String.fromCodePoint(cp);
      continue;
    }
    // Unknown escape: kept as written.
    out += '\\' + c;
  }
  return out;
}

/** Decode a bytes literal body (already checked to be ASCII). */
export function decodeBytes(body: string, raw: boolean): Uint8Array | DecodeError {
  const out: number[] = [];
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body[i++];
    if (raw || c !== '\\') {
      out.push(c.charCodeAt(0));
      continue;
    }
    if (i >= n) {
      return new DecodeError('value error', 'Trailing \\ in string');
    }
    const e = body[i++];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (simple.length) out.push(simple.charCodeAt(0));
      continue;
    }
    const code = e.charCodeAt(0);
    if (isOctal(code)) {
      let value = code - 48;
      for (let k = 0; k < 2 && i < n && isOctal(body.charCodeAt(i)); k++) value = value * 8 + (body.charCodeAt(i++) - 48);
      out.push(value & 0xff);
      continue;
    }
    if (e === 'x') {
      const h1 = i < n ? hexValue(body.charCodeAt(i)) : -1;
      const h2 = i + 1 < n ? hexValue(body.charCodeAt(i + 1)) : -1;
      if (h1 >= 0 && h2 >= 0) {
        out.push(h1 * 16 + h2);
        i += 2;
        continue;
      }
      return new DecodeError('value error', `invalid \\x escape at position ${i - 2}`);
    }
    out.push(92, code);
  }
  return Uint8Array.from(out);
}

/** Whether a bytes literal body contains only ASCII characters. */
export function isAsciiBody(body: string): boolean {
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) >= 0x80) return false;
  return true;
}
