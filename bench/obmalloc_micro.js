#!/usr/bin/env node
// Micro-benchmark of dist/memory/obmalloc.js (run `npm run build` first): ns per malloc+free pair.
// Not part of `npm test` and not a *.py benchmark, so bench/run.js ignores it.
//   node bench/obmalloc_micro.js
import { ObMalloc } from '../dist/memory/obmalloc.js';

function bench(name, fn, iters) {
  fn(Math.min(iters, 200000)); // warm up
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    fn(iters);
    const ns = Number(process.hrtime.bigint() - t0) / iters;
    if (ns < best) best = ns;
  }
  console.log(`${name.padEnd(58)} ${best.toFixed(1).padStart(7)} ns`);
}

const N = 10_000_000;

{
  // calibration: how fast this machine runs a trivial typed-array loop right now (the figures
  // below scale with it when the machine is shared)
  const t = new Int32Array(1 << 16);
  bench('calibration: loop of 2 typed-array accesses', (n) => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const j = (i * 7) & 0xffff;
      t[j]++;
      s += t[(j + 3) & 0xffff];
    }
    return s;
  }, N);
}

{
  // one other block stays live, so the pool stays "used": the common steady state
  const m = new ObMalloc();
  m.malloc(32);
  bench('malloc(32)+free, pool kept in use', (n) => {
    for (let i = 0; i < n; i++) m.free(m.malloc(32));
  }, N);
}
{
  // the only block of its pool: every free empties the pool and every malloc takes it back
  // from the arena (CPython does the same work here)
  const m = new ObMalloc();
  bench('malloc(32)+free, pool emptied every time', (n) => {
    for (let i = 0; i < n; i++) m.free(m.malloc(32));
  }, N);
}
{
  const m = new ObMalloc();
  const sizes = new Int32Array(1024);
  for (let i = 0; i < sizes.length; i++) sizes[i] = 1 + ((i * 2654435761) >>> 0) % 512;
  for (let c = 0; c < 32; c++) m.malloc(c * 16 + 1);
  bench('malloc+free pairs, mixed sizes 1..512 (pools in use)', (n) => {
    for (let i = 0; i < n; i++) m.free(m.malloc(sizes[i & 1023]));
  }, N);
}
{
  // a window of 4096 live blocks: each step frees the oldest and allocates a new one
  const m = new ObMalloc();
  const W = 4096;
  const live = new Float64Array(W);
  const sizes = new Int32Array(W);
  for (let i = 0; i < W; i++) {
    sizes[i] = 16 + ((i * 40503) % 7) * 16;
    live[i] = m.malloc(sizes[i]);
  }
  bench('FIFO churn, 4096 live blocks of 16..112 bytes (per pair)', (n) => {
    for (let i = 0; i < n; i++) {
      const j = i & (W - 1);
      m.free(live[j]);
      live[j] = m.malloc(sizes[j]);
    }
  }, N);
}
{
  // build up and tear down 1M blocks: exercises new pools, new arenas, arena release
  const m = new ObMalloc();
  const K = 1_000_000;
  const live = new Float64Array(K);
  bench('allocate 1M blocks of 48 bytes then free them (per pair)', (n) => {
    for (let done = 0; done < n; done += K) {
      for (let i = 0; i < K; i++) live[i] = m.malloc(48);
      for (let i = 0; i < K; i++) m.free(live[i]);
    }
  }, 5 * K);
  console.log(`  (arenas allocated in total: ${m.stats({ pools: false }).counters.ntimesArenaAllocated})`);
}
{
  const m = new ObMalloc();
  bench('malloc(1000)+free (raw fallback, for comparison)', (n) => {
    for (let i = 0; i < n; i++) m.free(m.malloc(1000));
  }, 2_000_000);
}
