// LAYER: compiler. A CPython-dis-like listing of a CodeUnit, driven by the opcode table: source
// line numbers where a new line starts, instruction offsets (instruction indices here), `>>` on
// jump targets, opcode names, arguments and what they mean in parentheses; nested code objects
// are listed after their parent ("Disassembly of <code object ...>:").

import * as op from './opcodes.js';
import type { CodeUnit } from './codeunit.js';
import { constRepr } from './consts.js';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'];
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];

function codeRepr(code: CodeUnit): string {
  return `<code object ${code.name}, file "${code.filename}", line ${code.firstlineno}>`;
}

/** What an argument means, as dis writes it in parentheses ('' for nothing). */
function argRepr(code: CodeUnit, opcode: number, arg: number): string {
  const info = op.OPS[opcode];
  switch (info.arg) {
    case 'const': {
      const v = code.consts[arg];
      if (!v) return '<bad const>';
      return v.kind === 'code' ? codeRepr(v.code) : constRepr(v);
    }
    case 'name':
      if (opcode === op.LOAD_GLOBAL) return (arg & 1 ? 'NULL + ' : '') + (code.names[arg >> 1] ?? '<bad name>');
      return code.names[arg] ?? '<bad name>';
    case 'local': return code.varnames[arg] ?? '<bad local>';
    case 'deref': return [...code.cellvars, ...code.freevars][arg] ?? '<bad cell>';
    case 'jump': return `to ${arg}`;
    case 'binop': {
      const base = arg >= op.NB_INPLACE ? arg - op.NB_INPLACE : arg;
      return (op.NB_SYMBOLS[base] ?? '?') + (arg >= op.NB_INPLACE ? '=' : '');
    }
    case 'cmp': return op.CMP_SYMBOLS[arg] ?? '?';
    case 'flags':
      if (opcode === op.FORMAT_VALUE) {
        const parts: string[] = [];
        if (arg & 3) parts.push(FORMAT_CONVERSIONS[arg & 3]);
        if (arg & 4) parts.push('with format');
        return parts.join(', ');
      }
      if (opcode === op.MAKE_FUNCTION) {
        return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
      }
      return '';
    default: return '';
  }
}

function disassembleOne(code: CodeUnit, out: string[]): void {
  const n = code.code.length;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) {
    const w = code.code[i];
    if (op.OPS[op.opOf(w)]?.arg === 'jump') targets.add(op.argOf(w));
  }
  let maxLine = 0;
  for (let i = 0; i < n; i++) maxLine = Math.max(maxLine, code.positions[i * 4]);
  const linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const offsetWidth = n - 1 > 9999 ? String(n - 1).length : 4;
  let lastLine: number | null = null;
  for (let i = 0; i < n; i++) {
    const w = code.code[i];
    const opcode = op.opOf(w), arg = op.argOf(w);
    const line = code.positions[i * 4];
    const startsLine = line >= 0 && line !== lastLine;
    if (startsLine) {
      if (lastLine !== null) out.push('');
      lastLine = line;
    }
    const fields = [
      startsLine ? String(line).padStart(linenoWidth) : ' '.repeat(linenoWidth),
      '   ',
      targets.has(i) ? '>>' : '  ',
      String(i).padStart(offsetWidth),
      op.opName(opcode).padEnd(OPNAME_WIDTH),
    ];
    const info = op.OPS[opcode];
    if (info && info.arg !== 'none') {
      fields.push(String(arg).padStart(OPARG_WIDTH));
      const meaning = argRepr(code, opcode, arg);
      if (meaning) fields.push(`(${meaning})`);
    }
    out.push(fields.join(' ').trimEnd());
  }
}

/** A dis-like listing of `code` and, recursively, the code objects among its constants. */
export function disassemble(code: CodeUnit): string {
  const out: string[] = [];
  const visit = (c: CodeUnit): void => {
    disassembleOne(c, out);
    for (const k of c.consts) {
      if (k.kind === 'code') {
        out.push('');
        out.push(`Disassembly of ${codeRepr(k.code)}:`);
        visit(k.code);
      }
    }
  };
  visit(code);
  return out.join('\n') + '\n';
}
