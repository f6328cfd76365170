#!/usr/bin/env node
// LAYER: parser — conformance check against CPython (python3 is the oracle).
//
// Two checks, both asking python3 live (expected values are never written down):
//   ast    — for every .py file of the corpus (the seed examples, test/programs/**,
//            test/parser-corpus/valid/*.py and the top-level modules of CPython's standard library), compare our dump(parse(src))
//            with ast.dump(ast.parse(src)), then the positions of every node
//            (ast.dump(..., include_attributes=True)). Files python3 rejects must raise the same
//            error. All python3 work happens in one process.
//   errors — for every snippet in test/parser-corpus/syntax-errors.txt, compare the exception
//            from our parse()+validate() with python3's compile(): type, msg, lineno, offset
//            (and, reported separately, end_lineno, end_offset and text).
//
// Usage: node scripts/check-ast.mjs [ast|errors] [--verbose] [--stdlib-limit N]
// Needs `npm run build` first (it imports dist/parser/*.js). Exits 1 when something differs.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (name) => pathToFileURL(join(ROOT, 'dist', 'parser', name)).href;
const { parse } = await import(dist('parser.js'));
const { dump } = await import(dist('dump.js'));
const { validate } = await import(dist('validate.js'));

/** python3 program: reads a JSON list of jobs on stdin, prints a JSON list of results. */
const PY_ORACLE = String.raw`
import ast, json, sys
def err(e):
    return {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
            'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text}
out = []
for job in json.load(sys.stdin):
    src = job['source'] if 'source' in job else open(job['path'], encoding='utf-8').read()
    try:
        if job['kind'] == 'ast':
            tree = ast.parse(src, '<corpus>')
            out.append({'dump': ast.dump(tree), 'attrs': ast.dump(tree, include_attributes=True)})
        else:
            compile(src, '<corpus>', 'exec')
            out.append({'ok': True})
    except SyntaxError as e:
        out.append({'error': err(e)})
json.dump(out, sys.stdout)
`;

function askPython(jobs) {
  const out = execFileSync('python3', ['-c', PY_ORACLE], { input: JSON.stringify(jobs), maxBuffer: 1 << 30 });
  return JSON.parse(out.toString());
}

function listPy(dir, recursive) {
  if (!existsSync(dir)) return [];
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (recursive) files.push(...listPy(p, true));
    } else if (name.endsWith('.py')) {
      files.push(p);
    }
  }
  return files;
}

/** The corpus: seed examples, test programs, our valid snippets, and stdlib modules (all, or the N smallest). */
export function corpusFiles(stdlibLimit = Infinity) {
  const prefix = execFileSync('python3', ['-c', 'import sys; print(sys.prefix)']).toString().trim();
  let stdlib = listPy(join(prefix, 'lib', 'python3.11'), false);
  // A limited run takes the smallest modules (the full run covers the big ones).
  if (stdlibLimit < stdlib.length) {
    stdlib = stdlib.sort((a, b) => statSync(a).size - statSync(b).size).slice(0, stdlibLimit).sort();
  }
  return [
    ...listPy('/work/shared/seed-examples', false),
    ...listPy(join(ROOT, 'test', 'programs'), true),
    ...listPy(join(ROOT, 'test', 'parser-corpus', 'valid'), false),
    ...stdlib,
  ];
}

function errorFields(e) {
  return { type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text };
}

/** First point where two strings differ, with some context. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return `    ours:    …${a.slice(from, i + 80)}\n    python3: …${b.slice(from, i + 80)}`;
}

const sameError = (a, b, keys) => keys.every((k) => a[k] === b[k]);

/** Compare the AST of every corpus file. Returns { passed, failed, failures, slowest }. */
export function runAstCheck({ files = corpusFiles(), verbose = false } = {}) {
  const expected = askPython(files.map((path) => ({ kind: 'ast', path })));
  const failures = [];
  let passed = 0;
  let slowest = { file: '', ms: 0, lines: 0 };
  files.forEach((file, i) => {
    const src = readFileSync(file, 'utf8');
    const exp = expected[i];
    let ours;
    const t0 = performance.now();
    try {
      const tree = parse(src, '<corpus>', 'exec');
      const ms = performance.now() - t0;
      if (ms > slowest.ms) slowest = { file, ms, lines: src.split('\n').length };
      ours = { dump: dump(tree), attrs: dump(tree, { includeAttributes: true }) };
    } catch (e) {
      if (e && e.kind) ours = { error: errorFields(e) };
      else ours = { crash: String(e && e.stack ? e.stack : e) };
    }
    let problem = null;
    if (ours.crash) problem = `crash: ${ours.crash.split('\n').slice(0, 4).join(' | ')}`;
    else if (exp.error || ours.error) {
      if (!exp.error) problem = `we raised ${JSON.stringify(ours.error)}`;
      else if (!ours.error) problem = `python3 raised ${JSON.stringify(exp.error)}, we parsed it`;
      else if (!sameError(ours.error, exp.error, ['type', 'msg', 'lineno', 'offset'])) {
        problem = `error differs\n    ours:    ${JSON.stringify(ours.error)}\n    python3: ${JSON.stringify(exp.error)}`;
      }
    } else if (ours.dump !== exp.dump) {
      problem = `ast.dump differs\n${firstDifference(ours.dump, exp.dump)}`;
    } else if (ours.attrs !== exp.attrs) {
      problem = `positions differ\n${firstDifference(ours.attrs, exp.attrs)}`;
    }
    if (problem) failures.push({ file, problem });
    else passed++;
    if (verbose) console.log(`${problem ? 'FAIL' : 'ok  '} ${file}`);
  });
  return { passed, failed: failures.length, failures, slowest };
}

/** Read test/parser-corpus/syntax-errors.txt: blocks introduced by "### name" lines. */
export function readSnippets(path = join(ROOT, 'test', 'parser-corpus', 'syntax-errors.txt')) {
  const snippets = [];
  let current = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('### ')) {
      current = { name: line.slice(4).trim(), lines: [] };
      snippets.push(current);
    } else if (current) {
      current.lines.push(line);
    }
  }
  return snippets.map(({ name, lines }) => {
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return { name, source: lines.join('\n') + '\n' };
  });
}

/** Compare our errors with python3's compile() for each broken snippet. */
export function runSyntaxErrorCheck({ snippets = readSnippets(), verbose = false } = {}) {
  const expected = askPython(snippets.map((s) => ({ kind: 'compile', source: s.source })));
  const failures = [];
  let passed = 0;
  let extrasPassed = 0;
  snippets.forEach((s, i) => {
    const exp = expected[i].error ?? null;
    let ours = null;
    try {
      const tree = parse(s.source, '<corpus>', 'exec');
      validate(tree, '<corpus>');
    } catch (e) {
      if (e && e.kind) ours = errorFields(e);
      else ours = { crash: String(e && e.stack ? e.stack : e) };
    }
    let problem = null;
    if (!exp) problem = 'python3 compiles this snippet (it is not a syntax error)';
    else if (!ours) problem = `we accepted it; python3: ${JSON.stringify(exp)}`;
    else if (ours.crash) problem = `crash: ${ours.crash.split('\n').slice(0, 4).join(' | ')}`;
    else if (!sameError(ours, exp, ['type', 'msg', 'lineno', 'offset'])) {
      problem = `\n    ours:    ${JSON.stringify(ours)}\n    python3: ${JSON.stringify(exp)}`;
    }
    if (problem) failures.push({ name: s.name, problem });
    else {
      passed++;
      if (sameError(ours, exp, ['end_lineno', 'end_offset', 'text'])) extrasPassed++;
      else if (verbose) console.log(`  (end/text differ) ${s.name}: ours ${JSON.stringify(ours)} python3 ${JSON.stringify(exp)}`);
    }
    if (verbose) console.log(`${problem ? 'FAIL' : 'ok  '} ${s.name}`);
  });
  return { passed, failed: failures.length, failures, extrasPassed, total: snippets.length };
}

function printFailures(failures, label, max = 15) {
  for (const f of failures.slice(0, max)) console.log(`  ${label(f)}: ${f.problem}`);
  if (failures.length > max) console.log(`  … and ${failures.length - max} more`);
}

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const which = args.find((a) => a === 'ast' || a === 'errors');
  const limitIndex = args.indexOf('--stdlib-limit');
  const limit = limitIndex >= 0 ? Number(args[limitIndex + 1]) : Infinity;
  let ok = true;
  if (!which || which === 'ast') {
    const files = corpusFiles(limit);
    const r = runAstCheck({ files, verbose });
    console.log(`AST corpus: ${r.passed} passed, ${r.failed} failed (${files.length} files)`);
    console.log(`  slowest parse: ${r.slowest.ms.toFixed(1)} ms for ${r.slowest.lines} lines (${r.slowest.file})`);
    printFailures(r.failures, (f) => f.file);
    ok &&= r.failed === 0;
  }
  if (!which || which === 'errors') {
    const r = runSyntaxErrorCheck({ verbose });
    console.log(`Syntax-error corpus: ${r.passed} passed, ${r.failed} failed (${r.total} snippets; type/msg/lineno/offset)`);
    console.log(`  of the passing ones, ${r.extrasPassed} also match end_lineno/end_offset/text`);
    printFailures(r.failures, (f) => f.name, 40);
    ok &&= r.failed === 0;
  }
  process.exit(ok ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
