// LAYER: tools. `pyheap trace FILE.py`: runs a program while recording what its memory does, then
// writes one self-contained HTML report (no network needed to open it).
//
// The recorder listens to memory/events.ts only (allocations, frees, buffer traffic, collections)
// and reads the allocator's figures (memory/procmem.ts, obmalloc stats) at sample points:
//   * a sample every `interval` allocation events and at every collection: modelled process
//     memory (rss), live arenas, bytes in the C heap, blocks in use, objects per generation;
//     when there are more than MAX_SAMPLES, every other one is dropped and the interval doubles,
//     so a long program costs a bounded amount of memory;
//   * every collection: generation, collected, uncollectable, duration, at which sample;
//   * allocation sites: bytes and blocks allocated per Python line (the innermost frame's
//     filename:line, exact because the eval loop keeps lasti exact while recording).
// The report draws the timeline as inline SVG, the collections on the same axis, the top
// allocation sites and the arena/pool map at exit (which size class fills which pool).
//
// Not done yet (see the issue): finalized-garbage groups with their graphs, objects alive at exit
// with their back-reference chains, the heap snapshot and trace-event exports, the browser test.

import fs from 'node:fs';
import { subscribe, MemoryEvent } from '../memory/events.js';
import { processMemory } from '../memory/procmem.js';
import { obmalloc } from '../memory/obmalloc.js';
import { gcState } from '../memory/generations.js';
import { ts } from '../vm/state.js';

const MAX_SAMPLES = 2000;

export interface Sample {
  event: number; ms: number; rss: number; arenas: number; rawBytes: number; blocks: number; gens: number[];
}
export interface Collection {
  event: number; ms: number; generation: number; collected: number; uncollectable: number; durationMs: number;
}
export interface Site { where: string; bytes: number; blocks: number }

export class TraceRecorder {
  samples: Sample[] = [];
  collections: Collection[] = [];
  private sites = new Map<string, Site>();
  private events = 0;
  private interval = 2000;
  private untilSample = 0;
  private readonly t0 = performance.now();
  private stop: (() => void) | null = null;
  private onProgress: ((events: number) => void) | null;

  constructor(onProgress: ((events: number) => void) | null = null) {
    this.onProgress = onProgress;
  }

  start(): void {
    ts.exactLasti = true;
    this.sample();
    this.stop = subscribe((e) => this.onEvent(e));
  }

  finish(): void {
    if (this.stop !== null) this.stop();
    this.stop = null;
    ts.exactLasti = false;
    this.sample();
  }

  private site(size: number): void {
    const f = ts.frame;
    const where = f === null ? '<unknown>:0' : `${f.code.filename}:${f.lineno}`;
    let s = this.sites.get(where);
    if (s === undefined) this.sites.set(where, s = { where, bytes: 0, blocks: 0 });
    s.bytes += size;
    s.blocks++;
  }

  private onEvent(e: MemoryEvent): void {
    this.events++;
    switch (e.kind) {
      case 'alloc': case 'buffer-alloc': this.site(e.size); break;
      case 'buffer-realloc': this.site(e.size); break;
      case 'gc-stop':
        this.collections.push({ event: this.events, ms: performance.now() - this.t0, generation: e.generation,
          collected: e.collected, uncollectable: e.uncollectable, durationMs: e.durationMs });
        this.sample();
        return;
      default: break;
    }
    if (--this.untilSample <= 0) this.sample();
  }

  private sample(): void {
    this.untilSample = this.interval;
    const m = processMemory();
    this.samples.push({
      event: this.events, ms: performance.now() - this.t0, rss: m.rss, arenas: obmalloc.arenaCount(),
      rawBytes: obmalloc.rawBytes(), blocks: obmalloc.allocatedBlocks(),
      gens: gcState.generations.map((g) => g.list.size()),
    });
    if (this.samples.length > MAX_SAMPLES) {
      this.samples = this.samples.filter((_, i) => i % 2 === 0 || i === this.samples.length - 1);
      this.interval *= 2;
    }
    if (this.onProgress !== null) this.onProgress(this.events);
  }

  topSites(n: number): Site[] {
    return [...this.sites.values()].sort((a, b) => b.bytes - a.bytes || b.blocks - a.blocks).slice(0, n);
  }
}

// ---------------------------------------------------------------------------------------------
// The report

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function mib(n: number): string {
  return (n / 1048576).toFixed(2) + ' MiB';
}

/** A line chart of several series against the event axis, with the collections as ticks. */
function timelineSvg(samples: Sample[], collections: Collection[]): string {
  const W = 900, H = 260, L = 60, R = 20, T = 20, B = 40;
  const maxEvent = Math.max(1, ...samples.map((s) => s.event));
  const x = (ev: number) => L + (ev / maxEvent) * (W - L - R);
  const series: [string, string, (s: Sample) => number][] = [
    ['modelled RSS', '#1f77b4', (s) => s.rss],
    ['C heap (raw) bytes', '#ff7f0e', (s) => s.rawBytes],
    ['arenas x 1 MiB', '#2ca02c', (s) => s.arenas * 1048576],
  ];
  const maxY = Math.max(1, ...samples.flatMap((s) => series.map(([, , f]) => f(s))));
  const y = (v: number) => T + (1 - v / maxY) * (H - T - B);
  let out = `<svg id="timeline" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`;
  out += `<rect x="${L}" y="${T}" width="${W - L - R}" height="${H - T - B}" fill="#fafafa" stroke="#ccc"/>`;
  for (let i = 0; i <= 4; i++) {
    const v = (maxY * i) / 4;
    out += `<text x="${L - 4}" y="${y(v) + 4}" font-size="10" text-anchor="end">${(v / 1048576).toFixed(0)} MiB</text>`;
  }
  for (const c of collections) {
    const cx = x(c.event);
    const colour = ['#bbb', '#888', '#d62728'][c.generation] ?? '#888';
    out += `<line class="gc" x1="${cx}" x2="${cx}" y1="${T}" y2="${H - B}" stroke="${colour}" stroke-dasharray="2,2">` +
      `<title>gen ${c.generation}: ${c.collected} collected, ${c.uncollectable} uncollectable, ${c.durationMs.toFixed(3)} ms</title></line>`;
  }
  series.forEach(([name, colour, f], i) => {
    const pts = samples.map((s) => `${x(s.event).toFixed(1)},${y(f(s)).toFixed(1)}`).join(' ');
    out += `<polyline class="series" fill="none" stroke="${colour}" stroke-width="1.5" points="${pts}"/>`;
    out += `<text x="${L + 10 + i * 170}" y="${H - 10}" font-size="11" fill="${colour}">— ${esc(name)}</text>`;
  });
  out += `<text x="${W - R}" y="${H - 24}" font-size="10" text-anchor="end">allocation events →</text>`;
  return out + '</svg>';
}

/** The pools of every live arena as small squares coloured by size class (grey: empty). */
function arenaMapSvg(): string {
  const st = obmalloc.stats({ pools: true });
  const cell = 9;
  const perRow = 64;
  const rows = st.arenas.length;
  let out = `<svg id="arenas" xmlns="http://www.w3.org/2000/svg" width="${perRow * cell + 80}" height="${rows * cell + 10}">`;
  st.arenas.forEach((a, r) => {
    out += `<text x="0" y="${r * cell + 8}" font-size="8">arena ${a.index}</text>`;
    (a.pools ?? []).forEach((p, i) => {
      const hue = p.state === 'empty' ? null : Math.round((p.szidx * 360) / 32);
      const fill = hue === null ? '#ddd' : `hsl(${hue},70%,${p.state === 'full' ? 35 : 60}%)`;
      out += `<rect x="${60 + i * cell}" y="${r * cell}" width="${cell - 1}" height="${cell - 1}" fill="${fill}">` +
        `<title>${p.size} B blocks: ${p.count}/${p.nblocks} in use (${p.state})</title></rect>`;
    });
  });
  return out + '</svg>';
}

export function renderReport(rec: TraceRecorder, program: string, status: number): string {
  const last = rec.samples[rec.samples.length - 1];
  const peak = Math.max(...rec.samples.map((s) => s.rss));
  const gcRows = rec.collections.map((c) =>
    `<tr><td>${c.ms.toFixed(1)}</td><td>${c.generation}</td><td>${c.collected}</td><td>${c.uncollectable}</td><td>${c.durationMs.toFixed(3)}</td></tr>`).join('');
  const siteRows = rec.topSites(20).map((s) =>
    `<tr><td>${esc(s.where)}</td><td>${s.bytes}</td><td>${s.blocks}</td></tr>`).join('');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>pyheap trace: ${esc(program)}</title>
<style>body{font-family:sans-serif;margin:20px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;font-size:12px;text-align:right}td:first-child{text-align:left}</style>
</head><body>
<h1>pyheap trace: ${esc(program)}</h1>
<p id="summary">exit status ${status}; peak modelled RSS ${mib(peak)}, at exit ${mib(last.rss)};
${rec.collections.length} collections; ${last.arenas} arenas and ${last.blocks} blocks in use at exit;
objects per generation at exit: ${last.gens.join(' / ')}.</p>
<h2>Memory timeline</h2>
${timelineSvg(rec.samples, rec.collections)}
<h2>Collections</h2>
<table id="collections"><tr><th>at (ms)</th><th>generation</th><th>collected</th><th>uncollectable</th><th>duration (ms)</th></tr>${gcRows}</table>
<h2>Top allocation sites (bytes allocated, freed or not)</h2>
<table id="sites"><tr><th>line</th><th>bytes</th><th>blocks</th></tr>${siteRows}</table>
<h2>Arena and pool map at exit</h2>
<p>One square a pool, coloured by size class (darker: full; grey: empty).</p>
${arenaMapSvg()}
<script type="application/json" id="data">${JSON.stringify({ samples: rec.samples, collections: rec.collections }).replace(/</g, '\\u003c')}</script>
</body></html>
`;
}

export function writeReport(rec: TraceRecorder, program: string, status: number, file: string): void {
  fs.writeFileSync(file, renderReport(rec, program, status));
}
