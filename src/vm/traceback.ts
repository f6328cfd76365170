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
import { Frame } from './frame.js';
import { releaseLocals } from './eval.js';
import { evalHooks } from './evalhooks.js';
import { readFileSync } from 'node:fs';
import { parse } from '../parser/parser.js';

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
  visit(f.globals);
  visit(f.builtins);
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

/**
 * Code whose frames never appear in tracebacks: library functions that CPython implements in C
 * (warnings.warn raising an "error" warning shows no frame of warnings.py there either).
 * Filled by _traceback.hide_frames().
 */
export const hiddenCodes = new WeakSet<Frame['code']>();

/** PyTraceBack_Here: prepend an entry for frame f to exc.__traceback__ */
function addTraceback(exc: PyObject, f: Frame): void {
  if (hiddenCodes.has(f.code)) return;
  const old = excAccess.getTraceback(exc);
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

/** the final "Type: message" line(s) of an exception */
export function formatExceptionOnly(exc: PyObject): string {
  const t = exc.type;
  const mod = tbHooks2.typeModule(t);
  const name = mod !== null && mod !== 'builtins' && mod !== '__main__' ? `${mod}.${t.qualname}` : t.qualname;
  if (isInstance(exc, excType('SyntaxError'))) {
    return tbHooks2.formatSyntaxError(exc, name);
  }
  let msg: string;
  try {
    msg = strString(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  return (msg === '' ? `${name}\n` : `${name}: ${msg}\n`) + formatNotes(exc);
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
export const tbHooks2 = {
  typeModule: (_t: any): string | null => null,
  formatSyntaxError: (_e: PyObject, name: string): string => `${name}\n`,
  getCause: (_e: PyObject): PyObject | null => null,
  getContext: (_e: PyObject): PyObject | null => null,
  suppressContext: (_e: PyObject): boolean => false,
};

/** the full text CPython prints for an uncaught exception (with its chain) */
export function formatException(exc: PyObject, seen = new Set<PyObject>()): string {
  seen.add(exc);
  let out = '';
  const cause = tbHooks2.getCause(exc);
  const context = tbHooks2.getContext(exc);
  if (cause !== null && !seen.has(cause)) {
    out += formatException(cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (context !== null && !tbHooks2.suppressContext(exc) && !seen.has(context)) {
    out += formatException(context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  const entries = tbEntries(exc);
  if (entries.length > 0) out += 'Traceback (most recent call last):\n' + entries.join('');
  out += formatExceptionOnly(exc);
  return out;
}
void None; void getAttrOrNull;
