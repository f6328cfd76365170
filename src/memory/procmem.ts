// LAYER: memory. pyheap's modelled process memory: the figures `psutil` reports for pyheap's own
// process (rss, vms, uss, ...). They are not Node's: they are what a CPython 3.11 process running
// the same program would hold, computed from the allocator models.
//
//   figure = runtime baseline            (the interpreter itself: code, static data, the
//                                         startup heap outside pymalloc; constants below)
//          + pymalloc arenas              resident: the pools carved so far in each live arena
//                                         (pages stay resident after a pool empties, until the
//                                         whole arena is unmapped, as CPython's do);
//                                         virtual: 1 MiB per live arena
//          + the C heap (rawmalloc.ts)    the brk heap's extent and the mmapped big blocks:
//                                         list/dict/set buffers, long strings, >512-byte objects
//
// The baseline is CPython 3.11.7's own startup figures on Linux x86-64 (measured with
// test/oracle/psutil.py: rss 13.4 MiB, uss 11.4 MiB, shared 6.6 MiB, vms 16.3 MiB) minus the
// heap pyheap models at its own startup (about 0.3 MiB of carved pools), so a fresh pyheap reports
// about what a fresh python3 does. Only the changes are meaningful: they follow the allocators.

import { obmalloc, ARENA_SIZE } from './obmalloc.js';

const MiB = 1024 * 1024;

/** The runtime baseline (bytes): the interpreter's memory outside the modelled heap. */
export const RUNTIME_BASELINE = {
  rss: 13 * MiB,
  vms: 15 * MiB,
  shared: 6.5 * MiB,
  text: 4096,
  lib: 0,
  data: 7 * MiB,
  uss: 11 * MiB,
  pss: 11.25 * MiB,
};

export interface ProcessMemory {
  rss: number; vms: number; shared: number; text: number; lib: number; data: number; dirty: number;
  uss: number; pss: number; swap: number;
}

/** The modelled figures now (bytes, page-rounded as the kernel reports them). */
export function processMemory(): ProcessMemory {
  const page = (n: number) => Math.ceil(n / 4096) * 4096;
  const raw = obmalloc.rawFootprint();
  const resident = page(obmalloc.carvedPoolBytes() + raw);
  const virtual = page(obmalloc.arenaCount() * ARENA_SIZE + raw);
  const b = RUNTIME_BASELINE;
  return {
    rss: b.rss + resident,
    vms: b.vms + virtual,
    shared: b.shared,
    text: b.text,
    lib: b.lib,
    data: b.data + virtual,
    dirty: 0,
    uss: b.uss + resident,
    pss: b.pss + resident,
    swap: 0,
  };
}
