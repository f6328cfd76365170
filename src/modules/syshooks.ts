// LAYER: modules. Constructors sys needs from container/number types, wired by runtime.ts.
import type { PyObject } from '../memory/object.js';
const unwired = (n: string) => (): never => { throw new Error(`sysHooks.${n} not wired`); };
export const sysHooks = {
  newListSteal: unwired('newListSteal') as (items: PyObject[]) => PyObject,
  newFloat: unwired('newFloat') as (v: number) => PyObject,
  intInfo: unwired('intInfo') as () => PyObject,
  floatInfo: unwired('floatInfo') as () => PyObject,
  versionInfo: unwired('versionInfo') as () => PyObject,
  /** sys.flags for this run's command line and environment */
  flags: unwired('flags') as () => PyObject,
  hashInfo: unwired('hashInfo') as () => PyObject,
  /** sys.warnoptions and sys._xoptions from the command line's -W and -X */
  warnOptions: unwired('warnOptions') as () => PyObject,
  xOptions: unwired('xOptions') as () => PyObject,
  builtinModuleNames: unwired('builtinModuleNames') as () => PyObject,
  newBool: unwired('newBool') as (b: boolean) => PyObject,
  excInfo: unwired('excInfo') as () => PyObject,
  writeStderr: unwired('writeStderr') as (s: string) => void,
  /** print an exception (borrowed) with its traceback to stderr, as an uncaught one */
  printException: unwired('printException') as (exc: PyObject) => void,
};
