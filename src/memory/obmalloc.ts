// LAYER: memory. CPython 3.11's small-object allocator (pymalloc, Objects/obmalloc.c) as a real
// allocator of a simulated 64-bit address space.
//
// ==========================================================================================
//  How pymalloc works (64-bit Linux, 3.11, radix-tree build)
// ==========================================================================================
//
//  Requests of 1..512 bytes are rounded up to a multiple of 16 and served from one of 32
//  size classes (class i holds blocks of (i+1)*16 bytes). Everything else (0 bytes, or more
//  than 512) goes to the C allocator: here, the model in rawmalloc.ts.
//
//  Memory comes from the OS in ARENAS of 1 MiB (mmap). An arena is cut into POOLS of 16 KiB,
//  and a pool holds blocks of ONE size class behind a 48-byte header:
//
//   arena (1 MiB, mmap'd; on Linux its base is page- but not 16 KiB-aligned, so the
//   |      first partial pool and the tail are lost: 63 usable pools, "arena alignment")
//   v
//   +------+--------+--------+--------+-- ... --+--------+------+
//   | lost | pool 0 | pool 1 | pool 2 |         | pool62 | lost |
//   +------+--------+--------+--------+-- ... --+--------+------+
//          ^ pool_address starts here and moves right as pools are "carved" (first use)
//
//   pool (16 KiB, 16 KiB-aligned, so POOL_ADDR(p) = p & ~16383 finds the header)
//   +--------+-------+-------+-------+-------+-----------------------------+------+
//   | header | blk 0 | blk 1 | blk 2 | blk 3 |  virgin: never handed out   | tail |
//   | 48 B   | used  | free  | used  | free  |                             | waste|
//   +--------+-------+---|---+-------+---^---+-----------------------------+------+
//     freeblock ---------'    next ------'   (free list threaded through the free blocks)
//     nextoffset: offset of the first virgin block; maxnextoffset = 16384 - size
//     ref.count:  blocks in use              tail waste = (16384-48) % size ("quantization")
//
//  A pool is USED (some blocks free, some in use), FULL (no free block; it sits in no list)
//  or EMPTY (no block in use; it sits on its arena's `freepools` list and keeps its old class).
//
//  usedpools[class]: a circular doubly linked list of the USED pools of each class. malloc
//  always takes the first pool; a pool that was full and gets a free block goes to the front.
//
//     usedpools[3] (64-byte blocks)
//      [head] <-> [pool A] <-> [pool B] <-> [head]
//                    ^ malloc pops A's free list; when A fills up it is unlinked
//
//  usable_arenas: the arenas that have at least one free (empty or uncarved) pool, sorted
//  by ASCENDING nfreepools, so new pools come from the fullest arena and nearly-empty arenas
//  drain until they can be unmapped. nfp2lasta[n] points at the LAST arena holding n free
//  pools, so re-sorting after a pool is freed is O(1): the arena slides right to just after
//  nfp2lasta[old n].
//
//     usable_arenas -> [A: 1 free] <-> [B: 1 free] <-> [C: 5 free] <-> [D: 63 free]
//                                        ^ nfp2lasta[1]   ^ nfp2lasta[5]  ^ nfp2lasta[63]
//
//  Arenas that are completely full are on no list. An arena whose pools are all empty is
//  unmapped at once, unless it is the last arena of usable_arenas (kept to avoid mmap
//  thrashing, bpo-37257). Arena bookkeeping lives in the `arenas` vector (16 entries, doubled
//  when exhausted, never shrunk); unassociated entries form the `unused_arena_objects` list.
//
// ==========================================================================================
//  How this file models it
// ==========================================================================================
//
//  Addresses are JS numbers below 2^53. Arenas are mmapped top-down from `arenaTop`, on a
//  1 MiB grid ("address slots"): slot a spans [top-(a+1) MiB + excess, top - a MiB + excess),
//  excess = 0x1000 by default (the page-aligned, not 16 KiB-aligned base CPython sees on
//  Linux). A released arena's slot is reused first (mmap returns the highest hole). Every
//  16 KiB-aligned pool position below arenaTop has a number g (0 = the highest), so an
//  address maps to its pool with one subtraction and a shift (int32 arithmetic for the
//  first 2 GiB below arenaTop, a slower double path beyond): no Map on the hot path.
//
//  Pools are numbered p = g + 32 (p = 0..31 are the usedpools list heads, so the circular
//  lists need no special cases). The pool itself is modelled as in C: `units` holds one
//  16-bit word per 16-byte unit of every pool (1024 per pool, indexed (p << 10) | unit).
//  Units 0..2 are the 48-byte header and hold the hot header fields:
//     word 0  ref.count        word 1  freeblock (first unit of the first free block)
//     word 2  szidx
//  For the first unit of a block the word holds
//     1 (ALLOCATED)  the block is in use,
//     2 (NIL)        the block is free and last in its pool's free list,
//     u >= 3         the block is free and the next free block starts at unit u,
//  so the free list is intrusive, threaded through the free blocks as in C. A free() whose
//  unit does not hold 1 is a double free or a wild pointer: it throws. The colder header
//  fields (nextoffset, maxnextoffset, arenaindex, nextpool, prevpool) are typed-array
//  columns indexed by p; arena state is kept in columns indexed by the arena's index in
//  `arenas`. A small malloc or free touches one typed array and allocates nothing in JS.
//
//  As in 3.11, the number of allocated blocks is not counted on the hot path:
//  allocatedBlocks() sums ref.count over the carved pools (_Py_GetAllocatedBlocks) and adds
//  the live raw-fallback blocks.
//
//  The functions below carry the names of their C counterparts (pymalloc_alloc,
//  pymalloc_pool_extend, allocate_from_new_pool, insert_to_usedpool, insert_to_freepool,
//  new_arena, _PyObject_DebugMallocStats, ...): the code reads as footnotes to this comment.

import { OBJ_DOMAIN, RAW_DOMAIN, RawMalloc, type RawStats } from './rawmalloc.js';

// ---- constants (cpython-memory.md section 2) ----------------------------------------------
export const ALIGNMENT = 16;
export const ALIGNMENT_SHIFT = 4;
export const SMALL_REQUEST_THRESHOLD = 512;
export const NB_SMALL_SIZE_CLASSES = 32;
export const ARENA_BITS = 20;
export const ARENA_SIZE = 1 << ARENA_BITS; // 1 MiB
export const POOL_BITS = 14;
export const POOL_SIZE = 1 << POOL_BITS; // 16 KiB
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE; // 64
export const POOL_OVERHEAD = 48;
export const INITIAL_ARENA_OBJECTS = 16;
export const DUMMY_SIZE_IDX = 0xffff;
/** sizeof(struct arena_object) on 64-bit: address, pool_address, nfreepools+ntotalpools, freepools, next, prev. */
export const SIZEOF_ARENA_OBJECT = 48;
/** Radix tree (address_in_range): root is static, mid and bottom nodes are raw-calloc'd on demand. */
export const ARENA_MAP_ROOT_BYTES = 262144;
export const ARENA_MAP_MID_BYTES = 262144;
export const ARENA_MAP_BOT_BYTES = 131072;

/** Block size of size class i. */
export function INDEX2SIZE(i: number): number {
  return (i + 1) << ALIGNMENT_SHIFT;
}
/** Blocks per pool of size class i. */
export function NUMBLOCKS(i: number): number {
  return Math.floor((POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(i));
}
/** Size class serving a request of n bytes, or -1 when pymalloc declines it (0 or > 512). */
export function sizeClassOf(n: number): number {
  return n > 0 && n <= SMALL_REQUEST_THRESHOLD ? (n - 1) >> ALIGNMENT_SHIFT : -1;
}

// ---- model-internal constants ----------------------------------------------------------
const NSENT = NB_SMALL_SIZE_CLASSES; // pool indices 0..31 are the usedpools list heads
const UNIT_SHIFT = 10; // 1024 16-byte units per pool
const UNITS_PER_POOL = 1 << UNIT_SHIFT;
const ALLOCATED = 1;
const NIL = 2;
const FIRST_UNIT = POOL_OVERHEAD >> ALIGNMENT_SHIFT; // 3
const POOLS_PER_SLOT = MAX_POOLS_IN_ARENA;
const H_COUNT = 0; // header words inside a pool's units
const H_FREE = 1;
const H_SZIDX = 2;
/** free() uses int32 arithmetic for addresses up to this far below arenaTop (2 GiB of arenas). */
const FAST_SPAN = 0x7fff_c000;

export interface ObMallocOptions {
  /** Highest address of the arena region (16 KiB aligned). Arenas are mmapped below it. */
  arenaTop?: number;
  /** arena base & (POOL_SIZE-1): 0x1000 models Linux (63 pools an arena); 0 gives 64. Multiple of 16. */
  arenaAlignmentExcess?: number;
  /** Most arenas that may be alive at once; past it pymalloc declines and the raw model serves. */
  maxArenas?: number;
  /** The C allocator model to fall back to (a fresh one by default). */
  raw?: RawMalloc;
  /** Testing only: how far below arenaTop free() may use its int32 fast path. */
  fastSpanLimit?: number;
}

export interface PoolStats {
  address: number;
  szidx: number;
  size: number;
  count: number;
  nblocks: number;
  state: 'used' | 'full' | 'empty';
}

export interface ArenaStats {
  index: number;
  address: number;
  poolAddress: number;
  ntotalpools: number;
  nfreepools: number;
  ncarvedpools: number;
  pools?: PoolStats[];
}

export interface ClassStats {
  szidx: number;
  size: number;
  numPools: number;
  blocksInUse: number;
  availBlocks: number;
}

export interface ObMallocStats {
  version: 1;
  constants: {
    alignment: number;
    smallRequestThreshold: number;
    sizeClasses: number;
    arenaSize: number;
    poolSize: number;
    poolOverhead: number;
  };
  counters: {
    narenasCurrentlyAllocated: number;
    ntimesArenaAllocated: number;
    narenasHighwater: number;
    maxarenas: number;
    allocatedBlocks: number;
    pymallocBlocks: number;
    rawObjBlocks: number;
  };
  /** the accounting of _debugmallocstats: the six parts sum to arenaBytes */
  totals: {
    arenaBytes: number;
    allocatedBytes: number;
    availableBytes: number;
    unusedPools: number;
    unusedPoolBytes: number;
    poolHeaderBytes: number;
    quantization: number;
    arenaAlignment: number;
  };
  classes: ClassStats[];
  arenas: ArenaStats[];
  /** arena indices, head first (ascending nfreepools) */
  usableArenas: number[];
  /** per class: pool addresses of usedpools[class], head first */
  usedpools: number[][];
  arenaMap: { midNodes: number; botNodes: number; bytes: number };
  raw: RawStats;
}

// ---- _debugmallocstats text helpers -------------------------------------------------------

function withCommas(v: number): string {
  const s = String(Math.trunc(v));
  let out = '';
  for (let i = s.length; i > 0; i -= 3) out = s.slice(Math.max(0, i - 3), i) + (out ? ',' + out : '');
  return out;
}

/** CPython's printone(): label padded to column 35, '=', value with commas right-aligned in 21 columns. */
export function printone(label: string, value: number): string {
  return label.padEnd(35, ' ') + '=' + withCommas(value).padStart(21, ' ') + '\n';
}

/**
 * CPython's _PyDebugAllocatorStats(): the free-list lines at the end of sys._debugmallocstats(),
 * e.g. debugAllocatorStatsLine('free PyFloatObjects', 4, 24).
 */
export function debugAllocatorStatsLine(blockName: string, numBlocks: number, sizeofBlock: number): string {
  const buf1 = `${numBlocks} ${blockName}s * ${sizeofBlock} bytes each`;
  return printone(buf1.padStart(48, ' ') + ' ', numBlocks * sizeofBlock);
}

function hex(a: number): string {
  return '0x' + a.toString(16);
}

// ---- the allocator --------------------------------------------------------------------------

export class ObMalloc {
  /** The C allocator model behind pymalloc (also the RAW domain). */
  readonly raw: RawMalloc;

  // -- address space
  // (number fields start as 0 so that V8 keeps them numeric, not tagged: see rawmalloc.ts)
  private readonly arenaTop: number = 0;
  private readonly excess: number = 0;
  private readonly maxArenas: number = 0;
  private slotsUsed = 0; // address slots ever handed out
  private freeSlots: number[] = []; // slots of unmapped arenas

  // -- pool columns, indexed by p = g + NSENT (0..NSENT-1: usedpools heads)
  private poolCap = 0; // number of pool positions g covered by the columns
  private poolSpan = 0; // poolCap * POOL_SIZE: bytes below arenaTop the columns cover
  private fastSpan = 0; // min(poolSpan, FAST_SPAN)
  private poolNextOff = new Int32Array(NSENT);
  private poolMaxNextOff = new Int32Array(NSENT);
  private poolArena = new Int32Array(NSENT);
  private poolNext = new Int32Array(NSENT);
  private poolPrev = new Int32Array(NSENT);
  private units = new Uint16Array(NSENT << UNIT_SHIFT);

  // -- the arenas vector, as columns indexed by arena index
  private maxarenas = 0;
  private arenasVector = 0; // raw address of the C vector (48 bytes an entry)
  private arenaAddr = new Float64Array(0); // 0: unassociated
  private arenaSlot = new Int32Array(0);
  private arenaNextPool = new Int32Array(0); // g of the next pool to carve (pool_address)
  private arenaNFree = new Int32Array(0);
  private arenaNTotal = new Int32Array(0);
  private arenaFreePools = new Int32Array(0); // pool index p, or -1
  private arenaNext = new Int32Array(0); // arena index, or -1
  private arenaPrev = new Int32Array(0);
  private usableArenas = -1;
  private unusedArenaObjects = -1;
  private readonly nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(-1);

  // -- counters
  private narenasCurrentlyAllocated = 0;
  private ntimesArenaAllocated = 0;
  private narenasHighwater = 0;

  // -- radix tree node bookkeeping (nodes are raw-calloc'd and never freed)
  private readonly mapMid = new Map<number, number>();
  private readonly mapBot = new Map<number, number>();

  /** Called before a new arena is allocated (CPython dumps stats here under PYTHONMALLOCSTATS). */
  onNewArena: ((m: ObMalloc) => void) | null = null;
  /** Called after an arena is mapped ('alloc') or unmapped ('free'); for viewers and events. */
  onArenaEvent: ((kind: 'alloc' | 'free', address: number, arenaIndex: number) => void) | null = null;

  constructor(private readonly opts: ObMallocOptions = {}) {
    this.arenaTop = opts.arenaTop ?? 0x7f33_8460_0000;
    this.excess = opts.arenaAlignmentExcess ?? 0x1000;
    this.maxArenas = opts.maxArenas ?? Infinity;
    this.raw = opts.raw ?? new RawMalloc();
    if (this.arenaTop % POOL_SIZE !== 0 || this.arenaTop >= 2 ** 53) throw new Error('arenaTop must be 16 KiB aligned');
    if (this.excess < 0 || this.excess >= POOL_SIZE || this.excess % ALIGNMENT !== 0) {
      throw new Error('arenaAlignmentExcess must be a multiple of 16 below 16384');
    }
    for (let c = 0; c < NSENT; c++) {
      this.poolNext[c] = c; // empty circular list: the head points at itself
      this.poolPrev[c] = c;
    }
  }

  /**
   * Back to the state of a new allocator with the same options (its raw model too), keeping
   * the hooks: for running several programs in one process. Every address handed out before
   * becomes invalid.
   */
  reset(): void {
    const { onNewArena, onArenaEvent } = this;
    this.raw.reset();
    Object.assign(this, new ObMalloc({ ...this.opts, raw: this.raw }));
    this.onNewArena = onNewArena;
    this.onArenaEvent = onArenaEvent;
  }

  // ============================================================ hot path

  /** The top of the arena region: addresses are handed out below it (see mallocBelowTop). */
  get top(): number {
    return this.arenaTop;
  }

  /** PyObject_Malloc(nbytes): a 16-byte aligned address; 0 (NULL) only if the raw model refuses. */
  malloc(nbytes: number): number {
    return this.arenaTop - this.mallocBelowTop(nbytes);
  }

  /**
   * malloc(nbytes) given as the block's distance below arenaTop (arenaTop - address): a small
   * integer for every pymalloc block, so callers that keep addresses that way (memory/object.ts)
   * never compute with the address itself, a ~2^47 double. (NULL is arenaTop - 0.)
   */
  mallocBelowTop(nbytes: number): number {
    if (nbytes > 0 && nbytes <= SMALL_REQUEST_THRESHOLD) {
      // pymalloc_alloc
      const c = (nbytes - 1) >> ALIGNMENT_SHIFT;
      const d = this.popBlockBelowTop(c);
      if (d !== 0) return d;
      const a = this.allocateFromNewPool(c);
      if (a !== 0) return this.arenaTop - a;
    }
    // pymalloc declined: the raw fallback (counted by allocatedBlocks())
    return this.arenaTop - this.raw.malloc(nbytes, OBJ_DOMAIN);
  }

  /*
   * THE HOT PATH, as two small methods that only ever see small integers (V8 then compiles them
   * with int32 arithmetic; mallocBelowTop and freeBelowTop also see the ~2^47 addresses of the
   * raw fallback and of free(addr), and so compile to double arithmetic). memory/heap.ts calls
   * them directly for the objects it knows to be small (allocLeafObject, freeLeafObject).
   */

  /**
   * pymalloc_alloc's common case for size class c: pop the head of the free list of the first
   * used pool of the class, returned as its distance below arenaTop; 0 when the class has no used
   * pool (then mallocBelowTop takes a new pool: allocate_from_new_pool).
   */
  popBlockBelowTop(c: number): number {
    const p = this.poolNext[c];
    if (p === c) return 0;
    const m = this.units;
    const b = p << UNIT_SHIFT;
    m[b]++; // H_COUNT
    const u = m[b | H_FREE];
    const next = m[b | u];
    m[b | u] = ALLOCATED;
    if (next !== NIL) m[b | H_FREE] = next;
    else this.poolExtend(p, c);
    return (p - NSENT + 1) * POOL_SIZE - (u << ALIGNMENT_SHIFT);
  }

  /** Whether freeBlockBelowTop may take the block at arenaTop - d (d an integer, see there). */
  inFastSpan(d: number): boolean {
    return d > 0 && d <= this.fastSpan;
  }

  /** PyObject_Calloc: the payload lives in JS, so it is malloc(nelem * elsize). */
  calloc(nelem: number, elsize: number): number {
    return this.malloc(nelem * elsize);
  }

  /** PyObject_Free(addr). free(0) is a no-op, as free(NULL) is; any other non-live address throws. */
  free(addr: number): void {
    this.freeBelowTop(this.arenaTop - addr);
  }

  /** free() of the block at arenaTop - dd (see mallocBelowTop). */
  freeBelowTop(dd: number): void {
    if (dd > 0 && dd <= this.fastSpan) {
      const d = dd | 0;
      if (d !== dd) this.badFree(this.arenaTop - dd);
      this.freeBlockBelowTop(d);
      return;
    }
    this.freeSlow(this.arenaTop - dd);
  }

  /**
   * pymalloc_free of the block at arenaTop - d, for an integer d with inFastSpan(d): POOL_ADDR(p)
   * and the block's first unit in int32 arithmetic. Throws on a block that is not allocated.
   */
  freeBlockBelowTop(d: number): void {
    const g = (d - 1) >> POOL_BITS;
    const off = ((g + 1) << POOL_BITS) - d;
    const b = (g + NSENT) << UNIT_SHIFT;
    const ui = b | (off >> ALIGNMENT_SHIFT);
    const m = this.units;
    if ((off & (ALIGNMENT - 1)) !== 0 || off < POOL_OVERHEAD || m[ui] !== ALLOCATED) this.badFree(this.arenaTop - d);
    const last = m[b | H_FREE];
    m[ui] = last;
    m[b | H_FREE] = off >> ALIGNMENT_SHIFT;
    const cnt = --m[b]; // H_COUNT
    if (last === NIL) {
      // the pool was full: back to the front of usedpools
      this.insertToUsedpool(g + NSENT);
      return;
    }
    if (cnt !== 0) return;
    this.insertToFreepool(g + NSENT);
  }

  /** free() of a raw-fallback block, of NULL, or of a block more than 2 GiB below arenaTop. */
  private freeSlow(addr: number): void {
    const p = this.poolOf(addr);
    if (p >= 0) {
      const b = p << UNIT_SHIFT;
      const m = this.units;
      const ui = b | ((addr - this.poolBase(p)) >> ALIGNMENT_SHIFT);
      const last = m[b | H_FREE];
      m[ui] = last;
      m[b | H_FREE] = ui & (UNITS_PER_POOL - 1);
      const cnt = --m[b];
      if (last === NIL) this.insertToUsedpool(p);
      else if (cnt === 0) this.insertToFreepool(p);
      return;
    }
    if (this.isArenaRegion(addr)) this.badFree(addr);
    if (addr === 0) return;
    this.raw.free(addr, OBJ_DOMAIN);
  }

  private poolBase(p: number): number {
    return this.arenaTop - (p - NSENT + 1) * POOL_SIZE;
  }

  private badFree(addr: number): never {
    throw new Error(`obmalloc: free of an address that is not allocated: ${hex(addr)}`);
  }

  // ============================================================ pools

  /** pymalloc_pool_extend: the free list ran dry; carve a virgin block, or the pool is full. */
  private poolExtend(p: number, c: number): void {
    const no = this.poolNextOff[p];
    const b = p << UNIT_SHIFT;
    if (no <= this.poolMaxNextOff[p]) {
      const u = no >> ALIGNMENT_SHIFT;
      this.units[b | H_FREE] = u;
      this.units[b | u] = NIL;
      this.poolNextOff[p] = no + INDEX2SIZE(c);
      return;
    }
    // full: freeblock becomes NULL and the pool leaves usedpools
    this.units[b | H_FREE] = NIL;
    const next = this.poolNext[p];
    const prev = this.poolPrev[p];
    this.poolPrev[next] = prev;
    this.poolNext[prev] = next;
  }

  /** allocate_from_new_pool: no used pool of class c; take a pool from the head of usable_arenas. */
  private allocateFromNewPool(c: number): number {
    let ao = this.usableArenas;
    if (ao < 0) {
      ao = this.newArena();
      if (ao < 0) return 0;
      this.usableArenas = ao;
      this.arenaNext[ao] = -1;
      this.arenaPrev[ao] = -1;
      this.nfp2lasta[this.arenaNFree[ao]] = ao;
    }
    // The head already has the fewest free pools, so taking one keeps the order; only
    // nfp2lasta needs fixing, and the arena leaves the list if it becomes full.
    const nf = this.arenaNFree[ao];
    if (this.nfp2lasta[nf] === ao) this.nfp2lasta[nf] = -1;
    if (nf > 1) this.nfp2lasta[nf - 1] = ao;

    let p = this.arenaFreePools[ao];
    if (p >= 0) {
      this.arenaFreePools[ao] = this.poolNext[p]; // a cached empty pool
    } else {
      const g = this.arenaNextPool[ao]; // carve a new pool at pool_address
      this.arenaNextPool[ao] = g - 1;
      p = g + NSENT;
      this.poolArena[p] = ao;
      this.units[(p << UNIT_SHIFT) | H_SZIDX] = DUMMY_SIZE_IDX;
    }
    if (--this.arenaNFree[ao] === 0) {
      const next = this.arenaNext[ao];
      this.usableArenas = next;
      if (next >= 0) this.arenaPrev[next] = -1;
    }

    // frontlink to usedpools[c] (which is empty, or we would not be here)
    this.poolNext[p] = c;
    this.poolPrev[p] = c;
    this.poolNext[c] = p;
    this.poolPrev[c] = p;
    const units = this.units;
    const base = p << UNIT_SHIFT;
    units[base | H_COUNT] = 1;
    const poolAddr = this.poolBase(p);
    if (units[base | H_SZIDX] === c) {
      // last used for the same class: header and free list are still valid
      const u = units[base | H_FREE];
      units[base | H_FREE] = units[base | u];
      units[base | u] = ALLOCATED;
      return poolAddr + (u << ALIGNMENT_SHIFT);
    }
    // initialise: hand out the first block, the second one becomes the free list
    const size = INDEX2SIZE(c);
    units[base | H_SZIDX] = c;
    this.poolNextOff[p] = POOL_OVERHEAD + 2 * size;
    this.poolMaxNextOff[p] = POOL_SIZE - size;
    const u1 = FIRST_UNIT + (size >> ALIGNMENT_SHIFT);
    units[base | H_FREE] = u1;
    units[base | u1] = NIL;
    units[base | FIRST_UNIT] = ALLOCATED;
    return poolAddr + POOL_OVERHEAD;
  }

  /** insert_to_usedpool: a full pool got a free block; link it at the front of its class. */
  private insertToUsedpool(p: number): void {
    const c = this.units[(p << UNIT_SHIFT) | H_SZIDX];
    const first = this.poolNext[c];
    this.poolNext[p] = first;
    this.poolPrev[p] = c;
    this.poolPrev[first] = p;
    this.poolNext[c] = p;
  }

  /** insert_to_freepool: the pool became empty; give it to its arena, then manage the arena. */
  private insertToFreepool(p: number): void {
    const next = this.poolNext[p];
    const prev = this.poolPrev[p];
    this.poolPrev[next] = prev;
    this.poolNext[prev] = next;

    const ao = this.poolArena[p];
    this.poolNext[p] = this.arenaFreePools[ao];
    this.arenaFreePools[ao] = p;
    let nf = this.arenaNFree[ao];
    const nfp2lasta = this.nfp2lasta;
    const lastnf = nfp2lasta[nf];
    if (lastnf === ao) {
      // it was the rightmost arena with nf free pools
      const pa = this.arenaPrev[ao];
      nfp2lasta[nf] = pa >= 0 && this.arenaNFree[pa] === nf ? pa : -1;
    }
    this.arenaNFree[ao] = ++nf;

    // Case 1: wholly free and not the last arena of usable_arenas: unmap it.
    if (nf === this.arenaNTotal[ao] && this.arenaNext[ao] >= 0) {
      const pa = this.arenaPrev[ao];
      const na = this.arenaNext[ao];
      if (pa < 0) this.usableArenas = na;
      else this.arenaNext[pa] = na;
      this.arenaPrev[na] = pa;
      this.arenaNext[ao] = this.unusedArenaObjects;
      this.unusedArenaObjects = ao;
      this.freeArena(ao);
      return;
    }
    // Case 2: the arena was full; it goes to the head of usable_arenas.
    if (nf === 1) {
      const head = this.usableArenas;
      this.arenaNext[ao] = head;
      this.arenaPrev[ao] = -1;
      if (head >= 0) this.arenaPrev[head] = ao;
      this.usableArenas = ao;
      if (nfp2lasta[1] < 0) nfp2lasta[1] = ao;
      return;
    }
    if (nfp2lasta[nf] < 0) nfp2lasta[nf] = ao;
    // Case 4: it was the rightmost with the old count, so the order still holds.
    if (ao === lastnf) return;
    // Case 3: slide it right, to just after lastnf (the old rightmost arena with nf-1 pools).
    const pa = this.arenaPrev[ao];
    const na = this.arenaNext[ao];
    if (pa >= 0) this.arenaNext[pa] = na;
    else this.usableArenas = na;
    this.arenaPrev[na] = pa;
    const after = this.arenaNext[lastnf];
    this.arenaPrev[ao] = lastnf;
    this.arenaNext[ao] = after;
    if (after >= 0) this.arenaPrev[after] = ao;
    this.arenaNext[lastnf] = ao;
  }

  // ============================================================ arenas

  /** new_arena: take an arena object (growing the vector if needed) and mmap 1 MiB for it. */
  private newArena(): number {
    if (this.onNewArena !== null) this.onNewArena(this);
    if (this.narenasCurrentlyAllocated >= this.maxArenas) return -1;
    if (this.unusedArenaObjects < 0) {
      const numarenas = this.maxarenas ? this.maxarenas * 2 : INITIAL_ARENA_OBJECTS;
      const v = this.raw.realloc(this.arenasVector, numarenas * SIZEOF_ARENA_OBJECT, RAW_DOMAIN);
      if (v === 0) return -1;
      this.arenasVector = v;
      this.growArenaColumns(numarenas);
      for (let i = this.maxarenas; i < numarenas; i++) {
        this.arenaAddr[i] = 0;
        this.arenaNext[i] = i < numarenas - 1 ? i + 1 : -1;
      }
      this.unusedArenaObjects = this.maxarenas;
      this.maxarenas = numarenas;
    }
    const ao = this.unusedArenaObjects;
    // mmap: the highest free hole, else below everything mapped so far
    let slot: number;
    if (this.freeSlots.length > 0) {
      let best = 0;
      for (let i = 1; i < this.freeSlots.length; i++) if (this.freeSlots[i] < this.freeSlots[best]) best = i;
      slot = this.freeSlots[best];
      this.freeSlots[best] = this.freeSlots[this.freeSlots.length - 1];
      this.freeSlots.pop();
    } else {
      slot = this.slotsUsed++;
      this.ensurePoolCapacity(this.slotsUsed * POOLS_PER_SLOT);
    }
    const address = this.arenaTop - (slot + 1) * ARENA_SIZE + this.excess;
    if (!this.arenaMapMarkUsed(address)) {
      this.freeSlots.push(slot);
      return -1;
    }
    this.unusedArenaObjects = this.arenaNext[ao];
    this.arenaAddr[ao] = address;
    this.arenaSlot[ao] = slot;

    this.narenasCurrentlyAllocated++;
    this.ntimesArenaAllocated++;
    if (this.narenasCurrentlyAllocated > this.narenasHighwater) this.narenasHighwater = this.narenasCurrentlyAllocated;
    this.arenaFreePools[ao] = -1;
    const ntotal = this.excess !== 0 ? MAX_POOLS_IN_ARENA - 1 : MAX_POOLS_IN_ARENA;
    this.arenaNFree[ao] = ntotal;
    this.arenaNTotal[ao] = ntotal;
    this.arenaNextPool[ao] = slot * POOLS_PER_SLOT + ntotal - 1; // lowest pool of the slot
    if (this.onArenaEvent !== null) this.onArenaEvent('alloc', address, ao);
    return ao;
  }

  /** The munmap half of insert_to_freepool's case 1. */
  private freeArena(ao: number): void {
    const address = this.arenaAddr[ao];
    this.freeSlots.push(this.arenaSlot[ao]);
    this.arenaAddr[ao] = 0;
    this.narenasCurrentlyAllocated--;
    // arena_map_mark_used(address, 0) clears leaves only; nodes are never freed
    if (this.onArenaEvent !== null) this.onArenaEvent('free', address, ao);
  }

  /** arena_map_mark_used(base, 1): create the mid/bottom radix nodes the arena's two leaves need. */
  private arenaMapMarkUsed(base: number): boolean {
    if (!this.arenaMapGet(base)) return false;
    if (base % ARENA_SIZE !== 0 && !this.arenaMapGet(base + ARENA_SIZE)) return false;
    return true;
  }

  private arenaMapGet(addr: number): boolean {
    // 64-bit key: top 15 bits | mid 15 bits | bottom 14 bits | 20 bits inside an ideal arena
    const top = Math.floor(addr / 2 ** 49);
    const topMid = Math.floor(addr / 2 ** 34);
    if (!this.mapMid.has(top)) {
      const a = this.raw.malloc(ARENA_MAP_MID_BYTES, RAW_DOMAIN);
      if (a === 0) return false;
      this.mapMid.set(top, a);
    }
    if (!this.mapBot.has(topMid)) {
      const a = this.raw.malloc(ARENA_MAP_BOT_BYTES, RAW_DOMAIN);
      if (a === 0) return false;
      this.mapBot.set(topMid, a);
    }
    return true;
  }

  private growArenaColumns(n: number): void {
    const f = (old: Float64Array) => {
      const a = new Float64Array(n);
      a.set(old);
      return a;
    };
    const i = (old: Int32Array) => {
      const a = new Int32Array(n);
      a.set(old);
      return a;
    };
    this.arenaAddr = f(this.arenaAddr);
    this.arenaSlot = i(this.arenaSlot);
    this.arenaNextPool = i(this.arenaNextPool);
    this.arenaNFree = i(this.arenaNFree);
    this.arenaNTotal = i(this.arenaNTotal);
    this.arenaFreePools = i(this.arenaFreePools);
    this.arenaNext = i(this.arenaNext);
    this.arenaPrev = i(this.arenaPrev);
  }

  private ensurePoolCapacity(npools: number): void {
    if (npools <= this.poolCap) return;
    let cap = this.poolCap || POOLS_PER_SLOT * 4;
    while (cap < npools) cap *= 2;
    const n = cap + NSENT;
    const g = (old: Int32Array) => {
      const a = new Int32Array(n);
      a.set(old);
      return a;
    };
    this.poolNextOff = g(this.poolNextOff);
    this.poolMaxNextOff = g(this.poolMaxNextOff);
    this.poolArena = g(this.poolArena);
    this.poolNext = g(this.poolNext);
    this.poolPrev = g(this.poolPrev);
    const u = new Uint16Array(n << UNIT_SHIFT);
    u.set(this.units);
    this.units = u;
    this.poolCap = cap;
    this.poolSpan = cap * POOL_SIZE;
    this.fastSpan = Math.min(this.poolSpan, this.opts.fastSpanLimit ?? FAST_SPAN, FAST_SPAN);
  }

  // ============================================================ realloc and queries

  /**
   * Pool index p of a live pymalloc block, or -1 if addr is not one (address_in_range, strict).
   * Blocks in the first 2 GiB below arenaTop take free()'s int32 arithmetic.
   */
  private poolOf(addr: number): number {
    const d = this.arenaTop - addr;
    let g: number, off: number;
    if (d > 0 && d <= this.fastSpan) {
      const di = d | 0;
      if (di !== d) return -1;
      g = (di - 1) >> POOL_BITS;
      off = ((g + 1) << POOL_BITS) - di;
    } else {
      if (!(d > 0 && d <= this.poolSpan)) return -1;
      g = Math.floor((d - 1) / POOL_SIZE);
      off = (g + 1) * POOL_SIZE - d;
    }
    const p = g + NSENT;
    if (off % ALIGNMENT !== 0 || off < POOL_OVERHEAD) return -1;
    return this.units[(p << UNIT_SHIFT) | (off >> ALIGNMENT_SHIFT)] === ALLOCATED ? p : -1;
  }

  /**
   * PyObject_Realloc(addr, nbytes). A pymalloc block stays in place when nbytes fits its class
   * and shrinks it by less than 25% (nbytes <= size && 4*nbytes > 3*size); otherwise a new
   * block is allocated (pymalloc or raw) and the old one freed. A raw block stays raw whatever
   * its new size (pymalloc never adopts a foreign block). realloc(0, n) is malloc(n).
   */
  realloc(addr: number, nbytes: number): number {
    if (addr === 0) return this.malloc(nbytes);
    const p = this.poolOf(addr);
    if (p >= 0) {
      const size = INDEX2SIZE(this.szidx(p));
      if (nbytes <= size && 4 * nbytes > 3 * size) return addr;
      const na = this.malloc(nbytes);
      if (na === 0) return 0;
      this.free(addr);
      return na;
    }
    if (this.isArenaRegion(addr)) this.badFree(addr);
    return this.raw.realloc(addr, nbytes, OBJ_DOMAIN);
  }

  private isArenaRegion(addr: number): boolean {
    const d = this.arenaTop - addr;
    return d > 0 && d <= this.poolSpan;
  }

  /** Whether addr is a live block of this allocator (pymalloc or raw fallback). */
  isAllocated(addr: number): boolean {
    if (this.poolOf(addr) >= 0) return true;
    return !this.isArenaRegion(addr) && this.raw.domainOf(addr) === OBJ_DOMAIN;
  }

  /** Whether addr is a live block served by pymalloc (not by the raw fallback). */
  isPymalloc(addr: number): boolean {
    return this.poolOf(addr) >= 0;
  }

  /** Usable size of a live block: its size class for pymalloc, the request for raw; -1 if not live. */
  blockSize(addr: number): number {
    const p = this.poolOf(addr);
    if (p >= 0) return INDEX2SIZE(this.szidx(p));
    if (this.isArenaRegion(addr) || this.raw.domainOf(addr) !== OBJ_DOMAIN) return -1;
    return this.raw.sizeOf(addr);
  }

  /** Address of the pool header of a live pymalloc block (POOL_ADDR), or -1. */
  poolAddress(addr: number): number {
    const p = this.poolOf(addr);
    return p < 0 ? -1 : this.poolBase(p);
  }

  private szidx(p: number): number {
    return this.units[(p << UNIT_SHIFT) | H_SZIDX];
  }

  private refcount(p: number): number {
    return this.units[(p << UNIT_SHIFT) | H_COUNT];
  }

  /** sys.getallocatedblocks(): live blocks from the object allocator, pymalloc or raw fallback. */
  allocatedBlocks(): number {
    let n = this.raw.objBlockCount();
    const units = this.units;
    for (let ao = 0; ao < this.maxarenas; ao++) {
      if (this.arenaAddr[ao] === 0) continue;
      const [hi, lo] = this.carvedRange(ao);
      for (let g = hi; g >= lo; g--) n += units[(g + NSENT) << UNIT_SHIFT];
    }
    return n;
  }

  /** Bytes of the live arenas (narenas_currently_allocated x 1 MiB): mmapped memory. */
  arenaBytesMapped(): number {
    return this.narenasCurrentlyAllocated * ARENA_SIZE;
  }

  /** Bytes requested by live raw-model blocks: pymalloc's fallback and CPython's RAW domain. */
  rawBytes(): number {
    return this.raw.bytes();
  }

  /** What the C heap costs the process (brk extent + mmapped big blocks), for RSS-like figures. */
  rawFootprint(): number {
    return this.raw.footprint();
  }

  /**
   * Bytes of the live arenas' pages that have been touched: the carved pools (a pool is carved on
   * first use and its pages stay resident, even when it empties, until the arena is unmapped).
   */
  carvedPoolBytes(): number {
    let n = 0;
    for (let ao = 0; ao < this.maxarenas; ao++) {
      if (this.arenaAddr[ao] === 0) continue;
      const [hi, lo] = this.carvedRange(ao);
      n += (hi - lo + 1) * POOL_SIZE;
    }
    return n;
  }

  /** Live arenas (narenas_currently_allocated). */
  arenaCount(): number {
    return this.narenasCurrentlyAllocated;
  }

  /** The RAW domain (PyMem_RawMalloc): the raw model, not counted in allocatedBlocks(). */
  rawMalloc(nbytes: number): number {
    return this.raw.malloc(nbytes, RAW_DOMAIN);
  }
  rawRealloc(addr: number, nbytes: number): number {
    return this.raw.realloc(addr, nbytes, RAW_DOMAIN);
  }
  rawFree(addr: number): void {
    if (addr !== 0) this.raw.free(addr, RAW_DOMAIN);
  }

  // ============================================================ statistics

  private carvedRange(ao: number): [number, number] {
    // carved pools of arena ao are g = hi, hi-1, ..., lo (ascending addresses)
    const hi = this.arenaSlot[ao] * POOLS_PER_SLOT + this.arenaNTotal[ao] - 1;
    return [hi, this.arenaNextPool[ao] + 1];
  }

  /** A JSON-able description of the allocator (for viewers). `pools: false` omits per-pool detail. */
  stats(opts: { pools?: boolean } = {}): ObMallocStats {
    const withPools = opts.pools !== false;
    const numpools = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numblocks = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const numfree = new Array<number>(NB_SMALL_SIZE_CLASSES).fill(0);
    const arenas: ArenaStats[] = [];
    let unusedPools = 0;
    let alignment = 0;
    let pymallocBlocks = 0;
    for (let ao = 0; ao < this.maxarenas; ao++) {
      const address = this.arenaAddr[ao];
      if (address === 0) continue;
      unusedPools += this.arenaNFree[ao];
      if (address % POOL_SIZE !== 0) alignment += POOL_SIZE;
      const [hi, lo] = this.carvedRange(ao);
      const pools: PoolStats[] = [];
      for (let g = hi; g >= lo; g--) {
        const p = g + NSENT;
        const cnt = this.refcount(p);
        const sz = this.szidx(p);
        const paddr = this.arenaTop - (g + 1) * POOL_SIZE;
        if (cnt === 0) {
          if (withPools) {
            const real = sz !== DUMMY_SIZE_IDX;
            pools.push({ address: paddr, szidx: sz, size: real ? INDEX2SIZE(sz) : 0, count: 0, nblocks: real ? NUMBLOCKS(sz) : 0, state: 'empty' });
          }
          continue;
        }
        const nb = NUMBLOCKS(sz);
        numpools[sz]++;
        numblocks[sz] += cnt;
        numfree[sz] += nb - cnt;
        pymallocBlocks += cnt;
        if (withPools) {
          pools.push({ address: paddr, szidx: sz, size: INDEX2SIZE(sz), count: cnt, nblocks: nb, state: this.units[(p << UNIT_SHIFT) | H_FREE] === NIL ? 'full' : 'used' });
        }
      }
      const a: ArenaStats = {
        index: ao,
        address,
        poolAddress: this.arenaTop - (this.arenaNextPool[ao] + 1) * POOL_SIZE,
        ntotalpools: this.arenaNTotal[ao],
        nfreepools: this.arenaNFree[ao],
        ncarvedpools: hi - lo + 1,
      };
      if (withPools) a.pools = pools;
      arenas.push(a);
    }
    const classes: ClassStats[] = [];
    let allocatedBytes = 0;
    let availableBytes = 0;
    let headers = 0;
    let quantization = 0;
    for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
      const size = INDEX2SIZE(i);
      classes.push({ szidx: i, size, numPools: numpools[i], blocksInUse: numblocks[i], availBlocks: numfree[i] });
      allocatedBytes += numblocks[i] * size;
      availableBytes += numfree[i] * size;
      headers += numpools[i] * POOL_OVERHEAD;
      quantization += numpools[i] * ((POOL_SIZE - POOL_OVERHEAD) % size);
    }
    const usable: number[] = [];
    for (let ao = this.usableArenas; ao >= 0; ao = this.arenaNext[ao]) usable.push(ao);
    const usedpools: number[][] = [];
    for (let c = 0; c < NSENT; c++) {
      const l: number[] = [];
      for (let p = this.poolNext[c]; p !== c; p = this.poolNext[p]) l.push(this.arenaTop - (p - NSENT + 1) * POOL_SIZE);
      usedpools.push(l);
    }
    return {
      version: 1,
      constants: {
        alignment: ALIGNMENT,
        smallRequestThreshold: SMALL_REQUEST_THRESHOLD,
        sizeClasses: NB_SMALL_SIZE_CLASSES,
        arenaSize: ARENA_SIZE,
        poolSize: POOL_SIZE,
        poolOverhead: POOL_OVERHEAD,
      },
      counters: {
        narenasCurrentlyAllocated: this.narenasCurrentlyAllocated,
        ntimesArenaAllocated: this.ntimesArenaAllocated,
        narenasHighwater: this.narenasHighwater,
        maxarenas: this.maxarenas,
        allocatedBlocks: pymallocBlocks + this.raw.objBlockCount(),
        pymallocBlocks,
        rawObjBlocks: this.raw.objBlockCount(),
      },
      totals: {
        arenaBytes: arenas.length * ARENA_SIZE,
        allocatedBytes,
        availableBytes,
        unusedPools,
        unusedPoolBytes: unusedPools * POOL_SIZE,
        poolHeaderBytes: headers,
        quantization,
        arenaAlignment: alignment,
      },
      classes,
      arenas,
      usableArenas: usable,
      usedpools,
      arenaMap: {
        midNodes: this.mapMid.size,
        botNodes: this.mapBot.size,
        bytes: ARENA_MAP_ROOT_BYTES + this.mapMid.size * ARENA_MAP_MID_BYTES + this.mapBot.size * ARENA_MAP_BOT_BYTES,
      },
      raw: this.raw.stats(),
    };
  }

  /**
   * The text sys._debugmallocstats() writes to fd 2 (CPython 3.11, pymalloc active): the pymalloc
   * section (_PyObject_DebugMallocStats), the blank line sys adds after it, then `freeLists`,
   * which the object layers build with debugAllocatorStatsLine() (dict, float, list, tuple 1..20).
   */
  debugMallocStats(freeLists: string = ''): string {
    const s = this.stats({ pools: false });
    let out = `Small block threshold = ${SMALL_REQUEST_THRESHOLD}, in ${NB_SMALL_SIZE_CLASSES} size classes.\n`;
    out += '\nclass   size   num pools   blocks in use  avail blocks\n';
    out += '-----   ----   ---------   -------------  ------------\n';
    for (const c of s.classes) {
      if (c.numPools === 0) continue;
      out +=
        String(c.szidx).padStart(5) + ' ' + String(c.size).padStart(6) + ' ' + String(c.numPools).padStart(11) + ' ' +
        String(c.blocksInUse).padStart(15) + ' ' + String(c.availBlocks).padStart(13) + '\n';
    }
    const narenas = s.arenas.length;
    const t = s.totals;
    out += '\n';
    out += printone('# arenas allocated total', this.ntimesArenaAllocated);
    out += printone('# arenas reclaimed', this.ntimesArenaAllocated - narenas);
    out += printone('# arenas highwater mark', this.narenasHighwater);
    out += printone('# arenas allocated current', narenas);
    out += printone(`${narenas} arenas * ${ARENA_SIZE} bytes/arena`, narenas * ARENA_SIZE);
    out += '\n';
    const total = t.allocatedBytes + t.availableBytes + t.unusedPoolBytes + t.poolHeaderBytes + t.quantization + t.arenaAlignment;
    out += printone('# bytes in allocated blocks', t.allocatedBytes);
    out += printone('# bytes in available blocks', t.availableBytes);
    out += printone(`${t.unusedPools} unused pools * ${POOL_SIZE} bytes`, t.unusedPoolBytes);
    out += printone('# bytes lost to pool headers', t.poolHeaderBytes);
    out += printone('# bytes lost to quantization', t.quantization);
    out += printone('# bytes lost to arena alignment', t.arenaAlignment);
    out += printone('Total', total);
    out += '\narena map counts\n';
    out += printone('# arena map mid nodes', s.arenaMap.midNodes);
    out += printone('# arena map bot nodes', s.arenaMap.botNodes);
    out += '\n';
    out += printone('# bytes lost to arena map root', ARENA_MAP_ROOT_BYTES);
    out += printone('# bytes lost to arena map mid', s.arenaMap.midNodes * ARENA_MAP_MID_BYTES);
    out += printone('# bytes lost to arena map bot', s.arenaMap.botNodes * ARENA_MAP_BOT_BYTES);
    out += printone('Total', s.arenaMap.bytes);
    return out + '\n' + freeLists;
  }

  /** Debug aid for tests: walk every structure and throw on the first broken invariant. */
  checkInvariants(): void {
    const fail = (m: string): never => {
      throw new Error('obmalloc invariant: ' + m);
    };
    let blocks = 0;
    let live = 0;
    for (let ao = 0; ao < this.maxarenas; ao++) {
      if (this.arenaAddr[ao] === 0) continue;
      live++;
      const [hi, lo] = this.carvedRange(ao);
      let empty = 0;
      for (let g = hi; g >= lo; g--) {
        const p = g + NSENT;
        if (this.poolArena[p] !== ao) fail(`pool ${g} has arena ${this.poolArena[p]}, expected ${ao}`);
        const cnt = this.refcount(p);
        if (cnt === 0) {
          empty++;
          continue;
        }
        blocks += cnt;
        const c = this.szidx(p);
        let onList = false;
        for (let q = this.poolNext[c]; q !== c; q = this.poolNext[q]) if (q === p) onList = true;
        const full = this.units[(p << UNIT_SHIFT) | H_FREE] === NIL;
        if (full === onList) fail(`pool ${g} full=${full} but onList=${onList}`);
        if (full && cnt !== NUMBLOCKS(c)) fail(`full pool ${g} has count ${cnt}`);
      }
      let cached = 0;
      for (let p = this.arenaFreePools[ao]; p >= 0; p = this.poolNext[p]) cached++;
      if (cached !== empty) fail(`arena ${ao}: ${cached} cached pools, ${empty} empty`);
      const uncarved = lo - (this.arenaSlot[ao] * POOLS_PER_SLOT);
      if (this.arenaNFree[ao] !== empty + uncarved) fail(`arena ${ao}: nfreepools ${this.arenaNFree[ao]} != ${empty}+${uncarved}`);
    }
    if (live !== this.narenasCurrentlyAllocated) fail('narenas');
    // usable_arenas: ascending, linked both ways, nfp2lasta exact
    let prev = -1;
    const lastWith = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(-1);
    for (let ao = this.usableArenas; ao >= 0; ao = this.arenaNext[ao]) {
      if (this.arenaPrev[ao] !== prev) fail(`usable_arenas prev link at ${ao}`);
      const nf = this.arenaNFree[ao];
      if (nf === 0) fail(`full arena ${ao} on usable_arenas`);
      if (prev >= 0 && this.arenaNFree[prev] > nf) fail('usable_arenas not ascending');
      lastWith[nf] = ao;
      prev = ao;
    }
    for (let n = 0; n <= MAX_POOLS_IN_ARENA; n++) {
      if (lastWith[n] !== this.nfp2lasta[n]) fail(`nfp2lasta[${n}] = ${this.nfp2lasta[n]}, expected ${lastWith[n]}`);
    }
  }
}

/** The process-wide allocator. */
export const obmalloc = new ObMalloc();
