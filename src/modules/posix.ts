// LAYER: modules. `posix`: the operating-system calls under lib/os.py, done with node:fs and
// node:process. Paths arrive as str (os.py applies os.fspath first); failures raise the OSError
// subclass CPython raises for that errno, with its message: "[Errno 2] No such file or directory: 'x'".

import * as fs from 'node:fs';
import { crypto } from '../lazynode.js';
import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { call, index } from '../objects/abstract.js';
import { checkArity, parseArgs } from '../objects/args.js';
import { excType, PyErr, raise, raiseTypeError, raiseValueError } from '../objects/errors.js';
import { newInt } from '../objects/int.js';
import { newStr, isStr } from '../objects/str.js';
import { newBytes } from '../objects/bytes.js';
import { None, none } from '../objects/singletons.js';
import { newTupleSteal } from '../objects/tuple.js';
import { newListSteal } from '../objects/list.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';

/** errno, message and exception class of the node error codes a program can cause */
const ERRNO: Record<string, [number, string, string]> = {
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EBADF: [9, 'Bad file descriptor', 'OSError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EBUSY: [16, 'Device or resource busy', 'OSError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  EXDEV: [18, 'Invalid cross-device link', 'OSError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  EINVAL: [22, 'Invalid argument', 'OSError'],
  ENOSPC: [28, 'No space left on device', 'OSError'],
  EROFS: [30, 'Read-only file system', 'OSError'],
  ENAMETOOLONG: [36, 'File name too long', 'OSError'],
  ENOTEMPTY: [39, 'Directory not empty', 'OSError'],
  ELOOP: [40, 'Too many levels of symbolic links', 'OSError'],
};

function osError(e: unknown, filename: string | null, filename2: string | null = null): never {
  if (e instanceof PyErr) throw e;
  const code = (e as { code?: string }).code ?? '';
  const [errno, msg, cls] = ERRNO[code] ?? [(e as { errno?: number }).errno ?? 5, String((e as Error).message), 'OSError'];
  const args: PyObject[] = [newInt(Math.abs(errno)), newStr(msg)];
  if (filename !== null) args.push(newStr(filename));
  if (filename2 !== null) args.push(none(), newStr(filename2));
  let exc: PyObject;
  try {
    exc = call(excType(cls), args, null);
  } finally {
    for (const a of args) decref(a);
  }
  throw new PyErr(exc!);
}

function pathArg(o: PyObject, fname: string): string {
  if (!isStr(o)) raiseTypeError(`${fname}: path should be string, bytes or os.PathLike, not ${o.type.name}`);
  const s = o.value as string;
  if (s.includes('\0')) raiseValueError(`${fname}: embedded null character in path`);
  return s;
}

const intOf = (o: PyObject): number => Number(o.value);

type Fn = (args: PyObject[], kw: string[] | null) => PyObject;

function statTuple(st: fs.BigIntStats): PyObject {
  const ns = (v: bigint): PyObject => newInt(v);
  return newTupleSteal([
    newInt(Number(st.mode)), newInt(st.ino), newInt(Number(st.dev)), newInt(Number(st.nlink)),
    newInt(Number(st.uid)), newInt(Number(st.gid)), newInt(st.size),
    ns(st.atimeNs), ns(st.mtimeNs), ns(st.ctimeNs),
    newInt(Number(st.blksize)), newInt(Number(st.blocks)), newInt(Number(st.rdev)),
  ]);
}

const functions: [string, Fn][] = [
  ['getcwd', (a, k) => { checkArity('getcwd', a, k, 0, 0); return newStr(process.cwd()); }],
  ['chdir', (a, k) => {
    checkArity('chdir', a, k, 1, 1);
    const p = pathArg(a[0], 'chdir');
    try { process.chdir(p); } catch (e) { osError(e, p); }
    return none();
  }],
  ['listdir', (a, k) => {
    checkArity('listdir', a, k, 1, 1);
    const p = pathArg(a[0], 'listdir');
    let names: string[] = [];
    try { names = fs.readdirSync(p); } catch (e) { osError(e, p); }
    return newListSteal(names.map((n) => newStr(n)));
  }],
  ['mkdir', (a, k) => {
    checkArity('mkdir', a, k, 2, 2);
    const p = pathArg(a[0], 'mkdir');
    try { fs.mkdirSync(p, { mode: intOf(a[1]) }); } catch (e) { osError(e, p); }
    return none();
  }],
  ['rmdir', (a, k) => {
    checkArity('rmdir', a, k, 1, 1);
    const p = pathArg(a[0], 'rmdir');
    try { fs.rmdirSync(p); } catch (e) { osError(e, p); }
    return none();
  }],
  ['unlink', (a, k) => {
    checkArity('unlink', a, k, 1, 1);
    const p = pathArg(a[0], 'remove');
    try {
      if (fs.lstatSync(p).isDirectory()) osError({ code: 'EISDIR' }, p);
      fs.unlinkSync(p);
    } catch (e) { osError(e, p); }
    return none();
  }],
  ['rename', (a, k) => {
    checkArity('rename', a, k, 2, 2);
    const p = pathArg(a[0], 'rename'), q = pathArg(a[1], 'rename');
    try { fs.renameSync(p, q); } catch (e) { osError(e, p, q); }
    return none();
  }],
  ['stat', (a, k) => {
    checkArity('stat', a, k, 2, 2);
    const p = pathArg(a[0], 'stat');
    const follow = a[1].value !== 0 && a[1].value !== false;
    try {
      return statTuple(follow ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true }));
    } catch (e) { return osError(e, p); }
  }],
  ['readlink', (a, k) => {
    checkArity('readlink', a, k, 1, 1);
    const p = pathArg(a[0], 'readlink');
    try { return newStr(fs.readlinkSync(p)); } catch (e) { return osError(e, p); }
  }],
  ['symlink', (a, k) => {
    checkArity('symlink', a, k, 2, 2);
    const p = pathArg(a[0], 'symlink'), q = pathArg(a[1], 'symlink');
    try { fs.symlinkSync(p, q); } catch (e) { osError(e, p, q); }
    return none();
  }],
  ['access', (a, k) => {
    checkArity('access', a, k, 2, 2);
    const p = pathArg(a[0], 'access');
    try { fs.accessSync(p, intOf(a[1])); return newInt(1); } catch { return newInt(0); }
  }],
  ['chmod', (a, k) => {
    checkArity('chmod', a, k, 2, 2);
    const p = pathArg(a[0], 'chmod');
    try { fs.chmodSync(p, intOf(a[1])); } catch (e) { osError(e, p); }
    return none();
  }],
  ['utime', (a, k) => {
    checkArity('utime', a, k, 3, 3);
    const p = pathArg(a[0], 'utime');
    try { fs.utimesSync(p, Number(a[1].value) / 1e9, Number(a[2].value) / 1e9); } catch (e) { osError(e, p); }
    return none();
  }],
  ['getpid', (a, k) => { checkArity('getpid', a, k, 0, 0); return newInt(process.pid); }],
  ['getppid', (a, k) => { checkArity('getppid', a, k, 0, 0); return newInt(process.ppid); }],
  ['getuid', (a, k) => { checkArity('getuid', a, k, 0, 0); return newInt(process.getuid ? process.getuid() : 0); }],
  ['getgid', (a, k) => { checkArity('getgid', a, k, 0, 0); return newInt(process.getgid ? process.getgid() : 0); }],
  ['cpu_count', (a, k) => { checkArity('cpu_count', a, k, 0, 0); return newInt(navigatorCpus()); }],
  ['environ', (a, k) => {
    checkArity('environ', a, k, 0, 0);
    const items: PyObject[] = [];
    for (const [key, v] of Object.entries(process.env)) {
      if (v !== undefined) items.push(newTupleSteal([newStr(key), newStr(v)]));
    }
    return newListSteal(items);
  }],
  ['putenv', (a, k) => {
    checkArity('putenv', a, k, 2, 2);
    process.env[pathArg(a[0], 'putenv')] = pathArg(a[1], 'putenv');
    return none();
  }],
  ['unsetenv', (a, k) => {
    checkArity('unsetenv', a, k, 1, 1);
    delete process.env[pathArg(a[0], 'unsetenv')];
    return none();
  }],
  ['urandom', (a, k) => {
    checkArity('urandom', a, k, 1, 1);
    const n = intOf(a[0]);
    if (n < 0) raiseValueError('negative argument not allowed');
    const b = new Uint8Array(n);
    crypto().randomFillSync(b);
    return newBytes(b);
  }],
  ['umask', (a, k) => { checkArity('umask', a, k, 1, 1); return newInt(process.umask(intOf(a[0]))); }],
  ['_exit', (a, k) => {
    const [status] = parseArgs('_exit', a, k, ['status'], 1);
    return posixHooks.exitImmediately(cInt(status!));
  }],
];

/** what os._exit needs from the runtime: end the process at once (runtime.ts exitImmediately) */
export const posixHooks = {
  exitImmediately: (_status: number): never => { throw new Error('posixHooks.exitImmediately not wired'); },
};

/** Argument Clinic's int converter (_PyLong_AsInt): an index that fits a C int */
function cInt(o: PyObject): number {
  const i = index(o);
  const v = i.value as number | bigint;
  decref(i);
  if (v > 2147483647 || v < -2147483648) raise(excType('OverflowError'), 'Python int too large to convert to C int');
  return Number(v);
}

function navigatorCpus(): number {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1;
  } catch {
    return 1;
  }
}

export function makePosixModule(): PyObject {
  const m = newModule('posix', None);
  for (const [name, fn] of functions) {
    const f = newBuiltinFunction(name, fn, 'posix');
    moduleSet(m, name, f);
    decref(f);
  }
  return m;
}
