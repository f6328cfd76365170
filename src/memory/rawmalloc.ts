// LAYER: memory. The C `malloc` underneath CPython, modelled the way glibc shows it on 64-bit Linux.
//
// Nothing here is on the hot path of small objects: pymalloc (obmalloc.ts) serves 1..512-byte
// requests from its arenas and only falls back to this model for requests of 0 or > 512 bytes
// (and for CPython's own RAW-domain bookkeeping: the `arenas` vector, radix-tree nodes).
//
//   brk heap (small chunks)                           mmap region (big chunks, grows down)
//   0x55b8_7b83_0000 ...grows up...   [ top ]          ... 0x7f2c_0000_0000
//   | chunk | chunk | free | chunk |                    | page-rounded mapping |
//
// * A request of n bytes takes a chunk of max(32, (n + 8 + 15) & ~15) bytes (glibc's request2size).
//   The address returned is 16 bytes into the chunk, so it is 16-byte aligned, as glibc's is.
// * Chunks below the mmap threshold (128 KiB, glibc's static default) come from the brk heap:
//   first a LIFO bin of freed chunks of exactly that size (tcache/fastbin-like reuse, which is what
//   makes `id()` of a freed big object come back), else the top of the heap is bumped.
//   Freeing the chunk that ends at the top lowers the top again (trimming).
// * Larger requests are mmapped: (n + 16) rounded up to 4 KiB, top-down, freed mappings reused
//   by later requests of the same page count, and unmapped on free.
// * realloc stays in place when the new chunk is not larger than the old one (the remainder,
//   if it can be a chunk, is split off as a free chunk), or when the chunk is the last one before
//   the heap top (it is extended or shrunk); otherwise it moves.
//
// Every live block is in one Map (address -> requested size and domain tag). A free of an address
// that is not live throws: it is a bug detector for the layers above, never a Python-visible error.

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
  blocks: number;
  bytes: number;
  objBlocks: number;
  objBytes: number;
  heapBase: number;
  heapTop: number;
  heapChunkBytes: number;
  heapFreeChunkBytes: number;
  mmapChunks: number;
  mmapBytes: number;
}

function chunkSize(n: number): number {
  const c = Math.ceil((n + 8) / 16) * 16;
  return c < RAW_MIN_CHUNK ? RAW_MIN_CHUNK : c;
}

function mmapSize(n: number): number {
  return Math.ceil((n + 16) / RAW_PAGE_SIZE) * RAW_PAGE_SIZE;
}

export class RawMalloc {
  readonly heapBase: number;
  private heapTop: number;
  private mmapLow: number;
  private readonly maxRequest: number;
  /** live block address -> requested size * 2 + domain tag */
  private readonly live = new Map<number, number>();
  /** live heap blocks whose chunk is larger than chunkSize(request) (after an in-place shrink) */
  private readonly oversize = new Map<number, number>();
  /** chunk size / 16 -> addresses of freed heap chunks (LIFO; entries not in `freeChunks` are stale) */
  private readonly bins: (number[] | undefined)[] = [];
  /** address -> chunk size of every free heap chunk, and chunk end -> address (for top trimming) */
  private readonly freeChunks = new Map<number, number>();
  private readonly freeByEnd = new Map<number, number>();
  /** mapping size -> addresses of unmapped regions that may be reused (LIFO) */
  private readonly holes = new Map<number, number[]>();
  private liveBytes = 0;
  private objBlocks = 0;
  private objBytes = 0;
  private heapChunkBytes = 0;
  private heapFreeChunkBytes = 0;
  private mmapChunks = 0;
  private mmapBytes = 0;

  constructor(private readonly opts: RawMallocOptions = {}) {
    this.heapBase = opts.heapBase ?? 0x55b8_7b83_0000;
    this.heapTop = this.heapBase;
    this.mmapLow = opts.mmapTop ?? 0x7f2c_0000_0000;
    this.maxRequest = opts.maxRequest ?? 2 ** 40;
  }

  /** Forget every block: back to the state of a new RawMalloc with the same options. */
  reset(): void {
    Object.assign(this, new RawMalloc(this.opts));
  }

  /** malloc(n) in `domain`; returns 0 (NULL) when the request cannot be served. */
  malloc(n: number, domain: number = RAW_DOMAIN): number {
    if (!(n >= 0) || n !== Math.floor(n)) throw new RangeError(`raw malloc: bad size ${n}`);
    if (n > this.maxRequest) return 0;
    const req = n === 0 ? 1 : n; // malloc(0) is served as malloc(1) by CPython's raw domain
    let addr: number;
    if (req < RAW_MMAP_THRESHOLD) {
      const cs = chunkSize(req);
      addr = this.takeFromBin(cs);
      if (addr === 0) {
        addr = this.heapTop + 16;
        this.heapTop += cs;
      }
      this.heapChunkBytes += cs;
    } else {
      const ms = mmapSize(req);
      const hole = this.holes.get(ms);
      if (hole !== undefined && hole.length > 0) {
        addr = hole.pop()! + 16;
      } else {
        this.mmapLow -= ms;
        addr = this.mmapLow + 16;
      }
      this.mmapChunks++;
      this.mmapBytes += ms;
    }
    this.live.set(addr, req * 2 + domain);
    this.liveBytes += req;
    if (domain === OBJ_DOMAIN) {
      this.objBlocks++;
      this.objBytes += req;
    }
    return addr;
  }

  private lookup(addr: number, domain: number, what: string): number {
    const v = this.live.get(addr);
    if (v === undefined) throw new Error(`raw ${what} of an address that is not allocated: 0x${addr.toString(16)}`);
    if (v % 2 !== domain) {
      throw new Error(`raw ${what} of 0x${addr.toString(16)} in the wrong domain (${domain === OBJ_DOMAIN ? 'obj' : 'raw'})`);
    }
    return (v - domain) / 2;
  }

  private heapChunkOf(addr: number, req: number): number {
    const o = this.oversize.size > 0 ? this.oversize.get(addr) : undefined;
    return o === undefined ? chunkSize(req) : o;
  }

  /** free(addr); `domain` must match the one the block was allocated in. */
  free(addr: number, domain: number = RAW_DOMAIN): void {
    const req = this.lookup(addr, domain, 'free');
    this.live.delete(addr);
    this.liveBytes -= req;
    if (domain === OBJ_DOMAIN) {
      this.objBlocks--;
      this.objBytes -= req;
    }
    if (req < RAW_MMAP_THRESHOLD) {
      const cs = this.heapChunkOf(addr, req);
      if (this.oversize.size > 0) this.oversize.delete(addr);
      this.heapChunkBytes -= cs;
      this.releaseHeapChunk(addr, cs);
    } else {
      const ms = mmapSize(req);
      this.mmapChunks--;
      this.mmapBytes -= ms;
      let hole = this.holes.get(ms);
      if (hole === undefined) this.holes.set(ms, (hole = []));
      hole.push(addr - 16);
    }
  }

  /** A heap chunk becomes free: it merges into the top (with the free chunks below it), or is binned. */
  private releaseHeapChunk(addr: number, cs: number): void {
    if (addr - 16 + cs === this.heapTop) {
      this.heapTop -= cs;
      for (;;) {
        const below = this.freeByEnd.get(this.heapTop);
        if (below === undefined) break;
        const bs = this.freeChunks.get(below)!;
        this.freeChunks.delete(below);
        this.freeByEnd.delete(this.heapTop);
        this.heapFreeChunkBytes -= bs;
        this.heapTop -= bs;
      }
      return;
    }
    const k = cs >> 4;
    let bin = this.bins[k];
    if (bin === undefined) this.bins[k] = bin = [];
    bin.push(addr);
    this.freeChunks.set(addr, cs);
    this.freeByEnd.set(addr - 16 + cs, addr);
    this.heapFreeChunkBytes += cs;
  }

  private takeFromBin(cs: number): number {
    const bin = this.bins[cs >> 4];
    if (bin === undefined) return 0;
    while (bin.length > 0) {
      const a = bin.pop()!;
      if (this.freeChunks.get(a) !== cs) continue; // stale: merged into the top since
      this.freeChunks.delete(a);
      this.freeByEnd.delete(a - 16 + cs);
      this.heapFreeChunkBytes -= cs;
      return a;
    }
    return 0;
  }

  /** realloc(addr, n) keeping the block's domain; returns the (possibly new) address, or 0 on failure. */
  realloc(addr: number, n: number, domain: number = RAW_DOMAIN): number {
    if (addr === 0) return this.malloc(n, domain);
    const old = this.lookup(addr, domain, 'realloc');
    if (!(n >= 0) || n !== Math.floor(n)) throw new RangeError(`raw realloc: bad size ${n}`);
    if (n > this.maxRequest) return 0;
    const req = n === 0 ? 1 : n;
    const oldMapped = old >= RAW_MMAP_THRESHOLD;
    const newMapped = req >= RAW_MMAP_THRESHOLD;
    if (!oldMapped && !newMapped) {
      const oc = this.heapChunkOf(addr, old);
      const nc = chunkSize(req);
      if (addr - 16 + oc === this.heapTop) {
        // the last chunk: the top moves
        this.heapTop += nc - oc;
        this.heapChunkBytes += nc - oc;
        this.oversize.delete(addr);
        this.resize(addr, old, req, domain);
        return addr;
      }
      if (nc <= oc) {
        // shrink in place; a remainder big enough to be a chunk is split off and freed
        if (oc - nc >= RAW_MIN_CHUNK) {
          this.heapChunkBytes -= oc - nc;
          this.oversize.delete(addr);
          this.releaseHeapChunk(addr + nc, oc - nc);
        } else if (oc !== nc) {
          this.oversize.set(addr, oc);
        }
        this.resize(addr, old, req, domain);
        return addr;
      }
    } else if (oldMapped && newMapped && mmapSize(req) === mmapSize(old)) {
      this.resize(addr, old, req, domain);
      return addr;
    }
    const na = this.malloc(req, domain);
    if (na === 0) return 0;
    this.free(addr, domain);
    return na;
  }

  private resize(addr: number, old: number, req: number, domain: number): void {
    this.live.set(addr, req * 2 + domain);
    this.liveBytes += req - old;
    if (domain === OBJ_DOMAIN) this.objBytes += req - old;
  }

  /** Requested size of a live block, or -1. */
  sizeOf(addr: number): number {
    const v = this.live.get(addr);
    return v === undefined ? -1 : Math.floor(v / 2);
  }

  /** Domain tag of a live block, or -1. */
  domainOf(addr: number): number {
    const v = this.live.get(addr);
    return v === undefined ? -1 : v % 2;
  }

  /** Live blocks (both domains). */
  blockCount(): number {
    return this.live.size;
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
      blocks: this.live.size,
      bytes: this.liveBytes,
      objBlocks: this.objBlocks,
      objBytes: this.objBytes,
      heapBase: this.heapBase,
      heapTop: this.heapTop,
      heapChunkBytes: this.heapChunkBytes,
      heapFreeChunkBytes: this.heapFreeChunkBytes,
      mmapChunks: this.mmapChunks,
      mmapBytes: this.mmapBytes,
    };
  }

  /** Debug aid for tests: the heap's chunks tile [heapBase, heapTop) exactly. */
  checkInvariants(): void {
    const chunks: [number, number][] = [];
    for (const [addr, v] of this.live) {
      const req = Math.floor(v / 2);
      if (req < RAW_MMAP_THRESHOLD) chunks.push([addr - 16, this.heapChunkOf(addr, req)]);
    }
    for (const [addr, cs] of this.freeChunks) chunks.push([addr - 16, cs]);
    chunks.sort((a, b) => a[0] - b[0]);
    let at = this.heapBase;
    let used = 0;
    let free = 0;
    for (const [start, cs] of chunks) {
      if (start !== at) throw new Error(`rawmalloc invariant: chunk at 0x${start.toString(16)}, expected 0x${at.toString(16)}`);
      at += cs;
      if (this.freeChunks.has(start + 16)) free += cs;
      else used += cs;
    }
    if (at !== this.heapTop) throw new Error('rawmalloc invariant: chunks do not reach the top');
    if (used !== this.heapChunkBytes || free !== this.heapFreeChunkBytes) throw new Error('rawmalloc invariant: byte counts');
  }
}
