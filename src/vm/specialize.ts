// LAYER: vm. What CPython 3.11's specialising interpreter (PEP 659) does that a program can see.
//
// CPython 3.11 runs new code as written. A code object counts its entries (RESUME) and backward
// jumps (JUMP_BACKWARD) from co_warmup = -8 up to 0, then is quickened: instructions with an
// inline cache become "adaptive" and, at their next run, specialise for the operands they see:
//
//   BINARY_OP (adaptive, counter 0)
//        |  operands a, b at the next run
//        v
//   a, b both exact str, result stored back  -> BINARY_OP_INPLACE_ADD_UNICODE   \
//     into the local that holds a                                                 | miss counter 53:
//   a, b both exact str                      -> BINARY_OP_ADD_UNICODE            | each run whose
//   a, b both exact int / float              -> BINARY_OP_ADD_INT / _ADD_FLOAT   | operands fail the
//   anything else: stays adaptive, retries after 1, 3, 7, ... 4095 runs          / guard counts down;
//                                                                                   at 0: adaptive
//                                                                                   again (retry
//                                                                                   after 31 runs)
//
// Almost every specialised form computes what the generic instruction computes, so pyheap does not
// model them. The exception is BINARY_OP_INPLACE_ADD_UNICODE: `s += t` (or `s = s + t`) then
// appends to the str in place when the local holds its only reference (PyUnicode_Append), and
// id(s) stays the same while the block's size class has room. That is observable, so the VM
// tracks exactly the BINARY_OP sites that could become it (an add whose next instruction is a
// STORE_FAST, not fused into STORE_FAST__STORE_FAST: compiler/quicken.ts marks them), with the
// state machine above; every other site runs generically.
//
// Warm-up counting: entries are counted when a function's frame is ready (vm/call.ts frameReady;
// not for generators and coroutines, whose RESUME runs at each resumption: vm/generator.ts),
// for module and class bodies when their frame is made, and backward jumps in the loop (eval.ts
// JUMP; not the jump back to SEND of a `yield from`/`await`, 3.11's JUMP_BACKWARD_NO_INTERRUPT).

import type { PyObject } from '../memory/object.js';
import type { Code } from '../objects/code.js';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../compiler/codeunit.js';
import { StrType } from '../objects/str.js';
import { IntType } from '../objects/int.js';
import { FloatType } from '../objects/float.js';
import type { PyType } from '../objects/type.js';

/** one step of co_warmup for an entry into `code` (a no-op for generator-like code: see above) */
export function countEntry(code: Code): void {
  if (code.warmup !== 0 && (code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) === 0) code.warmup++;
}

/** one step of co_warmup for a RESUME after a yield, or the first run of a generator's frame */
export function countResume(code: Code): void {
  if (code.warmup !== 0) code.warmup++;
}

/** the forms of an add-then-store site (AddSite.form) */
const ADAPTIVE = 0, INPLACE_ADD_UNICODE = 1, ADD_UNICODE = 2, ADD_INT = 3, ADD_FLOAT = 4;
/** the operand type each specialised form's guard requires, by form */
const FORM_TYPE: (PyType | null)[] = [null, StrType, StrType, IntType, FloatType];

/** 3.11's miss_counter_start(): misses a specialised form takes before it goes back to adaptive */
const MISS_COUNTER_START = 53;
/** 3.11's adaptive_counter_start(): value 31, backoff exponent 5 */
const ADAPTIVE_START_BACKOFF = 5;
/** the largest backoff exponent (16 - ADAPTIVE_BACKOFF_BITS) */
const MAX_BACKOFF = 12;

/** the inline cache of an add-then-store BINARY_OP in quickened code */
class AddSite {
  form = ADAPTIVE;
  /** adaptive: runs left before the next specialisation attempt; specialised: misses left */
  counter = 0;
  /** adaptive: the backoff exponent of the last failed attempt */
  backoff = 0;
}

/**
 * The run of an add-then-store BINARY_OP at instruction `at` of quickened code, with operands a
 * and b and `local` the current value of the STORE_FAST's local: steps the site's state and says
 * whether 3.11 runs it as BINARY_OP_INPLACE_ADD_UNICODE (else the generic add runs).
 */
export function addSiteAppendsInPlace(code: Code, at: number, a: PyObject, b: PyObject, local: PyObject | null): boolean {
  let site = code.icache[at] as AddSite | null;
  if (site === null) code.icache[at] = site = new AddSite();
  const form = site.form;
  if (form !== ADAPTIVE) {
    const t = FORM_TYPE[form];
    if (a.type === t && b.type === t && (form !== INPLACE_ADD_UNICODE || local === a)) return form === INPLACE_ADD_UNICODE;
    // a miss: the generic instruction runs; the last one sends the site back to adaptive
    if (--site.counter === 0) {
      site.form = ADAPTIVE;
      site.backoff = ADAPTIVE_START_BACKOFF;
      site.counter = (1 << ADAPTIVE_START_BACKOFF) - 1;
    }
    return false;
  }
  if (site.counter !== 0) {
    site.counter--;
    return false;
  }
  const chosen = specialisedForm(a, b, local);
  if (chosen === ADAPTIVE) {
    // failed: back off, and the adaptive instruction (dispatched again at once) counts one run
    site.backoff = Math.min(site.backoff + 1, MAX_BACKOFF);
    site.counter = (1 << site.backoff) - 2;
    return false;
  }
  site.form = chosen;
  site.counter = MISS_COUNTER_START;
  return chosen === INPLACE_ADD_UNICODE;
}

/** _Py_Specialize_BinaryOp for NB_ADD / NB_INPLACE_ADD: the form, or ADAPTIVE when none fits */
function specialisedForm(a: PyObject, b: PyObject, local: PyObject | null): number {
  const t = a.type;
  if (b.type !== t) return ADAPTIVE;
  if (t === StrType) return local === a ? INPLACE_ADD_UNICODE : ADD_UNICODE;
  if (t === IntType) return ADD_INT;
  if (t === FloatType) return ADD_FLOAT;
  return ADAPTIVE;
}
