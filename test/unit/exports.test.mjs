// `pyheap trace --heapsnapshot` and `--trace-events` (tools/heapsnapshot.ts, tools/traceevents.ts):
// the files are read the way their consumers read them (Chrome DevTools' heap snapshot loader,
// the trace event JSON Perfetto imports) and checked against their own meta description and against
// programs whose heap and collections are known. Run `npm run build` first.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pyheap = path.join(repoRoot, 'bin', 'pyheap.js');

function runTraced(source, flags) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyheap-exports-'));
  const prog = path.join(dir, 'prog.py');
  fs.writeFileSync(prog, source);
  const r = spawnSync(process.execPath, [pyheap, 'trace', '-o', path.join(dir, 'r.html'), ...flags(dir), prog],
    { encoding: 'utf8', cwd: dir });
  return { r, dir };
}

// ---------------------------------------------------------------------------------------------
// The heap snapshot, read as DevTools' HeapSnapshotLoader reads it

const SECTION_ORDER = ['snapshot', 'nodes', 'edges', 'trace_function_infos', 'trace_tree', 'samples', 'locations', 'strings'];

/** parse and validate against the file's own meta; returns a navigable view */
function loadHeapSnapshot(text) {
  // the loader streams: the header object comes first and the sections follow in a fixed order
  assert.ok(text.startsWith('{"snapshot":'), 'the file starts with the snapshot header');
  const doc = JSON.parse(text);
  const keys = Object.keys(doc);
  assert.deepEqual(keys, SECTION_ORDER.filter((k) => keys.includes(k)), 'sections in the loader\'s order');
  for (const k of ['snapshot', 'nodes', 'edges', 'strings']) assert.ok(k in doc, `section ${k}`);
  const { meta, node_count: nodeCount, edge_count: edgeCount } = doc.snapshot;
  const { nodes, edges, strings } = doc;
  const NF = meta.node_fields.length, EF = meta.edge_fields.length;
  for (const f of ['type', 'name', 'id', 'self_size', 'edge_count']) assert.ok(meta.node_fields.includes(f), `node field ${f}`);
  for (const f of ['type', 'name_or_index', 'to_node']) assert.ok(meta.edge_fields.includes(f), `edge field ${f}`);
  assert.equal(meta.node_types.length, NF);
  assert.equal(meta.edge_types.length, EF);
  assert.ok(Array.isArray(meta.node_types[0]) && Array.isArray(meta.edge_types[0]));
  assert.equal(nodes.length, nodeCount * NF, 'nodes.length == node_count * node_fields.length');
  assert.equal(edges.length, edgeCount * EF, 'edges.length == edge_count * edge_fields.length');
  for (const v of nodes) assert.ok(Number.isInteger(v) && v >= 0 && v < 2 ** 32, 'node fields are uint32 (DevTools keeps them in a Uint32Array)');
  for (const v of edges) assert.ok(Number.isInteger(v) && v >= 0 && v < 2 ** 32, 'edge fields are uint32');
  for (const s of strings) assert.equal(typeof s, 'string');

  const nType = meta.node_fields.indexOf('type'), nName = meta.node_fields.indexOf('name');
  const nId = meta.node_fields.indexOf('id'), nSize = meta.node_fields.indexOf('self_size');
  const nEdges = meta.node_fields.indexOf('edge_count');
  const eType = meta.edge_fields.indexOf('type'), eName = meta.edge_fields.indexOf('name_or_index');
  const eTo = meta.edge_fields.indexOf('to_node');
  const nodeTypes = meta.node_types[0], edgeTypes = meta.edge_types[0];
  let edgeSum = 0;
  const ids = new Set();
  for (let i = 0; i < nodes.length; i += NF) {
    assert.ok(nodes[i + nType] < nodeTypes.length, 'node type within node_types');
    assert.ok(nodes[i + nName] < strings.length, 'node name within strings');
    assert.ok(!ids.has(nodes[i + nId]), 'node ids are unique');
    ids.add(nodes[i + nId]);
    edgeSum += nodes[i + nEdges];
  }
  assert.equal(edgeSum, edgeCount, 'the nodes\' edge_count sum to edge_count');
  for (let i = 0; i < edges.length; i += EF) {
    const type = edgeTypes[edges[i + eType]];
    assert.ok(type !== undefined, 'edge type within edge_types');
    const to = edges[i + eTo];
    assert.equal(to % NF, 0, 'to_node is a multiple of node_fields.length');
    assert.ok(to < nodes.length, 'to_node within nodes');
    if (type !== 'element' && type !== 'hidden') assert.ok(edges[i + eName] < strings.length, 'edge name within strings');
  }

  // a view: node ordinal -> { type, name, size, edges: [{ type, name, to }] }
  const view = [];
  let e = 0;
  for (let i = 0; i < nodes.length; i += NF) {
    const out = [];
    for (let k = 0; k < nodes[i + nEdges]; k++, e += EF) {
      const type = edgeTypes[edges[e + eType]];
      const name = type === 'element' || type === 'hidden' ? edges[e + eName] : strings[edges[e + eName]];
      out.push({ type, name, to: edges[e + eTo] / NF });
    }
    view.push({ type: nodeTypes[nodes[i + nType]], name: strings[nodes[i + nName]], size: nodes[i + nSize], edges: out });
  }
  return view;
}

const SNAPSHOT_PROGRAM = `
import gc, sys, weakref
class Foo:
    def __init__(self, x):
        self.x = x
gc.disable()
a = [1, 2]
b = [a]
a.append(b)
foo = Foo(12345)
r = weakref.ref(foo)
def leak():
    c = Foo(None)
    c.x = c
leak()
print(sys.getsizeof(a), sys.getsizeof(foo), sys.getsizeof(b))
`;

test('--heapsnapshot writes a file DevTools can load, with the program\'s heap in it', () => {
  const { r, dir } = runTraced(SNAPSHOT_PROGRAM, (d) => ['--heapsnapshot', path.join(d, 'h.heapsnapshot')]);
  try {
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /heap snapshot \(\d+ nodes, \d+ edges\) written to .*h\.heapsnapshot/);
    const [sizeA, sizeFoo, sizeB] = r.stdout.trim().split(' ').map(Number);
    const g = loadHeapSnapshot(fs.readFileSync(path.join(dir, 'h.heapsnapshot'), 'utf8'));

    // every node is reachable from the root (DevTools builds its dominator tree from node 0)
    const seen = new Set([0]);
    const work = [0];
    while (work.length > 0) for (const e of g[work.pop()].edges) if (!seen.has(e.to)) { seen.add(e.to); work.push(e.to); }
    assert.equal(seen.size, g.length, 'every node is reachable from the root');

    const edge = (n, type, name) => g[n].edges.find((e) => e.type === type && e.name === name);
    const main = edge(0, 'shortcut', '__main__');
    assert.ok(main, 'the root has a shortcut edge to each module (the user roots)');
    assert.equal(g[main.to].name, 'module');
    const globals = edge(main.to, 'internal', '__dict__').to;
    assert.equal(g[globals].name, 'dict');

    // the two lists that refer to each other
    const la = edge(globals, 'property', 'a').to, lb = edge(globals, 'property', 'b').to;
    assert.equal(g[la].name, 'list');
    assert.equal(g[lb].name, 'list');
    assert.equal(edge(la, 'element', 2).to, lb, 'a[2] is b');
    assert.equal(edge(lb, 'element', 0).to, la, 'b[0] is a');
    assert.equal(g[edge(la, 'element', 0).to].type, 'number');
    assert.equal(g[edge(la, 'element', 1).to].name, '2');
    assert.equal(g[la].size, sizeA, 'self_size is sys.getsizeof');
    assert.equal(g[lb].size, sizeB);

    // the instance, named by its class, with its attribute as a property edge
    const f = edge(globals, 'property', 'foo').to;
    assert.equal(g[f].name, 'Foo');
    assert.equal(g[f].type, 'object');
    assert.equal(g[f].size, sizeFoo);
    assert.equal(g[edge(f, 'property', 'x').to].name, '12345');
    const cls = edge(f, 'internal', '__class__').to;
    assert.equal(edge(globals, 'property', 'Foo').to, cls);
    // a weak reference's referent is a weak edge
    const wr = edge(globals, 'property', 'r').to;
    assert.equal(edge(wr, 'weak', '__referent__').to, f);
    // a function is a closure named by its qualname
    assert.equal(g[edge(globals, 'property', 'leak').to].type, 'closure');
    assert.equal(g[edge(globals, 'property', 'leak').to].name, 'leak');

    // the cycle leak() left behind (collection disabled): reached only through the unreachable group
    const unreachable = g[0].edges.map((e) => e.to).find((n) => g[n].name.startsWith('(unreachable'));
    assert.ok(unreachable !== undefined, 'a synthetic node holds the tracked objects no root reaches');
    const leaked = g[unreachable].edges.map((e) => e.to).filter((n) => g[n].name === 'Foo');
    assert.equal(leaked.length, 1);
    assert.equal(edge(leaked[0], 'property', 'x').to, leaked[0], 'c.x is c');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the heap snapshot loads in Chrome DevTools\' own heap snapshot worker (headless Chromium)', (t) => {
  const { r, dir } = runTraced(SNAPSHOT_PROGRAM, (d) => ['--heapsnapshot', path.join(d, 'h.heapsnapshot')]);
  try {
    assert.equal(r.status, 0, r.stderr);
    const sizeFoo = Number(r.stdout.trim().split(' ')[1]);
    const file = path.join(dir, 'h.heapsnapshot');
    const d = spawnSync(process.execPath, ['--experimental-websocket', path.join(repoRoot, 'test', 'unit', 'devtools_load_snapshot.mjs'), file],
      { encoding: 'utf8', timeout: 120_000 });
    if (d.status === 3) {
      t.skip('chromium is not installed');
      return;
    }
    assert.equal(d.status, 0, d.stderr);
    const devtools = JSON.parse(d.stdout);
    const snap = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(devtools.built, true);
    assert.equal(devtools.stat.nodeCount, snap.snapshot.node_count);
    const NF = snap.snapshot.meta.node_fields.length, SIZE = snap.snapshot.meta.node_fields.indexOf('self_size');
    let total = 0;
    for (let i = SIZE; i < snap.nodes.length; i += NF) total += snap.nodes[i];
    assert.equal(devtools.stat.totalSize, total, 'DevTools counts every byte');
    // the Summary view: Python types as classes
    const foo = devtools.summary.Foo;
    assert.equal(foo.count, 2, 'foo and the uncollected cycle');
    assert.equal(foo.self, 2 * sizeFoo);
    assert.ok(foo.distance < 100, 'reached from a user root (a module), not only through the system roots');
    assert.ok(devtools.summary.list.count >= 2);
    assert.ok(devtools.summary.dict.maxRet > devtools.summary.dict.self, 'retained sizes computed');
    assert.ok(devtools.summary['(string)'].count > 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// Trace events

const GC_PROGRAM = `
import gc
gc.disable()
class Node:
    pass
def cycles(n):
    for _ in range(n):
        a = Node(); b = Node()
        a.other = b; b.other = a
results = []
for n in (1, 4, 0):
    cycles(n)
    results.append(gc.collect())
print(*results)
x = [list(range(100)) for _ in range(5000)]
del x
`;

test('--trace-events writes Chrome trace events: collections as slices, memory as counters', () => {
  const { r, dir } = runTraced(GC_PROGRAM, (d) => ['--trace-events', path.join(d, 't.json')]);
  try {
    assert.equal(r.status, 0, r.stderr);
    const printed = r.stdout.trim().split(' ').map(Number);
    assert.equal(printed.length, 3);
    assert.match(r.stderr, /trace events written to .*t\.json/);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 't.json'), 'utf8'));
    assert.ok(Array.isArray(doc.traceEvents));
    for (const e of doc.traceEvents) {
      assert.equal(typeof e.name, 'string');
      assert.ok(['M', 'X', 'C', 'i'].includes(e.ph), `phase ${e.ph}`);
      assert.ok(Number.isInteger(e.pid) && Number.isInteger(e.tid));
      if (e.ph !== 'M') assert.ok(Number.isFinite(e.ts) && e.ts >= 0, 'ts in microseconds');
      if (e.ph === 'X') assert.ok(Number.isFinite(e.dur) && e.dur >= 0, 'a complete slice has a duration');
      if (e.ph === 'C') for (const v of Object.values(e.args)) assert.ok(Number.isFinite(v), 'counter values are numbers');
    }
    const meta = doc.traceEvents.filter((e) => e.ph === 'M');
    assert.ok(meta.some((e) => e.name === 'process_name' && /prog\.py/.test(e.args.name)));
    assert.ok(meta.some((e) => e.name === 'thread_name'));

    const run = doc.traceEvents.find((e) => e.ph === 'X' && e.name.startsWith('run '));
    const mainEnd = run.ts + run.dur;
    const gcs = doc.traceEvents.filter((e) => e.ph === 'X' && e.cat === 'gc');
    const explicit = gcs.filter((e) => e.ts + e.dur <= mainEnd);
    assert.deepEqual(explicit.map((e) => e.name), ['gc gen2', 'gc gen2', 'gc gen2'], 'the three gc.collect() calls (automatic collection is off)');
    assert.deepEqual(explicit.map((e) => e.args.collected), printed, 'collected as the program printed it');
    for (const e of explicit) {
      assert.equal(e.args.generation, 2);
      assert.equal(e.args.uncollectable, 0);
      assert.ok(e.ts >= run.ts && e.ts + e.dur <= mainEnd, 'nested in the run slice');
    }
    const counters = new Set(doc.traceEvents.filter((e) => e.ph === 'C').map((e) => e.name));
    for (const c of ['modelled RSS (bytes)', 'arenas', 'blocks in use', 'tracked objects']) assert.ok(counters.has(c), `counter ${c}`);
    const rss = doc.traceEvents.filter((e) => e.ph === 'C' && e.name === 'modelled RSS (bytes)').map((e) => e.args.value);
    assert.ok(Math.max(...rss) - rss[0] > 2000000, 'the 5000 lists raised the modelled memory');
    const tracked = doc.traceEvents.filter((e) => e.name === 'tracked objects');
    assert.ok(tracked.every((e) => ['gen0', 'gen1', 'gen2'].every((k) => k in e.args)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('pyheap trace --help documents the exports; a missing file name is a usage error', () => {
  let r = spawnSync(process.execPath, [pyheap, 'trace', '--help'], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /--heapsnapshot FILE/);
  assert.match(r.stdout, /--trace-events FILE/);
  r = spawnSync(process.execPath, [pyheap, 'trace', '--heapsnapshot'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--heapsnapshot needs a file name/);
  // an export that cannot be written: a message (no JS stack trace) and a failed run, after the program ran
  const bad = path.join(os.tmpdir(), 'pyheap-no-such-dir', 'x');
  const run = runTraced('print("ran")\n', () => ['--heapsnapshot', `${bad}.heapsnapshot`, '--trace-events', `${bad}.json`]);
  try {
    assert.equal(run.r.stdout, 'ran\n');
    assert.equal(run.r.status, 1);
    assert.match(run.r.stderr, /can't write the heap snapshot to '.*x\.heapsnapshot' \(ENOENT/);
    assert.match(run.r.stderr, /can't write the trace events to '.*x\.json' \(ENOENT/);
    assert.doesNotMatch(run.r.stderr, /    at /);
  } finally {
    fs.rmSync(run.dir, { recursive: true, force: true });
  }
});
