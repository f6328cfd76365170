// sys._debugmallocstats() end to end: pyheap's whole text (pymalloc section and the free-list
// lines the object layers add) against python3's, line by line with the numbers masked.
// Run `npm run build` first: node --test test/unit/debugmallocstats.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROW = /^ *\d+ +\d+ +\d+ +\d+ +\d+$/;

function statsOf(cmd, args) {
  const r = spawnSync(cmd, [...args, '-c', 'import sys; x = [(i, float(i)) for i in range(50)]; del x; sys._debugmallocstats()'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr.split('\n');
}

/** The text of a line with its numbers masked; class-table rows become their column edges. */
function mask(line) {
  if (ROW.test(line)) {
    const edges = [...line.matchAll(/\d+/g)].map((m) => m.index + m[0].length);
    return `ROW ${edges.join(',')}`;
  }
  // a number's width moves the label's padding, so padding is abstracted too; the '=' column
  // and the line length are kept (they are fixed by printone)
  const eq = line.indexOf('=');
  const tail = eq >= 0 ? `|eq@${eq}|len=${line.length}` : '';
  return line.replace(/[\d,]+/g, 'N').replace(/ +/g, ' ').trim() + tail;
}

function collapseRows(lines) {
  const out = [];
  for (const l of lines.map(mask)) if (!(l.startsWith('ROW') && out[out.length - 1] === l)) out.push(l);
  return out;
}

test('sys._debugmallocstats() prints python3\'s lines in python3\'s order and columns', () => {
  const py = statsOf('python3', []);
  const ph = statsOf(process.execPath, [path.join(repoRoot, 'bin', 'pyheap.js')]);
  assert.deepEqual(collapseRows(ph), collapseRows(py));
  const freeLines = ph.filter((l) => l.includes(' bytes each ='));
  assert.equal(freeLines.length, 23, 'dict, float, list and 20 tuple free lists');
  // the tuple free lists hold what the program freed (CPython keeps up to 2000 per size)
  const two = freeLines.find((l) => l.includes('2-sized'));
  assert.ok(Number(/^ *(\d+)/.exec(two)[1]) >= 50, two);
});
