// LAYER: modules. The `builtins` module: the functions every program can call without importing,
// and the builtin types by name. Each function is a thin layer over objects/abstract.ts.

import { PyObject } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import * as A from '../objects/abstract.js';
import { parseArgs, checkArity, noKeywords } from '../objects/args.js';
import { PyErr, raise, raiseTypeError, raiseValueError, excType, errorHooks } from '../objects/errors.js';
import { None, none, NotImplemented, Ellipsis } from '../objects/singletons.js';
import { True, False, newBool, BoolType } from '../objects/bool.js';
import { IntType, newInt, isInt } from '../objects/int.js';
import { FloatType, newFloat } from '../objects/float.js';
import { StrType, newStr, isStr, internStr } from '../objects/str.js';
import { newTuple, newTupleSteal } from '../objects/tuple.js';
import { addRootProvider } from '../memory/audit.js';
import { matchHooks } from '../vm/match.js';
import { PyType, TypeType, ObjectType, isSubtype, typeLookup, TPFLAGS_TUPLE_SUBCLASS } from '../objects/type.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { createClass, calculateMetaclass } from '../objects/typeobject.js';
import { newModule, moduleSet } from '../objects/module.js';
import { instanceDict } from '../objects/object.js';
import { FunctionData } from '../objects/function.js';
import { Code } from '../objects/code.js';
import { ts } from '../vm/state.js';
import { runFrame } from '../vm/eval.js';
import { Frame } from '../vm/frame.js';
import { countEntry } from '../vm/specialize.js';
import { callHooks } from '../vm/callhooks.js';
import { varargsBuiltin, withPackedArgs } from '../objects/tpcall.js';
import { withRecursionCheck, enterRecursiveCall, leaveRecursiveCall } from '../objects/recursion.js';
import { builtinsHooks } from './builtinshooks.js';

type Fn = (args: PyObject[], kwnames: string[] | null) => PyObject;

const fns: [string, Fn][] = [];
const def = (name: string, fn: Fn): void => { fns.push([name, fn]); };

/**
 * Split (args, kwnames) into the positional arguments and the keyword-only ones; a keyword not
 * in `allowed` is refused as CPython's keyword parsers word it, naming `fname`.
 */
function kwOnly(fname: string, args: PyObject[], kwnames: string[] | null, allowed: string[]): [PyObject[], Map<string, PyObject>] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(0, args.length - nkw);
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    if (!allowed.includes(k)) raiseTypeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    kw.set(k, args[pos.length + i]);
  }
  return [pos, kw];
}

// ---------- output ----------

/**
 * What CPython's argument clinic allocates around a print() call: the parser's keyword-name tuple
 * ('sep', 'end', 'file', 'flush'), made on the first call and kept for good, and a tuple of the
 * positional arguments (*args) on every call. They are not used here; they exist so that gc
 * counts and free lists move as CPython's do (`gc.collect(); print(x); gc.get_count()`).
 */
let printKeywordTuple: PyObject | null = null;
addRootProvider('print', (add) => add(printKeywordTuple, 'print: argument clinic keyword tuple'));

function printArgumentTuples(pos: PyObject[]): PyObject {
  if (printKeywordTuple === null) {
    printKeywordTuple = newTupleSteal(['sep', 'end', 'file', 'flush'].map((k) => internStr(k)));
  }
  return newTuple(pos);
}

def('print', (args, kwnames) => {
  const [pos, kw] = kwOnly('print', args, kwnames, ['sep', 'end', 'file', 'flush']);
  const varargs = printArgumentTuples(pos);
  try {
    printPieces(pos, kw);
  } finally {
    decref(varargs);
  }
  return none();
});

function printPieces(pos: PyObject[], kw: Map<string, PyObject>): void {
  const sepO = kw.get('sep'), endO = kw.get('end'), file = kw.get('file');
  const strOrNone = (o: PyObject | undefined, dflt: string, what: string): string => {
    if (o === undefined || o === None) return dflt;
    if (!isStr(o)) raiseTypeError(`${what} must be None or a string, not ${o.type.name}`);
    return o.value as string;
  };
  const target = file === undefined || file === None ? builtinsHooks.currentStdout() : file;
  if (target === None) return; // (sys.stdout = None: print does nothing, before checking sep and end)
  const sep = strOrNone(sepO, ' ', 'sep'), end = strOrNone(endO, '\n', 'end');
  if (target === null) {
    // each argument is written as soon as it is converted (builtin_print): when a __str__
    // raises, the arguments before it and their separators are already out
    for (let i = 0; i < pos.length; i++) {
      if (i > 0) builtinsHooks.writeStdout(sep);
      builtinsHooks.writeStdout(A.strString(pos[i]));
    }
    builtinsHooks.writeStdout(end);
    if (kw.get('flush') !== undefined && A.isTrue(kw.get('flush')!)) builtinsHooks.flushStdout();
  } else {
    // PyFile_WriteObject per piece: str(arg), sep, ..., end — each a separate write() call
    const write = (s: PyObject): void => decref(A.callMethod(target, 'write', [s]));
    const sepO2 = sepO !== undefined && sepO !== None ? sepO : null;
    const endO2 = endO !== undefined && endO !== None ? endO : null;
    for (let i = 0; i < pos.length; i++) {
      if (i > 0) {
        if (sepO2 !== null) write(sepO2);
        else { const s = newStr(' '); try { write(s); } finally { decref(s); } }
      }
      const s = A.str(pos[i]);
      try { write(s); } finally { decref(s); }
    }
    if (endO2 !== null) write(endO2);
    else { const s = newStr('\n'); try { write(s); } finally { decref(s); } }
    if (kw.get('flush') !== undefined && A.isTrue(kw.get('flush')!)) { const f = A.callMethod(target, 'flush', []); decref(f); }
  }
}

def('input', (args, kwnames) => {
  checkArity('input', args, kwnames, 0, 1);
  // (builtin_input when stdin is not a terminal: the prompt goes to sys.stdout, which is flushed,
  // then a line comes from sys.stdin.readline())
  const fin = builtinsHooks.currentStdin(), fout = builtinsHooks.currentStdout();
  if (fin === None) raise(excType('RuntimeError'), 'input(): lost sys.stdin');
  if (fout === None) raise(excType('RuntimeError'), 'input(): lost sys.stdout');
  if (fout === null) {
    if (args.length > 0) builtinsHooks.writeStdout(A.strString(args[0]));
    builtinsHooks.flushStdout();
  } else {
    if (args.length > 0) { const s = A.str(args[0]); try { decref(A.callMethod(fout, 'write', [s])); } finally { decref(s); } }
    decref(A.callMethod(fout, 'flush', []));
  }
  return lineWithoutNewline(fin === null ? builtinsHooks.readLine() : readLineFrom(fin));
});

/** fin.readline() as PyFile_GetLine reads it: a str, '' at the end of the input */
function readLineFrom(fin: PyObject): string {
  const r = A.callMethod(fin, 'readline', []);
  try {
    if (!isStr(r)) raiseTypeError('object.readline() returned non-string');
    return r.value as string;
  } finally {
    decref(r);
  }
}

/** input()'s result: EOFError at the end of the input; only the final '\n' is taken off (stdin
 *  does not translate newlines on POSIX, so a '\r' before it stays) */
function lineWithoutNewline(line: string | null): PyObject {
  if (line === null || line === '') raise(excType('EOFError'), 'EOF when reading a line');
  return newStr(line!.endsWith('\n') ? line!.slice(0, -1) : line!);
}

// ---------- object protocol ----------

def('len', (args, kw) => { checkArity('len', args, kw, 1, 1); return newInt(A.len(args[0])); });
def('repr', (args, kw) => { checkArity('repr', args, kw, 1, 1); return A.repr(args[0]); });
def('ascii', (args, kw) => { checkArity('ascii', args, kw, 1, 1); return builtinsHooks.ascii(args[0]); });
def('hash', (args, kw) => { checkArity('hash', args, kw, 1, 1); return newInt(A.hash(args[0])); });
def('id', (args, kw) => { checkArity('id', args, kw, 1, 1); return newInt(args[0].addr); });
def('callable', (args, kw) => { checkArity('callable', args, kw, 1, 1); return newBool(A.isCallable(args[0])); });
def('abs', (args, kw) => { checkArity('abs', args, kw, 1, 1); return A.absolute(args[0]); });
def('iter', (args, kw) => {
  checkArity('iter', args, kw, 1, 2);
  if (args.length === 2) {
    if (!A.isCallable(args[0])) raiseTypeError('iter(v, w): v must be callable');
    return builtinsHooks.callableIterator(args[0], args[1]);
  }
  return A.getIter(args[0]);
});
def('next', (args, kw) => {
  checkArity('next', args, kw, 1, 2);
  const it = args[0];
  if (it.type.iternext === null) raiseTypeError(`'${it.type.name}' object is not an iterator`);
  let v: PyObject | null;
  try {
    v = it.type.iternext!(it);
  } catch (e) {
    if (args.length < 2 || !(e instanceof PyErr) || !A.isInstance(e.exc, excType('StopIteration'))) throw e;
    decref(e.exc);
    v = null;
  }
  if (v !== null) return v;
  const stop = builtinsHooks.takeStopValue(it);
  if (args.length === 2) { xdecref(stop); incref(args[1]); return args[1]; }
  if (stop !== null) {
    const e = errorHooks.newExceptionWithArg(excType('StopIteration'), stop);
    decref(stop);
    throw new PyErr(e);
  }
  return raise(excType('StopIteration'), null);
});
def('getattr', (args, kw) => {
  checkArity('getattr', args, kw, 2, 3);
  const name = args[1];
  if (!isStr(name)) raiseTypeError(`attribute name must be string, not '${name.type.name}'`);
  if (args.length === 3) {
    const v = A.getAttrOrNull(args[0], name.value as string);
    if (v !== null) return v;
    incref(args[2]);
    return args[2];
  }
  return A.getAttr(args[0], name.value as string);
});
def('setattr', (args, kw) => {
  checkArity('setattr', args, kw, 3, 3);
  if (!isStr(args[1])) raiseTypeError(`attribute name must be string, not '${args[1].type.name}'`);
  A.setAttr(args[0], args[1].value as string, args[2]);
  return none();
});
def('delattr', (args, kw) => {
  checkArity('delattr', args, kw, 2, 2);
  if (!isStr(args[1])) raiseTypeError(`attribute name must be string, not '${args[1].type.name}'`);
  A.delAttr(args[0], args[1].value as string);
  return none();
});
def('hasattr', (args, kw) => {
  checkArity('hasattr', args, kw, 2, 2);
  if (!isStr(args[1])) raiseTypeError(`attribute name must be string, not '${args[1].type.name}'`);
  return newBool(A.hasAttr(args[0], args[1].value as string));
});

function classInfoCheck(o: PyObject, info: PyObject, fname: string, sub: boolean): boolean {
  if (info.type.name === 'tuple') {
    // (a recursive call as CPython's object_recursive_isinstance makes it: a tuple nested deeper
    // than the recursion limit is a RecursionError "... in __instancecheck__")
    enterRecursiveCall(sub ? ' in __subclasscheck__' : ' in __instancecheck__');
    try {
      return (info.value as PyObject[]).some((c) => classInfoCheck(o, c, fname, sub));
    } finally {
      leaveRecursiveCall();
    }
  }
  if (!A.isInstance(info, TypeType)) {
    const hook = A.callSpecial(info, sub ? '__subclasscheck__' : '__instancecheck__', [o]);
    if (hook !== null) { const t = A.isTrue(hook); decref(hook); return t; }
    raiseTypeError(`${fname}() arg 2 must be a type, a tuple of types, or a union`);
  }
  const meta = info.type as PyType;
  if (meta !== TypeType) {
    const hook = typeLookup(meta, sub ? '__subclasscheck__' : '__instancecheck__');
    if (hook !== null && hook.type.name === 'function') {
      const r = A.call(hook, [info, o], null);
      const t = A.isTrue(r);
      decref(r);
      return t;
    }
  }
  if (sub) {
    if (!A.isInstance(o, TypeType)) raiseTypeError('issubclass() arg 1 must be a class');
    return isSubtype(o as PyType, info as PyType);
  }
  if (A.isInstance(o, info as PyType)) return true;
  const cls = A.getAttrOrNull(o, '__class__');
  if (cls !== null) {
    const r = cls !== o.type && A.isInstance(cls, TypeType) && isSubtype(cls as PyType, info as PyType);
    decref(cls);
    return r;
  }
  return false;
}
matchHooks.isInstance = (o, cls) => classInfoCheck(o, cls, 'isinstance', false);
def('isinstance', (args, kw) => { checkArity('isinstance', args, kw, 2, 2); return newBool(classInfoCheck(args[0], args[1], 'isinstance', false)); });
def('issubclass', (args, kw) => { checkArity('issubclass', args, kw, 2, 2); return newBool(classInfoCheck(args[0], args[1], 'issubclass', true)); });

// ---------- numbers and characters ----------

def('divmod', (args, kw) => { checkArity('divmod', args, kw, 2, 2); return builtinsHooks.divmod(args[0], args[1]); });
def('pow', (args, kwnames) => {
  const [b, e, m] = parseArgs('pow', args, kwnames, ['base', 'exp', 'mod'], 2);
  if (m === null || m === None) return A.binaryOp(b!, e!, 8);
  const f = b!.type.ternaryPow;
  if (f === null) raiseTypeError(`unsupported operand type(s) for ** or pow(): '${b!.type.name}', '${e!.type.name}', '${m.type.name}'`);
  const r = f!(b!, e!, m);
  if (r === NotImplemented) {
    decref(r);
    raiseTypeError(`unsupported operand type(s) for ** or pow(): '${b!.type.name}', '${e!.type.name}', '${m.type.name}'`);
  }
  return r;
});
def('round', (args, kwnames) => {
  const [x, nd] = parseArgs('round', args, kwnames, ['number', 'ndigits'], 1);
  const r = nd === null || nd === None ? A.callSpecial(x!, '__round__', []) : A.callSpecial(x!, '__round__', [nd]);
  if (r === null) raiseTypeError(`type ${x!.type.name} doesn't define __round__ method`);
  return r!;
});
def('chr', (args, kw) => {
  checkArity('chr', args, kw, 1, 1);
  const n = A.indexValue(args[0]);
  if (n < 0 || n > 0x10ffff) raiseValueError('chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(n));
});
def('ord', (args, kw) => {
  checkArity('ord', args, kw, 1, 1);
  const o = args[0];
  if (isStr(o)) {
    const s = o.value as string;
    const cps = Array.from(s);
    if (cps.length !== 1) raiseTypeError(`ord() expected a character, but string of length ${cps.length} found`);
    return newInt(cps[0].codePointAt(0)!);
  }
  if (o.value instanceof Uint8Array) {
    if (o.value.length !== 1) raiseTypeError(`ord() expected a character, but string of length ${o.value.length} found`);
    return newInt(o.value[0]);
  }
  return raiseTypeError(`ord() expected string of length 1, but ${o.type.name} found`);
});
function radix(name: string, prefix: string, base: number) {
  def(name, (args, kw) => {
    checkArity(name, args, kw, 1, 1);
    const i = A.index(args[0]);
    const v = typeof i.value === 'bigint' ? i.value : BigInt(i.value);
    decref(i);
    const neg = v < 0n;
    return newStr((neg ? '-' : '') + prefix + (neg ? -v : v).toString(base));
  });
}
radix('hex', '0x', 16);
radix('oct', '0o', 8);
radix('bin', '0b', 2);
def('format', (args, kwnames) => {
  // (all positional-only: checked as _PyArg_CheckPositional words it)
  checkArity('format', args, kwnames, 1, 2);
  return callHooks.format(args[0], args.length > 1 ? args[1] : null);
});

// ---------- iteration helpers ----------

def('sum', (args, kwnames) => {
  const [it, startO] = parseArgs('sum', args, kwnames, ['iterable', 'start'], 1, 1);
  if (startO !== null && isStr(startO)) raiseTypeError("sum() can't sum strings [use ''.join(seq) instead]");
  let acc: PyObject | null = startO ?? newInt(0);
  if (startO !== null) incref(acc);
  const iter = A.getIter(it!);
  try {
    if (acc.type === IntType && isCLong(acc.value)) {
      // CPython's fast path: exact ints (and bools) are added as a C long, with no int object
      // per step, until an item is something else or the sum would leave the long range
      let total: number | bigint = acc.value as number | bigint;
      decref(acc);
      acc = null;
      while (acc === null) {
        const x = A.iterNext(iter);
        if (x === null) return newInt(total);
        if (x.type === IntType || x.type === BoolType) {
          const b = x.value as number | bigint;
          if (typeof total === 'number' && typeof b === 'number' && Number.isSafeInteger(total + b)) {
            total += b;
            decref(x);
            continue;
          }
          if (isCLong(b)) {
            const t = BigInt(total) + BigInt(b);
            if (isCLong(t)) {
              total = Number.isSafeInteger(Number(t)) ? Number(t) : t;
              decref(x);
              continue;
            }
          }
        }
        const a = newInt(total);
        acc = addReleasing(a, x);
      }
    }
    if (acc.type === FloatType) {
      // the same for floats (ints within the long range are converted and added)
      let total = acc.value as number;
      decref(acc);
      acc = null;
      while (acc === null) {
        const x = A.iterNext(iter);
        if (x === null) return newFloat(total);
        if (x.type === FloatType) {
          total += x.value as number;
          decref(x);
          continue;
        }
        if (isInt(x) && isCLong(x.value)) {
          total += Number(x.value);
          decref(x);
          continue;
        }
        const a = newFloat(total);
        acc = addReleasing(a, x);
      }
    }
    for (;;) {
      const x = A.iterNext(iter);
      if (x === null) break;
      const a = acc;
      acc = null;
      acc = addReleasing(a, x);
    }
  } catch (e) {
    xdecref(acc);
    throw e;
  } finally {
    decref(iter);
  }
  return acc;
});

const LONG_MIN = -(2n ** 63n), LONG_MAX = 2n ** 63n - 1n;
/** an int value a C long holds (PyLong_AsLongAndOverflow without overflow) */
const isCLong = (v: number | bigint): boolean => typeof v === 'number' || (v >= LONG_MIN && v <= LONG_MAX);

/** acc + x: both owned and released (also when the addition raises) */
function addReleasing(acc: PyObject, x: PyObject): PyObject {
  try {
    return A.binaryOp(acc, x, 0);
  } finally {
    decref(acc);
    decref(x);
  }
}

/**
 * min_max: one item at a time from the iterable (or the arguments), keeping the best item and its
 * key (new references), as 3.11 does; a key function sees the items the loop holds so far.
 */
function minmax(name: string, op: number): Fn {
  return (args, kwnames) => {
    // (min_max parses its keywords with PyArg_ParseTupleAndKeywords, in its own words)
    const [pos, kw] = kwOnly(name, args, kwnames, ['key', 'default']);
    const key = kw.get('key');
    const dflt = kw.get('default');
    const useKey = key !== undefined && key !== None;
    if (pos.length === 0) raiseTypeError(`${name} expected at least 1 argument, got 0`);
    if (pos.length > 1 && dflt !== undefined) {
      raiseTypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    const it = pos.length === 1 ? A.getIter(pos[0]) : null;
    let i = 0;
    let best: PyObject | null = null, bestKey: PyObject | null = null;
    try {
      for (;;) {
        let item: PyObject | null;
        if (it !== null) item = A.iterNext(it);
        else if (i < pos.length) { item = pos[i++]; incref(item); } else item = null;
        if (item === null) break;
        let k: PyObject;
        try {
          k = useKey ? A.call(key!, [item], null) : (incref(item), item);
        } catch (e) {
          decref(item);
          throw e;
        }
        if (bestKey === null) { best = item; bestKey = k; continue; }
        let better: boolean;
        try {
          better = A.richCompareBool(k, bestKey, op);
        } catch (e) {
          decref(item);
          decref(k);
          throw e;
        }
        if (better) {
          decref(bestKey);
          decref(best!);
          best = item;
          bestKey = k;
        } else {
          decref(item);
          decref(k);
        }
      }
      if (best === null) {
        if (dflt !== undefined) { incref(dflt); return dflt; }
        raiseValueError(`${name}() arg is an empty sequence`);
      }
      const r = best!;
      best = null;
      return r;
    } finally {
      if (bestKey !== null) decref(bestKey);
      if (best !== null) decref(best);
      if (it !== null) decref(it);
    }
  };
}
// (dir, min, max and sys.getsizeof are METH_VARARGS in 3.11: their arguments come packed)
def('min', varargsBuiltin(minmax('min', 0)));
def('max', varargsBuiltin(minmax('max', 4)));

function anyAll(name: string, want: boolean): Fn {
  return (args, kw) => {
    checkArity(name, args, kw, 1, 1);
    const it = A.getIter(args[0]);
    try {
      for (;;) {
        const x = A.iterNext(it);
        if (x === null) return newBool(!want);
        const t = A.isTrue(x);
        decref(x);
        if (t === want) return newBool(want);
      }
    } finally {
      decref(it);
    }
  };
}
def('any', anyAll('any', true));
def('all', anyAll('all', false));
def('sorted', (args, kwnames) => {
  // (sorted hands its keywords to list.sort, whose parser names itself)
  const [pos, kw] = kwOnly('sort', args, kwnames, ['key', 'reverse']);
  if (pos.length !== 1) raiseTypeError(`sorted expected 1 argument, got ${pos.length}`);
  return builtinsHooks.sorted(pos[0], kw.get('key') ?? None, kw.get('reverse') ?? False);
});

// ---------- namespaces ----------

def('globals', (args, kw) => { checkArity('globals', args, kw, 0, 0); const g = ts.frame!.globals; incref(g); return g; });
def('locals', (args, kw) => { checkArity('locals', args, kw, 0, 0); return builtinsHooks.frameLocals(ts.frame!); });
def('vars', (args, kw) => {
  checkArity('vars', args, kw, 0, 1);
  if (args.length === 0) return builtinsHooks.frameLocals(ts.frame!);
  const d = A.getAttrOrNull(args[0], '__dict__');
  if (d === null) raiseTypeError('vars() argument must have __dict__ attribute');
  return d!;
});
def('dir', varargsBuiltin((args, kw) => {
  checkArity('dir', args, kw, 0, 1);
  if (args.length === 0) {
    const l = builtinsHooks.frameLocals(ts.frame!);
    const keys = A.callMethod(l, 'keys', []);
    decref(l);
    const r = builtinsHooks.sorted(keys, None, False);
    decref(keys);
    return r;
  }
  const names = A.callSpecial(args[0], '__dir__', []);
  if (names === null) raiseTypeError('object does not provide __dir__');
  const r = builtinsHooks.sorted(names!, None, False);
  decref(names!);
  return r;
}));

// ---------- classes ----------

def('__build_class__', (args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) raiseTypeError('__build_class__: not enough arguments');
  const func = args[0], nameO = args[1];
  if (func.type.name !== 'function') raiseTypeError('__build_class__: func must be a function');
  if (!isStr(nameO)) raiseTypeError('__build_class__: name is not a string');
  const origBases = args.slice(2, npos);
  // PEP 560: a base that is not a class may stand for others through __mro_entries__(bases)
  const entries: PyObject[] = []; // the tuples __mro_entries__ returned (owned until the end)
  const bases = resolveMroEntries(origBases, entries);
  try {
    return buildClass(func, nameO, origBases, bases, args, npos, nkw, kwnames);
  } finally {
    for (const t of entries) decref(t);
  }
});

function resolveMroEntries(origBases: PyObject[], entries: PyObject[]): PyObject[] {
  if (origBases.every((b) => A.isInstance(b, TypeType))) return origBases;
  let origTuple: PyObject | null = null;
  const bases: PyObject[] = [];
  try {
    for (const b of origBases) {
      const meth = A.isInstance(b, TypeType) ? null : A.getAttrOrNull(b, '__mro_entries__');
      if (meth === null) { bases.push(b); continue; }
      if (origTuple === null) origTuple = builtinsHooks.newTuple(origBases);
      let r: PyObject;
      try {
        r = A.call(meth, [origTuple], null);
      } finally {
        decref(meth);
      }
      entries.push(r);
      if (!(r.type.flags & TPFLAGS_TUPLE_SUBCLASS)) raiseTypeError('__mro_entries__ must return a tuple');
      for (const item of r.value as PyObject[]) bases.push(item);
    }
  } finally {
    if (origTuple !== null) decref(origTuple);
  }
  return bases;
}

function buildClass(func: PyObject, nameO: PyObject, origBases: PyObject[], bases: PyObject[], args: PyObject[],
  npos: number, nkw: number, kwnames: string[] | null): PyObject {
  let meta: PyObject | null = null;
  const kwn: string[] = [], kwv: PyObject[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'metaclass') meta = args[npos + i];
    else { kwn.push(kwnames![i]); kwv.push(args[npos + i]); }
  }
  if (meta === null) meta = bases.length > 0 ? bases[0].type : TypeType;
  // the most derived metaclass of the bases' is the one whose __prepare__ runs (class B(int, A))
  if (A.isInstance(meta, TypeType)) meta = calculateMetaclass(meta as PyType, bases);
  // the namespace: metaclass.__prepare__ or a plain dict
  const prep = A.getAttrOrNull(meta, '__prepare__');
  let ns: PyObject;
  if (prep !== null) {
    const bt = builtinsHooks.newTuple(bases);
    try {
      ns = A.call(prep, [nameO, bt, ...kwv], kwn.length ? kwn : null);
    } finally {
      decref(bt);
      decref(prep);
    }
  } else ns = callHooks.newDict();
  try {
    // run the class body with ns as its locals
    const fdata = func.value as FunctionData;
    const code = fdata.code.value as Code;
    const frame = new Frame(code, fdata.code, func, fdata.globals, fdata.builtins, ns);
    incref(fdata.code); incref(func); incref(ns); // globals/builtins borrowed from func
    countEntry(code);
    builtinsHooks.setupCells(frame, fdata);
    const cell = runFrame(frame);
    if (bases !== origBases) {
      const ob = builtinsHooks.newTuple(origBases);
      const key = newStr('__orig_bases__');
      try { A.setItem(ns, key, ob); } finally { decref(ob); decref(key); }
    }
    const basesTuple = builtinsHooks.newTuple(bases);
    let cls: PyObject;
    try {
      if (meta === TypeType || (A.isInstance(meta, TypeType) && (meta as PyType).new === TypeType.new && (meta as PyType).init === TypeType.init)) {
        // (type_vectorcall hands a 3-argument call to _PyObject_MakeTpCall: the arguments are packed)
        const margs = [nameO, basesTuple, ns, ...kwv];
        cls = withPackedArgs(margs, kwn.length ? kwn : null,
          () => createClass(meta as PyType, nameO.value as string, bases, ns, kwn, kwv, basesTuple));
      } else {
        cls = A.call(meta, [nameO, basesTuple, ns, ...kwv], kwn.length ? kwn : null);
      }
    } finally {
      decref(basesTuple);
    }
    // (only a class is checked: a metaclass may return anything else)
    if (cell !== None && cell.type.name === 'cell' && A.isInstance(cls, TypeType)) {
      if (cell.value !== cls) {
        // (the message is made before the references are dropped: either may be the last one)
        const unset = cell.value === null;
        let msg: string;
        try {
          const as = `defining ${A.reprString(nameO)} as ${A.reprString(cls)}`;
          msg = unset ? `__class__ not set ${as}. Was __classcell__ propagated to type.__new__?`
            : `__class__ set to ${A.reprString(cell.value)} ${as}`;
        } finally {
          decref(cell);
          decref(cls);
        }
        if (unset) raise(excType('RuntimeError'), msg);
        raiseTypeError(msg);
      }
    }
    decref(cell);
    return cls;
  } finally {
    decref(ns);
  }
}

def('__import__', (args, kwnames) => {
  const [name, globals, , fromlist, level] = parseArgs('__import__', args, kwnames, ['name', 'globals', 'locals', 'fromlist', 'level'], 1);
  return builtinsHooks.importModule(A.strString(name!), globals, fromlist ?? None, level === null ? 0 : A.indexValue(level));
});

def('open', (args, kwnames) => builtinsHooks.open(args, kwnames));

/**
 * The builtins CPython 3.11 defines METH_O, METH_NOARGS or METH_VARARGS: calling one takes a
 * recursion unit (objects/recursion.ts). (len is METH_O too, but warm code calls it through a
 * specialised instruction without the check; the other builtins are METH_FASTCALL.)
 */
const CALL_CHECKS_RECURSION = new Set([
  'abs', 'aiter', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'globals', 'hash', 'hex', 'id', 'locals',
  'max', 'min', 'oct', 'ord', 'repr',
]);

/** create the builtins module (after every static type is finished) */
export function makeBuiltinsModule(types: Record<string, PyObject>): PyObject {
  const m = newModule('builtins', None);
  for (const [name, fn] of fns) {
    const f = newBuiltinFunction(name, CALL_CHECKS_RECURSION.has(name) ? withRecursionCheck(fn) : fn);
    moduleSet(m, name, f);
    decref(f);
  }
  for (const [name, t] of Object.entries(types)) moduleSet(m, name, t);
  moduleSet(m, 'None', None);
  moduleSet(m, 'True', True);
  moduleSet(m, 'False', False);
  moduleSet(m, 'Ellipsis', Ellipsis);
  moduleSet(m, 'NotImplemented', NotImplemented);
  moduleSet(m, '__debug__', True);
  return m;
}

void noKeywords; void xdecref; void errorHooks; void ObjectType; void BoolType; void IntType; void StrType; void instanceDict; void isInt;
