// LAYER: modules. The `sys` module: argv, version, refcounts and sizes, recursion limit, streams.

import { varargsBuiltin } from '../objects/tpcall.js';
import { PyObject } from '../memory/object.js';
import { decref, incref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { checkArity, parseArgs } from '../objects/args.js';
import { raiseTypeError, raiseValueError, PyErr, excType, raise } from '../objects/errors.js';
import { None, none } from '../objects/singletons.js';
import { newInt, isInt, getIntMaxStrDigits, setIntMaxStrDigits } from '../objects/int.js';
import { newStr, isStr, internObject, StrType } from '../objects/str.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';
import { newNamespace } from '../objects/namespace.js';
import { PyType, TPFLAGS_HAVE_GC } from '../objects/type.js';
import { ts } from '../vm/state.js';
import { recursion, withRecursionCheck } from '../objects/recursion.js';
import { frameObject } from '../vm/traceback.js';
import { sysHooks } from './syshooks.js';
import { obmalloc } from '../memory/obmalloc.js';
import { freeListStatsText } from '../objects/alloc.js';
import { shownRefcount } from '../memory/shownrefs.js';

export const sysState = {
  exitOverride: null as number | null,
  /** the interpreter is shutting down (sys.is_finalizing) */
  finalizing: false,
};

/** sys.getsizeof: __sizeof__ plus the GC / managed-dict pre-header */
export function getsizeof(o: PyObject): number {
  const t = o.type as PyType;
  let size: number;
  const own = A.callSpecial(o, '__sizeof__', []);
  if (own !== null) {
    // (PyLong_AsSsize_t of the result)
    const ok = isInt(own);
    const v = ok ? Number(own.value) : 0;
    decref(own);
    if (!ok) raiseTypeError('an integer is required');
    if (v > 9223372036854775807) raise(excType('OverflowError'), 'Python int too large to convert to C ssize_t');
    size = v;
  } else size = t.sizeof(o);
  if (size < 0) raiseValueError('__sizeof__() should return >= 0');
  return size + ((t.flags & TPFLAGS_HAVE_GC) ? 16 : 0) + (t.hasDict && (t.flags & (1 << 9)) && (t.flags & (1 << 4)) ? 16 : 0);
}

/** the smallest limit sys.set_int_max_str_digits takes, besides 0 (_PY_LONG_MAX_STR_DIGITS_THRESHOLD) */
const INT_MAX_STR_DIGITS_THRESHOLD = 640;

/** Argument Clinic's int converter (_PyLong_AsInt): an index that fits a C int */
function cInt(o: PyObject): number {
  const i = A.index(o);
  const v = i.value as number | bigint;
  decref(i);
  if (v > 2147483647 || v < -2147483648) raise(excType('OverflowError'), 'Python int too large to convert to C int');
  return Number(v);
}

export function makeSysModule(argv: string[], streams: { stdout: PyObject; stderr: PyObject; stdin: PyObject }): PyObject {
  const m = newModule('sys', None);
  const set = (name: string, v: PyObject) => { moduleSet(m, name, v); decref(v); };
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) => set(name, newBuiltinFunction(name, f, 'sys'));

  fn('getrefcount', (args, kw) => { checkArity('sys.getrefcount', args, kw, 1, 1); return newInt(shownRefcount(args[0])); });
  fn('getsizeof', varargsBuiltin((args, kw) => {
    const [o, dflt] = parseArgs('getsizeof', args, kw, ['object', 'default'], 1);
    try {
      return newInt(getsizeof(o!));
    } catch (e) {
      // (only a TypeError gives way to the default: a __sizeof__ raising anything else, or
      // returning a negative size, still raises)
      if (dflt !== null && e instanceof PyErr && A.isInstance(e.exc, excType('TypeError'))) {
        decref(e.exc); incref(dflt); return dflt;
      }
      throw e;
    }
  }));
  fn('exit', (args, kw) => {
    checkArity('sys.exit', args, kw, 0, 1);
    const e = A.call(excType('SystemExit'), args.length ? [args[0]] : [], null);
    throw new PyErr(e);
  });
  // (METH_NOARGS and METH_O in CPython: their calls take a recursion unit, which the message counts)
  fn('getrecursionlimit', withRecursionCheck(() => newInt(recursion.limit)));
  fn('setrecursionlimit', withRecursionCheck((args, kw) => {
    checkArity('sys.setrecursionlimit', args, kw, 1, 1);
    if (!isInt(args[0])) raiseTypeError(`'${args[0].type.name}' object cannot be interpreted as an integer`);
    const n = Number(args[0].value);
    if (n < 1) raiseValueError('recursion limit must be greater or equal than 1');
    if (n <= recursion.depth) {
      raise(excType('RecursionError'), `cannot set the recursion limit to ${n} at the recursion depth ${recursion.depth}: the limit is too low`);
    }
    recursion.limit = n;
    return none();
  }));
  fn('intern', (args, kw) => {
    checkArity('sys.intern', args, kw, 1, 1);
    if (!isStr(args[0])) raiseTypeError(`intern() argument must be str, not ${args[0].type.name}`);
    // (a str subclass passes the argument check but is never interned)
    if (args[0].type !== StrType) raiseTypeError(`can't intern ${args[0].type.name}`);
    return internObject(args[0]);
  });
  fn('get_int_max_str_digits', (args, kw) => {
    checkArity('sys.get_int_max_str_digits', args, kw, 0, 0);
    return newInt(getIntMaxStrDigits());
  });
  fn('set_int_max_str_digits', (args, kw) => {
    const [o] = parseArgs('set_int_max_str_digits', args, kw, ['maxdigits'], 1);
    const n = cInt(o!);
    // (0 is no limit; sys.flags.int_max_str_digits keeps the startup value, as in CPython)
    if (n !== 0 && n < INT_MAX_STR_DIGITS_THRESHOLD) raiseValueError('maxdigits must be 0 or larger than 640');
    setIntMaxStrDigits(n);
    return none();
  });
  fn('_getframe', (args, kw) => {
    checkArity('sys._getframe', args, kw, 0, 1);
    let depth = args.length ? Number(args[0].value) : 0;
    let f = ts.frame;
    while (depth > 0 && f !== null) { f = f.back; depth--; }
    if (f === null) raiseValueError('call stack is not deep enough');
    return frameObject(f!);
  });
  fn('exc_info', () => sysHooks.excInfo());
  fn('exception', () => { const e = ts.excInfo; if (e === null) return none(); incref(e); return e; });
  // sys.excepthook(type, value, traceback) and its original, sys.__excepthook__
  for (const name of ['excepthook', '__excepthook__']) {
    fn(name, (args, kw) => {
      checkArity(name, args, kw, 3, 3);
      sysHooks.printException(args[1]);
      return none();
    });
  }
  fn('getallocatedblocks', () => newInt(obmalloc.allocatedBlocks()));
  fn('getdefaultencoding', () => newStr('utf-8'));
  fn('getfilesystemencoding', () => newStr('utf-8'));
  fn('getfilesystemencodeerrors', () => newStr('surrogateescape'));
  fn('is_finalizing', () => sysHooks.newBool(sysState.finalizing));
  fn('getswitchinterval', () => sysHooks.newFloat(0.005));
  fn('_debugmallocstats', () => { sysHooks.writeStderr(obmalloc.debugMallocStats(freeListStatsText())); return none(); });

  set('argv', sysHooks.newListSteal(argv.map((a) => newStr(a))));
  set('version_info', sysHooks.versionInfo());
  set('float_info', sysHooks.floatInfo());
  set('int_info', sysHooks.intInfo());
  set('hexversion', newInt(0x30b07f0));
  set('version', newStr('3.11.7 (main, pyheap) [TypeScript on Node.js]'));
  set('platform', newStr('linux'));
  set('byteorder', newStr('little'));
  set('maxsize', newInt(9223372036854775807n));
  set('maxunicode', newInt(0x10ffff));
  set('executable', newStr(process.argv[1] ?? ''));
  {
    // PEP 421: name, cache_tag (None: no bytecode caching), version, hexversion
    const name = newStr('pyheap');
    const version = sysHooks.versionInfo();
    const hex = newInt(0x30b07f0);
    set('implementation', newNamespace([['name', name], ['cache_tag', None], ['version', version], ['hexversion', hex]]));
    decref(name); decref(version); decref(hex);
  }
  set('path', sysHooks.newListSteal([newStr(process.cwd())]));
  set('flags', sysHooks.flags());
  set('hash_info', sysHooks.hashInfo());
  set('warnoptions', sysHooks.warnOptions());
  set('_xoptions', sysHooks.xOptions());
  set('builtin_module_names', sysHooks.builtinModuleNames());
  moduleSet(m, 'stdout', streams.stdout);
  moduleSet(m, 'stderr', streams.stderr);
  moduleSet(m, 'stdin', streams.stdin);
  moduleSet(m, '__stdout__', streams.stdout);
  moduleSet(m, '__stderr__', streams.stderr);
  moduleSet(m, '__stdin__', streams.stdin);
  return m;
}
