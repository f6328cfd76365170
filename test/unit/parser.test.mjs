// LAYER: parser — unit tests (node:test). Needs `npm run build` (imports dist/parser/*.js).
//
// The two conformance checks of scripts/check-ast.mjs run here against python3, which must be on
// PATH: the AST (and node positions) of a corpus of files, and the exceptions raised for the
// broken snippets in test/parser-corpus/syntax-errors.txt. The stdlib part of the AST corpus is
// trimmed to keep the test fast; `node scripts/check-ast.mjs` runs the whole corpus.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, PySyntaxError } from '../../dist/parser/parser.js';
import { dump, reprFloat, reprStr, reprBytes } from '../../dist/parser/dump.js';
import { validate } from '../../dist/parser/validate.js';
import { tokenize } from '../../dist/parser/tokenizer.js';
import { SourceText } from '../../dist/parser/errors.js';
import { corpusFiles, runAstCheck, runSyntaxErrorCheck } from '../../scripts/check-ast.mjs';

function report(failures, label) {
  return failures.slice(0, 10).map((f) => `${label(f)}: ${f.problem}`).join('\n');
}

test('AST and positions match CPython on the corpus (stdlib trimmed to its 60 smallest modules)', () => {
  const r = runAstCheck({ files: corpusFiles(60) });
  assert.equal(r.failed, 0, `${r.failed} files differ:\n${report(r.failures, (f) => f.file)}`);
  assert.ok(r.passed > 40);
});

test('syntax errors match CPython (type, msg, lineno, offset, end_lineno, end_offset, text)', () => {
  const r = runSyntaxErrorCheck();
  assert.ok(r.total >= 60, 'the corpus has at least 60 snippets');
  assert.equal(r.failed, 0, `${r.failed} snippets differ:\n${report(r.failures, (f) => f.name)}`);
  assert.equal(r.extrasPassed, r.total, `${r.total - r.extrasPassed} snippets differ in end_lineno/end_offset/text (node scripts/check-ast.mjs errors --verbose)`);
});

test('positions are UTF-8 byte offsets', () => {
  const tree = parse('é = "ü" + x\n', 't.py', 'exec');
  const assign = tree.body[0];
  assert.equal(assign.targets[0].end_col_offset, 2);
  assert.equal(assign.value.left.col_offset, 5);
  assert.equal(assign.value.right.col_offset, 12);
});

test('tokenizer emits INDENT/DEDENT and joins lines inside brackets', () => {
  const toks = tokenize(new SourceText('if x:\n    y = (1,\n  2)\n'), { filename: 't.py' });
  const types = toks.map((t) => (t.type === 'OP' || t.type === 'NAME' || t.type === 'NUMBER' ? t.string : t.type));
  assert.deepEqual(types, ['if', 'x', ':', 'NEWLINE', 'INDENT', 'y', '=', '(', '1', ',', '2', ')', 'NEWLINE', 'DEDENT', 'ENDMARKER']);
});

test('syntax errors are PySyntaxError values with CPython fields', () => {
  let err;
  try {
    parse('def f(:\n    pass\n', 'mod.py', 'exec');
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof PySyntaxError);
  assert.ok(!(err instanceof Error));
  assert.equal(err.kind, 'SyntaxError');
  assert.equal(err.filename, 'mod.py');
  assert.equal(typeof err.offset, 'number');
  assert.throws(() => parse('if x:\n  a\n b\n', 'm.py', 'exec'), (e) => e.kind === 'IndentationError');
  assert.throws(() => parse('if x:\n\ta\n        b\n', 'm.py', 'exec'), (e) => e.kind === 'TabError');
});

test('validate reports compile-time errors', () => {
  const tree = parse('def f():\n    pass\nreturn 1\n', 'm.py', 'exec');
  assert.throws(() => validate(tree, 'm.py'), (e) => e.msg === "'return' outside function" && e.lineno === 3 && e.offset === 1);
  validate(parse('for x in y:\n    break\n', 'm.py', 'exec'), 'm.py');
});

test('dump prints constants with Python reprs', () => {
  assert.equal(reprFloat(1e16), '1e+16');
  assert.equal(reprFloat(1e-5), '1e-05');
  assert.equal(reprFloat(0.0001), '0.0001');
  assert.equal(reprFloat(2.0), '2.0');
  assert.equal(reprFloat(1.2345678901234568e17), '1.2345678901234568e+17');
  assert.equal(reprStr("it's"), '"it\'s"');
  assert.equal(reprStr('a\n\x00é\u2028'), "'a\\n\\x00é\\u2028'");
  assert.equal(reprBytes(new Uint8Array([0, 39, 255])), 'b"\\x00\'\\xff"');
  assert.equal(dump(parse('x = 1.5j', 't', 'exec')), "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.5j))], type_ignores=[])");
});

// (how fast it parses is a benchmark question, not a test's: see bench/)
test('a 5,000-line file parses into all of its statements', () => {
  const lines = [];
  for (let i = 0; i < 1000; i++) {
    lines.push(`def f${i}(a, b=${i}, *c, **d):`, `    x = [a + b * ${i} for a in range(10) if a % 2]`, `    return f"{x!r:>10}" if x else {'k': (a, b)}`, '', `y${i} = f${i}(1, 2)[0].attr`);
  }
  const tree = parse(lines.join('\n') + '\n', 'big.py', 'exec');
  assert.equal(tree.body.length, 2000);
  assert.equal(tree.body[1999].lineno, 5000);
});
