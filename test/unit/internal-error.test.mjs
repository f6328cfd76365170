// Unit test of eval.ts runFrame's internalError (run `npm run build` first): a JS error escaping
// an instruction is a bug in pyheap, but the program sees it as CPython shows its own internal
// errors, a Python SystemError: its handlers run, and the code after them goes on.
import test from 'node:test';
import assert from 'node:assert/strict';
import { boot, prepareMain, runInMain, rt } from '../../dist/runtime.js';
import { evalHooks } from '../../dist/vm/evalhooks.js';
import { dictGetItemStr } from '../../dist/objects/dict.js';

test('a JS error inside an instruction is raised as a SystemError the program can catch', () => {
  boot(['-c']);
  prepareMain(['-c'], '', null);
  const saved = evalHooks.importStar;
  // (IMPORT_STAR's work, made to fail the way a pyheap bug would)
  evalHooks.importStar = () => { throw new Error('boom'); };
  let result;
  try {
    result = runInMain([
      'try:',
      '    from sys import *',
      'except SystemError as e:',
      '    caught = (type(e).__name__, str(e))',
      'after = 1',
    ].join('\n') + '\n', '<test>', 'exec', true);
  } finally {
    evalHooks.importStar = saved;
  }
  assert.deepEqual(result, { raised: false, exitStatus: null });
  const main = dictGetItemStr(rt.modules, '__main__').dict;
  const caught = dictGetItemStr(main, 'caught').value.map((s) => s.value);
  assert.deepEqual(caught, ['SystemError', 'pyheap internal error: boom']);
  assert.equal(dictGetItemStr(main, 'after').value, 1);
});
