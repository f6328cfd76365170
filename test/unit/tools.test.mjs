// The offline Graphviz renderer (bin/pyheap-dot.js) and `pyheap trace` (run `npm run build` first).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dot = path.join(repoRoot, 'bin', 'pyheap-dot.js');
const pyheap = path.join(repoRoot, 'bin', 'pyheap.js');
const GRAPH = 'digraph G { node[shape=box, style=filled, fillcolor=white]; a[label="list\\n4 items"]; a -> b [label="x"]; b -> a; }';

function tmp() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pyheap-tools-'));
}

test('pyheap-dot renders DOT to SVG and PNG offline, and fails like dot on a bad format', () => {
  const dir = tmp();
  try {
    const src = path.join(dir, 'g.dot');
    fs.writeFileSync(src, GRAPH);
    let r = spawnSync(process.execPath, [dot, '-Tsvg', `-o${path.join(dir, 'g.svg')}`, src], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const svg = fs.readFileSync(path.join(dir, 'g.svg'), 'utf8');
    assert.match(svg, /<svg/);
    assert.match(svg, /4 items/);
    assert.equal((svg.match(/class="edge"/g) || []).length, 2);
    r = spawnSync(process.execPath, [dot, '-Tpng', '-o', path.join(dir, 'g.png'), src], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const png = fs.readFileSync(path.join(dir, 'g.png'));
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    r = spawnSync(process.execPath, [dot, '-Tnope', src], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Format: "nope" not recognized/);
    r = spawnSync(process.execPath, [dot, '-Tsvg'], { input: GRAPH, encoding: 'utf8' });
    assert.match(r.stdout, /<svg/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('pyheap trace writes a self-contained report with the timeline, the collections and the sites', () => {
  const dir = tmp();
  try {
    const prog = path.join(dir, 'prog.py');
    fs.writeFileSync(prog, [
      'import gc',
      'def make():',
      '    a = [i for i in range(30000)]',
      '    b = [a]',
      '    a.append(b)',
      'make()',
      'print(gc.collect())',
      '',
    ].join('\n'));
    const report = path.join(dir, 'r.html');
    const r = spawnSync(process.execPath, [pyheap, 'trace', '-o', report, prog], { encoding: 'utf8', cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '2\n', 'the program runs as it does without tracing');
    assert.match(r.stderr, /report written to .*r\.html/);
    const html = fs.readFileSync(report, 'utf8');
    assert.doesNotMatch(html, /<script src=|<link /, 'nothing loaded from elsewhere');
    assert.match(html, /<svg id="timeline"/);
    assert.ok((html.match(/<polyline class="series"/g) || []).length >= 3);
    assert.ok((html.match(/<line class="gc"/g) || []).length >= 1, 'the collection is drawn');
    const data = JSON.parse(html.match(/<script type="application\/json" id="data">([\s\S]*?)<\/script>/)[1]);
    const full = data.collections.filter((c) => c.generation === 2);
    assert.ok(full.some((c) => c.collected === 2), 'gc.collect() found the two lists');
    const peak = Math.max(...data.samples.map((s) => s.rss));
    assert.ok(peak - data.samples[0].rss > 900000, 'the 30000 ints raised the modelled memory');
    assert.match(html, new RegExp(`prog\\.py:3</td><td>\\d+`), 'the list comprehension line is an allocation site');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
