// LAYER: cli. Is the text typed at the interactive prompt a whole statement yet?
//
// CPython's interactive loop decides this inside its tokenizer, which reads one more line whenever
// the statement cannot end where the input ends. We decide it from the parser's answer on the
// lines typed so far, in this order:
//   1. nothing but blank lines and comments: a fresh '>>> ' (as python3 does when reading a pipe);
//   2. the input ends inside an open bracket, a triple-quoted string, or after a backslash: more
//      (even after an empty line; the parser says "'(' was never closed", "unterminated
//      triple-quoted string literal" or "unexpected EOF while parsing");
//   3. the last line is empty: whatever was typed is complete (run it, or show its error);
//   4. it parses: a simple statement runs now; a compound one (if/for/def/class/with/try/...,
//      also on one line) waits for the empty line that closes it (a line starting a second
//      statement is the parser's "invalid syntax", shown at once as python3 does);
//   5. it does not parse: if the error moves when the input gets longer (src+"\n" against
//      src+"\n\n", the test codeop.py used), the parser stopped at the end of the input, so more
//      lines may complete it (`if x:`, `try: ...` before its except, a decorator); otherwise the
//      error is real and is shown now.

import { parse } from '../parser/parser.js';

export type InputState = 'empty' | 'more' | 'complete';

const COMPOUND = new Set(['If', 'For', 'AsyncFor', 'While', 'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'With', 'AsyncWith', 'Try', 'TryStar', 'Match']);

const OPEN_AT_END = /was never closed|unterminated triple-quoted string literal|unexpected EOF while parsing/;

function errorOf(source: string): { key: string; msg: string } | null {
  try {
    parse(source, '<stdin>', 'single');
    return null;
  } catch (e: any) {
    if (e === null || typeof e !== 'object' || !('kind' in e)) throw e;
    return { key: `${e.kind}|${e.msg}|${e.lineno}|${e.offset}`, msg: e.msg as string };
  }
}

/** the state of the statement made of `lines` (without their newlines) */
export function inputState(lines: string[]): InputState {
  const source = lines.join('\n') + '\n';
  const meaningful = lines.filter((l) => !/^\s*(#.*)?$/.test(l));
  const lastBlank = /^\s*$/.test(lines[lines.length - 1]);
  if (meaningful.length === 0) return 'empty';
  const err = errorOf(source);
  if (err !== null && OPEN_AT_END.test(err.msg)) return 'more';
  if (/\\$/.test(lines[lines.length - 1])) return 'more';
  if (lastBlank) return 'complete';
  if (err === null) {
    const tree = parse(source, '<stdin>', 'single') as any;
    const first = tree.body[0];
    return first !== undefined && COMPOUND.has(first._type) ? 'more' : 'complete';
  }
  const a = errorOf(source + '\n');
  const b = errorOf(source + '\n\n');
  return a !== null && b !== null && a.key !== b.key ? 'more' : 'complete';
}
