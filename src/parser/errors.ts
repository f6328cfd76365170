// LAYER: parser — syntax errors and source positions.
//
// PySyntaxError is the value the parser layer throws for every compile-time error (it is a plain
// class, not a JS Error, so the runtime can turn it into a Python SyntaxError object). Its fields
// mirror CPython's SyntaxError attributes: `offset`/`end_offset` are 1-based *character* offsets.
//
// SourceText holds the normalised source (newlines translated the way CPython's tokenizer does)
// split into lines, and converts between the three coordinate systems the parser deals with:
// JS string indices, UTF-8 byte columns (what AST nodes carry) and character columns (what
// SyntaxError.offset carries).

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError {
  constructor(
    public kind: SyntaxErrorKind,
    public msg: string,
    public filename: string,
    public lineno: number,
    public offset: number,
    public end_lineno: number | null,
    public end_offset: number | null,
    public text: string | null,
  ) {}

  toString(): string {
    return `${this.kind}: ${this.msg} (${this.filename}, line ${this.lineno})`;
  }
}

/** Number of UTF-8 bytes needed for the UTF-16 code unit at `s[i]` (surrogate pairs count 4 on the high half, 0 on the low half). */
function utf8UnitLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) return 4;
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return 3;
}

/** UTF-8 byte length of `s.slice(start, end)`. */
export function utf8Length(s: string, start = 0, end = s.length): number {
  let n = 0;
  for (let i = start; i < end; i++) n += utf8UnitLength(s, i);
  return n;
}

/** Number of code points in `s.slice(start, end)`. */
export function codePointCount(s: string, start = 0, end = s.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > start) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

/**
 * CPython's conversion of a 1-based byte offset into a character offset within `line`: the
 * number of characters decoded from the first `byteOffset` bytes (a cut multi-byte sequence
 * still counts as one character), clamped to the line length + 1.
 */
export function byteToCharOffset(line: string, byteOffset: number): number {
  if (byteOffset <= 0) return byteOffset;
  const total = utf8Length(line);
  if (byteOffset > total + 1) byteOffset = total + 1;
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < byteOffset; i++) {
    const n = utf8UnitLength(line, i);
    if (n === 0) continue;
    bytes += n;
    chars++;
  }
  if (bytes < byteOffset) chars += byteOffset - bytes;
  return chars;
}

/** Translate newlines like CPython's string tokenizer: \r\n and lone \r become \n, and a final \n is added. */
export function normalizeSource(source: string): string {
  let s = source.indexOf('\r') >= 0 ? source.replace(/\r\n?/g, '\n') : source;
  if (s.length > 0 && s.charCodeAt(s.length - 1) !== 10) s += '\n';
  return s;
}

/** The normalised source split into lines, with position conversions. */
export class SourceText {
  readonly text: string;
  /** lineStarts[i] is the string index where line i+1 starts. */
  readonly lineStarts: number[];
  private readonly asciiLine: boolean[];

  constructor(source: string) {
    this.text = normalizeSource(source);
    this.lineStarts = [0];
    this.asciiLine = [];
    let ascii = true;
    const t = this.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) {
        this.asciiLine.push(ascii);
        ascii = true;
        if (i + 1 < t.length) this.lineStarts.push(i + 1);
      } else if (c >= 0x80) {
        ascii = false;
      }
    }
    if (this.asciiLine.length < this.lineStarts.length) this.asciiLine.push(ascii);
  }

  /** Number of lines (a trailing newline does not start a new line). */
  get lineCount(): number {
    return this.text.length === 0 ? 0 : this.lineStarts.length;
  }

  /** Text of line `lineno` (1-based) without its newline; '' when out of range. */
  line(lineno: number): string {
    if (lineno < 1 || lineno > this.lineStarts.length) return '';
    const start = this.lineStarts[lineno - 1];
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    return this.text.slice(start, end);
  }

  /** Whether line `lineno` is pure ASCII (so byte columns equal string columns). */
  isAsciiLine(lineno: number): boolean {
    return this.asciiLine[lineno - 1] ?? true;
  }

  /** UTF-8 byte column of string index `index`, which lies on line `lineno`. */
  byteCol(lineno: number, index: number): number {
    const start = this.lineStarts[lineno - 1] ?? 0;
    if (this.isAsciiLine(lineno)) return index - start;
    return utf8Length(this.text, start, index);
  }

  /** Character (code point) column of string index `index` on line `lineno`. */
  charCol(lineno: number, index: number): number {
    const start = this.lineStarts[lineno - 1] ?? 0;
    if (this.isAsciiLine(lineno)) return index - start;
    return codePointCount(this.text, start, index);
  }
}
