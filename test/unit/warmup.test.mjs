// Unit test of src/vm/warmup.ts (run `npm run build` first): node --test test/unit/warmup.test.mjs
// The interpreter loop's warm-up runs at every start, before the program: whatever it makes it
// must free so that nothing a program can see differs (obmalloc hands out the same addresses in
// the same order, the same blocks are allocated, GC counts and free lists are as they were).
// The same holds for the warm-up the startup snapshot is made after (runtime.ts warmUpForSnapshot:
// that loop, and the compiler over some sources).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { boot, rt, warmUpForSnapshot } from '../../dist/runtime.js';
import { warmUpLoop } from '../../dist/vm/warmup.js';
import { obmalloc } from '../../dist/memory/obmalloc.js';
import { gcState } from '../../dist/memory/generations.js';
import { freeListLengths } from '../../dist/objects/alloc.js';

/** the addresses the next three blocks of each size class would get (taken, then freed last first) */
function nextAddresses() {
  const out = [];
  for (let size = 16; size <= 512; size += 16) {
    const blocks = [obmalloc.malloc(size), obmalloc.malloc(size), obmalloc.malloc(size)];
    out.push(blocks.join(','));
    for (let i = blocks.length - 1; i >= 0; i--) obmalloc.free(blocks[i]);
  }
  return out;
}

function state() {
  return {
    blocks: obmalloc.allocatedBlocks(),
    counts: gcState.generations.map((g) => g.count),
    freeLists: freeListLengths(),
    next: nextAddresses(),
  };
}

test('the warm-up leaves no trace a program could see', () => {
  boot(['-c']);
  const before = state();
  warmUpLoop(rt.builtins);
  const after = state();
  assert.deepEqual(after, before);
});

test("the snapshot's warm-up leaves no trace a program could see", () => {
  boot(['-c']);
  const before = state();
  warmUpForSnapshot([readFileSync(new URL('../../lib/dataclasses.py', import.meta.url), 'utf8'), 'x = [i * 2 for i in range(3)]\n']);
  const after = state();
  assert.deepEqual(after, before);
});

test('the bundle is ASCII (a single other character makes V8 keep its source, in every snapshot, at two bytes a character)', () => {
  const source = readFileSync(new URL('../../dist/pyheap.cjs', import.meta.url), 'latin1');
  const at = source.search(/[^\x00-\x7f]/);
  assert.equal(at, -1, `non-ASCII at ${at}: ${source.slice(Math.max(0, at - 60), at + 20)}`);
});
