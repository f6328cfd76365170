// LAYER: runtime (top of the stack, below cli/). Boots the interpreter and runs programs:
//   1. bootstrap: static caches (small ints, strs, tuples), finish every static type (inherit
//      slots, build its __dict__ with methods and slot wrappers), wire the late-bound hooks;
//   2. the `builtins` and `sys` modules, sys.modules, imports of builtin modules and .py files;
//   3. run __main__, print an uncaught exception like CPython, then shut down in CPython's order
//      (atexit, flush, clear __main__ and the other modules' globals) and report the audit.

import { readFileSync } from 'node:fs';
import { tty } from './lazynode.js';
import * as path from 'node:path';
import { PyObject } from './memory/object.js';
import { incref, decref, xdecref } from './memory/refcount.js';
import * as T from './objects/type.js';
import * as A from './objects/abstract.js';
import * as E from './objects/errors.js';
import { None, none, NoneType, NotImplementedType, EllipsisType, NotImplemented as NotImplementedObj, Ellipsis } from './objects/singletons.js';
import { True, False, newBool, BoolType } from './objects/bool.js';
import { readShellReuseSetting } from './objects/alloc.js'; // PYHEAP_SHELL_REUSE, read in boot
import * as Int from './objects/int.js';
import * as Str from './objects/str.js';
import * as Tuple from './objects/tuple.js';
import * as List from './objects/list.js';
import * as Dict from './objects/dict.js';
import * as SetM from './objects/set.js';
import * as Float from './objects/float.js';
import * as Complex from './objects/complex.js';
import * as Bytes from './objects/bytes.js';
import * as ByteArray from './objects/bytearray.js';
import { MemoryViewType } from './objects/memoryview.js';
import * as Range from './objects/range.js';
import * as Slice from './objects/slice.js';
import * as Iters from './objects/iterators.js';
import * as Sort from './objects/sort.js';
import * as Exc from './objects/exceptions.js';
import * as Fmt from './objects/format.js';
import { DictTable } from './objects/dicttable.js';
import { descriptorFor, newWrapperDescr, newBuiltinFunction, WrapperDescrType, MethodWrapperType } from './objects/descriptors.js';
import { defineHooks } from './objects/define.js';
import { packsWhenCalled, packsWhenInstancesCalled, tpCallHooks, varargsBuiltin, withArgsTuple } from './objects/tpcall.js';
import { slotWrappers, inheritSlots, hooksSlots, hooksSlots2, hooksSlots3, hooksSlots4, defineSlotMethods } from './objects/slots.js';
import { typeHooks } from './objects/typehooks.js';
import { hooks as typeLookupHooks } from './objects/type.js';
import { constHooks } from './objects/consthooks.js';
import { moduleHooks, newModule, moduleSet, ModuleType } from './objects/module.js';
import { objectHooks, genericGetAttr, instanceDict, hashPointer } from './objects/object.js';
import { functionHooks, FunctionType, FunctionData } from './objects/function.js';
import { MethodType } from './objects/method.js';
import { CellType, cellSet } from './objects/cell.js';
import { CodeType, newCode, Code } from './objects/code.js';
import {
  PropertyType, ClassMethodType, StaticMethodType, SuperType, newClassMethod, newStaticMethod,
  superHooks, hooksSuper, hooksDescr,
} from './objects/descrobjects.js';
import { typeModule } from './objects/typeobject.js';
import { openFile, newStdStream, writeTo, flushFile, readStdinLine, fileHooks, TextIOWrapperType, writeBeforeExit } from './objects/fileio.js';
import { freeObject } from './memory/heap.js';
import { obmalloc } from './memory/obmalloc.js';
import { auditOn, auditReplace, addRootProvider } from './memory/audit.js';
import { settleStartupGenerations } from './memory/generations.js';
import { eventsOn, notifyReplace } from './memory/events.js';
import { ts } from './vm/state.js';
import { Frame } from './vm/frame.js';
import { countEntry } from './vm/specialize.js';
import { runFrame, callPythonFunction, clearFrame } from './vm/eval.js';
import { warmUpLoop } from './vm/warmup.js';
import { callHooks } from './vm/callhooks.js';
import { evalHooks } from './vm/evalhooks.js';
import { setupCells } from './vm/call.js';
import './vm/intfast.js';
import './vm/ops.js';
import { excLinks } from './vm/ops.js';
import { GeneratorType, setSendOpcode, evalHooks2, evalHooks3, evalHooks4, genHooks, takeStopValue } from './vm/generator.js';
import * as Weak from './objects/weakref.js';
import { runExitFuncs, atexitHooks } from './modules/atexit.js';
import { frameObject, excAccess, tbHooks, tbHooks2, formatException, registerSource, sourceLine, FrameType } from './vm/traceback.js';
import { suggestionHooks } from './vm/suggestions.js';
import * as OP from './compiler/opcodes.js';
import { makeBuiltinsModule } from './modules/builtins.js';
import { mathHooks } from './modules/math.js';
import { registerModules } from './modules/index.js';
import { posixHooks } from './modules/posix.js';
import { registerModule, builtinModuleFactories } from './modules/registry.js';
import { importModule, importFrom, importStar, installImports, libDirectory, findMainModule, MainModuleError } from './imports.js';
import { compileToUnit, libUnit } from './codecache.js';
import { CompileRecursionError, ParserStackError } from './compiler/syntaxerror.js';
import { isCachedSingleton } from './compiler/arena.js';
import { CO_OPTIMIZED } from './compiler/codeunit.js';
import { recursion } from './objects/recursion.js';
import { parseArgs, checkArity } from './objects/args.js';
import { builtinsHooks } from './modules/builtinshooks.js';
import { installDisplayHook } from './modules/displayhook.js';
import { installQuitters } from './modules/quitter.js';
import { makeSysModule, sysState } from './modules/sys.js';
import { makeGcModule, installGc } from './modules/gc.js'; // the cycle collector and the gc module
import { collectAtExit, collectNoFail, gcHooks, readGcStressSetting } from './memory/gc.js'; // shutdown collections (§11.9), weakref hooks
import { attrHooks } from './objects/attrhooks.js';
import { structSeqType, newStructSeq } from './objects/structseq.js';

const VersionInfoType = structSeqType('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const IntInfoType = structSeqType('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const FlagsType = structSeqType('sys.flags', ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
  'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
  'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits']);
const HashInfoType = structSeqType('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
  'seed_bits', 'cutoff']);
const FloatInfoType = structSeqType('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp',
  'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
import './objects/attributes.js';
import { sysHooks } from './modules/syshooks.js';
import { parse } from './parser/parser.js';
import { compile, disassemble } from './compiler/index.js';
import type { ConstValue } from './compiler/index.js';
import { validate } from './parser/validate.js';
import { makeStaticLifetime, addShownReferences } from './memory/shownrefs.js';
import { STARTUP_REFERENCES } from './startuprefs.js';

const X = (m: any, name: string): any => {
  const v = m[name];
  if (v === undefined) throw new Error(`pyheap bootstrap: missing export ${name}`);
  return v;
};

// ---------------------------------------------------------------- bootstrap

let booted = false;
export const rt = {
  builtins: null as PyObject | null,   // the builtins module's dict
  builtinsModule: null as PyObject | null,
  sys: null as PyObject | null,
  modules: null as PyObject | null,    // sys.modules (a dict)
  stdout: null as PyObject | null,
  stderr: null as PyObject | null,
  stdin: null as PyObject | null,
};

function finishType(t: T.PyType): void {
  if (t.tpDict !== null) return;
  if (t.base !== null) finishType(t.base);
  inheritSlots(t);
  const d = X(Dict, 'newDict')();
  t.tpDict = d;
  const set = (name: string, v: PyObject) => { X(Dict, 'dictSetItemStr')(d, name, v); decref(v); };
  for (const [name, fn] of slotWrappers(t)) set(name, newWrapperDescr(t, name, fn));
  if (t.new !== null && (t.base === null || t.new !== t.base.new)) {
    const tnew = t.new;
    // tp_new_wrapper (METH_VARARGS | METH_KEYWORDS): the packed arguments, then args[1:] in a new tuple
    const f = newBuiltinFunction('__new__', varargsBuiltin((args, kw) => {
      const sub = args[0];
      if (sub === undefined) E.raiseTypeError(`${t.name}.__new__(): not enough arguments`);
      if (!A.isInstance(sub, T.TypeType)) E.raiseTypeError(`${t.name}.__new__(X): X is not a type object (${sub.type.name})`);
      if (!T.isSubtype(sub as T.PyType, t)) E.raiseTypeError(`${t.name}.__new__(${(sub as T.PyType).name}): ${(sub as T.PyType).name} is not a subtype of ${t.name}`);
      // tp_new_wrapper: the nearest builtin base of the subtype must use this same __new__
      let staticBase: T.PyType | null = sub as T.PyType;
      while (staticBase !== null && (staticBase.flags & T.TPFLAGS_HEAPTYPE)) staticBase = staticBase.base;
      if (staticBase !== null && staticBase.new !== tnew) {
        E.raiseTypeError(`${t.name}.__new__(${(sub as T.PyType).name}) is not safe, use ${staticBase.name}.__new__()`);
      }
      const rest = args.slice(1);
      return withArgsTuple(rest, () => tnew(sub as T.PyType, rest, kw));
    }), null);
    makeStaticLifetime(f);
    set('__new__', f);
  }
  for (const def of t.defs) set(def.name, descriptorFor(t, def));
  if (X(Dict, 'dictGetItemStr')(d, '__doc__') === null) X(Dict, 'dictSetItemStr')(d, '__doc__', None);
  if (t.hash === null && X(Dict, 'dictGetItemStr')(d, '__hash__') === null) X(Dict, 'dictSetItemStr')(d, '__hash__', None);
}

function wireHooks(): void {
  const dictGetStr = X(Dict, 'dictGetItemStr');
  const dictSetStr = X(Dict, 'dictSetItemStr');
  typeLookupHooks.dictGetStr = dictGetStr;
  hooksSlots3.dictGetStr = dictGetStr;
  hooksSlots3.dictStrKeys = X(Dict, 'dictStrKeys');
  hooksSuper.dictGetStr = dictGetStr;
  hooksSlots.isTrue = A.isTrue;
  hooksSlots.containsByIteration = (o, item) => {
    const it = A.getIter(o);
    try {
      for (;;) {
        const x = A.iterNext(it);
        if (x === null) return false;
        const eq = A.richCompareBool(x, item, T.EQ);
        decref(x);
        if (eq) return true;
      }
    } finally { decref(it); }
  };
  hooksSlots2.newStr = (s) => Str.internStr(s);
  hooksSlots4.newInt = Int.newInt;
  hooksSlots4.raiseStopIteration = (it) => {
    const stop = takeStopValue(it);
    if (stop === null) return E.raise(E.excType('StopIteration'), null);
    const e = E.errorHooks.newExceptionWithArg(E.excType('StopIteration'), stop);
    decref(stop);
    throw new E.PyErr(e);
  };
  hooksDescr.newBool = newBool;
  defineHooks.install = (t, def) => {
    const v = descriptorFor(t, def);
    dictSetStr(t.tpDict!, def.name, v);
    decref(v);
    T.typeModified(t); // a lookup may have cached the name's absence (modules/generic.ts asks first)
  };
  Object.assign(typeHooks, {
    dictGetStr, dictSetStr,
    dictDelStr: (d: PyObject, name: string) => {
      const tb = d.value as DictTable;
      const i = tb.findStr(name);
      if (i < 0) return false;
      tb.deleteEntry(i);
      return true;
    },
    dictCopy: (d: PyObject) => {
      const n = X(Dict, 'newDict')();
      X(Dict, 'dictMerge')(n, d, true);
      return n;
    },
    dictClear: (d: PyObject) => (d.value as DictTable).clear(),
    dictItems: (d: PyObject) => dictPairs(d),
    dictType: () => X(Dict, 'DictType'),
    iterate: A.iterateToArray,
    staticMethod: newStaticMethod,
    classMethod: newClassMethod,
    cellSet: (c: PyObject, v: PyObject) => cellSet(c, v),
    instanceDict,
    firstWeakref: Weak.firstWeakref,
    clearWeakrefs: Weak.clearWeakrefs,
    callFinalizer: (o: PyObject) => {
      try {
        o.type.finalize!(o);
      } catch (e) {
        if (!(e instanceof E.PyErr)) throw e;
        const del = T.typeLookup(o.type, '__del__');
        writeUnraisable(e.exc, del ?? o);
      }
    },
    superInitSubclass: (t: T.PyType, kwn: string[], kwv: PyObject[]) => {
      const mro = t.mro;
      for (let i = 1; i < mro.length; i++) {
        const d = mro[i].tpDict;
        const f = d === null ? null : dictGetStr(d, '__init_subclass__');
        if (f === null) continue;
        const bound = f.type.descrGet !== null ? f.type.descrGet(f, null, t) : (incref(f), f);
        try {
          return A.call(bound, kwv, kwn.length ? kwn : null);
        } finally {
          decref(bound);
        }
      }
      return none();
    },
    currentGlobals: () => (ts.frame === null ? null : ts.frame.globals),
    freeTypeBlock: (t: T.PyType) => freeObject(t, 16, true),
    newTuple: X(Tuple, 'newTuple'),
    newList: X(List, 'newList'),
    newDict: X(Dict, 'newDict'),
    replaceAllocation: (from: PyObject, to: PyObject) => {
      if (auditOn.value) auditReplace(from, to);
      if (eventsOn.value) notifyReplace(from, to);
    },
  });
  constHooks.newFloat = X(Float, 'newFloat');
  constHooks.newComplex = X(Complex, 'newComplex');
  constHooks.newBytes = X(Bytes, 'newBytes');
  constHooks.newTupleSteal = X(Tuple, 'newTupleSteal');
  constHooks.newFrozenSet = X(SetM, 'newFrozenSet');
  moduleHooks.newDict = X(Dict, 'newDict');
  moduleHooks.setItemStr = dictSetStr;
  moduleHooks.keysList = (d) => X(List, 'sequenceList')(d);
  objectHooks.dictFromTable = X(Dict, 'dictFromTable');
  functionHooks.call = callPythonFunction;
  evalHooks.genericGetAttr = genericGetAttr;
  Object.assign(callHooks, {
    newTupleSteal: X(Tuple, 'newTupleSteal'),
    newTuple: X(Tuple, 'newTuple'),
    sequenceTuple: X(Tuple, 'sequenceTuple'),
    newList: X(List, 'newList'),
    newListSteal: X(List, 'newListSteal'),
    listAppend: X(List, 'listAppend'),
    listExtend: X(List, 'listExtend'),
    newDict: X(Dict, 'newDict'),
    newDictPresized: X(Dict, 'newDictPresized'),
    dictSetItem: X(Dict, 'dictSetItem'),
    dictSetStr,
    dictGetStr,
    dictUpdate: (d: PyObject, o: PyObject) => X(Dict, 'dictMerge')(d, o, true),
    dictPairs,
    newSet: X(SetM, 'newSet'),
    setAdd: X(SetM, 'setAdd'),
    setUpdate: X(SetM, 'setUpdate'),
    newSlice: X(Slice, 'newSlice'),
    newFloat: X(Float, 'newFloat'),
    format: (v: PyObject, spec: PyObject | null) => {
      const s = spec ?? Str.newStr('');
      try {
        const r = A.callSpecial(v, '__format__', [s]);
        if (r === null) E.raiseTypeError(`Type ${v.type.name} doesn't define __format__`);
        return r!;
      } finally {
        if (spec === null) decref(s);
      }
    },
  });
  fileHooks.newListSteal = X(List, 'newListSteal');
  fileHooks.unsupportedOperation = () => {
    const io = importModule('io', null, None, 0);
    try {
      return A.getAttr(io, 'UnsupportedOperation');
    } finally {
      decref(io);
    }
  };
  fileHooks.newBytes = X(Bytes, 'newBytes');
  setSendOpcode(OP.SEND, OP.JUMP);
  evalHooks2.newBool = newBool;
  evalHooks2.frameObject = frameObject;
  evalHooks3.unraisable = (e, o) => writeUnraisable(e, o);
  evalHooks3.unawaitedCoroutine = warnUnawaitedCoroutine;
  genHooks.chain = (outer, inner) => { incref(inner); Exc.excSetCause(outer, inner); Exc.excSetContext(outer, inner); };
  superHooks.implicitArgs = () => {
    const f = ts.frame;
    if (f === null) return E.raiseRuntimeError('super(): no current frame');
    const code = f.code;
    const argcount = code.unit.argcount;
    if (argcount === 0 && code.nlocals === 0) E.raiseRuntimeError('super(): no arguments');
    let first = f.fast[0];
    const ci = code.unit.cellvars.indexOf(code.unit.varnames[0]);
    if (ci >= 0) first = f.fast[code.nlocals + ci]!.value as PyObject | null;
    if (first === null) E.raiseRuntimeError('super(): arg[0] deleted');
    const fi = code.unit.freevars.indexOf('__class__');
    if (fi < 0) E.raiseRuntimeError('super(): __class__ cell not found');
    const cls = f.fast[code.nlocals + code.ncells + fi]!.value as PyObject | null;
    if (cls === null) E.raiseRuntimeError('super(): empty __class__ cell');
    return [cls!, first!];
  };
  const excGet = (name: string) => (e: PyObject): PyObject | null => {
    const v = A.getAttrOrNull(e, name);
    if (v === null) return null;
    decref(v);
    return v === None ? null : v;
  };
  excAccess.getTraceback = Exc.excGetTraceback;
  excAccess.setTraceback = Exc.excSetTraceback;
  excLinks.getContext = Exc.excGetContext;
  excLinks.setContext = (e, c) => { incref(c); Exc.excSetContext(e, c); };
  excLinks.setCause = (e, c) => { if (c !== null) incref(c); Exc.excSetCause(e, c); };
  tbHooks2.typeModule = typeModule;
  tbHooks2.getCause = Exc.excGetCause;
  tbHooks2.getContext = Exc.excGetContext;
  tbHooks2.suppressContext = (e) => {
    const v = A.getAttrOrNull(e, '__suppress_context__');
    if (v === null) return false;
    decref(v);
    return v === True;
  };
  tbHooks2.isGroup = (e) => A.isInstance(e, E.excType('BaseExceptionGroup'));
  tbHooks2.groupMembers = (e) => {
    const t = A.getAttrOrNull(e, 'exceptions');
    if (t === null) return [];
    decref(t); // the group keeps its tuple alive
    return X(Tuple, 'isTuple')(t) ? [...(t.value as PyObject[])] : [];
  };
  suggestionHooks.dirNames = (o) => {
    const dir = X(Dict, 'dictGetItemStr')(rt.builtins!, 'dir');
    if (dir === null) return null;
    try {
      const names = A.call(dir, [o], null);
      const out: string[] = [];
      try {
        for (const n of A.iterateToArray(names)) {
          if (n.type === Str.StrType) out.push(n.value as string);
          decref(n);
        }
      } finally {
        decref(names);
      }
      return out;
    } catch (e) {
      if (!(e instanceof E.PyErr)) throw e;
      decref(e.exc);
      return null;
    }
  };
  tbHooks.frameLocals = frameLocalsDict;
  posixHooks.exitImmediately = exitImmediately;
  Object.assign(builtinsHooks, {
    writeStdout: (s: string) => writeTo(rt.stdout!, s),
    flushStdout: () => flushFile(rt.stdout!),
    takeStopValue,
    currentStdout: () => {
      const s = X(Dict, 'dictGetItemStr')(rt.sys!.dict!, 'stdout');
      return s === null || s === rt.stdout ? null : s;
    },
    currentStdin: () => {
      const s = X(Dict, 'dictGetItemStr')(rt.sys!.dict!, 'stdin');
      return s === null || s === rt.stdin ? null : s;
    },
    readLine: () => readStdinLine(rt.stdin!),
    ascii: evalHooks.ascii,
    callableIterator: X(Iters, 'newCallableIterator'),
    divmod: (a: PyObject, b: PyObject) => {
      const r = A.callSlotDunder(a, '__divmod__', [b]);
      if (r !== null && r !== NotImplementedObj) return r;
      if (r !== null) decref(r);
      const r2 = A.callSlotDunder(b, '__rdivmod__', [a]);
      if (r2 !== null && r2 !== NotImplementedObj) return r2;
      if (r2 !== null) decref(r2);
      return E.raiseTypeError(`unsupported operand type(s) for divmod(): '${a.type.name}' and '${b.type.name}'`);
    },
    sorted: (it: PyObject, key: PyObject, reverse: PyObject) => X(Sort, 'sortedList')(it, key, reverse),
    frameLocals: frameLocalsDict,
    newTuple: X(Tuple, 'newTuple'),
    setupCells: (f: Frame, fd: FunctionData) => setupCells(f, fd),
    importModule,
    open: openFile,
  });
  Object.assign(attrHooks, {
    newTupleSteal: X(Tuple, 'newTupleSteal'),
    newTuple: X(Tuple, 'newTuple'),
    newListSteal: X(List, 'newListSteal'),
    newDict: X(Dict, 'newDict'),
    dictGetStr, dictSetStr, dictDelStr: X(Dict, 'dictDelItemStr'),
    keys: (d: PyObject) => {
      if (!(d.value instanceof DictTable)) return [];
      const t = d.value as DictTable;
      return t.keys.filter((k) => k !== null && k.type === Str.StrType).map((k) => k!.value as string);
    },
    notImplemented: () => NotImplementedObj,
    moduleByName: (name: string | null) => {
      const m = name === null ? null : X(Dict, 'dictGetItemStr')(rt.modules!, name);
      if (m === null) return none();
      incref(m);
      return m;
    },
  });
  Object.assign(sysHooks, {
    printException: (exc: PyObject) => writeStderr(formatException(exc)),
    newListSteal: X(List, 'newListSteal'),
    newFloat: X(Float, 'newFloat'),
    versionInfo: () => newStructSeq(VersionInfoType, [Int.newInt(3), Int.newInt(11), Int.newInt(7), Str.newStr('final'), Int.newInt(0)]),
    intInfo: () => newStructSeq(IntInfoType, [Int.newInt(30), Int.newInt(4), Int.newInt(4300), Int.newInt(640)]),
    flags: sysFlags,
    warnOptions: () => X(List, 'newListSteal')(commandLine.warnoptions.map((w) => Str.newStr(w))),
    xOptions: () => {
      // -X key=value -> {'key': 'value'}, -X key -> {'key': True}
      const d = X(Dict, 'newDict')();
      for (const x of commandLine.xoptions) {
        const eq = x.indexOf('=');
        const v = eq < 0 ? newBool(true) : Str.newStr(x.slice(eq + 1));
        X(Dict, 'dictSetItemStr')(d, eq < 0 ? x : x.slice(0, eq), v);
        decref(v);
      }
      return d;
    },
    // (str hashes are FNV-1a here: objects/str.ts textHash; the rest as CPython's)
    hashInfo: () => newStructSeq(HashInfoType, [Int.newInt(64), Int.newInt(2305843009213693951n), Int.newInt(314159),
      Int.newInt(0), Int.newInt(1000003), Str.newStr('fnv'), Int.newInt(64), Int.newInt(128), Int.newInt(0)]),
    builtinModuleNames: () => X(Tuple, 'newTupleSteal')(builtinModuleNames().map((n) => Str.newStr(n))),
    newBool,
    floatInfo: () => newStructSeq(FloatInfoType, [
      Float.newFloat(Number.MAX_VALUE), Int.newInt(1024), Int.newInt(308), Float.newFloat(2.2250738585072014e-308),
      Int.newInt(-1021), Int.newInt(-307), Int.newInt(15), Int.newInt(53), Float.newFloat(Number.EPSILON),
      Int.newInt(2), Int.newInt(1)]),
    excInfo: () => {
      const e = ts.excInfo;
      if (e === null) return X(Tuple, 'newTupleSteal')([none(), none(), none()]);
      incref(e.type); incref(e);
      return X(Tuple, 'newTupleSteal')([e.type, e, evalHooks.tracebackOf(e)]);
    },
    writeStderr,
  });
  evalHooks.importName = (name, fromlist, level, globals) => importModule(name, globals, fromlist, Number(level.value));
  evalHooks.importFrom = (m, name) => importFrom(m, name);
  evalHooks.importStar = importStar;
}

/** new references to (key, value) pairs of a mapping */
function dictPairs(d: PyObject): [PyObject, PyObject][] {
  if (d.value instanceof DictTable) {
    const t = d.value as DictTable;
    const out: [PyObject, PyObject][] = [];
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k !== null) {
        incref(k); incref(t.vals[i]!);
        out.push([k, t.vals[i]!]);
      }
    }
    return out;
  }
  const keys = A.callMethod(d, 'keys', []);
  const ks = A.iterateToArray(keys);
  decref(keys);
  return ks.map((k) => [k, A.getItem(d, k)] as [PyObject, PyObject]);
}

/**
 * locals() / frame.f_locals (PyFrame_GetLocals): a module's or class body's namespace itself; for
 * a function's frame, the one dict the frame keeps in its f_locals (made at the first call, then
 * refreshed by each: PyFrame_FastToLocalsWithError sets every bound local and deletes the unbound
 * ones), so `locals() is locals()` and the dict holds its values while the frame lives.
 */
function frameLocalsDict(f: Frame): PyObject {
  const optimized = (f.code.flags & CO_OPTIMIZED) !== 0;
  if (f.locals !== null && !optimized) { incref(f.locals); return f.locals; }
  if (f.locals === null) f.locals = X(Dict, 'newDict')();
  const d = f.locals!;
  const u = f.code.unit;
  const put = (n: string, v: PyObject | null): void => {
    if (v !== null) X(Dict, 'dictSetItemStr')(d, n, v);
    else X(Dict, 'dictDelItemStr')(d, n); // (if it is there)
  };
  u.varnames.forEach((n, i) => put(n, f.fast[i]));
  [...u.cellvars, ...u.freevars].forEach((n, i) => {
    const c = f.fast[f.code.nlocals + i];
    if (!u.varnames.includes(n)) put(n, c === null ? null : c.value as PyObject | null);
  });
  incref(d);
  return d;
}

let coreBooted = false;

/**
 * The part of boot that depends on nothing of the process (no argv, environment, streams or
 * clock): the caches, static types, builtins and module table. The build runs it once before
 * saving the startup snapshot (scripts/snapshot.js), so a run from the snapshot starts here done.
 * It is deterministic, so the addresses and counts it leaves are the same either way.
 */
export function bootCore(): void {
  if (coreBooted) return;
  coreBooted = true;
  Str.initStrCaches();
  Str.internStartupChars(STARTUP_REFERENCES.internedChars);
  Int.initSmallInts();
  X(Tuple, 'initTupleCache')();
  X(Dict, 'initDict')();
  wireHooks();
  for (const init of ['initBytesCaches']) if ((Bytes as any)[init]) (Bytes as any)[init]();
  for (const m of [List, SetM, Range, Iters, Float, Complex, ByteArray, Slice]) {
    for (const [k, v] of Object.entries(m)) if (/^init[A-Z]/.test(k) && typeof v === 'function' && k !== 'initTupleCache') (v as () => void)();
  }
  X(Exc, 'initExceptions')();
  // 3.11's types without a vectorcall whose construction can run Python code (objects/tpcall.ts)
  for (const t of [Int.IntType, Str.StrType, T.TypeType, X(Complex, 'ComplexType'), X(Bytes, 'BytesType'),
    X(ByteArray, 'ByteArrayType'), X(Iters, 'ZipType')]) packsWhenCalled(t);
  for (const t of [WrapperDescrType, MethodWrapperType]) packsWhenInstancesCalled(t);
  tpCallHooks.newTuple = X(Tuple, 'newTuple');
  const newTupleSteal = X(Tuple, 'newTupleSteal'), newDictPresized = X(Dict, 'newDictPresized');
  const dictSetItemStr = X(Dict, 'dictSetItemStr');
  tpCallHooks.newTupleSteal = newTupleSteal;
  tpCallHooks.newNamesTuple = (names) => newTupleSteal(names.map((n) => Str.internStr(n)));
  tpCallHooks.tupleChurnShows = X(Tuple, 'tupleChurnShows');
  tpCallHooks.takeFreeTuple = X(Tuple, 'takeFreeTuple');
  tpCallHooks.putBackFreeTuple = X(Tuple, 'putBackFreeTuple');
  tpCallHooks.newKwDict = (names, values) => {
    const d = newDictPresized(names.length);
    for (let i = 0; i < names.length; i++) dictSetItemStr(d, names[i], values[i]);
    return d;
  };
  defineSlotMethods(List.ListType, ['__getitem__', '__sizeof__']);
  defineSlotMethods(Dict.DictType, ['__getitem__', '__contains__', '__sizeof__']);
  defineSlotMethods(SetM.SetType, ['__contains__', '__sizeof__']);
  defineSlotMethods(SetM.FrozenSetType, ['__contains__', '__sizeof__']);
  defineSlotMethods(Int.IntType, ['__sizeof__']);
  for (const t of T.allStaticTypes) finishType(t);
  // builtins
  const types: Record<string, PyObject> = {
    object: T.ObjectType, type: T.TypeType, int: Int.IntType, bool: BoolType, str: Str.StrType,
    float: X(Float, 'FloatType'), complex: X(Complex, 'ComplexType'), bytes: X(Bytes, 'BytesType'),
    bytearray: X(ByteArray, 'ByteArrayType'), list: X(List, 'ListType'), tuple: X(Tuple, 'TupleType'),
    dict: X(Dict, 'DictType'), set: X(SetM, 'SetType'), frozenset: X(SetM, 'FrozenSetType'),
    range: X(Range, 'RangeType'), slice: X(Slice, 'SliceType'), property: PropertyType,
    classmethod: ClassMethodType, staticmethod: StaticMethodType, super: SuperType,
    enumerate: X(Iters, 'EnumerateType'), zip: X(Iters, 'ZipType'), map: X(Iters, 'MapType'),
    filter: X(Iters, 'FilterType'), reversed: X(Iters, 'ReversedType'), memoryview: MemoryViewType,
  };
  for (const [name, t] of Object.entries(E.errorHooks.types)) types[name] = t;
  const bm = makeBuiltinsModule(types);
  addEvalBuiltins(bm);
  registerModules();
  // the cycle collector (memory/gc.ts): wire its hooks (installs gcState.onThreshold), and `import gc`
  installGc({ writeUnraisable, writeStderr, callFinalizer: (o) => typeHooks.callFinalizer(o) });
  registerModule('gc', makeGcModule);
  wireWeakrefs();
  mathHooks.newTupleSteal = X(Tuple, 'newTupleSteal');
  rt.builtinsModule = bm;
  rt.builtins = bm.dict;
  addStartupReferences();
}

/**
 * Run once before the startup snapshot is saved (scripts/snapshot.js), after bootCore: the
 * interpreter loop's warm-up, and the tokenizer, parser and compiler over `sources` (the CodeUnits
 * made are dropped). V8 saves the bytecode of every function that has run, so a process started
 * from the snapshot no longer compiles those functions (the loop, the front end) to bytecode
 * before its first line of Python: ~35 M fewer machine instructions at every start. Neither leaves
 * anything on pyheap's heap (vm/warmup.ts; the compiler makes no Python objects); a change in the
 * blocks allocated would fail the build's snapshot step (pyheap then starts without a snapshot).
 */
export function warmUpForSnapshot(sources: string[]): void {
  const blocks = obmalloc.allocatedBlocks();
  warmUpLoop(rt.builtins!);
  for (const source of sources) compileToUnit(source, '<snapshot warm-up>', 'exec');
  if (obmalloc.allocatedBlocks() !== blocks) throw new Error('the snapshot warm-up left objects on the heap');
}

/** everything before a program runs: bootCore, then what comes from this process */
export function boot(argv: string[]): void {
  if (booted) return;
  booted = true;
  // settings read per run, never while modules load or in bootCore (see scripts/snapshot.js)
  readShellReuseSetting(process.env);
  readGcStressSetting(process.env);
  bootCore();
  const bm = rt.builtinsModule!;
  rt.stdout = newStdStream('<stdout>', 1);
  rt.stderr = newStdStream('<stderr>', 2);
  rt.stdin = newStdStream('<stdin>', 0);
  const sys = makeSysModule(argv, { stdout: rt.stdout, stderr: rt.stderr, stdin: rt.stdin });
  rt.sys = sys;
  if (commandLine.optimize > 0) moduleSet(bm, '__debug__', False); // -O
  installDisplayHook(sys, bm);
  installQuitters(bm);
  rt.modules = X(Dict, 'newDict')();
  X(Dict, 'dictSetItemStr')(rt.modules, 'sys', sys);
  installImports({
    modules: () => rt.modules!,
    sysPath: () => {
      const p = sys.dict !== null ? X(Dict, 'dictGetItemStr')(sys.dict, 'path') : null;
      const dirs: string[] = [];
      if (p !== null) A.forEachItem(p, (d) => { if (d.type === Str.StrType) dirs.push(d.value as string); });
      return dirs;
    },
    builtinsDict: () => rt.builtins!,
    run: (source, file, m) => {
      // pyheap's own lib/ modules come compiled from the build's cache when it is valid (codecache.ts)
      // (the cache holds code compiled without -O)
      const unit = commandLine.optimize === 0 ? libUnit(file, source) : null;
      if (unit !== null) registerSource(file, source);
      const code = unit !== null ? newCode(unit) : compileSource(source, file, 'exec');
      try { decref(execCode(code, m.dict!)); } finally { decref(code); }
    },
    newList: (items) => X(List, 'newListSteal')(items),
  });
  X(Dict, 'dictSetItemStr')(rt.modules, 'builtins', bm);
  moduleSet(sys, 'modules', rt.modules!);
  void [NoneType, NotImplementedType, EllipsisType, ModuleType, FunctionType, MethodType, CellType, CodeType,
    GeneratorType, FrameType, TextIOWrapperType, hashPointer, Fmt, False, clearFrame];
  warmUpLoop(rt.builtins!); // (vm/warmup.ts: type feedback for the interpreter loop, invisible to Python)
}

/** weak references: dealloc hooks, unraisable callbacks, the collector's handle_weakrefs */
function wireWeakrefs(): void {
  evalHooks4.clearWeakrefs = Weak.clearWeakrefs;
  Weak.weakrefHooks.writeUnraisable = writeUnraisable;
  atexitHooks.writeUnraisable = writeUnraisable;
  gcHooks.weakrefs = {
    isWeakref: Weak.isWeakref,
    clearKeepingCallback: Weak.clearKeepingCallback,
    hasCallback: (wr) => (wr.aux as Weak.WeakLink).callback !== null,
    callCallback: (wr) => Weak.runCallback(wr, (wr.aux as Weak.WeakLink).callback!),
  };
}

/** eval / exec / compile: they need the compiler, so they are defined here, not in modules/ */
function addEvalBuiltins(bm: PyObject): void {
  const codeFrom = (src: PyObject, mode: 'exec' | 'eval', fname: string, arena: PyObject[]): PyObject => {
    if (src.type === CodeType) { incref(src); return src; }
    if (!Str.isStr(src) && !(src.value instanceof Uint8Array)) {
      E.raiseTypeError(`${fname}() arg 1 must be a string, bytes or code object`);
    }
    const text = Str.isStr(src) ? (src.value as string) : Buffer.from(src.value as Uint8Array).toString('utf8');
    return compileSource(mode === 'eval' ? text.replace(/^[ \t]+/, '') : text, '<string>', mode, arena);
  };
  const scopes = (g: PyObject | null, l: PyObject | null): [PyObject, PyObject] => {
    const f = ts.frame!;
    let globals = g === null || g === None ? f.globals : g;
    let locals = l === null || l === None ? (g === null || g === None ? frameLocalsDict(f) : (incref(globals), globals)) : (incref(l), l);
    if (!A.isInstance(globals, X(Dict, 'DictType'))) E.raiseTypeError(`globals must be a dict`);
    if (X(Dict, 'dictGetItemStr')(globals, '__builtins__') === null) X(Dict, 'dictSetItemStr')(globals, '__builtins__', rt.builtinsModule!);
    return [globals, locals];
  };
  const run = (fname: string, mode: 'exec' | 'eval') => (args: PyObject[], kw: string[] | null): PyObject => {
    // (eval's arguments are all positional-only, checked as _PyArg_CheckPositional words it)
    if (mode === 'eval') checkArity('eval', args, kw, 1, 3);
    const [src, g, l] = parseArgs(fname, args, kw, ['source', 'globals', 'locals'], 1, 1);
    const arena: PyObject[] = [];
    const code = codeFrom(src!, mode, fname, arena);
    try {
      const [globals, locals] = scopes(g, l);
      // the frame takes over our reference to locals (as in CPython, exec holds none while it runs)
      const r = execCode(code, globals, locals, true);
      if (mode === 'exec') { decref(r); return none(); }
      return r;
    } finally {
      decref(code);
      freeArena(arena);
    }
  };
  const add = (name: string, fn: (a: PyObject[], k: string[] | null) => PyObject) => {
    const f = newBuiltinFunction(name, fn);
    moduleSet(bm, name, f);
    decref(f);
  };
  add('eval', run('eval', 'eval'));
  add('exec', run('exec', 'exec'));
  add('compile', (args, kw) => {
    const [src, filename, mode] = parseArgs('compile', args, kw, ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'], 3);
    const m = A.strString(mode!);
    if (m !== 'exec' && m !== 'eval' && m !== 'single') E.raiseValueError("compile() mode must be 'exec', 'eval' or 'single'");
    return compileSource(A.strString(src!), A.strString(filename!), m as 'exec');
  });
}

// ---------------------------------------------------------------- errors

export function writeStderr(s: string): void {
  flushFile(rt.stdout!);
  writeTo(rt.stderr!, s);
  flushFile(rt.stderr!);
}

/** PyErr_WriteUnraisable: "Exception ignored in: <obj>" + traceback, then go on */
export function writeUnraisable(exc: PyObject, obj: PyObject, where = 'in'): void {
  let what: string;
  try {
    what = A.reprString(obj);
  } catch (e) {
    if (e instanceof E.PyErr) decref(e.exc);
    what = `<object repr() failed>`;
  }
  writeStderr(`Exception ignored ${where}: ${what}\n${formatException(exc)}`);
  decref(exc);
}

// ---------------------------------------------------------------- compiling and importing

/**
 * Compile source text into a code object. With `arena`, the text is about to be run as it is (a
 * script, `-c`, an interactive statement, exec/eval of a str): `arena` receives a new reference
 * to each constant CPython's AST arena would keep alive meanwhile (see compiler/arena.ts); the
 * caller releases them with freeArena once the code has finished.
 */
export function compileSource(source: string, filename: string, mode: 'exec' | 'eval' | 'single', arena: PyObject[] | null = null): PyObject {
  // tracebacks show the source lines of files only: like linecache, not those of "<string>" or "<stdin>"
  if (!filename.startsWith('<')) registerSource(filename, source);
  try {
    const astConstants: ConstValue[] | undefined = arena === null ? undefined : [];
    const unit = compileToUnit(source, filename, mode, showCompileWarning, astConstants,
      { depth: recursion.depth, limit: recursion.limit }, commandLine.optimize);
    if (astConstants === undefined) return newCode(unit);
    // an identifier-like literal that was interned before is not the object co_consts gets
    const older = new Set(astConstants.filter((c) => c.kind === 'str' && Str.isInternedText(c.value)));
    // (a string's interned status is read before newCode interns the new ones)
    const made = new Map<ConstValue, PyObject>();
    const code = newCode(unit, made);
    for (const c of astConstants) {
      if (isCachedSingleton(c)) {
        arena!.push(cachedSingleton(c));
        continue;
      }
      const o = made.get(c);
      if (o === undefined || older.has(c)) continue;
      incref(o);
      arena!.push(o);
    }
    return code;
  } catch (e: any) {
    if (e !== null && typeof e === 'object' && 'msg' in e && 'kind' in e && 'lineno' in e) {
      throw new E.PyErr(makeSyntaxError(e));
    }
    if (e instanceof CompileRecursionError) throw E.newError(E.excType('RecursionError'), e.message);
    if (e instanceof ParserStackError) throw E.newError(E.excType('MemoryError'), null);
    throw e;
  }
}

/** the runtime's one object for a cached-singleton constant (compiler/arena.ts): a new reference */
function cachedSingleton(c: ConstValue): PyObject {
  switch (c.kind) {
    case 'int': return Int.newInt(Number(c.value));
    case 'str': return Str.newStr(c.value);
    case 'bytes': return Bytes.newBytes(c.value);
    default: return X(Tuple, 'emptyTuple')();
  }
}

/** the end of a run of freshly compiled text: drop the references its arena held */
export function freeArena(arena: PyObject[]): void {
  while (arena.length > 0) decref(arena.pop()!);
}

/** warnings.showwarning's default format: "file:line: Category: message" and the source line */
function showCompileWarning(category: string, message: string, filename: string, lineno: number): boolean {
  if (commandLine.warnoptions.length > 0) {
    // -W options: the warnings module's filters decide (without them, its defaults show these);
    // a warning they turn into an error becomes the compiler's SyntaxError (true)
    const [msg, ln, file] = [Str.newStr(message), Int.newInt(lineno), Str.newStr(filename)];
    try {
      decref(callLibFunction('warnings', 'warn_explicit', [msg, E.excType(category), file, ln]));
    } catch (e) {
      if (!(e instanceof E.PyErr) || !A.isInstance(e.exc, E.excType(category))) throw e;
      decref(e.exc);
      return true;
    } finally {
      for (const o of [msg, ln, file]) decref(o);
    }
    return false;
  }
  const line = sourceLine(filename, lineno);
  const src = line !== null && !filename.startsWith('<') ? `  ${line.trim()}\n` : '';
  writeStderr(`${filename}:${lineno}: ${category}: ${message}\n${src}`);
  return false;
}

function makeSyntaxError(e: any): PyObject {
  const detail = [
    Str.newStr(e.filename ?? '<string>'), Int.newInt(e.lineno ?? 1), e.offset == null ? none() : Int.newInt(e.offset),
    e.text == null ? none() : Str.newStr(e.text), e.end_lineno == null ? none() : Int.newInt(e.end_lineno),
    e.end_offset == null ? none() : Int.newInt(e.end_offset),
  ];
  const tup = X(Tuple, 'newTupleSteal')(detail);
  const msg = Str.newStr(e.msg);
  try {
    return A.call(E.excType(e.kind ?? 'SyntaxError'), [msg, tup], null);
  } finally {
    decref(msg);
    decref(tup);
  }
}

/**
 * Run a code object as a module body in `globals`. The frame has no function, so it owns globals and
 * builtins itself (the references CPython's temporary function object holds). With `stealLocals`
 * the caller's reference to `locals` passes to the frame (exec/eval hold none of their own).
 */
export function execCode(code: PyObject, globals: PyObject, locals: PyObject | null = null, stealLocals = false): PyObject {
  const c = code.value as Code;
  const loc = locals ?? globals;
  const frame = new Frame(c, code, null, globals, rt.builtins!, loc);
  incref(code); incref(globals); incref(rt.builtins!);
  countEntry(c);
  if (!(stealLocals && locals !== null)) incref(loc);
  return runFrame(frame);
}




// ---------------------------------------------------------------- running a program

/** exit status of the program */
export function runMain(source: string, filename: string, argv: string[]): number {
  prepareMain(argv, filename === '<string>' || filename === '<stdin>' ? '' : path.dirname(path.resolve(filename)),
    filename.startsWith('<') ? null : filename);
  const r = runInMain(source, filename, 'exec', false);
  return finalize(r.exitStatus ?? (r.raised ? 1 : 0));
}

/**
 * Boot, then set sys.argv, sys.path ([path0, pyheap's lib/]) and a fresh __main__ module
 * (with __file__ when `file` is given). path0 '' stands for the current directory, as for -c.
 */
export function prepareMain(argv: string[], path0: string, file: string | null, pkg: string | null = null): void {
  boot(argv);
  setSysArgv(argv);
  const sysPath = X(List, 'newListSteal')([Str.newStr(path0), Str.newStr(libDirectory())]);
  A.setAttr(rt.sys!, 'path', sysPath);
  decref(sysPath);
  const main = newModule('__main__', None);
  X(Dict, 'dictSetItemStr')(rt.modules!, '__main__', main);
  decref(main);
  const g = main.dict!;
  X(Dict, 'dictSetItemStr')(g, '__builtins__', rt.builtinsModule!);
  if (file !== null) {
    const f = Str.newStr(file);
    X(Dict, 'dictSetItemStr')(g, '__file__', f);
    decref(f);
  }
  if (pkg !== null) {
    const p = Str.newStr(pkg);
    X(Dict, 'dictSetItemStr')(g, '__package__', p);
    decref(p);
  }
  leaveStartupFreeLists();
  wireThreadStateDict();
  settleStartupGenerations(STARTUP_GEN2_COUNT);
}

/**
 * The free lists as CPython 3.11's own startup (site, encodings, io) leaves them when a script's
 * first line runs: `sys._debugmallocstats()` there lists 8 free dicts, 4 floats, 40 lists and
 * these free tuples of sizes 1..20. The next objects of those kinds come from the lists, so
 * neither their allocation nor their freeing moves gc.get_count(), as in CPython.
 */
const STARTUP_FREE_TUPLES = [4, 8, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6];
function leaveStartupFreeLists(): void {
  X(Dict, 'settleDictFreeList')(8);
  X(Float, 'settleFloatFreeList')(4);
  X(List, 'settleListFreeList')(40);
  X(Tuple, 'settleTupleFreeLists')(STARTUP_FREE_TUPLES);
}

/** gc.get_count()[2] on a script's first line under python3 3.11.7: the startup's two middle
 *  collections since the (never run) last full one; see generations.ts settleStartupGenerations */
const STARTUP_GEN2_COUNT = 2;

/** the thread state dict ({'Py_Repr': []}) Py_ReprEnter makes on its first call; see slice.ts */
let threadStateDict: PyObject | null = null;
addRootProvider('thread state', (add) => add(threadStateDict, 'tstate->dict'));
function wireThreadStateDict(): void {
  Slice.reprHooks.makeThreadStateDict = () => {
    threadStateDict = X(Dict, 'newDict')();
    const guard = X(List, 'newListSteal')([]);
    X(Dict, 'dictSetItemStr')(threadStateDict, 'Py_Repr', guard);
    decref(guard);
  };
}

/** what sys.getrefcount shows of the objects CPython's startup holds references to (startuprefs.ts) */
function addStartupReferences(): void {
  const refs = STARTUP_REFERENCES;
  const add = (o: PyObject, n: number | undefined): void => {
    if (n !== undefined && n !== 0) addShownReferences(o, n);
  };
  const addMade = (o: PyObject, n: number | undefined): void => {
    add(o, n);
    decref(o);
  };
  refs.ints.forEach((n, i) => addMade(Int.newInt(i - 5), n));
  refs.chars.forEach((n, i) => addMade(Str.newStr(String.fromCharCode(i)), n));
  [...refs.internedChars].forEach((c, i) => addMade(Str.internStr(c), refs.interned[i]));
  refs.bytechars.forEach((n, i) => addMade(Bytes.newBytes(Uint8Array.of(i)), n));
  const singletons = [Str.newStr(''), Bytes.newBytes(new Uint8Array(0)), X(Tuple, 'emptyTuple')()];
  singletons.forEach((o, i) => addMade(o, refs.singletons[i]));
  [None, True, False, Ellipsis, NotImplementedObj].forEach((o, i) => add(o, refs.singletons[i + 3]));
  const builtins = rt.builtinsModule!.dict!;
  const seen = new Set<PyObject>(); // OSError is also IOError and EnvironmentError
  for (const [name, n] of Object.entries(refs.builtins)) {
    const o = X(Dict, 'dictGetItemStr')(builtins, name) as PyObject | null;
    if (o === null || seen.has(o)) continue;
    seen.add(o);
    add(o, n);
  }
}

/** sys.argv = argv */
export function setSysArgv(argv: string[]): void {
  const l = X(List, 'newListSteal')(argv.map((a) => Str.newStr(a)));
  A.setAttr(rt.sys!, 'argv', l);
  decref(l);
}

/**
 * A KeyboardInterrupt ended the last code run in __main__ (_Py_UnhandledKeyboardInterrupt): after
 * shutting down, the process ends by SIGINT, as python3's does (cli/main.ts exitBySigint).
 */
let unhandledKeyboardInterrupt = false;
export const endedByKeyboardInterrupt = (): boolean => unhandledKeyboardInterrupt;

/** what running some code in __main__ came to */
export interface RunResult {
  raised: boolean;            // an exception escaped (and was printed)
  exitStatus: number | null;  // SystemExit asked the process to end with this status
}

/**
 * Compile `source` and run it in __main__'s namespace ('single' mode echoes expression values
 * through sys.displayhook, as the interactive prompt does). An escaping exception is printed like
 * CPython's PyErr_Print (and kept in sys.last_type/last_value/last_traceback); SystemExit ends
 * the process unless `systemExitIsError` (python3 -i prints it and goes on to the prompt).
 */
export function runInMain(source: string, filename: string, mode: 'exec' | 'single', systemExitIsError: boolean): RunResult {
  unhandledKeyboardInterrupt = false; // (run_eval_code_obj clears it before every run)
  const main = X(Dict, 'dictGetItemStr')(rt.modules!, '__main__');
  const g = main.dict!;
  try {
    const arena: PyObject[] = [];
    const code = compileSource(source, filename, mode, arena);
    try {
      decref(execCode(code, g));
    } finally {
      decref(code);
      freeArena(arena);
    }
    return { raised: false, exitStatus: null };
  } catch (e) {
    if (!(e instanceof E.PyErr)) throw e;
    if (!systemExitIsError && A.isInstance(e.exc, E.excType('SystemExit'))) {
      return { raised: true, exitStatus: handleUncaught(e.exc) };
    }
    // (an exact KeyboardInterrupt only, as CPython tests it; a subclass ends with status 1)
    unhandledKeyboardInterrupt = e.exc.type === E.excType('KeyboardInterrupt');
    setLastException(e.exc);
    writeStderr(formatException(e.exc));
    decref(e.exc);
    return { raised: true, exitStatus: null };
  } finally {
    flushFile(rt.stdout!);
    flushFile(rt.stderr!);
  }
}

/**
 * sys.flags as CPython sets them from its command line (-i: inspect and interactive, -q: quiet,
 * -O: optimize, -X dev) and its environment (PYTHONDONTWRITEBYTECODE, PYTHONNOUSERSITE,
 * PYTHONHASHSEED=0, PYTHONDEVMODE, PYTHONSAFEPATH, PYTHONINTMAXSTRDIGITS, and UTF-8 mode:
 * PYTHONUTF8, else on in the C or POSIX locale). -v, -b, -E, -I and -S do nothing here: those stay 0.
 */
function sysFlags(): PyObject {
  const { inspect, quiet } = commandLine;
  const env = process.env;
  const set = (name: string): boolean => (env[name] ?? '') !== '';
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || 'C';
  const utf8 = set('PYTHONUTF8') ? Number(env.PYTHONUTF8) || 0 : (locale === 'C' || locale === 'POSIX' ? 1 : 0);
  const maxDigits = set('PYTHONINTMAXSTRDIGITS') ? Number(env.PYTHONINTMAXSTRDIGITS) : -1;
  const n = (v: boolean | number): PyObject => Int.newInt(Number(v));
  return newStructSeq(FlagsType, [n(0), n(inspect), n(inspect), n(commandLine.optimize), n(set('PYTHONDONTWRITEBYTECODE')),
    n(set('PYTHONNOUSERSITE')), n(0), n(0), n(0), n(0), n(quiet), n(env.PYTHONHASHSEED !== '0'), n(0),
    newBool(commandLine.dev || set('PYTHONDEVMODE')), n(utf8), n(0), newBool(set('PYTHONSAFEPATH')), n(maxDigits)]);
}

/**
 * What the command line sets for the run (the CLI sets it before the sys module is made): -i, -q
 * for sys.flags; -W for sys.warnoptions (the warnings module reads them); -X for sys._xoptions;
 * -O for the compiler (asserts and `if __debug__:` blocks dropped, __debug__ False)
 */
const commandLine = { inspect: false, quiet: false, warnoptions: [] as string[], xoptions: [] as string[], optimize: 0, dev: false, unbuffered: false };
export function setCommandLineFlags(o: { inspect: boolean; quiet: boolean; warnoptions: string[]; xoptions: string[]; optimize: number; unbuffered: boolean }): void {
  // (-X dev puts 'default' first among the warning options, as CPython's development mode does)
  const dev = o.xoptions.some((x) => x === 'dev' || x.startsWith('dev='));
  Object.assign(commandLine, {
    inspect: o.inspect, quiet: o.quiet, warnoptions: dev ? ['default', ...o.warnoptions] : o.warnoptions,
    xoptions: o.xoptions, optimize: o.optimize, dev, unbuffered: o.unbuffered,
  });
}

/**
 * os._exit: the process ends at once, with no atexit handlers, finalization or flushing. Of what
 * the program printed, only what CPython's stdout would already have written goes out: all of it
 * unbuffered (-u, PYTHONUNBUFFERED), up to the last newline on a terminal (line buffering),
 * nothing pending otherwise.
 */
function exitImmediately(status: number): never {
  const buffering = commandLine.unbuffered ? 'unbuffered' : tty().isatty(1) ? 'line' : 'block';
  writeBeforeExit(rt.stdout!, buffering);
  // (not process.exit: no 'exit' listeners either)
  return (process as unknown as { reallyExit(code: number): never }).reallyExit(status);
}

/** sys.builtin_module_names: the modules written in TypeScript (and sys, builtins) */
function builtinModuleNames(): string[] {
  return [...new Set(['builtins', 'sys', ...builtinModuleFactories.keys()])].sort();
}

/** module.name(*args) of one of pyheap's Python modules, imported if it is not yet (new reference) */
function callLibFunction(module: string, name: string, args: PyObject[]): PyObject {
  const m = importModule(module, null, None, 0);
  try {
    return A.callMethod(m, name, args);
  } finally {
    decref(m);
  }
}

/**
 * _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine(coro), the RuntimeWarning
 * "coroutine '...' was never awaited" at the Python line running when the coroutine is freed
 * (raising when warnings are errors: the finalizer then reports it as unraisable)
 */
function warnUnawaitedCoroutine(coro: PyObject): void {
  decref(callLibFunction('warnings', '_warn_unawaited_coroutine', [coro]));
}

/** sys.last_type, sys.last_value, sys.last_traceback (set for every exception PyErr_Print shows) */
function setLastException(exc: PyObject): void {
  const tb = evalHooks.tracebackOf(exc);
  moduleSet(rt.sys!, 'last_type', exc.type);
  moduleSet(rt.sys!, 'last_value', exc);
  moduleSet(rt.sys!, 'last_traceback', tb);
  decref(tb);
}

/** the interactive prompt's helpers: sys.ps1 / sys.ps2 (set to '>>> ' / '... ' unless already set) */
export function initPrompts(): void {
  for (const [name, text] of [['ps1', '>>> '], ['ps2', '... ']]) {
    if (moduleGetAttr(rt.sys!, name) !== null) continue;
    const so = Str.newStr(text);
    moduleSet(rt.sys!, name, so);
    decref(so);
  }
}

/** str(sys.ps1) or str(sys.ps2), as the prompt shows it ('' when missing) */
export function promptText(which: 'ps1' | 'ps2'): string {
  const v = moduleGetAttr(rt.sys!, which);
  if (v === null) return '';
  try {
    return A.strString(v);
  } catch (e) {
    if (!(e instanceof E.PyErr)) throw e;
    decref(e.exc);
    return '';
  }
}

function moduleGetAttr(m: PyObject, name: string): PyObject | null {
  return X(Dict, 'dictGetItemStr')(m.dict!, name);
}

/** one line of sys.stdin's file (shared with input()), with its newline; null at end of input */
export function readStdinRaw(): string | null {
  return readStdinLine(rt.stdin!);
}

/** all that is left on stdin (for `pyheap < prog.py`) */
export function readStdinAll(): string {
  let text = '';
  for (let line = readStdinLine(rt.stdin!); line !== null; line = readStdinLine(rt.stdin!)) text += line;
  return text;
}

/** `-m name`: find the module, then run it as __main__ (sys.argv[0] is its file); exit status */
export function runModuleAsMain(name: string, argv: string[], prog: string, inspect: boolean): { status: number; ran: boolean; result: RunResult | null } {
  prepareMain(['-m', ...argv], process.cwd(), null);
  let found: { file: string; pkg: string };
  try {
    found = findMainModule(name);
  } catch (e) {
    if (e instanceof MainModuleError) {
      writeStderr(`${prog}: ${e.message}\n`);
      return { status: 1, ran: false, result: null };
    }
    if (!(e instanceof E.PyErr)) throw e;
    return { status: handleUncaught(e.exc), ran: false, result: null };
  }
  setSysArgv([found.file, ...argv]);
  const g = X(Dict, 'dictGetItemStr')(rt.modules!, '__main__').dict!;
  for (const [k, v] of [['__file__', found.file], ['__package__', found.pkg]]) {
    const so = Str.newStr(v);
    X(Dict, 'dictSetItemStr')(g, k, so);
    decref(so);
  }
  let source: string;
  try {
    source = readFileSync(found.file, 'utf8');
  } catch {
    writeStderr(`${prog}: can't open file '${found.file}'\n`);
    return { status: 2, ran: false, result: null };
  }
  return { status: 0, ran: true, result: runInMain(source, found.file, 'exec', inspect) };
}

/** print an uncaught exception (or honour SystemExit); returns the exit status */
export function handleUncaught(exc: PyObject): number {
  if (A.isInstance(exc, E.excType('SystemExit'))) {
    const code = A.getAttrOrNull(exc, 'code');
    decref(exc);
    if (code === null || code === None) { xdecref(code); return 0; }
    if (A.isInstance(code, Int.IntType)) { const n = Number(code.value); decref(code); return n & 0xff; }
    writeStderr(A.strString(code) + '\n');
    decref(code);
    return 1;
  }
  const text = formatException(exc);
  writeStderr(text);
  decref(exc);
  return 1;
}

/** Py_FinalizeEx in CPython's order: flush, clear __main__ then the other modules, report the audit */
export function finalize(status: number): number {
  try {
    runExitFuncs(); // _PyAtExit_Call: atexit callbacks (weakref.finalize's among them), newest first
    flushFile(rt.stdout!);
    sysState.finalizing = true; // (_PyRuntimeState_SetFinalizing: after atexit, before the collections)
    collectAtExit(); // PyGC_Collect(): a full collection with callbacks, if gc is enabled (§11.9 step 4)
    finalizeModules();
  } catch (e) {
    if (e instanceof E.PyErr) writeUnraisable(e.exc, None);
    else throw e;
  }
  flushFile(rt.stdout!);
  flushFile(rt.stderr!);
  return sysState.exitOverride ?? status;
}

const SYS_DELETES = ['path', 'argv', 'ps1', 'ps2', 'last_type', 'last_value', 'last_traceback', 'path_hooks',
  'path_importer_cache', 'meta_path', '__interactivehook__'];

/**
 * finalize_modules (pylifecycle.c): sys.path & co. set to None; every module in sys.modules replaced
 * by None, keeping only a weak reference to it, so that modules nobody else holds die (their
 * globals with them, by refcount or by the collection that follows); then the globals of the
 * modules still alive are wiped, newest first, and one more collection takes what that freed.
 */
function finalizeModules(): void {
  const mods = rt.modules!;
  const sysDict = rt.sys!.dict!;
  for (const name of SYS_DELETES) X(Dict, 'dictSetItemStr')(sysDict, name, None);
  const removed: [PyObject, PyObject][] = []; // (name, weak reference to the module)
  for (const [k, v] of dictPairs(mods)) {
    if (A.isInstance(v, ModuleType)) {
      removed.push([k, Weak.newWeakref(Weak.ReferenceType, v, null)]);
      decref(v);
      X(Dict, 'dictSetItem')(mods, k, None);
    } else {
      decref(k);
      decref(v);
    }
  }
  X(Dict, 'dictClear')(mods);
  collectNoFail(); // _PyGC_CollectNoFail(): the modules' cycles (§11.9 step 5.4)
  for (let i = removed.length - 1; i >= 0; i--) {
    const mod = removed[i][1].value as PyObject | null;
    if (mod === null || mod === rt.sys || mod === rt.builtinsModule || mod.dict === null) continue;
    incref(mod);
    clearModuleDict(mod.dict);
    decref(mod);
  }
  for (const [k, wr] of removed) { decref(k); decref(wr); }
  collectNoFail();
}

/** _PyModule_ClearDict: names starting with one underscore first, then the rest (not __builtins__) */
function clearModuleDict(d: PyObject): void {
  const t = d.value as DictTable;
  const pass = (pred: (n: string) => boolean) => {
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k === null || k.type !== Str.StrType) continue;
      const n = k.value as string;
      if (!pred(n) || n === '__builtins__') continue;
      const old = t.vals[i]!;
      if (old === None) continue;
      incref(None);
      t.vals[i] = None;
      decref(old);
    }
  };
  pass((n) => n.startsWith('_') && !n.startsWith('__'));
  pass(() => true);
}

/** pyheap --dis FILE: the disassembly of the compiled module (exit status like python3 -m dis) */
export function disassembleSource(source: string, filename: string): string {
  const tree = parse(source, filename, 'exec');
  validate(tree, filename, source);
  return disassemble(compile(tree, filename, 'exec', { source }));
}

/** the references the runtime holds from JavaScript (for the audit) */
export function rootsForAudit(add: (o: PyObject | null | undefined, what: string, count?: number) => void): void {
  add(rt.modules, 'sys.modules');
  add(rt.builtinsModule, 'the builtins module');
  add(rt.sys, 'the sys module');
  add(rt.stdout, 'sys.stdout');
  add(rt.stderr, 'sys.stderr');
  add(rt.stdin, 'sys.stdin');
  add(ts.excInfo, 'the handled exception');
  for (const t of T.allStaticTypes) add(t.tpDict, `${t.name}.__dict__`);
  for (let f = ts.frame; f !== null; f = f.back) {
    for (const v of f.fast) add(v, `a local of ${f.code.qualname}`);
    for (let i = 0; i < f.sp; i++) add(f.stack[i], `the value stack of ${f.code.qualname}`);
    add(f.codeObj, 'a running frame'); add(f.func, 'a running frame');
    if (f.func === null) { add(f.globals, 'a running frame'); add(f.builtins, 'a running frame'); }
    add(f.locals, 'a running frame'); add(f.frameObject, 'a running frame');
  }
}

/** "file.py:12" for the allocation being made now */
export function currentSite(): string {
  const f = ts.frame;
  if (f === null) return '<runtime>';
  return `${f.code.filename}:${f.lineno}`;
}

export { dictPairs, Iters, List, Dict, Tuple, Float, SetM, Exc };
