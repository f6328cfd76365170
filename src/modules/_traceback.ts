// LAYER: modules. `_traceback`: the private helpers lib/traceback.py and lib/linecache.py use so
// that the traceback module prints exactly what the interpreter prints for an uncaught exception
// (vm/traceback.ts): source lines from the same cache, instruction positions from the code
// objects, and the 3.11 position-marker row (`^^^^` / `~~~^^^~~`).

import { PyObject } from '../memory/object.js';
import { decref, incref } from '../memory/refcount.js';
import { checkArity } from '../objects/args.js';
import { raiseTypeError } from '../objects/errors.js';
import { None, none } from '../objects/singletons.js';
import { newInt, isInt } from '../objects/int.js';
import { newStr, isStr } from '../objects/str.js';
import { newTupleSteal } from '../objects/tuple.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';
import { Frame } from '../vm/frame.js';
import { sourceLine, codePosition, markerRow, TracebackType, FrameType, hiddenCodes } from '../vm/traceback.js';
import { Code } from '../objects/code.js';
import { FunctionData } from '../objects/function.js';

type Fn = (args: PyObject[], kw: string[] | null) => PyObject;

const strArg = (fname: string, o: PyObject): string => {
  if (!isStr(o)) raiseTypeError(`${fname}() argument must be str, not ${o.type.name}`);
  return o.value as string;
};
const intArg = (fname: string, o: PyObject): number => {
  if (!isInt(o)) raiseTypeError(`${fname}() argument must be int, not ${o.type.name}`);
  return Number(o.value);
};
const intOrNone = (n: number): PyObject => (n < 0 ? none() : newInt(n));

/** (lineno, end_lineno, colno, end_colno) of instruction lasti, None where unknown (co_positions) */
function positionTuple(code: Frame['code'], lasti: number): PyObject {
  const [line, endLine, col, endCol] = codePosition(code, lasti);
  return newTupleSteal([intOrNone(line), intOrNone(endLine), intOrNone(col), intOrNone(endCol)]);
}

const functions: [string, Fn][] = [
  // getline(filename, lineno) -> the line with its newline, or '' (linecache.getline)
  ['getline', (args, kw) => {
    checkArity('getline', args, kw, 2, 2);
    const line = sourceLine(strArg('getline', args[0]), intArg('getline', args[1]));
    return newStr(line === null ? '' : line + '\n');
  }],
  // tb_position(tb) -> the positions of the instruction a traceback entry points at
  ['tb_position', (args, kw) => {
    checkArity('tb_position', args, kw, 1, 1);
    if (args[0].type !== TracebackType) raiseTypeError('tb_position() argument must be a traceback');
    const d = args[0].value as { frame: PyObject; lasti: number };
    return positionTuple((d.frame.value as Frame).code, d.lasti);
  }],
  // frame_position(frame) -> the positions of the instruction a frame is running
  ['frame_position', (args, kw) => {
    checkArity('frame_position', args, kw, 1, 1);
    if (args[0].type !== FrameType) raiseTypeError('frame_position() argument must be a frame');
    const f = args[0].value as Frame;
    return positionTuple(f.code, f.lasti);
  }],
  // marker_row(line, lineno, end_lineno, colno, end_colno) -> the row of markers with its newline,
  // or None when none is shown; line is the original source line without its newline
  ['marker_row', (args, kw) => {
    checkArity('marker_row', args, kw, 5, 5);
    const line = strArg('marker_row', args[0]);
    const n = args.slice(1).map((o) => (o === None ? -1 : intArg('marker_row', o)));
    const row = markerRow(line, n[0], n[1], n[2], n[3]);
    return row === null ? none() : newStr(row);
  }],
  // hide_frames(function) -> function: its frames are left out of tracebacks from now on (for
  // library functions CPython writes in C); returns the function, to serve as a decorator
  ['hide_frames', (args, kw) => {
    checkArity('hide_frames', args, kw, 1, 1);
    const fn = args[0];
    if (fn.type.name !== 'function') raiseTypeError('hide_frames() argument must be a function');
    hiddenCodes.add((fn.value as FunctionData).code.value as Code);
    incref(fn);
    return fn;
  }],
];

export function makeTracebackHelperModule(): PyObject {
  const m = newModule('_traceback', None);
  for (const [name, fn] of functions) {
    const f = newBuiltinFunction(name, fn, '_traceback');
    moduleSet(m, name, f);
    decref(f);
  }
  return m;
}
