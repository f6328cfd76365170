// LAYER: vm. Frame objects (the Python-visible `frame`, made on demand) and traceback objects
// (a linked list: exc.__traceback__ -> tb -> tb.tb_next ...), plus printing an uncaught exception
// the way CPython 3.11 does: the chain of causes/contexts, then each traceback entry with its
// source line.
//   frame:     value: the interpreter Frame (JS)                      GC, 120 + 16
//   traceback: value: { next, frame, lasti, lineno } (next/frame owned) GC, 48 + 16

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import { untrack, track, isTracked } from '../memory/generations.js';
import { staticType, TPFLAGS_HAVE_GC } from '../objects/type.js';
import { allocate, release } from '../objects/alloc.js';
import { newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { None, none } from '../objects/singletons.js';
import { getset } from '../objects/define.js';
import { hexAddr, getAttrOrNull, strString, reprString, isInstance, iterateToArray } from '../objects/abstract.js';
import { excType, PyErr, raise, raiseTypeError } from '../objects/errors.js';
import { addErrorContext, suggestionFor } from './suggestions.js';
import { Frame, ownsNamespaces } from './frame.js';
import { releaseLocals } from './eval.js';
import { evalHooks } from './evalhooks.js';
import { readFileSync } from 'node:fs';
import { parse } from '../parser/parser.js';
import { writtenInC } from '../objects/code.js';

export const FrameType = staticType({ name: 'frame', basicsize: 120, itemsize: 8, flags: TPFLAGS_HAVE_GC });
export const TracebackType = staticType({ name: 'traceback', basicsize: 48, flags: TPFLAGS_HAVE_GC });

/** the frame object of a running frame (a new reference); created once */
export function frameObject(f: Frame): PyObject {
  if (f.frameObject === null) {
    f.frameObject = allocate(FrameType, f, null, f.fast.length + f.code.unit.stacksize, false);
  }
  incref(f.frameObject);
  return f.frameObject;
}

FrameType.dealloc = (o) => {
  untrack(o);
  const f = o.value as Frame;
  o.value = null;
  if (f.finished) releaseLocals(f);
  release(o);
};
FrameType.traverse = (o: PyObject, visit: Visit) => {
  const f = o.value as Frame;
  if (f === null || !f.finished || f.released) return;
  for (const v of f.fast) if (v !== null) visit(v);
  visit(f.codeObj);
  if (f.func !== null) visit(f.func);
  if (ownsNamespaces(f)) {
    visit(f.globals);
    visit(f.builtins);
  }
  if (f.locals !== null) visit(f.locals);
};
FrameType.clear = (o) => {
  // frame_tp_clear: only a frame object that owns its finished frame's locals drops them
  const f = o.value as Frame;
  if (f !== null && f.finished) releaseLocals(f);
};
FrameType.repr = (o) => {
  const f = o.value as Frame;
  return newStr(`<frame at ${hexAddr(o)}, file '${f.code.filename}', line ${f.lineno}, code ${f.code.name}>`);
};
getset(FrameType, 'f_lineno', (o) => newInt((o.value as Frame).lineno));
getset(FrameType, 'f_code', (o) => { const c = (o.value as Frame).codeObj; incref(c); return c; });
getset(FrameType, 'f_globals', (o) => { const g = (o.value as Frame).globals; incref(g); return g; });
getset(FrameType, 'f_back', (o) => {
  const b = (o.value as Frame).back;
  return b === null ? none() : frameObject(b);
});
getset(FrameType, 'f_locals', (o) => tbHooks.frameLocals(o.value as Frame));
export const tbHooks = { frameLocals: (_f: Frame): PyObject => none() };

evalHooks.frameDetached = (fo, f) => {
  // the frame object keeps the locals; it becomes a tracked GC object, as take_ownership()
  // does in CPython, so a frame stored in its own locals is a cycle the collector finds
  void f;
  if (!isTracked(fo)) track(fo);
};

// ---------- tracebacks ----------

interface TbData { next: PyObject | null; frame: PyObject; lasti: number; lineno: number }

export function newTraceback(next: PyObject | null, f: Frame): PyObject {
  const fo = frameObject(f);
  if (next !== null) incref(next);
  return allocate(TracebackType, { next, frame: fo, lasti: f.lasti, lineno: f.lineno } as TbData, null);
}

TracebackType.dealloc = (o) => {
  untrack(o);
  const d = o.value as TbData;
  release(o);
  xdecref(d.next);
  decref(d.frame);
};
TracebackType.traverse = (o: PyObject, visit: Visit) => {
  const d = o.value as TbData;
  if (d.next !== null) visit(d.next);
  visit(d.frame);
};
getset(TracebackType, 'tb_next', (o) => { const n = (o.value as TbData).next; if (n === null) return none(); incref(n); return n; },
  (o, v) => {
    // tb_next_set: a traceback or None; never a loop back to o
    if (v === null) raiseTypeError("can't delete tb_next attribute");
    let next: PyObject | null = null;
    if (v !== None) {
      if (v!.type !== TracebackType) raiseTypeError(`expected traceback object, got '${v!.type.name}'`);
      for (let cur: PyObject | null = v!; cur !== null; cur = (cur.value as TbData).next) {
        if (cur === o) raise(excType('ValueError'), 'traceback loop detected');
      }
      next = v!;
      incref(next);
    }
    const d = o.value as TbData;
    const old = d.next;
    d.next = next;
    xdecref(old);
  });
getset(TracebackType, 'tb_frame', (o) => { const fr = (o.value as TbData).frame; incref(fr); return fr; });
getset(TracebackType, 'tb_lineno', (o) => newInt((o.value as TbData).lineno));
getset(TracebackType, 'tb_lasti', (o) => newInt((o.value as TbData).lasti * 2));

export const excAccess = {
  getTraceback: (_e: PyObject): PyObject | null => null,
  setTraceback: (_e: PyObject, _tb: PyObject | null): void => {},
};

/** Code whose frames never appear in tracebacks (objects/code.ts writtenInC) */
export const hiddenCodes = writtenInC;

/** PyTraceBack_Here: prepend an entry for frame f to exc.__traceback__ */
function addTraceback(exc: PyObject, f: Frame): void {
  if (hiddenCodes.has(f.code)) return;
  const old = excAccess.getTraceback(exc);
  addErrorContext(exc, f, old === null); // AttributeError.name/obj, NameError.name (see there)
  const tb = newTraceback(old, f);
  excAccess.setTraceback(exc, tb);
  decref(tb);
}
evalHooks.addTraceback = addTraceback;
evalHooks.tracebackOf = (exc) => {
  const tb = excAccess.getTraceback(exc);
  if (tb === null) return none();
  incref(tb);
  return tb;
};

// ---------- printing ----------

const sourceCache = new Map<string, string[] | null>();

export function sourceLine(filename: string, lineno: number): string | null {
  // linecache has no lines for pseudo-files such as "<string>" or "<stdin>"
  if (filename.startsWith('<') && filename.endsWith('>')) return null;
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    try {
      lines = readFileSync(filename, 'utf8').split(/\r?\n/);
    } catch {
      lines = null;
    }
    sourceCache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

export function registerSource(filename: string, text: string): void {
  sourceCache.set(filename, text.split(/\r?\n/));
}

/** Python's str.strip() whitespace (enough for source lines) */
const pyStrip = (s: string): string => s.replace(/^[ \t\f\v\r\n]+|[ \t\f\v\r\n]+$/g, '');

/**
 * One traceback entry as CPython 3.11 prints it (traceback.py format_frame_summary): the File line,
 * the stripped source line, and the position markers under the failing expression: `^^^^` or, for
 * a binary operation or subscript, `~~~^^^~~`.
 */
function formatEntry(code: Frame['code'], lasti: number, lineno: number): string {
  let row = `  File "${code.filename}", line ${lineno}, in ${code.name}\n`;
  const line = sourceLine(code.filename, lineno);
  if (line === null) return row;
  const stripped = pyStrip(line);
  if (stripped === '') return row;
  row += `    ${stripped}\n`;
  const pos = code.unit.positions;
  const pLine = pos[lasti * 4], pEndLine = pos[lasti * 4 + 1], col = pos[lasti * 4 + 2], endCol = pos[lasti * 4 + 3];
  if (pLine !== lineno) return row;
  return row + (markerRow(line, pLine, pEndLine, col, endCol) ?? '');
}

/** the position of instruction `lasti` of a code object: [lineno, end_lineno, col, end_col] (-1 if unknown) */
export function codePosition(code: Frame['code'], lasti: number): [number, number, number, number] {
  const pos = code.unit.positions;
  return [pos[lasti * 4], pos[lasti * 4 + 1], pos[lasti * 4 + 2], pos[lasti * 4 + 3]];
}

/**
 * The marker row under a source line (with its newline), or null when the markers would underline
 * the whole line: `^^^^` under the failing expression or, for a binary operation or subscript,
 * `~~~^^^~~`. `line` is the original (unstripped) line, col/endCol are UTF-8 byte offsets.
 */
export function markerRow(line: string, lineno: number, endLineno: number, col: number, endCol: number): string | null {
  if (col < 0 || endCol < 0) return null;
  const stripped = pyStrip(line);
  // as traceback.py: the original line keeps its newline, the displayed one is strip()ped
  const strippedChars = line.length + 1 - stripped.length;
  const start = byteToCharOffset(line, col);
  let end = byteToCharOffset(line, endCol);
  const segment = line.slice(start, end);
  let anchors: [number, number] | null = null;
  if (endLineno === lineno) anchors = caretAnchors(segment);
  else end = line.replace(/\s+$/, '').length;
  if (!(end - start < stripped.length || (anchors !== null && anchors[1] - anchors[0] > 0))) return null;
  let row = '    ' + ' '.repeat(start + 1 - strippedChars);
  if (anchors !== null) {
    row += '~'.repeat(anchors[0]) + '^'.repeat(anchors[1] - anchors[0]) + '~'.repeat(end - start - anchors[1]);
  } else {
    row += '^'.repeat(end - start);
  }
  return row + '\n';
}

/** _byte_offset_to_character_offset */
function byteToCharOffset(s: string, byteOffset: number): number {
  return Buffer.from(s, 'utf8').subarray(0, byteOffset).toString('utf8').length;
}

/** _extract_caret_anchors_from_line_segment: [left_end, right_start] for BinOp / Subscript, else null */
function caretAnchors(segment: string): [number, number] | null {
  let tree: any;
  try {
    tree = parse(segment, '<string>', 'exec');
  } catch {
    return null;
  }
  if (tree.body.length !== 1 || tree.body[0]._type !== 'Expr') return null;
  const e = tree.body[0].value;
  const norm = (o: number): number => byteToCharOffset(segment, o);
  const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
  if (e._type === 'BinOp') {
    const opStart = norm(e.left.end_col_offset), opEnd = norm(e.right.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.replace(/^\s+/, '').length;
    let left = e.left.end_col_offset + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1])) right++;
    while (left < segment.length && (isSpace(segment[left]) || ')#'.includes(segment[left]))) { left++; right++; }
    return [norm(left), norm(right)];
  }
  if (e._type === 'Subscript') {
    let left = norm(e.value.end_col_offset);
    let right = norm(e.slice.end_col_offset + 1);
    while (left < segment.length && (isSpace(segment[left]) || segment[left] !== '[')) left++;
    while (right < segment.length && (isSpace(segment[right]) || segment[right] !== ']')) right++;
    if (right < segment.length) right++;
    return [left, right];
  }
  return null;
}

/** _RECURSIVE_CUTOFF: identical consecutive entries beyond 3 are summarised */
const RECURSIVE_CUTOFF = 3;

/** the traceback entries of exc, oldest first, with CPython's repetition summary */
function tbEntries(exc: PyObject): string[] {
  const out: string[] = [];
  let tb = excAccess.getTraceback(exc);
  let lastKey: string | null = null;
  let count = 0;
  const flushRepeats = (): void => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`);
    }
  };
  while (tb !== null) {
    const d = tb.value as TbData;
    const f = d.frame.value as Frame;
    const code = f.code;
    const key = `${code.filename}\0${d.lineno}\0${code.name}`;
    if (key !== lastKey) {
      flushRepeats();
      lastKey = key;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) out.push(formatEntry(code, d.lasti, d.lineno));
    tb = d.next;
  }
  flushRepeats();
  return out;
}

/**
 * The text CPython 3.11 prints for an uncaught exception (Python/pythonrun.c, print_exception and
 * friends): first the exceptions it was chained from, oldest first, each followed by "The above
 * exception was the direct cause..." (its __cause__) or "During handling of the above
 * exception..." (its __context__, unless __suppress_context__); an exception already printed is
 * not printed again. Each exception: "Traceback (most recent call last):" and its entries, then
 * "Type: message" (with "Did you mean" for NameError/AttributeError; SyntaxError shows its line
 * and caret instead of a traceback entry). An exception group prints as a tree: its own
 * traceback under "+ Exception Group Traceback", then each sub-exception (at most 15, nested at
 * most 10 deep) in a numbered box, every line of the box behind a "| " margin.
 */
export function formatException(exc: PyObject): string {
  const ctx: PrintContext = { seen: new Set(), depth: 0, needClose: false, out: [] };
  printChain(ctx, exc);
  return ctx.out.join('');
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const CAUSE_MESSAGE = 'The above exception was the direct cause of the following exception:\n';
const CONTEXT_MESSAGE = 'During handling of the above exception, another exception occurred:\n';

interface PrintContext {
  seen: Set<PyObject>;
  depth: number;        // exception group nesting (0: not inside a group)
  needClose: boolean;   // the innermost open box still needs its closing line
  out: string[];
}

/** indentation of the current group level */
const indent = (ctx: PrintContext): string => ' '.repeat(2 * ctx.depth);
/** indentation plus the margin, for each line printed inside a group */
const margin = (ctx: PrintContext): string => (ctx.depth > 0 ? `${indent(ctx)}| ` : '');

/** write text (one or more lines) behind the margin */
function emit(ctx: PrintContext, text: string, prefix = margin(ctx)): void {
  for (const line of text.match(/[^\n]*\n|[^\n]+$/g) ?? []) ctx.out.push(prefix + line);
}

/** exc with the exceptions it was chained from (walked without recursion: chains can be long) */
function printChain(ctx: PrintContext, exc: PyObject): void {
  const chain: { exc: PyObject; message: string | null }[] = [];
  let e: PyObject | null = exc;
  let message: string | null = null;
  while (e !== null) {
    ctx.seen.add(e);
    chain.push({ exc: e, message });
    const cause = tbHooks2.getCause(e);
    const context = tbHooks2.getContext(e);
    let next: PyObject | null = null;
    if (cause !== null) {
      if (!ctx.seen.has(cause)) { next = cause; message = CAUSE_MESSAGE; }
    } else if (context !== null && !tbHooks2.suppressContext(e) && !ctx.seen.has(context)) {
      next = context;
      message = CONTEXT_MESSAGE;
    }
    e = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const needClose = ctx.needClose;
    printOne(ctx, chain[i].exc);
    const m = chain[i].message;
    if (m !== null) {
      ctx.needClose = needClose;
      emit(ctx, '\n');
      emit(ctx, m);
      emit(ctx, '\n');
    }
  }
}

function printOne(ctx: PrintContext, exc: PyObject): void {
  if (!tbHooks2.isGroup(exc)) {
    printTraceback(ctx, exc, 'Traceback (most recent call last):\n', margin(ctx));
    emit(ctx, formatExceptionOnly(exc));
    return;
  }
  if (ctx.depth > MAX_GROUP_DEPTH) {
    emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth = 1;
  printTraceback(ctx, exc, 'Exception Group Traceback (most recent call last):\n', topLevel ? `${indent(ctx)}+ ` : margin(ctx));
  emit(ctx, formatExceptionOnly(exc));
  const members = tbHooks2.groupMembers(exc);
  const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true; // a nested group may close the box itself
    const truncated = i >= MAX_GROUP_WIDTH;
    ctx.out.push(`${indent(ctx)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) printChain(ctx, members[i]);
    else {
      const rest = members.length - MAX_GROUP_WIDTH;
      emit(ctx, `and ${rest} more exception${rest > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out.push(`${indent(ctx)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
}

/** the header and the entries of exc's traceback, if it has one */
function printTraceback(ctx: PrintContext, exc: PyObject, header: string, headerPrefix: string): void {
  const entries = tbEntries(exc);
  if (entries.length === 0) return;
  emit(ctx, header, headerPrefix);
  for (const entry of entries) emit(ctx, entry);
}

/** the innermost frame of exc's traceback */
function lastFrame(exc: PyObject): Frame | null {
  let tb = excAccess.getTraceback(exc);
  if (tb === null) return null;
  while ((tb.value as TbData).next !== null) tb = (tb.value as TbData).next!;
  return (tb.value as TbData).frame.value as Frame;
}

/** the final "Type: message" line(s) of an exception (for a SyntaxError, its text and caret first) */
export function formatExceptionOnly(exc: PyObject): string {
  const t = exc.type;
  const mod = tbHooks2.typeModule(t);
  const name = mod !== null && mod !== 'builtins' && mod !== '__main__' ? `${mod}.${t.qualname}` : t.qualname;
  let head = '';
  let value: PyObject = exc;
  const syntax = isInstance(exc, excType('SyntaxError')) ? syntaxErrorParts(exc) : null;
  if (syntax !== null) {
    head = syntax.head;
    value = syntax.msg;
  }
  let msg: string;
  try {
    msg = value === None ? '' : strString(value);
    if (msg !== '') msg = `: ${msg}`;
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
    msg = ': <exception str() failed>';
  }
  const suggestion = suggestionFor(exc, lastFrame(exc));
  return `${head}${name}${msg}${suggestion === null ? '' : `. Did you mean: '${suggestion}'?`}\n` + formatNotes(exc);
}

/** the exception's __notes__ (added by add_note), one line per line of each note */
function formatNotes(exc: PyObject): string {
  const notes = getAttrOrNull(exc, '__notes__');
  if (notes === null) return '';
  let out = '';
  try {
    const t = notes.type.name;
    if (t !== 'list' && t !== 'tuple') {
      out = safeString(notes, reprString, '__notes__ repr') + '\n';
    } else {
      for (const note of iterateToArray(notes)) {
        out += safeString(note, strString, 'note str') + '\n';
        decref(note);
      }
    }
  } finally {
    decref(notes);
  }
  return out;
}

function safeString(o: PyObject, fn: (o: PyObject) => string, what: string): string {
  try {
    return fn(o);
  } catch (e) {
    if (e instanceof PyErr) { decref(e.exc); return `<${what}() failed>`; }
    throw e;
  }
}

/**
 * A SyntaxError's "  File ..., line N", its source line (left-stripped) and the caret line, and
 * its message. The carets run from offset to end_offset (end_offset only for SyntaxError itself,
 * not its subclasses; an error spanning lines is marked to the end of its first line); a caret
 * left of the stripped text is not printed. Null when its fields cannot be read (then the
 * exception prints as any other).
 */
function syntaxErrorParts(exc: PyObject): { head: string; msg: PyObject } | null {
  const get = (n: string): PyObject | null => {
    const v = getAttrOrNull(exc, n);
    if (v === null) return null;
    decref(v);
    return v;
  };
  const msg = get('msg');
  const filename = get('filename');
  const lineno = get('lineno');
  if (msg === null || lineno === null || lineno.type.name !== 'int') return null;
  const asInt = (v: PyObject | null, dflt: number): number => (v === null || v === None || v.type.name !== 'int' ? dflt : Number(v.value));
  const line = asInt(lineno, 0);
  let offset = asInt(get('offset'), -1);
  let endLine = line, endOffset = -1;
  if (exc.type === excType('SyntaxError')) {
    endLine = asInt(get('end_lineno'), line);
    endOffset = asInt(get('end_offset'), -1);
  }
  const fname = filename === null || filename === None ? '<string>' : strString(filename);
  let head = `  File "${fname}", line ${line}\n`;
  const textObj = get('text');
  if (textObj !== null && textObj !== None) {
    // CPython places the carets by UTF-8 bytes: the offsets (characters) become byte offsets
    let text = Buffer.from(strString(textObj), 'utf8');
    const toBytes = (charOffset: number): number =>
      charOffset <= 0 ? charOffset : Buffer.byteLength(strString(textObj).slice(0, charOffset - 1), 'utf8') + 1;
    offset = toBytes(offset);
    endOffset = toBytes(endOffset);
    const size = text.length;
    if (endLine > line) endOffset = size;
    if (endOffset > size + 1) endOffset = size + 1;
    const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
    offset--; // to 0-based
    let lead = 0;
    while (lead < text.length && (text[lead] === 32 || text[lead] === 9 || text[lead] === 12)) lead++;
    text = text.subarray(lead);
    offset -= lead;
    let len = text.length;
    if (len > 0 && text[len - 1] === 10) len--;
    if (offset > len) offset = len;
    // a text of several lines: show the line the offset falls in
    for (let nl = text.indexOf(10); nl >= 0 && nl < offset; nl = text.indexOf(10)) {
      text = text.subarray(nl + 1);
      len -= nl + 1;
      offset -= nl + 1;
    }
    head += `    ${text.toString('utf8')}${text[len] === 10 ? '' : '\n'}`;
    if (offset >= 0) head += `    ${' '.repeat(offset)}${'^'.repeat(carets)}\n`;
  }
  return { head, msg };
}

export const tbHooks2 = {
  typeModule: (_t: any): string | null => null,
  getCause: (_e: PyObject): PyObject | null => null,
  getContext: (_e: PyObject): PyObject | null => null,
  suppressContext: (_e: PyObject): boolean => false,
  isGroup: (_e: PyObject): boolean => false,
  /** the sub-exceptions of a group (borrowed) */
  groupMembers: (_e: PyObject): PyObject[] => [],
};
