// LAYER: compiler. `from __future__ import ...` statements (CPython's future.c): which features a
// module turns on, the line of its last future import (later ones are an error, found by
// codegen), and the SyntaxErrors for unknown features.

import type { mod, stmt } from '../parser/ast.js';
import { compileError } from './syntaxerror.js';
import { docstringOf } from './astutil.js';

/** co_flags bits of future features (CPython's CO_FUTURE_*). Only these two change anything in 3.11. */
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** PyCF_MASK: the future flags that are inherited by compile() and stored in co_flags. */
export const PYCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

const ACCEPTED_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'generator_stop',
]);

export interface FutureFeatures {
  flags: number;
  /** line of the last future statement at the head of the module (0 if none) */
  lineno: number;
}

function checkFeatures(s: stmt & { _type: 'ImportFrom' }, filename: string, ff: FutureFeatures): void {
  for (const alias of s.names) {
    const feature = alias.name;
    if (ACCEPTED_FEATURES.has(feature)) continue;
    if (feature === 'barry_as_FLUFL') ff.flags |= CO_FUTURE_BARRY_AS_BDFL;
    else if (feature === 'annotations') ff.flags |= CO_FUTURE_ANNOTATIONS;
    else if (feature === 'braces') {
      throw compileError('not a chance', filename, s.lineno, s.col_offset + 1, s.lineno, null);
    } else {
      throw compileError(`future feature ${feature} is not defined`, filename, s.lineno, s.col_offset + 1, s.lineno, null);
    }
  }
}

/** Scan the future statements at the head of a module. */
export function parseFutures(m: mod, filename: string): FutureFeatures {
  const ff: FutureFeatures = { flags: 0, lineno: 0 };
  if (m._type !== 'Module' && m._type !== 'Interactive') return ff;
  const body = m.body;
  let done = false;
  let prevLine = 0;
  for (let i = docstringOf(body) !== null ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) {
        throw compileError('from __future__ imports must occur at the beginning of the file',
          filename, s.lineno, s.col_offset, s.lineno, null);
      }
      checkFeatures(s, filename, ff);
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}
