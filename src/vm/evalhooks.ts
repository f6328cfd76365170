// LAYER: vm. Operations the loop delegates to other vm files (generators, tracebacks, raising,
// imports), installed by those files when they load; kept apart so eval.ts reads as the loop only.
import type { PyObject } from '../memory/object.js';
import type { Frame } from './frame.js';
import type { PyErr } from '../objects/errors.js';

const unwired = (n: string) => (): never => { throw new Error(`evalHooks.${n} not wired`); };

let reraise = false;

export const evalHooks = {
  genericGetAttr: null as unknown,
  intFast: ((_a: number, _b: number, _op: number) => null) as (a: number, b: number, op: number) => PyObject | null,
  newGenerator: unwired('newGenerator') as (f: Frame) => PyObject,
  generatorFinished: ((_g: PyObject) => {}) as (g: PyObject) => void,
  generatorType: unwired('generatorType') as () => unknown,
  send: unwired('send') as (recv: PyObject, v: PyObject) => { done: boolean; value: PyObject },
  addTraceback: ((_exc: PyObject, _f: Frame) => {}) as (exc: PyObject, f: Frame) => void,
  tracebackOf: unwired('tracebackOf') as (exc: PyObject) => PyObject,
  frameDetached: ((_fo: PyObject, _f: Frame) => {}) as (fo: PyObject, f: Frame) => void,
  setReraiseFlag: (): void => { reraise = true; },
  takeReraiseFlag: (): boolean => { const r = reraise; reraise = false; return r; },
  chainContext: ((_e: PyObject) => {}) as (e: PyObject) => void,
  functionStr: ((_f: PyObject) => '') as (f: PyObject) => string,
  takePendingThrow: (() => null) as () => PyObject | null,
  annotationsDict: unwired('annotationsDict') as (t: PyObject) => PyObject,
  dictMerge: unwired('dictMerge') as (d: PyObject, other: PyObject, func: PyObject | null) => void,
  unpack: unwired('unpack') as (seq: PyObject, before: number, after: number) => PyObject[],
  ascii: unwired('ascii') as (o: PyObject) => PyObject,
  exceptionMatches: unwired('exceptionMatches') as (exc: PyObject, t: PyObject) => boolean,
  raiseStatement: unwired('raiseStatement') as (f: Frame, argc: number) => PyErr,
  importName: unwired('importName') as (name: string, fromlist: PyObject, level: PyObject, globals: PyObject) => PyObject,
  importFrom: unwired('importFrom') as (m: PyObject, name: string) => PyObject,
  importStar: unwired('importStar') as (m: PyObject, locals: PyObject) => void,
  displayHook: unwired('displayHook') as (v: PyObject) => void,
  /** called when ts.checkBudget runs out (may raise, e.g. KeyboardInterrupt); must reset the budget */
  periodicCheck: ((): void => {}) as () => void,
};
