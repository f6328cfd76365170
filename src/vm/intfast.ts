// LAYER: vm. Arithmetic on two small ints (JS numbers) without leaving the loop: the result when
// it stays exact, else null and the generic int slots take over (big ints, division, shifts).

import type { PyObject } from '../memory/object.js';
import { newInt } from '../objects/int.js';
import { evalHooks } from './evalhooks.js';
import * as OP from '../compiler/opcodes.js';

const SAFE = 9007199254740991;

export function intFast(a: number, b: number, op: number): PyObject | null {
  if (op >= OP.NB_INPLACE) op -= OP.NB_INPLACE;
  let r: number;
  switch (op) {
    case OP.NB_ADD: r = a + b; break;
    case OP.NB_SUBTRACT: r = a - b; break;
    case OP.NB_MULTIPLY: r = a * b; break;
    case OP.NB_FLOOR_DIVIDE:
      if (b === 0) return null;
      r = Math.floor(a / b);
      if (Math.abs(a) > 2 ** 52) return null;
      break;
    case OP.NB_REMAINDER: {
      if (b === 0) return null;
      r = a % b;
      if (r !== 0 && (r < 0) !== (b < 0)) r += b;
      break;
    }
    case OP.NB_AND: if ((a | 0) !== a || (b | 0) !== b) return null; r = a & b; break;
    case OP.NB_OR: if ((a | 0) !== a || (b | 0) !== b) return null; r = a | b; break;
    case OP.NB_XOR: if ((a | 0) !== a || (b | 0) !== b) return null; r = a ^ b; break;
    default: return null;
  }
  if (r > SAFE || r < -SAFE || !Number.isFinite(r)) return null;
  return newInt(r);
}
evalHooks.intFast = intFast;
