// Unit tests of src/objects/strindex.ts (run `npm run build` first): node --test test/unit/strindex.test.mjs
// The index is checked against a JS Map under random insertions, replacements and deletions (so
// tombstones, their reuse and resizes all happen), and copies must be independent.
import test from 'node:test';
import assert from 'node:assert/strict';
import { StrIndex } from '../../dist/objects/strindex.js';
import { textHash } from '../../dist/objects/str.js';

function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}

function check(idx, model, names) {
  assert.equal(idx.size, model.size);
  for (const n of names) assert.equal(idx.get(n), model.get(n), n);
}

test('StrIndex agrees with a Map under random operations', () => {
  const r = rng(12345);
  const names = [];
  for (let i = 0; i < 400; i++) names.push(i % 3 === 0 ? 'k' + i : i % 3 === 1 ? String.fromCharCode(200 + (i % 50)) + i : '');
  names.push('\u{1F600}x', 'a'.repeat(100));
  const idx = new StrIndex();
  const model = new Map();
  for (let step = 0; step < 20000; step++) {
    const n = names[Math.floor(r() * names.length)];
    const op = r();
    if (op < 0.55) {
      const e = Math.floor(r() * 1000);
      if (r() < 0.5) idx.set(n, e); else idx.setH(n, textHash(n), e);
      model.set(n, e);
    } else if (op < 0.9) {
      if (r() < 0.5) idx.delete(n); else idx.deleteH(n, textHash(n));
      model.delete(n);
    } else {
      assert.equal(idx.getH(n, textHash(n)), model.get(n));
    }
    if (step % 997 === 0) check(idx, model, names);
  }
  check(idx, model, names);
});

test('copies are independent, and a table grows from empty', () => {
  const a = new StrIndex();
  for (let i = 0; i < 100; i++) a.set('n' + i, i);
  const b = a.copy();
  b.set('n5', 500);
  b.delete('n6');
  b.set('extra', 1);
  assert.equal(a.get('n5'), 5);
  assert.equal(a.get('n6'), 6);
  assert.equal(a.get('extra'), undefined);
  assert.equal(b.get('n5'), 500);
  assert.equal(b.get('n6'), undefined);
  assert.equal(a.size, 100);
  assert.equal(b.size, 100);
  assert.ok(a.hasRoomFor(100));
});
