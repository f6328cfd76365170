// LAYER: objects. The Python-visible attributes and methods of the core types whose behaviour
// lives elsewhere: `object` (__class__, __dir__, __format__, __sizeof__, __reduce_ex__ ...), `type`
// (__name__, __mro__, __bases__, mro(), __subclasses__() ...), functions (__name__, __defaults__,
// __code__, ...), code objects (co_*), builtin functions, the None/NotImplemented/Ellipsis reprs,
// and `mappingproxy` (what `Class.__dict__` returns).
//   mappingproxy: value: the wrapped mapping (owned)  GC, 24 + 16

import { PyObject, Visit } from '../memory/object.js';
import { incref, decref, xdecref } from '../memory/refcount.js';
import { untrack } from '../memory/generations.js';
import {
  PyType, TypeType, ObjectType, staticType, TPFLAGS_HAVE_GC, TPFLAGS_HEAPTYPE, TPFLAGS_IS_ABSTRACT, TPFLAGS_LIST_SUBCLASS, TPFLAGS_TUPLE_SUBCLASS, typeModified, isSubtype,
} from './type.js';
import { allocate, release } from './alloc.js';
import { ModuleType } from './module.js';

const isModuleType = (t: PyType): boolean => isSubtype(t, ModuleType);
import { method, getset, classmethod } from './define.js';
import { parseArgs } from './args.js';
import { newStr, isStr, StrType } from './str.js';
import { newInt, isInt } from './int.js';
import { None, none, NoneType, NotImplementedType, EllipsisType } from './singletons.js';
import { newBool } from './bool.js';
import { raiseTypeError, raiseAttributeError, raiseNotImplementedError } from './errors.js';
import * as A from './abstract.js';
import { FunctionType, FunctionData } from './function.js';
import { CodeType, Code, replaceCode } from './code.js';
import type { CodeUnit } from '../compiler/codeunit.js';
import { BuiltinFunctionType, BuiltinData, MethodWrapperType, type DescrData } from './descriptors.js';
import { instanceDict, genericSetAttr, materialiseDict } from './object.js';
import { typeModule } from './typeobject.js';
import { attrHooks } from './attrhooks.js';

const ret = (o: PyObject | null): PyObject => { if (o === null) return none(); incref(o); return o; };
const strList = (xs: string[]): PyObject => attrHooks.newTupleSteal(xs.map((x) => newStr(x)));

// ---------- None, NotImplemented, Ellipsis ----------

NoneType.repr = () => newStr('None');
NoneType.bool = () => false;
NotImplementedType.repr = () => newStr('NotImplemented');
EllipsisType.repr = () => newStr('Ellipsis');
NoneType.new = (_t, args) => { if (args.length) raiseTypeError('NoneType takes no arguments'); return none(); };

// ---------- object ----------

getset(ObjectType, '__class__', (o) => ret(o.type), (o, v) => {
  if (v === null) raiseTypeError("can't delete __class__ attribute");
  if (!A.isInstance(v!, TypeType)) raiseTypeError(`__class__ must be set to a class, not '${v!.type.name}' object`);
  const nt = v as PyType, ot = o.type;
  // (object_set_class: both types must be heap types, or module types, before their layouts count)
  if ((!(nt.flags & TPFLAGS_HEAPTYPE) || !(ot.flags & TPFLAGS_HEAPTYPE)) && !(isModuleType(nt) && isModuleType(ot))) {
    raiseTypeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if ((nt.solidBase ?? nt) !== (ot.solidBase ?? ot) ||
      nt.slotNames.join() !== ot.slotNames.join()) {
    raiseTypeError(`__class__ assignment: '${nt.name}' object layout differs from '${ot.name}'`);
  }
  // (object_set_class: the inline values belong to the old class's keys: materialise the dict first)
  materialiseDict(o);
  incref(nt);
  o.type = nt;
  decref(ot);
});
method(ObjectType, '__dir__', (o) => {
  const names = new Set<string>();
  const d = A.getAttrOrNull(o, '__dict__');
  if (d !== null) {
    for (const k of attrHooks.keys(d)) names.add(k);
    decref(d);
  }
  const cls = A.isInstance(o, TypeType) ? (o as PyType) : o.type;
  const mro = A.isInstance(o, TypeType) ? cls.mro : o.type.mro;
  for (const t of mro) if (t.tpDict !== null) for (const k of attrHooks.keys(t.tpDict)) names.add(k);
  void cls;
  return attrHooks.newListSteal([...names].map((n) => newStr(n)));
});
method(ObjectType, '__format__', (o, args) => {
  const spec = args[0];
  if (spec === undefined || !isStr(spec)) raiseTypeError(`__format__() argument must be str, not ${spec === undefined ? 'nothing' : spec.type.name}`);
  if ((spec.value as string) !== '') raiseTypeError(`unsupported format string passed to ${o.type.name}.__format__`);
  return A.str(o);
});
method(ObjectType, '__sizeof__', (o) => newInt(o.type.sizeof(o)));
classmethod(ObjectType, '__init_subclass__', (cls, args, kwnames) => {
  // (object_init_subclass: the end of the chain takes no arguments)
  if ((kwnames?.length ?? 0) > 0) raiseTypeError(`${(cls as PyType).name}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 0) raiseTypeError(`${(cls as PyType).name}.__init_subclass__() takes no arguments (${args.length} given)`);
  return none();
});
classmethod(ObjectType, '__subclasshook__', () => { incref(attrHooks.notImplemented()); return attrHooks.notImplemented(); });
ObjectType.str = (o) => A.repr(o);

// ---------- type ----------

function heapTypeOnly(t: PyType, what: string): void {
  if (!(t.flags & TPFLAGS_HEAPTYPE)) raiseTypeError(`cannot set '${what}' attribute of immutable type '${t.name}'`);
}

getset(TypeType, '__name__', (t) => newStr(shortName(t as PyType)), (t, v) => {
  heapTypeOnly(t as PyType, '__name__');
  if (v === null || !isStr(v)) raiseTypeError(`can only assign string to ${(t as PyType).name}.__name__, not '${v === null ? 'NoneType' : v.type.name}'`);
  (t as PyType).name = v!.value as string;
});
getset(TypeType, '__qualname__', (t) => newStr((t as PyType).qualname), (t, v) => {
  heapTypeOnly(t as PyType, '__qualname__');
  if (v === null || !isStr(v)) raiseTypeError(`can only assign string to ${(t as PyType).name}.__qualname__, not '${v === null ? 'NoneType' : v.type.name}'`);
  (t as PyType).qualname = v!.value as string;
});
getset(TypeType, '__module__', (t) => {
  const m = typeModule(t as PyType);
  if ((t as PyType).flags & TPFLAGS_HEAPTYPE) {
    const v = attrHooks.dictGetStr((t as PyType).tpDict!, '__module__');
    if (v !== null) { incref(v); return v; }
  }
  return newStr(m ?? 'builtins');
}, (t, v) => {
  heapTypeOnly(t as PyType, '__module__');
  attrHooks.dictSetStr((t as PyType).tpDict!, '__module__', v ?? None);
  typeModified(t as PyType);
});
// (a heap type's own tuples, as CPython's tp_mro / tp_bases; static types make one per call.
// After tp_clear a class has no __mro__: None, as in CPython)
getset(TypeType, '__mro__', (t) => {
  const h = t as PyType;
  if (h.flags & TPFLAGS_HEAPTYPE) return ret(h.mroTuple ?? None);
  return attrHooks.newTuple(h.mro);
});
getset(TypeType, '__bases__', (t) => {
  const h = t as PyType;
  return h.basesTuple !== null ? ret(h.basesTuple) : attrHooks.newTuple(h.bases);
});
getset(TypeType, '__base__', (t) => ret((t as PyType).base));
getset(TypeType, '__dict__', (t) => newMappingProxy((t as PyType).tpDict!));
getset(TypeType, '__doc__', (t) => {
  const d = attrHooks.dictGetStr((t as PyType).tpDict!, '__doc__');
  if (d !== null && d.type.descrGet !== null) return d.type.descrGet(d, null, t as PyType);
  return ret(d);
}, (t, v) => {
  // type_set_doc: heap types store it in their dict (static ones were refused by type's setattr)
  const type = t as PyType;
  if (v === null) raiseTypeError(`cannot delete '__doc__' attribute of immutable type '${type.name}'`);
  attrHooks.dictSetStr(type.tpDict!, '__doc__', v!);
  typeModified(type);
});
getset(TypeType, '__basicsize__', (t) => newInt((t as PyType).basicsize));
getset(TypeType, '__itemsize__', (t) => newInt((t as PyType).itemsize));
getset(TypeType, '__flags__', (t) => newInt((t as PyType).flags >>> 0));
getset(TypeType, '__dictoffset__', (t) => newInt((t as PyType).hasDict ? -((t as PyType).basicsize) - 24 : 0));
getset(TypeType, '__weakrefoffset__', (t) => newInt((t as PyType).hasWeakref ? 16 : 0));
getset(TypeType, '__abstractmethods__', (t) => {
  const v = (t as PyType).tpDict === null ? null : attrHooks.dictGetStr((t as PyType).tpDict!, '__abstractmethods__');
  if (v === null) raiseAttributeError('__abstractmethods__');
  return ret(v);
}, (t, v) => {
  // type_set_abstractmethods: the value goes into the type's dict; a true value marks the type abstract
  const type = t as PyType;
  if (v === null) {
    if (!attrHooks.dictDelStr(type.tpDict!, '__abstractmethods__')) raiseAttributeError('__abstractmethods__');
    type.flags &= ~TPFLAGS_IS_ABSTRACT;
  } else {
    const abstract = A.isTrue(v);
    attrHooks.dictSetStr(type.tpDict!, '__abstractmethods__', v);
    if (abstract) type.flags |= TPFLAGS_IS_ABSTRACT; else type.flags &= ~TPFLAGS_IS_ABSTRACT;
  }
  typeModified(type);
});
method(TypeType, 'mro', (t) => attrHooks.newListSteal((t as PyType).mro.map((x) => { incref(x); return x as PyObject; })));
method(TypeType, '__subclasses__', (t) => attrHooks.newListSteal((t as PyType).subclasses.map((x) => { incref(x); return x as PyObject; })));
method(TypeType, '__instancecheck__', (t, args) => newBool(A.isInstance(args[0], t as PyType)));
method(TypeType, '__subclasscheck__', (t, args) => {
  if (!A.isInstance(args[0], TypeType)) raiseTypeError('issubclass() arg 1 must be a class');
  return newBool(isSubtype(args[0] as PyType, t as PyType));
});
classmethod(TypeType, '__prepare__', () => attrHooks.newDict());
method(TypeType, '__dir__', (t) => {
  const names = new Set<string>();
  for (const b of (t as PyType).mro) if (b.tpDict !== null) for (const k of attrHooks.keys(b.tpDict)) names.add(k);
  return attrHooks.newListSteal([...names].map((n) => newStr(n)));
});
method(TypeType, '__sizeof__', (t) => newInt(TypeType.sizeof(t)));

function shortName(t: PyType): string {
  const dot = t.name.lastIndexOf('.');
  return dot >= 0 && !(t.flags & TPFLAGS_HEAPTYPE) ? t.name.slice(dot + 1) : t.name;
}

// ---------- functions ----------

FunctionType.hasDict = true;
FunctionType.setattro = (f, name, v) => {
  if (f.dict === null && FunctionType.tpDict !== null && attrHooks.dictGetStr(FunctionType.tpDict, name) === null) {
    decref(instanceDict(f));
  }
  genericSetAttr(f, name, v);
};
const fd = (f: PyObject): FunctionData => f.value as FunctionData;
getset(FunctionType, '__name__', (f) => ret(fd(f).name), (f, v) => {
  if (v === null || !isStr(v)) raiseTypeError('__name__ must be set to a string object');
  incref(v!); const old = fd(f).name; fd(f).name = v!; decref(old);
});
getset(FunctionType, '__qualname__', (f) => ret(fd(f).qualname), (f, v) => {
  if (v === null || !isStr(v)) raiseTypeError('__qualname__ must be set to a string object');
  incref(v!); const old = fd(f).qualname; fd(f).qualname = v!; decref(old);
});
getset(FunctionType, '__doc__', (f) => ret(fd(f).doc), (f, v) => {
  const nv = v ?? None; incref(nv); const old = fd(f).doc; fd(f).doc = nv; decref(old);
});
getset(FunctionType, '__module__', (f) => ret(fd(f).module), (f, v) => {
  const nv = v ?? None; incref(nv); const old = fd(f).module; fd(f).module = nv; decref(old);
});
getset(FunctionType, '__defaults__', (f) => ret(fd(f).defaults), (f, v) => {
  const nv = v === null || v === None ? null : v;
  if (nv !== null && nv.type.name !== 'tuple') raiseTypeError('__defaults__ must be set to a tuple object');
  if (nv !== null) incref(nv);
  const old = fd(f).defaults; fd(f).defaults = nv; xdecref(old);
});
getset(FunctionType, '__kwdefaults__', (f) => ret(fd(f).kwdefaults), (f, v) => {
  const nv = v === null || v === None ? null : v;
  if (nv !== null) incref(nv);
  const old = fd(f).kwdefaults; fd(f).kwdefaults = nv; xdecref(old);
});
getset(FunctionType, '__code__', (f) => ret(fd(f).code), (f, v) => {
  if (v === null || v.type !== CodeType) raiseTypeError('__code__ must be set to a code object');
  incref(v!); const old = fd(f).code; fd(f).code = v!; decref(old);
});
getset(FunctionType, '__closure__', (f) => ret(fd(f).closure));
getset(FunctionType, '__globals__', (f) => ret(fd(f).globals));
getset(FunctionType, '__builtins__', (f) => ret(fd(f).builtins));
getset(FunctionType, '__annotations__', (f) => {
  const d = fd(f);
  if (d.annotations === null) d.annotations = attrHooks.newDict();
  return ret(d.annotations);
}, (f, v) => {
  const nv = v === null || v === None ? null : v;
  if (nv !== null) incref(nv);
  const old = fd(f).annotations; fd(f).annotations = nv; xdecref(old);
});
getset(FunctionType, '__dict__', (f) => instanceDict(f));

// ---------- code objects ----------

const cd = (c: PyObject): Code => c.value as Code;
getset(CodeType, 'co_name', (c) => newStr(cd(c).name));
getset(CodeType, 'co_qualname', (c) => newStr(cd(c).qualname));
getset(CodeType, 'co_filename', (c) => newStr(cd(c).filename));
getset(CodeType, 'co_firstlineno', (c) => newInt(cd(c).unit.firstlineno));
getset(CodeType, 'co_argcount', (c) => newInt(cd(c).unit.argcount));
getset(CodeType, 'co_posonlyargcount', (c) => newInt(cd(c).unit.posonlyargcount));
getset(CodeType, 'co_kwonlyargcount', (c) => newInt(cd(c).unit.kwonlyargcount));
getset(CodeType, 'co_nlocals', (c) => newInt(cd(c).nlocals));
getset(CodeType, 'co_flags', (c) => newInt(cd(c).flags));
getset(CodeType, 'co_stacksize', (c) => newInt(cd(c).unit.stacksize));
getset(CodeType, 'co_varnames', (c) => strList(cd(c).unit.varnames));
getset(CodeType, 'co_cellvars', (c) => strList(cd(c).unit.cellvars));
getset(CodeType, 'co_freevars', (c) => strList(cd(c).unit.freevars));
getset(CodeType, 'co_names', (c) => strList(cd(c).unit.names));
getset(CodeType, 'co_consts', (c) => attrHooks.newTuple(cd(c).consts));
/** code.replace's keywords this implementation takes, and the CodeUnit field each sets */
const REPLACEABLE: Record<string, [keyof CodeUnit, 'int' | 'str']> = {
  co_argcount: ['argcount', 'int'], co_posonlyargcount: ['posonlyargcount', 'int'],
  co_kwonlyargcount: ['kwonlyargcount', 'int'], co_flags: ['flags', 'int'], co_firstlineno: ['firstlineno', 'int'],
  co_stacksize: ['stacksize', 'int'], co_name: ['name', 'str'], co_qualname: ['qualname', 'str'],
  co_filename: ['filename', 'str'],
};
method(CodeType, 'replace', (c, args, kwnames) => {
  if (args.length > (kwnames?.length ?? 0)) raiseTypeError('replace() takes no positional arguments');
  const changes: Record<string, number | string> = {};
  const base = args.length - (kwnames?.length ?? 0);
  (kwnames ?? []).forEach((k, i) => {
    const v = args[base + i];
    const field = REPLACEABLE[k];
    if (field === undefined) {
      if (!k.startsWith('co_')) raiseTypeError(`replace() got an unexpected keyword argument '${k}'`);
      raiseNotImplementedError(`code.replace(${k}=...) is not supported by pyheap (only ${Object.keys(REPLACEABLE).join(', ')})`);
    }
    const [name, kind] = field;
    if (kind === 'int') {
      if (!isInt(v)) raiseTypeError(`replace() argument '${k}' must be int, not ${v.type.name}`);
      changes[name] = Number(v.value);
    } else {
      if (!isStr(v)) raiseTypeError(`replace() argument '${k}' must be str, not ${v.type.name}`);
      changes[name] = v.value as string;
    }
  });
  return replaceCode(c, changes as Partial<CodeUnit>);
});
CodeType.repr = (c) => newStr(`<code object ${cd(c).name} at ${A.hexAddr(c)}, file "${cd(c).filename}", line ${cd(c).unit.firstlineno}>`);

// ---------- builtin functions ----------

const bd = (f: PyObject): BuiltinData => f.value as BuiltinData;
// (a builtin function or method, and a method-wrapper: the same data, the same names)
for (const t of [BuiltinFunctionType, MethodWrapperType]) {
  getset(t, '__name__', (f) => newStr(bd(f).name));
  getset(t, '__qualname__', (f) => newStr(bd(f).qualname));
}
getset(BuiltinFunctionType, '__self__', (f) => {
  const s = bd(f).self;
  if (s !== null) { incref(s); return s; }
  return attrHooks.moduleByName(bd(f).module);
});
getset(BuiltinFunctionType, '__module__', (f) => (bd(f).module === null ? none() : newStr(bd(f).module!)));
getset(BuiltinFunctionType, '__doc__', () => none());
// method-wrapper (wrapperobject.c's getsets): what it binds, and the slot wrapper's class
getset(MethodWrapperType, '__self__', (f) => { incref(bd(f).self!); return bd(f).self!; });
getset(MethodWrapperType, '__objclass__', (f) => {
  const owner = (bd(f).descr!.value as DescrData).owner;
  incref(owner);
  return owner;
});
getset(MethodWrapperType, '__doc__', () => none());

// ---------- mappingproxy ----------

export const MappingProxyType = staticType({ name: 'mappingproxy', basicsize: 24, flags: TPFLAGS_HAVE_GC });

export function newMappingProxy(mapping: PyObject): PyObject {
  incref(mapping);
  return allocate(MappingProxyType, mapping, null);
}
MappingProxyType.new = (_t, args, kwnames) => {
  const [mapping] = parseArgs('mappingproxy', args, kwnames, ['mapping'], 1);
  const t = mapping!.type;
  if (t.getitem === null || (t.flags & (TPFLAGS_LIST_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS))) {
    raiseTypeError(`mappingproxy() argument must be a mapping, not ${t.name}`);
  }
  return newMappingProxy(mapping!);
};
MappingProxyType.getitem = (p, k) => A.getItem(p.value, k);
MappingProxyType.len = (p) => A.len(p.value);
MappingProxyType.contains = (p, k) => A.contains(p.value, k);
MappingProxyType.iter = (p) => A.getIter(p.value);
MappingProxyType.repr = (p) => newStr(`mappingproxy(${A.reprString(p.value)})`);
MappingProxyType.str = (p) => A.str(p.value);
MappingProxyType.richcompare = (p, o, op) => A.richCompare(p.value, o, op);
MappingProxyType.traverse = (p: PyObject, visit: Visit) => visit(p.value);
MappingProxyType.dealloc = (p) => { untrack(p); const m = p.value; release(p); decref(m); };
for (const name of ['keys', 'values', 'items', 'copy']) {
  method(MappingProxyType, name, (p) => A.callMethod(p.value, name, []));
}
method(MappingProxyType, 'get', (p, args) => A.callMethod(p.value, 'get', args));

void StrType;
