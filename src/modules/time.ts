// LAYER: modules. `_pyheap_time`: the clocks and calendar conversions under lib/time.py.
// Clocks: wall time from performance.timeOrigin + performance.now() (sub-millisecond), the
// monotonic/perf counters from process.hrtime, CPU time from process.cpuUsage. sleep() blocks
// the thread with Atomics.wait (no event loop is involved in running Python code).
// Calendar: JS Date in the process's time zone (TZ) or UTC gives the broken-down fields.

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { checkArity } from '../objects/args.js';
import { raiseValueError, raiseOverflowError } from '../objects/errors.js';
import { newInt } from '../objects/int.js';
import { newFloat, numberFloatValue } from '../objects/float.js';
import { newStr } from '../objects/str.js';
import { None, none } from '../objects/singletons.js';
import { newTupleSteal } from '../objects/tuple.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';

type Fn = (args: PyObject[], kw: string[] | null) => PyObject;

/** what time.sleep waits on (made on first use: a SharedArrayBuffer cannot be in a startup snapshot) */
let sleeper: Int32Array | null = null;

function wallNs(): bigint {
  const ms = performance.timeOrigin + performance.now();
  return BigInt(Math.floor(ms * 1000)) * 1000n;
}

/** short zone name at date d, as C's tm_zone / tzname */
function zoneName(d: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d);
    const z = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
    return z === 'GMT' && d.getTimezoneOffset() === 0 && !process.env.TZ?.startsWith('GMT') ? 'UTC' : z;
  } catch {
    return 'UTC';
  }
}

/** (year, mon, mday, hour, min, sec, wday, yday, isdst, gmtoff, zone) of epoch seconds */
function fields(secs: number, utc: boolean): PyObject {
  if (!Number.isFinite(secs)) raiseValueError(Number.isNaN(secs) ? 'Invalid value NaN (not a number)' : 'cannot convert float infinity to integer');
  const whole = Math.floor(secs);
  const d = new Date(whole * 1000);
  if (Number.isNaN(d.getTime())) raiseOverflowError('timestamp out of range for platform time_t');
  const Y = utc ? d.getUTCFullYear() : d.getFullYear();
  const M = utc ? d.getUTCMonth() : d.getMonth();
  const D = utc ? d.getUTCDate() : d.getDate();
  const h = utc ? d.getUTCHours() : d.getHours();
  const m = utc ? d.getUTCMinutes() : d.getMinutes();
  const s = utc ? d.getUTCSeconds() : d.getSeconds();
  const wd = ((utc ? d.getUTCDay() : d.getDay()) + 6) % 7;
  const yday = Math.round((Date.UTC(Y, M, D) - Date.UTC(Y, 0, 1)) / 86400000) + 1;
  const off = utc ? 0 : -d.getTimezoneOffset() * 60;
  let isdst = 0;
  if (!utc) {
    const jan = new Date(Y, 0, 1).getTimezoneOffset(), jul = new Date(Y, 6, 1).getTimezoneOffset();
    isdst = jan !== jul && d.getTimezoneOffset() === Math.min(jan, jul) ? 1 : 0;
  }
  return newTupleSteal([Y, M + 1, D, h, m, s, wd, yday, isdst, off].map((v) => newInt(v)).concat([newStr(utc ? 'GMT' : zoneName(d))]));
}

const functions: [string, Fn][] = [
  ['time_ns', (a, k) => { checkArity('time_ns', a, k, 0, 0); return newInt(wallNs()); }],
  ['monotonic_ns', (a, k) => { checkArity('monotonic_ns', a, k, 0, 0); return newInt(process.hrtime.bigint()); }],
  ['process_time_ns', (a, k) => {
    checkArity('process_time_ns', a, k, 0, 0);
    const u = process.cpuUsage();
    return newInt(BigInt(u.user + u.system) * 1000n);
  }],
  ['sleep', (a, k) => {
    checkArity('sleep', a, k, 1, 1);
    const secs = numberFloatValue(a[0]);
    if (Number.isNaN(secs)) raiseValueError('Invalid value NaN (not a number)');
    if (secs < 0) raiseValueError('sleep length must be non-negative');
    let left = secs * 1000;
    const end = performance.now() + left;
    while (left > 0) {
      Atomics.wait(sleeper ??= new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(left, 2 ** 31 - 1));
      left = end - performance.now();
    }
    return none();
  }],
  ['fields', (a, k) => { checkArity('fields', a, k, 2, 2); return fields(numberFloatValue(a[0]), a[1].value === 1 || a[1].value === true); }],
  ['mktime', (a, k) => {
    checkArity('mktime', a, k, 6, 6);
    const v = a.map((o) => Number(o.value));
    const d = new Date(v[0], v[1] - 1, v[2], v[3], v[4], v[5]);
    if (Number.isNaN(d.getTime())) raiseOverflowError('mktime argument out of range');
    return newFloat(d.getTime() / 1000);
  }],
  ['zone', (a, k) => {
    // (timezone, altzone, daylight, std name, dst name) for the current year
    checkArity('zone', a, k, 0, 0);
    const y = new Date().getFullYear();
    const jan = new Date(y, 0, 1), jul = new Date(y, 6, 1);
    const oj = jan.getTimezoneOffset(), ol = jul.getTimezoneOffset();
    const std = oj >= ol ? jan : jul, dst = oj >= ol ? jul : jan;
    return newTupleSteal([newInt(std.getTimezoneOffset() * 60), newInt(dst.getTimezoneOffset() * 60), newInt(oj !== ol ? 1 : 0),
      newStr(zoneName(std)), newStr(zoneName(dst))]);
  }],
];

export function makeTimeNativeModule(): PyObject {
  const m = newModule('_pyheap_time', None);
  for (const [name, fn] of functions) {
    const f = newBuiltinFunction(name, fn, 'time');
    moduleSet(m, name, f);
    decref(f);
  }
  return m;
}
