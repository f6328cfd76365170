// LAYER: modules. The `gc` module (CPython 3.11's Modules/gcmodule.c, the Python-facing half): a thin
// wrapper over the collector in memory/gc.ts and the generation lists of memory/generations.ts.
//
// `gc.garbage` and `gc.callbacks` are ordinary lists created once per interpreter (the first time
// they are needed) and owned by this file, so rebinding the module attributes does not change the
// lists the collector uses, as in CPython. installGc() wires the collector's hooks at boot.

import { PyObject, Visit, GC_TRACKED, GC_FINALIZED } from '../memory/object.js';
import { decref, incref } from '../memory/refcount.js';
import { gcState, GcList, NUM_GENERATIONS } from '../memory/generations.js';
import {
  gcHooks, gcStats, collect, isGcObject, gcStress, stressState,
  DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK,
} from '../memory/gc.js';
import { addRootProvider } from '../memory/audit.js';
import * as A from '../objects/abstract.js';
import { checkArity, parseArgs, noKeywords } from '../objects/args.js';
import { raiseValueError, raiseTypeError, PyErr } from '../objects/errors.js';
import { None, none } from '../objects/singletons.js';
import { newBool } from '../objects/bool.js';
import { newInt } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { newListSteal, listAppend } from '../objects/list.js';
import { newTupleSteal, TupleType } from '../objects/tuple.js';
import { newDict, dictSetItemStr, DictType } from '../objects/dict.js';
import { DictTable } from '../objects/dicttable.js';
import { TPFLAGS_HEAPTYPE } from '../objects/type.js';
import { clearAllFreeLists } from '../objects/alloc.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';

/** gcstate->garbage and gcstate->callbacks (owned references) */
let garbage: PyObject | null = null;
let callbacks: PyObject | null = null;

function garbageList(): PyObject {
  if (garbage === null) garbage = newListSteal([]);
  return garbage;
}

function callbacksList(): PyObject {
  if (callbacks === null) callbacks = newListSteal([]);
  return callbacks;
}

/** invoke_gc_callback */
function invokeCallbacks(phase: string, generation: number, collected: number, uncollectable: number): void {
  if (callbacks === null) return; // we may get called very early
  const cbs = callbacks;
  let info: PyObject | null = null;
  if ((cbs.value as PyObject[]).length !== 0) {
    info = newDict();
    const set = (k: string, v: number) => { const o = newInt(v); dictSetItemStr(info!, k, o); decref(o); };
    set('generation', generation);
    set('collected', collected);
    set('uncollectable', uncollectable);
  }
  try {
    for (let i = 0; i < (cbs.value as PyObject[]).length; i++) {
      const cb = (cbs.value as PyObject[])[i];
      incref(cb);
      const p = newStr(phase);
      try {
        decref(A.call(cb, [p, info ?? None], null));
      } catch (e) {
        if (!reportUnraisable(e, cb)) throw e;
      } finally {
        decref(p);
        decref(cb);
      }
    }
  } finally {
    if (info !== null) decref(info);
  }
}

let writeUnraisableFn: (exc: PyObject, obj: PyObject) => void = () => {};

function reportUnraisable(e: unknown, where: PyObject): boolean {
  if (!(e instanceof PyErr)) return false;
  writeUnraisableFn(e.exc, where);
  return true;
}

/**
 * Wire the collector to the runtime (called once by boot): the exact tuple and dict types, __del__
 * with unraisable reporting, free lists, stderr, gc.garbage and gc.callbacks.
 */
export function installGc(rt: {
  writeUnraisable: (exc: PyObject, obj: PyObject) => void;
  writeStderr: (s: string) => void;
  callFinalizer: (o: PyObject) => void;
}): void {
  writeUnraisableFn = rt.writeUnraisable;
  gcHooks.tupleType = TupleType;
  gcHooks.dictType = DictType;
  gcHooks.callFinalizer = rt.callFinalizer;
  gcHooks.reportUnraisable = reportUnraisable;
  gcHooks.clearFreeLists = clearAllFreeLists;
  gcHooks.writeStderr = rt.writeStderr;
  gcHooks.appendGarbage = (o) => listAppend(garbageList(), o);
  gcHooks.invokeCallbacks = invokeCallbacks;
  addRootProvider('gc', (add) => {
    add(garbage, 'gc.garbage (the collector\'s list)');
    add(callbacks, 'gc.callbacks (the collector\'s list)');
  });
}

// ---------------------------------------------------------------- helpers

function intArg(o: PyObject): number {
  return A.indexValue(o);
}

function generationLists(): GcList[] {
  return gcState.generations.map((g) => g.list);
}

function traverse(o: PyObject, visit: Visit): void {
  const tr = o.type.traverse;
  if (tr !== null) tr(o, visit);
}

// ---------------------------------------------------------------- the module

export function makeGcModule(): PyObject {
  const m = newModule('gc', None);
  const set = (name: string, v: PyObject) => { moduleSet(m, name, v); decref(v); };
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) => set(name, newBuiltinFunction(name, f, 'gc'));

  fn('enable', (args, kw) => { checkArity('gc.enable', args, kw, 0, 0); gcState.enabled = true; return none(); });
  fn('disable', (args, kw) => { checkArity('gc.disable', args, kw, 0, 0); gcState.enabled = false; return none(); });
  fn('isenabled', (args, kw) => { checkArity('gc.isenabled', args, kw, 0, 0); return newBool(gcState.enabled); });

  fn('collect', (args, kw) => {
    const [g] = parseArgs('collect', args, kw, ['generation'], 0);
    const generation = g === null ? NUM_GENERATIONS - 1 : intArg(g);
    if (generation < 0 || generation >= NUM_GENERATIONS) raiseValueError('invalid generation');
    return newInt(collect(generation));
  });

  fn('get_count', (args, kw) => {
    checkArity('gc.get_count', args, kw, 0, 0);
    return newTupleSteal(gcState.generations.map((g) => newInt(g.count)));
  });
  fn('get_threshold', (args, kw) => {
    checkArity('gc.get_threshold', args, kw, 0, 0);
    return newTupleSteal(gcState.generations.map((g, i) =>
      newInt(gcStress && i === 0 ? stressState.threshold0 : g.threshold)));
  });
  fn('set_threshold', (args, kw) => {
    // (PyArg_ParseTuple's "i|ii:set_threshold" messages)
    noKeywords('set_threshold', kw);
    if (args.length < 1) raiseTypeError(`set_threshold() takes at least 1 argument (${args.length} given)`);
    if (args.length > 3) raiseTypeError(`set_threshold() takes at most 3 arguments (${args.length} given)`);
    for (let i = 0; i < args.length; i++) gcState.generations[i].threshold = intArg(args[i]);
    if (gcStress && args.length > 0) {
      // under PYHEAP_GC_STRESS generation 0 stays at -1 (collect at every allocation) unless disabled
      stressState.threshold0 = gcState.generations[0].threshold;
      if (stressState.threshold0 !== 0) gcState.generations[0].threshold = -1;
    }
    return none();
  });

  fn('get_debug', (args, kw) => { checkArity('gc.get_debug', args, kw, 0, 0); return newInt(gcState.debug); });
  fn('set_debug', (args, kw) => {
    const [flags] = parseArgs('set_debug', args, kw, ['flags'], 1, 1);
    gcState.debug = intArg(flags!);
    return none();
  });

  fn('get_stats', (args, kw) => {
    checkArity('gc.get_stats', args, kw, 0, 0);
    return newListSteal(gcStats.map((s) => {
      const d = newDict();
      for (const [k, v] of [['collections', s.collections], ['collected', s.collected],
        ['uncollectable', s.uncollectable]] as [string, number][]) {
        const o = newInt(v);
        dictSetItemStr(d, k, o);
        decref(o);
      }
      return d;
    }));
  });

  fn('get_objects', (args, kw) => {
    const [g] = parseArgs('get_objects', args, kw, ['generation'], 0);
    let generation = -1;
    if (g !== null && g !== None) {
      generation = intArg(g);
      if (generation >= NUM_GENERATIONS) {
        raiseValueError(`generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
      }
      if (generation < -1) raiseValueError('generation parameter cannot be negative');
    }
    const result = newListSteal([]);
    const lists = generation === -1 ? generationLists() : [gcState.generations[generation].list];
    for (const l of lists) {
      for (const o of l.objects()) if (o !== result) listAppend(result, o);
    }
    return result;
  });

  fn('get_referrers', (args, kw) => {
    noKeywords('get_referrers', kw);
    const result = newListSteal([]);
    const targets = new Set(args);
    for (const l of generationLists()) {
      for (const o of l.objects()) {
        if (o === result) continue;
        let found = false;
        traverse(o, (c) => { if (!found && targets.has(c)) found = true; });
        if (found) listAppend(result, o);
      }
    }
    return result;
  });

  fn('get_referents', (args, kw) => {
    noKeywords('get_referents', kw);
    const result = newListSteal([]);
    for (const o of args) {
      if (!isGcObject(o)) continue;
      if (o.type === DictType && (o.value as DictTable).shared !== null) {
        // dict_traverse of a split table: the values in the shared keys' index order
        for (const v of (o.value as DictTable).valuesByKeyIndex()) listAppend(result, v);
        continue;
      }
      if (o.type === DictType && (o.value as DictTable).unicode) {
        // dict_traverse of a str-keyed table visits the values only (pyheap's traverse also
        // reports the keys, which the refcount audit needs; they are never GC objects)
        const t = o.value as DictTable;
        for (let i = 0; i < t.keys.length; i++) if (t.keys[i] !== null) listAppend(result, t.vals[i]!);
        continue;
      }
      if ((o.type.flags & TPFLAGS_HEAPTYPE) && o.dict === null && o.values instanceof DictTable) {
        // 3.11's _PyObject_VisitInstanceAttributes visits the inline values only; pyheap's
        // subtypeTraverse (slots, then key/value pairs, then the type...) also reports the str
        // keys, which the refcount audit needs: skip them here
        const nslots = o.slots === null ? 0 : o.slots.filter((v) => v !== null).length;
        const t = o.values as DictTable;
        let npairs = 0;
        for (const k of t.keys) if (k !== null) npairs++;
        let i = 0;
        traverse(o, (c) => {
          const j = i++;
          if (j >= nslots && j < nslots + 2 * npairs && (j - nslots) % 2 === 0) return;
          listAppend(result, c);
        });
        continue;
      }
      traverse(o, (c) => listAppend(result, c));
    }
    return result;
  });

  fn('is_tracked', (args, kw) => {
    checkArity('gc.is_tracked', args, kw, 1, 1);
    return newBool(isGcObject(args[0]) && (args[0].gcBits & GC_TRACKED) !== 0);
  });
  fn('is_finalized', (args, kw) => {
    checkArity('gc.is_finalized', args, kw, 1, 1);
    return newBool(isGcObject(args[0]) && (args[0].gcBits & GC_FINALIZED) !== 0);
  });

  fn('freeze', (args, kw) => {
    checkArity('gc.freeze', args, kw, 0, 0);
    for (const g of gcState.generations) {
      gcState.permanent.merge(g.list);
      g.count = 0;
    }
    return none();
  });
  fn('unfreeze', (args, kw) => {
    checkArity('gc.unfreeze', args, kw, 0, 0);
    gcState.generations[NUM_GENERATIONS - 1].list.merge(gcState.permanent);
    return none();
  });
  fn('get_freeze_count', (args, kw) => {
    checkArity('gc.get_freeze_count', args, kw, 0, 0);
    return newInt(gcState.permanent.size());
  });

  const gl = garbageList(), cl = callbacksList();
  incref(gl); set('garbage', gl);
  incref(cl); set('callbacks', cl);
  set('DEBUG_STATS', newInt(DEBUG_STATS));
  set('DEBUG_COLLECTABLE', newInt(DEBUG_COLLECTABLE));
  set('DEBUG_UNCOLLECTABLE', newInt(DEBUG_UNCOLLECTABLE));
  set('DEBUG_SAVEALL', newInt(DEBUG_SAVEALL));
  set('DEBUG_LEAK', newInt(DEBUG_LEAK));
  return m;
}
