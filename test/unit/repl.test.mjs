// LAYER: cli — unit tests (node:test) of the interactive prompt and the command line. Needs
// `npm run build`. Every expectation is python3's own behaviour, asked live: the same input goes
// to `python3` and to pyheap, through a pipe and through a pseudo-terminal
// (test/pty_session.py), and the outputs must be equal. pyheap runs with PYHEAP_AUDIT=1.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PYHEAP, PYTHON, runPiped, runPty } from '../repl_helpers.mjs';

const lines = (...l) => l.join('\n') + '\n';

// Sessions typed at the prompt: values echoed, `_`, blocks closed by an empty line, brackets,
// backslashes and triple quotes continued, errors and tracebacks, sys.ps1 and sys.displayhook.
const SESSIONS = {
  basics: lines('1+1', '_ * 10', '_', 'None', '_', "'s'", 'x = 5', 'x', 'print(x)', '', '# a comment', 'x += 1; x'),
  blocks: lines('for i in range(3):', '    i', '', 'def f(x):', '    return 1 / x', '', 'f(2)', 'f(0)',
    'class A:', '    def __repr__(self): return "A()"', '', 'A()', '[A(), A()]', 'if 1: 7', ''),
  continuation: lines('x = (1,', '2)', 'x', 'y = 1 + \\', '2', 'y', 's = """a', '', 'b"""', 's', '{', "'k': [1,", '2]}'),
  errors: lines('x = = 1', 'undefined_name', 'if 1:', '', 'if 1:', '  print(1)', 'print(2)', '', '1/0', '[1][5]',
    'try:', '    {}["k"]', 'except KeyError as e:', '    raise ValueError("v") from e', '', 'def g():', '    return h()', '',
    'def h():', '    raise TypeError("deep")', '', 'g()', 'print("still here")'),
  hooks: lines('import sys', "sys.ps1 = 'py> '", "sys.ps2 = '.. '", 'if 1:', '  3', '', 'sys.displayhook = lambda v: print("hook", repr(v))',
    '42', 'None', 'sys.displayhook = sys.__displayhook__', '42', 'del sys.displayhook', '42'),
  exits: lines('exit', 'quit', 'type(exit).__name__', 'exit(3)', 'print("not reached")'),
  sysexit: lines('import sys', 'sys.exit("bye")'),
};

for (const [name, input] of Object.entries(SESSIONS)) {
  test(`piped session "${name}": python3 -i -q and pyheap -i -q print the same`, () => {
    const py = runPiped(PYTHON, ['-i', '-q'], input);
    const ph = runPiped(PYHEAP, ['-i', '-q'], input);
    assert.equal(ph.stdout, py.stdout);
    assert.equal(ph.stderr, py.stderr);
    assert.equal(ph.status, py.status);
  });
}

test('stdin that is not a terminal is run as a script (no prompts), with "-" and its arguments', () => {
  const input = lines('import sys', 'print(sys.argv)', 'x = 1', 'x', 'def f():', '    1/0', 'f()');
  for (const args of [[], ['-'], ['-', 'a', 'b'], ['-q']]) {
    const py = runPiped(PYTHON, args, input);
    const ph = runPiped(PYHEAP, args, input);
    assert.deepEqual(ph, py, `args ${JSON.stringify(args)}`);
  }
});

test('-i after -c and after a script: the traceback (even of SystemExit), then the prompt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyheap-repl-'));
  try {
    writeFileSync(join(dir, 'prog.py'), lines('import sys', 'y = 41', 'print(sys.argv[1:])', 'raise SystemExit(3)'));
    for (const args of [['-i', '-c', 'x = 2'], ['-i', '-c', '1/0'], ['-i', 'prog.py', 'arg'], ['-i', '-c', 'raise SystemExit(5)']]) {
      const py = runPiped(PYTHON, args, lines('x', 'y + 1'), { cwd: dir });
      const ph = runPiped(PYHEAP, args, lines('x', 'y + 1'), { cwd: dir });
      assert.deepEqual({ ...ph, stderr: ph.stderr.replaceAll(dir, 'DIR') }, { ...py, stderr: py.stderr.replaceAll(dir, 'DIR') }, `args ${JSON.stringify(args)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the banner: pyheap says it is Python 3.11-compatible; -q leaves it out (as python3 -q)', () => {
  const ph = runPiped(PYHEAP, ['-i'], '');
  const py = runPiped(PYTHON, ['-i'], '');
  const banner = ph.stderr.split('>>> ')[0];
  assert.match(banner, /Python 3\.11-compatible/);
  assert.equal(banner.split('\n').length, py.stderr.split('>>> ')[0].split('\n').length, 'as many banner lines as python3');
  assert.equal(runPiped(PYHEAP, ['-i', '-q'], '').stderr, runPiped(PYTHON, ['-i', '-q'], '').stderr);
});

// In a pseudo-terminal: the prompts, the echo of what is typed, Ctrl-C (at the prompt and in
// running code) and Ctrl-D. The terminal
// text of both must be equal (python3 edits lines with GNU readline, pyheap with node:readline).
const PTY_SESSIONS = {
  values: ['1+1', '_', 'def f():', '    return 1/0', '', 'f()', "'abc'.upper()", { ctrl: 'd' }],
  interrupt: ['x = (1,', { ctrl: 'c' }, 'x = 3', { ctrl: 'c' }, 'x', 'for i in range(2):', { ctrl: 'c' }, 'x + 1', { ctrl: 'd' }],
  exit: ['print("bye")', 'exit(7)'],
  errors: ['[1, 2][3]', 'x = = 1', 'quit', 'import sys; sys.exit()'],
  // Ctrl-C inside running code: KeyboardInterrupt with its traceback, and the session goes on
  interruptRunning: ['n = 0', 'while True: n += 1', { busy: '', seconds: 2 }, { ctrl: 'c' }, 'n > 0',
    'def spin():', '    while n > 0:', '        pass', '', { busy: 'spin()', seconds: 2 }, { ctrl: 'c' }, '"alive"', { ctrl: 'd' }],
};

for (const [name, typed] of Object.entries(PTY_SESSIONS)) {
  test(`terminal session "${name}": python3 -q and pyheap -q show the same`, () => {
    const py = runPty([...PYTHON, '-q'], typed);
    const ph = runPty([...PYHEAP, '-q'], typed);
    assert.equal(ph.text, py.text);
    assert.equal(ph.status, py.status);
  });
}

test('a terminal session starts with the banner unless -q', () => {
  const r = runPty([...PYHEAP], [{ ctrl: 'd' }]);
  assert.match(r.text, /^pyheap .*Python 3\.11-compatible.*\n.*\n>>> \n$/);
  assert.equal(r.status, 0);
});

test('-m runs a module or a package\'s __main__ as __main__, with python3\'s errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyheap-m-'));
  try {
    mkdirSync(join(dir, 'pkg'));
    writeFileSync(join(dir, 'pkg', '__init__.py'), lines('print("init", __name__)'));
    writeFileSync(join(dir, 'pkg', '__main__.py'), lines('import sys', 'print("main", __name__, __package__, sys.argv[1:], sys.argv[0].endswith("__main__.py"))', 'from . import sub', '1/0'));
    writeFileSync(join(dir, 'pkg', 'sub.py'), lines('import sys', 'print("sub", __name__, __package__, sys.argv[0].endswith("sub.py"))'));
    mkdirSync(join(dir, 'nomain'));
    writeFileSync(join(dir, 'nomain', '__init__.py'), '');
    writeFileSync(join(dir, 'top.py'), lines('import sys', 'print(__name__, sys.argv[1:], sys.path[0] + "/top.py" == __file__ == sys.argv[0])'));
    const cases = [['-m', 'pkg', 'x', 'y'], ['-m', 'pkg.sub'], ['-m', 'top', '1'], ['-mtop'], ['-m', 'nosuch'], ['-m', 'pkg.nosuch'],
      ['-m', 'nosuch.x'], ['-m', 'nomain'], ['-m', 'math'], ['-m', '.rel'], ['-i', '-m', 'top']];
    for (const args of cases) {
      const py = runPiped(PYTHON, args, '', { cwd: dir });
      const ph = runPiped(PYHEAP, args, '', { cwd: dir });
      // python3 runs the module from runpy's frames, which its tracebacks show; pyheap runs it directly
      const clean = (r) => ({ ...r, stderr: r.stderr.replaceAll(dir, 'DIR').replace(/^  File "<frozen runpy>".*\n/gm, '') });
      assert.deepEqual(clean(ph), clean(py), `args ${JSON.stringify(args)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad command lines: python3\'s messages and exit status 2', () => {
  for (const args of [['-z'], ['--foo'], ['-c'], ['-m'], ['-qz'], ['nosuch_file.py'], ['-V'], ['--version'], ['-cprint(7)', 'a'], ['-q', '--', '-c']]) {
    const py = runPiped(PYTHON, args, '');
    const ph = runPiped(PYHEAP, args, '');
    assert.deepEqual(ph, py, `args ${JSON.stringify(args)}`);
  }
});

test('--help lists the options pyheap supports in python3\'s format', () => {
  const r = runPiped(PYHEAP, ['--help'], '');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^usage: pyheap \[option\] \.\.\. \[-c cmd \| -m mod \| file \| -\] \[arg\] \.\.\.\n/);
  const py = runPiped(PYTHON, ['--help'], '').stdout;
  for (const opt of ['-c cmd', '-h    ', '-i    ', '-m mod', '-q    ', '-V    ', 'file   :', '-      :', 'arg ...:']) {
    const ours = r.stdout.split('\n').find((l) => l.startsWith(opt));
    const theirs = py.split('\n').find((l) => l.startsWith(opt));
    assert.ok(ours !== undefined, `--help lists ${opt}`);
    assert.equal(ours, theirs, `${opt} is described as python3 describes it`);
  }
  assert.deepEqual(runPiped(PYHEAP, ['-h'], ''), r);
});
