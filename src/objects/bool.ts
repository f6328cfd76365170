// LAYER: objects. bool: a subclass of int with exactly two instances, True and False (static
// objects; value is the JS number 1 or 0 so int arithmetic applies unchanged).

import { PyObject } from '../memory/object.js';
import { staticType } from './type.js';
import { IntType } from './int.js';

export const BoolType = staticType({ name: 'bool', base: IntType, basicsize: 32, itemsize: 4 });
BoolType.flags &= ~(1 << 10); // not subclassable (no TPFLAGS_BASETYPE)

function staticBool(v: number, addr: number): PyObject {
  const o = new PyObject(BoolType, v, null);
  o.addr = addr;
  return o;
}

export const True = staticBool(1, 0x55d0c0900ee0);
export const False = staticBool(0, 0x55d0c0900f00);

/** new reference to True or False */
export function newBool(b: boolean): PyObject {
  const o = b ? True : False;
  o.refcnt++;
  return o;
}

BoolType.dealloc = (o) => { o.refcnt = 1; };
BoolType.sizeof = () => 28;
