// LAYER: objects. How a Python exception travels through TypeScript code: `throw new PyErr(exc)`,
// where exc is an OWNED reference to the exception instance. Catching code either handles it
// (and releases exc) or lets it propagate. PyErr is not a JS Error: no JS stack trace is captured,
// so raising is cheap, and a real JS Error reaching the top is always a pyheap bug.
//
// The raise* helpers create the exception object with CPython's type and message.

import { PyObject } from '../memory/object.js';
import type { PyType } from './type.js';

export class PyErr {
  constructor(public exc: PyObject) {}
}

/** Installed by exceptions.ts: builds an instance of `type` with args (msg,). */
export const errorHooks = {
  newException: (_type: PyType, _msg: string | null): PyObject => { throw new Error('exceptions not initialised'); },
  newExceptionWithArg: (_type: PyType, _arg: PyObject): PyObject => { throw new Error("exceptions not initialised"); },
  /** _PyErr_FormatFromCause: a new exception whose __cause__ and __context__ are `cause` (borrowed) */
  newExceptionFromCause: (_type: PyType, _msg: string, _cause: PyObject): PyObject => { throw new Error('exceptions not initialised'); },
  types: {} as Record<string, PyType>,
  /**
   * PyObject_GetAttr's set_attribute_error_context: an AttributeError leaving getattr of `name`
   * on `o` records them as its .name and .obj unless it has either (vm/suggestions.ts installs it)
   */
  attributeErrorContext: (_exc: PyObject, _o: PyObject, _name: string): void => {},
};

/** the error raise() throws, made and not thrown (the interpreter loop returns such errors) */
export function newError(type: PyType, msg: string | null): PyErr {
  return new PyErr(errorHooks.newException(type, msg));
}

export function raise(type: PyType, msg: string | null): never {
  throw newError(type, msg);
}

const T = (name: string): PyType => errorHooks.types[name];

export const raiseTypeError = (msg: string): never => raise(T('TypeError'), msg);
export const raiseValueError = (msg: string): never => raise(T('ValueError'), msg);
export const raiseIndexError = (msg: string): never => raise(T('IndexError'), msg);
export const raiseAttributeError = (msg: string): never => raise(T('AttributeError'), msg);
export const raiseOverflowError = (msg: string): never => raise(T('OverflowError'), msg);
export const raiseZeroDivisionError = (msg: string): never => raise(T('ZeroDivisionError'), msg);
export const raiseRuntimeError = (msg: string): never => raise(T('RuntimeError'), msg);
export const raiseNameError = (msg: string): never => raise(T('NameError'), msg);
export const raiseStopIteration = (): never => raise(T('StopIteration'), null);
export const raiseMemoryError = (): never => raise(T('MemoryError'), null);
export const raiseNotImplementedError = (msg: string): never => raise(T('NotImplementedError'), msg);
export const raiseUnicodeError = (msg: string): never => raise(T('UnicodeError'), msg);
/** KeyError(key), made and not thrown */
export function keyError(key: PyObject): PyErr {
  return new PyErr(errorHooks.newExceptionWithArg(T('KeyError'), key));
}
export function raiseKeyError(key: PyObject): never {
  throw keyError(key);
}
export function excType(name: string): PyType { return T(name); }

/**
 * Whether a JS error is V8 running out of JS stack. Tested by plain comparison: the handler runs
 * with almost no stack left, where even compiling a regular expression overflows again.
 */
export function isJsStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message === 'Maximum call stack size exceeded';
}
