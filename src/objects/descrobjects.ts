// LAYER: objects. The descriptor types Python code uses directly: property, classmethod,
// staticmethod, super (CPython's Objects/descrobject.c, funcobject.c, typeobject.c super).
//   property:     value: { fget, fset, fdel, doc } (owned, null when absent)  GC, 64 + 16
//   classmethod / staticmethod: value: the wrapped callable (owned)         GC, 32 + 16
//   super:        value: { type, obj, objType } (owned)                     GC, 40 + 16

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import { staticType, PyType, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, TypeType, isSubtype, typeLookup } from './type.js';
import { allocate, release } from './alloc.js';
import { call, isInstance, getAttrOrNull, isTrue, reprString } from './abstract.js';
import { raiseTypeError, raiseAttributeError, raiseRuntimeError } from './errors.js';
import { None, none } from './singletons.js';
import { newStr } from './str.js';
import { parseArgs } from './args.js';
import { method, getset } from './define.js';
import { genericGetAttr, genericSetAttr, instanceDict } from './object.js';
import { newMethod } from './method.js';
import { callDescrGet } from './object.js';

// ---------- property ----------

interface PropertyData { fget: PyObject | null; fset: PyObject | null; fdel: PyObject | null; doc: PyObject | null; name: PyObject | null }

export const PropertyType = staticType({ name: 'property', basicsize: 64, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE });

const orNull = (o: PyObject | null): PyObject | null => (o === null || o === None ? null : o);

function newProperty(type: PyType, d: PropertyData): PyObject {
  for (const k of ['fget', 'fset', 'fdel', 'doc', 'name'] as const) if (d[k] !== null) incref(d[k]!);
  return allocate(type, d, null); // (allocate makes a subclass's __slots__ storage)
}

PropertyType.new = (type, args, kwnames) => {
  const [fget, fset, fdel, doc] = parseArgs('property', args, kwnames, ['fget', 'fset', 'fdel', 'doc'], 0);
  // (3.11's property_init: the doc given, even None; without one (or None), the getter's
  // __doc__, even None; neither: none at all. What gc.get_referents shows.)
  let docFromGetter: PyObject | null = null;
  if ((doc === null || doc === None) && orNull(fget) !== null) docFromGetter = getAttrOrNull(fget!, '__doc__');
  const d = docFromGetter ?? doc;
  const p = newProperty(type, { fget: orNull(fget), fset: orNull(fset), fdel: orNull(fdel), doc: d, name: null });
  xdecref(docFromGetter);
  return p;
};
PropertyType.init = () => {};
PropertyType.descrGet = (p, obj, _type) => {
  if (obj === null) { incref(p); return p; }
  const d = p.value as PropertyData;
  if (d.fget === null) raiseAttributeError(propertyError(d, obj, "has no getter"));
  return call(d.fget!, [obj], null);
};
PropertyType.descrSet = (p, obj, value) => {
  const d = p.value as PropertyData;
  const f = value === null ? d.fdel : d.fset;
  if (f === null) raiseAttributeError(propertyError(d, obj, value === null ? "has no deleter" : "has no setter"));
  const r = call(f!, value === null ? [obj] : [obj, value], null);
  decref(r);
};
function propertyError(d: PropertyData, obj: PyObject, what: string): string {
  if (d.name !== null) return `property '${d.name.value}' of '${obj.type.name}' object ${what}`;
  return `property of '${obj.type.name}' object ${what}`;
}
function propertyCopy(p: PyObject, which: 'fget' | 'fset' | 'fdel', f: PyObject): PyObject {
  const d = { ...(p.value as PropertyData) };
  d[which] = orNull(f);
  return newProperty(p.type as PyType, d);
}
method(PropertyType, 'getter', (p, a) => propertyCopy(p, 'fget', a[0]));
method(PropertyType, 'setter', (p, a) => propertyCopy(p, 'fset', a[0]));
method(PropertyType, 'deleter', (p, a) => propertyCopy(p, 'fdel', a[0]));
method(PropertyType, '__set_name__', (p, a) => {
  const d = p.value as PropertyData;
  if (d.name === null) { incref(a[1]); d.name = a[1]; }
  return none();
});
for (const k of ['fget', 'fset', 'fdel'] as const) {
  getset(PropertyType, k, (p) => { const v = (p.value as PropertyData)[k]; if (v === null) return none(); incref(v); return v; });
}
getset(PropertyType, '__doc__', (p) => { const v = (p.value as PropertyData).doc; if (v === null) return none(); incref(v); return v; });
getset(PropertyType, '__isabstractmethod__', (p) => {
  // true when fget, fset or fdel is abstract (property_get___isabstractmethod__)
  const d = p.value as PropertyData;
  for (const f of [d.fget, d.fset, d.fdel]) {
    if (f === null) continue;
    const v = getAttrOrNull(f, '__isabstractmethod__');
    if (v === null) continue;
    let abstract: boolean;
    try { abstract = isTrue(v); } finally { decref(v); }
    if (abstract) return hooksDescr.newBool(true);
  }
  return hooksDescr.newBool(false);
});
PropertyType.traverse = (p: PyObject, visit: Visit) => {
  const d = p.value as PropertyData;
  for (const k of ['fget', 'fset', 'fdel', 'doc', 'name'] as const) if (d[k] !== null) visit(d[k]!);
};
PropertyType.dealloc = (p) => {
  untrack(p);
  const d = p.value as PropertyData;
  release(p);
  for (const k of ['fget', 'fset', 'fdel', 'doc', 'name'] as const) xdecref(d[k]);
};

export const hooksDescr = { newBool: (_b: boolean): PyObject => { throw new Error('not wired'); } };

// ---------- classmethod / staticmethod ----------

export const ClassMethodType = staticType({ name: 'classmethod', basicsize: 32, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE });
export const StaticMethodType = staticType({ name: 'staticmethod', basicsize: 32, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE });

export function newClassMethod(f: PyObject): PyObject { incref(f); return allocate(ClassMethodType, f, null); }
export function newStaticMethod(f: PyObject): PyObject { incref(f); return allocate(StaticMethodType, f, null); }

/** the attributes classmethod(f) / staticmethod(f) copy from f into their own __dict__ (functools_wraps) */
const WRAPPED_ATTRS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

for (const t of [ClassMethodType, StaticMethodType]) {
  t.new = (type, args, kwnames) => {
    const [f] = parseArgs(type.name, args, kwnames, ['function'], 1, 1);
    incref(f!);
    const o = allocate(type, f, null);
    o.values = null;
    // (cm_init / sm_init: what f has of these goes into the wrapper's dict; the implicit
    // wrappers of __init_subclass__ and __class_getitem__, newClassMethod, copy nothing)
    try {
      decref(instanceDict(o)); // (a real dict, cm_dict: what gc.get_referents lists)
      for (const name of WRAPPED_ATTRS) {
        const v = getAttrOrNull(f!, name);
        if (v === null) continue;
        try {
          genericSetAttr(o, name, v);
        } finally {
          decref(v);
        }
      }
    } catch (e) {
      decref(o);
      throw e;
    }
    return o;
  };
  t.init = () => {};
  t.traverse = (o: PyObject, visit: Visit) => { if (o.value !== null) visit(o.value); if (o.dict) visit(o.dict); };
  t.dealloc = (o) => { untrack(o); const f = o.value; o.value = null; const d = o.dict; o.dict = null; release(o); xdecref(f); xdecref(d); };
  t.hasDict = true;
  t.getattro = genericGetAttr;
  t.setattro = genericSetAttr;
  getset(t, '__dict__', (o) => instanceDict(o));
  getset(t, '__func__', (o) => { incref(o.value); return o.value; });
  getset(t, '__wrapped__', (o) => { incref(o.value); return o.value; });
  getset(t, '__isabstractmethod__', (o) => {
    const v = getAttrOrNull(o.value, '__isabstractmethod__');
    if (v === null) return hooksDescr.newBool(false);
    try { return hooksDescr.newBool(isTrue(v)); } finally { decref(v); }
  });
}
ClassMethodType.descrGet = (cm, obj, type) => {
  const cls = type ?? obj!.type;
  const f = cm.value as PyObject;
  if (f.type.descrGet !== null && f.type.name !== 'function') return f.type.descrGet(f, cls, cls.type as PyType);
  return newMethod(f, cls);
};
StaticMethodType.descrGet = (sm) => { incref(sm.value); return sm.value; };
// (3.10's cm_repr / sm_repr: the wrapper around its callable's repr)
ClassMethodType.repr = (cm) => newStr(`<classmethod(${reprString(cm.value as PyObject)})>`);
StaticMethodType.repr = (sm) => newStr(`<staticmethod(${reprString(sm.value as PyObject)})>`);
StaticMethodType.call = (sm, args, kw) => call(sm.value, args, kw);

// ---------- super ----------

interface SuperData { type: PyType; obj: PyObject | null; objType: PyType | null }

export const SuperType = staticType({ name: 'super', basicsize: 40, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE });

export const superHooks = {
  /** zero-argument super(): the current frame's __class__ cell and first argument */
  implicitArgs: (): [PyObject, PyObject] => raiseRuntimeError('super(): no arguments'),
};

function superCheck(type: PyType, obj: PyObject): PyType {
  if (isInstance(obj, TypeType) && isSubtype(obj as PyType, type)) return obj as PyType;
  if (isSubtype(obj.type, type)) return obj.type;
  return raiseTypeError('super(type, obj): obj must be an instance or subtype of type');
}

export function newSuper(type: PyType, obj: PyObject | null): PyObject {
  const objType = obj === null ? null : superCheck(type, obj);
  incref(type);
  if (obj !== null) incref(obj);
  if (objType !== null) incref(objType);
  return allocate(SuperType, { type, obj, objType } as SuperData, null);
}

SuperType.new = (_t, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError('super() takes no keyword arguments');
  if (args.length === 0) {
    const [cls, self] = superHooks.implicitArgs();
    return newSuper(cls as PyType, self);
  }
  if (!isInstance(args[0], TypeType)) raiseTypeError(`super() argument 1 must be a type, not ${args[0].type.name}`);
  return newSuper(args[0] as PyType, args.length > 1 ? args[1] : null);
};
SuperType.init = () => {};
SuperType.getattro = (s, name) => {
  const d = s.value as SuperData;
  if (d.objType !== null && name !== '__class__') {
    const mro = d.objType.mro;
    let i = mro.indexOf(d.type) + 1;
    for (; i < mro.length; i++) {
      const dict = mro[i].tpDict;
      if (dict === null) continue;
      const v = hooksSuper.dictGetStr(dict, name);
      if (v === null) continue;
      // (super_getattro holds the descriptor while its __get__ runs)
      if (v.type.descrGet === null) { incref(v); return v; }
      return callDescrGet(v, d.obj === d.objType ? null : d.obj, d.objType);
    }
  }
  return genericGetAttr(s, name);
};
export const hooksSuper = { dictGetStr: (_d: PyObject, _n: string): PyObject | null => null };
SuperType.repr = (s) => {
  const d = s.value as SuperData;
  return newStr(d.objType === null ? `<super: <class '${d.type.name}'>, NULL>`
    : `<super: <class '${d.type.name}'>, <${d.objType.name} object>>`);
};
/** super_traverse's order: obj, type, obj_type */
SuperType.traverse = (s: PyObject, visit: Visit) => {
  const d = s.value as SuperData;
  if (d.obj !== null) visit(d.obj);
  visit(d.type);
  if (d.objType !== null) visit(d.objType);
};
SuperType.dealloc = (s) => {
  untrack(s);
  const d = s.value as SuperData;
  release(s);
  decref(d.type);
  xdecref(d.obj);
  xdecref(d.objType);
};
getset(SuperType, '__thisclass__', (s) => { const t = (s.value as SuperData).type; incref(t); return t; });
getset(SuperType, '__self__', (s) => { const o = (s.value as SuperData).obj; if (o === null) return none(); incref(o); return o; });
void typeLookup;
