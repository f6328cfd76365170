// Unit tests of src/memory/audit.ts (run `npm run build` first): node --test test/unit/audit.test.mjs
// Objects are built by hand with two fake static types: `node` (a GC container whose payload `value`
// is a JS array of owned references, visited by traverse) and `leaf` (holds nothing, traverse null).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  enableAudit, runAudit, reportLeaksAtExit, setSiteProvider, setAuditOutput, formatAuditReport,
  collectRoots, addRootProvider, auditedObjectCount, allocationSite, auditOn, STATIC_REFCNT,
} from '../../dist/memory/audit.js';
import { STATIC_LIFETIME } from '../../dist/memory/shownrefs.js';
import { PyObject } from '../../dist/memory/object.js';
import { incref, decref } from '../../dist/memory/refcount.js';
import { untrack } from '../../dist/memory/generations.js';
import { PyType, TypeType, TPFLAGS_HAVE_GC } from '../../dist/objects/type.js';
import { allocate, release } from '../../dist/objects/alloc.js';

enableAudit();
let line = 0;
setSiteProvider(() => `x.py:${line}`);

const NodeType = new PyType(TypeType, { name: 'node', basicsize: 32, flags: TPFLAGS_HAVE_GC });
NodeType.traverse = (o, visit) => { for (const c of o.value) visit(c); };
NodeType.dealloc = (o) => {
  untrack(o);
  const items = o.value;
  o.value = [];
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  release(o);
};
const LeafType = new PyType(TypeType, { name: 'leaf', basicsize: 24 });
LeafType.dealloc = (o) => release(o);

/** a new leaf allocated "at x.py:<at>" */
function leaf(at = 1) {
  line = at;
  return allocate(LeafType, null, null);
}
/** a new node allocated "at x.py:<at>"; `children` are owned references moved into it */
function node(children, at = 2) {
  line = at;
  return allocate(NodeType, children, null);
}
const root = (obj, what = 'test local', count = 1) => ({ obj, what, count });

/** every test leaves the registry as it found it */
function clean(fn) {
  return () => {
    const before = auditedObjectCount();
    fn();
    assert.equal(auditedObjectCount(), before, 'the test left registered objects behind');
  };
}

test('a consistent graph reports nothing, and freeing it unregisters everything', clean(() => {
  const a = leaf(3);
  incref(a);
  const b = node([a, a], 4); // a: held twice by b (the leaf's own reference was moved in, plus one)
  const c = node([b], 5);
  assert.equal(allocationSite(b), 'x.py:4');
  const report = runAudit([root(c)]);
  assert.deepEqual(report.mismatches, []);
  assert.equal(report.checked, auditedObjectCount());
  assert.equal(report.references, 4);
  assert.deepEqual(formatAuditReport(report), []);
  assert.match(report.summary, /^no mismatches among \d+ live objects$/);
  decref(c);
  assert.equal(a.addr, 0);
  assert.deepEqual(runAudit().mismatches, []);
}));

test('a deliberate extra incref is reported as a leaked reference with its type, count and site', clean(() => {
  const b = node([leaf()], 4);
  const c = node([b], 5);
  incref(b); // taken and never released
  const report = runAudit([root(c)]);
  assert.equal(report.mismatches.length, 1);
  const m = report.mismatches[0];
  assert.equal(m.kind, 'leaked reference');
  assert.equal(m.obj, b);
  assert.equal(m.typeName, 'node');
  assert.equal(m.refcnt, 2);
  assert.equal(m.held, 1);
  assert.equal(m.site, 'x.py:4');
  assert.deepEqual(m.holders, [`node at 0x${c.addr.toString(16)}`]);
  const lines = formatAuditReport(report);
  assert.equal(lines.length, 2);
  assert.match(lines[0], /^pyheap-audit: 1 mismatch \(1 leaked reference\) among \d+ live objects$/);
  assert.match(lines[1], /^pyheap-audit: leaked reference: node at 0x[0-9a-f]+, refcnt 2, held by 1, allocated at x\.py:4; holders: node at 0x[0-9a-f]+$/);
  decref(b);
  assert.deepEqual(runAudit([root(c)]).mismatches, []);
  decref(c);
}));

test('a missing root shows up as a leaked reference; a root provider accounts for it', clean(() => {
  const g = node([], 7);
  const r1 = runAudit();
  assert.equal(r1.mismatches.length, 1);
  assert.equal(r1.mismatches[0].obj, g);
  const remove = addRootProvider('module registry', (add) => { add(g, 'sys.modules["m"]'); add(null, 'ignored'); });
  assert.deepEqual(runAudit().mismatches, []);
  // the same root also passed explicitly counts twice: over-released
  const r2 = runAudit(collectRoots((add) => add(g, 'frame local')));
  assert.equal(r2.mismatches[0].kind, 'over-released');
  assert.deepEqual(r2.mismatches[0].holders, ['root: frame local', 'root: module registry: sys.modules["m"]']);
  remove();
  decref(g);
}));

test('a reference stored without incref is reported as over-released', clean(() => {
  const a = leaf(9);
  const b = node([a], 10);
  const c = node([a], 11); // borrowed reference stored: a's count is 1, two holders
  const report = runAudit([root(b), root(c)]);
  assert.equal(report.mismatches.length, 1);
  assert.equal(report.mismatches[0].kind, 'over-released');
  assert.equal(report.mismatches[0].obj, a);
  assert.equal(report.mismatches[0].held, 2);
  assert.match(formatAuditReport(report)[1], /^pyheap-audit: over-released: leaf at 0x[0-9a-f]+, refcnt 1, held by 2, allocated at x\.py:9/);
  c.value = [];
  decref(c);
  decref(b);
}));

test('a holder of a freed object is reported as a dangling reference', clean(() => {
  const a = leaf(12);
  const b = node([a], 13);
  decref(a); // one decref too many: a is freed while b holds it
  const report = runAudit([root(b)]);
  assert.equal(report.mismatches.length, 1);
  const m = report.mismatches[0];
  assert.equal(m.kind, 'dangling reference');
  assert.equal(m.held, 1);
  assert.match(formatAuditReport(report)[1], /^pyheap-audit: dangling reference: freed leaf at 0x0, still held by 1/);
  b.value = [];
  decref(b);
}));

test('static objects: never leaked, but a cache object may not fall below 999,999,999 + holders', clean(() => {
  const s = leaf(14);
  s.refcnt = STATIC_REFCNT; // a small-int-like cache entry
  const t = leaf(15);
  t.refcnt = STATIC_LIFETIME; // a descriptor-like object living for the whole run
  incref(s);
  const b = node([s, t], 16);
  assert.deepEqual(runAudit([root(b)]).mismatches, []);
  incref(t); incref(t); // extra references to static objects are not reported
  incref(s); incref(s);
  assert.deepEqual(runAudit([root(b)]).mismatches, []);
  s.refcnt = STATIC_REFCNT; // b's reference to s was released once too often
  const r = runAudit([root(b)]);
  assert.equal(r.mismatches.length, 1);
  assert.equal(r.mismatches[0].obj, s);
  assert.equal(r.mismatches[0].kind, 'over-released');
  b.value = [];
  decref(b);
  s.refcnt = 1; decref(s);
  t.refcnt = 1; decref(t);
}));

test('unregistered objects reached from the heap are walked and checked for over-release', clean(() => {
  const single = new PyObject(LeafType, null, null); // like None: static, outside obmalloc
  single.addr = 0x55d0c0900e10;
  single.refcnt = 5; // more than its holders: fine (JS tables may hold it)
  const holder = new PyObject(NodeType, [], null); // an unregistered holder: what it holds is counted
  holder.addr = 0x55d0c0900e90;
  holder.refcnt = 1;
  const a = leaf(17);
  holder.value = [a, single];
  const b = node([holder, single], 18);
  assert.deepEqual(runAudit([root(b)]).mismatches, []);
  single.refcnt = 1; // two holders
  const r = runAudit([root(b)]);
  assert.equal(r.reached, 2);
  assert.equal(r.mismatches.length, 1);
  assert.equal(r.mismatches[0].obj, single);
  assert.equal(r.mismatches[0].kind, 'over-released');
  assert.equal(r.mismatches[0].site, '');
  holder.value = [];
  b.value = [];
  decref(a);
  decref(b);
}));

test('a traverse that throws is reported, not fatal', clean(() => {
  const b = node(null, 19); // traverse will fail on a null payload
  const r = runAudit([root(b)]);
  assert.equal(r.mismatches.length, 1);
  assert.equal(r.mismatches[0].kind, 'traverse failed');
  b.value = [];
  decref(b);
}));

test('reportLeaksAtExit: unreachable leftovers by type, with the unaccounted references first', clean(() => {
  const out = [];
  const prev = setAuditOutput((l) => out.push(l));
  try {
    const kept = node([], 20); // still reachable from a root at exit: not a leak
    // a cycle nobody holds (collector never ran)
    const p = node([], 21), q = node([], 22);
    p.value.push(q); incref(q);
    q.value.push(p); incref(p);
    decref(p); decref(q);
    // a list-like node leaked by an extra reference, keeping a leaf alive
    const l = node([leaf(23)], 24);
    incref(l); // never released
    decref(l); // the owner's release: l survives with count 1 and no holder
    const rep = reportLeaksAtExit([root(kept)]);
    assert.equal(rep.leaked.length, 4);
    assert.deepEqual(rep.byType.map((e) => [e.typeName, e.count]), [['node', 3], ['leaf', 1]]);
    assert.deepEqual(rep.byType[0].sites, ['x.py:21', 'x.py:22', 'x.py:24']);
    assert.equal(rep.unaccounted.length, 1);
    assert.equal(rep.unaccounted[0].obj, l);
    assert.deepEqual(out, rep.lines);
    assert.match(out[0], /^pyheap-audit: 4 objects leaked at exit \(1 held by references nobody owns\)$/);
    assert.equal(out[1], 'pyheap-audit:   node: 3, allocated at x.py:21, x.py:22, x.py:24');
    assert.equal(out[2], 'pyheap-audit:   leaf: 1, allocated at x.py:23');
    assert.match(out[3], /^pyheap-audit: {3}leaked reference: node at 0x[0-9a-f]+, refcnt 1, held by 0, allocated at x\.py:24$/);
    // clean up: break the cycle, release the leak, drop the root
    q.value = []; decref(p); // p held only by q
    decref(q);
    decref(l);
    decref(kept);
    out.length = 0;
    assert.equal(reportLeaksAtExit().leaked.length, 0);
    assert.deepEqual(out, []);
  } finally {
    setAuditOutput(prev);
  }
}));

test('PYHEAP_AUDIT=1 turns the audit on at load', () => {
  const url = new URL('../../dist/memory/audit.js', import.meta.url).href;
  const probe = `import(${JSON.stringify(url)}).then((m) => console.log(m.auditOn.value))`;
  const run = (env) => spawnSync(process.execPath, ['-e', probe], { env: { ...process.env, ...env }, encoding: 'utf8' });
  assert.equal(run({ PYHEAP_AUDIT: '1' }).stdout.trim(), 'true');
  assert.equal(run({ PYHEAP_AUDIT: '' }).stdout.trim(), 'false');
  assert.equal(auditOn.value, true);
});
