// LAYER: objects. Text files (`open()`), and the standard streams sys.stdout / sys.stderr.
//   value: FileData { fd, name, mode, closed, pending (unflushed writes), readBuf }
// Writes are buffered and flushed at close/flush/exit, like CPython's buffered text I/O when
// output is not a terminal, so stdout/stderr interleave as CPython's do through pipes.

import { openSync, readSync, writeSync, closeSync, statSync } from 'node:fs';
import { PyObject, Visit } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { staticType, TPFLAGS_HAVE_GC, type PyType } from './type.js';
import { allocate, release } from './alloc.js';
import { newStr, isStr } from './str.js';
import { newInt } from './int.js';
import { none, None } from './singletons.js';
import { newBool } from './bool.js';
import { method, getset } from './define.js';
import { parseArgs } from './args.js';
import { raise, raiseTypeError, raiseValueError, excType, PyErr } from './errors.js';
import { call, strString, reprString } from './abstract.js';

export interface FileData {
  fd: number;
  name: string;
  mode: string;
  closed: boolean;
  readable: boolean;
  writable: boolean;
  pending: string;
  readBuf: string;
  eof: boolean;
  std: boolean;
  /** binary mode ('b'): reads return bytes from `bytes` at `bpos`; writes take bytes-like objects */
  binary: boolean;
  bytes: Buffer | null;
  bpos: number;
  pendingBytes: Buffer[];
  /**
   * open()'s newline: null for universal newlines (\r\n and \r read as \n), '' (lines end at any
   * of them, read as they are), or the one ending lines are read up to ('\n', '\r', '\r\n') and
   * '\n' is written as
   */
  newline: string | null;
}

export const TextIOWrapperType = staticType({ name: '_io.TextIOWrapper', basicsize: 208, flags: TPFLAGS_HAVE_GC });
TextIOWrapperType.qualname = 'TextIOWrapper';
TextIOWrapperType.hasDict = true;

const data = (f: PyObject): FileData => f.value as FileData;

function oserror(typeName: string, errno: number, msg: string, filename: string): never {
  const args = [newInt(errno), newStr(msg), newStr(filename)];
  let e: PyObject;
  try {
    e = call(excType(typeName), args, null);
  } finally {
    for (const a of args) decref(a);
  }
  throw new PyErr(e!);
}

export function openFile(args: PyObject[], kwnames: string[] | null): PyObject {
  const [file, modeO, , encoding, errors, newlineO] = parseArgs('open', args, kwnames,
    ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], 1);
  if (!isStr(file!)) raiseTypeError(`expected str, bytes or os.PathLike object, not ${file!.type.name}`);
  const name = file!.value as string;
  const mode = modeO === null ? 'r' : strString(modeO);
  // (_io_open_impl's checks, in its order)
  if (!/^(?:([rwax+tb])(?![^]*\1))*$/.test(mode)) raiseValueError(`invalid mode: '${mode}'`);
  if (mode.includes('t') && mode.includes('b')) raiseValueError("can't have text and binary mode at once");
  const kinds = (mode.match(/[rwax]/g) ?? []).length;
  if (kinds > 1) raiseValueError('must have exactly one of create/read/write/append mode');
  const binaryMode = mode.includes('b');
  const given = (o: PyObject | null): boolean => o !== null && o !== None;
  if (binaryMode && given(encoding)) raiseValueError("binary mode doesn't take an encoding argument");
  if (binaryMode && given(errors)) raiseValueError("binary mode doesn't take an errors argument");
  if (binaryMode && given(newlineO)) raiseValueError("binary mode doesn't take a newline argument");
  if (kinds === 0) raiseValueError('Must have exactly one of create/read/write/append mode and at most one plus');
  let newline: string | null = null;
  if (given(newlineO)) {
    if (!isStr(newlineO!)) raiseTypeError(`open() argument 'newline' must be str or None, not ${newlineO!.type.name}`);
    newline = newlineO!.value as string;
    if (!['', '\n', '\r', '\r\n'].includes(newline)) raiseValueError(`illegal newline value: ${newline}`);
  }
  const flags = mode[0] === 'r' ? (mode.includes('+') ? 'r+' : 'r') : mode[0] === 'w' ? (mode.includes('+') ? 'w+' : 'w')
    : mode[0] === 'a' ? (mode.includes('+') ? 'a+' : 'a') : (mode.includes('+') ? 'wx+' : 'wx');
  let fd: number;
  try {
    fd = openSync(name, flags);
    if (statSync(name).isDirectory()) { closeSync(fd); oserror('IsADirectoryError', 21, 'Is a directory', name); }
  } catch (e: any) {
    if (e instanceof PyErr) throw e;
    if (e.code === 'ENOENT') oserror('FileNotFoundError', 2, 'No such file or directory', name);
    if (e.code === 'EISDIR') oserror('IsADirectoryError', 21, 'Is a directory', name);
    if (e.code === 'EEXIST') oserror('FileExistsError', 17, 'File exists', name);
    if (e.code === 'EACCES') oserror('PermissionError', 13, 'Permission denied', name);
    throw e;
  }
  const kind = mode.match(/[rwax]/)![0];
  const binary = mode.includes('b');
  const d: FileData = {
    fd: fd!, name, mode: binary ? mode.replace('t', '') : mode.replace('t', ''), closed: false,
    readable: kind === 'r' || mode.includes('+'), writable: kind !== 'r' || mode.includes('+'),
    pending: '', readBuf: '', eof: false, std: false, binary, bytes: null, bpos: 0, pendingBytes: [], newline,
  };
  if (!binary) return allocate(TextIOWrapperType, d, null);
  return allocate(kind === 'r' && !mode.includes('+') ? BufferedReaderType : BufferedWriterType, d, null);
}

export function newStdStream(name: string, fd: number): PyObject {
  const d: FileData = {
    fd, name, mode: fd === 0 ? 'r' : 'w', closed: false, readable: fd === 0, writable: fd !== 0,
    // (create_stdio: newline '\n', nothing translated)
    pending: '', readBuf: '', eof: false, std: true, binary: false, bytes: null, bpos: 0, pendingBytes: [], newline: '\n',
  };
  const o = allocate(TextIOWrapperType, d, null);
  return o;
}

/** Called before a standard stream writes to its descriptor (`pyheap trace` erases its progress line). */
export const stdWriteHook: { before: (() => void) | null } = { before: null };

function flush(d: FileData): void {
  if (d.pending.length > 0 || d.pendingBytes.length > 0) {
    if (d.std && stdWriteHook.before !== null) stdWriteHook.before();
    const buf = d.binary ? Buffer.concat(d.pendingBytes) : Buffer.from(d.pending, 'utf8');
    d.pending = '';
    d.pendingBytes = [];
    let off = 0;
    while (off < buf.length) {
      try {
        off += writeSync(d.fd, buf, off);
      } catch (e: any) {
        if (e.code === 'EAGAIN') continue;
        if (e.code === 'EPIPE') return;
        throw e;
      }
    }
  }
}

export function writeTo(f: PyObject, s: string): void {
  const d = data(f);
  d.pending += s;
  if (d.pending.length > 8192 || (d.fd === 2)) flush(d);
}

export function flushFile(f: PyObject): void { flush(data(f)); }

/**
 * Before os._exit: write what the stream's buffering would have written already (all of it
 * unbuffered, the complete lines when line-buffered) and drop the rest, as the process ends
 * without flushing.
 */
export function writeBeforeExit(f: PyObject, buffering: 'unbuffered' | 'line' | 'block'): void {
  const d = data(f);
  if (buffering === 'block') { d.pending = ''; d.pendingBytes = []; return; }
  if (buffering === 'line' && !d.binary) {
    const keep = d.pending.lastIndexOf('\n') + 1;
    d.pending = d.pending.slice(0, keep);
  }
  flush(d);
}

function checkOpen(d: FileData): void {
  if (d.closed) raiseValueError('I/O operation on closed file.');
}

function fillAll(d: FileData): void {
  const chunks: Buffer[] = [];
  const b = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = readSync(d.fd, b, 0, b.length, null);
    } catch (e: any) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EOF') break;
      throw e;
    }
    if (n <= 0) break;
    chunks.push(Buffer.from(b.subarray(0, n)));
  }
  const text = Buffer.concat(chunks).toString('utf8');
  d.readBuf += d.newline === null ? text.replace(/\r\n?/g, '\n') : text;
  d.eof = true;
}

/** one line from the file (with its newline), '' at EOF */
function readLine(d: FileData): string {
  if (d.std) {
    // read byte by byte so that nothing past the line is consumed
    if (d.readBuf.length === 0 && !d.eof) {
      const bytes: number[] = [];
      const b = Buffer.alloc(1);
      for (;;) {
        let n = 0;
        try { n = readSync(d.fd, b, 0, 1, null); } catch (e: any) { if (e.code === 'EAGAIN') continue; n = 0; }
        if (n <= 0) { d.eof = true; break; }
        bytes.push(b[0]);
        if (b[0] === 10) break;
      }
      return Buffer.from(bytes).toString('utf8');
    }
  } else if (!d.eof) fillAll(d);
  const line = d.readBuf.slice(0, lineEnd(d.readBuf, d.newline));
  d.readBuf = d.readBuf.slice(line.length);
  return line;
}

/** where the first line of text ends (past its ending), by the file's newline mode */
function lineEnd(text: string, newline: string | null): number {
  if (newline === '') {
    // any of \n, \r, \r\n ends a line, kept as it is
    const m = /\r\n|\r|\n/.exec(text);
    return m === null ? text.length : m.index + m[0].length;
  }
  const ending = newline ?? '\n';
  const i = text.indexOf(ending);
  return i < 0 ? text.length : i + ending.length;
}

/** input(): a line from stdin without its newline, null at EOF */
export function readStdinLine(stdin: PyObject): string | null {
  const line = readLine(data(stdin));
  return line === '' ? null : line;
}

/** io.UnsupportedOperation (an OSError and a ValueError), as the io module defines it */
function unsupported(msg: string): never {
  const cls = fileHooks.unsupportedOperation();
  try {
    return raise(cls as PyType, msg);
  } finally {
    decref(cls);
  }
}
function notReadable(): never { return unsupported('not readable'); }
function notWritable(): never { return unsupported('not writable'); }

method(TextIOWrapperType, 'write', (f, args) => {
  const d = data(f);
  checkOpen(d);
  if (!d.writable) notWritable();
  const s = args[0];
  if (s === undefined || !isStr(s)) raiseTypeError(`write() argument must be str, not ${s === undefined ? 'nothing' : s.type.name}`);
  const text = s.value as string;
  // (newline '\r' or '\r\n': each '\n' written goes out as it)
  writeTo(f, d.newline === '\r' || d.newline === '\r\n' ? text.replace(/\n/g, d.newline) : text);
  return newInt(s.cap);
});
method(TextIOWrapperType, 'writelines', (f, args) => {
  const d = data(f);
  checkOpen(d);
  const items = args[0].value as PyObject[];
  for (const s of items) writeTo(f, strString(s));
  return none();
});
method(TextIOWrapperType, 'read', (f, args) => {
  const d = data(f);
  checkOpen(d);
  if (!d.readable) notReadable();
  if (!d.eof) fillAll(d);
  const n = args.length > 0 && args[0].type.name === 'int' ? Number(args[0].value) : -1;
  const out = n < 0 ? d.readBuf : d.readBuf.slice(0, n);
  d.readBuf = d.readBuf.slice(out.length);
  return newStr(out);
});
method(TextIOWrapperType, 'readline', (f) => {
  const d = data(f);
  checkOpen(d);
  if (!d.readable) notReadable();
  return newStr(readLine(d));
});
method(TextIOWrapperType, 'readlines', (f) => {
  const d = data(f);
  checkOpen(d);
  const lines: PyObject[] = [];
  for (;;) {
    const l = readLine(d);
    if (l === '') break;
    lines.push(newStr(l));
  }
  return fileHooks.newListSteal(lines);
});
export const fileHooks = {
  /** io.UnsupportedOperation (a new reference) */
  unsupportedOperation: (): PyObject => { throw new Error('not wired'); },
  newListSteal: (_items: PyObject[]): PyObject => { throw new Error('not wired'); },
  newBytes: (_b: Uint8Array): PyObject => { throw new Error('not wired'); },
};

function close(d: FileData): void {
  if (d.closed) return;
  flush(d);
  d.closed = true;
  if (!d.std) closeSync(d.fd);
}
method(TextIOWrapperType, 'close', (f) => { close(data(f)); return none(); });
method(TextIOWrapperType, 'flush', (f) => { flush(data(f)); return none(); });
method(TextIOWrapperType, 'fileno', (f) => newInt(data(f).fd));
method(TextIOWrapperType, 'isatty', () => newBool(false));
method(TextIOWrapperType, 'readable', (f) => newBool(data(f).readable));
method(TextIOWrapperType, 'writable', (f) => newBool(data(f).writable));
method(TextIOWrapperType, '__enter__', (f) => { checkOpen(data(f)); incref(f); return f; });
method(TextIOWrapperType, '__exit__', (f) => { close(data(f)); return none(); });
getset(TextIOWrapperType, 'closed', (f) => newBool(data(f).closed));
getset(TextIOWrapperType, 'name', (f) => newStr(data(f).name));
getset(TextIOWrapperType, 'mode', (f) => newStr(data(f).mode));
// (the standard streams say 'utf-8', from the UTF-8 locale; open() says 'UTF-8', from locale.getencoding())
getset(TextIOWrapperType, 'encoding', (f) => newStr(data(f).std ? 'utf-8' : 'UTF-8'));
TextIOWrapperType.iter = (f) => { checkOpen(data(f)); incref(f); return f; };
TextIOWrapperType.iternext = (f) => {
  const d = data(f);
  checkOpen(d);
  const l = readLine(d);
  return l === '' ? null : newStr(l);
};
TextIOWrapperType.repr = (f) => {
  const d = data(f);
  const enc = d.std ? 'utf-8' : 'UTF-8';
  return newStr(`<_io.TextIOWrapper name='${d.name}' mode='${d.mode}' encoding='${enc}'>`);
};
TextIOWrapperType.traverse = (f: PyObject, visit: Visit) => { if (f.values === null && f.dict !== null) visit(f.dict); };
TextIOWrapperType.dealloc = (f) => {
  untrack(f);
  const d = data(f);
  if (!d.std) close(d);
  else flush(d);
  release(f);
};

// ---------- binary files: _io.BufferedReader / _io.BufferedWriter ----------

export const BufferedReaderType = staticType({ name: '_io.BufferedReader', basicsize: 168, flags: TPFLAGS_HAVE_GC });
export const BufferedWriterType = staticType({ name: '_io.BufferedWriter', basicsize: 168, flags: TPFLAGS_HAVE_GC });

function loadBytes(d: FileData): Buffer {
  if (d.bytes === null) {
    flush(d);
    const chunks: Buffer[] = [];
    const b = Buffer.alloc(65536);
    let pos = 0;
    for (;;) {
      const n = readSync(d.fd, b, 0, b.length, pos);
      if (n <= 0) break;
      chunks.push(Buffer.from(b.subarray(0, n)));
      pos += n;
    }
    d.bytes = Buffer.concat(chunks);
  }
  return d.bytes;
}

for (const t of [BufferedReaderType, BufferedWriterType]) {
  t.qualname = t.name.slice(4);
  method(t, 'read', (f, args) => {
    const d = data(f);
    checkOpen(d);
    if (!d.readable) notReadable();
    const buf = loadBytes(d);
    const n = args.length > 0 && args[0].type.name === 'int' ? Number(args[0].value) : -1;
    const end = n < 0 ? buf.length : Math.min(buf.length, d.bpos + n);
    const out = new Uint8Array(buf.subarray(d.bpos, end));
    d.bpos = end;
    return fileHooks.newBytes(out);
  });
  method(t, 'write', (f, args) => {
    const d = data(f);
    checkOpen(d);
    if (!d.writable) notWritable();
    const b = args[0];
    if (b === undefined || !(b.value instanceof Uint8Array)) {
      raiseTypeError(`a bytes-like object is required, not '${b === undefined ? 'NoneType' : b.type.name}'`);
    }
    const bytes = Buffer.from(b.value as Uint8Array);
    d.pendingBytes.push(bytes);
    d.bpos += bytes.length;
    d.bytes = null;
    return newInt(bytes.length);
  });
  method(t, 'tell', (f) => newInt(data(f).bpos));
  method(t, 'seek', (f, args) => {
    const d = data(f);
    checkOpen(d);
    const off = Number(args[0].value);
    const whence = args.length > 1 ? Number(args[1].value) : 0;
    const size = d.readable ? loadBytes(d).length : d.bpos;
    d.bpos = whence === 0 ? off : whence === 1 ? d.bpos + off : size + off;
    return newInt(d.bpos);
  });
  method(t, 'close', (f) => { close(data(f)); return none(); });
  method(t, 'flush', (f) => { flush(data(f)); return none(); });
  method(t, 'fileno', (f) => newInt(data(f).fd));
  method(t, 'readable', (f) => newBool(data(f).readable));
  method(t, 'writable', (f) => newBool(data(f).writable));
  method(t, '__enter__', (f) => { checkOpen(data(f)); incref(f); return f; });
  method(t, '__exit__', (f) => { close(data(f)); return none(); });
  getset(t, 'closed', (f) => newBool(data(f).closed));
  getset(t, 'name', (f) => newStr(data(f).name));
  getset(t, 'mode', (f) => newStr(data(f).mode));
  t.repr = (f) => newStr(`<${t.name} name='${data(f).name}'>`);
  t.dealloc = (f) => { untrack(f); close(data(f)); release(f); };
}
