// Unit tests of the shell pool of src/objects/alloc.ts (run `npm run build` first):
// node --test test/unit/shellpool.test.mjs
// A freed object's JS shell is reused by the next allocation; a reused shell must be
// indistinguishable from a new PyObject (fields, their order, V8's hidden class).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { PyObject } from '../../dist/memory/object.js';
import { ObjectType } from '../../dist/objects/type.js';
import { allocate, release, pooledShellCount } from '../../dist/objects/alloc.js';

const distUrl = (p) => new URL(`../../dist/${p}`, import.meta.url).href;

/** every own field of o except the address, in order */
function fieldsOf(o) {
  return Object.entries(o).filter(([k]) => k !== 'addrBelowOrigin');
}

test('a released shell is reused, scrubbed to what the constructor sets', () => {
  const a = allocate(ObjectType, { payload: 1 }, [2]);
  a.dict = a; a.values = { v: 1 }; a.slots = [a]; a.buf = 4096; a.cap = 8; a.gcBits = 2; a.gcRefs = 7;
  a.refcnt = 0;
  release(a);
  assert.equal(a.addr, 0);
  assert.equal(a.value, null, 'the payload is dropped at release');
  assert.equal(a.aux, null);
  assert.equal(a.values, null);
  const b = allocate(ObjectType, 'v', 'x');
  assert.equal(b, a, 'LIFO: the last shell released is the first reused');
  assert.notEqual(b.addr, 0);
  const fresh = new PyObject(ObjectType, 'v', 'x');
  assert.deepEqual(fieldsOf(b), fieldsOf(fresh));
  b.refcnt = 0;
  release(b);
});

test('the pool is bounded, and never holds type objects or objects with weak references', () => {
  const objs = [];
  for (let i = 0; i < 5000; i++) objs.push(allocate(ObjectType, i, null));
  for (const o of objs) { o.refcnt = 0; release(o); }
  assert.equal(pooledShellCount(), 4096);
  const again = [];
  for (let i = 0; i < 4096; i++) again.push(allocate(ObjectType, i, null));
  assert.equal(pooledShellCount(), 0);
  const w = allocate(ObjectType, null, null);
  w.weaklist = again[0]; // (stands for a weak reference left on its list by a faulty dealloc)
  w.refcnt = 0;
  release(w);
  assert.equal(pooledShellCount(), 0, 'an object still on weak references\' lists is not reused');
  assert.equal(w.weaklist, again[0]);
  for (const o of again) { o.refcnt = 0; release(o); }
});

test('a reused shell has the hidden class of a new PyObject', () => {
  const script = `
    const { PyObject } = await import(${JSON.stringify(distUrl('memory/object.js'))});
    const { ObjectType } = await import(${JSON.stringify(distUrl('objects/type.js'))});
    const { allocate, release } = await import(${JSON.stringify(distUrl('objects/alloc.js'))});
    const a = allocate(ObjectType, [1, 2], { k: 1 });
    a.dict = a; a.slots = [null]; a.buf = 123; a.gcRefs = -1;
    a.refcnt = 0;
    release(a);
    const b = allocate(ObjectType, 1.5, null);
    const fresh = new PyObject(ObjectType, 2.5, null);
    process.stdout.write(String(b === a && %HaveSameMap(b, fresh)));
  `;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'true');
});

test('PYHEAP_SHELL_REUSE=0 turns the pool off', () => {
  const script = `
    const { ObjectType } = await import(${JSON.stringify(distUrl('objects/type.js'))});
    const { allocate, release, pooledShellCount, readShellReuseSetting } = await import(${JSON.stringify(distUrl('objects/alloc.js'))});
    readShellReuseSetting(process.env); // what boot does at the start of a run
    const a = allocate(ObjectType, null, null);
    a.refcnt = 0;
    release(a);
    const b = allocate(ObjectType, null, null);
    process.stdout.write(String(pooledShellCount() === 0 && b !== a));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script],
    { encoding: 'utf8', env: { ...process.env, PYHEAP_SHELL_REUSE: '0' } });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'true');
});
