// Unit tests of src/memory/obmalloc.ts (run `npm run build` first): node --test test/unit/obmalloc.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  ObMalloc, obmalloc, INDEX2SIZE, NUMBLOCKS, sizeClassOf, printone, debugAllocatorStatsLine,
  ARENA_SIZE, POOL_SIZE, POOL_OVERHEAD, NB_SMALL_SIZE_CLASSES, SMALL_REQUEST_THRESHOLD,
} from '../../dist/memory/obmalloc.js';

/** Deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const counters = (m) => m.stats({ pools: false }).counters;
const arenaOf = (addr) => addr - ((addr - 0x1000) % ARENA_SIZE); // default layout: bases are 0x1000 past 1 MiB

test('size classes: 16-byte classes 16..512, requests of 0 or > 512 go to the raw model', () => {
  assert.equal(NB_SMALL_SIZE_CLASSES, 32);
  assert.equal(sizeClassOf(0), -1);
  assert.equal(sizeClassOf(1), 0);
  assert.equal(sizeClassOf(16), 0);
  assert.equal(sizeClassOf(17), 1);
  assert.equal(sizeClassOf(512), 31);
  assert.equal(sizeClassOf(513), -1);
  const m = new ObMalloc();
  for (let n = 1; n <= SMALL_REQUEST_THRESHOLD; n++) {
    const a = m.malloc(n);
    assert.equal(a % 16, 0);
    assert.ok(m.isPymalloc(a), `malloc(${n}) should be pymalloc`);
    assert.equal(m.blockSize(a), Math.ceil(n / 16) * 16);
    assert.equal(m.blockSize(a), INDEX2SIZE(sizeClassOf(n)));
  }
  for (const n of [0, 513, 1000, 200000]) {
    const a = m.malloc(n);
    assert.ok(a > 0 && a % 16 === 0);
    assert.ok(!m.isPymalloc(a) && m.isAllocated(a), `malloc(${n}) should be raw`);
    assert.equal(m.blockSize(a), n === 0 ? 1 : n);
  }
  assert.ok(Number.isSafeInteger(m.malloc(8)));
  m.checkInvariants();
});

test('blocks per pool: (16384 - 48) // size, laid out from offset 48', () => {
  assert.equal(NUMBLOCKS(0), 1021);
  assert.equal(NUMBLOCKS(1), 510);
  assert.equal(NUMBLOCKS(31), 31);
  for (let c = 0; c < 32; c++) {
    const size = INDEX2SIZE(c);
    assert.equal(NUMBLOCKS(c), Math.floor((POOL_SIZE - POOL_OVERHEAD) / size));
    const m = new ObMalloc();
    const first = m.malloc(size);
    const pool = m.poolAddress(first);
    assert.equal(pool % POOL_SIZE, 0);
    assert.equal(first, pool + POOL_OVERHEAD);
    for (let i = 1; i < NUMBLOCKS(c); i++) {
      const a = m.malloc(size);
      assert.equal(a, pool + POOL_OVERHEAD + i * size);
    }
    const row = m.stats().classes[c];
    assert.deepEqual([row.numPools, row.blocksInUse, row.availBlocks], [1, NUMBLOCKS(c), 0]);
    assert.equal(m.stats().arenas[0].pools[0].state, 'full');
    const next = m.malloc(size);
    assert.notEqual(m.poolAddress(next), pool, 'a full pool hands out nothing more');
    assert.equal(m.poolAddress(next), pool + POOL_SIZE, 'pools are carved at ascending addresses');
    m.checkInvariants();
  }
});

test('free list is LIFO; a pool that was full goes to the front of usedpools', () => {
  const m = new ObMalloc();
  const blocks = [];
  for (let i = 0; i < NUMBLOCKS(3) + 5; i++) blocks.push(m.malloc(64)); // pool A full, pool B used
  const poolA = m.poolAddress(blocks[0]);
  const poolB = m.poolAddress(blocks[blocks.length - 1]);
  assert.notEqual(poolA, poolB);
  assert.deepEqual(m.stats().usedpools[3], [poolB]);
  m.free(blocks[7]); // A was full: it is relinked in front of B
  assert.deepEqual(m.stats().usedpools[3], [poolA, poolB]);
  m.free(blocks[9]);
  assert.equal(m.malloc(64), blocks[9]);
  assert.equal(m.malloc(64), blocks[7]);
  // A is full again and has left the list; the next block comes from B's free list / virgin area
  assert.deepEqual(m.stats().usedpools[3], [poolB]);
  assert.equal(m.poolAddress(m.malloc(64)), poolB);
  m.checkInvariants();
});

test('pool reuse: empty pools are cached by their arena and reused first, any class', () => {
  const m = new ObMalloc();
  const a = m.malloc(16); // pool 0, class 0
  const b = m.malloc(32); // pool 1, class 1
  const poolA = m.poolAddress(a);
  m.free(a); // pool 0 empty -> arena freepools
  assert.equal(m.stats().arenas[0].nfreepools, 62);
  assert.equal(m.stats().classes[0].numPools, 0);
  const c = m.malloc(48); // class 2 takes the cached pool, re-initialised
  assert.equal(m.poolAddress(c), poolA);
  assert.equal(c, poolA + POOL_OVERHEAD);
  // same-class reuse keeps the old free list: the block freed last comes back first
  const d1 = m.malloc(80);
  const d2 = m.malloc(80);
  const poolD = m.poolAddress(d1);
  m.free(d1);
  m.free(d2);
  assert.equal(m.malloc(80), d2);
  assert.equal(m.poolAddress(d2), poolD);
  m.free(b);
  m.checkInvariants();
});

test('arenas: 63 pools (Linux alignment loss), 1 MiB apart top-down, released when empty but not the last', () => {
  const m = new ObMalloc();
  const live = [];
  // fill arena A completely with 16-byte blocks, then put one block in arena B
  for (let i = 0; i < 63 * NUMBLOCKS(0); i++) live.push(m.malloc(16));
  let s = m.stats({ pools: false });
  assert.equal(s.arenas.length, 1);
  assert.equal(s.arenas[0].ntotalpools, 63);
  assert.equal(s.arenas[0].address % POOL_SIZE, 0x1000);
  assert.equal(s.totals.arenaAlignment, POOL_SIZE);
  assert.deepEqual(s.usableArenas, [], 'a full arena is on no list');
  const lone = m.malloc(16);
  s = m.stats({ pools: false });
  assert.equal(s.arenas.length, 2);
  const [A, B] = s.arenas;
  assert.equal(A.address - B.address, ARENA_SIZE, 'the next mmap lands just below');
  assert.equal(arenaOf(live[0]), A.address);
  assert.equal(arenaOf(lone), B.address);
  assert.deepEqual(s.usableArenas, [B.index]);
  // free all of A but one pool: A re-enters usable_arenas at the head (case 2) and stays
  // ahead of B while its count does not exceed B's 62
  for (const a of live.slice(NUMBLOCKS(0))) m.free(a);
  m.checkInvariants();
  s = m.stats({ pools: false });
  assert.deepEqual(s.usableArenas, [A.index, B.index]);
  assert.deepEqual(s.arenas.map((a) => a.nfreepools), [62, 62]);
  // the last pool: A is wholly free and B follows it, so A is unmapped (case 1)
  for (const a of live.slice(0, NUMBLOCKS(0))) m.free(a);
  m.checkInvariants();
  s = m.stats({ pools: false });
  assert.equal(s.counters.narenasCurrentlyAllocated, 1);
  assert.equal(s.counters.ntimesArenaAllocated, 2);
  assert.equal(s.counters.narenasHighwater, 2);
  assert.equal(s.arenas[0].address, B.address);
  assert.match(m.debugMallocStats(), /# arenas reclaimed +=  +1\n/);
  // B's only block: B is now wholly free but the last arena of usable_arenas, so it is kept
  m.free(lone);
  m.checkInvariants();
  assert.equal(m.arenaCount(), 1);
  assert.equal(m.arenaBytesMapped(), ARENA_SIZE);
  assert.equal(m.stats({ pools: false }).arenas[0].nfreepools, 63);
});

test('unmapped arena address and arena object are reused; the arenas vector grows 16 -> 32', () => {
  const m = new ObMalloc();
  const per = 63 * NUMBLOCKS(31);
  const arenas = [];
  for (let k = 0; k < 4; k++) {
    const blocks = [];
    for (let i = 0; i < per; i++) blocks.push(m.malloc(512));
    arenas.push(blocks);
  }
  m.malloc(512); // arena 4, with 62 free pools
  const before = m.stats({ pools: false }).arenas.map((a) => [a.index, a.address]);
  assert.equal(before.length, 5);
  for (const a of arenas[1]) m.free(a); // arena 1 empties; arena 4 follows it in the list: unmapped
  assert.equal(m.arenaCount(), 4);
  assert.deepEqual(m.stats({ pools: false }).arenas.map((a) => a.index), [0, 2, 3, 4]);
  for (let i = 0; i < per - 1; i++) m.malloc(512); // fills arena 4
  assert.equal(m.arenaCount(), 4);
  m.malloc(512); // a new arena: the freed arena object and the highest hole in the address space
  const after = m.stats({ pools: false }).arenas.map((a) => [a.index, a.address]);
  assert.deepEqual(after, before);
  assert.equal(counters(m).ntimesArenaAllocated, 6);
  assert.equal(counters(m).maxarenas, 16);
  for (let i = 0; i < 12 * per; i++) m.malloc(512);
  assert.equal(m.arenaCount(), 17);
  assert.equal(counters(m).maxarenas, 32);
  m.checkInvariants();
});

test('usable_arenas stays sorted by ascending nfreepools and allocation uses its head', () => {
  const m = new ObMalloc();
  const per = NUMBLOCKS(31); // 31 blocks of 512 fill one pool
  const pools = []; // pools[i] = blocks of one pool
  for (let i = 0; i < 63 * 4; i++) {
    const blocks = [];
    for (let j = 0; j < per; j++) blocks.push(m.malloc(512));
    pools.push(blocks);
  }
  assert.equal(m.arenaCount(), 4);
  assert.deepEqual(m.stats({ pools: false }).usableArenas, []);
  // empty 5 pools in arena 0, 2 in arena 1, 9 in arena 2, 2 in arena 3
  const plan = [[0, 5], [1, 2], [2, 9], [3, 2]];
  for (const [arena, n] of plan) for (let i = 0; i < n; i++) for (const b of pools[arena * 63 + i]) m.free(b);
  m.checkInvariants();
  const s = m.stats({ pools: false });
  const nfree = s.usableArenas.map((ao) => s.arenas.find((a) => a.index === ao).nfreepools);
  assert.deepEqual(nfree, [2, 2, 5, 9]);
  // the next new pool comes from the head arena (one of those with 2 free pools)
  const head = s.arenas.find((a) => a.index === s.usableArenas[0]);
  const fresh = m.malloc(16);
  assert.equal(arenaOf(fresh), head.address);
  m.checkInvariants();
  // randomized churn keeps every invariant (ordering, nfp2lasta, lists, counts)
  const r = rng(42);
  const live = pools.flat().filter((a) => m.isAllocated(a));
  for (let step = 0; step < 60000; step++) {
    if (live.length > 0 && r() < 0.55) {
      const k = Math.floor(r() * live.length);
      m.free(live[k]);
      live[k] = live[live.length - 1];
      live.pop();
    } else {
      live.push(m.malloc(1 + Math.floor(r() * 512)));
    }
    if (step % 5000 === 0) m.checkInvariants();
  }
  m.checkInvariants();
  assert.equal(m.allocatedBlocks(), live.length);
  // live blocks never overlap, pymalloc and raw alike
  const spans = live.map((x) => [x, x + m.blockSize(x)]).sort((p, q) => p[0] - q[0]);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i][0] >= spans[i - 1][1], 'overlapping blocks');
  m.raw.checkInvariants();
});

test('realloc: stays in place when the class fits and shrinks < 25%, else moves; raw stays raw', () => {
  const m = new ObMalloc();
  const p = m.malloc(64);
  assert.equal(m.realloc(p, 64), p);
  assert.equal(m.realloc(p, 49), p);
  const q = m.realloc(p, 48); // 4*48 = 192 is not > 3*64: shrinks by 25% -> moves
  assert.notEqual(q, p);
  assert.equal(m.blockSize(q), 48);
  assert.equal(m.isAllocated(p), false);
  const r = m.realloc(q, 65); // grows past the class -> moves
  assert.equal(m.blockSize(r), 80);
  const big = m.realloc(r, 600); // to the raw model
  assert.equal(m.isPymalloc(big), false);
  assert.equal(m.blockSize(big), 600);
  const small = m.realloc(big, 10); // pymalloc never adopts a raw block
  assert.equal(m.isPymalloc(small), false);
  assert.equal(m.blockSize(small), 10);
  const z = m.realloc(0, 32);
  assert.ok(m.isPymalloc(z));
  const z0 = m.realloc(z, 0); // not a free: a valid (raw, 1-byte) block
  assert.ok(m.isAllocated(z0) && !m.isPymalloc(z0));
  assert.equal(m.allocatedBlocks(), 2);
  assert.throws(() => m.realloc(p, 10), /not allocated/);
  m.checkInvariants();
});

test('allocatedBlocks counts pymalloc and raw-fallback blocks, not the RAW domain', () => {
  const m = new ObMalloc();
  assert.equal(m.allocatedBlocks(), 0);
  const xs = [];
  for (let i = 0; i < 5000; i++) xs.push(m.malloc(1 + (i % 700)));
  xs.push(m.malloc(0));
  assert.equal(m.allocatedBlocks(), 5001);
  const rawBefore = m.rawBytes();
  const r = m.rawMalloc(100000);
  assert.equal(m.allocatedBlocks(), 5001);
  assert.equal(m.rawBytes(), rawBefore + 100000);
  m.rawFree(r);
  for (let i = 0; i < xs.length; i += 2) m.free(xs[i]);
  assert.equal(m.allocatedBlocks(), 2500);
  const s = m.stats({ pools: false });
  assert.equal(s.counters.allocatedBlocks, 2500);
  assert.equal(s.counters.pymallocBlocks + s.counters.rawObjBlocks, 2500);
  for (let i = 1; i < xs.length; i += 2) m.free(xs[i]);
  assert.equal(m.allocatedBlocks(), 0);
  assert.equal(typeof obmalloc.allocatedBlocks(), 'number'); // the process-wide singleton
  m.checkInvariants();
});

test('free of an address that is not allocated throws', () => {
  const m = new ObMalloc();
  const a = m.malloc(40);
  const b = m.malloc(40);
  const big = m.malloc(4000);
  m.free(a);
  assert.throws(() => m.free(a), /not allocated/, 'double free');
  assert.throws(() => m.free(b + 16), /not allocated/, 'interior pointer');
  assert.throws(() => m.free(b + 8), /not allocated/, 'misaligned pointer');
  assert.throws(() => m.free(m.poolAddress(b)), /not allocated/, 'pool header');
  assert.throws(() => m.free(b + POOL_SIZE), /not allocated/, 'uncarved pool');
  assert.throws(() => m.free(big + 16), /not allocated/, 'unknown raw address');
  assert.throws(() => m.free(m.rawMalloc(10)), /domain/, 'RAW-domain block freed by the object allocator');
  m.free(0); // free(NULL)
  m.free(b);
  m.free(big);
  assert.throws(() => m.free(big), /not allocated/);
  assert.equal(m.allocatedBlocks(), 0);
  m.checkInvariants();
});

test('layout options: 16 KiB-aligned arenas have 64 pools; maxArenas makes pymalloc decline', () => {
  const m = new ObMalloc({ arenaAlignmentExcess: 0 });
  m.malloc(16);
  const s = m.stats({ pools: false });
  assert.equal(s.arenas[0].ntotalpools, 64);
  assert.equal(s.totals.arenaAlignment, 0);
  assert.match(m.debugMallocStats(), /64 unused pools|63 unused pools/);
  const lim = new ObMalloc({ maxArenas: 1 });
  const xs = [];
  for (let i = 0; i < 63 * NUMBLOCKS(31); i++) xs.push(lim.malloc(512));
  const extra = lim.malloc(512); // no second arena: the raw model serves it
  assert.equal(lim.isPymalloc(extra), false);
  assert.equal(lim.allocatedBlocks(), xs.length + 1);
});

test('hooks: onNewArena runs before each new arena, onArenaEvent on map and unmap', () => {
  const m = new ObMalloc();
  const seen = [];
  m.onNewArena = (mm) => seen.push(['new', mm.arenaCount()]);
  m.onArenaEvent = (kind, addr) => seen.push([kind, addr % POOL_SIZE]);
  const a = [];
  for (let i = 0; i < 64 * NUMBLOCKS(31); i++) a.push(m.malloc(512));
  for (const x of a.slice(0, 63 * NUMBLOCKS(31))) m.free(x);
  assert.deepEqual(seen, [['new', 0], ['alloc', 0x1000], ['new', 1], ['alloc', 0x1000], ['free', 0x1000]]);
});

test('stats() is JSON-able and its accounting adds up to the mapped arenas', () => {
  const m = new ObMalloc();
  const r = rng(7);
  for (let i = 0; i < 20000; i++) {
    const a = m.malloc(1 + Math.floor(r() * 600));
    if (r() < 0.3) m.free(a);
  }
  const s = JSON.parse(JSON.stringify(m.stats()));
  const t = s.totals;
  const sum = t.allocatedBytes + t.availableBytes + t.unusedPoolBytes + t.poolHeaderBytes + t.quantization + t.arenaAlignment;
  assert.equal(sum, t.arenaBytes);
  assert.equal(t.arenaBytes, m.arenaBytesMapped());
  let inUse = 0;
  for (const a of s.arenas) for (const p of a.pools) inUse += p.count;
  assert.equal(inUse, s.counters.pymallocBlocks);
});

// ---- _debugmallocstats: the layout is compared with the live output of python3 ----

function pythonMallocStats() {
  const r = spawnSync('python3', ['-c', 'import sys; sys._debugmallocstats()'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr;
}

/** Split _debugmallocstats text into the pymalloc section and the free-list lines. */
function splitSections(text) {
  const lines = text.split('\n');
  // the pymalloc section ends with the arena map's Total line, then one blank line
  let end = -1;
  for (let i = 0; i < lines.length; i++) if (lines[i].startsWith('Total')) end = i;
  return { pymalloc: lines.slice(0, end + 1), blank: lines[end + 1], rest: lines.slice(end + 2) };
}

const ROW = /^ *\d+ +\d+ +\d+ +\d+ +\d+$/;

/** The shape of the pymalloc section: one token per line, with numbers abstracted. */
function shape(lines) {
  const out = [];
  for (const line of lines) {
    if (ROW.test(line)) {
      // column layout: the right edge of each of the five fields
      const edges = [];
      const re = /\d+/g;
      let mm;
      while ((mm = re.exec(line)) !== null) edges.push(mm.index + mm[0].length);
      const tok = 'ROW ' + edges.join(',') + ' len=' + line.length;
      if (out[out.length - 1] !== tok) out.push(tok);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq >= 0 && !line.startsWith('Small block')) {
      out.push(`${line.slice(0, eq).trimEnd().replace(/\d+/g, "N")}|eq@${eq}|len=${line.length}|value=${/^ +[\d,]+$/.test(line.slice(eq + 1))}`);
    } else {
      out.push(line.replace(/\d+/g, 'N'));
    }
  }
  return out;
}

test('debugMallocStats() has the shape of python3 -c "import sys; sys._debugmallocstats()"', () => {
  const py = splitSections(pythonMallocStats());
  const m = new ObMalloc();
  const r = rng(3);
  for (let i = 0; i < 120000; i++) m.malloc(1 + Math.floor(r() * 512)); // several arenas, every class
  const mine = splitSections(m.debugMallocStats());
  assert.deepEqual(shape(mine.pymalloc), shape(py.pymalloc));
  assert.equal(mine.blank, '');
  assert.equal(py.blank, '');
  // the header and the column titles are the same text
  assert.deepEqual(mine.pymalloc.slice(0, 4), py.pymalloc.slice(0, 4));
  // printone(): python's own lines are reproduced exactly from their label and value
  for (const line of py.pymalloc) {
    const eq = line.indexOf('=');
    if (eq < 0 || line.startsWith('Small block')) continue;
    const label = line.slice(0, eq).trimEnd();
    const value = Number(line.slice(eq + 1).replace(/[ ,]/g, ''));
    assert.equal(printone(label, value), line + '\n');
  }
  // the free-list lines (built by other layers with debugAllocatorStatsLine) match exactly too
  const fl = py.rest.filter((l) => l.includes(' each ='));
  assert.ok(fl.length >= 20, 'python3 printed its free-list lines');
  for (const line of fl) {
    const mm = /^ *(\d+) (.*)s \* (\d+) bytes each =/.exec(line);
    assert.ok(mm, line);
    assert.equal(debugAllocatorStatsLine(mm[2], Number(mm[1]), Number(mm[3])), line + '\n');
  }
  // the appendix hook: text is appended after the blank line
  const withLists = m.debugMallocStats(debugAllocatorStatsLine('free PyFloatObjects', 4, 24));
  assert.ok(withLists.endsWith('\n\n' + debugAllocatorStatsLine('free PyFloatObjects', 4, 24)));
});

test('debugMallocStats() numbers: rows and totals agree with stats()', () => {
  const m = new ObMalloc();
  const xs = [];
  for (let i = 0; i < 30000; i++) xs.push(m.malloc(16 + (i % 5) * 100));
  for (let i = 0; i < xs.length; i += 3) m.free(xs[i]);
  const text = m.debugMallocStats();
  const s = m.stats({ pools: false });
  const rows = text.split('\n').filter((l) => ROW.test(l)).map((l) => l.trim().split(/ +/).map(Number));
  const expect = s.classes.filter((c) => c.numPools > 0).map((c) => [c.szidx, c.size, c.numPools, c.blocksInUse, c.availBlocks]);
  assert.deepEqual(rows, expect);
  const val = (label) => {
    const line = text.split('\n').find((l) => l.startsWith(label));
    return Number(line.slice(line.indexOf('=') + 1).replace(/[ ,]/g, ''));
  };
  assert.equal(val('# arenas allocated current'), m.arenaCount());
  assert.equal(val('Total'), m.arenaCount() * ARENA_SIZE);
  assert.equal(val('# bytes lost to arena alignment'), m.arenaCount() * POOL_SIZE);
  assert.equal(val('# bytes in allocated blocks'), s.totals.allocatedBytes);
  assert.equal(val('# arena map mid nodes'), 1);
  assert.equal(val('# arena map bot nodes'), 1);
});

test('raw model: glibc-like chunks, reuse of freed chunks, mmap above 128 KiB, top trimming', async () => {
  const { RawMalloc, rawChunkSize } = await import('../../dist/memory/rawmalloc.js');
  const r = new RawMalloc();
  const a = r.malloc(1000);
  const b = r.malloc(1000);
  assert.equal(rawChunkSize(1000), 1008, 'glibc: 1000 + 8, rounded up to 16');
  assert.equal(b - a, 1024, 'placed in the 1024-byte class');
  r.free(a);
  assert.equal(r.malloc(1000), a, 'a freed chunk of the same size is reused first');
  const big = r.malloc(200000);
  assert.ok(Math.abs(big - a) > 2 ** 32, 'big chunks are mmapped elsewhere');
  assert.equal(r.stats().mmapBytes, 200704);
  r.free(big);
  assert.equal(r.stats().mmapBytes, 0);
  assert.equal(r.malloc(200000), big, 'the unmapped region is reused');
  const zero = r.malloc(0);
  assert.equal(r.sizeOf(zero), 1);
  // realloc in place when shrinking or at the top, moving otherwise
  const c = r.malloc(100);
  assert.equal(r.realloc(c, 5000), c, 'the top chunk grows in place');
  const d = r.malloc(10);
  assert.equal(r.realloc(c, 200), c, 'shrinks in place');
  const c2 = r.realloc(c, 6000);
  assert.notEqual(c2, c, 'cannot grow in place any more: moves');
  r.checkInvariants();
  // random churn keeps the heap tiled; freeing everything brings the top back to the base
  const rnd = rng(11);
  const live = [];
  for (let i = 0; i < 20000; i++) {
    const k = rnd();
    if (live.length && k < 0.45) {
      const j = Math.floor(rnd() * live.length);
      r.free(live[j]);
      live[j] = live[live.length - 1];
      live.pop();
    } else if (live.length && k < 0.6) {
      const j = Math.floor(rnd() * live.length);
      live[j] = r.realloc(live[j], Math.floor(rnd() * 3000));
    } else {
      live.push(r.malloc(Math.floor(rnd() * (rnd() < 0.01 ? 300000 : 2000))));
    }
    if (i % 2000 === 0) r.checkInvariants();
  }
  r.checkInvariants();
  for (const x of [...live, a, b, big, zero, d, c2]) r.free(x);
  r.checkInvariants();
  assert.equal(r.blockCount(), 0);
  assert.equal(r.footprint(), 0, 'every chunk merged back into the top');
  assert.throws(() => r.free(a), /not allocated/);
  const o = r.malloc(10, 1);
  assert.throws(() => r.free(o), /wrong domain/);
  // growing a string one step at a time (new block, then the old one freed) reuses a few
  // chunks per class: the heap's extent stays proportional to the largest block
  let cur = r.malloc(600, 1);
  for (let n = 601; n < 100000; n += 7) {
    const next = r.malloc(n, 1);
    r.free(cur, 1);
    cur = next;
  }
  r.checkInvariants();
  assert.ok(r.footprint() < 8 * 100000, `extent ${r.footprint()}`);
});

test('reset() returns to the state of a new allocator, keeping the hooks', () => {
  const work = (m) => {
    const r = rng(5);
    const out = [];
    for (let i = 0; i < 30000; i++) {
      const a = m.malloc(Math.floor(r() * 700));
      out.push(a);
      if (r() < 0.4) m.free(a);
    }
    return out;
  };
  const fresh = new ObMalloc();
  const expected = work(fresh);
  const m = new ObMalloc();
  const hook = () => {};
  m.onNewArena = hook;
  work(m);
  m.reset();
  assert.equal(m.allocatedBlocks(), 0);
  assert.equal(m.rawBytes(), 0);
  assert.equal(m.onNewArena, hook);
  assert.deepEqual(work(m), expected);
  assert.deepEqual(m.stats(), fresh.stats());
  m.checkInvariants();
});

test('blocks beyond the int32 fast path of free() (more than 2 GiB of arenas) work the same', () => {
  const m = new ObMalloc({ fastSpanLimit: ARENA_SIZE }); // only the first arena slot is "near"
  const r = rng(9);
  const live = [];
  for (let i = 0; i < 40000; i++) live.push(m.malloc(1 + Math.floor(r() * 512)));
  assert.ok(m.arenaCount() > 3);
  const far = live[live.length - 1];
  assert.throws(() => m.free(far + 16), /not allocated/);
  assert.equal(m.realloc(far, m.blockSize(far)), far);
  for (let i = live.length - 1; i >= 0; i -= 2) m.free(live[i]);
  assert.throws(() => m.free(far), /not allocated/);
  m.checkInvariants();
  for (let i = live.length - 2; i >= 0; i -= 2) m.free(live[i]);
  m.checkInvariants();
  assert.equal(m.allocatedBlocks(), 0);
  assert.equal(m.arenaCount(), 1);
});
