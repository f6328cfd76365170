// LAYER: runtime (beside runtime.ts). The import system: what `import a.b.c`, `from . import x`
// and `__import__` do, in the order importlib's _bootstrap does it.
//
//   importModule(name, globals, fromlist, level)
//     |  level > 0: resolve `..x` against the importer's __package__        (_resolve_name)
//     v
//   findAndLoad("a.b.c")      sys.modules hit? done.  Otherwise load "a", then "a.b", then
//     |                       "a.b.c", each searched in its parent's __path__ (top level: the
//     |                       TypeScript modules first, then each directory of sys.path)
//     v
//   loadFrom(dir)             dir/c/__init__.py (a package, __path__ = [dir/c]) or dir/c.py;
//                             the module goes into sys.modules before its code runs (so circular
//                             imports see the partial module) and leaves it again if the code raises
//   then the answer: the top package for `import a.b.c`, the leaf for a fromlist, after importing
//   each fromlist name that is a submodule not yet set on the package    (_handle_fromlist)
//
// sys.path[0] is the script's directory ('' for -c), then pyheap's own library (lib/, modules
// written in Python). Modules written in TypeScript are found by name (modules/registry.ts).

import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PyObject } from './memory/object.js';
import { incref, decref, xdecref } from './memory/refcount.js';
import * as A from './objects/abstract.js';
import * as E from './objects/errors.js';
import { None } from './objects/singletons.js';
import { newStr, StrType, isStr } from './objects/str.js';
import { newInt } from './objects/int.js';
import { dictGetItemStr, dictSetItemStr, dictDelItemStr, dictSetItem, DictType } from './objects/dict.js';
import { newModule, moduleSet, moduleGet } from './objects/module.js';
import { builtinModuleFactories } from './modules/registry.js';

/** what the import system needs from the runtime */
export interface ImportHost {
  modules(): PyObject;            // sys.modules (borrowed)
  sysPath(): string[];            // the directories of sys.path, as strings
  builtinsDict(): PyObject;       // for a new module's __builtins__
  run(source: string, file: string, module: PyObject): void; // compile and execute into module's dict
  newList(items: PyObject[]): PyObject; // steals
}

let host: ImportHost;
export function installImports(h: ImportHost): void { host = h; }

/** the directory of pyheap's Python library: <package root>/lib */
export function libDirectory(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const cand = path.join(dir, 'lib');
    if (existsSync(path.join(dir, 'package.json')) && existsSync(cand)) return cand;
    dir = path.dirname(dir);
  }
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib');
}

function raiseNotFound(name: string, msg = `No module named '${name}'`): never {
  const e = E.errorHooks.newException(E.excType('ModuleNotFoundError'), msg);
  const n = newStr(name);
  A.setAttr(e, 'name', n);
  decref(n);
  throw new E.PyErr(e);
}

function strAttr(m: PyObject, name: string): string | null {
  const v = m.dict !== null ? dictGetItemStr(m.dict, name) : null;
  return v !== null && v.type === StrType ? v.value as string : null;
}

/** _calc___package__ then _resolve_name */
function resolveName(name: string, globals: PyObject | null, level: number): string {
  let pkg: string | null = null;
  if (globals !== null) {
    const p = dictGetItemStr(globals, '__package__');
    if (p !== null && p !== None) {
      if (p.type !== StrType) E.raise(E.excType('TypeError'), 'package must be a string');
      pkg = p.value as string;
    } else {
      const n = dictGetItemStr(globals, '__name__');
      if (n !== null && n.type === StrType) {
        pkg = n.value as string;
        if (dictGetItemStr(globals, '__path__') === null) pkg = pkg.includes('.') ? pkg.slice(0, pkg.lastIndexOf('.')) : '';
      }
    }
  }
  if (!pkg) E.raise(E.excType('ImportError'), 'attempted relative import with no known parent package');
  const bits = pkg.split('.');
  if (bits.length < level) E.raise(E.excType('ImportError'), 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** a new reference to sys.modules[name], loading it (and its parents) first if needed */
export function findAndLoad(name: string): PyObject {
  const mods = host.modules();
  const have = dictGetItemStr(mods, name);
  if (have !== null) {
    if (have === None) raiseNotFound(name, `import of ${name} halted; None in sys.modules`);
    incref(have);
    return have;
  }
  const dot = name.lastIndexOf('.');
  let searchPath: string[] | null = null;
  let parent: PyObject | null = null;
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    parent = findAndLoad(parentName);
    const again = dictGetItemStr(mods, name); // importing the parent may have imported us
    if (again !== null) { decref(parent); incref(again); return again; }
    const p = parent.dict !== null ? dictGetItemStr(parent.dict, '__path__') : null;
    if (p === null) {
      decref(parent);
      raiseNotFound(name, `No module named '${name}'; '${parentName}' is not a package`);
    }
    searchPath = [];
    A.forEachItem(p, (item) => { if (item.type === StrType) searchPath!.push(item.value as string); });
  }
  try {
    const m = load(name, searchPath);
    if (parent !== null) A.setAttr(parent, name.slice(dot + 1), m);
    return m;
  } finally {
    xdecref(parent);
  }
}

function load(name: string, searchPath: string[] | null): PyObject {
  const mods = host.modules();
  const factory = builtinModuleFactories.get(name);
  if (factory !== undefined) {
    const m = factory();
    dictSetItemStr(mods, name, m);
    return m;
  }
  const base = name.slice(name.lastIndexOf('.') + 1);
  for (const dir of searchPath ?? host.sysPath()) {
    const d = dir === '' ? process.cwd() : dir;
    const pkgInit = path.join(d, base, '__init__.py');
    if (isFile(pkgInit)) return execModule(name, pkgInit, path.join(d, base));
    const file = path.join(d, base + '.py');
    if (isFile(file)) return execModule(name, file, null);
  }
  return raiseNotFound(name);
}

/** a regular file exists at p */
export function isFile(p: string): boolean {
  try { return statSync(p).isFile(); } catch { return false; }
}

function execModule(name: string, file: string, pkgDir: string | null): PyObject {
  const mods = host.modules();
  const m = newModule(name, None);
  const set = (k: string, v: PyObject) => { moduleSet(m, k, v); decref(v); };
  if (pkgDir !== null) {
    set('__package__', newStr(name));
    set('__path__', host.newList([newStr(pkgDir)]));
  } else {
    set('__package__', newStr(name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : ''));
  }
  set('__file__', newStr(file));
  // (importlib.util.cache_from_source: where CPython would keep the bytecode; pyheap writes none)
  set('__cached__', newStr(path.join(path.dirname(file), '__pycache__', `${path.basename(file, '.py')}.cpython-311.pyc`)));
  moduleSet(m, '__builtins__', host.builtinsDict());
  dictSetItemStr(mods, name, m);
  try {
    host.run(readFileSync(file, 'utf8'), file, m);
  } catch (e) {
    if (dictGetItemStr(mods, name) !== null) dictDelItemStr(mods, name);
    decref(m);
    throw e;
  }
  decref(m);
  const r = dictGetItemStr(mods, name);
  if (r === null) E.raise(E.excType('ImportError'), `Loaded module ${name} not found in sys.modules`);
  incref(r);
  return r;
}

/** __import__(name, globals, locals, fromlist, level): a new reference */
export function importModule(name: string, globals: PyObject | null, fromlist: PyObject, level: number): PyObject {
  if (level < 0) E.raise(E.excType('ValueError'), 'level must be >= 0');
  const full = level > 0 ? resolveName(name, globals, level) : name;
  if (full === '') E.raise(E.excType('ValueError'), 'Empty module name');
  const m = findAndLoad(full);
  const wanted: string[] = [];
  if (fromlist !== None) A.forEachItem(fromlist, (x) => { if (x.type === StrType) wanted.push(x.value as string); });
  if (wanted.length === 0) {
    if (level === 0 && name.includes('.')) {
      decref(m);
      return findAndLoad(name.slice(0, name.indexOf('.')));
    }
    if (level > 0 && name.includes('.')) {
      decref(m);
      const cut = name.length - name.indexOf('.');
      return findAndLoad(full.slice(0, full.length - cut));
    }
    return m;
  }
  if (m.dict !== null && dictGetItemStr(m.dict, '__path__') !== null) {
    const mname = strAttr(m, '__name__') ?? full;
    for (const x of wanted) {
      if (x === '*' || moduleGet(m, x) !== null) continue;
      try {
        decref(findAndLoad(`${mname}.${x}`));
      } catch (e) {
        if (!(e instanceof E.PyErr) || !A.isInstance(e.exc, E.excType('ModuleNotFoundError'))) throw e;
        const n = A.getAttrOrNull(e.exc, 'name');
        const missing = n !== null && n.type === StrType && n.value === `${mname}.${x}`;
        xdecref(n);
        if (!missing) throw e;
        decref(e.exc);
      }
    }
  }
  return m;
}

/** IMPORT_FROM: a new reference to m.name, or the submodule sys.modules["m.name"] */
export function importFrom(m: PyObject, name: string): PyObject {
  const v = A.getAttrOrNull(m, name);
  if (v !== null) return v;
  const pkg = m.dict !== null ? strAttr(m, '__name__') : null;
  if (pkg !== null) {
    const sub = dictGetItemStr(host.modules(), `${pkg}.${name}`);
    if (sub !== null) { incref(sub); return sub; }
  }
  const ms = pkg ?? '<unknown module name>';
  const file = m.dict !== null ? strAttr(m, '__file__') : null;
  const where = file === null ? '(unknown location)' : `(${file})`;
  const e = E.errorHooks.newException(E.excType('ImportError'), `cannot import name '${name}' from '${ms}' ${where}`);
  const nm = newStr(ms);
  A.setAttr(e, 'name', nm);
  decref(nm);
  throw new E.PyErr(e);
}

/**
 * IMPORT_STAR (import_all_from): bind into locals each name of m.__all__, or, without __all__,
 * each key of m.__dict__ not starting with '_'. Values come from getattr, so a name __all__
 * lists that the module lacks raises its AttributeError (module __getattr__ is asked first).
 */
export function importStar(m: PyObject, locals: PyObject): void {
  const all = A.getAttrOrNull(m, '__all__');
  const fromDict = all === null;
  // __all__ is read item by item (PySequence_GetItem); the __dict__'s keys are a list first
  const keys = fromDict ? dictKeys(m) : null;
  try {
    for (let pos = 0; ; pos++) {
      const name = keys !== null ? (pos < keys.length ? keys[pos] : null) : sequenceItemOrNull(all!, pos);
      if (name === null) return;
      if (keys !== null) incref(name);
      try {
        if (!isStr(name)) badStarName(m, name, fromDict);
        const s = name.value as string;
        if (fromDict && s.startsWith('_')) continue;
        const v = A.getAttr(m, s);
        try {
          if (locals.type === DictType) dictSetItem(locals, name, v); else A.setItem(locals, name, v);
        } finally { decref(v); }
      } finally { decref(name); }
    }
  } finally {
    if (all !== null) decref(all);
    if (keys !== null) for (const k of keys) decref(k);
  }
}

/** new references to the keys of m.__dict__ (PyMapping_Keys), for a module without __all__ */
function dictKeys(m: PyObject): PyObject[] {
  const d = A.getAttrOrNull(m, '__dict__');
  if (d === null) E.raise(E.excType('ImportError'), 'from-import-* object has no __dict__ and no __all__');
  try {
    const view = A.callMethod(d!, 'keys', []);
    try { return A.iterateToArray(view); } finally { decref(view); }
  } finally { decref(d!); }
}

/** a new reference to names[pos] (PySequence_GetItem), or null past the end (IndexError) */
function sequenceItemOrNull(names: PyObject, pos: number): PyObject | null {
  const i = newInt(pos);
  try {
    return A.getItem(names, i);
  } catch (e) {
    if (e instanceof E.PyErr && A.isInstance(e.exc, E.excType('IndexError'))) { decref(e.exc); return null; }
    throw e;
  } finally { decref(i); }
}

/** the TypeError for a name in __all__ (or a key of __dict__) that is not a str */
function badStarName(m: PyObject, name: PyObject, fromDict: boolean): never {
  const modname = A.getAttr(m, '__name__');
  try {
    if (!isStr(modname)) E.raiseTypeError(`module __name__ must be a string, not ${modname.type.name}`);
    return E.raiseTypeError(`${fromDict ? 'Key' : 'Item'} in ${modname.value as string}.${fromDict ? '__dict__' : '__all__'} must be str, not ${name.type.name}`);
  } finally { decref(modname); }
}

/** what runpy reports for `-m name` when it cannot find code to run (printed as "prog: msg", status 1) */
export class MainModuleError extends Error {}

/**
 * runpy._get_module_details for `pyheap -m name`: the file to run as __main__ and its package.
 * A dotted name imports its parent packages first (their __init__ runs, as in CPython); a package
 * runs its __main__ submodule.
 */
export function findMainModule(name: string): { file: string; pkg: string } {
  if (name.startsWith('.')) throw new MainModuleError('Relative module names not supported');
  const dot = name.lastIndexOf('.');
  const parentName = dot >= 0 ? name.slice(0, dot) : '';
  let searchPath = host.sysPath();
  if (dot >= 0) {
    let parent: PyObject;
    try {
      parent = findAndLoad(parentName);
    } catch (e) {
      if (!(e instanceof E.PyErr) || !A.isInstance(e.exc, E.excType('ImportError'))) throw e;
      const text = `${e.exc.type.name}: ${A.strString(e.exc)}`;
      decref(e.exc);
      throw new MainModuleError(`Error while finding module specification for '${name}' (${text})`);
    }
    const p = parent.dict !== null ? dictGetItemStr(parent.dict, '__path__') : null;
    searchPath = [];
    if (p !== null) A.forEachItem(p, (item) => { if (item.type === StrType) searchPath.push(item.value as string); });
    decref(parent);
    if (p === null) {
      throw new MainModuleError(`Error while finding module specification for '${name}' (ModuleNotFoundError: __path__ attribute not found on '${parentName}' while trying to find '${name}')`);
    }
  } else if (builtinModuleFactories.has(name)) {
    throw new MainModuleError(`No code object available for ${name}`);
  }
  const base = name.slice(dot + 1);
  for (const dir of searchPath) {
    const d = dir === '' ? process.cwd() : dir;
    if (isFile(path.join(d, base, '__init__.py'))) {
      if (name.endsWith('.__main__')) break;
      decref(findAndLoad(name)); // the package itself is imported first
      try {
        return findMainModule(`${name}.__main__`);
      } catch (e) {
        if (!(e instanceof MainModuleError)) throw e;
        throw new MainModuleError(`${e.message}; '${name}' is a package and cannot be directly executed`);
      }
    }
    const file = path.join(d, base + '.py');
    if (isFile(file)) return { file, pkg: parentName };
  }
  throw new MainModuleError(`No module named ${name}`);
}
