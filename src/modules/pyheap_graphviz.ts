// LAYER: modules. `_pyheap_graphviz`: what lib/objgraph.py needs from the host: a temporary file
// made as tempfile.mkstemp makes it, and rendering a .dot file with pyheap's WebAssembly Graphviz
// (bin/pyheap-dot.js, run as a child process so the interpreter stays synchronous).

import fs from 'node:fs';
import path from 'node:path';
import { childProcess, os } from '../lazynode.js';
import { fileURLToPath } from 'node:url';
import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { parseArgs } from '../objects/args.js';
import { newInt } from '../objects/int.js';
import { newStr, isStr } from '../objects/str.js';
import { None } from '../objects/singletons.js';
import { raiseTypeError, raise, excType } from '../objects/errors.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleSet } from '../objects/module.js';

const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_';

function strArg(fn: string, o: PyObject | null): string {
  if (o !== null && isStr(o)) return o.value as string;
  return raiseTypeError(`${fn}() argument must be str, not ${o === null ? 'None' : o.type.name}`);
}

/** bin/pyheap-dot.js, found upward from this file (dist/pyheap.mjs or dist/modules/). */
export function dotCommand(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const cand = path.join(dir, 'bin', 'pyheap-dot.js');
    if (fs.existsSync(cand)) return cand;
    dir = path.dirname(dir);
  }
  throw new Error('bin/pyheap-dot.js not found');
}

function mkstemp(prefix: string, suffix: string): string {
  const dir = process.env.TMPDIR || process.env.TEMP || process.env.TMP || os().tmpdir();
  for (let attempt = 0; attempt < 100; attempt++) {
    let name = '';
    for (let i = 0; i < 8; i++) name += NAME_CHARS[Math.floor(Math.random() * NAME_CHARS.length)];
    const file = path.join(dir, prefix + name + suffix);
    try {
      fs.closeSync(fs.openSync(file, 'wx', 0o600));
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') raise(excType('OSError'), (e as Error).message);
    }
  }
  return raise(excType('FileExistsError'), 'No usable temporary file name found');
}

export function makePyheapGraphvizModule(): PyObject {
  const m = newModule('_pyheap_graphviz', None);
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) => {
    const o = newBuiltinFunction(name, f, '_pyheap_graphviz');
    moduleSet(m, name, o);
    decref(o);
  };
  fn('mkstemp', (args, kw) => {
    const [prefix, suffix] = parseArgs('mkstemp', args, kw, ['prefix', 'suffix'], 2);
    return newStr(mkstemp(strArg('mkstemp', prefix), strArg('mkstemp', suffix)));
  });
  // render(dot_file, format, out_file) -> exit status of the renderer (its messages go to stderr)
  fn('render', (args, kw) => {
    const [src, fmt, out] = parseArgs('render', args, kw, ['dot_file', 'format', 'out_file'], 3);
    const r = childProcess().spawnSync(process.execPath, [dotCommand(), `-T${strArg('render', fmt)}`, `-o${strArg('render', out)}`, strArg('render', src)],
      { stdio: ['ignore', 'inherit', 'inherit'] });
    return newInt(r.status ?? 1);
  });
  return m;
}
