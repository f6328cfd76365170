// LAYER: objects. Text files (`open()`), and the standard streams sys.stdout / sys.stderr.
//   value: FileData { fd, name, mode, closed, pending (unflushed writes), readBuf }
// Writes are buffered and flushed at close/flush/exit, like CPython's buffered text I/O when
// output is not a terminal, so stdout/stderr interleave as CPython's do through pipes.

import { openSync, readSync, writeSync, closeSync, statSync } from 'node:fs';
import { PyObject, Visit } from '../memory/object.js';
import { incref, decref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { staticType, TPFLAGS_HAVE_GC } from './type.js';
import { allocate, release } from './alloc.js';
import { newStr, isStr } from './str.js';
import { newInt } from './int.js';
import { none } from './singletons.js';
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
  const [file, modeO, , encoding] = parseArgs('open', args, kwnames,
    ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], 1);
  if (!isStr(file!)) raiseTypeError(`expected str, bytes or os.PathLike object, not ${file!.type.name}`);
  const name = file!.value as string;
  const mode = modeO === null ? 'r' : strString(modeO);
  if (!/^[rwax]\+?t?$|^[rwax]t?\+?$/.test(mode)) raiseValueError(`invalid mode: '${mode}'`);
  void encoding;
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
  const d: FileData = {
    fd: fd!, name, mode, closed: false, readable: mode[0] === 'r' || mode.includes('+'),
    writable: mode[0] !== 'r' || mode.includes('+'), pending: '', readBuf: '', eof: false, std: false,
  };
  return allocate(TextIOWrapperType, d, null);
}

export function newStdStream(name: string, fd: number): PyObject {
  const d: FileData = {
    fd, name, mode: fd === 0 ? 'r' : 'w', closed: false, readable: fd === 0, writable: fd !== 0,
    pending: '', readBuf: '', eof: false, std: true,
  };
  const o = allocate(TextIOWrapperType, d, null);
  return o;
}

function flush(d: FileData): void {
  if (d.pending.length > 0) {
    const buf = Buffer.from(d.pending, 'utf8');
    d.pending = '';
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
  d.readBuf += Buffer.concat(chunks).toString('utf8').replace(/\r\n/g, '\n');
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
  const i = d.readBuf.indexOf('\n');
  const line = i < 0 ? d.readBuf : d.readBuf.slice(0, i + 1);
  d.readBuf = d.readBuf.slice(line.length);
  return line;
}

/** input(): a line from stdin without its newline, null at EOF */
export function readStdinLine(stdin: PyObject): string | null {
  const line = readLine(data(stdin));
  return line === '' ? null : line;
}

function notReadable(): never { return raise(excType('OSError'), 'not readable'); }
function notWritable(): never { return raise(excType('OSError'), 'not writable'); }

method(TextIOWrapperType, 'write', (f, args) => {
  const d = data(f);
  checkOpen(d);
  if (!d.writable) notWritable();
  const s = args[0];
  if (s === undefined || !isStr(s)) raiseTypeError(`write() argument must be str, not ${s === undefined ? 'nothing' : s.type.name}`);
  writeTo(f, s.value as string);
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
export const fileHooks = { newListSteal: (_items: PyObject[]): PyObject => { throw new Error('not wired'); } };

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
getset(TextIOWrapperType, 'encoding', () => newStr('UTF-8'));
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
