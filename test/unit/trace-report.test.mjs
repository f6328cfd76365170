// `pyheap trace` on the four issue-5 seed examples, each report opened in headless Chromium
// (Debian's `chromium`; .ci/run installs it): what the page shows must actually be drawn (the
// timeline's series, every collection, the garbage graphs, the arena maps have a non-zero size;
// lines and graph edges have a non-zero length), and say what the program did (the cycle found by
// gc.collect(), the global that keeps the list alive, the rise and fall of memory).
//
// The seeds run unchanged (the three *_mem ones build lists of 10,000,000 ints: about 40 s and
// 3.5 GB in all at low load). PYHEAP_TRACE_SMALL_SEEDS=1 scales those lists down to 200,000 items,
// the only change (checked below), for a quick run while working.
//
// Without chromium the test is skipped with the reason, except under CI=true, where it fails.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, launchChromium } from './chromium_helpers.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pyheap = path.join(repoRoot, 'bin', 'pyheap.js');
const seedDir = path.join(path.resolve(repoRoot, '..', 'shared'), 'seed-examples');
const SEEDS = ['show_memory_mem', 'global_keeps_alive_mem', 'cycle_leak_mem', 'objgraph_refs'];
const FULL = process.env.PYHEAP_TRACE_SMALL_SEEDS !== '1';
const BIG = 'range(10000000)';

const chromium = findChromium();
const inCI = process.env.CI === 'true';
const skip = chromium === null && !inCI
  ? 'chromium is not installed (apt-get install chromium; CI installs it and fails without it)' : false;

function run(args, cwd) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The seed's program (scaled unless FULL) in `dir`, and the line number of each `NAME = [` line. */
function prepareSeed(name, dir) {
  let src = fs.readFileSync(path.join(seedDir, `${name}.py`), 'utf8');
  if (name.endsWith('_mem') && !FULL) {
    assert.ok(src.includes(BIG), `${name}.py builds range(10000000) lists (the scaling below depends on it)`);
    src = src.split(BIG).join('range(200000)');
  }
  const file = path.join(dir, `${name}.py`);
  fs.writeFileSync(file, src);
  const lineOf = {};
  src.split('\n').forEach((l, i) => {
    const m = l.match(/^\s*(\w+) = \[/);
    if (m && !(m[1] in lineOf)) lineOf[m[1]] = i + 1;
  });
  return { file, lineOf };
}

// Measured in the page: sizes and lengths as laid out and drawn, not the HTML text.
const MEASURE = `(() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return { w: r.width, h: r.height }; };
  const tl = document.getElementById('timeline');
  const rows = (id) => [...document.querySelectorAll('#' + id + ' tr')].slice(1).map((tr) => [...tr.cells].map((c) => c.textContent));
  return {
    timeline: tl === null ? null : box(tl),
    series: [...document.querySelectorAll('#timeline polyline.series')].map((p) =>
      ({ name: p.dataset.series, points: p.points.numberOfItems, length: p.getTotalLength(), ...box(p) })),
    gcLines: [...document.querySelectorAll('#timeline line.gc')].map((l) => ({ length: l.getTotalLength(), ...box(l) })),
    gcMarkers: [...document.querySelectorAll('#timeline circle.gc-marker')].map(box),
    collections: rows('collections'),
    garbage: rows('garbage'),
    graphs: [...document.querySelectorAll('figure.garbage-graph svg')].map((svg) => ({
      ...box(svg),
      nodes: [...svg.querySelectorAll('g.node')].map((n) => ({ text: n.textContent, ...box(n) })),
      edges: [...svg.querySelectorAll('g.edge path')].map((p) => p.getTotalLength()),
    })),
    alive: rows('alive'),
    arenaMaps: [...document.querySelectorAll('svg.arena-map')].map((svg) => ({
      ...box(svg), cells: [...svg.querySelectorAll('path')].reduce((a, p) => a + p.getBBox().width * p.getBBox().height, 0),
    })),
    data: JSON.parse(document.getElementById('data').textContent),
  };
})()`;

function checkDrawn(name, m) {
  assert.ok(m.timeline && m.timeline.w > 500 && m.timeline.h > 200, `${name}: the timeline has a size`);
  assert.equal(m.series.length, 7, `${name}: 7 series (RSS, arenas, C heap, blocks, 3 generations)`);
  for (const s of m.series) {
    assert.ok(s.points >= 2 && s.length > 0 && s.w > 0, `${name}: series ${s.name} is drawn (${JSON.stringify(s)})`);
  }
  const n = m.data.collections.length;
  assert.ok(n >= 1, `${name}: at least one collection (shutdown's)`);
  assert.equal(m.gcLines.length, n, `${name}: every collection is a line on the timeline`);
  assert.equal(m.gcMarkers.length, n, `${name}: every collection has a marker`);
  for (const l of m.gcLines) assert.ok(l.length > 100 && l.h > 100, `${name}: a collection line spans the panels`);
  for (const c of m.gcMarkers) assert.ok(c.w > 0 && c.h > 0, `${name}: a collection marker has a size`);
  assert.equal(m.collections.length, n, `${name}: the collections table lists every collection`);
  assert.ok(m.arenaMaps.length === 2 && m.arenaMaps.every((a) => a.w > 0 && a.h > 0 && a.cells > 0), `${name}: both arena maps are drawn`);
  for (const g of m.graphs) {
    assert.ok(g.w > 0 && g.h > 0 && g.nodes.length > 0, `${name}: a garbage graph is drawn`);
    for (const node of g.nodes) assert.ok(node.w > 0 && node.h > 0, `${name}: a graph node has a size`);
    for (const e of g.edges) assert.ok(e > 0, `${name}: a graph edge has a length`);
  }
}

function aliveRow(m, type, line) {
  return m.alive.find((r) => r[0] === type && r[1].endsWith(`.py:${line}`));
}

test('pyheap trace reports on the seed examples, drawn in headless Chromium', { skip, timeout: 240000 }, async () => {
  assert.ok(chromium !== null, 'chromium is required under CI=true (.ci/run installs it)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyheap-trace-'));
  const browser = await launchChromium(chromium);
  try {
    const seeds = SEEDS.map((name) => ({ name, ...prepareSeed(name, dir), report: path.join(dir, `${name}.html`) }));
    const results = await Promise.all(seeds.map((s) => run([pyheap, 'trace', '-o', s.report, s.file], dir)));
    const measured = {};
    for (let i = 0; i < seeds.length; i++) {
      const s = seeds[i], r = results[i];
      assert.equal(r.status, 0, `${s.name}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`report written to ${s.report.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.doesNotMatch(r.stderr, /\r/, 'no progress line when stderr is not a terminal');
      const html = fs.readFileSync(s.report, 'utf8');
      assert.doesNotMatch(html, /<script src=|<link |<img src="http|url\(http/, `${s.name}: self-contained`);
      const page = await browser.open(pathToFileURL(s.report).href);
      const m = await page.evaluate(MEASURE);
      await page.close();
      checkDrawn(s.name, m);
      measured[s.name] = { m, lineOf: s.lineOf, stdout: r.stdout };
    }

    // show_memory_mem: up while the local list lives, back down after func() returns; nothing
    // allocated on the list's line is alive at exit
    {
      const { m, lineOf } = measured.show_memory_mem;
      const rss = m.data.samples.map((s) => s.rss);
      const peak = Math.max(...rss);
      const atEnd = m.data.samples.filter((s) => s.ms <= m.data.programMs).at(-1).rss;
      assert.ok(peak - rss[0] > 4_000_000, 'the list raised the modelled memory');
      assert.ok(peak - atEnd > 0.8 * (peak - rss[0]), 'and freeing it brought it back down');
      assert.equal(aliveRow(m, 'list', lineOf.a), undefined, 'the local list is not alive at exit');
    }
    // global_keeps_alive_mem: the global list is alive at exit, held by __main__'s `a`
    {
      const { m, lineOf } = measured.global_keeps_alive_mem;
      const row = aliveRow(m, 'list', lineOf.a);
      assert.ok(row, 'the global list is alive at exit');
      assert.match(row[3], /^module __main__ → __dict__ dict, \d+ items → \['a'\] list, (200000|10000000) items$/);
    }
    // cycle_leak_mem: gc.collect() finds the two lists of the cycle; they are drawn pointing at each other
    {
      const { m, lineOf } = measured.cycle_leak_mem;
      assert.ok(m.data.collections.some((c) => c.generation === 2 && c.collected >= 2 && !c.atShutdown), 'gc.collect() collected the cycle');
      for (const v of ['a', 'b']) {
        assert.ok(m.garbage.some((r) => r[0] === 'list' && r[1].endsWith(`.py:${lineOf[v]}`) && r[2] === '1'),
          `the list allocated at line ${lineOf[v]} is in the cyclic garbage`);
      }
      const g = m.graphs.find((gr) => gr.nodes.some((n) => n.text.includes(`:${lineOf.a}`)));
      assert.ok(g && g.nodes.length === 2 && g.edges.length === 2, 'the cycle is drawn: two lists, two references');
      assert.ok(g.nodes.some((n) => n.text.includes(`:${lineOf.b}`)));
    }
    // objgraph_refs: a and b are alive at exit, each held by __main__
    {
      const { m, lineOf, stdout } = measured.objgraph_refs;
      assert.match(stdout, /Graph written to .* \(\d+ nodes\)/);
      for (const v of ['a', 'b']) {
        const row = aliveRow(m, 'list', lineOf[v]);
        assert.ok(row && row[3].startsWith(`module __main__ → __dict__ dict`) && row[3].includes(`['${v}'] list`), `${v} is kept alive by __main__`);
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('pyheap trace shows a progress line on a terminal, never inside the program\'s output', { timeout: 120000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyheap-trace-tty-'));
  try {
    const prog = path.join(dir, 'steps.py');
    fs.writeFileSync(prog, [
      'import time',
      'for k in range(3):',
      '    t = time.time()',
      '    while time.time() - t < 0.7:',
      '        x = [str(i) for i in range(2000)]',
      "    print('step', k, flush=True)",
      '',
    ].join('\n'));
    // python3's pty module gives the command a terminal for stdout and stderr
    const spawnInPty = 'import pty, sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)';
    const r = await new Promise((resolve) => {
      const p = spawn('python3', ['-c', spawnInPty, process.execPath, pyheap, 'trace', '-o', path.join(dir, 'r.html'), prog],
        { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      p.stdout.on('data', (d) => { out += d; });
      p.on('exit', (status) => resolve({ status, out }));
    });
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /\rpyheap trace: \d+\.\d s, RSS [\d.]+ MiB, \d+ gc, line steps\.py:\d+/, 'the progress line was shown');
    const lines = r.out.split('\n').map((l) => l.replace(/\r$/, ''));
    const steps = lines.filter((l) => l.includes('step'));
    assert.equal(steps.length, 3);
    for (const l of steps) {
      // whatever the terminal showed before is erased first ("\r ESC[K"); the program's line is whole
      assert.match(l, /^([^\n]*\r\x1b\[K)?step \d$/, JSON.stringify(l));
    }
    assert.match(r.out, /report written to /);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
