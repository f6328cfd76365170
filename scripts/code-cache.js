#!/usr/bin/env node
// Build step: run a short warm-up program through the bundle and save V8's code cache for it
// (dist/pyheap.cjs.cache), which bin/load-runtime.js hands to V8 at every start. The warm-up
// touches the common paths (classes, calls, containers, str formatting, generators, exceptions)
// so that their functions are compiled and included.
// The cache is made under the --stack-size pyheap runs with (V8 rejects a cache made under other
// flags), so this script relaunches itself with it (bin/js-stack.js).
import { unlinkSync, writeFileSync } from 'node:fs';
import { cachePath, loadRuntime } from '../bin/load-runtime.js';
import { relaunchWithStack } from '../bin/js-stack.js';

relaunchWithStack(); // (returns only in the process that has the flag)

const warmUp = `
class P:
    def __init__(self, x, y=0, *, z=1):
        self.x = x; self.y = y
    def m(self, k=1):
        return self.x + k
def g(n):
    for i in range(n):
        yield i * 2
d = {'a': [1, 2.5, (3, 'x')], 'b': {1, 2}}
s = '-'.join(str(i) for i in g(5)) + '%d %s' % (1, 'a') + f'{3:>4}' + '{}'.format(d)
try:
    [P(i).m() for i in range(3)][5]
except IndexError as e:
    s += repr(e)
assert len(sorted(s.split('-'), key=len)) > 0
import contextlib, collections, unittest, typing, enum, dataclasses, json, re, functools
`;

try {
  unlinkSync(cachePath);
} catch {
  // no old cache
}
const { runtime, script } = loadRuntime();
process.on('exit', (code) => {
  if (code !== 0) {
    process.stderr.write('code-cache: the warm-up program failed; no cache written\n');
    return;
  }
  writeFileSync(cachePath, script.createCachedData());
});
runtime.main(['-c', warmUp]);
