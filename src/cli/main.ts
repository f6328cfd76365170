// LAYER: cli. `pyheap FILE [args]`, `pyheap -c CODE`, `pyheap --dis FILE`: behaves like python3's
// command line (exit status 1 on an uncaught exception, 2 on a bad command line).

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runMain, disassembleSource } from '../runtime.js';
import { enableAuditFromEnv, auditAtExit } from './audit-cli.js';

const USAGE = 'usage: pyheap [option] ... [-c cmd | --dis file | file] [arg] ...';

export function main(argv: string[]): void {
  try {
    run(argv);
  } catch (e: any) {
    // Never a JS stack trace for the user: an escaped JS error is a pyheap bug, reported the way
    // CPython reports its own internal errors (PYHEAP_DEBUG=1 shows the JS stack).
    const msg = e instanceof RangeError && /call stack/.test(e.message)
      ? 'RecursionError: maximum recursion depth exceeded'
      : `SystemError: pyheap internal error: ${e?.message ?? e}`;
    process.stderr.write(`${msg}\n`);
    if (process.env.PYHEAP_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    process.exitCode = 1;
  }
}

function run(argv: string[]): void {
  enableAuditFromEnv();
  let status: number;
  if (argv[0] === '-c') {
    if (argv.length < 2) {
      process.stderr.write(`Argument expected for the -c option\n${USAGE}\nTry \`python -h' for more information.\n`);
      process.exit(2);
    }
    status = runMain(argv[1], '<string>', ['-c', ...argv.slice(2)]);
  } else if (argv[0] === '--dis') {
    status = disassembleFile(argv[1]);
  } else if (argv[0] === '-V' || argv[0] === '--version') {
    process.stdout.write('Python 3.11.7\n');
    status = 0;
  } else if (argv.length === 0) {
    process.stderr.write('pyheap: the interactive prompt is not available yet; pass a file or -c\n');
    status = 2;
  } else if (argv[0].startsWith('-')) {
    process.stderr.write(`Unknown option: ${argv[0]}\n${USAGE}\nTry \`python -h' for more information.\n`);
    status = 2;
  } else {
    let source: string;
    try {
      source = readFileSync(argv[0], 'utf8');
    } catch (e: any) {
      process.stderr.write(`${process.argv0}: can't open file '${argv[0]}': [Errno 2] No such file or directory\n`);
      process.exit(2);
    }
    // CPython 3.9+: the main script's __file__ and code filename are absolute; sys.argv[0] stays as typed
    status = runMain(source!, path.resolve(argv[0]), argv);
  }
  status = auditAtExit(status);
  process.exitCode = status;
}

function disassembleFile(file: string | undefined): number {
  if (file === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`pyheap: can't open file '${file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  try {
    process.stdout.write(disassembleSource(source, file));
    return 0;
  } catch (e: any) {
    if (e !== null && typeof e === 'object' && 'msg' in e && 'kind' in e) {
      process.stderr.write(`  File "${e.filename}", line ${e.lineno}\n${e.kind}: ${e.msg}\n`);
      return 1;
    }
    throw e;
  }
}
