// LAYER: objects. Module objects. GC type, 56 + 16 bytes.
//   dict: the module's globals (a dict, owned)   value: { name } (JS)

import { typeHooks } from './typehooks.js';
import { PyObject, Visit } from '../memory/object.js';
import { xdecref, incref, decref } from '../memory/refcount.js';
import { staticType, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE } from './type.js';
import { allocate, release } from './alloc.js';
import { untrack } from '../memory/generations.js';
import { newStr, isStr } from './str.js';
import { parseArgs } from './args.js';
import { method } from './define.js';
import { None } from './singletons.js';
import { instanceAttr, genericGetAttr, genericSetAttr } from './object.js';
import { raiseAttributeError, raiseTypeError, PyErr, excType } from './errors.js';
import { reprString, isInstance, call } from './abstract.js';

export const ModuleType = staticType({ name: 'module', basicsize: 56, flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE });
ModuleType.hasDict = true;

export const moduleHooks = {
  newDict: (): PyObject => { throw new Error('dict not wired'); },
  setItemStr: (_d: PyObject, _k: string, _v: PyObject): void => { throw new Error('dict not wired'); },
  /** a new list of a dict's keys (PyDict_Keys) */
  keysList: (_d: PyObject): PyObject => { throw new Error('dict not wired'); },
};

/** a new module with __name__ (and __doc__ None, __package__, __loader__, __spec__ None) */
export function newModule(name: string, none: PyObject): PyObject {
  const d = moduleHooks.newDict();
  const m = allocate(ModuleType, { name }, null);
  m.dict = d;
  const n = newStr(name);
  moduleHooks.setItemStr(d, '__name__', n);
  xdecref(n);
  for (const k of ['__doc__', '__package__', '__loader__', '__spec__']) moduleHooks.setItemStr(d, k, none);
  return m;
}

/** types.ModuleType(name, doc=None): module_new + module___init__ */
ModuleType.new = (t, args, kwnames) => {
  const [name, doc] = parseArgs('module', args, kwnames, ['name', 'doc'], 1);
  if (!isStr(name!)) raiseTypeError(`module.__init__() argument 'name' must be str, not ${name!.type.name}`);
  const d = moduleHooks.newDict();
  const m = allocate(t, { name: name!.value as string }, null);
  m.dict = d;
  moduleHooks.setItemStr(d, '__name__', name!);
  moduleHooks.setItemStr(d, '__doc__', doc ?? None);
  for (const k of ['__package__', '__loader__', '__spec__']) moduleHooks.setItemStr(d, k, None);
  return m;
};

/** borrowed value of a module global, or null */
export function moduleGet(m: PyObject, name: string): PyObject | null {
  return instanceAttr(m, name);
}

export function moduleSet(m: PyObject, name: string, v: PyObject): void {
  moduleHooks.setItemStr(m.dict!, name, v);
}

ModuleType.traverse = (o: PyObject, visit: Visit) => { if (o.dict !== null) visit(o.dict); };
ModuleType.hasWeakref = true;
ModuleType.dealloc = (o) => {
  untrack(o);
  if (o.weaklist !== null) typeHooks.clearWeakrefs(o);
  const d = o.dict;
  o.dict = null;
  release(o);
  xdecref(d);
};
ModuleType.getattro = (m, name) => {
  if (name === '__dict__') { incref(m.dict!); return m.dict!; }
  try {
    return genericGetAttr(m, name);
  } catch (e) {
    const v = instanceAttr(m, name);
    if (v !== null) { incref(v); return v; }
    if (!(e instanceof PyErr) || !isInstance(e.exc, excType('AttributeError'))) throw e;
    // module_getattro: the module's own __getattr__ (PEP 562), else "module 'name' has no attribute"
    const hook = instanceAttr(m, '__getattr__');
    const modName = instanceAttr(m, '__name__');
    decref(e.exc);
    if (hook !== null) {
      const n = newStr(name);
      try { return call(hook, [n], null); } finally { decref(n); }
    }
    if (modName !== null && isStr(modName)) return raiseAttributeError(`module '${modName.value as string}' has no attribute '${name}'`);
    return raiseAttributeError(`module has no attribute '${name}'`);
  }
};
ModuleType.setattro = genericSetAttr;
/** module_dir: the module's own __dir__ (PEP 562) if its globals have one, else their names */
method(ModuleType, '__dir__', (m) => {
  const d = m.dict;
  const own = d === null ? null : instanceAttr(m, '__dir__');
  if (own !== null) return call(own, [], null);
  return moduleHooks.keysList(d ?? moduleHooks.newDict());
});
ModuleType.repr = (m) => {
  const file = instanceAttr(m, '__file__');
  const name = (m.value as { name: string }).name;
  if (file !== null) return newStr(`<module '${name}' from ${reprString(file)}>`);
  return newStr(`<module '${name}' (built-in)>`);
};
export function moduleName(m: PyObject): string { return (m.value as { name: string }).name; }
