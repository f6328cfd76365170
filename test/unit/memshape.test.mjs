// The shape judge for memory programs (scripts/memshape.js), on figures python3 printed for the
// seed examples on this project's machine.
import test from 'node:test';
import assert from 'node:assert/strict';
import { compareMemoryShape, isMemoryProgram } from '../../scripts/memshape.js';

const lines = (hints, values) => hints.map((h, i) => `${h} memory used: ${values[i]} MB\n`).join('');
const SHOW = ['initial', 'after a created', 'finished'];

test('same rises and falls within 20%: same shape', () => {
  const py = lines(SHOW, [11.40234375, 394.17578125, 12.1328125]);
  assert.deepEqual(compareMemoryShape(py, lines(SHOW, [11.88671875, 403.2265625, 13.1015625])), []);
});

test('a fall where python3 stays up (or the reverse) is a different shape', () => {
  const global = lines(SHOW, [11.40625, 394.140625, 394.14453125]);
  const p = compareMemoryShape(global, lines(SHOW, [11.9, 403.2, 13.1]));
  assert.equal(p.length, 1);
  assert.match(p[0], /step 2: python3 flat .* pyheap down/);
  assert.match(compareMemoryShape(lines(SHOW, [11.4, 394.2, 12.1]), lines(SHOW, [11.9, 403.2, 403.2]))[0], /python3 down .* pyheap flat/);
});

test('a rise more than 20% away from python3\'s is reported', () => {
  const py = lines(SHOW, [11.4, 394.2, 12.1]);
  assert.deepEqual(compareMemoryShape(py, lines(SHOW, [11.9, 470, 13])), []); // +458 vs +382.8: 19.7%
  assert.match(compareMemoryShape(py, lines(SHOW, [11.9, 490, 13]))[0], /more than 20% apart/);
  assert.match(compareMemoryShape(py, lines(SHOW, [11.9, 300, 13]))[0], /more than 20% apart/);
});

test('small moves are flat on both sides; text must match exactly', () => {
  const py = 'initial 11.4\nafter 11.6\nbig 90\n';
  assert.deepEqual(compareMemoryShape(py, 'initial 11.9\nafter 12.9\nbig 91\n'), []);
  assert.match(compareMemoryShape(py, 'initial 11.9\nlater 12.9\nbig 91\n')[0], /line 2: text differs/);
  assert.match(compareMemoryShape(py, 'initial 11.9\n')[0], /lines from python3/);
});

test('memory programs are the *_mem.py files', () => {
  assert.ok(isMemoryProgram('/x/show_memory_mem.py'));
  assert.ok(!isMemoryProgram('/x/memory.py'));
});
