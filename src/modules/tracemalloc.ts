// LAYER: modules. `_tracemalloc`: the tracing core under lib/tracemalloc.py (as CPython's C module
// of that name is under Lib/tracemalloc.py).
//
// While tracing, every allocation the memory layer reports (memory/events.ts: object blocks and
// separately allocated buffers, with CPython's request sizes) is recorded with the Python stack at
// that moment (at most `nframe` frames, innermost first); a free removes the record, a realloc
// replaces it with the new size and the current stack. Objects kept on a free list are not freed,
// so their record stays, and one reused from a free list is not allocated, so it is not
// re-recorded, exactly as in CPython. Stacks are interned: one array per distinct stack.
//
// With tracing off the cost is the memory layer's one branch on eventsOn. (Each allocation's line
// comes from its frame's lasti, which the eval loop keeps exact at every instruction.)

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { subscribe, MemoryEvent } from '../memory/events.js';
import { checkArity, parseArgs } from '../objects/args.js';
import { newInt } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { newBool } from '../objects/bool.js';
import { newTupleSteal } from '../objects/tuple.js';
import { newListSteal } from '../objects/list.js';
import { None, none } from '../objects/singletons.js';
import { raiseValueError } from '../objects/errors.js';
import { indexValue } from '../objects/abstract.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';
import { ts } from '../vm/state.js';

const MAX_NFRAME = 65535;

/** A recorded stack: [filename, lineno] pairs, innermost first, and the stack's real depth. */
interface Stack { frames: [string, number][]; total: number }
interface Trace { size: number; stack: Stack }

/**
 * Traces by block address. Addresses are doubles far above 2^31; V8's Map is slow with such keys,
 * so the address is split into two small integers (a 16 MiB region, an offset in it).
 */
class AddressMap<V> {
  private regions = new Map<number, Map<number, V>>();
  size = 0;
  get(addr: number): V | undefined {
    const r = this.regions.get(Math.floor(addr / 0x1000000));
    return r === undefined ? undefined : r.get(addr % 0x1000000);
  }
  set(addr: number, v: V): void {
    const hi = Math.floor(addr / 0x1000000);
    let r = this.regions.get(hi);
    if (r === undefined) this.regions.set(hi, r = new Map());
    const before = r.size;
    r.set(addr % 0x1000000, v);
    this.size += r.size - before;
  }
  delete(addr: number): void {
    const r = this.regions.get(Math.floor(addr / 0x1000000));
    if (r !== undefined && r.delete(addr % 0x1000000)) this.size--;
  }
  *values(): IterableIterator<V> {
    for (const r of this.regions.values()) yield* r.values();
  }
}

const state = {
  tracing: false,
  nframe: 1,
  traces: new AddressMap<Trace>(),
  stacks: new Map<string, Stack>(),
  current: 0,
  peak: 0,
  unsubscribe: null as null | (() => void),
};

const UNKNOWN: [string, number] = ['<unknown>', 0];

function currentStack(): Stack {
  const frames: [string, number][] = [];
  let total = 0;
  let key = '';
  for (let f = ts.frame; f !== null; f = f.back) {
    if (total < state.nframe) {
      const filename = f.code.filename;
      const lineno = f.lineno;
      frames.push([filename, lineno]);
      key += filename + '\0' + lineno + '\0';
    }
    total++;
  }
  if (total === 0) {
    frames.push(UNKNOWN);
    total = 1;
    key = '<unknown>';
  }
  key += total;
  let s = state.stacks.get(key);
  if (s === undefined) {
    s = { frames, total };
    state.stacks.set(key, s);
  }
  return s;
}

function addTrace(addr: number, size: number): void {
  const old = state.traces.get(addr);
  if (old !== undefined) state.current -= old.size;
  state.traces.set(addr, { size, stack: currentStack() });
  state.current += size;
  if (state.current > state.peak) state.peak = state.current;
}

function removeTrace(addr: number): void {
  const t = state.traces.get(addr);
  if (t === undefined) return; // allocated before tracing started
  state.traces.delete(addr);
  state.current -= t.size;
}

function onEvent(e: MemoryEvent): void {
  switch (e.kind) {
    case 'alloc': addTrace(e.addr, e.size); break;
    case 'free': removeTrace(e.addr); break;
    case 'buffer-alloc': addTrace(e.addr, e.size); break;
    case 'buffer-realloc':
      if (e.oldAddr !== e.addr) removeTrace(e.oldAddr);
      addTrace(e.addr, e.size);
      break;
    case 'buffer-free': removeTrace(e.addr); break;
    default: break;
  }
}

function clearTraces(): void {
  state.traces = new AddressMap();
  state.stacks = new Map();
  state.current = 0;
  state.peak = 0;
}

function stackTuple(s: Stack): PyObject {
  return newTupleSteal(s.frames.map(([file, line]) => newTupleSteal([newStr(file), newInt(line)])));
}

/** Whether tracemalloc is on (for `pyheap trace` and others that want to know). */
export function isTracing(): boolean {
  return state.tracing;
}

type Fn = (args: PyObject[], kw: string[] | null) => PyObject;

const functions: [string, Fn][] = [
  ['start', (args, kw) => {
    const [n] = parseArgs('start', args, kw, ['nframe'], 0, 1);
    const nframe = n === null ? 1 : indexValue(n);
    if (nframe < 1 || nframe > MAX_NFRAME) raiseValueError(`the number of frames must be in range [1; ${MAX_NFRAME}]`);
    state.nframe = nframe;
    if (!state.tracing) {
      state.tracing = true;
      state.unsubscribe = subscribe(onEvent);
    }
    return none();
  }],
  ['stop', (args, kw) => {
    checkArity('stop', args, kw, 0, 0);
    if (state.tracing) {
      state.tracing = false;
      state.unsubscribe!();
      state.unsubscribe = null;
    }
    clearTraces();
    return none();
  }],
  ['is_tracing', (args, kw) => { checkArity('is_tracing', args, kw, 0, 0); return newBool(state.tracing); }],
  ['clear_traces', (args, kw) => { checkArity('clear_traces', args, kw, 0, 0); if (state.tracing) clearTraces(); return none(); }],
  ['get_traceback_limit', (args, kw) => { checkArity('get_traceback_limit', args, kw, 0, 0); return newInt(state.nframe); }],
  ['get_traced_memory', (args, kw) => {
    checkArity('get_traced_memory', args, kw, 0, 0);
    return state.tracing ? newTupleSteal([newInt(state.current), newInt(state.peak)]) : newTupleSteal([newInt(0), newInt(0)]);
  }],
  ['reset_peak', (args, kw) => { checkArity('reset_peak', args, kw, 0, 0); if (state.tracing) state.peak = state.current; return none(); }],
  // an estimate of tracemalloc's own bookkeeping: a trace entry and a frame entry are 2 words and
  // 4 words in CPython's hash tables
  ['get_tracemalloc_memory', (args, kw) => {
    checkArity('get_tracemalloc_memory', args, kw, 0, 0);
    let frames = 0;
    for (const s of state.stacks.values()) frames += s.frames.length;
    return newInt(624 + state.traces.size * 40 + state.stacks.size * 48 + frames * 16);
  }],
  // [(domain, size, frames innermost first, total frames)], copied first so that the objects made
  // here are not in the list
  ['_get_traces', (args, kw) => {
    checkArity('_get_traces', args, kw, 0, 0);
    if (!state.tracing) return newListSteal([]);
    const copy = [...state.traces.values()];
    const tuples = new Map<Stack, PyObject>();
    const items = copy.map((t) => {
      let st = tuples.get(t.stack);
      if (st === undefined) {
        st = stackTuple(t.stack);
        tuples.set(t.stack, st);
      }
      st.refcnt++;
      return newTupleSteal([newInt(0), newInt(t.size), st, newInt(t.stack.total)]);
    });
    for (const st of tuples.values()) decref(st);
    return newListSteal(items);
  }],
  ['_get_object_traceback', (args, kw) => {
    checkArity('_get_object_traceback', args, kw, 1, 1);
    const t = state.tracing ? state.traces.get(args[0].addr) : undefined;
    return t === undefined ? none() : stackTuple(t.stack);
  }],
];

export function makeTracemallocModule(): PyObject {
  const m = newModule('_tracemalloc', None);
  for (const [name, fn] of functions) {
    const f = newBuiltinFunction(name, fn, '_tracemalloc');
    moduleSet(m, name, f);
    decref(f);
  }
  return m;
}
