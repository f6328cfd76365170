// LAYER: memory. The C `malloc` underneath CPython, modelled on 64-bit Linux (glibc).
//
// pymalloc (obmalloc.ts) serves 1..512-byte requests from its arenas and falls back to this model
// for requests of 0 or > 512 bytes. CPython's RAW domain (the `arenas` vector, radix-tree nodes,
// ...) comes from here too. Python code that builds long strings, big lists or big dicts calls it
// constantly, so it is built on typed arrays like pymalloc: no Map on the common path.
//
//   brk heap: requests below 128 KiB                 mmap region: 128 KiB and up
//   heapBase ->| chunk | free | chunk | ... |<- top   ... mappings, top-down from mmapTop
//
// * Accounting follows glibc: a request of n bytes (0 counts as 1) needs a chunk of
//   max(32, (n + 8 + 15) & ~15) bytes, and the address handed out is 16 bytes into the chunk,
//   so it is 16-byte aligned. Below the mmap threshold (128 KiB, glibc's static default) chunks
//   come from the brk heap; larger requests are mmapped: (n + 16) rounded up to 4 KiB.
// * Placement is a segregated fit with coalescing, simpler than glibc's bins but with the
//   properties that show: the chunk size is rounded up to a placement class (16-byte steps up
//   to 512, then 4 classes per power of two, so at most 25% slack); a freed chunk merges with
//   free neighbours and is kept in the bin of its size; a request takes the last chunk freed in
//   its class (so the id() of a freed big object comes back, as it does under glibc), else
//   splits one from a larger class, else bumps the top of the heap. A free chunk that reaches
//   the top lowers it (trimming), so the heap's extent tracks what is live, and growing a
//   string or a list step by step does not leak address space.
// * realloc stays in place when the new chunk fits the old one (a remainder of 32 bytes or more
//   is split off and freed) or when the chunk is the last before the top (the top moves);
//   otherwise it moves (malloc, copy, free).
// * Freed mappings are remembered by size and handed out again first.
//
// Heap chunks are found by their 16-byte granule number, (address - heapBase) / 16, in
// open-addressing hash tables over typed arrays. A free of an address that is not live throws:
// it is a bug detector for the layers above, never a Python-visible error.

export const RAW_MIN_CHUNK = 32;
export const RAW_MMAP_THRESHOLD = 128 * 1024;
export const RAW_PAGE_SIZE = 4096;

/** Domain tags of a raw block. OBJ: the object allocator's fallback (counts in sys.getallocatedblocks()). */
export const RAW_DOMAIN = 0;
export const OBJ_DOMAIN = 1;

export interface RawMallocOptions {
  /** First chunk address of the brk heap (16-byte aligned). */
  heapBase?: number;
  /** Top (exclusive) of the region big mmapped chunks are carved from, downwards (page aligned). */
  mmapTop?: number;
  /** Largest single request served; larger ones return 0 (C's NULL: the caller raises MemoryError). */
  maxRequest?: number;
}

export interface RawStats {
  /** live blocks and their requested bytes, both domains */
  blocks: number;
  bytes: number;
  /** the object domain's share (pymalloc's fallback) */
  objBlocks: number;
  objBytes: number;
  heapBase: number;
  heapTop: number;
  /** bytes of live heap chunks (with their placement slack) and of free chunks below the top */
  heapChunkBytes: number;
  heapFreeChunkBytes: number;
  mmapChunks: number;
  mmapBytes: number;
}

/** glibc's request2size: the chunk a request of n bytes needs. */
export function rawChunkSize(n: number): number {
  const c = Math.ceil((n + 8) / 16) * 16;
  return c < RAW_MIN_CHUNK ? RAW_MIN_CHUNK : c;
}

function mmapSize(n: number): number {
  return Math.ceil((n + 16) / RAW_PAGE_SIZE) * RAW_PAGE_SIZE;
}

// Placement classes: 32, 48, ..., 512, then 640, 768, 896, 1024, 1280, ... (4 per power of two).
const CLASS_CAPS: number[] = [];
for (let c = RAW_MIN_CHUNK; c <= 512; c += 16) CLASS_CAPS.push(c);
for (let k = 9; CLASS_CAPS[CLASS_CAPS.length - 1] < rawChunkSize(RAW_MMAP_THRESHOLD); k++) {
  const step = 2 ** (k - 2);
  for (let j = 5; j <= 8; j++) CLASS_CAPS.push(j * step);
}
const NCLASSES = CLASS_CAPS.length;

const MAX_CAP = CLASS_CAPS[NCLASSES - 1];
/** class_up[size / 16]: the smallest class holding size bytes (size a multiple of 16, <= MAX_CAP) */
const CLASS_UP = new Uint8Array(MAX_CAP / 16 + 1);
/** class_down[size / 16]: the largest class not above size bytes (size >= 32) */
const CLASS_DOWN = new Uint8Array(MAX_CAP / 16 + 1);
for (let i = 0, s16 = 0; s16 <= MAX_CAP / 16; s16++) {
  while (CLASS_CAPS[i] < s16 * 16) i++;
  CLASS_UP[s16] = i;
  CLASS_DOWN[s16] = CLASS_CAPS[i] === s16 * 16 || i === 0 ? i : i - 1;
}

/** Index of the smallest class holding a chunk of `size` bytes (a multiple of 16). */
function classUp(size: number): number {
  return CLASS_UP[size >> 4];
}

/** Index of the largest class not above `size` bytes: the bin of a free chunk of that size. */
function classDown(size: number): number {
  return size > MAX_CAP ? NCLASSES - 1 : CLASS_DOWN[size >> 4];
}

const EMPTY = -1;
const TOMB = -2;

/** Open-addressing hash table: int32 keys >= 0 to two int32 values, all in typed arrays. */
class IntMap {
  private keys = new Int32Array(0);
  private va = new Int32Array(0);
  private vb = new Int32Array(0);
  private bits = 0;
  private used = 0; // live + tombstones
  size = 0;

  constructor(bits = 10) {
    this.bits = bits;
    this.keys = new Int32Array(1 << bits).fill(EMPTY);
    this.va = new Int32Array(1 << bits);
    this.vb = new Int32Array(1 << bits);
  }

  /** Slot of key, or -1. */
  find(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    for (;;) {
      const k = keys[i];
      if (k === key) return i;
      if (k === EMPTY) return -1;
      i = (i + 1) & mask;
    }
  }

  a(slot: number): number {
    return this.va[slot];
  }

  b(slot: number): number {
    return this.vb[slot];
  }

  setAt(slot: number, a: number, b: number): void {
    this.va[slot] = a;
    this.vb[slot] = b;
  }

  /** Insert a key that is not present. */
  add(key: number, a: number, b: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.rehash();
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    while (keys[i] >= 0) i = (i + 1) & mask;
    if (keys[i] === EMPTY) this.used++;
    keys[i] = key;
    this.va[i] = a;
    this.vb[i] = b;
    this.size++;
  }

  removeAt(slot: number): void {
    this.keys[slot] = TOMB;
    this.size--;
  }

  delete(key: number): boolean {
    const s = this.find(key);
    if (s < 0) return false;
    this.removeAt(s);
    return true;
  }

  forEach(fn: (key: number, a: number, b: number) => void): void {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] >= 0) fn(keys[i], this.va[i], this.vb[i]);
  }

  private rehash(): void {
    const { keys, va, vb } = this;
    let bits = 10;
    while (1 << bits < this.size * 4) bits++;
    this.bits = bits;
    this.keys = new Int32Array(1 << bits).fill(EMPTY);
    this.va = new Int32Array(1 << bits);
    this.vb = new Int32Array(1 << bits);
    this.used = 0;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] >= 0) this.add(keys[i], va[i], vb[i]);
  }
}

export class RawMalloc {
  // number fields start as 0 so V8 gives them a numeric representation: a field that starts
  // undefined is stored tagged, and every store of a double to it would allocate a box
  readonly heapBase: number = 0;
  private heapTop = 0;
  private mmapLow = 0;
  private readonly maxRequest: number = 0;
  /** live heap chunk: granule of its address -> (requested size * 2 + domain, chunk bytes) */
  private readonly live = new IntMap(12);
  /** free heap chunk: granule of its address -> (chunk bytes, -); and granule of its end -> address granule */
  private readonly freeChunks = new IntMap(10);
  private readonly freeByEnd = new IntMap(10);
  /** per placement class: granules of free chunks, last freed on top (stale entries are skipped) */
  private readonly bins: number[][] = Array.from({ length: NCLASSES }, () => []);
  /** bit i set when bins[i] may be non-empty */
  private readonly binMap = new Int32Array((NCLASSES + 31) >> 5);
  /** live mmapped blocks: address -> requested size * 2 + domain */
  private readonly mapped = new Map<number, number>();
  /** mapping size -> addresses of unmapped regions to hand out again */
  private readonly holes = new Map<number, number[]>();
  private liveBlocks = 0;
  private liveBytes = 0;
  private objBlocks = 0;
  private objBytes = 0;
  private heapChunkBytes = 0;
  private heapFreeChunkBytes = 0;
  private mmapBytes = 0;

  constructor(private readonly opts: RawMallocOptions = {}) {
    this.heapBase = opts.heapBase ?? 0x55b8_7b83_0000;
    this.heapTop = this.heapBase;
    this.mmapLow = opts.mmapTop ?? 0x7f2c_0000_0000;
    this.maxRequest = opts.maxRequest ?? 2 ** 40;
    if (this.heapBase % 16 !== 0 || this.mmapLow % RAW_PAGE_SIZE !== 0) throw new Error('rawmalloc: misaligned regions');
  }

  /** Forget every block: back to the state of a new RawMalloc with the same options. */
  reset(): void {
    Object.assign(this, new RawMalloc(this.opts));
  }

  /** malloc(n) in `domain`; returns 0 (NULL) when the request cannot be served. */
  malloc(n: number, domain: number = RAW_DOMAIN): number {
    if (!(n >= 0 && n <= this.maxRequest)) {
      if (n > this.maxRequest) return 0;
      throw new RangeError(`raw malloc: bad size ${n}`);
    }
    const req = n === 0 ? 1 : Math.ceil(n); // malloc(0) is served as malloc(1) by CPython's raw domain
    let addr: number;
    if (req < RAW_MMAP_THRESHOLD) {
      const cls = classUp(rawChunkSize(req));
      let g = this.takeFromBin(cls);
      let cap = CLASS_CAPS[cls];
      if (g >= 0) {
        const size = this.freeChunks.a(this.freeChunks.find(g));
        this.unlinkFree(g, size);
        if (size - cap >= RAW_MIN_CHUNK) this.releaseChunk(g + cap / 16, size - cap); // split
        else cap = size;
      } else {
        g = (this.heapTop - this.heapBase) / 16 + 1;
        this.heapTop += cap;
        if (g > 0x7fff_fff0) throw new Error('rawmalloc: brk heap exhausted');
      }
      this.live.add(g, req * 2 + domain, cap);
      this.heapChunkBytes += cap;
      addr = this.heapBase + g * 16;
    } else {
      const ms = mmapSize(req);
      const hole = this.holes.get(ms);
      if (hole !== undefined && hole.length > 0) {
        addr = hole.pop()! + 16;
      } else {
        this.mmapLow -= ms;
        addr = this.mmapLow + 16;
      }
      this.mapped.set(addr, req * 2 + domain);
      this.mmapBytes += ms;
    }
    this.liveBlocks++;
    this.liveBytes += req;
    if (domain === OBJ_DOMAIN) {
      this.objBlocks++;
      this.objBytes += req;
    }
    return addr;
  }

  /** Granule of a heap address, or -1 when addr cannot be a heap block. */
  private granule(addr: number): number {
    const d = addr - this.heapBase;
    if (!(d > 0 && d < this.heapTop - this.heapBase)) return -1;
    const g = d / 16;
    return (g | 0) === g ? g : -1;
  }

  private fail(what: string, addr: number, why = 'that is not allocated'): never {
    throw new Error(`raw ${what} of an address ${why}: 0x${addr.toString(16)}`);
  }

  /** free(addr); `domain` must match the one the block was allocated in. */
  free(addr: number, domain: number = RAW_DOMAIN): void {
    const g = this.granule(addr);
    const s = g >= 0 ? this.live.find(g) : -1;
    let req: number;
    if (s >= 0) {
      const v = this.live.a(s);
      if ((v & 1) !== domain) this.fail('free', addr, 'in the wrong domain');
      const cap = this.live.b(s);
      this.live.removeAt(s);
      req = v >> 1;
      this.heapChunkBytes -= cap;
      this.releaseChunk(g, cap);
    } else {
      const v = this.mapped.get(addr);
      if (v === undefined) this.fail('free', addr);
      if (v % 2 !== domain) this.fail('free', addr, 'in the wrong domain');
      req = (v - domain) / 2;
      this.mapped.delete(addr);
      const ms = mmapSize(req);
      this.mmapBytes -= ms;
      let hole = this.holes.get(ms);
      if (hole === undefined) this.holes.set(ms, (hole = []));
      hole.push(addr - 16);
    }
    this.liveBlocks--;
    this.liveBytes -= req;
    if (domain === OBJ_DOMAIN) {
      this.objBlocks--;
      this.objBytes -= req;
    }
  }

  /**
   * A heap chunk (address granule g, size cap) becomes free. It coalesces with a free neighbour
   * above and below (so no two free chunks are ever adjacent), then either merges into the top
   * (trimming) or is binned by size.
   */
  private releaseChunk(g: number, cap: number): void {
    let end = g - 1 + cap / 16; // granule of the chunk's end
    const above = this.freeChunks.find(end + 1);
    if (above >= 0) {
      const size = this.freeChunks.a(above);
      this.unlinkFree(end + 1, size);
      cap += size;
      end += size / 16;
    }
    const below = this.freeByEnd.find(g - 1);
    if (below >= 0) {
      const bg = this.freeByEnd.a(below);
      const size = this.freeChunks.a(this.freeChunks.find(bg));
      this.unlinkFree(bg, size);
      g = bg;
      cap += size;
    }
    if (this.heapBase + end * 16 === this.heapTop) {
      this.heapTop = this.heapBase + (g - 1) * 16;
      return;
    }
    this.freeChunks.add(g, cap, 0);
    this.freeByEnd.add(end, g, 0);
    const cls = classDown(cap);
    this.bins[cls].push(g);
    this.binMap[cls >> 5] |= 1 << (cls & 31);
    this.heapFreeChunkBytes += cap;
  }

  private unlinkFree(g: number, cap: number): void {
    this.freeChunks.delete(g);
    this.freeByEnd.delete(g - 1 + cap / 16);
    this.heapFreeChunkBytes -= cap;
  }

  /**
   * A free chunk of at least class `cls`: from that class's bin (last freed first), else from
   * the first larger class that has one (the caller splits it), or -1.
   */
  private takeFromBin(cls: number): number {
    const map = this.binMap;
    for (let w = cls >> 5; w < map.length; w++) {
      let bits = w === cls >> 5 ? map[w] & (-1 << (cls & 31)) : map[w];
      while (bits !== 0) {
        const i = (w << 5) + 31 - Math.clz32(bits & -bits); // lowest set bit
        const bin = this.bins[i];
        while (bin.length > 0) {
          const g = bin.pop()!;
          const s = this.freeChunks.find(g);
          if (s >= 0 && classDown(this.freeChunks.a(s)) === i) {
            if (bin.length === 0) map[w] &= ~(1 << (i & 31));
            return g;
          }
          // stale: the chunk was coalesced or merged into the top since
        }
        map[w] &= ~(1 << (i & 31));
        bits &= bits - 1;
      }
    }
    return -1;
  }

  /** realloc(addr, n) keeping the block's domain; returns the (possibly new) address, or 0 on failure. */
  realloc(addr: number, n: number, domain: number = RAW_DOMAIN): number {
    if (addr === 0) return this.malloc(n, domain);
    const g = this.granule(addr);
    const s = g >= 0 ? this.live.find(g) : -1;
    let old: number;
    if (s >= 0) {
      const v = this.live.a(s);
      if ((v & 1) !== domain) this.fail('realloc', addr, 'in the wrong domain');
      old = v >> 1;
    } else {
      const v = this.mapped.get(addr);
      if (v === undefined) this.fail('realloc', addr);
      if (v % 2 !== domain) this.fail('realloc', addr, 'in the wrong domain');
      old = (v - domain) / 2;
    }
    if (!(n >= 0 && n <= this.maxRequest)) {
      if (n > this.maxRequest) return 0;
      throw new RangeError(`raw realloc: bad size ${n}`);
    }
    const req = n === 0 ? 1 : Math.ceil(n);
    if (s >= 0 && req < RAW_MMAP_THRESHOLD) {
      const cap = this.live.b(s);
      const want = rawChunkSize(req);
      if (this.heapBase + (g - 1) * 16 + cap === this.heapTop) {
        // the last chunk before the top: the top moves
        const ncap = CLASS_CAPS[classUp(want)];
        this.heapTop += ncap - cap;
        this.heapChunkBytes += ncap - cap;
        this.live.setAt(s, req * 2 + domain, ncap);
        this.resized(old, req, domain);
        return addr;
      }
      if (want <= cap) {
        const ncap = CLASS_CAPS[classUp(want)];
        if (cap - ncap >= RAW_MIN_CHUNK) {
          // split: the tail becomes a free chunk
          this.live.setAt(s, req * 2 + domain, ncap);
          this.heapChunkBytes -= cap - ncap;
          this.releaseChunk(g + ncap / 16, cap - ncap);
        } else {
          this.live.setAt(s, req * 2 + domain, cap);
        }
        this.resized(old, req, domain);
        return addr;
      }
    } else if (s < 0 && req >= RAW_MMAP_THRESHOLD && mmapSize(req) === mmapSize(old)) {
      this.mapped.set(addr, req * 2 + domain);
      this.resized(old, req, domain);
      return addr;
    }
    const na = this.malloc(req, domain);
    if (na === 0) return 0;
    this.free(addr, domain);
    return na;
  }

  private resized(old: number, req: number, domain: number): void {
    this.liveBytes += req - old;
    if (domain === OBJ_DOMAIN) this.objBytes += req - old;
  }

  private info(addr: number): number {
    const g = this.granule(addr);
    const s = g >= 0 ? this.live.find(g) : -1;
    if (s >= 0) return this.live.a(s);
    const v = this.mapped.get(addr);
    return v === undefined ? -1 : v;
  }

  /** Requested size of a live block, or -1. */
  sizeOf(addr: number): number {
    const v = this.info(addr);
    return v < 0 ? -1 : Math.floor(v / 2);
  }

  /** Domain tag of a live block, or -1. */
  domainOf(addr: number): number {
    const v = this.info(addr);
    return v < 0 ? -1 : v % 2;
  }

  /** Live blocks (both domains). */
  blockCount(): number {
    return this.liveBlocks;
  }

  /** Requested bytes of the live blocks (both domains). */
  bytes(): number {
    return this.liveBytes;
  }

  /** Live blocks of the object domain (pymalloc's fallback). */
  objBlockCount(): number {
    return this.objBlocks;
  }

  /** Requested bytes of the live object-domain blocks. */
  objByteCount(): number {
    return this.objBytes;
  }

  /** What the C heap costs the process: the brk heap's extent plus the mmapped chunks. */
  footprint(): number {
    return this.heapTop - this.heapBase + this.mmapBytes;
  }

  stats(): RawStats {
    return {
      blocks: this.liveBlocks,
      bytes: this.liveBytes,
      objBlocks: this.objBlocks,
      objBytes: this.objBytes,
      heapBase: this.heapBase,
      heapTop: this.heapTop,
      heapChunkBytes: this.heapChunkBytes,
      heapFreeChunkBytes: this.heapFreeChunkBytes,
      mmapChunks: this.mapped.size,
      mmapBytes: this.mmapBytes,
    };
  }

  /** Debug aid for tests: the heap's chunks tile [heapBase, heapTop) exactly, and the counts agree. */
  checkInvariants(): void {
    const fail = (m: string): never => {
      throw new Error('rawmalloc invariant: ' + m);
    };
    const chunks: [number, number, boolean][] = [];
    let blocks = this.mapped.size;
    let bytes = 0;
    for (const v of this.mapped.values()) bytes += Math.floor(v / 2);
    this.live.forEach((g, v, cap) => {
      chunks.push([g, cap, false]);
      blocks++;
      bytes += v >> 1;
    });
    this.freeChunks.forEach((g, cap) => {
      chunks.push([g, cap, true]);
      const e = this.freeByEnd.find(g - 1 + cap / 16);
      if (e < 0 || this.freeByEnd.a(e) !== g) fail(`free chunk ${g} has no end entry`);
    });
    if (this.freeByEnd.size !== this.freeChunks.size) fail('freeByEnd size');
    chunks.sort((x, y) => x[0] - y[0]);
    let at = 1;
    let used = 0;
    let free = 0;
    for (const [g, cap, isFree] of chunks) {
      if (g !== at) fail(`chunk at granule ${g}, expected ${at}`);
      at += cap / 16;
      if (isFree) free += cap;
      else used += cap;
    }
    if (this.heapBase + (at - 1) * 16 !== this.heapTop) fail('chunks do not reach the top');
    if (used !== this.heapChunkBytes || free !== this.heapFreeChunkBytes) fail('byte counts');
    if (blocks !== this.liveBlocks || bytes !== this.liveBytes) fail('block counts');
  }
}
