// LAYER: tools. The HTML report of `pyheap trace`: one self-contained file (inline SVG, inline
// CSS and a small inline script for hovering; nothing is fetched), drawn from a TraceRecorder.
//
// Sections:
//   summary            exit status, run time, peak and final modelled memory, collections, garbage
//   memory timeline    three panels on one axis (memory events, i.e. execution; seconds marked):
//                      modelled RSS / arenas / C heap; pymalloc blocks in use; tracked objects per
//                      generation. Every collection is a dashed line through the panels and a dot
//                      on the strip above them (colour: generation, size: objects collected); the
//                      end of the program's code (shutdown follows) is marked. Hovering shows the
//                      figures and the line running at that point.
//   collections        one row each: time, generation, collected, uncollectable, duration
//   cyclic garbage     what the collector freed while the program ran, grouped by type and
//                      allocation line, with a reference graph per shape of cycle (Graphviz SVG)
//   alive at exit      the program's objects still alive when its code ended, with the shortest
//                      chain of references from a root
//   allocation sites   the lines that allocated the most bytes (freed or not)
//   arena/pool map     at the peak and at exit: every pool of every arena, coloured by size class
// The graphs are rendered by the offline WebAssembly Graphviz (bin/pyheap-dot.js, one child process
// for all of them, so the interpreter's bundle does not load Graphviz).

import fs from 'node:fs';
import path from 'node:path';
import { childProcess } from '../lazynode.js';
import { dotCommand } from '../modules/pyheap_graphviz.js';
import type { TraceRecorder, Sample, Collection, ArenaMap } from './trace.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function mib(n: number): string {
  return (n / 1048576).toFixed(1) + ' MiB';
}

function num(n: number): string {
  return n.toLocaleString('en-US');
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

const GEN_COLOURS = ['#9ecae1', '#fd8d3c', '#d62728'];

/** Render DOT graphs to SVG with the WebAssembly Graphviz, all in one child process. */
export function renderGraphs(dots: string[]): (string | null)[] {
  if (dots.length === 0) return [];
  const r = childProcess().spawnSync(process.execPath, [dotCommand(), '--json-batch', '-Tsvg'], {
    input: JSON.stringify(dots), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) return dots.map(() => null);
  const out = JSON.parse(r.stdout) as (string | null)[];
  // inline: drop the XML declaration and doctype in front of <svg
  return out.map((s) => (s === null ? null : s.slice(s.indexOf('<svg'))));
}

// ---------------------------------------------------------------------------------------------
// The timeline

interface Panel { title: string; height: number; series: [string, string, (s: Sample) => number][]; unit: 'bytes' | 'count' }

function timelineSvg(samples: Sample[], collections: Collection[], programEndEvent: number): string {
  const W = 960, L = 70, R = 20, STRIP = 34, GAP = 26, AXIS = 34;
  const panels: Panel[] = [
    { title: 'memory', height: 190, unit: 'bytes', series: [
      ['modelled RSS', '#1f77b4', (s) => s.rss],
      ['arenas (1 MiB each)', '#2ca02c', (s) => s.arenas * 1048576],
      ['C heap (raw allocations)', '#ff7f0e', (s) => s.rawBytes],
    ] },
    { title: 'pymalloc blocks in use', height: 80, unit: 'count', series: [['blocks in use', '#9467bd', (s) => s.blocks]] },
    { title: 'objects tracked by the collector, per generation', height: 100, unit: 'count', series: [
      ['generation 0', GEN_COLOURS[0], (s) => s.gens[0]],
      ['generation 1', GEN_COLOURS[1], (s) => s.gens[1]],
      ['generation 2', GEN_COLOURS[2], (s) => s.gens[2]],
    ] },
  ];
  const H = STRIP + panels.reduce((a, p) => a + p.height + GAP, 0) + AXIS;
  const maxEvent = Math.max(1, ...samples.map((s) => s.event));
  const x = (ev: number) => L + (ev / maxEvent) * (W - L - R);
  let out = `<svg id="timeline" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">`;
  // the collections strip
  out += `<text x="${L - 6}" y="${STRIP / 2 + 4}" font-size="10" text-anchor="end">collections</text>`;
  out += `<line x1="${L}" x2="${W - R}" y1="${STRIP / 2}" y2="${STRIP / 2}" stroke="#ccc"/>`;
  const maxCollected = Math.max(1, ...collections.map((c) => c.collected + c.uncollectable));
  let top = STRIP;
  const bottoms: [number, number][] = [];
  for (const p of panels) {
    const y0 = top + 14, y1 = top + p.height;
    bottoms.push([y0, y1]);
    const maxY = Math.max(1, ...samples.flatMap((s) => p.series.map(([, , f]) => f(s))));
    const y = (v: number) => y1 - (v / maxY) * (y1 - y0);
    out += `<g class="panel" data-panel="${esc(p.title)}">`;
    out += `<text x="${L}" y="${top + 10}" font-size="11" font-weight="bold">${esc(p.title)}</text>`;
    out += `<rect x="${L}" y="${y0}" width="${W - L - R}" height="${y1 - y0}" fill="#fafafa" stroke="#ccc"/>`;
    for (let i = 0; i <= 2; i++) {
      const v = (maxY * i) / 2;
      const label = p.unit === 'bytes' ? mib(v) : num(Math.round(v));
      out += `<text x="${L - 4}" y="${y(v) + 3}" font-size="9" text-anchor="end">${label}</text>`;
    }
    p.series.forEach(([name, colour, f], i) => {
      const pts = samples.map((s) => `${x(s.event).toFixed(1)},${y(f(s)).toFixed(1)}`).join(' ');
      out += `<polyline class="series" data-series="${esc(name)}" fill="none" stroke="${colour}" stroke-width="1.6" points="${pts}"/>`;
      out += `<text x="${W - R - (p.series.length - i) * 160}" y="${top + 10}" font-size="10" fill="${colour}">━ ${esc(name)}</text>`;
    });
    out += '</g>';
    top = y1 + GAP;
  }
  const plotBottom = bottoms[bottoms.length - 1][1];
  // collections: a dot on the strip and a dashed line through the panels where each started, and a
  // band over the events it caused (the frees of what it collected)
  collections.forEach((c, i) => {
    const cx = x(c.startEvent).toFixed(1);
    const width = x(c.event) - x(c.startEvent);
    const colour = GEN_COLOURS[c.generation] ?? '#888';
    const r = 3 + 7 * Math.sqrt((c.collected + c.uncollectable) / maxCollected);
    const title = `<title>collection ${i + 1}${c.atShutdown ? ' (shutdown)' : ''}: generation ${c.generation}, ${num(c.collected)} collected, ` +
      `${num(c.uncollectable)} uncollectable, ${c.durationMs.toFixed(3)} ms, at ${seconds(c.startMs)}</title>`;
    if (width >= 1) out += `<rect class="gc-span" x="${cx}" y="${STRIP}" width="${width.toFixed(1)}" height="${plotBottom - STRIP}" fill="${colour}" opacity="0.15">${title}</rect>`;
    out += `<line class="gc" x1="${cx}" x2="${cx}" y1="${STRIP / 2}" y2="${plotBottom}" stroke="${colour}" stroke-width="1" stroke-dasharray="3,3" opacity="0.8">${title}</line>`;
    out += `<circle class="gc-marker" cx="${cx}" cy="${STRIP / 2}" r="${r.toFixed(1)}" fill="${colour}" stroke="#333" stroke-width="0.5">${title}</circle>`;
  });
  // the end of the program's code
  if (programEndEvent < maxEvent) {
    const ex = x(programEndEvent).toFixed(1);
    out += `<line class="program-end" x1="${ex}" x2="${ex}" y1="${STRIP}" y2="${plotBottom}" stroke="#555" stroke-width="1.5"/>`;
    out += `<text x="${ex}" y="${plotBottom + 12}" font-size="9" text-anchor="end">program ended | shutdown →</text>`;
  }
  // the axis: execution, measured in memory events, with times marked
  const axisY = plotBottom + 24;
  out += `<line x1="${L}" x2="${W - R}" y1="${axisY - 8}" y2="${axisY - 8}" stroke="#999"/>`;
  for (let i = 0; i <= 5; i++) {
    const ev = (maxEvent * i) / 5;
    const s = samples.find((t) => t.event >= ev) ?? samples[samples.length - 1];
    out += `<text x="${x(ev).toFixed(1)}" y="${axisY + 4}" font-size="9" text-anchor="middle">${seconds(s.ms)}</text>`;
  }
  out += `<text x="${W - R}" y="${axisY + 16}" font-size="9" text-anchor="end">execution (memory events: ${num(maxEvent)}) →</text>`;
  out += `<line id="cursor" x1="0" x2="0" y1="${STRIP}" y2="${plotBottom}" stroke="#000" stroke-width="0.5" visibility="hidden"/>`;
  return out + '</svg>';
}

// ---------------------------------------------------------------------------------------------
// The arena/pool map

function classColour(szidx: number, full: boolean): string {
  return `hsl(${Math.round((szidx * 360) / 32 * 7) % 360},65%,${full ? 38 : 62}%)`;
}

function arenaMapSvg(map: ArenaMap, id: string): string {
  const n = map.arenas.length;
  const cell = n <= 24 ? 10 : n <= 150 ? 5 : 3;
  const block = 8 * cell + 6;
  const perRow = Math.max(1, Math.floor(900 / block));
  const rows = Math.ceil(n / perRow);
  const W = perRow * block, H = Math.max(1, rows) * block;
  const paths = new Map<string, string>();
  let tips = '';
  const perClass = new Map<number, { size: number; pools: number; blocks: number }>();
  map.arenas.forEach((a, k) => {
    const ax = (k % perRow) * block, ay = Math.floor(k / perRow) * block;
    const inArena = new Map<number, number>();
    a.pools.forEach((p, i) => {
      const px = ax + (i % 8) * cell, py = ay + Math.floor(i / 8) * cell;
      const fill = p.szidx < 0 ? '#d9d9d9' : classColour(p.szidx, p.full);
      paths.set(fill, (paths.get(fill) ?? '') + `M${px} ${py}h${cell - 1}v${cell - 1}h${1 - cell}z`);
      if (p.szidx >= 0) {
        inArena.set(p.size, (inArena.get(p.size) ?? 0) + 1);
        const c = perClass.get(p.szidx) ?? { size: p.size, pools: 0, blocks: 0 };
        c.pools++; c.blocks += p.count;
        perClass.set(p.szidx, c);
      }
    });
    const what = [...inArena].sort((u, v) => v[1] - u[1]).map(([size, c]) => `${c} pools of ${size}-byte blocks`).join(', ') || 'no pools in use';
    tips += `<rect class="arena" x="${ax}" y="${ay}" width="${8 * cell}" height="${8 * cell}" fill="none" stroke="#888" stroke-width="0.5">` +
      `<title>arena ${a.index}: ${a.pools.length} pools carved; ${what}</title></rect>`;
  });
  let out = `<svg id="${id}" class="arena-map" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`;
  for (const [fill, d] of paths) out += `<path fill="${fill}" d="${d}"/>`;
  out += tips + '</svg>';
  const legend = [...perClass].sort((a, b) => a[0] - b[0]).map(([szidx, c]) =>
    `<span class="swatch" style="background:${classColour(szidx, false)}"></span>${c.size} B: ${num(c.pools)} pool${c.pools === 1 ? '' : 's'}, ${num(c.blocks)} blocks in use`).join(' &nbsp; ');
  return `<p class="legend">${n} arena${n === 1 ? '' : 's'} at ${seconds(map.ms)}. ${legend}</p>` + out;
}

// ---------------------------------------------------------------------------------------------
// The report

export interface ReportContext {
  program: string;
  status: number;
  /** whether a site ("file:line") is in the program's own files (shown first) */
  isProgramSite: (where: string) => boolean;
}

function shortSite(where: string): string {
  const i = where.lastIndexOf(':');
  return i < 0 ? where : `${path.basename(where.slice(0, i))}:${where.slice(i + 1)}`;
}

export function renderReport(rec: TraceRecorder, ctx: ReportContext): string {
  const samples = rec.samples;
  const last = samples[samples.length - 1];
  const peak = samples.reduce((a, s) => (s.rss > a.rss ? s : a), samples[0]);
  const programEnd = samples.find((s) => s.ms >= rec.programMs) ?? last;
  const siteCell = (id: number) => `<td title="${esc(rec.siteWhere[id])}">${esc(shortSite(rec.siteWhere[id]))}</td>`;

  const gcRows = rec.collections.map((c, i) =>
    `<tr${c.atShutdown ? ' class="shutdown"' : ''}><td>${i + 1}</td><td>${seconds(c.startMs)}</td><td>${c.generation}</td><td>${num(c.collected)}</td>` +
    `<td>${num(c.uncollectable)}</td><td>${c.durationMs.toFixed(3)}</td><td>${c.atShutdown ? 'shutdown' : 'program'}</td></tr>`).join('');
  const siteRows = rec.topSites(20).map((s) =>
    `<tr><td title="${esc(s.where)}">${esc(shortSite(s.where))}</td><td>${num(s.bytes)}</td><td>${num(s.blocks)}</td></tr>`).join('');

  // cyclic garbage
  const g = rec.garbage;
  const svgs = renderGraphs(g.shapes.map((s) => s.dot));
  const groups = [...g.groups.values()].sort((a, b) =>
    Number(ctx.isProgramSite(rec.siteWhere[b.site])) - Number(ctx.isProgramSite(rec.siteWhere[a.site])) || b.count - a.count);
  const garbageRows = groups.slice(0, 50).map((gr) =>
    `<tr><td>${esc(gr.typeName)}</td>${siteCell(gr.site)}<td>${num(gr.count)}</td>` +
    `<td>${gr.collections.map((c) => c + 1).slice(0, 8).join(', ')}${gr.collections.length > 8 ? ', …' : ''}</td>` +
    `<td>${gr.shapes.map((s) => `<a href="#shape-${s + 1}">#${s + 1}</a>`).join(' ')}</td></tr>`).join('');
  const shapeFigures = g.shapes.map((s, i) =>
    `<figure class="garbage-graph" id="shape-${i + 1}"><figcaption>#${i + 1}: ${esc(s.summary)}; found ${num(s.times)} time${s.times === 1 ? '' : 's'}` +
    ` (first in collection ${s.collection + 1})${s.drawn < s.nodes ? `; ${s.drawn} of its ${num(s.nodes)} objects drawn` : ''}</figcaption>` +
    (svgs[i] ?? `<pre>${esc(s.dot)}</pre>`) + '</figure>').join('\n');
  const garbageSection = g.total === 0
    ? '<p id="no-garbage">The collector found no cyclic garbage while the program ran: everything it freed, reference counting freed.</p>'
    : `<p>${num(g.total)} objects in reference cycles, freed only by the collector while the program ran: the leak candidates.</p>
<table id="garbage"><tr><th>type</th><th>allocated at</th><th>objects</th><th>in collections</th><th>graphs</th></tr>${garbageRows}</table>
${shapeFigures}${g.undrawnPieces > 0 ? `<p>${num(g.undrawnPieces)} more cycles of other shapes (not drawn).</p>` : ''}`;

  // alive at exit
  // the objects __main__ keeps first, then the others reached, then the ones not reached
  const rank = (l: typeof rec.liveGroups[number]) => (l.chain === null ? 2 : l.chain[0] === 'module __main__' ? 0 : 1);
  const live = [...rec.liveGroups].sort((a, b) => rank(a) - rank(b) || b.count - a.count);
  const liveRow = (l: typeof live[number]) => {
    const chain = l.chain === null ? '' : esc(l.chain.join(' → '));
    const unreachable = l.unreachable > 0 ? `${chain ? '<br>' : ''}<em>${num(l.unreachable)} not reached from any module or frame: held by the runtime itself, or cyclic garbage not collected yet</em>` : '';
    return `<tr><td>${esc(l.typeName)}</td>${siteCell(l.site)}<td>${num(l.count)}</td><td class="chain">${chain}${unreachable}</td></tr>`;
  };
  const liveHead = '<tr><th>type</th><th>allocated at</th><th>alive</th><th>kept alive by (shortest chain from a root)</th></tr>';
  const mine = (l: typeof live[number]) => ctx.isProgramSite(rec.siteWhere[l.site]) && rank(l) !== 1;
  const liveProgram = live.filter(mine);
  const liveOther = live.filter((l) => !mine(l));
  const liveSection = `<table id="alive">${liveHead}${liveProgram.slice(0, 60).map(liveRow).join('')}</table>
${liveProgram.length === 0 ? '<p>No container or instance allocated by the program\'s own lines is kept alive by __main__ at the end.</p>' : ''}
<details><summary>${num(liveOther.length)} more groups, kept alive by other modules (the ones it imported: their functions, code, tables)</summary>
<table id="alive-other">${liveHead}${liveOther.slice(0, 60).map(liveRow).join('')}</table></details>`;

  const garbageObjects = g.total;
  const data = {
    samples: samples.map((s) => ({ ...s, where: rec.siteWhere[s.site] })),
    collections: rec.collections,
    programMs: rec.programMs,
  };
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>pyheap trace: ${esc(ctx.program)}</title>
<style>
body{font-family:sans-serif;margin:20px;color:#222;max-width:1000px}
h1{font-size:20px}h2{font-size:16px;margin-top:28px;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:6px 0}td,th{border:1px solid #ccc;padding:2px 8px;font-size:12px;text-align:right}
td:first-child,th:first-child,td.chain,td[title]{text-align:left}td.chain{font-family:monospace;font-size:11px}
tr.shutdown{color:#888}figure{margin:10px 0;border:1px solid #eee;padding:6px;overflow:auto}figcaption{font-size:12px;margin-bottom:4px}
.legend{font-size:11px}.swatch{display:inline-block;width:10px;height:10px;margin-right:3px;vertical-align:middle}
#tip{position:fixed;pointer-events:none;background:#fff;border:1px solid #999;padding:4px 6px;font-size:11px;display:none;white-space:pre}
</style>
</head><body>
<h1>pyheap trace: ${esc(ctx.program)}</h1>
<p id="summary">Exit status ${ctx.status}; the program ran ${seconds(rec.programMs)} under tracing.
Modelled process memory: peak ${mib(peak.rss)} at ${seconds(peak.ms)}, ${mib(programEnd.rss)} when the program ended.
${rec.collections.length} collections (${rec.collections.filter((c) => !c.atShutdown).length} while the program ran);
${num(garbageObjects)} objects freed as cyclic garbage; at exit ${last.arenas} arenas and ${num(last.blocks)} blocks in use.</p>
${rec.problem !== null ? `<p class="problem">pyheap trace: ${esc(rec.problem)}</p>` : ''}
<h2>Memory timeline</h2>
<div id="tip"></div>
${timelineSvg(samples, rec.collections, programEnd.event)}
<h2>Collections</h2>
<table id="collections"><tr><th>#</th><th>at</th><th>generation</th><th>collected</th><th>uncollectable</th><th>duration (ms)</th><th>during</th></tr>${gcRows}</table>
<h2>Cyclic garbage found by the collector</h2>
${garbageSection}
<h2>Alive at exit (when the program's code ended, before shutdown)</h2>
<p>Containers and instances allocated while tracing and still alive, by type and allocation line, with the shortest chain of references that keeps one of them alive.</p>
${liveSection}
<h2>Top allocation sites (bytes allocated by each line, freed or not)</h2>
<table id="sites"><tr><th>line</th><th>bytes</th><th>blocks</th></tr>${siteRows}</table>
<h2>Arena and pool map</h2>
<p>One square an arena (1 MiB), one cell a pool (16 KiB), coloured by the size class of its blocks (darker: full; grey: empty, kept until its arena is empty). Hover an arena for its pools.</p>
<h3>At the peak</h3>
${rec.peakMap !== null ? arenaMapSvg(rec.peakMap, 'arenas-peak') : ''}
<h3>At exit</h3>
${rec.exitMap !== null ? arenaMapSvg(rec.exitMap, 'arenas') : ''}
<script type="application/json" id="data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById('data').textContent);
  var svg = document.getElementById('timeline'), tip = document.getElementById('tip'), cursor = document.getElementById('cursor');
  var s = data.samples, maxEvent = Math.max(1, s[s.length - 1].event), L = 70, R = 20, W = 960;
  function mib(n) { return (n / 1048576).toFixed(1) + ' MiB'; }
  svg.addEventListener('mousemove', function (ev) {
    var box = svg.getBoundingClientRect(), px = (ev.clientX - box.left) * W / box.width;
    var e = (px - L) / (W - L - R) * maxEvent, best = s[0];
    for (var i = 0; i < s.length; i++) if (Math.abs(s[i].event - e) < Math.abs(best.event - e)) best = s[i];
    var bx = L + best.event / maxEvent * (W - L - R);
    cursor.setAttribute('x1', bx); cursor.setAttribute('x2', bx); cursor.setAttribute('visibility', 'visible');
    tip.style.display = 'block'; tip.style.left = (ev.clientX + 12) + 'px'; tip.style.top = (ev.clientY + 12) + 'px';
    tip.textContent = (best.ms / 1000).toFixed(3) + ' s  ' + best.where + '\\nRSS ' + mib(best.rss) + ', ' + best.arenas + ' arenas, C heap ' +
      mib(best.rawBytes) + '\\n' + best.blocks + ' blocks; tracked per generation ' + best.gens.join(' / ');
  });
  svg.addEventListener('mouseleave', function () { tip.style.display = 'none'; cursor.setAttribute('visibility', 'hidden'); });
})();
</script>
</body></html>
`;
}

export function writeReport(rec: TraceRecorder, ctx: ReportContext, file: string): void {
  fs.writeFileSync(file, renderReport(rec, ctx));
}
