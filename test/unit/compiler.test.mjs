// Unit tests of the compiler layer (src/compiler), against CPython 3.11 asked live through
// compiler_oracle.py. Run after `npx tsc -p tsconfig.json`:  node --test test/unit/compiler.test.mjs
//
//  * symbol tables: every scope's symbols and flags (scope bits included) vs python3's symtable
//  * code objects: names, varnames, cellvars, freevars, consts, flags, arg counts, stacksize and
//    the instruction stream with co_positions() (pseudo-ops and CPython-only ops normalized away)
//  * constant folding: co_consts of folded expressions
//  * SyntaxErrors from the compile stage: message and position
//  * the disassembler, constant identity across code units, warnings, maxblocks

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { askCPython, toAst, codeInfo, symtableInfo } from './compiler_helpers.mjs';
import { compile, disassemble, PySyntaxError } from '../../dist/compiler/index.js';
import { buildSymbolTable } from '../../dist/compiler/symtable.js';
import { parseFutures } from '../../dist/compiler/future.js';

// ---- the snippets ----

const SCOPE_SNIPPETS = [
  'x = 1\ndef f(a, b=2, *c, d, e=5, **g):\n    y = a + x\n    return y',
  'def outer():\n    a = 1\n    def mid():\n        nonlocal a\n        a += 1\n        def inner():\n            global G\n            G = a\n            return a\n        return inner\n    return mid',
  'class A(B):\n    x = 1\n    def m(self):\n        return super().m() + x + __class__.y\n    def __p(self, __q):\n        self.__r = __q',
  'def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self):\n            return x\n    return C',
  'def f(xs):\n    return [y for x in xs if (y := x * 2)]',
  '[z := i for i in range(3)]\nprint(z)',
  'def f():\n    g = (a for a in range(3) for b in range(a))\n    s = {k: v for k, v in g}\n    return {e for e in s}, lambda q, *r: q',
  'def f():\n    try:\n        pass\n    except E as e:\n        pass\n    import os.path, sys as s\n    from m import a as b\n    with x as (p, q):\n        del p',
  'def f(x):\n    match x:\n        case [a, *b] | (a, b):\n            pass\n        case {"k": c, **d}:\n            pass\n        case C(e, f=g) as h:\n            pass',
  'from __future__ import annotations\ndef f(a: int, *b: str) -> list[int]:\n    c: dict = {}\n    return c',
  'async def f():\n    async with x as y:\n        await y\n    async for z in y:\n        yield z',
];

const CODE_SNIPPETS = [
  ...SCOPE_SNIPPETS,
  // control flow through try/finally, with, loops
  'def f():\n    for i in range(3):\n        try:\n            if i:\n                continue\n            return i\n        finally:\n            print(i)\n    while True:\n        with open("x") as fp, open("y"):\n            if fp:\n                break\n            return 5\n    try:\n        pass\n    except ValueError as e:\n        return e\n    except (TypeError, KeyError):\n        raise\n    else:\n        x = 1\n    finally:\n        del x',
  // generators
  'def gen():\n    x = yield 1\n    yield from range(x)\n    y = yield\n    return (lambda: (yield))',
  // assignment forms, calls, f-strings, slices
  'x, *y, z = 1, 2, 3, 4\na = b = c = [1, 2, *y]\nd = {**{"a": 1}, "b": 2, 3: 4}\nprint(*a, sep="", **d)\nprint(f"{a!r:>{b}} {c=} {d:%Y}")\nt = a[1:2], a[::2], a[1:2, 3]\na[0] += 1\na.b.c += 1\na[1:2] = [3]\ndel a[0], a.b\nobj.meth(1, k=2)\nimport math\nmath.sqrt(2)',
  // comparisons, conditions, asserts
  'if a < b < c:\n    pass\nelif not (a is b):\n    pass\nq = a if b else c\nwhile x and not y or z:\n    x -= 1\nassert x, "no"\nassert (a or\n        b), c',
  // classes, decorators, docstrings
  'class A(B, metaclass=M):\n    """doc"""\n    x: int = 3\n    y: str\n    def __init__(self, *a, **k):\n        super().__init__(*a, **k)\n        self.__p = 1\n    @property\n    def p(self): return self.__p\n    @staticmethod\n    def s(): return [__class__ for _ in ()]',
  // match
  'def f(x):\n    match x:\n        case 1 | 2:\n            return "a"\n        case [a, b, *rest]:\n            return a\n        case {"k": v, **kw}:\n            return v\n        case Point(x=0, y=yy) if yy > 0:\n            return yy\n        case (p, q) | [q, p]:\n            return p\n        case str() as s:\n            return s\n        case [1, *_, 3]:\n            return 1\n        case None:\n            pass\n        case _:\n            return None',
  // future annotations (stored as strings)
  'from __future__ import annotations\ndef f(a: List[int], *b: "x", c: Dict[str, (int, float)] = {}, **d: None) -> Optional[A | B]:\n    pass\nclass C:\n    z: lambda x, *y: x[1:2, ::3] = 1\n    v: [*a, 1e400, -1j, 1+2j, ...]',
  // coroutines, async generators, async with/for/comprehensions
  'async def f(x):\n    async with a as b, c:\n        await b\n        return 1\n    async for i in x:\n        if i:\n            break\n    r = [await y async for y in x if await y]\n    g = (z async for z in x)\n    return [p async for p in x for q in p]\nasync def agen():\n    yield 1\n    async with a:\n        yield 2',
  // except*
  'def f():\n    try:\n        g()\n    except* ValueError as e:\n        print(e)\n    except* (TypeError, KeyError):\n        pass\n    else:\n        h()\n    try:\n        g()\n    except* OSError:\n        raise\n    finally:\n        k()',
  // many arguments / items (the STACK_USE_GUIDELINE paths)
  `f(${Array.from({ length: 40 }, (_, i) => 'a' + i).join(', ')})\nx = [${Array.from({ length: 40 }, (_, i) => 'b' + i).join(', ')}]\nd = {${Array.from({ length: 20 }, (_, i) => `'k${i}': v${i}`).join(', ')}}`,
];

const FOLDING_SNIPPETS = [
  '2**64', '2**65', '1<<127', '1<<128', '(1,)*256', '(1,2)*129', '"ab"*2048', '"ab"*2049', 'True&True', '~True',
  '-True', 'not 0', '1/3', '-0.0', '2**-1', '"abc"[1]', 'b"abc"[1]', '(1,2)[-1]', '10//0', '5.5%-2', '-(1,)',
  '1e308*10', 'x in [1,2]', 'x in {1,2}', '[1,2,3]', '{1,2,3}', '(1,(2,3.5),"s",b"b",None)', '1+2j', '(1+2j)*(3-4j)',
  '7//-2', '-7%3', '2**0.5', '10**20*3', '"%s-%r" % (a, b)', '"%d" % (a,)', '(2**100)//(3**5)', '1j**2', '__debug__',
  '"a" "b" + "c"', '(1, 2) + (3,)', '9007199254740993/3', '(2**80)/7',
];

const ERROR_SNIPPETS = [
  'def f(a, a): pass', 'def f():\n  x = 1\n  global x', 'nonlocal x', 'def f():\n  ééé=1; nonlocal x',
  'def f():\n  from m import *', 'def f(): return\nreturn 1', 'break', 'continue', 'f(a=1, a=2)',
  'class A:\n  [(y:=1) for x in z]', '[(x:=1) for x in z]', 'from __future__ import braces',
  'import os\nfrom __future__ import annotations', 'def f(x):\n  global x', 'def f():\n  global x\n  nonlocal x',
  '[i for i in range(5) if (j := 0) for j in range(5)]', '[x for x in (y := [1])]', 'def f():\n  [(yield x) for x in y]',
  'yield 1', 'try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass', '__debug__ = 1', 'f(__debug__=1)',
  'match x:\n  case a:\n    pass\n  case b:\n    pass', 'match x:\n  case {1: a, 1.0: b}:\n    pass',
  'match x:\n  case [a, a]:\n    pass', 'match x:\n  case a | b:\n    pass', 'a, *b, *c = d', 'def f():\n  await x',
  'async def f():\n  yield 1\n  return 2', 'def f():\n  [x async for x in y]', 'for x in y:\n  try:\n    pass\n  except* E:\n    break',
];

let oracle;
function cpython() {
  if (!oracle) {
    const requests = [
      ...SCOPE_SNIPPETS.map((src) => ({ src, what: ['symtable'] })),
      ...CODE_SNIPPETS.map((src) => ({ src, what: ['code'] })),
      ...FOLDING_SNIPPETS.map((src) => ({ src, mode: 'eval', what: ['code'] })),
      ...ERROR_SNIPPETS.map((src) => ({ src, what: ['code'] })),
    ];
    const res = askCPython(requests);
    let k = 0;
    oracle = {
      scopes: res.slice(k, k += SCOPE_SNIPPETS.length),
      code: res.slice(k, k += CODE_SNIPPETS.length),
      folding: res.slice(k, k += FOLDING_SNIPPETS.length),
      errors: res.slice(k, k += ERROR_SNIPPETS.length),
    };
  }
  return oracle;
}

const compileJson = (r, mode = 'exec') => compile(toAst(r.ast), '<test>', mode);

/** Compare a pyheap code summary with CPython's, recursively; returns the differences. */
function codeDiffs(ours, theirs, fields, path = '', out = []) {
  for (const k of fields) {
    if (JSON.stringify(ours[k]) !== JSON.stringify(theirs[k])) {
      out.push(`${path || '<module>'}: ${k}: pyheap ${JSON.stringify(ours[k])} != cpython ${JSON.stringify(theirs[k])}`);
    }
  }
  if (ours.children.length !== theirs.children.length) out.push(`${path}: ${ours.children.length} nested code objects, cpython ${theirs.children.length}`);
  ours.children.forEach((c, i) => theirs.children[i] && codeDiffs(c, theirs.children[i], fields, path + '/' + c.name, out));
  return out;
}

// ---- symbol tables ----

function symtableDiffs(ours, theirs, path = '', out = []) {
  for (const k of ['name', 'type', 'lineno', 'varnames']) {
    if (JSON.stringify(ours[k]) !== JSON.stringify(theirs[k])) out.push(`${path}: ${k}: ${JSON.stringify(ours[k])} != ${JSON.stringify(theirs[k])}`);
  }
  const names = new Set([...Object.keys(ours.symbols), ...Object.keys(theirs.symbols)]);
  for (const n of names) {
    if (ours.symbols[n] !== theirs.symbols[n]) out.push(`${path}: symbol ${n}: flags ${ours.symbols[n]} != ${theirs.symbols[n]}`);
  }
  if (ours.children.length !== theirs.children.length) out.push(`${path}: ${ours.children.length} children != ${theirs.children.length}`);
  ours.children.forEach((c, i) => theirs.children[i] && symtableDiffs(c, theirs.children[i], path + '/' + c.name, out));
  return out;
}

test('symbol tables match python3 symtable (flags and scopes of every name in every scope)', () => {
  cpython().scopes.forEach((r, i) => {
    const mod = toAst(r.ast);
    const flags = parseFutures(mod, '<test>').flags;
    const ours = symtableInfo(buildSymbolTable(mod, '<test>', flags).top);
    assert.deepEqual(symtableDiffs(ours, r.symtable), [], SCOPE_SNIPPETS[i]);
  });
});

// ---- code objects ----

test('co_varnames, co_cellvars, co_freevars, co_names, flags and arg counts match CPython', () => {
  const fields = ['name', 'qualname', 'firstlineno', 'argcount', 'posonlyargcount', 'kwonlyargcount', 'flags',
    'varnames', 'cellvars', 'freevars', 'names'];
  cpython().code.forEach((r, i) => {
    assert.deepEqual(codeDiffs(codeInfo(compileJson(r)), r.code, fields), [], CODE_SNIPPETS[i]);
  });
});

test('co_consts match CPython (order and folded values)', () => {
  cpython().code.forEach((r, i) => {
    assert.deepEqual(codeDiffs(codeInfo(compileJson(r)), r.code, ['consts']), [], CODE_SNIPPETS[i]);
  });
});

test('instructions and co_positions() match CPython (modulo PRECALL/RESUME/CACHE/EXTENDED_ARG/NOP and SETUP_*/POP_BLOCK)', () => {
  cpython().code.forEach((r, i) => {
    assert.deepEqual(codeDiffs(codeInfo(compileJson(r)), r.code, ['instructions']), [], CODE_SNIPPETS[i]);
  });
});

test('stacksize equals CPython co_stacksize', () => {
  cpython().code.forEach((r, i) => {
    assert.deepEqual(codeDiffs(codeInfo(compileJson(r)), r.code, ['stacksize']), [], CODE_SNIPPETS[i]);
  });
});

test('constant folding gives CPython co_consts', () => {
  cpython().folding.forEach((r, i) => {
    const ours = codeInfo(compileJson(r, 'eval'));
    assert.deepEqual(codeDiffs(ours, r.code, ['consts', 'names', 'instructions']), [], FOLDING_SNIPPETS[i]);
  });
});

test('a sample of the standard library compiles to CPython bytecode', () => {
  const files = ['bisect', 'copy', 'fnmatch', 'functools', 'heapq', 'posixpath', 'contextlib', 'textwrap', 'string', 'dataclasses']
    .map((m) => `/usr/lib/python3.11/${m}.py`).filter((f) => fs.existsSync(f));
  const res = askCPython(files.map((f) => ({ src: fs.readFileSync(f, 'utf8'), what: ['code'] })));
  const fields = ['varnames', 'cellvars', 'freevars', 'names', 'consts', 'stacksize', 'instructions'];
  res.forEach((r, i) => assert.deepEqual(codeDiffs(codeInfo(compileJson(r)), r.code, fields).slice(0, 5), [], files[i]));
});

// ---- errors ----

test('compile-stage SyntaxErrors match CPython (message, line, offset, end)', () => {
  cpython().errors.forEach((r, i) => {
    assert.ok(r.error, `CPython accepts ${JSON.stringify(ERROR_SNIPPETS[i])}`);
    let err = null;
    try { compileJson(r); } catch (e) { err = e; }
    assert.ok(err instanceof PySyntaxError, `${JSON.stringify(ERROR_SNIPPETS[i])}: ${err}`);
    assert.deepEqual(
      { msg: err.msg, lineno: err.lineno, offset: err.offset, end_lineno: err.end_lineno, end_offset: err.end_offset },
      r.error, ERROR_SNIPPETS[i]);
  });
});

// ---- the rest ----

const tiny = (src) => askCPython([{ src, what: [] }])[0];

test('disassembler lists lines, jump targets, arguments and nested code objects', () => {
  const code = compileJson(tiny('def f(x):\n    for i in x:\n        print(i, "s")\n    return 1.5\n'));
  const text = disassemble(code);
  assert.match(text, /^ {2}1 {11}0 LOAD_CONST {15}0 \(<code object f, file "<test>", line 1>\)$/m);
  assert.match(text, /Disassembly of <code object f, file "<test>", line 1>:/);
  assert.match(text, /^ {8}>> +\d+ FOR_ITER +\d+ \(to \d+\)$/m);
  assert.match(text, /LOAD_GLOBAL +1 \(NULL \+ print\)/);
  assert.match(text, /LOAD_CONST +\d+ \('s'\)/);
  assert.match(text, /^ {2}4 .*LOAD_CONST +\d+ \(1\.5\)$/m);
});

test('equal constants are one JS object across the code units of a compilation', () => {
  const code = compileJson(tiny('a = (1, "x")\ndef f(): return (1, "x")\ndef g(): return "x"\n'));
  const fcode = code.consts.find((c) => c.kind === 'code' && c.code.name === 'f').code;
  const gcode = code.consts.find((c) => c.kind === 'code' && c.code.name === 'g').code;
  const top = code.consts.find((c) => c.kind === 'tuple');
  assert.ok(fcode.consts.includes(top), 'tuple shared');
  assert.ok(gcode.consts.includes(top.items[1]), 'string shared');
});

test('compile() leaves the caller\'s AST untouched', () => {
  const r = tiny('x = 1 + 2\nfor y in [a, b]: pass\n');
  const mod = toAst(r.ast);
  const before = JSON.stringify(mod, (k, v) => (typeof v === 'bigint' ? v.toString() : v));
  compile(mod, '<test>', 'exec');
  assert.equal(JSON.stringify(mod, (k, v) => (typeof v === 'bigint' ? v.toString() : v)), before);
});

test('SyntaxWarnings go to the warning sink', () => {
  const seen = [];
  compile(toAst(tiny('x is 1\nassert (x, 1)\n').ast), '<test>', 'exec', { warn: (cat, msg, fn, line) => seen.push([cat, msg, line]) });
  assert.deepEqual(seen, [
    ['SyntaxWarning', '"is" with a literal. Did you mean "=="?', 1],
    ['SyntaxWarning', 'assertion is always true, perhaps remove parentheses?', 2],
  ]);
});

test('maxblocks is the deepest SETUP_* nesting', () => {
  const code = compileJson(tiny('def f():\n    try:\n        with a:\n            try:\n                pass\n            except E as e:\n                pass\n    finally:\n        pass\n'));
  const f = code.consts.find((c) => c.kind === 'code').code;
  assert.equal(code.maxblocks, 0);
  // try/finally > with > the except clause's handler > its `as e` cleanup block
  assert.equal(f.maxblocks, 4);
});

test('eval and single modes', () => {
  const ev = compile(toAst(askCPython([{ src: 'a + 1', mode: 'eval', what: [] }])[0].ast), '<test>', 'eval');
  assert.match(disassemble(ev), /BINARY_OP +0 \(\+\)\n.*RETURN_VALUE/);
  const single = compile(toAst(askCPython([{ src: 'a + 1\n', mode: 'single', what: [] }])[0].ast), '<test>', 'single');
  assert.match(disassemble(single), /PRINT_EXPR/);
  assert.throws(() => compile(toAst(tiny('x').ast), '<test>', 'eval'), TypeError);
});
