// LAYER: vm. The interpreter's thread state: the running frame, the recursion depth and limit,
// and the exception being handled (sys.exc_info()).

import type { PyObject } from '../memory/object.js';
import type { Frame } from './frame.js';

export const ts = {
  frame: null as Frame | null,
  /** the exception currently being handled (PUSH_EXC_INFO / POP_EXCEPT), owned, or null */
  excInfo: null as PyObject | null,
  /**
   * Backward jumps left before the loop calls evalHooks.periodicCheck (CPython's eval breaker,
   * used to deliver Ctrl-C as KeyboardInterrupt inside running code): huge unless a check is wanted.
   */
  checkBudget: 1 << 30,
};
