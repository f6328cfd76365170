// LAYER: modules — unit tests (node:test) of the patterns pyheap's `re` refuses because a
// JavaScript RegExp would give a different answer than CPython (see src/modules/jsre.ts): groups
// inside a repeated group whose value may come from an earlier iteration, groups inside a greedy
// repeat of something that can match '' (Python makes one more, empty, iteration), and
// back-references to groups that may have no value. Needs `npm run build`. For each pattern and subject: pyheap must
// raise re.error at compile time, and the refusal must be justified, i.e. python3's own
// re.match result (asked live) must differ from what the same pattern gives as a JS RegExp.
// The accepted neighbours of these patterns are checked against python3 by the differential
// program test/programs/stdlib/re_group_semantics.py.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PYHEAP = fileURLToPath(new URL('../../bin/pyheap.js', import.meta.url));

// [pattern, subject]: each pattern is written in syntax JS reads the same way as Python
const REFUSED = [
  // a group inside a repeated group, not set in every iteration
  [String.raw`((a)|b)+`, 'ab'],
  [String.raw`(?:(a)|b)+`, 'ab'],
  [String.raw`(?:(a)|(b))+`, 'ab'],
  [String.raw`(?:x(a)?)+`, 'xaxx'],
  [String.raw`(?:(a)*b)+`, 'aabb'],
  [String.raw`(?:(?:(a)|b)c)+`, 'acbc'],
  [String.raw`((a)?)+`, 'a'],
  [String.raw`(?:(a)|b){2}`, 'ab'],
  [String.raw`(?:(\d)|[a-z])+`, '1x'],
  // a greedy repeat of something that can match '': Python makes one more, empty, repetition
  [String.raw`(a?)+`, 'a'],
  [String.raw`(a*)*`, 'aa'],
  [String.raw`(?:(a?)b?)+`, 'ab'],
  [String.raw`(\w*\s?)+`, 'ab cd'],
  [String.raw`(a?){0,3}`, 'a'],
  [String.raw`(a|)+$`, 'a'],
  // a back-reference to a group that may have no value
  [String.raw`(a)?b\1`, 'b'],
  [String.raw`(a)|\1b`, 'b'],
  [String.raw`(?:(a)x)?\1`, 'x'],
  [String.raw`(?:(a)b|c)\1`, 'c'],
  [String.raw`(a)(b)?\2`, 'a'],
  [String.raw`(?=(a))?b\1`, 'b'],
  [String.raw`(?!(a))b\1`, 'b'],
  [String.raw`(?:(a)*)b\1`, 'b'],
];

const json = (v) => JSON.stringify(v);

function python3Match(pattern, subject) {
  const code = 'import re, json, sys\nm = re.match(sys.argv[1], sys.argv[2])\nprint(json.dumps(m and [m.group(0), *m.groups()]))';
  const r = spawnSync('python3', ['-c', code, pattern, subject], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

function jsMatch(pattern, subject) {
  const m = new RegExp(pattern, 'y').exec(subject);
  return json(m && [...m].map((g) => g ?? null));
}

function pyheapCompile(pattern) {
  const code = 'import re, sys\ntry:\n    re.compile(sys.argv[1])\nexcept re.error as e:\n    print(type(e).__name__, e)\nelse:\n    print("compiled")';
  const r = spawnSync(process.execPath, [PYHEAP, '-c', code, pattern], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

for (const [pattern, subject] of REFUSED) {
  test(`refused: ${pattern} on ${json(subject)}`, () => {
    const py = python3Match(pattern, subject);
    assert.notEqual(jsMatch(pattern, subject), py, 'JS agrees with python3 here: the refusal is not justified by this subject');
    const out = pyheapCompile(pattern);
    assert.match(out, /^error pyheap's re cannot express this: group \d+ /);
  });
}
