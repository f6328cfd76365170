// LAYER: tools. `pyheap trace FILE.py`: records what a program's memory does while it runs; the
// report is drawn by trace-report.ts.
//
// The recorder listens to memory/events.ts only (allocations, frees, free-list reuse, buffer
// traffic, the garbage of each collection, collections) and reads the allocator's figures
// (memory/procmem.ts, obmalloc's versioned stats) at sample points:
//   * a sample every `interval` memory events and at every collection: modelled process memory
//     (rss), live arenas, bytes in the C heap, blocks in use, objects per generation, and the line
//     running; when there are more than MAX_SAMPLES, every other one is dropped and the interval
//     doubles, so a long program costs a bounded amount of memory;
//   * every collection: generation, collected, uncollectable, duration, and whether it ran while
//     the program ran or at shutdown;
//   * allocation sites: bytes and blocks allocated per Python line (the innermost frame's
//     filename:line, exact because the eval loop keeps lasti exact while recording). Sites are
//     interned per code object and line, so an allocation costs two small Map lookups;
//   * the allocation site of every live object the collector tracks (containers, instances: the
//     ones that can be cyclic garbage or keep others alive), in a Map keyed by the object, dropped
//     when it is freed; objects that hold no references are not recorded (a list of ten million
//     ints costs one entry);
//   * the garbage of each collection while the program runs (trace-garbage.ts);
//   * the arena/pool map when the number of arenas has grown by 5% since the last copy (so the
//     report shows the map at the peak), and at the end.
// What keeps objects alive at exit is computed once, when the program's code has finished and
// before shutdown (liveAtExit, trace-retainers.ts).

import type { PyObject } from '../memory/object.js';
import { subscribe, MemoryEvent } from '../memory/events.js';
import { processMemory } from '../memory/procmem.js';
import { obmalloc } from '../memory/obmalloc.js';
import { gcState } from '../memory/generations.js';
import { ts } from '../vm/state.js';
import { GarbageRecorder } from './trace-garbage.js';
import { findRetainers, LiveGroup, Root } from './trace-retainers.js';

const MAX_SAMPLES = 2000;

export interface Sample {
  event: number; ms: number; rss: number; arenas: number; rawBytes: number; blocks: number; gens: number[];
  /** the line running (a site id) */
  site: number;
}
export interface Collection {
  /** memory events and milliseconds at its start and at its end (a collection that frees much spans many events) */
  startEvent: number; startMs: number; event: number; ms: number; generation: number; collected: number; uncollectable: number; durationMs: number;
  atShutdown: boolean;
}
export interface Site { where: string; bytes: number; blocks: number }
/** One pool: its size class index (-1: empty), blocks in use and blocks it holds. */
export interface PoolCell { szidx: number; size: number; count: number; nblocks: number; full: boolean }
export interface ArenaMap { ms: number; arenas: { index: number; pools: PoolCell[] }[] }

export interface Progress { events: number; ms: number; rss: number; collections: number; where: string }

export class TraceRecorder {
  samples: Sample[] = [];
  collections: Collection[] = [];
  /** site id -> "file:line"; id 0 is code running outside any Python frame */
  readonly siteWhere: string[] = ['<runtime>'];
  readonly siteBytes: number[] = [0];
  readonly siteBlocks: number[] = [0];
  /** live tracked objects allocated while tracing -> site id */
  readonly objectSites = new Map<PyObject, number>();
  readonly garbage = new GarbageRecorder((o) => this.objectSites.get(o) ?? 0, (id) => this.siteWhere[id]);
  peakMap: ArenaMap | null = null;
  exitMap: ArenaMap | null = null;
  liveGroups: LiveGroup[] = [];
  programMs = 0;
  /** what went wrong in the recorder itself (shown in the report), or null */
  problem: string | null = null;
  private codeSites = new Map<object, Map<number, number>>();
  private events = 0;
  private interval = 2000;
  private untilSample = 0;
  private mapArenas = 0;
  private gcStart: Sample | null = null;
  private programRunning = true;
  private t0 = performance.now();
  private stop: (() => void) | null = null;
  private onProgress: ((p: Progress) => void) | null;

  constructor(onProgress: ((p: Progress) => void) | null = null) {
    this.onProgress = onProgress;
  }

  start(): void {
    this.t0 = performance.now();
    this.sample();
    this.stop = subscribe((e) => this.onEvent(e));
  }

  /**
   * The program's code has finished (shutdown is next): find what keeps its objects alive, and
   * stop recording garbage (shutdown's collections free everything).
   */
  programFinished(roots: readonly Root[]): void {
    this.sample();
    this.programMs = this.samples[this.samples.length - 1].ms;
    try {
      this.liveGroups = findRetainers(roots, this.objectSites);
    } catch (err) {
      this.problem = `finding what keeps objects alive failed: ${String(err)}`;
    }
    this.programRunning = false;
  }

  finish(): void {
    if (this.stop !== null) this.stop();
    this.stop = null;
    if (this.programRunning) this.programMs = performance.now() - this.t0;
    this.sample();
    this.exitMap = arenaMap(performance.now() - this.t0);
    if (this.peakMap === null) this.peakMap = this.exitMap;
  }

  /** The site id of the line running now. */
  private currentSite(): number {
    const f = ts.frame;
    if (f === null) return 0;
    let lines = this.codeSites.get(f.code);
    if (lines === undefined) this.codeSites.set(f.code, lines = new Map());
    const line = f.lineno;
    let id = lines.get(line);
    if (id === undefined) {
      id = this.siteWhere.length;
      lines.set(line, id);
      this.siteWhere.push(`${f.code.filename}:${line}`);
      this.siteBytes.push(0);
      this.siteBlocks.push(0);
    }
    return id;
  }

  private charge(size: number): number {
    const id = this.currentSite();
    this.siteBytes[id] += size;
    this.siteBlocks[id]++;
    return id;
  }

  private onEvent(e: MemoryEvent): void {
    this.events++;
    switch (e.kind) {
      case 'alloc': {
        const id = this.charge(e.size);
        if (e.obj.type.traverse !== null) this.objectSites.set(e.obj, id);
        break;
      }
      case 'reuse':
        if (e.obj.type.traverse !== null) this.objectSites.set(e.obj, this.currentSite());
        break;
      case 'replace': {
        const id = this.objectSites.get(e.from);
        this.objectSites.delete(e.from);
        this.objectSites.set(e.to, id ?? this.currentSite());
        break;
      }
      case 'free':
        if (e.obj.type.traverse !== null) this.objectSites.delete(e.obj);
        break;
      case 'buffer-alloc': case 'buffer-realloc': this.charge(e.size); break;
      case 'gc-garbage':
        // a viewer must never break the collection it watches
        if (this.programRunning && this.problem === null) {
          try {
            this.garbage.record(e.objects, this.collections.length);
          } catch (err) {
            this.problem = `recording the garbage of collection ${this.collections.length + 1} failed: ${String(err)}`;
          }
        }
        return;
      case 'gc-start':
        this.sample();
        this.gcStart = this.samples[this.samples.length - 1];
        return;
      case 'gc-stop':
        this.collections.push({ startEvent: this.gcStart?.event ?? this.events, startMs: this.gcStart?.ms ?? 0, event: this.events, ms: performance.now() - this.t0, generation: e.generation,
          collected: e.collected, uncollectable: e.uncollectable, durationMs: e.durationMs, atShutdown: !this.programRunning });
        this.sample();
        return;
      default: break;
    }
    if (--this.untilSample <= 0) this.sample();
  }

  private gens = [0, 0, 0];
  private gensCountedAt = [0, 0, 0];

  /**
   * Tracked objects per generation. Counting walks a generation's list, so a generation is
   * counted again only once at least half as many events as it had objects have passed: the
   * counting costs at most two steps per event, however large a generation grows (a program
   * that builds 450,000 objects with the collector off would otherwise be walked at every sample).
   */
  private generationSizes(): number[] {
    gcState.generations.forEach((g, i) => {
      if (this.events - this.gensCountedAt[i] >= this.gens[i] / 2) {
        this.gens[i] = g.list.size();
        this.gensCountedAt[i] = this.events;
      }
    });
    return this.gens.slice();
  }

  private sample(): void {
    this.untilSample = this.interval;
    const m = processMemory();
    const ms = performance.now() - this.t0;
    const arenas = obmalloc.arenaCount();
    this.samples.push({
      event: this.events, ms, rss: m.rss, arenas,
      rawBytes: obmalloc.rawBytes(), blocks: obmalloc.allocatedBlocks(),
      gens: this.generationSizes(),
      site: this.currentSite(),
    });
    if (arenas > this.mapArenas * 1.05 && arenas >= this.mapArenas + 1) {
      this.mapArenas = arenas;
      this.peakMap = arenaMap(ms);
    }
    if (this.samples.length > MAX_SAMPLES) {
      this.samples = this.samples.filter((_, i) => i % 2 === 0 || i === this.samples.length - 1);
      this.interval *= 2;
    }
    if (this.onProgress !== null) {
      this.onProgress({ events: this.events, ms, rss: m.rss, collections: this.collections.length,
        where: this.siteWhere[this.samples[this.samples.length - 1].site] });
    }
  }

  topSites(n: number): Site[] {
    const ids = this.siteWhere.map((_, i) => i).filter((i) => this.siteBlocks[i] > 0);
    ids.sort((a, b) => this.siteBytes[b] - this.siteBytes[a] || this.siteBlocks[b] - this.siteBlocks[a]);
    return ids.slice(0, n).map((i) => ({ where: this.siteWhere[i], bytes: this.siteBytes[i], blocks: this.siteBlocks[i] }));
  }
}

/** Which size class fills each pool of each live arena (obmalloc's versioned stats). */
function arenaMap(ms: number): ArenaMap {
  const st = obmalloc.stats({ pools: true });
  return {
    ms,
    arenas: st.arenas.map((a) => ({
      index: a.index,
      pools: (a.pools ?? []).map((p) => ({
        szidx: p.state === 'empty' ? -1 : p.szidx, size: p.size, count: p.count, nblocks: p.nblocks, full: p.state === 'full',
      })),
    })),
  };
}
