// LAYER: modules. Services the builtins need from the runtime (I/O streams, imports, containers),
// wired by runtime.ts.
import type { PyObject } from '../memory/object.js';
import type { Frame } from '../vm/frame.js';
import type { FunctionData } from '../objects/function.js';

const unwired = (n: string) => (): never => { throw new Error(`builtinsHooks.${n} not wired`); };

export const builtinsHooks = {
  writeStdout: unwired('writeStdout') as (s: string) => void,
  /** sys.stdout when the program replaced it, else null (the fast path to the real stream) */
  currentStdout: (() => null) as () => PyObject | null,
  /** sys.stdin when the program replaced it, else null (the real stream, read without a method call) */
  currentStdin: (() => null) as () => PyObject | null,
  takeStopValue: ((_it: PyObject) => null) as (it: PyObject) => PyObject | null,
  flushStdout: unwired('flushStdout') as () => void,
  readLine: unwired('readLine') as () => string | null,
  ascii: unwired('ascii') as (o: PyObject) => PyObject,
  callableIterator: unwired('callableIterator') as (f: PyObject, sentinel: PyObject) => PyObject,
  divmod: unwired('divmod') as (a: PyObject, b: PyObject) => PyObject,
  sorted: unwired('sorted') as (it: PyObject, key: PyObject, reverse: PyObject) => PyObject,
  frameLocals: unwired('frameLocals') as (f: Frame) => PyObject,
  newTuple: unwired('newTuple') as (items: PyObject[]) => PyObject,
  setupCells: unwired('setupCells') as (f: Frame, fd: FunctionData) => void,
  importModule: unwired('importModule') as (name: string, globals: PyObject | null, fromlist: PyObject, level: number) => PyObject,
  open: unwired('open') as (args: PyObject[], kwnames: string[] | null) => PyObject,
};
