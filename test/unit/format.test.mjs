// Unit tests for src/objects/format.ts: floatRepr and the format-spec mini-language compared with
// python3, computed live (one python3 run answers every case). Values travel as exact text: floats
// as the hex of their IEEE bits, ints as decimal strings.

import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = process.env.PYHEAP_DIST ?? path.join(root, 'dist');
const load = (p) => import(pathToFileURL(path.join(dist, p)).href);

const fmt = await load('objects/format.js');
const errors = await load('objects/errors.js');

// Raised errors become plain records: { type: { name }, msg }.
errors.errorHooks.newException = (type, msg) => ({ type, msg });
errors.errorHooks.types = new Proxy({}, { get: (_t, name) => ({ name }) });

function run(f) {
  try {
    return ['ok', f()];
  } catch (e) {
    if (e instanceof errors.PyErr) return ['err', e.exc.type.name, e.exc.msg];
    throw e;
  }
}

const PY = String.raw`
import json, struct, sys
cases = json.load(sys.stdin)
out = []
def val(kind, v):
    if kind == 'f': return struct.unpack('>d', bytes.fromhex(v))[0]
    if kind == 'i': return int(v)
    return v
for kind, v, spec in cases:
    x = val(kind, v)
    try:
        if spec is None: r = repr(x)
        elif spec.startswith('P:'): r = spec[2:] % x
        else: r = format(x, spec)
        out.append(['ok', r])
    except Exception as e:
        out.append(['err', type(e).__name__, str(e)])
json.dump(out, sys.stdout)
`;

function python(cases) {
  return JSON.parse(execFileSync('python3', ['-c', PY], { input: JSON.stringify(cases), maxBuffer: 1 << 26 }).toString());
}

const dv = new DataView(new ArrayBuffer(8));
const hexOf = (x) => { dv.setFloat64(0, x); return [...new Uint8Array(dv.buffer)].map((b) => b.toString(16).padStart(2, '0')).join(''); };

// deterministic pseudo-random doubles
let seed = 12345;
const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; };
function randomDouble() {
  dv.setUint32(0, rnd());
  dv.setUint32(4, rnd());
  const x = dv.getFloat64(0);
  return Number.isFinite(x) ? x : 1.5;
}

const floats = [
  0, -0, 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 1e16, 1e15, 123456789012345680, 1e-5, 1e-4, 0.0001234,
  1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, Infinity, -Infinity, NaN, 3.141592653589793,
  2 / 3, 100, 1234567.0, 0.3, 1e22, 9.999999999999999e22, 12345.6789, -0.0001, 0.005, 0.015, 0.025, 1.005, 99.5,
  999999.5, 9.5, 0.05, 4.35, 1e100, 123.456, 2e16 + 8,
];
for (let i = 0; i < 60; i++) floats.push(randomDouble());
for (let i = 0; i < 20; i++) floats.push((rnd() % 2000000) / 1000 - 1000);

const floatSpecs = [
  '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0f', '.1f', '.2f', '.3e', '.0e', '#.0e', '.10g', '.0g', '#g', '#.3g',
  '.3', '.17', '.1%', '+', ' ', '+.2f', '10', '<10', '^12.3f', '=+12.2f', '012.3f', '010,', '_', ',.2f', '_.2f', '+,',
  'z.1f', 'z', 'zf', '*^15e', '015,.2f', '#', '#f', '.25f', '.20e', '.30g', ',', 'x', 'd', 'c', 's', ',n', '.2n,',
  '0=10', 'é>8.2f', '.', '1.2.3', ',_', '\u{1F600}^9',
];
const ints = ['0', '1', '-1', '7', '42', '-42', '255', '1000', '-1234567', '1234567890', '65', '9007199254740993',
  '-123456789012345678901234567890', '340282366920938463463374607431768211456', '1114111', '1114112', '10'];
const intSpecs = [
  '', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', '+d', ' d', '10', '<10', '^10', '=10', '010', '+010',
  '#010x', ',', '_', '_x', '_b', '#_b', '012,', '012_', '0=12,', '*<12,', ',x', ',n', '_n', 'e', 'f', '.2f', '%', 'g',
  '.3', 'z', 's', ',,', 'c,', '+c', '#c', '05c', ',_', 'é^7', '.', '-', '=', 'G', '>+#015_X',
];
const strs = ['', 'a', 'abc', 'hello world', 'é', '\u{1F600}x\u{1F600}', 'tab\there'];
const strSpecs = ['', 's', '10', '<10', '>10', '^10', '^9', '*^9', '.2', '10.2', '.0', 'd', '+', ' ', '#', '=10', '010',
  ',', '_', 'z', '\u{1F600}>5', 'x<3s', '.2s'];

test('floatRepr and format() agree with python3', () => {
  const cases = [];
  const mine = [];
  for (const x of floats) {
    cases.push(['f', hexOf(x), null]);
    mine.push(run(() => fmt.floatRepr(x)));
    for (const s of floatSpecs) {
      cases.push(['f', hexOf(x), s]);
      mine.push(run(() => fmt.formatFloat(x, s)));
    }
  }
  // printf-style float conversions ('%.3e' % x): doubleToString with the alternate-form flag
  for (const x of floats) {
    for (const code of ['e', 'E', 'f', 'F', 'g', 'G']) {
      for (const [prec, alt] of [[6, false], [0, false], [3, true], [12, false], [0, true]]) {
        cases.push(['f', hexOf(x), `P:%${alt ? '#' : ''}.${prec}${code}`]);
        mine.push(run(() => fmt.doubleToString(x, code, prec, alt ? 4 : 0)));
      }
    }
  }
  for (const v of ints) {
    const n = BigInt(v);
    const jv = n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
    for (const s of intSpecs) {
      cases.push(['i', v, s]);
      mine.push(run(() => fmt.formatInt(jv, s)));
    }
  }
  for (const v of strs) {
    for (const s of strSpecs) {
      cases.push(['s', v, s]);
      mine.push(run(() => fmt.formatStr(v, s)));
    }
  }
  const expected = python(cases);
  const failures = [];
  for (let i = 0; i < cases.length; i++) {
    if (JSON.stringify(mine[i]) !== JSON.stringify(expected[i])) {
      failures.push(`${JSON.stringify(cases[i])}: got ${JSON.stringify(mine[i])}, python3 ${JSON.stringify(expected[i])}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${cases.length} differ:\n${failures.slice(0, 40).join('\n')}`);
});
