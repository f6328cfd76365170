// LAYER: modules. The `exit` and `quit` builtins: CPython's site module installs two objects of
// class _sitebuiltins.Quitter whose repr tells the interactive user how to leave, and whose call
// raises SystemExit(code).
//   Quitter: value: the name ('exit' or 'quit')

import { PyObject } from '../memory/object.js';
import { decref } from '../memory/refcount.js';
import { staticType } from '../objects/type.js';
import { allocate, release } from '../objects/alloc.js';
import { newStr } from '../objects/str.js';
import { None } from '../objects/singletons.js';
import { parseArgs } from '../objects/args.js';
import { call } from '../objects/abstract.js';
import { excType, PyErr } from '../objects/errors.js';
import { moduleSet } from '../objects/module.js';

export const QuitterType = staticType({ name: '_sitebuiltins.Quitter', basicsize: 16 });

QuitterType.repr = (q) => newStr(`Use ${q.value as string}() or Ctrl-D (i.e. EOF) to exit`);
QuitterType.call = (q, args, kwnames) => {
  const [code] = parseArgs(q.value as string, args, kwnames, ['code'], 0);
  throw new PyErr(call(excType('SystemExit'), [code ?? None], null));
};
QuitterType.dealloc = (q) => release(q);

/** builtins.exit and builtins.quit */
export function installQuitters(builtinsModule: PyObject): void {
  for (const name of ['exit', 'quit']) {
    const q = allocate(QuitterType, name, null);
    moduleSet(builtinsModule, name, q);
    decref(q);
  }
}
