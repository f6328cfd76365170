// LAYER: objects. Argument parsing for builtins (CPython's Argument Clinic / PyArg_Parse*), with
// CPython's error messages. Builtins receive (args, kwnames): positional values first, then the
// values of the keyword arguments whose names are in kwnames.

import { PyObject } from '../memory/object.js';
import { raiseTypeError } from './errors.js';

/**
 * Bind args to parameter names. `names`: parameter names in order; `required`: how many are
 * required; `posOnly`: how many leading ones are positional-only; `kwOnlyFrom`: index from which
 * parameters are keyword-only (default: none). Returns borrowed values, null for missing optional
 * ones. `fname` is used in messages, e.g. "sort" or "int()" (CPython prints "sort() takes ...").
 */
export function parseArgs(fname: string, args: PyObject[], kwnames: string[] | null, names: string[],
  required: number, posOnly = 0, kwOnlyFrom = names.length): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  if ((nkw > 0 || posOnly < names.length) && npos + nkw > names.length) {
    // (a function that takes keywords: CPython's keyword parsers count all the arguments before
    // matching any; "keyword" when only keywords were given, bpo-31229)
    raiseTypeError(`${fname}() takes at most ${names.length} ${npos === 0 ? 'keyword ' : ''}argument${names.length === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  const minPos = Math.min(required, kwOnlyFrom);
  if (npos > kwOnlyFrom) {
    if (kwOnlyFrom === required && required === names.length || nkw === 0 && kwOnlyFrom === names.length) {
      if (required === kwOnlyFrom) {
        raiseTypeError(required === 0 ? `${fname}() takes no arguments (${npos} given)`
          : required === 1 ? `${fname}() takes exactly one argument (${npos} given)`
          : `${fname}() takes exactly ${required} arguments (${npos} given)`);
      }
      raiseTypeError(`${fname}() takes at most ${kwOnlyFrom} argument${kwOnlyFrom === 1 ? '' : 's'} (${npos} given)`);
    }
    raiseTypeError(`${fname}() takes ${minPos < kwOnlyFrom ? 'at most' : 'exactly'} ${kwOnlyFrom} positional argument${kwOnlyFrom === 1 ? '' : 's'} (${npos} given)`);
  }
  const minPosOnly = Math.min(posOnly, required);
  if (npos < minPosOnly && posOnly < names.length) {
    // (Argument Clinic's keyword parser, _PyArg_UnpackKeywords, checks this before the keywords)
    raiseTypeError(`${fname}() takes ${minPosOnly < kwOnlyFrom ? 'at least' : 'exactly'} ${minPosOnly} positional argument${minPosOnly === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  // a keyword naming no parameter (or a positional-only one) is reported last, after the
  // missing arguments, as both of CPython's keyword parsers do
  let invalid: string | null = null;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = names.indexOf(name);
    if (i < 0 || i < posOnly) {
      if (invalid === null) invalid = name;
      continue;
    }
    if (out[i] !== null) raiseTypeError(`argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) {
      if (i < posOnly || kwnames === null && npos < required && required === names.length && posOnly === names.length) {
        raiseTypeError(`${fname}() takes exactly ${required} argument${required === 1 ? '' : 's'} (${npos} given)`);
      }
      raiseTypeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (invalid !== null) raiseTypeError(`'${invalid}' is an invalid keyword argument for ${fname}()`);
  return out;
}

/** For builtins that take no keyword arguments: "X() takes no keyword arguments". */
export function noKeywords(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${fname}() takes no keyword arguments`);
}

/** Exact positional arity check with CPython's wording for METH_O / METH_NOARGS / ranges. */
export function checkArity(fname: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  noKeywords(fname, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) raiseTypeError(`${fname}() takes no arguments (${n} given)`);
    if (min === 1) raiseTypeError(`${fname}() takes exactly one argument (${n} given)`);
    raiseTypeError(`${fname} expected ${min} arguments, got ${n}`);
  }
  if (n < min) raiseTypeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  raiseTypeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * check_num_args / PyArg_UnpackTuple("", ...) as 3.11's slot wrappers use them: a wrapper takes
 * exactly `n` positional arguments and no keywords (the two-argument ones unpack with an empty
 * function name, hence the leading space in their message).
 */
export function wrapperArgs(name: string, n: number, a: PyObject[], k: string[] | null): void {
  if (k !== null && k.length > 0) raiseTypeError(`wrapper ${name}() takes no keyword arguments`);
  if (a.length === n) return;
  if (n === 2) raiseTypeError(` expected 2 arguments, got ${a.length}`);
  raiseTypeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${a.length}`);
}
