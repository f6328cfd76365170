// Unit tests of the launchers' environment handover (bin/pyheap, bin/js-stack.js pyheapEnv,
// src/cli/launchenv.ts); run `npm run build` first: node --test test/unit/launchenv.test.mjs
//
// node reads the certificates NODE_EXTRA_CA_CERTS names when it starts, and warns on stderr when
// it cannot. The launchers keep node from reading them (pyheap has no TLS) and the runtime puts the
// variable back: a Python program must see the environment python3 sees, and stderr must stay
// python3's. A file that does not exist makes both observable: node's warning would show.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pyheapEnv, pyheapNodeArgs } from '../../bin/js-stack.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROGRAM = `import os
print(repr(os.environ.get('NODE_EXTRA_CA_CERTS')), 'PYHEAP_NODE_EXTRA_CA_CERTS' in os.environ)
`;
const MISSING = join(root, 'no-such-dir', 'certs.pem');

/** run PROGRAM under cmd argv with env; its stdout, stderr and status */
function run(argv, env) {
  const r = spawnSync(argv[0], [...argv.slice(1), '-c', PROGRAM], { env, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

for (const [label, value] of [['a file that does not exist', MISSING], ['empty', ''], ['unset', undefined]]) {
  const env = { ...process.env };
  delete env.PYHEAP_NODE_EXTRA_CA_CERTS;
  if (value === undefined) delete env.NODE_EXTRA_CA_CERTS;
  else env.NODE_EXTRA_CA_CERTS = value;

  test(`NODE_EXTRA_CA_CERTS ${label}: bin/pyheap prints what python3 prints, and no warning of node's`, () => {
    const expected = run(['python3'], env);
    assert.equal(expected.status, 0, expected.stderr);
    assert.deepEqual(run([join(root, 'bin', 'pyheap')], env), expected);
  });

  test(`NODE_EXTRA_CA_CERTS ${label}: node started as the test tools start pyheap (pyheapEnv) does the same`, () => {
    const expected = run(['python3'], env);
    assert.deepEqual(run([process.execPath, ...pyheapNodeArgs()], pyheapEnv(env)), expected);
  });
}

test('pyheapEnv hands the variable over and leaves the caller\'s environment as it was', () => {
  const env = { A: '1', NODE_EXTRA_CA_CERTS: '/x.pem' };
  assert.deepEqual(pyheapEnv(env), { A: '1', PYHEAP_NODE_EXTRA_CA_CERTS: '/x.pem' });
  assert.deepEqual(env, { A: '1', NODE_EXTRA_CA_CERTS: '/x.pem' });
  assert.deepEqual(pyheapEnv({ A: '1' }), { A: '1' });
});
