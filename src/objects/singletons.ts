// LAYER: objects. None, NotImplemented and Ellipsis: static objects, never freed. Their counts are
// ordinary (3.11 has no immortality): they start at 1 plus whatever the runtime's own tables hold.

import { PyObject } from '../memory/object.js';
import { staticType } from './type.js';

export const NoneType = staticType({ name: 'NoneType', basicsize: 16 });
export const NotImplementedType = staticType({ name: 'NotImplementedType', basicsize: 16 });
export const EllipsisType = staticType({ name: 'ellipsis', basicsize: 16 });

function staticObject(type: typeof NoneType, addr: number): PyObject {
  const o = new PyObject(type, null, null);
  o.addr = addr;
  o.refcnt = 1;
  return o;
}

export const None = staticObject(NoneType, 0x55d0c0900e10);
export const NotImplemented = staticObject(NotImplementedType, 0x55d0c0900e30);
export const Ellipsis = staticObject(EllipsisType, 0x55d0c0900e50);

export const isNotImplemented = (o: PyObject): boolean => o === NotImplemented;

/** new reference to None (for `return none()`) */
export function none(): PyObject {
  None.refcnt++;
  return None;
}

export function notImplemented(): PyObject {
  NotImplemented.refcnt++;
  return NotImplemented;
}

const noDealloc = (o: PyObject): void => {
  // A static singleton reached zero: CPython would crash ("deallocating None"); keep it alive.
  o.refcnt = 1;
};
NoneType.dealloc = noDealloc;
NotImplementedType.dealloc = noDealloc;
EllipsisType.dealloc = noDealloc;
NoneType.repr = () => { throw new Error('installed by bootstrap'); };
