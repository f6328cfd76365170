// LAYER: tools. `pyheap trace --trace-events FILE`: what the memory manager did, in the Chrome trace
// event format (JSON `{"traceEvents": [...]}`), for Perfetto (ui.perfetto.dev: Open trace file) or
// chrome://tracing.
//
// THE EVENTS (one process, pid 1; one thread, tid 1, the Python main thread; times in microseconds
// since the recorder started):
//   "M" metadata        process_name "pyheap FILE.py", thread_name "python main thread", sort index
//   "X" complete slice  "run FILE.py" (the program's main code) and "shutdown" (atexit, module
//                       teardown, the exit collections), and inside them one slice per collection:
//                       "gc gen0|gen1|gen2", category "gc", args {generation, collected,
//                       uncollectable} — a collection is a pause of the main thread
//   "C" counters        "modelled RSS (bytes)", "C heap (bytes)", "arenas", "blocks in use", each
//                       {value}, and "tracked objects" {gen0, gen1, gen2}
//   "i" instant         "main code finished"
// Memory counters are sampled at every collection's start and end and every `interval` memory
// events between (the interval doubles each time the sample count doubles past 4096, so a long
// program's trace stays small); the per-generation object counts (a walk of the generation lists)
// only at collections and at the ends, where they change meaningfully.
//
// The recorder subscribes to memory/events.ts and reads the allocator's figures (procmem, obmalloc,
// the generation lists); it does not touch the HTML report's recorder (tools/trace.ts).

import fs from 'node:fs';
import { subscribe, type MemoryEvent } from '../memory/events.js';
import { processMemory } from '../memory/procmem.js';
import { obmalloc } from '../memory/obmalloc.js';
import { gcState } from '../memory/generations.js';

export interface TraceEvent {
  name: string; ph: string; pid: number; tid: number; ts?: number; dur?: number; cat?: string; s?: string;
  args?: Record<string, unknown>;
}

const PID = 1, TID = 1;
const FIRST_INTERVAL = 1000;
const SAMPLES_BEFORE_THINNING = 4096;

export class TraceEventRecorder {
  private readonly events: TraceEvent[] = [];
  private readonly t0 = performance.now();
  private stop: (() => void) | null = null;
  private gcStarts: number[] = [];
  private interval = FIRST_INTERVAL;
  private untilSample = FIRST_INTERVAL;
  private samples = 0;
  private mainEnd: number | null = null;
  private end: number | null = null;

  constructor(private readonly program: string) {}

  private now(): number {
    return Math.round((performance.now() - this.t0) * 1000);
  }

  start(): void {
    this.sample(this.now(), true);
    this.stop = subscribe((e) => this.onEvent(e));
  }

  /** the program's main code returned (shutdown begins) */
  mainFinished(): void {
    this.mainEnd = this.now();
    this.events.push({ name: 'main code finished', ph: 'i', s: 't', pid: PID, tid: TID, ts: this.mainEnd });
    this.sample(this.mainEnd, true);
  }

  finish(): void {
    if (this.stop !== null) this.stop();
    this.stop = null;
    this.end = this.now();
    this.sample(this.end, true);
  }

  private onEvent(e: MemoryEvent): void {
    if (e.kind === 'gc-start') {
      const t = this.now();
      this.gcStarts.push(t);
      this.sample(t, true);
      return;
    }
    if (e.kind === 'gc-stop') {
      const t = this.now();
      const start = this.gcStarts.pop() ?? t - Math.round(e.durationMs * 1000);
      this.events.push({
        name: `gc gen${e.generation}`, cat: 'gc', ph: 'X', pid: PID, tid: TID, ts: start, dur: Math.max(0, t - start),
        args: { generation: e.generation, collected: e.collected, uncollectable: e.uncollectable },
      });
      this.sample(t, true);
      return;
    }
    if (--this.untilSample <= 0) this.sample(this.now(), false);
  }

  private sample(ts: number, withGenerations: boolean): void {
    this.untilSample = this.interval;
    if (++this.samples % SAMPLES_BEFORE_THINNING === 0) this.interval *= 2;
    const counter = (name: string, args: Record<string, number>) =>
      this.events.push({ name, ph: 'C', pid: PID, tid: TID, ts, args });
    counter('modelled RSS (bytes)', { value: processMemory().rss });
    counter('C heap (bytes)', { value: obmalloc.rawBytes() });
    counter('arenas', { value: obmalloc.arenaCount() });
    counter('blocks in use', { value: obmalloc.allocatedBlocks() });
    if (withGenerations) {
      const [gen0, gen1, gen2] = gcState.generations.map((g) => g.list.size());
      counter('tracked objects', { gen0, gen1, gen2 });
    }
  }

  /** the whole trace: metadata, the run and shutdown slices, collections, counters */
  traceEvents(): { traceEvents: TraceEvent[]; displayTimeUnit: string; otherData: Record<string, string> } {
    const end = this.end ?? this.now();
    const mainEnd = this.mainEnd ?? end;
    const meta: TraceEvent[] = [
      { name: 'process_name', ph: 'M', pid: PID, tid: TID, args: { name: `pyheap ${this.program}` } },
      { name: 'process_sort_index', ph: 'M', pid: PID, tid: TID, args: { sort_index: 0 } },
      { name: 'thread_name', ph: 'M', pid: PID, tid: TID, args: { name: 'python main thread' } },
      { name: 'thread_sort_index', ph: 'M', pid: PID, tid: TID, args: { sort_index: 0 } },
    ];
    const phases: TraceEvent[] = [
      { name: `run ${this.program}`, cat: 'python', ph: 'X', pid: PID, tid: TID, ts: 0, dur: mainEnd, args: {} },
      { name: 'shutdown', cat: 'python', ph: 'X', pid: PID, tid: TID, ts: mainEnd, dur: Math.max(0, end - mainEnd), args: {} },
    ];
    const events = [...meta, ...phases, ...this.events];
    return { traceEvents: events, displayTimeUnit: 'ms', otherData: { producer: 'pyheap trace' } };
  }

  write(file: string): void {
    const doc = this.traceEvents();
    const lines = doc.traceEvents.map((e) => JSON.stringify(e));
    fs.writeFileSync(file, `{"displayTimeUnit":"ms","otherData":${JSON.stringify(doc.otherData)},"traceEvents":[\n` +
      lines.join(',\n') + '\n]}\n');
  }
}
