// LAYER: vm. The "Did you mean: 'x'?" that CPython 3.11 appends to an uncaught NameError or
// AttributeError (Python/suggestions.c), and the error context it is computed from.
//
// Context: when an AttributeError leaves LOAD_ATTR / LOAD_METHOD, the exception records the
// attribute name and the object (its .name and .obj); when a NameError leaves an instruction that
// loads a name, it records the name. (CPython does this where it raises them; we do it when the
// exception gets its first traceback entry, before any handler of that frame can see it.)
//
// Suggestion: among the candidate names (dir(obj) for an AttributeError; for a NameError the
// failing frame's local variable names, then its globals, then its builtins), the closest one by
// a Levenshtein distance on UTF-8 bytes where inserting, deleting or replacing a byte costs 2 and
// replacing a letter by the same letter in the other case costs 1. A candidate counts only if its
// distance is at most (len(name) + len(candidate) + 3) * 2 / 6 (about a third of the characters
// changed); the first candidate with the smallest distance wins; 750 candidates or more, or
// strings longer than 40 bytes after trimming their common prefix and suffix, give no suggestion.
// Only exact NameError / AttributeError instances get suggestions (not subclasses).

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { getAttrOrNull, isInstance } from '../objects/abstract.js';
import { excType, errorHooks } from '../objects/errors.js';
import { excSetField } from '../objects/exceptions.js';
import { None } from '../objects/singletons.js';
import { newStr, StrType } from '../objects/str.js';
import { DictTable } from '../objects/dicttable.js';
import { Op } from '../compiler/opcodes.js';
import { Frame } from './frame.js';

export const suggestionHooks = {
  /** the names dir(o) lists, or null when dir() fails */
  dirNames: (_o: PyObject): string[] | null => null,
};

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

/** a field of the exception (.name / .obj), borrowed; null when unset or None */
function field(exc: PyObject, name: string): PyObject | null {
  const v = getAttrOrNull(exc, name);
  if (v === null) return null;
  decref(v);
  return v === None ? null : v;
}

/** an AttributeError's .name and .obj, unless it has either (CPython's set_attribute_error_context) */
function setAttributeErrorContext(exc: PyObject, obj: PyObject, attr: string): void {
  if (!isInstance(exc, excType('AttributeError'))) return;
  if (field(exc, 'name') !== null || field(exc, 'obj') !== null) return;
  const name = newStr(attr);
  excSetField(exc, 'name', name);
  decref(name);
  excSetField(exc, 'obj', obj);
}
errorHooks.attributeErrorContext = setAttributeErrorContext;

/**
 * record .name and .obj on an AttributeError leaving a LOAD_ATTR / LOAD_METHOD (each frame the
 * exception leaves that way: PyObject_GetAttr augments it wherever it was raised, a property's
 * getter or a __getattr__ included, the first time), and .name on a NameError raised by the
 * instruction f is at (`first`: f is the frame it was raised in)
 */
export function addErrorContext(exc: PyObject, f: Frame, first: boolean): void {
  const words = f.code.unit.code;
  if (f.lasti < 0 || f.lasti >= words.length) return;
  const word = words[f.lasti];
  const op = word & 0xff, arg = word >>> 8;
  const unit = f.code.unit;
  if (op === Op.LOAD_ATTR || op === Op.LOAD_METHOD) {
    const obj = f.sp > 0 ? f.stack[f.sp - 1] : null;
    if (obj !== null) setAttributeErrorContext(exc, obj, unit.names[arg]);
    return;
  }
  if (!first) return;
  let name: string | undefined;
  if (op === Op.LOAD_NAME || op === Op.DELETE_NAME || op === Op.DELETE_GLOBAL) name = unit.names[arg];
  else if (op === Op.LOAD_GLOBAL) name = unit.names[arg >> 1];
  if (name === undefined || !isInstance(exc, excType('NameError')) || field(exc, 'name') !== null) return;
  const n = newStr(name);
  excSetField(exc, 'name', n);
  decref(n);
}

/** the suggestion for an uncaught exception, or null; `lastFrame` is its traceback's innermost frame */
export function suggestionFor(exc: PyObject, lastFrame: Frame | null): string | null {
  if (exc.type === excType('AttributeError')) {
    const name = field(exc, 'name'), obj = field(exc, 'obj');
    if (name === null || obj === null || name.type !== StrType) return null;
    const dir = suggestionHooks.dirNames(obj);
    return dir === null ? null : closest(dir, name.value as string);
  }
  if (exc.type === excType('NameError')) {
    const name = field(exc, 'name');
    if (name === null || name.type !== StrType || lastFrame === null) return null;
    const wanted = name.value as string;
    for (const names of [lastFrame.code.unit.varnames, dictNames(lastFrame.globals), dictNames(lastFrame.builtins)]) {
      if (names === null) return null;
      const found = closest(names, wanted);
      if (found !== null) return found;
    }
  }
  return null;
}

/** the str keys of a dict, in order; null if one key is not a str (CPython gives up then) */
function dictNames(d: PyObject): string[] | null {
  const t = d.value as DictTable;
  const out: string[] = [];
  for (const k of t.keys) {
    if (k === null) continue;
    if (!isInstance(k, StrType)) return null;
    out.push(k.value as string);
  }
  return out;
}

function closest(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const a = Buffer.from(name, 'utf8');
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const b = Buffer.from(item, 'utf8');
    const limit = Math.min(Math.floor((a.length + b.length + 3) * MOVE_COST / 6), bestDistance - 1);
    const d = distance(a, b, limit);
    if (d > limit) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function substitutionCost(x: number, y: number): number {
  if (x === y) return 0;
  const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(x) === lower(y) ? CASE_COST : MOVE_COST;
}

/** the weighted edit distance of two byte strings, or anything above `limit` once it must exceed it */
function distance(a: Uint8Array, b: Uint8Array, limit: number): number {
  let start = 0, aEnd = a.length, bEnd = b.length;
  while (start < aEnd && start < bEnd && a[start] === b[start]) start++;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) { aEnd--; bEnd--; }
  let s = a.subarray(start, aEnd), t = b.subarray(start, bEnd);
  if (s.length === 0 || t.length === 0) return (s.length + t.length) * MOVE_COST;
  if (s.length > MAX_STRING_SIZE || t.length > MAX_STRING_SIZE) return limit + 1;
  if (t.length < s.length) [s, t] = [t, s]; // s is the shorter: one row of s.length cells
  if ((t.length - s.length) * MOVE_COST > limit) return limit + 1;
  // row[i] = cost of turning t[:j] into s[:i+1], updated in place for each j
  const row = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let j = 0; j < t.length; j++) {
    let diagonal = j * MOVE_COST; // cost of t[:j] -> s[:0]
    result = diagonal;
    let rowMin = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < s.length; i++) {
      const substitute = diagonal + substitutionCost(t[j], s[i]);
      diagonal = row[i];
      result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
      row[i] = result;
      if (result < rowMin) rowMin = result;
    }
    if (rowMin > limit) return limit + 1;
  }
  return result;
}
