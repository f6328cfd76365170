// LAYER: tools. Words for heap objects and the references between them, for the trace report's
// graphs and back-reference chains: what an object is ("list, 3 items", "module __main__",
// "function make") and how a parent holds a child ("['a']", "[2]", ".attr", "__dict__").
//
// Read-only and without running Python code (no __repr__: the collector may be in the middle of a
// collection when a graph is drawn). Payload shapes are recognised structurally: a dict-like table
// (keys/vals arrays), an item array (list, tuple), an instance's inline values, a record of named
// fields (a function's code, globals, defaults, closure ...).

import type { PyObject } from '../memory/object.js';

interface TableLike { keys: (PyObject | null)[]; vals: (PyObject | null)[] }

function isTable(v: unknown): v is TableLike {
  return typeof v === 'object' && v !== null && Array.isArray((v as TableLike).keys) && Array.isArray((v as TableLike).vals);
}

function shortText(s: string, max = 24): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** A key as Python would show it in a subscript, shortened (str and int keys; else the type). */
function keyText(k: PyObject | null): string {
  if (k === null) return '?';
  if (typeof k.value === 'string' && k.type.name === 'str') return `'${shortText(k.value)}'`;
  if ((typeof k.value === 'number' || typeof k.value === 'bigint') && k.type.name === 'int') return String(k.value);
  return k.type.name;
}

function tableCount(t: TableLike): number {
  let n = 0;
  for (const k of t.keys) if (k !== null) n++;
  return n;
}

/** A str value held in a table under `key`, or null. */
function tableStr(t: unknown, key: string): string | null {
  if (!isTable(t)) return null;
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k !== null && k.value === key && k.type.name === 'str') {
      const v = t.vals[i];
      return v !== null && typeof v.value === 'string' ? v.value : null;
    }
  }
  return null;
}

/** How `parent` refers to `child`: a subscript, an attribute, a field name, or '' when unknown. */
export function edgeLabel(parent: PyObject, child: PyObject): string {
  if (parent.dict === child) return '__dict__';
  const v = parent.value;
  if (isTable(v)) {
    for (let i = 0; i < v.keys.length; i++) {
      if (v.vals[i] === child && v.keys[i] !== null) return `[${keyText(v.keys[i])}]`;
      if (v.keys[i] === child) return '(key)';
    }
  }
  if (isTable(parent.values)) {
    const t = parent.values;
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (t.vals[i] === child && k !== null) return typeof k.value === 'string' ? `.${shortText(k.value)}` : `[${keyText(k)}]`;
    }
  }
  const iv = parent.values as { vals?: unknown } | null;
  if (iv !== null && !isTable(iv) && Array.isArray(iv.vals)) {
    // inline values (objects/sharedkeys.ts): the name is the class's shared key at the same index
    const i = (iv.vals as unknown[]).indexOf(child);
    const names = parent.type.cachedKeys?.names;
    if (i >= 0 && names !== undefined && i < names.length) return `.${shortText(names[i].value as string)}`;
  }
  if (Array.isArray(v)) {
    const i = v.indexOf(child);
    if (i >= 0) return `[${i}]`;
  }
  if (parent.slots !== null) {
    const i = parent.slots.indexOf(child);
    if (i >= 0) return `(slot ${i})`;
  }
  if (parent.type === child) return '__class__';
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    for (const name of Object.keys(v)) {
      if ((v as Record<string, unknown>)[name] === child) return `__${name}__`;
    }
  }
  return '';
}

/** A short description: the type name, and what says which one this is (a name, a length). */
export function describe(o: PyObject): string {
  const t = o.type.name;
  if (t === 'module') {
    const name = o.dict !== null ? tableStr(o.dict.value, '__name__') : null;
    return name !== null ? `module ${name}` : 'module';
  }
  if ('tpDict' in o) { // a class (PyType)
    const name = (o as unknown as { name?: unknown }).name;
    if (typeof name === 'string') return `class ${name}`;
  }
  const v = o.value;
  if (t === 'function' && typeof v === 'object' && v !== null) {
    const q = (v as { qualname?: PyObject }).qualname;
    if (q !== undefined && q !== null && typeof q.value === 'string') return `function ${q.value}`;
  }
  if (Array.isArray(v)) return `${t}, ${v.length} item${v.length === 1 ? '' : 's'}`;
  if (isTable(v)) {
    const n = tableCount(v);
    return `${t}, ${n} item${n === 1 ? '' : 's'}`;
  }
  if (t === 'str' && typeof v === 'string') return `str '${shortText(v, 16)}'`;
  return t;
}
