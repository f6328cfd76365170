// LAYER: modules. `_pyheap_psutil`: the few facts lib/psutil.py needs from the host (as psutil
// itself is Python over its C module _psutil_linux): pyheap's modelled process memory
// (memory/procmem.ts), its pid, CPU times and the clock.

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { checkArity } from '../objects/args.js';
import { newInt } from '../objects/int.js';
import { newFloat, numberFloatValue } from '../objects/float.js';
import { newTupleSteal } from '../objects/tuple.js';
import { None, none } from '../objects/singletons.js';
import { raiseValueError } from '../objects/errors.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';
import { processMemory } from '../memory/procmem.js';
import { os } from '../lazynode.js';

type Fn = (args: PyObject[], kw: string[] | null) => PyObject;

const functions: [string, Fn][] = [
  // (rss, vms, shared, text, lib, data, dirty, uss, pss, swap) of pyheap's modelled process
  ['self_memory', (args, kw) => {
    checkArity('self_memory', args, kw, 0, 0);
    const m = processMemory();
    return newTupleSteal([m.rss, m.vms, m.shared, m.text, m.lib, m.data, m.dirty, m.uss, m.pss, m.swap].map((v) => newInt(v)));
  }],
  ['getpid', (args, kw) => { checkArity('getpid', args, kw, 0, 0); return newInt(process.pid); }],
  // (user, system) CPU seconds of this process
  ['cpu_times', (args, kw) => {
    checkArity('cpu_times', args, kw, 0, 0);
    const u = process.cpuUsage();
    return newTupleSteal([newFloat(u.user / 1e6), newFloat(u.system / 1e6)]);
  }],
  ['cpu_count', (args, kw) => { checkArity('cpu_count', args, kw, 0, 0); return newInt(os().cpus().length || 1); }],
  ['monotonic', (args, kw) => { checkArity('monotonic', args, kw, 0, 0); return newFloat(performance.now() / 1000); }],
  ['sleep', (args, kw) => {
    checkArity('sleep', args, kw, 1, 1);
    const s = numberFloatValue(args[0]);
    if (s < 0) raiseValueError('sleep length must be non-negative');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, s * 1000);
    return none();
  }],
];

export function makePyheapPsutilModule(): PyObject {
  const m = newModule('_pyheap_psutil', None);
  for (const [name, fn] of functions) {
    const f = newBuiltinFunction(name, fn, '_pyheap_psutil');
    moduleSet(m, name, f);
    decref(f);
  }
  return m;
}
