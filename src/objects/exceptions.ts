// LAYER: objects. The builtin exception hierarchy of CPython 3.11 (Objects/exceptions.c): every
// exception class in builtins, with CPython's bases and __basicsize__, GC types with
// TPFLAGS_BASE_EXC_SUBCLASS, and the attributes of the subclasses that have their own layout.
//
// Payload of every exception instance (and of instances of Python subclasses, which share their
// builtin base's layout):
//   value: an ExcState record
//            args            the args tuple (owned; always a tuple)
//            traceback       __traceback__ (owned) or null for None
//            context, cause  __context__ / __cause__ (owned) or null for None
//            suppressContext __suppress_context__
//            f               the fields of the subclass layout (owned or null = unset), in
//                            CPython's struct order, e.g. OSError: errno, strerror, filename,
//                            filename2; SyntaxError: msg, filename, lineno, offset, text,
//                            end_lineno, end_offset, print_file_and_line (see LAYOUTS below)
//            n               Py_ssize_t fields: OSError's characters_written (-1 = unset),
//                            UnicodeError's start and end
//   dict / values: the instance __dict__ (exceptions have one, like CPython's dict slot). Notes
//            added by add_note() live there as '__notes__', as in 3.11.
// traverse/clear/dealloc follow CPython's order: the subclass fields, then dict, args, traceback,
// cause, context.
//
// initExceptions() (called by the bootstrap) installs errorHooks.newException /
// newExceptionWithArg, with which errors.ts's raise* helpers build exceptions.

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import {
  staticType, PyType, ObjectType, isSubtype, c3Linearize, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE,
  TPFLAGS_BASE_EXC_SUBCLASS, TPFLAGS_HEAPTYPE, TPFLAGS_UNICODE_SUBCLASS, TPFLAGS_BYTES_SUBCLASS,
  TPFLAGS_TUPLE_SUBCLASS, TPFLAGS_DICT_SUBCLASS, TPFLAGS_LIST_SUBCLASS, TPFLAGS_TYPE_SUBCLASS,
} from './type.js';
import { allocate, release } from './alloc.js';
import { newStr, StrType } from './str.js';
import {
  raiseTypeError, raiseValueError, raiseAttributeError, errorHooks, PyErr,
} from './errors.js';
import { None, none } from './singletons.js';
import { method, getset } from './define.js';
import { checkArity } from './args.js';
import { enterRecursiveCall, leaveRecursiveCall } from './recursion.js';
import { packedTupleOf } from './tpcall.js';
import {
  repr as objRepr, str as objStr, strString, reprString, call, getAttrOrNull, setAttr, isTrue, callMethod,
  isCallable, isInstance,
} from './abstract.js';
import { newTuple, newTupleSteal, emptyTuple, sequenceTuple, tupleItems, TupleType } from './tuple.js';
import { DictType } from './dict.js';
import { newList, listAppend, sequenceList } from './list.js';
import { instanceDict } from './object.js';
import { DictTable } from './dicttable.js';
import { newInt, isInt, newBool, True, False, asSsizeClipped, IntType } from './int.js';
import { hooksBytes, newBytes } from './bytes.js';

// ================================================================ payload

export class ExcState {
  args: PyObject;
  traceback: PyObject | null;
  context: PyObject | null;
  cause: PyObject | null;
  suppressContext: boolean;
  f: (PyObject | null)[];
  n: number[];

  constructor(args: PyObject, nfields: number, nnums: number, numInit = -1) {
    this.args = args;
    this.traceback = null;
    this.context = null;
    this.cause = null;
    this.suppressContext = false;
    this.f = nfields === 0 ? EMPTY_FIELDS : new Array(nfields).fill(null);
    this.n = nnums === 0 ? EMPTY_NUMS : new Array(nnums).fill(numInit);
  }
}
const EMPTY_FIELDS: (PyObject | null)[] = [];
const EMPTY_NUMS: number[] = [];

const st = (o: PyObject): ExcState => o.value as ExcState;

/** the layouts with fields of their own: field names (T_OBJECT members) and ssize_t fields */
interface Layout { fields: string[]; nums: number; numInit?: number }
const LAYOUTS = {
  base: { fields: [], nums: 0 },
  group: { fields: ['message', 'exceptions'], nums: 0 },
  stopIteration: { fields: ['value'], nums: 0 },
  systemExit: { fields: ['code'], nums: 0 },
  importError: { fields: ['msg', 'name', 'path'], nums: 0 },
  attributeError: { fields: ['obj', 'name'], nums: 0 },
  nameError: { fields: ['name'], nums: 0 },
  osError: { fields: ['errno', 'strerror', 'filename', 'filename2'], nums: 1 },
  syntaxError: {
    fields: ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'],
    nums: 0,
  },
  unicodeError: { fields: ['encoding', 'object', 'reason'], nums: 2, numInit: 0 },
} satisfies Record<string, Layout>;

const layoutOf = new Map<PyType, Layout>();

/** the layout of an exception type (a Python subclass uses its builtin base's) */
function layoutFor(t: PyType): Layout {
  const l = layoutOf.get(t);
  if (l !== undefined) return l;
  for (const b of t.mro) {
    const bl = layoutOf.get(b);
    if (bl !== undefined) return bl;
  }
  return LAYOUTS.base;
}

// ================================================================ the types

/** (dealloc is not inherited by inheritSlots: every exception type gets it here) */
const excDeallocRef = (o: PyObject): void => excDealloc(o);

const EXC_FLAGS = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS;

/** every builtin exception type by name (aliases EnvironmentError and IOError included) */
export const excTypeByName = new Map<string, PyType>();

function excType(name: string, base: PyType, basicsize: number, layout: Layout | null = null): PyType {
  const t = staticType({ name, base, basicsize, flags: EXC_FLAGS });
  t.hasDict = true;
  t.dealloc = excDeallocRef;
  if (layout !== null) layoutOf.set(t, layout);
  if (base !== ObjectType) base.subclasses.push(t);
  excTypeByName.set(name, t);
  return t;
}

export const BaseExceptionType = excType('BaseException', ObjectType, 72, LAYOUTS.base);
export const BaseExceptionGroupType = excType('BaseExceptionGroup', BaseExceptionType, 88, LAYOUTS.group);
export const ExceptionType = excType('Exception', BaseExceptionType, 72);
export const ArithmeticErrorType = excType('ArithmeticError', ExceptionType, 72);
export const FloatingPointErrorType = excType('FloatingPointError', ArithmeticErrorType, 72);
export const OverflowErrorType = excType('OverflowError', ArithmeticErrorType, 72);
export const ZeroDivisionErrorType = excType('ZeroDivisionError', ArithmeticErrorType, 72);
export const AssertionErrorType = excType('AssertionError', ExceptionType, 72);
export const AttributeErrorType = excType('AttributeError', ExceptionType, 88, LAYOUTS.attributeError);
export const BufferErrorType = excType('BufferError', ExceptionType, 72);
export const EOFErrorType = excType('EOFError', ExceptionType, 72);
export const ImportErrorType = excType('ImportError', ExceptionType, 96, LAYOUTS.importError);
export const ModuleNotFoundErrorType = excType('ModuleNotFoundError', ImportErrorType, 96);
export const LookupErrorType = excType('LookupError', ExceptionType, 72);
export const IndexErrorType = excType('IndexError', LookupErrorType, 72);
export const KeyErrorType = excType('KeyError', LookupErrorType, 72);
export const MemoryErrorType = excType('MemoryError', ExceptionType, 72);
export const NameErrorType = excType('NameError', ExceptionType, 80, LAYOUTS.nameError);
export const UnboundLocalErrorType = excType('UnboundLocalError', NameErrorType, 80);
export const OSErrorType = excType('OSError', ExceptionType, 112, LAYOUTS.osError);
export const BlockingIOErrorType = excType('BlockingIOError', OSErrorType, 112);
export const ChildProcessErrorType = excType('ChildProcessError', OSErrorType, 112);
export const ConnectionErrorType = excType('ConnectionError', OSErrorType, 112);
export const BrokenPipeErrorType = excType('BrokenPipeError', ConnectionErrorType, 112);
export const ConnectionAbortedErrorType = excType('ConnectionAbortedError', ConnectionErrorType, 112);
export const ConnectionRefusedErrorType = excType('ConnectionRefusedError', ConnectionErrorType, 112);
export const ConnectionResetErrorType = excType('ConnectionResetError', ConnectionErrorType, 112);
export const FileExistsErrorType = excType('FileExistsError', OSErrorType, 112);
export const FileNotFoundErrorType = excType('FileNotFoundError', OSErrorType, 112);
export const InterruptedErrorType = excType('InterruptedError', OSErrorType, 112);
export const IsADirectoryErrorType = excType('IsADirectoryError', OSErrorType, 112);
export const NotADirectoryErrorType = excType('NotADirectoryError', OSErrorType, 112);
export const PermissionErrorType = excType('PermissionError', OSErrorType, 112);
export const ProcessLookupErrorType = excType('ProcessLookupError', OSErrorType, 112);
export const TimeoutErrorType = excType('TimeoutError', OSErrorType, 112);
export const ReferenceErrorType = excType('ReferenceError', ExceptionType, 72);
export const RuntimeErrorType = excType('RuntimeError', ExceptionType, 72);
export const NotImplementedErrorType = excType('NotImplementedError', RuntimeErrorType, 72);
export const RecursionErrorType = excType('RecursionError', RuntimeErrorType, 72);
export const StopAsyncIterationType = excType('StopAsyncIteration', ExceptionType, 72);
export const StopIterationType = excType('StopIteration', ExceptionType, 80, LAYOUTS.stopIteration);
export const SyntaxErrorType = excType('SyntaxError', ExceptionType, 136, LAYOUTS.syntaxError);
export const IndentationErrorType = excType('IndentationError', SyntaxErrorType, 136);
export const TabErrorType = excType('TabError', IndentationErrorType, 136);
export const SystemErrorType = excType('SystemError', ExceptionType, 72);
export const TypeErrorType = excType('TypeError', ExceptionType, 72);
export const ValueErrorType = excType('ValueError', ExceptionType, 72);
export const UnicodeErrorType = excType('UnicodeError', ValueErrorType, 72);
export const UnicodeDecodeErrorType = excType('UnicodeDecodeError', UnicodeErrorType, 112, LAYOUTS.unicodeError);
export const UnicodeEncodeErrorType = excType('UnicodeEncodeError', UnicodeErrorType, 112, LAYOUTS.unicodeError);
export const UnicodeTranslateErrorType = excType('UnicodeTranslateError', UnicodeErrorType, 112, LAYOUTS.unicodeError);
export const WarningType = excType('Warning', ExceptionType, 72);
export const BytesWarningType = excType('BytesWarning', WarningType, 72);
export const DeprecationWarningType = excType('DeprecationWarning', WarningType, 72);
export const EncodingWarningType = excType('EncodingWarning', WarningType, 72);
export const FutureWarningType = excType('FutureWarning', WarningType, 72);
export const ImportWarningType = excType('ImportWarning', WarningType, 72);
export const PendingDeprecationWarningType = excType('PendingDeprecationWarning', WarningType, 72);
export const ResourceWarningType = excType('ResourceWarning', WarningType, 72);
export const RuntimeWarningType = excType('RuntimeWarning', WarningType, 72);
export const SyntaxWarningType = excType('SyntaxWarning', WarningType, 72);
export const UnicodeWarningType = excType('UnicodeWarning', WarningType, 72);
export const UserWarningType = excType('UserWarning', WarningType, 72);
export const GeneratorExitType = excType('GeneratorExit', BaseExceptionType, 72);
export const KeyboardInterruptType = excType('KeyboardInterrupt', BaseExceptionType, 72);
export const SystemExitType = excType('SystemExit', BaseExceptionType, 80, LAYOUTS.systemExit);

/**
 * ExceptionGroup(BaseExceptionGroup, Exception): in CPython a heap type created at startup (two
 * bases, __weakref__ slot: basicsize 96). Here a static type with both bases and its C3 MRO.
 */
export const ExceptionGroupType = excType('ExceptionGroup', BaseExceptionGroupType, 96);
ExceptionGroupType.bases = [BaseExceptionGroupType, ExceptionType];
ExceptionGroupType.mro = c3Linearize(ExceptionGroupType, ExceptionGroupType.bases)!;
ExceptionGroupType.hasWeakref = true;
ExceptionType.subclasses.push(ExceptionGroupType);

excTypeByName.set('EnvironmentError', OSErrorType);
excTypeByName.set('IOError', OSErrorType);

// ================================================================ helpers

export const isException = (o: PyObject): boolean => (o.type.flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
const isExceptionClass = (o: PyObject): boolean =>
  (o.type.flags & TPFLAGS_TYPE_SUBCLASS) !== 0 && ((o as PyType).flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0;

const isStrObj = (o: PyObject): boolean => (o.type.flags & TPFLAGS_UNICODE_SUBCLASS) !== 0;

/** positional part of (args, kwnames) */
function positional(args: PyObject[], kwnames: string[] | null): PyObject[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  return nkw === 0 ? args : args.slice(0, args.length - nkw);
}

function setField(s: ExcState, i: number, v: PyObject | null): void {
  const old = s.f[i];
  if (v !== null) incref(v);
  s.f[i] = v;
  xdecref(old);
}

/** a field as a new reference, None when unset */
function getField(s: ExcState, i: number): PyObject {
  const v = s.f[i];
  if (v === null) return none();
  incref(v);
  return v;
}

/** replace the args tuple (steals `t`) */
function setArgsTuple(s: ExcState, t: PyObject): void {
  const old = s.args;
  s.args = t;
  decref(old);
}

/** a new args tuple for the given positional arguments (the current one when it holds the same items) */
function argsTupleFor(s: ExcState | null, items: PyObject[]): PyObject {
  if (s !== null) {
    const cur = tupleItems(s.args);
    if (cur.length === items.length && cur.every((x, i) => x === items[i])) {
      incref(s.args);
      return s.args;
    }
  }
  return items.length === 0 ? emptyTuple() : newTuple(items);
}

// ================================================================ BaseException

/** BaseException.__new__: an instance of `type` (any subclass) with args = the positional arguments */
function baseNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const l = layoutFor(type);
  // (called through a packed call, 3.11 keeps the very tuple the arguments were packed in)
  const packed = packedTupleOf(args);
  const s = new ExcState(packed ?? argsTupleFor(null, positional(args, kwnames)), l.fields.length, l.nums, l.numInit);
  return allocate(type, s, null);
}

function noKeywordsFor(self: PyObject, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${self.type.name}() takes no keyword arguments`);
}

/** BaseException.__init__: no keyword arguments; args = the positional arguments */
function baseInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  noKeywordsFor(self, kwnames);
  const s = st(self);
  setArgsTuple(s, argsTupleFor(s, args));
}

function excTraverse(o: PyObject, visit: Visit): void {
  const s = st(o);
  if (s === null) return;
  for (const v of s.f) if (v !== null) visit(v);
  if (!(o.type.flags & TPFLAGS_HEAPTYPE)) {
    // Python subclasses' instance dicts are visited by the subtype's traverse
    if (o.dict !== null) visit(o.dict);
    else if (o.values !== null) {
      const t = o.values as DictTable;
      for (let i = 0; i < t.keys.length; i++) {
        const k = t.keys[i];
        if (k !== null) { visit(k); visit(t.vals[i]!); } // the table owns its keys too (as subtypeTraverse)
      }
    }
  }
  visit(s.args);
  if (s.traceback !== null) visit(s.traceback);
  if (s.cause !== null) visit(s.cause);
  if (s.context !== null) visit(s.context);
}

function excClear(o: PyObject): void {
  const s = st(o);
  if (s === null) return;
  for (let i = 0; i < s.f.length; i++) {
    const v = s.f[i];
    if (v !== null) {
      s.f[i] = null;
      decref(v);
    }
  }
  const d = o.dict;
  if (d !== null) {
    o.dict = null;
    decref(d);
  } else if (o.values !== null) {
    const t = o.values as DictTable;
    o.values = null;
    t.clear();
  }
  const a = s.args;
  s.args = emptyTuple();
  decref(a);
  const tb = s.traceback, cause = s.cause, ctx = s.context;
  s.traceback = s.cause = s.context = null;
  xdecref(tb);
  xdecref(cause);
  xdecref(ctx);
}

function excDealloc(o: PyObject): void {
  untrack(o);
  excClear(o);
  const s = st(o);
  if (s !== null) {
    decref(s.args);
    o.value = null;
  }
  release(o);
}

function excRepr(o: PyObject): PyObject {
  const args = tupleItems(st(o).args);
  const name = o.type.name;
  if (args.length === 1) return newStr(`${name}(${reprString(args[0])})`);
  return newStr(name + reprString(st(o).args));
}

function baseStrText(o: PyObject): PyObject {
  const args = tupleItems(st(o).args);
  if (args.length === 0) return newStr('');
  if (args.length === 1) return objStr(args[0]);
  return objStr(st(o).args);
}

Object.assign(BaseExceptionType, {
  new: baseNew, init: baseInit, traverse: excTraverse, clear: excClear, dealloc: excDealloc,
  repr: excRepr, str: baseStrText,
});

// ---------------------------------------------------------------- attributes

function checkTraceback(v: PyObject): void {
  if (v !== None && v.type.name !== 'traceback') raiseTypeError('__traceback__ must be a traceback or None');
}

getset(BaseExceptionType, 'args', (o) => { incref(st(o).args); return st(o).args; }, (o, v) => {
  if (v === null) raiseTypeError('args may not be deleted');
  setArgsTuple(st(o), sequenceTuple(v!));
});
getset(BaseExceptionType, '__traceback__', (o) => {
  const tb = st(o).traceback;
  if (tb === null) return none();
  incref(tb);
  return tb;
}, (o, v) => {
  if (v === null) raiseTypeError('__traceback__ may not be deleted');
  checkTraceback(v!);
  excSetTraceback(o, v === None ? null : v);
});
getset(BaseExceptionType, '__context__', (o) => {
  const c = st(o).context;
  if (c === null) return none();
  incref(c);
  return c;
}, (o, v) => {
  if (v === null) raiseTypeError('__context__ may not be deleted');
  if (v !== None && !isException(v!)) raiseTypeError('exception context must be None or derive from BaseException');
  if (v !== None) incref(v!);
  excSetContext(o, v === None ? null : v);
});
getset(BaseExceptionType, '__cause__', (o) => {
  const c = st(o).cause;
  if (c === null) return none();
  incref(c);
  return c;
}, (o, v) => {
  if (v === null) raiseTypeError('__cause__ may not be deleted');
  if (v !== None && !isException(v!)) raiseTypeError('exception cause must be None or derive from BaseException');
  if (v !== None) incref(v!);
  excSetCause(o, v === None ? null : v);
});
getset(BaseExceptionType, '__suppress_context__', (o) => newBool(st(o).suppressContext), (o, v) => {
  if (v === null) raiseTypeError("can't delete numeric/char attribute");
  if (v !== True && v !== False) raiseTypeError('attribute value type must be bool');
  st(o).suppressContext = v === True;
});
getset(BaseExceptionType, '__dict__', (o) => instanceDict(o), (o, v) => {
  if (v === null) raiseTypeError('cannot delete __dict__');
  if (!(v!.type.flags & TPFLAGS_DICT_SUBCLASS)) {
    raiseTypeError(`__dict__ must be set to a dictionary, not a '${v!.type.name}'`);
  }
  const old = o.dict, oldValues = o.values as DictTable | null;
  incref(v!);
  o.dict = v;
  o.values = null;
  xdecref(old);
  if (oldValues !== null) oldValues.clear();
});

method(BaseExceptionType, 'with_traceback', (self, args, kw) => {
  checkArity('with_traceback', args, kw, 1, 1);
  checkTraceback(args[0]);
  excSetTraceback(self, args[0] === None ? null : args[0]);
  incref(self);
  return self;
});

method(BaseExceptionType, 'add_note', (self, args, kw) => {
  checkArity('add_note', args, kw, 1, 1);
  const note = args[0];
  if (!isStrObj(note)) raiseTypeError(`note must be a str, not '${note.type.name}'`);
  let notes = getAttrOrNull(self, '__notes__');
  if (notes === null) {
    notes = newList([]);
    try {
      setAttr(self, '__notes__', notes);
    } catch (e) {
      decref(notes);
      throw e;
    }
  }
  try {
    if (!(notes.type.flags & TPFLAGS_LIST_SUBCLASS)) {
      raiseTypeError('Cannot add note: __notes__ is not a list');
    }
    listAppend(notes, note);
  } finally {
    decref(notes);
  }
  return none();
});

/** the instance dict as a dict object, or null when the instance has no attributes table */
function dictIfAny(o: PyObject): PyObject | null {
  if (o.dict === null && o.values === null) return null;
  return instanceDict(o);
}

function reduceWith(self: PyObject, args: PyObject): PyObject {
  const d = dictIfAny(self);
  incref(self.type);
  if (d === null) return newTupleSteal([self.type, args]);
  return newTupleSteal([self.type, args, d]);
}

method(BaseExceptionType, '__reduce__', (self, args, kw) => {
  checkArity('__reduce__', args, kw, 0, 0);
  incref(st(self).args);
  return reduceWith(self, st(self).args);
});

method(BaseExceptionType, '__setstate__', (self, args, kw) => {
  checkArity('__setstate__', args, kw, 1, 1);
  const state = args[0];
  if (state !== None) {
    if (!(state.type.flags & TPFLAGS_DICT_SUBCLASS)) raiseTypeError('state is not a dictionary');
    const items = callMethod(state, 'items', []);
    try {
      const list = sequenceList(items);
      try {
        for (const pair of list.value as PyObject[]) {
          const [k, v] = tupleItems(pair);
          setAttr(self, strString(k), v);
        }
      } finally {
        decref(list);
      }
    } finally {
      decref(items);
    }
  }
  return none();
});

// ---------------------------------------------------------------- C-level accessors (for the VM)

/** __traceback__ (borrowed) or null */
export const excGetTraceback = (o: PyObject): PyObject | null => st(o).traceback;
/** set __traceback__ (tb borrowed; null for None) */
export function excSetTraceback(o: PyObject, tb: PyObject | null): void {
  const s = st(o);
  const old = s.traceback;
  if (tb !== null) incref(tb);
  s.traceback = tb;
  xdecref(old);
}
/** __context__ (borrowed) or null */
export const excGetContext = (o: PyObject): PyObject | null => st(o).context;
/** set __context__, STEALING the reference to ctx (PyException_SetContext) */
export function excSetContext(o: PyObject, ctx: PyObject | null): void {
  const s = st(o);
  const old = s.context;
  s.context = ctx;
  xdecref(old);
}
/** __cause__ (borrowed) or null */
export const excGetCause = (o: PyObject): PyObject | null => st(o).cause;
/** set __cause__, STEALING the reference, and __suppress_context__ = True (PyException_SetCause) */
export function excSetCause(o: PyObject, cause: PyObject | null): void {
  const s = st(o);
  const old = s.cause;
  s.suppressContext = true;
  s.cause = cause;
  xdecref(old);
}
export const excSuppressContext = (o: PyObject): boolean => st(o).suppressContext;
/** the args tuple (borrowed) */
export const excArgs = (o: PyObject): PyObject => st(o).args;

// ---------------------------------------------------------------- field members

/** T_OBJECT members for the layout's fields (None when unset; deletable) */
function fieldMembers(t: PyType, layout: Layout, only: string[] | null = null): void {
  layout.fields.forEach((name, i) => {
    if (only !== null && !only.includes(name)) return;
    getset(t, name, (o) => getField(st(o), i), (o, v) => setField(st(o), i, v));
  });
}

// ================================================================ simple subclasses

function keyErrorStr(o: PyObject): PyObject {
  const args = tupleItems(st(o).args);
  if (args.length === 1) return objRepr(args[0]);
  return baseStrText(o);
}
KeyErrorType.str = keyErrorStr;

// StopIteration: value
StopIterationType.init = (self, args, kwnames) => {
  baseInit(self, args, kwnames);
  setField(st(self), 0, args.length > 0 ? args[0] : None);
};
fieldMembers(StopIterationType, LAYOUTS.stopIteration);

// SystemExit: code
SystemExitType.init = (self, args, kwnames) => {
  baseInit(self, args, kwnames);
  const s = st(self);
  if (args.length === 0) setField(s, 0, None);
  else if (args.length === 1) setField(s, 0, args[0]);
  else setField(s, 0, s.args);
};
fieldMembers(SystemExitType, LAYOUTS.systemExit);

/** keyword-only arguments of ImportError/AttributeError/NameError.__init__ */
function kwOnly(args: PyObject[], kwnames: string[] | null, allowed: string[], fname: string): (PyObject | null)[] {
  const out: (PyObject | null)[] = allowed.map(() => null);
  if (kwnames === null) return out;
  const npos = args.length - kwnames.length;
  kwnames.forEach((k, i) => {
    const j = allowed.indexOf(k);
    if (j < 0) raiseTypeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    out[j] = args[npos + i];
  });
  return out;
}

// ImportError(msg..., *, name=None, path=None)
ImportErrorType.init = (self, args, kwnames) => {
  const pos = positional(args, kwnames);
  const s = st(self);
  setArgsTuple(s, argsTupleFor(s, pos));
  const [name, path] = kwOnly(args, kwnames, ['name', 'path'], 'ImportError');
  setField(s, 1, name);
  setField(s, 2, path);
  setField(s, 0, pos.length === 1 ? pos[0] : null);
};
ImportErrorType.str = (o) => {
  const msg = st(o).f[0];
  if (msg !== null && msg.type === StrType) {
    incref(msg);
    return msg;
  }
  return baseStrText(o);
};
fieldMembers(ImportErrorType, LAYOUTS.importError);
method(ImportErrorType, '__reduce__', (self, args, kw) => {
  checkArity('__reduce__', args, kw, 0, 0);
  const s = st(self);
  const name = s.f[1], path = s.f[2];
  const d0 = dictIfAny(self);
  let state: PyObject | null = d0;
  if (name !== null || path !== null) {
    state = d0 !== null ? call(DictType, [d0], null) : call(DictType, [], null);
    xdecref(d0);
    if (name !== null) setItemStr(state, 'name', name);
    if (path !== null) setItemStr(state, 'path', path);
  }
  incref(self.type);
  incref(s.args);
  if (state === null) return newTupleSteal([self.type, s.args]);
  return newTupleSteal([self.type, s.args, state]);
});

function setItemStr(d: PyObject, name: string, v: PyObject): void {
  const k = newStr(name);
  try {
    const f = d.type.setitem!;
    f(d, k, v);
  } finally {
    decref(k);
  }
}


// AttributeError(*args, name=None, obj=None)
AttributeErrorType.init = (self, args, kwnames) => {
  const pos = positional(args, kwnames);
  const s = st(self);
  const [name, obj] = kwOnly(args, kwnames, ['name', 'obj'], 'AttributeError');
  setArgsTuple(s, argsTupleFor(s, pos));
  setField(s, 0, obj);
  setField(s, 1, name);
};
fieldMembers(AttributeErrorType, LAYOUTS.attributeError);

// NameError(*args, name=None)
NameErrorType.init = (self, args, kwnames) => {
  const pos = positional(args, kwnames);
  const s = st(self);
  const [name] = kwOnly(args, kwnames, ['name'], 'NameError');
  setArgsTuple(s, argsTupleFor(s, pos));
  setField(s, 0, name);
};
fieldMembers(NameErrorType, LAYOUTS.nameError);

// ================================================================ OSError

const ERRNO_MAP: [number, PyType][] = [
  [11, BlockingIOErrorType], [114, BlockingIOErrorType], [115, BlockingIOErrorType],
  [10, ChildProcessErrorType], [32, BrokenPipeErrorType], [108, BrokenPipeErrorType],
  [103, ConnectionAbortedErrorType], [111, ConnectionRefusedErrorType], [104, ConnectionResetErrorType],
  [17, FileExistsErrorType], [2, FileNotFoundErrorType], [21, IsADirectoryErrorType],
  [20, NotADirectoryErrorType], [4, InterruptedErrorType], [13, PermissionErrorType], [1, PermissionErrorType],
  [3, ProcessLookupErrorType], [110, TimeoutErrorType],
];
const errnoMap = new Map<number, PyType>(ERRNO_MAP);

/** OSError_new/OSError_init do the work in __new__ unless a Python subclass overrides __init__ only */
const osUseInit = (t: PyType): boolean => t.init !== osInit && t.new === osNew;

/** oserror_parse_args: (errno, strerror[, filename[, winerror[, filename2]]]) when 2..5 arguments */
function osParse(pos: PyObject[]): (PyObject | null)[] {
  if (pos.length >= 2 && pos.length <= 5) return [pos[0], pos[1], pos[2] ?? null, pos[4] ?? null];
  return [null, null, null, null];
}

/** oserror_init: fills the fields and the args tuple of self */
function osFill(self: PyObject, pos: PyObject[]): void {
  const [myerrno, strerror, filename, filename2] = osParse(pos);
  const s = st(self);
  let argItems = pos;
  if (filename !== null && filename !== None) {
    if (self.type === BlockingIOErrorType && (isInt(filename) || filename.type.index !== null ||
      filename.type.float !== null)) {
      s.n[0] = asSsizeClipped(filename);
    } else {
      setField(s, 2, filename);
      if (filename2 !== null && filename2 !== None) setField(s, 3, filename2);
      if (pos.length >= 2 && pos.length <= 5) argItems = pos.slice(0, 2);
    }
  }
  setField(s, 0, myerrno);
  setField(s, 1, strerror);
  setArgsTuple(s, argsTupleFor(s, argItems));
}

function osNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const pos = positional(args, kwnames);
  if (!osUseInit(type)) {
    if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${type.name}() takes no keyword arguments`);
    const myerrno = osParse(pos)[0];
    if (type === OSErrorType && myerrno !== null && isInt(myerrno) && typeof myerrno.value === 'number') {
      const sub = errnoMap.get(myerrno.value);
      if (sub !== undefined) type = sub;
    }
  }
  const l = layoutFor(type);
  const o = allocate(type, new ExcState(emptyTuple(), l.fields.length, l.nums, l.numInit), null);
  if (!osUseInit(type)) {
    try {
      osFill(o, pos);
    } catch (e) {
      decref(o);
      throw e;
    }
  }
  return o;
}

function osInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  if (!osUseInit(self.type)) return;
  noKeywordsFor(self, kwnames);
  osFill(self, args);
}

function osStr(o: PyObject): PyObject {
  const s = st(o);
  const orNone = (v: PyObject | null): PyObject => v ?? None;
  const [myerrno, strerror, filename, filename2] = s.f;
  if (filename !== null) {
    if (filename2 !== null) {
      return newStr(`[Errno ${strString(orNone(myerrno))}] ${strString(orNone(strerror))}: ${reprString(filename)} -> ${reprString(filename2)}`);
    }
    return newStr(`[Errno ${strString(orNone(myerrno))}] ${strString(orNone(strerror))}: ${reprString(filename)}`);
  }
  if (myerrno !== null && strerror !== null) return newStr(`[Errno ${strString(myerrno)}] ${strString(strerror)}`);
  return baseStrText(o);
}

Object.assign(OSErrorType, { new: osNew, init: osInit, str: osStr });
fieldMembers(OSErrorType, LAYOUTS.osError);
getset(OSErrorType, 'characters_written', (o) => {
  const w = st(o).n[0];
  if (w === -1) raiseAttributeError('characters_written');
  return newInt(w);
}, (o, v) => {
  const s = st(o);
  if (v === null) {
    if (s.n[0] === -1) raiseAttributeError('characters_written');
    s.n[0] = -1;
    return;
  }
  s.n[0] = asSsizeClipped(v);
});
method(OSErrorType, '__reduce__', (self, args, kw) => {
  checkArity('__reduce__', args, kw, 0, 0);
  const s = st(self);
  let a: PyObject;
  const items = tupleItems(s.args);
  if (items.length === 2 && s.f[2] !== null) {
    const parts = [items[0], items[1], s.f[2]!];
    if (s.f[3] !== null) parts.push(None, s.f[3]!);
    a = newTuple(parts);
  } else {
    incref(s.args);
    a = s.args;
  }
  return reduceWith(self, a);
});

// ================================================================ SyntaxError

function syntaxInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  baseInit(self, args, kwnames);
  const s = st(self);
  if (args.length >= 1) setField(s, 0, args[0]);
  if (args.length === 2) {
    const info = sequenceTuple(args[1]);
    try {
      const it = tupleItems(info);
      if (it.length < 4) raiseTypeError(`function takes at least 4 arguments (${it.length} given)`);
      if (it.length > 6) raiseTypeError(`function takes at most 6 arguments (${it.length} given)`);
      for (let i = 0; i < 4; i++) setField(s, 1 + i, it[i]);
      setField(s, 5, it.length > 4 ? it[4] : null);
      setField(s, 6, it.length > 5 ? it[5] : null);
      if (it.length === 5) raiseTypeError('end_offset must be provided when end_lineno is provided');
    } finally {
      decref(info);
    }
  }
}

function syntaxStr(o: PyObject): PyObject {
  const s = st(o);
  const msg = s.f[0] ?? None;
  const fn = s.f[1], lineno = s.f[2];
  let filename: string | null = null;
  if (fn !== null && isStrObj(fn)) {
    const v = fn.value as string;
    filename = v.slice(v.lastIndexOf('/') + 1);
  }
  const haveLineno = lineno !== null && lineno.type === IntType;
  if (filename === null && !haveLineno) return objStr(msg);
  const m = strString(msg);
  if (filename !== null && haveLineno) return newStr(`${m} (${filename}, line ${String(lineno!.value)})`);
  if (filename !== null) return newStr(`${m} (${filename})`);
  return newStr(`${m} (line ${String(lineno!.value)})`);
}

Object.assign(SyntaxErrorType, { init: syntaxInit, str: syntaxStr });
fieldMembers(SyntaxErrorType, LAYOUTS.syntaxError);

// ================================================================ UnicodeError family

function ssizeArg(o: PyObject): number {
  return asSsizeClipped(o);
}

function argTypeError(i: number, expected: string, o: PyObject): never {
  return raiseTypeError(`argument ${i} must be ${expected}, not ${o.type.name}`);
}

function unicodeErrorArgs(self: PyObject, args: PyObject[], kwnames: string[] | null, kind: 'encode' | 'decode' | 'translate'): void {
  baseInit(self, args, kwnames);
  const n = kind === 'translate' ? 4 : 5;
  if (args.length !== n) raiseTypeError(`function takes exactly ${n} arguments (${args.length} given)`);
  const s = st(self);
  let i = 0;
  let encoding: PyObject | null = null;
  if (kind !== 'translate') {
    encoding = args[i++];
    if (!isStrObj(encoding)) argTypeError(1, 'str', encoding);
  }
  let object = args[i++];
  if (kind === 'decode') {
    const data = (object.type.flags & TPFLAGS_BYTES_SUBCLASS) ? (object.value as Uint8Array) : hooksBytes.bufferOf(object);
    if (data === null) raiseTypeError(`a bytes-like object is required, not '${object.type.name}'`);
    object = (object.type.flags & TPFLAGS_BYTES_SUBCLASS) ? (incref(object), object) : newBytes(data!.slice());
  } else {
    if (!isStrObj(object)) argTypeError(i, 'str', object);
    incref(object);
  }
  try {
    const start = ssizeArg(args[i++]);
    const end = ssizeArg(args[i++]);
    const reason = args[i++];
    if (!isStrObj(reason)) argTypeError(i, 'str', reason);
    setField(s, 0, encoding);
    setField(s, 1, object);
    setField(s, 2, reason);
    s.n[0] = start;
    s.n[1] = end;
  } finally {
    decref(object);
  }
}


/** '\xe9', '\u20ac', '\U0001f600' as CPython's unicode error messages print a character */
function charEscape(c: number): string {
  if (c <= 0xff) return '\\x' + c.toString(16).padStart(2, '0');
  if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

function unicodeStr(o: PyObject, kind: 'encode' | 'decode' | 'translate'): PyObject {
  const s = st(o);
  const object = s.f[1];
  if (object === null) return newStr('');
  const reason = strString(s.f[2] ?? None);
  const encoding = kind === 'translate' ? '' : strString(s.f[0] ?? None);
  const start = s.n[0], end = s.n[1];
  if (kind === 'decode') {
    const d = object.value as Uint8Array;
    if (start < d.length && end === start + 1) {
      return newStr(`'${encoding}' codec can't decode byte 0x${d[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`);
    }
    return newStr(`'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
  }
  const cps = Array.from(object.value as string);
  const what = kind === 'encode' ? `'${encoding}' codec can't encode` : "can't translate";
  if (start < cps.length && end === start + 1) {
    return newStr(`${what} character '${charEscape(cps[start].codePointAt(0)!)}' in position ${start}: ${reason}`);
  }
  return newStr(`${what} characters in position ${start}-${end - 1}: ${reason}`);
}

UnicodeEncodeErrorType.init = (self, args, kw) => unicodeErrorArgs(self, args, kw, 'encode');
UnicodeDecodeErrorType.init = (self, args, kw) => unicodeErrorArgs(self, args, kw, 'decode');
UnicodeTranslateErrorType.init = (self, args, kw) => unicodeErrorArgs(self, args, kw, 'translate');
UnicodeEncodeErrorType.str = (o) => unicodeStr(o, 'encode');
UnicodeDecodeErrorType.str = (o) => unicodeStr(o, 'decode');
UnicodeTranslateErrorType.str = (o) => unicodeStr(o, 'translate');
for (const t of [UnicodeEncodeErrorType, UnicodeDecodeErrorType, UnicodeTranslateErrorType]) {
  fieldMembers(t, LAYOUTS.unicodeError);
  getset(t, 'start', (o) => newInt(st(o).n[0]), (o, v) => {
    if (v === null) raiseTypeError("can't delete numeric/char attribute");
    st(o).n[0] = ssizeArg(v!);
  });
  getset(t, 'end', (o) => newInt(st(o).n[1]), (o, v) => {
    if (v === null) raiseTypeError("can't delete numeric/char attribute");
    st(o).n[1] = ssizeArg(v!);
  });
}

/** a UnicodeDecodeError/UnicodeEncodeError instance for the codecs (object borrowed) */
export function newUnicodeError(type: PyType, encoding: string | null, object: PyObject, start: number, end: number,
  reason: string): PyObject {
  const items: PyObject[] = [];
  if (encoding !== null) items.push(newStr(encoding));
  incref(object);
  items.push(object, newInt(start), newInt(end), newStr(reason));
  try {
    return call(type, items, null);
  } finally {
    for (const x of items) decref(x);
  }
}

// ================================================================ exception groups

function sequenceCheck(o: PyObject): boolean {
  return o.type.getitem !== null && !(o.type.flags & TPFLAGS_DICT_SUBCLASS);
}

function groupNew(type: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const pos = positional(args, kwnames);
  if (pos.length !== 2) {
    raiseTypeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${pos.length} given)`);
  }
  const [message, excsArg] = pos;
  if (!isStrObj(message)) raiseTypeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${message.type.name}`);
  if (!sequenceCheck(excsArg)) raiseTypeError('second argument (exceptions) must be a sequence');
  const excs = sequenceTuple(excsArg);
  try {
    const items = tupleItems(excs);
    if (items.length === 0) raiseValueError('second argument (exceptions) must be a non-empty sequence');
    let nestedBase = false;
    items.forEach((e, i) => {
      if (!isException(e)) raiseValueError(`Item ${i} of second argument (exceptions) is not an exception`);
      if (!isInstance(e, ExceptionType)) nestedBase = true;
    });
    let cls = type;
    if (cls === ExceptionGroupType) {
      if (nestedBase) raiseTypeError('Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (cls === BaseExceptionGroupType) {
      if (!nestedBase) cls = ExceptionGroupType;
    } else if (nestedBase && isSubtype(cls, ExceptionType)) {
      raiseTypeError(`Cannot nest BaseExceptions in '${cls.name}'`);
    }
    const o = baseNew(cls, pos, null);
    const s = st(o);
    setField(s, 0, message);
    setField(s, 1, excs);
    return o;
  } finally {
    decref(excs);
  }
}

function groupInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  noKeywordsFor(self, kwnames);
  baseInit(self, args, kwnames);
}

function groupStr(o: PyObject): PyObject {
  const s = st(o);
  const n = s.f[1] === null ? 0 : tupleItems(s.f[1]).length;
  return newStr(`${strString(s.f[0] ?? None)} (${n} sub-exception${n > 1 ? 's' : ''})`);
}

Object.assign(BaseExceptionGroupType, { new: groupNew, init: groupInit, str: groupStr });
getset(BaseExceptionGroupType, 'message', (o) => getField(st(o), 0), null, 'exception message');
getset(BaseExceptionGroupType, 'exceptions', (o) => getField(st(o), 1), null, 'nested exceptions');

method(BaseExceptionGroupType, 'derive', (self, args, kw) => {
  checkArity('derive', args, kw, 1, 1);
  const msg = st(self).f[0] ?? None;
  return call(BaseExceptionGroupType, [msg, args[0]], null);
});

/**
 * What split() keeps: exceptions of the type(s) in value (byType), those a predicate accepts, or
 * (except*'s re-raise, leafIds) exactly the leaf exceptions in a set
 */
type Matcher = { byType: boolean; value: PyObject; leafIds?: Set<PyObject> };

function getMatcher(v: PyObject): Matcher {
  const isType = (v.type.flags & TPFLAGS_TYPE_SUBCLASS) !== 0;
  if (isCallable(v) && !isType) return { byType: false, value: v };
  if (isExceptionClass(v)) return { byType: true, value: v };
  if (v.type === TupleType) {
    if (tupleItems(v).every(isExceptionClass)) return { byType: true, value: v };
  }
  return raiseTypeError('expected a function, exception type or tuple of exception types');
}

/** PyErr_GivenExceptionMatches for an exception instance */
function givenMatches(exc: PyObject, cls: PyObject): boolean {
  if (cls.type.flags & TPFLAGS_TUPLE_SUBCLASS) return tupleItems(cls).some((c) => givenMatches(exc, c));
  return isExceptionClass(cls) && isSubtype(exc.type, cls as PyType);
}

function splitMatch(exc: PyObject, m: Matcher): boolean {
  if (m.leafIds !== undefined) return !isGroup(exc) && m.leafIds.has(exc);
  if (m.byType) return givenMatches(exc, m.value);
  const r = call(m.value, [exc], null);
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

const isGroup = (o: PyObject): boolean => isInstance(o, BaseExceptionGroupType);

/** exceptiongroup_subset: eg.derive(excs) with eg's traceback, context, cause and notes (or null) */
function groupSubset(orig: PyObject, excs: PyObject[]): PyObject | null {
  if (excs.length === 0) return null;
  const list = newList(excs);
  let eg: PyObject;
  try {
    eg = callMethod(orig, 'derive', [list]);
  } finally {
    decref(list);
  }
  if (!isGroup(eg!)) {
    decref(eg!);
    raiseTypeError('derive must return an instance of BaseExceptionGroup');
  }
  const s = st(orig);
  try {
    if (s.traceback !== null) excSetTraceback(eg!, s.traceback);
    if (s.context !== null) incref(s.context);
    excSetContext(eg!, s.context);
    if (s.cause !== null) incref(s.cause);
    excSetCause(eg!, s.cause);
    st(eg!).suppressContext = s.suppressContext;
    const notes = getAttrOrNull(orig, '__notes__');
    if (notes !== null) {
      try {
        if (sequenceCheck(notes)) {
          const copy = sequenceList(notes);
          try {
            setAttr(eg!, '__notes__', copy);
          } finally {
            decref(copy);
          }
        }
      } finally {
        decref(notes);
      }
    }
  } catch (e) {
    decref(eg!);
    throw e;
  }
  return eg!;
}

/** exceptiongroup_split_recursive: [match, rest] as new references or null */
function splitRecursive(exc: PyObject, m: Matcher, constructRest: boolean): [PyObject | null, PyObject | null] {
  if (splitMatch(exc, m)) {
    incref(exc);
    return [exc, null];
  }
  if (!isGroup(exc)) {
    if (constructRest) {
      incref(exc);
      return [null, exc];
    }
    return [null, null];
  }
  const matches: PyObject[] = [], rests: PyObject[] = [];
  try {
    for (const e of tupleItems(st(exc).f[1]!)) {
      const [a, b] = splitRecursive(e, m, constructRest);
      if (a !== null) matches.push(a);
      if (b !== null) rests.push(b);
    }
    const match = groupSubset(exc, matches);
    let rest: PyObject | null = null;
    if (constructRest) {
      try {
        rest = groupSubset(exc, rests);
      } catch (e) {
        xdecref(match);
        throw e;
      }
    }
    return [match, rest];
  } finally {
    for (const x of matches) decref(x);
    for (const x of rests) decref(x);
  }
}

method(BaseExceptionGroupType, 'split', (self, args, kw) => {
  checkArity('split', args, kw, 1, 1);
  const [match, rest] = splitRecursive(self, getMatcher(args[0]), true);
  return newTupleSteal([match ?? none(), rest ?? none()]);
});

method(BaseExceptionGroupType, 'subgroup', (self, args, kw) => {
  checkArity('subgroup', args, kw, 1, 1);
  const [match] = splitRecursive(self, getMatcher(args[0]), false);
  return match ?? none();
});

/*
 * `try: ... except* T:` (PEP 654). The compiler (compiler/codegen_stmt.ts compileTryStarExcept)
 * keeps [orig, raised, exc] on the stack while the clauses run:
 *
 *   each clause   CHECK_EG_MATCH: exc -> [rest, match]  match: the part of exc that is a T (a
 *                                                         naked exception wrapped in a new group)
 *                                     -> [exc, None]     nothing in exc is a T
 *                 the body runs with `match` handled; what it raises joins `raised`, and `rest`
 *                 goes on to the next clause
 *   after them    raised + [rest]: PREP_RERAISE_STAR(orig, raised) -> the exception to raise, or
 *                 None. An exception with orig's traceback, context, cause and notes is orig's (a
 *                 bare `raise` re-raised it): those go back in orig's nesting, as the part of orig
 *                 made of their leaves; what the bodies raised anew are siblings beside it in a
 *                 new ExceptionGroup('', [...]).
 */

/** check_except_star_type_valid: the type(s) of an except* clause */
function checkExceptStarType(t: PyObject): void {
  const items = t.type.flags & TPFLAGS_TUPLE_SUBCLASS ? tupleItems(t) : [t];
  for (const c of items) {
    if (!isExceptionClass(c)) raiseTypeError('catching classes that do not inherit from BaseException is not allowed');
  }
  if (items.some((c) => isSubtype(c as PyType, BaseExceptionGroupType))) {
    raiseTypeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/**
 * _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs), an ExceptionGroup when all are
 * Exceptions; excs passed as a tuple or a list (which its repr shows, as the args it was given)
 */
function newExceptionGroup(msg: string, excs: PyObject[], asList: boolean): PyObject {
  const m = newStr(msg), t = asList ? newList(excs) : newTuple(excs);
  try {
    return call(BaseExceptionGroupType, [m, t], null);
  } finally {
    decref(m);
    decref(t);
  }
}

/**
 * CHECK_EG_MATCH's work (ceval.c exception_group_match): [match, rest] of exc for an except* of
 * matchType, new references (None for no part)
 */
export function exceptStarMatch(exc: PyObject, matchType: PyObject): [PyObject, PyObject] {
  checkExceptStarType(matchType);
  if (exc === None) return [none(), none()];
  if (givenMatches(exc, matchType)) {
    // the whole of exc; a naked exception is wrapped in a group of its own
    if (isGroup(exc)) {
      incref(exc);
      return [exc, none()];
    }
    return [newExceptionGroup('', [exc], false), none()];
  }
  if (!isGroup(exc)) return [none(), none()];
  const pair = callMethod(exc, 'split', [matchType]);
  const [match, rest] = tupleItems(pair);
  incref(match);
  incref(rest);
  decref(pair);
  return [match, rest];
}

/** the leaves of an exception (itself, or the non-group exceptions nested in a group), into ids */
function collectLeaves(exc: PyObject, ids: Set<PyObject>): void {
  if (exc === None) return;
  if (!isGroup(exc)) {
    ids.add(exc);
    return;
  }
  enterRecursiveCall(' in collect_exception_group_leaf_ids');
  try {
    for (const e of tupleItems(st(exc).f[1]!)) collectLeaves(e, ids);
  } finally {
    leaveRecursiveCall();
  }
}

/** is_same_exception_metadata: the same traceback, context, cause and notes (a re-raise of orig) */
function sameMetadata(a: PyObject, b: PyObject): boolean {
  const x = st(a), y = st(b);
  if (x.traceback !== y.traceback || x.context !== y.context || x.cause !== y.cause) return false;
  const n1 = getAttrOrNull(a, '__notes__'), n2 = getAttrOrNull(b, '__notes__');
  xdecref(n1);
  xdecref(n2);
  return n1 === n2;
}

/** PREP_RERAISE_STAR's work (_PyExc_PrepReraiseStar): what the try-except* raises, or None (new reference) */
export function prepReraiseStar(orig: PyObject, excs: PyObject[]): PyObject {
  if (excs.length === 0) return none();
  if (!isGroup(orig)) {
    // a naked exception was wrapped: only one clause ran, so there is at most one exception
    incref(excs[0]);
    return excs[0];
  }
  const raised: PyObject[] = [], reraisedLeaves = new Set<PyObject>();
  for (const e of excs) {
    if (e === None) continue;
    if (sameMetadata(e, orig)) collectLeaves(e, reraisedLeaves);
    else raised.push(e);
  }
  // the projection of orig on the re-raised leaves, in orig's nesting
  const [reraised] = splitRecursive(orig, { byType: true, value: None, leafIds: reraisedLeaves }, false);
  if (raised.length === 0) return reraised ?? none();
  if (reraised !== null) raised.push(reraised);
  try {
    if (raised.length === 1) {
      incref(raised[0]);
      return raised[0];
    }
    return newExceptionGroup('', raised, true);
  } finally {
    xdecref(reraised);
  }
}

// ================================================================ creation from TypeScript

/** an exception instance of `type` with args (msg,) or () — what errors.ts's raise* helpers use */
export function newException(type: PyType, msg: string | null): PyObject {
  if (type.new === baseNew && type.init === baseInit) {
    const args = msg === null ? emptyTuple() : newTupleSteal([newStr(msg)]);
    const l = layoutFor(type);
    return allocate(type, new ExcState(args, l.fields.length, l.nums, l.numInit), null);
  }
  if (msg === null) return call(type, [], null);
  const m = newStr(msg);
  try {
    return call(type, [m], null);
  } finally {
    decref(m);
  }
}

/** an exception instance of `type` with args (arg,) (arg borrowed) */
export function newExceptionWithArg(type: PyType, arg: PyObject): PyObject {
  if (type.new === baseNew && type.init === baseInit) {
    const l = layoutFor(type);
    return allocate(type, new ExcState(newTuple([arg]), l.fields.length, l.nums, l.numInit), null);
  }
  return call(type, [arg], null);
}

/**
 * Set a field of an exception's layout by its attribute name (value borrowed; null unsets), for
 * the runtime's own errors: NameError.name, AttributeError.name / .obj, ImportError.name / .path.
 * Returns false when the exception's layout has no such field.
 */
export function excSetField(o: PyObject, name: string, value: PyObject | null): boolean {
  const i = layoutFor(o.type).fields.indexOf(name);
  if (i < 0) return false;
  setField(st(o), i, value);
  return true;
}

/** the StopIteration a generator's `return value` raises (StopIteration() for None) */
export function newStopIteration(value: PyObject): PyObject {
  if (value === None) return newException(StopIterationType, null);
  return newExceptionWithArg(StopIterationType, value);
}

/** an exception instance of `type` called with the given borrowed arguments */
export function newExceptionArgs(type: PyType, args: PyObject[]): PyObject {
  return call(type, args, null);
}

/** raise OSError (mapped to its subclass by errno) with errno, strerror and an optional filename */
export function raiseOSError(errno: number, strerror: string, filename: PyObject | null = null): never {
  const items: PyObject[] = [newInt(errno), newStr(strerror)];
  if (filename !== null) {
    incref(filename);
    items.push(filename);
  }
  let exc: PyObject;
  try {
    exc = call(OSErrorType, items, null);
  } finally {
    for (const x of items) decref(x);
  }
  throw new PyErr(exc!);
}

/** Install the hooks errors.ts uses and the name -> type table (bootstrap, once). */
export function initExceptions(): void {
  errorHooks.newException = newException;
  errorHooks.newExceptionWithArg = newExceptionWithArg;
  errorHooks.newExceptionFromCause = (type, msg, cause) => {
    const exc = newException(type, msg);
    incref(cause);
    excSetCause(exc, cause);
    incref(cause);
    excSetContext(exc, cause);
    return exc;
  };
  for (const [name, t] of excTypeByName) errorHooks.types[name] = t;
}

for (const [name, t] of excTypeByName) errorHooks.types[name] = t;
