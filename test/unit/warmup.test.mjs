// Unit test of src/vm/warmup.ts (run `npm run build` first): node --test test/unit/warmup.test.mjs
// The interpreter loop's warm-up runs at every start, before the program: whatever it makes it
// must free so that nothing a program can see differs (obmalloc hands out the same addresses in
// the same order, the same blocks are allocated, GC counts and free lists are as they were).
import test from 'node:test';
import assert from 'node:assert/strict';
import { boot, rt } from '../../dist/runtime.js';
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
